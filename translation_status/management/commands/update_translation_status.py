from django.core.management.base import BaseCommand

from translation_status.tracking import refresh_all


class Command(BaseCommand):
    help = (
        "Create or bring up to date the translation status of every German page and snippet "
        "(after installing translation_status, or after an import that sent no signals)."
    )

    def handle(self, *args, **options):
        count = refresh_all()
        self.stdout.write(f"Translation status: {count} German pages and snippets checked.")
