"""Editorial tests: the roles made by setup_roles on the factories' bilingual town, one user per
role, and the real django-tasks database worker for the e-mails."""

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from editorial.roles import CENTRAL, COUNCIL, FORMS, TRANSLATION, setup_roles

BUERGERBUERO, ABFALL = "Bürgerbüro", "Abfallwirtschaft"
PASSWORD = "editorial-test-password"


@dataclass
class Roles:
    groups: dict
    users: dict

    def group(self, name):
        return self.groups[name]

    def user(self, name):
        return self.users[name]


def make_user(username, group, language="en"):
    user = get_user_model().objects.create_user(
        username, f"{username}@lindenfeld.example", PASSWORD, first_name=username.title()
    )
    if group is not None:
        user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def roles(town):
    """Every editorial group, two departments (the Bürgerbüro owns the town's services, the
    Abfallwirtschaft none), and a user in each group (admin language English)."""
    made = setup_roles([BUERGERBUERO, ABFALL])
    groups = {group.name: group for group in Group.objects.filter(editorial_role__isnull=False)}
    for key in town.services_pks:
        service = town.service(key)
        service.owner_group = groups[BUERGERBUERO]
        service.save()
    office = town.office
    office.owner_group = groups[BUERGERBUERO]
    office.save()
    users = {
        "redaktion": make_user("redaktion", made["central"]),
        "buergerbuero": make_user("buergerbuero", groups[BUERGERBUERO]),
        "abfall": make_user("abfall", groups[ABFALL]),
        "uebersetzung": make_user("uebersetzung", groups[TRANSLATION]),
        "ratsbuero": make_user("ratsbuero", groups[COUNCIL]),
        "formstaff": make_user("formstaff", groups[FORMS]),
    }
    assert {CENTRAL, TRANSLATION, COUNCIL, FORMS, BUERGERBUERO, ABFALL} <= set(groups)
    return Roles(groups=groups, users=users)


def service_form(page, action="action-publish", **overrides):
    """The edit form of a town service as the admin posts it."""
    office = page.responsible_offices.first().office
    data = {
        "title": page.title,
        "slug": page.slug,
        "teaser": page.teaser,
        "official_name": page.official_name or "Amtliche Bezeichnung",
        "leika_key": "",
        "audience": page.audience,
        "search_terms": "",
        "description": rich_text("<p>Neu beschrieben.</p>"),
        "requirements": rich_text(""),
        "notes": rich_text(""),
        "required_documents": streamfield([]),
        "procedure": streamfield([("step", "Antrag stellen")]),
        "fee_kind": "free",
        "fee_amount": "",
        "fee_amount_max": "",
        "legal_basis": streamfield([]),
        "help": streamfield([]),
        "start_url": "",
        "ozg_level": "0",
        "status": "normal",
        "owner_group": page.owner_group_id or "",
        "next_review": page.next_review.isoformat() if page.next_review else "",
        "last_reviewed": page.last_reviewed.isoformat() if page.last_reviewed else "",
        "responsible_offices": inline_formset([{"office": office.pk}]),
        "related_services": inline_formset([]),
    }
    if action:
        data[action] = action
    data.update(overrides)
    return nested_form_data(data)
