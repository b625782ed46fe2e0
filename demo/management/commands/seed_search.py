"""Starter editor data for the search: synonyms and best bets (content: search/). Idempotent;
seed_demo calls it. Editors own this data afterwards (Snippets › Search synonyms; Settings ›
Promoted search results)."""

from django.core.management.base import BaseCommand
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from demo import schema
from demo.content import read
from search.models import Synonym
from services.models import ServicePage


class Command(BaseCommand):
    help = "Create the starter search synonyms and promotions (idempotent)."

    def handle(self, *args, **options):
        created = 0
        for language, groups in read("search/synonyms.yaml", schema.SYNONYMS).items():
            for group in groups:
                _obj, was_created = Synonym.objects.get_or_create(
                    language=language, terms=group["terms"], defaults={"note": group["note"]}
                )
                created += was_created
        german = Locale.objects.filter(language_code="de").first()
        promotions = read("search/promotions.yaml", schema.PROMOTIONS)
        for promotion in promotions:
            # The English query finds the English translation of the same page.
            page = ServicePage.objects.filter(locale=german, slug=promotion["service"]).first()
            if page is None:
                continue
            SearchPromotion.objects.get_or_create(
                query=Query.get(promotion["query"]),
                page=page,
                defaults={"description": promotion["description"], "sort_order": 0},
            )
        if options["verbosity"]:
            self.stdout.write(f"Search: {created} synonyms created, promotions for {len(promotions)} queries.")
