"""Builds one side of the transfer test in the database the environment names, and reports on it.
`python -m tests.deploy.transfer_site staging`: the bilingual home page and a section to move (the
A–Z page with a sharing image, a service with its office and a document linked from its
description), each in German and English. `production`: only the bilingual home page.
`counts`: what is in the database now. Each prints one line of JSON."""

import io
import json
import sys

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.db import transaction  # noqa: E402
from PIL import Image as PILImage  # noqa: E402
from wagtail.documents.models import Document  # noqa: E402
from wagtail.images.models import Image  # noqa: E402
from wagtail.models import Page  # noqa: E402
from wagtail_transfer.models import IDMapping  # noqa: E402

from onlineforms.models import Submission  # noqa: E402
from services.models import Office, ServiceIndexPage, ServicePage  # noqa: E402

PDF = b"%PDF-1.4\n% Antragsformular\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ENGLISH = {
    "Bürgerbüro": "Citizens' Office",
    "Fachbereich Bürgerdienste": "Citizens' Services Department",
    "Leistungen A–Z": "Services A–Z",
    "leistungen": "services",
    "Personalausweis beantragen": "Applying for an identity card",
    "personalausweis-beantragen": "applying-for-an-identity-card",
    "Den Personalausweis im Bürgerbüro beantragen.": "Apply for an identity card at the Citizens' Office.",
}


def staging():
    from tests.factories.services import OfficeFactory, ServiceIndexPageFactory, ServicePageFactory
    from tests.factories.site import bilingual_site
    from tests.factories.translation import translate

    home, home_en = bilingual_site()
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (0, 90, 160)).save(buffer, format="PNG")
    image = Image.objects.create(title="Rathaus", file=ContentFile(buffer.getvalue(), name="rathaus.png"))
    document = Document.objects.create(title="Antragsformular", file=ContentFile(PDF, name="antrag.pdf"))
    office = OfficeFactory()
    translate(office, ENGLISH)
    index = ServiceIndexPageFactory(parent=home, social_image=image)
    translate(index, ENGLISH)
    service = ServicePageFactory(
        parent=index,
        title="Personalausweis beantragen",
        slug="personalausweis-beantragen",
        teaser="Den Personalausweis im Bürgerbüro beantragen.",
        description=f'<p>Das <a linktype="document" id="{document.pk}">Antragsformular</a> ausfüllen.</p>',
        offices=[office],
    )
    translate(service, ENGLISH)
    get_user_model().objects.create_superuser("staging-editor", "editor@staging.example", "staging-password-1")
    return {"home": home.pk, "home_en": home_en.pk, "index": index.pk, "service": service.pk}


def production():
    from tests.factories.site import bilingual_site

    home, home_en = bilingual_site()
    return {"home": home.pk, "home_en": home_en.pk}


def counts():
    indexes = ServiceIndexPage.objects.select_related("locale")
    services = ServicePage.objects.select_related("locale")
    return {
        "pages": Page.objects.count(),
        "images": Image.objects.count(),
        "documents": Document.objects.count(),
        "offices": Office.objects.count(),
        "idmappings": IDMapping.objects.count(),
        "users": get_user_model().objects.count(),
        "submissions": Submission.objects.count(),
        "indexes": {p.locale.language_code: [p.title, str(p.translation_key), p.social_image_id is not None] for p in indexes},
        "services": {
            p.locale.language_code: [p.title, str(p.translation_key), p.live, p.url_path, p.description]
            for p in services
        },
        "service_offices": sorted(
            (p.locale.language_code, o.office.name, o.office.locale.language_code)
            for p in services
            for o in p.responsible_offices.select_related("office__locale")
        ),
        "document_ids": list(Document.objects.values_list("pk", flat=True)),
    }


if __name__ == "__main__":
    action = sys.argv[1]
    if action == "counts":
        print(json.dumps(counts()))
    else:
        with transaction.atomic():
            result = staging() if action == "staging" else production()
        print(json.dumps(result))
