"""Builds one side of the transfer test in the database the environment names, and reports on it.
`python -m tests.deploy.transfer_site staging`: the bilingual home page and a section to move (the
A–Z page with a sharing image, a service with its office and a document linked from its
description), each in German and English. `production`: only the bilingual home page.
`lebenslagen` (staging, after `staging`): a second section, the Lebenslagen with their related
Lebenslagen and linked service. `change`, `remove`, `add` (staging): an editor changes, removes or adds a
related Lebenslage, as in the admin, and the translator brings the English page up to date. `delete`
(staging): a Lebenslage is deleted in both languages. `counts`: what is in the database now. Each
prints one line of JSON."""

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

from cms.models import StandardPage  # noqa: E402
from lebenslagen.models import LebenslagePage, LebenslageService, RelatedLebenslage  # noqa: E402
from onlineforms.models import Submission  # noqa: E402
from services.models import Office, ServiceIndexPage, ServiceOffice, ServicePage  # noqa: E402

PDF = b"%PDF-1.4\n% Antragsformular\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ENGLISH = {
    "Bürgerbüro": "Citizens' Office",
    "Fachbereich Bürgerdienste": "Citizens' Services Department",
    "Leistungen A–Z": "Services A–Z",
    "leistungen": "services",
    "Personalausweis beantragen": "Applying for an identity card",
    "personalausweis-beantragen": "applying-for-an-identity-card",
    "Den Personalausweis im Bürgerbüro beantragen.": "Apply for an identity card at the Citizens' Office.",
    "Lebenslagen": "Life situations",
    "lebenslagen": "life-situations",
    "Umzug": "Moving house",
    "umzug": "moving-house",
    "Heirat": "Getting married",
    "heirat": "getting-married",
    "Geburt": "Having a baby",
    "geburt": "having-a-baby",
    "Hund": "Getting a dog",
    "hund": "getting-a-dog",
}
LEBENSLAGEN = ("Umzug", "Heirat", "Geburt", "Hund")


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


def lebenslagen():
    from tests.factories.lebenslagen import LebenslagenIndexPageFactory, LebenslagePageFactory
    from tests.factories.translation import translate

    # wagtail-localize's translations of the first section left the English parents' child counts
    # behind (treebeard's numchild), which a second child would collide with.
    Page.fix_tree()
    home = Page.objects.get(depth=2, locale__language_code="de")
    index = LebenslagenIndexPageFactory(parent=home)
    translate(index, ENGLISH)
    service = ServicePage.objects.get(locale__language_code="de")
    pages = {title: LebenslagePageFactory(parent=index, title=title, slug=title.lower()) for title in LEBENSLAGEN}
    umzug = pages["Umzug"]
    LebenslageService.objects.create(page=umzug, service=service, sort_order=0)
    RelatedLebenslage.objects.create(page=umzug, lebenslage=pages["Heirat"], sort_order=0)
    RelatedLebenslage.objects.create(page=umzug, lebenslage=pages["Geburt"], sort_order=1)
    Page.objects.get(pk=umzug.pk).specific.save_revision().publish()
    for page in pages.values():
        translate(page, ENGLISH)
    return {"lebenslagen": index.pk, **{title: page.pk for title, page in pages.items()}}


def by_title(title):
    return LebenslagePage.objects.get(title=title, locale__language_code="de")


def edit_rows(step):
    """As an editor in the admin, one step at a time: `change` (the first related Lebenslage, Heirat,
    becomes Hund), `remove` (the second, Geburt, is taken out), `add` (Heirat is added at the end);
    then the translator brings the English page up to date (wagtail-localize makes its synchronised
    rows anew). Rows the editor keeps keep their ids here, as in the admin's inline panel."""
    from tests.factories.translation import translate

    umzug = by_title("Umzug")
    links = list(umzug.related_links.order_by("sort_order"))
    if step == "change":
        links[0].lebenslage = by_title("Hund")
    elif step == "remove":
        links = links[:1]
    elif step == "add":
        links.append(RelatedLebenslage(lebenslage=by_title("Heirat")))
    for number, link in enumerate(links):
        link.sort_order = number
    umzug.related_links = links
    umzug.save_revision().publish()
    translate(umzug, ENGLISH)
    return {"related": list(RelatedLebenslage.objects.filter(page=umzug).values_list("id", flat=True))}


