"""The demo's editorial part (demo/editorial.py) on the factories' town: departments from the
offices, owners for services, one account per role that logs in with the admin's password."""

import pytest
from django.contrib.auth import get_user_model

from demo.editorial import ACCOUNTS, ensure_accounts, seed_editorial
from editorial.enums import RoleKind
from services.models import ServicePage

pytestmark = pytest.mark.django_db


def test_departments_owners_and_accounts(client, town):
    groups = seed_editorial()
    assert {group.editorial_role.kind for group in groups.values()} == {RoleKind.DEPARTMENT}
    assert all(page.owner_group_id for page in ServicePage.objects.filter(locale__language_code="de"))
    made = ensure_accounts("demo-password", admin_user="admin")
    again = ensure_accounts("demo-password", admin_user="admin")  # idempotent
    assert made == again
    # The town has one office (a Bürgerbüro), so the Abfallwirtschaft account has no group to join.
    assert {username for username, _ in made} == set(ACCOUNTS) - {"abfall"}
    for username, _purpose in made:
        user = get_user_model().objects.get(username=username)
        assert not user.is_superuser and user.groups.count() == 1
        response = client.post("/admin/login/", {"username": username, "password": "demo-password"})
        assert response.status_code == 302, username
        client.logout()


def test_the_admin_account_stays_the_admin(town, django_user_model):
    django_user_model.objects.create_superuser("redaktion", "r@example.com", "pw")
    seed_editorial()
    made = ensure_accounts("pw", admin_user="redaktion")
    assert "redaktion" not in {username for username, _ in made}
    assert django_user_model.objects.get(username="redaktion").is_superuser
