"""Search latency p50/p95 of the results page at several numbers of services, in both languages.

    .venv/bin/python bench/search_latency.py                          # SQLite, 600 and 10,000 services
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/stadtportal_search_latency \\
        .venv/bin/python bench/search_latency.py --sizes 600,10000     # the same on PostgreSQL
    .venv/bin/python bench/search_latency.py --json                   # figures as JSON on stdout

Each size is a number of services per language. The database (default: a SQLite file in the
temporary folder) is migrated and seeded with the demo (60 services per language) when it is
empty; then services are generated up to each size, in German and as English translations, and
the relevance queries of bench/search_queries.py are sent through the full Django request of
the results page (`/de/search/?q=…`, `/en/search/?q=…`). Sizes are measured in ascending order
on the same database (the database only grows; a smaller size than present is skipped).

The generator is fast (about 10,000 services per language in well under a minute): it writes
the page rows in bulk (tree paths computed, no revisions), each English page as a real
wagtail-localize translation of its German page (the same translation key, a TranslationSource
of the German page and an enabled Translation to English), the responsible office and a
Lebenslage link, and indexes the new pages with the search backend's bulk indexing.

SQLite: the benchmark never corrupts its database. A database in WAL mode is only complete
together with its -wal file: copying the main file alone (`cp`) while a process has writes in
the -wal, or copying a database onto a path where a -wal and -shm of an earlier database were
left behind (a run stopped by a timeout), gives "database disk image is malformed" on the next
write (for the benchmark: the QueryLog update of the results page). So the benchmark holds an
exclusive lock on its file for the whole run (a second run on the same file stops at once),
checkpoints the -wal into the main file after generating and at the end (`wal_checkpoint(TRUNCATE)`),
checks the file (`PRAGMA quick_check`) before it prints figures, and `copy_sqlite(source, target)`
makes a consistent copy through SQLite's backup API, removing a stale -wal/-shm at the target first.
`--copy-to PATH` leaves such a copy of the measured database.

From Python (bench/pages.py): `run(database_url, sizes) -> dict` runs this script in a
subprocess (Django is set up once per process) and returns its JSON:
{"vendor": "sqlite", "sizes": {"600": {"de": {"p50_ms": …, "p95_ms": …, "requests": …}, "en": …}}}.
"""

import argparse
import contextlib
import fcntl
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DEFAULT_SQLITE = Path(tempfile.gettempdir()) / "stadtportal_search_latency.sqlite3"
SLUG_PREFIX = "bench-"
BATCH = 1000


