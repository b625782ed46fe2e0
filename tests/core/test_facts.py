"""Facts follow the source (core/facts.py): a status, date or other synchronised field changed on the
German page or snippet reaches the English one on publish; texts stay the translator's."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from cms.models import Alert
from services.models import Office, ServicePage
from tests.factories.cms import AlertFactory
from tests.factories.translation import translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("town")]


def suspend(service, reason="Wegen Umbau geschlossen."):
    service = ServicePage.objects.get(pk=service.pk)
    service.status = "suspended"
    service.status_reason = reason
    service.status_from = timezone.localdate() - datetime.timedelta(days=1)
    service.status_until = timezone.localdate() + datetime.timedelta(days=30)
    service.save_revision().publish()
    return service


def test_status_reaches_english_service_lebenslage_and_home_pages(client, town):
    german = town.service("wohnsitz")
    english_url = town.service("wohnsitz", "en").url
    assert "currently suspended" not in client.get(english_url).content.decode()

    german = suspend(german)

    english = ServicePage.objects.get(pk=town.service("wohnsitz", "en").pk)
    assert (english.status, english.status_from, english.status_until) == (
        "suspended",
        german.status_from,
        german.status_until,
    )
    assert english.title == "Registering your address"  # texts stay translated
    page = client.get(english_url).content.decode()
    assert "This service is currently suspended" in page
    # The reason is not translated yet: it shows in German, marked as German.
    assert '<p lang="de">Wegen Umbau geschlossen.</p>' in page

    lebenslage = client.get(town.lebenslage("umzug", "en").url).content.decode()
    assert "Currently suspended" in lebenslage
    home = client.get("/en/").content.decode()
    assert "Current service changes" in home
    assert f'<a href="{english_url}">Registering your address</a>: <span lang="de">Wegen Umbau geschlossen.</span>' in home
    assert "Wegen Umbau geschlossen." in client.get(german.url).content.decode()


def test_translated_reason_shows_without_language_mark(client, town):
    suspend(town.service("hund"), reason="Das System wird gewartet.")
    translate(ServicePage.objects.get(pk=town.service("hund").pk), {"Das System wird gewartet.": "The system is being serviced."})
    page = client.get(town.service("hund", "en").url).content.decode()
    assert "<p>The system is being serviced.</p>" in page
    assert 'lang="de"' not in page.split('id="service-status"')[1].split("</div>")[0]


def test_a_translators_draft_keeps_its_text_and_gets_the_facts(town):
    english = ServicePage.objects.get(pk=town.service("gewerbe", "en").pk)
    english.teaser = "A draft teaser by the translator."
    english.save_revision()  # unpublished draft

    suspend(town.service("gewerbe"))

    english = ServicePage.objects.get(pk=english.pk)
    assert english.status == "suspended"  # live
    assert english.teaser != "A draft teaser by the translator."
    draft = english.get_latest_revision_as_object()
    assert draft.teaser == "A draft teaser by the translator."
    assert draft.status == "suspended"
    assert english.has_unpublished_changes


def test_publishing_a_translation_never_pushes_its_facts_back(town):
    english = ServicePage.objects.get(pk=town.service("fundsachen", "en").pk)
    english.fee_amount = 99
    english.save_revision().publish()
    assert ServicePage.objects.get(pk=town.service("fundsachen").pk).fee_amount != 99


def test_a_later_publish_from_the_translation_editor_keeps_the_new_facts(town):
    german = suspend(town.service("personalausweis"))
    # The translator publishes again through wagtail-localize (from its refreshed source).
    english = translate(ServicePage.objects.get(pk=german.pk), {})
    assert english.status == "suspended"


def test_snippet_facts_follow_the_source(town):
    german = Office.objects.get(pk=town.office.pk)
    german.phone = "+49 1234 5678-999"
    german.save()
    english = german.get_translation(german.get_translations().first().locale)
    assert english.phone == "+49 1234 5678-999"
    assert english.name == "Citizens' Office"


def test_alert_dates_follow_the_source(town):
    alert = AlertFactory(title="Sturmwarnung", severity="critical")
    english = translate(alert, {"Sturmwarnung": "Storm warning"})
    end = timezone.now() + datetime.timedelta(hours=3)
    alert.ends_at = end
    alert.severity = "warning"
    alert.save()
    english = Alert.objects.get(pk=english.pk)
    assert english.ends_at == end and english.severity == "warning"
    assert english.title == "Storm warning"


def test_a_german_edit_of_texts_alone_leaves_the_english_page_as_it_is(town):
    english = ServicePage.objects.get(pk=town.service("fundsachen", "en").pk)
    revisions, published_at = english.revisions.count(), english.last_published_at
    german = ServicePage.objects.get(pk=town.service("fundsachen").pk)
    german.teaser = "Ein neuer Anreißer."
    german.save_revision().publish()
    english = ServicePage.objects.get(pk=english.pk)
    assert (english.revisions.count(), english.last_published_at) == (revisions, published_at)


def test_the_german_source_must_give_its_own_status_reason(town):
    suspend(town.service("gewerbe"))
    translate(ServicePage.objects.get(pk=town.service("gewerbe").pk), {"Wegen Umbau geschlossen.": "Closed for works."})
    german = ServicePage.objects.get(pk=town.service("gewerbe").pk)
    german.status_reason = ""
    with pytest.raises(ValidationError) as refused:
        german.full_clean()
    assert "status_reason" in refused.value.error_dict
