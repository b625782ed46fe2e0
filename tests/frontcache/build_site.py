"""The front-cache test's content, written into the database gunicorn serves (run by the test with
`manage.py shell -c`, under the test settings, before gunicorn starts): a bilingual site whose
default Site is the nginx address, a German page with its English translation, a German alert
banner with its English translation and an editor who may publish them. Prints what the test needs
as one line of JSON."""

import json
import sys

from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import Group, Permission
from wagtail.models import Site

from cms.models import Alert
from tests.factories.cms import AlertFactory, StandardPageFactory
from tests.factories.site import bilingual_site
from tests.factories.translation import translate

EDITOR = "frontcache-editor"
PASSWORD = "frontcache-editor-password-1"


def main(port):
    home, home_en = bilingual_site()
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", port
    site.save()
    page = StandardPageFactory(
        parent=home, title="Wahlabend", slug="wahlabend", intro="Die Auszählung beginnt um 18 Uhr."
    )
    page_en = translate(
        page, {"Wahlabend": "Election night", "wahlabend": "election-night", page.intro: "Counting starts at 6 pm."}
    )
    alert = AlertFactory(title="Sturmwarnung", text="Parks sind geschlossen.")
    alert_en = translate(alert, {"Sturmwarnung": "Storm warning", "Parks sind geschlossen.": "Parks are closed."})

    from django.contrib.auth import get_user_model

    # Hashed for gunicorn's production settings (the test settings know only MD5).
    password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt(), iterations=1000)
    editor = get_user_model().objects.create(username=EDITOR, email=f"{EDITOR}@example.org", password=password)
    # Wagtail's Moderators may edit and publish every page; the alert banners are snippets with drafts (publish_alert).
    editor.groups.add(Group.objects.get(name="Moderators"))
    editor.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="cms", codename__in=["change_alert", "add_alert", "publish_alert"])
    )
    print(
        json.dumps(
            {
                "page": {"de": page.pk, "en": page_en.pk},
                "path": {"de": page.url, "en": page_en.url},
                "alert": {"de": alert.pk, "en": alert_en.pk},
                "editor": [EDITOR, PASSWORD],
                "alerts": Alert.objects.count(),
                "home": [home.pk, home_en.pk],
            }
        )
    )


if __name__ == "__main__":
    main(int(sys.argv[1]))
