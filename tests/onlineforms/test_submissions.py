"""A submission is stored with its reference number before anything else; both e-mails go out
through anymail's test backend, in German and in English; answers share keys across languages."""

import re

import pytest
from django.core import mail

from onlineforms.models import OutgoingEmail, ReferenceCounter, Submission
from tests.onlineforms.helpers import form_page, post

pytestmark = pytest.mark.django_db

CONTACT_DE = {
    "name": "Erika Mustermann",
    "email": "erika@example.org",
    "thema": "Abfall",
    "nachricht": "Wann kommt die Tonne?",
    "einwilligung": "on",
}
CONTACT_EN = {
    "name": "John Smith",
    "email": "john@example.org",
    "thema": "Waste",
    "nachricht": "When is the bin emptied?",
    "einwilligung": "on",
}


def submit(client, page, data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, page, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def test_german_submission_stored_with_reference_and_both_emails(client, django_capture_on_commit_callbacks):
    page = form_page("kontakt", "de")
    response = submit(client, page, CONTACT_DE, django_capture_on_commit_callbacks)
    submission = Submission.objects.get(citizen_email="erika@example.org")
    assert re.fullmatch(r"SP-\d{4}-\d{6}", submission.reference)
    assert submission.language == "de" and submission.form_key == page.translation_key
    assert submission.form_data["thema"] == "Abfall"

    confirmation = client.get(response["Location"])
    assert submission.reference in confirmation.content.decode()

    assert len(mail.outbox) == 2
    to_citizen = next(m for m in mail.outbox if m.to == ["erika@example.org"])
    to_office = next(m for m in mail.outbox if m.to == ["buergerbuero@lindenfeld.example"])
    assert submission.reference in to_citizen.subject and "Ihre Nachricht" in to_citizen.body
    assert "Ihr Aktenzeichen" in to_citizen.body or submission.reference in to_citizen.body
    assert to_office.reply_to == ["erika@example.org"] and "Wann kommt die Tonne?" in to_office.body
    assert set(OutgoingEmail.objects.filter(submission=submission).values_list("status", flat=True)) == {"sent"}


def test_english_submission_lands_in_the_same_store_with_the_same_keys(client, django_capture_on_commit_callbacks):
    page_en = form_page("contact", "en")
    submit(client, page_en, CONTACT_EN, django_capture_on_commit_callbacks)
    submission = Submission.objects.get(citizen_email="john@example.org")
    assert submission.language == "en"
    assert submission.form_key == form_page("kontakt", "de").translation_key
    assert set(submission.form_data) == set(CONTACT_DE)
    assert submission.form_data["thema"] == "Abfall"  # English choice stored as the German one

    to_citizen = next(m for m in mail.outbox if m.to == ["john@example.org"])
    to_office = next(m for m in mail.outbox if m.to == ["buergerbuero@lindenfeld.example"])
    assert "Topic: Waste" in to_citizen.body  # a choice from the form's list, in English
    assert "When is the bin emptied?" not in to_citizen.body  # typed text is not echoed
    assert "When is the bin emptied?" in to_office.body
    assert "Ihre Nachricht" in to_office.body  # the office reads German labels
    assert form_page("kontakt", "de").get_submissions().filter(pk=submission.pk).exists()


def test_reference_numbers_count_up_per_year():
    first = ReferenceCounter.next_reference(2031)
    second = ReferenceCounter.next_reference(2031)
    assert (first, second) == ("SP-2031-000001", "SP-2031-000002")
    assert ReferenceCounter.next_reference(2032) == "SP-2032-000001"


def test_invalid_submission_shows_errors_in_the_visitors_language(client):
    response = post(client, form_page("contact", "en"), {"name": "", "email": "not-an-address"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "Please correct the following" in text and "Enter a valid email address." in text
    response = post(client, form_page("kontakt", "de"), {"name": "", "email": "keine-adresse"})
    assert "Bitte gültige E-Mail-Adresse eingeben." in response.content.decode()
    assert not Submission.objects.filter(citizen_email__in=["not-an-address", "keine-adresse"]).exists()


def test_address_field_needs_a_five_digit_postcode(client):
    page = form_page("hund-anmelden", "de")
    data = {
        "name": "Max",
        "adresse_0": "Weg 1",
        "adresse_1": "4599",
        "adresse_2": "Lindenfeld",
        "email": "m@example.org",
        "hundename": "Bello",
        "rasse": "Dackel",
        "seit": "2026-01-10",
        "anzahl": "1",
        "einwilligung": "on",
    }
    response = post(client, page, data)
    assert response.status_code == 400
    assert "fünf" in response.content.decode() or "5" in response.content.decode()
    data["adresse_1"] = "45999"
    response = post(client, page, data)
    assert response.status_code == 302
    assert Submission.objects.get(citizen_email="m@example.org").form_data["adresse"] == "Weg 1, 45999 Lindenfeld"


def test_consent_is_required_and_links_the_privacy_page(client):
    page = form_page("kontakt", "de")
    response = client.get(page.url)
    assert 'href="/de/datenschutz/"' in response.content.decode()
    data = {**CONTACT_DE}
    data.pop("einwilligung")
    response = post(client, page, data)
    assert response.status_code == 400
    assert not Submission.objects.filter(citizen_email="erika@example.org").exists()


def test_form_block_renders_the_form_in_place_in_the_visitors_language(rf):
    from django.utils import translation

    from onlineforms.blocks import FormBlock

    block = FormBlock()
    value = block.to_python({"form_page": form_page("kontakt", "de").pk, "heading": ""})
    request = rf.get("/en/")
    with translation.override("en"):
        html = block.render(value, context={"request": request})
    assert 'action="/en/online-services/contact/"' in html
    assert "Contact form" in html and 'name="nachricht"' in html and 'name="_started"' in html


@pytest.mark.parametrize(
    "service_url,form_url",
    [
        ("/de/leistungen/sperrmuell-anmelden/", "/de/online-dienste/sperrmuell-buchen/"),
        ("/de/leistungen/hund-anmelden/", "/de/online-dienste/hund-anmelden/"),
        ("/de/leistungen/maengelmelder/", "/de/online-dienste/maengelmelder/"),
        ("/de/leistungen/allgemeine-anfrage/", "/de/online-dienste/kontakt/"),
    ],
)
def test_service_start_button_leads_to_its_form_in_both_languages(client, service_url, form_url):
    from wagtail.models import Locale

    from services.models import ServicePage

    assert f'href="{form_url}"' in client.get(service_url).content.decode()
    service = ServicePage.objects.get(url_path__endswith=service_url.split("/")[-2] + "/", locale__language_code="de")
    english = service.get_translation(Locale.objects.get(language_code="en")).specific
    english_html = client.get(english.url).content.decode()
    start = english_html.split('class="button button--start" href="', 1)[1].split('"', 1)[0]
    assert start.startswith("/en/online-services/")
    assert client.get(start).status_code == 200