def run(database_url=None, sizes=(600, 10000), rounds=1, sample=0):
    """Run the benchmark in a subprocess on `database_url` (None: the SQLite default) and return
    its figures as a dict (see the module docstring)."""
    env = dict(os.environ)
    if database_url:
        env["DATABASE_URL"] = database_url
    command = [sys.executable, str(Path(__file__).resolve()), "--json", "--sizes", ",".join(str(s) for s in sizes)]
    command += ["--rounds", str(rounds), "--sample", str(sample)]
    completed = subprocess.run(command, env=env, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(completed.stdout)


def log(message):
    print(message, file=sys.stderr, flush=True)


# --- keeping a SQLite database whole -------------------------------------------------------------


def _sidecars(path):
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def copy_sqlite(source, target):
    """A consistent copy of the SQLite database `source` at `target`, through SQLite's backup API
    (it reads the committed state, -wal included, under SQLite's own locks). Any -wal, -shm or
    -journal at `target` is removed first: SQLite would apply a stale -wal to the new file."""
    target = Path(target)
    for path in (target, *_sidecars(target)):
        path.unlink(missing_ok=True)
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
        writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        writer.close()
        reader.close()
    return target


class SQLiteGuard:
    """For the run on a SQLite file: an exclusive lock (a second benchmark on the same file stops
    instead of sharing it), the -wal checkpointed into the main file, and an integrity check."""

    def __init__(self, path):
        self.path = Path(path)
        self.lock = None

    def __enter__(self):
        self.lock = open(f"{self.path}.lock", "w")
        try:
            fcntl.flock(self.lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SystemExit(f"{self.path} is in use by another benchmark run; use another --database") from None
        return self

    def checkpoint(self):
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def check(self):
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("PRAGMA quick_check")
            problems = [row[0] for row in cursor.fetchall() if row[0] != "ok"]
        if problems:
            raise SystemExit(f"{self.path} is damaged: {'; '.join(problems[:5])}")

    def __exit__(self, *exc):
        from django.conf import settings

        if settings.configured:
            from django.db import connection

            connection.close()  # the last connection: SQLite checkpoints and removes the -wal
        fcntl.flock(self.lock, fcntl.LOCK_UN)
        self.lock.close()


# --- generating services -------------------------------------------------------------------------


def _next_paths(parent, count):
    """Tree paths for `count` new children after the last child of `parent` (treebeard MP)."""
    from wagtail.models import Page

    last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    start = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    return [Page._get_path(parent.path, parent.depth + 1, start + i) for i in range(count)]


def _create_pages(index, specs, language, translation_keys):
    """Bulk-create ServicePages under `index` (rows of wagtailcore_page, then of the service table)."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from wagtail.models import Page

    from services.models import ServicePage

    content_type = ContentType.objects.get_for_model(ServicePage)
    now = timezone.now()
    paths = _next_paths(index, len(specs))
    pages = []
    for (number, spec), path, key in zip(specs, paths, translation_keys, strict=True):
        text = spec[language]
        slug = f"{SLUG_PREFIX}{number:05d}"
        pages.append(
            ServicePage(
                title=text["title"],
                draft_title=text["title"],
                slug=slug,
                content_type=content_type,
                path=path,
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                locale_id=index.locale_id,
                translation_key=key,
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                teaser=text["teaser"],
                search_terms=text["search_terms"],
                fee_kind="free",
            )
        )
    # Page.objects.bulk_create cannot write a multi-table child; write each table in turn, as
    # Model.save() does, the parent first.
    page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    Page.objects.bulk_create([_as_page(p, page_fields) for p in pages], batch_size=BATCH)
    ids = dict(
        Page.objects.filter(locale_id=index.locale_id, path__in=paths).values_list("path", "id")
    )
    for page in pages:
        page.page_ptr_id = page.id = ids[page.path]
    local = [f for f in ServicePage._meta.local_concrete_fields]
    for start in range(0, len(pages), BATCH):
        ServicePage._base_manager._insert(pages[start : start + BATCH], fields=local)
    Page.objects.filter(pk=index.pk).update(numchild=index.get_children().count())
    return pages


def _as_page(page, fields):
    from wagtail.models import Page

    return Page(**{f.attname: getattr(page, f.attname) for f in fields})


def generate(total):
    """Add generated services until each language has `total` services; returns how many were
    added per language. English pages are wagtail-localize translations of the German ones."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page
    from wagtail_localize.models import TranslatableObject, Translation, TranslationSource

    from demo.generated import generated_spec
    from lebenslagen.models import LebenslagePage, LebenslageService
    from services.models import Office, ServiceIndexPage, ServiceOffice, ServicePage

    de = Locale.objects.get(language_code="de")
    en = Locale.objects.get(language_code="en")
    present = ServicePage.objects.filter(locale=de).count()
    missing = total - present
    if missing <= 0:
        return 0
    started = time.perf_counter()
    index_de = ServiceIndexPage.objects.get(locale=de)
    index_en = ServiceIndexPage.objects.get(locale=en)
    office_de = Office.objects.filter(locale=de).order_by("pk").first()
    office_en = Office.objects.filter(locale=en, translation_key=office_de.translation_key).first() or office_de
    lagen_de = list(LebenslagePage.objects.filter(locale=de).order_by("path"))
    lagen_en = {p.translation_key: p for p in LebenslagePage.objects.filter(locale=en)}
    used = ServicePage.objects.filter(slug__startswith=SLUG_PREFIX, locale=de).count()
    specs = [(number, generated_spec(number)) for number in range(used + 1, used + missing + 1)]
    keys = [uuid.uuid4() for _ in specs]
    with transaction.atomic():
        german = _create_pages(index_de, specs, "de", keys)
        english = _create_pages(index_en, specs, "en", keys)
        ServiceOffice.objects.bulk_create(
            [ServiceOffice(page_id=p.pk, office_id=office_de.pk, sort_order=0) for p in german]
            + [ServiceOffice(page_id=p.pk, office_id=office_en.pk, sort_order=0) for p in english],
            batch_size=BATCH,
        )
        links = []
        for position, (g, e) in enumerate(zip(german, english, strict=True)):
            lage = lagen_de[position % len(lagen_de)] if lagen_de else None
            if lage is not None:
                links.append(LebenslageService(page_id=lage.pk, service_id=g.pk, sort_order=1000 + position))
                if lage.translation_key in lagen_en:
                    links.append(
                        LebenslageService(
                            page_id=lagen_en[lage.translation_key].pk, service_id=e.pk, sort_order=1000 + position
                        )
                    )
        LebenslageService.objects.bulk_create(links, batch_size=BATCH)
        # wagtail-localize: the German page is the source of a translation to English, as
        # translate() in demo/translate.py leaves it (without going through PO files).
        page_type = ContentType.objects.get_for_model(Page)
        service_type = ContentType.objects.get_for_model(ServicePage)
        TranslatableObject.objects.bulk_create(
            [TranslatableObject(translation_key=k, content_type=page_type) for k in keys], batch_size=BATCH
        )
        objects = dict(
            TranslatableObject.objects.filter(translation_key__in=keys).values_list("translation_key", "pk")
        )
        now = timezone.now()
        template = None
        sources = []
        for page in german:
            if template is None:
                template = json.loads(page.to_json())
            content = dict(template, pk=page.pk, title=page.title, slug=page.slug, path=page.path)
            content.update(teaser=page.teaser, search_terms=page.search_terms, url_path=page.url_path)
            content["translation_key"] = str(page.translation_key)
            sources.append(
                TranslationSource(
                    object_id=objects[page.translation_key],
                    specific_content_type=service_type,
                    locale=de,
                    object_repr=page.title[:200],
                    content_json=json.dumps(content),
                    last_updated_at=now,
                )
            )
        TranslationSource.objects.bulk_create(sources, batch_size=BATCH)
        source_ids = TranslationSource.objects.filter(object_id__in=objects.values(), locale=de).values_list(
            "pk", flat=True
        )
        Translation.objects.bulk_create(
            [Translation(source_id=pk, target_locale=en, enabled=True) for pk in source_ids], batch_size=BATCH
        )
        _index(german + english)
    # Fresh statistics for the planner, as autovacuum would gather them in a while: with the
    # estimates of the empty tables, PostgreSQL loads a search's 200 candidates by walking every
    # page of the language (260 ms instead of 1 ms at 10,000 services).
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    log(f"generated {missing} services per language in {time.perf_counter() - started:.1f} s")
    return missing


def _index(pages):
    """Index the new pages in every configured search backend, in bulk."""
    from wagtail.search.backends import get_search_backends

    from services.models import ServicePage

    fresh = list(ServicePage.objects.filter(pk__in=[p.pk for p in pages]))
    for backend in get_search_backends(with_auto_update=False):
        for start in range(0, len(fresh), BATCH):
            backend.add_bulk(ServicePage, fresh[start : start + BATCH])


# --- measuring -------------------------------------------------------------------------------------


def ensure_seeded():
    from django.core.management import call_command
    from django.db import connection

    from services.models import ServicePage

    if "wagtailcore_page" not in connection.introspection.table_names():
        call_command("migrate", verbosity=0)
    if not ServicePage.objects.exists():
        log(f"seeding {connection.settings_dict['NAME']} with the demo …")
        call_command("seed_demo", "--no-admin", verbosity=0, stdout=open(os.devnull, "w"))
        call_command("update_index", verbosity=0, stdout=open(os.devnull, "w"))
    call_command("seed_search", verbosity=0)


def measure(rounds=1, sample=0):
    from django.test import Client
    from search_queries import ENGLISH, GERMAN

    client = Client()
    figures = {}
    for language, queries in (("de", GERMAN), ("en", ENGLISH)):
        timings = []
        client.get(f"/{language}/search/", {"q": "warm up"}, HTTP_HOST="localhost")
        for _round in range(rounds):
            for query, _expected in queries[:: sample or 1]:
                started = time.perf_counter()
                response = client.get(f"/{language}/search/", {"q": query}, HTTP_HOST="localhost")
                timings.append(time.perf_counter() - started)
                assert response.status_code == 200, (query, response.status_code)
        timings.sort()
        figures[language] = {
            "requests": len(timings),
            "p50_ms": round(statistics.median(timings) * 1000, 1),
            "p95_ms": round(timings[min(len(timings) - 1, int(len(timings) * 0.95))] * 1000, 1),
        }
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="600,10000", help="services per language, comma-separated")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--sample", type=int, default=0, metavar="N", help="only every N-th query")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON on stdout")
    parser.add_argument("--copy-to", metavar="PATH", help="SQLite: leave a consistent copy of the database at PATH")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{DEFAULT_SQLITE}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    # The results page is measured, not the throttle or the page cache of other helpers' work.
    os.environ.setdefault("RATELIMIT_SEARCH", "1000000/m")
    import django

    django.setup()
    from django.db import connection

    from services.models import ServicePage

    guard = None
    if connection.vendor == "sqlite":
        guard = SQLiteGuard(connection.settings_dict["NAME"])
    with guard or contextlib.nullcontext():
        ensure_seeded()
        result = {"vendor": connection.vendor, "sizes": {}}
        for size in sorted(int(s) for s in args.sizes.split(",") if s.strip()):
            if generate(size) and guard:
                guard.checkpoint()
                guard.check()
            services = {
                code: ServicePage.objects.live().filter(locale__language_code=code).count() for code in ("de", "en")
            }
            if services["de"] > size:
                log(f"skipping {size}: the database already holds {services['de']} services")
                continue
            figures = measure(args.rounds, args.sample)
            result["sizes"][str(size)] = {"services": services, **figures}
            if not args.json:
                print(f"{connection.vendor}, {services['de']} German / {services['en']} English services:")
                for language in ("de", "en"):
                    f = figures[language]
                    print(f"  {language}: {f['requests']} requests  p50 {f['p50_ms']:.0f} ms  p95 {f['p95_ms']:.0f} ms")
        if guard:
            guard.checkpoint()
            guard.check()
    if guard and args.copy_to:
        copy_sqlite(guard.path, args.copy_to)
        log(f"copied to {args.copy_to}")
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
