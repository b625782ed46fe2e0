"""Search latency p50/p95 over the relevance queries, as the results page runs them.

    .venv/bin/python bench/search_latency.py                       # the bench database as it is (60 services)
    .venv/bin/python bench/search_latency.py --generate 10000      # first add generated services

DATABASE_URL selects the database (default: the temporary SQLite database of
bench/search_quality.py; run that first). `--generate N` adds German services quickly (pages
without revisions, like tests/factories.make_many_services, texts from demo/generated.py),
then runs update_index; `seed_demo --services N` does the same through revisions and
translations, which is slower but gives English pages too.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def generate(count):
    from demo.generated import generated_spec
    from services.models import Office, ServiceIndexPage, ServiceOffice, ServicePage

    index = ServiceIndexPage.objects.get(locale__language_code="de")
    existing = set(ServicePage.objects.filter(slug__startswith="bench-").values_list("slug", flat=True))
    office = Office.objects.filter(locale=index.locale).first()
    created = 0
    started = time.perf_counter()
    for number in range(count):
        slug = f"bench-{number:05d}"
        if slug in existing:
            continue
        spec = generated_spec(number)["de"]
        page = ServicePage(
            title=spec["title"],
            slug=slug,
            teaser=spec["teaser"],
            search_terms=spec["search_terms"],
            fee_kind="free",
            live=True,
            has_unpublished_changes=False,
        )
        page.responsible_offices.add(ServiceOffice(office=office))
        index.add_child(instance=page)
        created += 1
    print(f"generated {created} services in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return created


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--generate", type=int, default=0, metavar="N")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--sample", type=int, default=0, metavar="N", help="only every N-th query")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(tempfile.gettempdir()) / 'stadtportal_search_bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from search_queries import ENGLISH, GERMAN

    from services.models import ServicePage

    if args.generate and generate(args.generate):
        started = time.perf_counter()
        call_command("update_index", verbosity=0, stdout=open(os.devnull, "w"))
        print(f"update_index: {time.perf_counter() - started:.0f} s", file=sys.stderr)

    services = ServicePage.objects.filter(locale__language_code="de").count()
    client = Client()
    timings = {"de": [], "en": []}
    for language, queries in (("de", GERMAN), ("en", ENGLISH)):
        client.get(f"/{language}/search/", {"q": "warm up"}, HTTP_HOST="localhost")
        for _round in range(args.rounds):
            for query, _expected in queries[:: args.sample or 1]:
                started = time.perf_counter()
                response = client.get(f"/{language}/search/", {"q": query}, HTTP_HOST="localhost")
                timings[language].append(time.perf_counter() - started)
                assert response.status_code == 200, (query, response.status_code)
    print(f"{connection.vendor}, {services} German services: results page (full request) latency")
    for language, values in timings.items():
        values.sort()
        p50 = statistics.median(values) * 1000
        p95 = values[int(len(values) * 0.95)] * 1000
        print(f"  {language}: {len(values)} requests  p50 {p50:.0f} ms  p95 {p95:.0f} ms")


if __name__ == "__main__":
    main()
