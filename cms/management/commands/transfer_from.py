"""manage.py transfer_from SOURCE --page ID [--dest ID] [--dry-run] [--no-translations] [--unpublish-missing]

Bring a section (a page and everything below it, its translations, and the images, documents and
snippets it uses) from another instance onto this one with wagtail-transfer (docs/transfer.md)."""

from django.core.management.base import BaseCommand, CommandError

from cms.transfer_import import TransferError, plan, run

ACTIONS = ("create", "update", "delete", "skip", "leave")


class Command(BaseCommand):
    help = "Import a page tree with its translations, images, documents and snippets from another instance."

    def add_arguments(self, parser):
        parser.add_argument("source", help="A name in WAGTAILTRANSFER_SOURCES, e.g. staging.")
        parser.add_argument("--page", type=int, required=True, help="The section's root page id at the source.")
        parser.add_argument(
            "--dest",
            type=int,
            help="The parent page id here for a section that is not here yet (a section that is here is updated in place).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Show what would be created, updated or left alone; write nothing.")
        parser.add_argument("--no-translations", action="store_true", help="Only the page's own language.")
        parser.add_argument(
            "--unpublish-missing",
            action="store_true",
            help="Unpublish the pages here that came from the source and are no longer in the section there (never deletes).",
        )

    def handle(self, *args, **options):
        try:
            the_plan = plan(options["source"], options["page"], options["dest"], not options["no_translations"])
        except TransferError as error:
            raise CommandError(str(error)) from None
        unpublish = options["unpublish_missing"]
        for item in the_plan.items:
            action = item.action if item.action != "unpublish" or unpublish else "leave"
            reason = item.reason if action == item.action else f"{item.reason}; --unpublish-missing unpublishes it"
            language = item.language or "-"
            line = f"{action:<9} {language:<3} {item.model:<36} {item.source_id!s:>6}  {item.label}"
            if reason:
                line += f"  ({reason})"
            self.stdout.write(line)
        counts = the_plan.counts()
        if not unpublish:
            counts["leave"] = counts.get("leave", 0) + counts.pop("unpublish", 0)
        actions = ("create", "update", "delete", "unpublish", "skip", "leave") if unpublish else ACTIONS
        summary = ", ".join(f"{counts.get(action, 0)} {action}" for action in actions)
        if options["dry_run"]:
            self.stdout.write(f"Dry run, nothing written: {summary}.")
            return
        try:
            published = run(the_plan, unpublish_missing=unpublish)
        except TransferError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Transferred from {options['source']}: {summary}; {len(published)} pages published."))