def delete():
    """Geburt deleted at staging, its English translation with it."""
    geburt = by_title("Geburt")
    ids = [geburt.pk, *geburt.get_translations().values_list("pk", flat=True)]
    for page in Page.objects.filter(pk__in=ids):
        page.delete()
    return {"deleted": ids}


def own_pages():
    """Production's own pages below the transferred Lebenslagen: one made here (no uid), one that
    has a uid this site gave out itself (as if production had been a source once)."""
    import uuid

    from django.contrib.contenttypes.models import ContentType

    from tests.factories.lebenslagen import LebenslagePageFactory

    index = Page.objects.get(slug="lebenslagen", locale__language_code="de")
    made_here = LebenslagePageFactory(parent=index, title="Nur hier", slug="nur-hier")
    with_uid = LebenslagePageFactory(parent=index, title="Hier mit uid", slug="hier-mit-uid")
    IDMapping.objects.create(uid=uuid.uuid4(), content_type=ContentType.objects.get_for_model(Page), local_id=with_uid.pk)
    return {"made_here": made_here.pk, "with_uid": with_uid.pk}


def standard():
    """A third section at staging for the admin's Import screen: a page with a subpage, both
    translated."""
    from tests.factories.cms import StandardPageFactory
    from tests.factories.translation import translate

    Page.fix_tree()
    home = Page.objects.get(depth=2, locale__language_code="de")
    about = StandardPageFactory(parent=home, title="Über die Stadt", slug="ueber-die-stadt")
    twins = StandardPageFactory(parent=about, title="Partnerstädte", slug="partnerstaedte")
    strings = {"Über die Stadt": "About the town", "ueber-die-stadt": "about-the-town",
               "Partnerstädte": "Twin towns", "partnerstaedte": "twin-towns"}
    translate(about, strings)
    translate(twins, strings)
    return {"about": about.pk, "twins": twins.pk}


def admins():
    """Production's admin accounts: a superuser (German admin), one preferring English, and an editor
    who may use the admin but not import."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.users.models import UserProfile

    users = get_user_model().objects
    users.create_superuser("admin-de", "de@prod.example", "prod-password-1")
    english = users.create_superuser("admin-en", "en@prod.example", "prod-password-1")
    profile = UserProfile.get_for_user(english)
    profile.preferred_language = "en"
    profile.save()
    editor = users.create_user("editor", "editor@prod.example", "prod-password-1")
    group = Group.objects.create(name="Transfer test editors")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    editor.groups.add(group)
    return {"users": ["admin-de", "admin-en", "editor"]}


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
        "rows": rows(),
        "lebenslagen": {
            f"{p.locale.language_code} {p.title}": p.live for p in LebenslagePage.objects.select_related("locale")
        },
        "standard": {
            f"{p.locale.language_code} {p.title}": [str(p.translation_key), p.live, p.url_path]
            for p in StandardPage.objects.select_related("locale")
        },
        "revisions": {
            f"{p.locale.language_code} {p.title}": p.revisions.count() for p in LebenslagePage.objects.select_related("locale")
        },
    }


def rows():
    """Every inline row of the pages: {model: [[row id, page language, page title, target, order]]}."""
    def target(row):
        linked = getattr(row, "office", None) or getattr(row, "service", None) or getattr(row, "lebenslage", None)
        return str(linked)

    result = {}
    for model in (ServiceOffice, LebenslageService, RelatedLebenslage):
        result[model._meta.label_lower] = sorted(
            [row.pk, row.page.locale.language_code, row.page.title, target(row), row.sort_order]
            for row in model.objects.select_related("page__locale")
        )
    return result


if __name__ == "__main__":
    action = sys.argv[1]
    if action == "counts":
        print(json.dumps(counts()))
    else:
        actions = {
            "staging": staging,
            "production": production,
            "lebenslagen": lebenslagen,
            "change": lambda: edit_rows("change"),
            "remove": lambda: edit_rows("remove"),
            "add": lambda: edit_rows("add"),
            "delete": delete,
            "own-pages": own_pages,
            "standard": standard,
            "admins": admins,
        }
        with transaction.atomic():
            result = actions[action]()
        print(json.dumps(result))
