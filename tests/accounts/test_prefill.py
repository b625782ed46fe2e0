"""Forms prefilled from the signed-in citizen's profile, and for nobody else."""

import pytest

from tests.accounts.helpers import send_contact, signed_in_citizen
from tests.onlineforms.helpers import form_page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_forms")]

PROFILE = {"street": "Lindenallee 5", "postcode": "45999", "city": "Lindenfeld", "phone": "0201 555"}


def test_the_form_is_prefilled_from_the_profile(client):
    signed_in_citizen(client, "erika@example.org", name="Erika Mustermann", **PROFILE)
    body = client.get(form_page("kontakt").url).content.decode()
    assert 'value="Erika Mustermann"' in body
    assert 'value="erika@example.org"' in body


def test_the_citizen_may_change_the_values_per_submission(client):
    citizen = signed_in_citizen(client, "erika@example.org", name="Erika Mustermann", **PROFILE)
    submission = send_contact(client, name="Erika im Auftrag", email="andere@example.org")
    assert submission.form_data["name"] == "Erika im Auftrag"
    citizen.refresh_from_db()
    assert citizen.name == "Erika Mustermann"  # the profile stays as it is


def test_nothing_is_prefilled_without_an_account(client):
    body = client.get(form_page("kontakt").url).content.decode()
    assert "erika@example.org" not in body


def test_nothing_is_prefilled_for_staff(client, django_user_model):
    signed_in_citizen(client, "erika@example.org", name="Erika Mustermann", **PROFILE)
    client.force_login(django_user_model.objects.create_user("staff", "staff@lindenfeld.example", "pw", is_staff=True))
    body = client.get(form_page("kontakt").url).content.decode()
    assert "Erika Mustermann" not in body and "erika@example.org" not in body
