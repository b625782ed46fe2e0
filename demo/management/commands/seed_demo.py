"""Build the demo town of Lindenfeld in German and English. Safe to run again: it updates
what is there instead of adding a second copy."""

import os
from io import StringIO

from django.core.management import call_command
from django.core.management.base import BaseCommand

from demo.accounts import seed_accounts
from demo.city import retranslate_lebenslagen, seed_city
from demo.council import seed_calendar_page, seed_council
from demo.digitalisation import seed_digitalisation
from demo.editorial import ensure_accounts, seed_editorial
from demo.feedback import seed_feedback
from demo.forms import seed_forms
from demo.foundation import ensure_admin, seed_foundation, set_site_address
from demo.generated import seed_generated
from demo.news import seed_news
from demo.translation_status import seed_translation_status


class Command(BaseCommand):
    help = "Create or update the bilingual demo content (German source, English via wagtail-localize)."

    def add_arguments(self, parser):
        parser.add_argument("--admin-user", default=os.environ.get("DEMO_ADMIN_USER", "admin"))
        parser.add_argument(
            "--admin-password",
            default=os.environ.get("DEMO_ADMIN_PASSWORD", "lindenfeld-demo"),
            help="Password of the demo admin account (only for local demos).",
        )
        parser.add_argument("--no-admin", action="store_true", help="Do not create the admin account.")
        parser.add_argument(
            "--site-url",
            default=os.environ.get("DEMO_SITE_URL", "http://127.0.0.1:8000"),
            help="Address of the demo site, used for absolute links (canonical, sitemap, emails).",
        )
        parser.add_argument(
            "--services",
            type=int,
            default=0,
            metavar="N",
            help="Also generate N services (German and English) spread over the Lebenslagen, for benchmarks.",
        )

    def handle(self, *args, **options):
        home = seed_foundation()
        set_site_address(options["site_url"])
        self.stdout.write("Foundation: home page and legal pages in German and English.")
        council = seed_council()
        self.stdout.write(
            f"Council: {len(council['committees'])} committees, {len(council['meetings'])} meetings, "
            f"{len(council['events'])} events."
        )
        city = seed_city(home, council["committees"])
        self.stdout.write(
            f"Demo city: {len(city['offices'])} offices, {len(city['services'])} services, "
            f"{len(city['lebenslagen'])} Lebenslagen, each in German and English."
        )
        # After the Lebenslagen and the A–Z, so the menu lists the calendar after them.
        seed_calendar_page(home)
        forms = seed_forms(home, city["services"])
        self.stdout.write(f"Online services: {len(forms)} forms in German and English.")
        citizen = seed_accounts(forms)
        self.stdout.write(f"Citizen account: {citizen.email} with 2 requests (sign-in by e-mail link).")
        votes = seed_feedback(city["services"], city["lebenslagen"])
        self.stdout.write(f"Feedback: {votes} votes with comments on services and Lebenslagen.")
        news = seed_news(home, city["services"], city["lebenslagen"])
        self.stdout.write(f"News: {len(news['articles'])} articles and press releases in German and English.")
        digitalisation = seed_digitalisation(home, city["services"])
        self.stdout.write(
            f"Digitalisation: dashboard in German and English, {digitalisation['snapshots']} months of history."
        )
        if options["services"]:
            created, linked = seed_generated(
                options["services"], city["service_index"], city["offices"], city["lebenslagen"], self.stdout
            )
            if created or linked:
                # The English Lebenslagen copy their service lists from the German ones.
                retranslate_lebenslagen(city["lebenslagen"])
            self.stdout.write(f"Generated services: {created} new, {options['services']} requested.")
        # Editors' starter synonyms and best bets, then a full index (the dev task queue only
        # updates the index while a worker runs).
        call_command("seed_search", stdout=self.stdout)
        call_command("update_index", stdout=StringIO())
        self.stdout.write("Search: synonyms, best bets and the index are ready.")
        translation_status = seed_translation_status(city["services"])
        self.stdout.write(
            f"Translation status: {translation_status['outdated']} out of date, "
            f"{translation_status['untranslated']} never translated."
        )
        departments = seed_editorial()
        self.stdout.write(f"Editorial: roles, the review workflow and {len(set(departments.values()))} departments.")
        if not options["no_admin"]:
            ensure_admin(options["admin_user"], options["admin_password"])
            self.stdout.write(
                self.style.SUCCESS(
                    f"Admin login: {options['site_url'].rstrip('/')}/admin/  user: {options['admin_user']}  "
                    f"password: {options['admin_password']}"
                )
            )
            for username, purpose in ensure_accounts(options["admin_password"], options["admin_user"]):
                self.stdout.write(f"  Editorial login: user: {username}  password: {options['admin_password']}  ({purpose})")
        self.stdout.write(
            self.style.SUCCESS(
                f"Citizen login: {options['site_url'].rstrip('/')}/de/konto/anmelden/  e-mail: {citizen.email}"
                "  (the sign-in link is printed by the console e-mail of `manage.py db_worker`)"
            )
        )
        self.stdout.write(
            f"Online payment: book an express pickup at {options['site_url'].rstrip('/')}/de/online-dienste/sperrmuell-buchen/ "
            "and pay 35 € at the local pmPayment simulator (http://127.0.0.1:8765) or by card at the local Stripe "
            "simulator (http://127.0.0.1:8766), both started by `make serve`."
        )
