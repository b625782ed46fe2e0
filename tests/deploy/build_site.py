"""Builds the site the two-server test serves, in the database the environment names: the bilingual
home page, a standard page, an alert banner (a snippet shown on every German page) and an editor.
The editor is a superuser, so production settings ask for a second factor: they get a set of
recovery codes (one per sign-in; a TOTP code could not be used twice within its 30 seconds).
Run as `python -m tests.deploy.build_site` with the servers' settings; prints what it made as JSON."""

import json

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import transaction  # noqa: E402
from wagtail.models import Collection  # noqa: E402

from tests.factories.cms import AlertFactory, StandardPageFactory  # noqa: E402
from tests.factories.site import bilingual_site  # noqa: E402
from twofactor.devices import new_recovery_codes  # noqa: E402

EDITOR, PASSWORD = "redaktion", "redaktion-zwei-server-test"

with transaction.atomic():
    home, _english_home = bilingual_site()
    page = StandardPageFactory(parent=home, title="Wahlabend", slug="wahlabend", intro="Ergebnisse ab 18 Uhr.")
    alert = AlertFactory(title="Hinweis", text="Das Bürgerbüro ist heute geöffnet.")
    editor = get_user_model().objects.create_superuser(EDITOR, "redaktion@example.org", PASSWORD)
    recovery_codes = new_recovery_codes(editor)

print(
    json.dumps(
        {
            "home": home.url,
            "page_id": page.pk,
            "page_url": page.url,
            "alert_id": alert.pk,
            "collection": Collection.get_first_root_node().pk,
            "editor": EDITOR,
            "password": PASSWORD,
            "recovery_codes": recovery_codes,
        }
    )
)
