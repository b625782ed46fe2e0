"""The demo town's editorial roles: a department group per office (the office's German name),
each office and service owned by its department (a service by its first responsible office), and
one demo account per role. Safe to run again (setup_roles and the accounts update in place)."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Revision
from wagtail.users.models import UserProfile

from editorial.permissions import sync_all_owner_permissions
from editorial.roles import CENTRAL, COUNCIL, FORMS, TRANSLATION, setup_roles
from onlineforms.models import FormPage
from services.models import Office, ServicePage

# A department's group name by its office's German address; other offices give their name.
DEPARTMENT_NAMES = {
    "buergerbuero": "Bürgerbüro",
    "abfallwirtschaft": "Abfallwirtschaft",
    "standesamt": "Standesamt",
    "bauaufsicht": "Bauaufsicht",
    "jugendamt": "Jugendamt",
    "ordnungsamt": "Ordnungsamt",
    "sozialamt": "Sozialamt",
    "steueramt": "Steueramt",
    "strassenverkehrsamt": "Straßenverkehrsamt",
    "wirtschaftsfoerderung": "Wirtschaftsförderung",
}

# username: (group, admin language, what the account is for)
ACCOUNTS = {
    "redaktion": (CENTRAL, "de", "Redaktion: edits and publishes everything, approves submissions"),
    "buergerbuero": ("Bürgerbüro", "de", "Fachamt Bürgerbüro: edits its services and office, submits them"),
    "abfall": ("Abfallwirtschaft", "de", "Fachamt Abfallwirtschaft: edits its services and office, submits them"),
    "uebersetzung": (TRANSLATION, "en", "Übersetzung: English translations only"),
    "ratsbuero": (COUNCIL, "de", "Ratsbüro: council calendar"),
    "formstaff": (FORMS, "de", "Formulare: builds and changes forms (no submissions), submits them"),
}

# A demo form's owning department (its staff see the form's submissions and bookings), by German slug.
FORM_OWNERS = {
    "sperrmuell-buchen": "Abfallwirtschaft",
    "hund-anmelden": "Steueramt",
    "maengelmelder": "Ordnungsamt",
    "kontakt": "Bürgerbüro",
}


def _set_fields(model, pk, **values):
    """Set fields on the row and on the latest revision (the editor's form opens from it)."""
    model.objects.filter(pk=pk).update(**values)
    page = model.objects.get(pk=pk)
    if page.latest_revision_id:
        revision = Revision.objects.get(pk=page.latest_revision_id)
        for name, value in values.items():
            revision.content[name.removesuffix("_id")] = value.isoformat() if hasattr(value, "isoformat") else value
        revision.save(update_fields=["content"])


def demo_review_dates(services, today):
    """Every sixth service overdue, every sixth from the fourth on due soon, so the review report
    and the reminders have something to show: {translation_key: next_review}."""
    dates = {}
    for number, service in enumerate(sorted(services, key=lambda page: page.slug)):
        if number % 6 == 0:
            dates[service.translation_key] = today - timedelta(days=10 + number)
        elif number % 6 == 3:
            dates[service.translation_key] = today + timedelta(days=5 + number % 20)
    return dates


def seed_editorial():
    """Roles, departments and owners. Returns {office pk: group}."""
    offices = list(Office.objects.filter(locale__language_code="de").order_by("name"))
    names = {office.pk: DEPARTMENT_NAMES.get(office.slug, office.name) for office in offices}
    setup_roles(list(names.values()))
    groups = {}
    for office in offices:
        group = Group.objects.get(name=names[office.pk])
        groups[office.pk] = group
        Office.objects.filter(translation_key=office.translation_key).update(owner_group=group)
    services = list(ServicePage.objects.filter(locale__language_code="de").prefetch_related("responsible_offices"))
    for service in services:
        first = next(iter(service.responsible_offices.all()), None)
        group = groups.get(first.office_id) if first else None
        if group is None or service.owner_group_id == group.pk:
            continue
        for page in ServicePage.objects.filter(translation_key=service.translation_key):
            _set_fields(ServicePage, page.pk, owner_group_id=group.pk)
    for form in FormPage.objects.filter(locale__language_code="de", slug__in=FORM_OWNERS):
        group = Group.objects.filter(name=FORM_OWNERS[form.slug]).first()
        if group is not None and form.owner_group_id != group.pk:
            for page in FormPage.objects.filter(translation_key=form.translation_key):
                _set_fields(FormPage, page.pk, owner_group_id=group.pk)
    for key, next_review in demo_review_dates(services, timezone.localdate()).items():
        for page in ServicePage.objects.filter(translation_key=key):
            _set_fields(ServicePage, page.pk, next_review=next_review)
    sync_all_owner_permissions()
    return groups


def ensure_accounts(password, admin_user=None, email_domain="lindenfeld.example"):
    """One demo account per role (only for local demos), except one named like the admin account
    (which stays the admin). Returns [(username, what it is for)]."""
    User = get_user_model()
    made = []
    for username, (group_name, language, purpose) in ACCOUNTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None or username == admin_user:
            continue
        user, created = User.objects.get_or_create(username=username, defaults={"email": f"{username}@{email_domain}"})
        if created or not user.check_password(password):
            user.set_password(password)
        user.is_active, user.is_staff, user.is_superuser = True, False, False
        user.save()
        user.groups.set([group])
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        made.append((username, purpose))
    return made
