"""manage.py import_oparl https://ris.example.org/oparl/v1.1/system [--full]"""

from django.core.management.base import BaseCommand, CommandError

from council.models import OParlSource
from council.oparl.client import Client, FetchError
from council.oparl.importer import run_import


class Command(BaseCommand):
    help = (
        "Import committees and meetings from an OParl 1.1 system: per list only what changed since it was "
        "last read (modified_since); unreadable pages are reported and asked for again."
    )

    def add_arguments(self, parser):
        parser.add_argument("system_url", nargs="?", help="Address of the OParl System object.")
        parser.add_argument("--all", action="store_true", help="Import every OParl source configured in the admin.")
        parser.add_argument(
            "--full",
            action="store_true",
            help="Ignore the watermarks, read every list in full and find vanished objects.",
        )
        parser.add_argument("--timeout", type=float, default=10.0, help="Seconds to wait for each response.")

    def handle(self, *args, **options):
        urls = [options["system_url"]] if options["system_url"] else []
        if options["all"]:
            urls += list(OParlSource.objects.values_list("system_url", flat=True))
        if not urls:
            raise CommandError("Give the address of an OParl System, or --all.")
        failed = False
        for url in urls:
            try:
                client = Client(url, timeout=options["timeout"])
            except FetchError as error:
                raise CommandError(str(error)) from None
            report = run_import(url, client=client, full=options["full"])
            self.stdout.write(f"{url}\n{report}")
            if report.broken:
                self.stderr.write(
                    self.style.WARNING(
                        f"{len(report.broken)} unreadable page(s); the following runs ask for them again. "
                        "Admin: Calendar > OParl lists."
                    )
                )
            failed = failed or not report.complete
        if failed:
            raise CommandError("The import was incomplete; see the errors above. The next run will try again.")
