"""Add the demo online services to an already seeded demo (seed_demo calls the same function)."""

from django.core.management.base import BaseCommand

from demo.forms import seed_forms
from home.models import HomePage
from services.models import ServicePage


class Command(BaseCommand):
    help = "Create or update the demo form pages (German and English) and link them from their services."

    def handle(self, *args, **options):
        home = HomePage.objects.get(locale__language_code="de")
        services = {p.slug: p for p in ServicePage.objects.filter(locale__language_code="de")}
        pages = seed_forms(home, services)
        self.stdout.write(f"Demo forms: {', '.join(p.title for p in pages.values())}, each in German and English.")
