from django.core.management.base import BaseCommand

from editorial.roles import department_groups, setup_roles


class Command(BaseCommand):
    help = (
        "Create or update the editorial groups (Redaktion, Übersetzung, Ratsbüro, Formulare and the departments), "
        "their permissions and the review workflow. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--department", action="append", default=[], metavar="NAME",
            help="Also create this department group (repeat for several).",
        )

    def handle(self, *args, **options):
        groups = setup_roles(options["department"])
        departments = [group.name for group in department_groups()]
        self.stdout.write(
            f"Roles: {', '.join(group.name for group in groups.values())}; "
            f"departments: {', '.join(departments) or '-'}; workflow on every home page."
        )
