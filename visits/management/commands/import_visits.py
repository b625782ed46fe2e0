"""Count visits from nginx access logs (VISITS_SOURCE = "nginx-log"; docs/visits.md)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from visits.nginx_log import import_file


class Command(BaseCommand):
    help = (
        "Count the page visits in nginx access logs (the stadtportal_visits format, or combined). "
        "Each file is read from where the last run stopped."
    )

    def add_arguments(self, parser):
        parser.add_argument("logs", nargs="+", help="access log files (e.g. /var/log/nginx/stadtportal.visits.log)")
        parser.add_argument(
            "--force", action="store_true", help="import even when VISITS_SOURCE is not nginx-log (counts may double)"
        )

    def handle(self, *args, logs, force, **options):
        if settings.VISITS_SOURCE != "nginx-log" and not force:
            raise CommandError(
                f'VISITS_SOURCE is "{settings.VISITS_SOURCE}", not "nginx-log": Django counts (or nothing does). '
                "Importing nginx's log as well would count the same visits twice; --force does it anyway."
            )
        for name in logs:
            try:
                lines, visits = import_file(name)
            except OSError as error:
                raise CommandError(f"{name}: {error.strerror or error}") from None
            self.stdout.write(f"{name}: {lines} new line(s), {visits} visit(s) counted.")
