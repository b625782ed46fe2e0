"""Search relevance: top-1, top-3 and mean reciprocal rank of the citizens' queries in
bench/search_queries.py, on the database given by DATABASE_URL (SQLite or PostgreSQL).

    .venv/bin/python bench/search_quality.py                      # a temporary SQLite database, seeded
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/stadtportal_search_bench \\
        .venv/bin/python bench/search_quality.py --seed           # (re)seed that database first
    .venv/bin/python bench/search_quality.py --no-editor-data     # without starter synonyms/promotions
    .venv/bin/python bench/search_quality.py --plain              # Wagtail's plain search, for comparison
    .venv/bin/python bench/search_quality.py -v                   # list the misses

The ranked list is what a citizen sees: promotions first, then the results.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def setup(args):
    if not os.environ.get("DATABASE_URL"):
        path = Path(tempfile.gettempdir()) / "stadtportal_search_bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
        if not path.exists():
            args.seed = True
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command
    from wagtail.search.models import IndexEntry

    if args.seed:
        print("Seeding", os.environ["DATABASE_URL"], "...", file=sys.stderr)
        call_command("migrate", verbosity=0)
        call_command("seed_demo", "--no-admin", verbosity=0, stdout=open(os.devnull, "w"))
    if args.seed or not IndexEntry.objects.exists():
        call_command("update_index", verbosity=0, stdout=open(os.devnull, "w"))
    call_command("seed_search", verbosity=0)


def ranked_keys(query, language, plain=False):
    from wagtail.models import Locale, Page

    from search.engine import search

    if plain:
        locale = Locale.objects.get(language_code=language)
        pages = Page.objects.live().public().filter(locale=locale).specific()
        hits = list(pages.search(query, operator="or")[:10])
        return [getattr(p, "translation_key", None) for p in hits]
    outcome = search(query, language)
    return [getattr(h.obj, "translation_key", None) for h in outcome.promotions + outcome.hits][:10]


def evaluate(queries, language, key_of, plain, verbose):
    top1 = top3 = 0
    reciprocal = 0.0
    misses = []
    timings = []
    for query, expected in queries:
        wanted = {key_of[k] for k in expected}
        started = time.perf_counter()
        found = ranked_keys(query, language, plain)
        timings.append(time.perf_counter() - started)
        rank = next((i for i, key in enumerate(found, 1) if key in wanted), None)
        if rank == 1:
            top1 += 1
        if rank and rank <= 3:
            top3 += 1
        if rank:
            reciprocal += 1 / rank
        if not rank or rank > 3:
            misses.append((query, expected, rank))
    n = len(queries)
    timings.sort()
    print(
        f"  {language}: {n} queries  top-1 {top1 / n:6.1%}  top-3 {top3 / n:6.1%}  MRR {reciprocal / n:.3f}"
        f"  (p50 {timings[n // 2] * 1000:.0f} ms, p95 {timings[int(n * 0.95)] * 1000:.0f} ms)"
    )
    if verbose:
        for query, expected, rank in misses:
            print(f"      miss: {query!r} -> expected {expected} at rank {rank}")
    return top3 / n


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", action="store_true", help="migrate and seed the database first")
    parser.add_argument("--no-editor-data", action="store_true", help="skip starter synonyms and promotions")
    parser.add_argument("--plain", action="store_true", help="measure Wagtail's plain search instead")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    setup(args)

    from django.conf import settings
    from django.db import connection
    from search_queries import ENGLISH, GERMAN

    from services.models import ServicePage

    key_of = dict(ServicePage.objects.filter(locale__language_code="de").values_list("slug", "translation_key"))
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].rsplit(".", 1)[-1]
    mode = "plain Wagtail search" if args.plain else "search app"
    editor = "without" if args.no_editor_data else "with"
    print(f"{connection.vendor} / {backend} / {mode}, {editor} starter synonyms and promotions")
    from django.db import transaction

    with transaction.atomic():
        if args.no_editor_data:  # measured without them, then put back by the rollback
            from wagtail.contrib.search_promotions.models import SearchPromotion

            from search.models import Synonym

            Synonym.objects.all().delete()
            SearchPromotion.objects.all().delete()
        evaluate(GERMAN, "de", key_of, args.plain, args.verbose)
        evaluate(ENGLISH, "en", key_of, args.plain, args.verbose)
        transaction.set_rollback(True)


if __name__ == "__main__":
    main()
