"""Security issue 9, finding 12 (the online forms part): replayed time-trap tokens, line breaks in
single-line answers, non-ASCII digits, oversized uploads refused from the Content-Length, and a
DATA_UPLOAD_MAX_NUMBER_FIELDS that still lets the largest admin edit form through."""

import json

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, modify_settings
from wagtail.blocks import ListBlock, StreamBlock, StructBlock
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html

from onlineforms import abuse
from onlineforms.models import FormPage, Submission, SubmissionFile
from tests.onlineforms.helpers import address, de, form_page, started
from tests.onlineforms.test_submissions import CONTACT_DE as CONTACT

pytestmark = pytest.mark.django_db

DOG = {
    "name": "Max Muster",
    **address("adresse"),
    "email": "max@example.org",
    "hundename": "Bello",
    "rasse": "Dackel",
    "seit": "2026-01-10",
    "anzahl": "1",
    "einwilligung": "on",
}
REPLAY = "This form has already been sent with these details. Please check your answers and send it again."
TIME_TRAP = "Please check your answers and send the form again."
LINE_BREAK = "Please enter this on one line, without line breaks."


# --- time-trap token: bound to the form, used once ------------------------------------------


def test_a_replayed_token_is_refused_and_the_answers_stay(client):
    page = form_page("kontakt", "de")
    token = started(page)
    assert client.post(page.url, {**CONTACT, abuse.STARTED_FIELD: token}).status_code == 302
    response = client.post(page.url, {**CONTACT, "email": "zweit@example.org", abuse.STARTED_FIELD: token})
    assert response.status_code == 400
    html = response.content.decode()
    assert de(REPLAY) in html
    assert 'value="Erika Mustermann"' in html and "Wann kommt die Tonne?" in html
    assert token not in html  # a fresh token for the next try
    assert not Submission.objects.filter(citizen_email="zweit@example.org").exists()


def test_a_replayed_token_is_explained_in_english(client):
    page = form_page("contact", "en")
    token = started(page)
    data = {**CONTACT, "thema": "Waste", abuse.STARTED_FIELD: token}
    assert client.post(page.url, data).status_code == 302
    response = client.post(page.url, data)
    assert response.status_code == 400 and REPLAY in response.content.decode()


def test_a_token_of_another_form_is_refused(client):
    dog_token = started(form_page("hund-anmelden", "de"))
    page = form_page("kontakt", "de")
    response = client.post(page.url, {**CONTACT, abuse.STARTED_FIELD: dog_token})
    assert response.status_code == 400 and de(TIME_TRAP) in response.content.decode()
    assert 'value="Erika Mustermann"' in response.content.decode()
    assert not Submission.objects.filter(citizen_email="erika@example.org").exists()


def test_the_german_token_serves_the_english_page_of_the_same_form(client):
    token = started(form_page("kontakt", "de"))
    response = client.post(form_page("contact", "en").url, {**CONTACT, "thema": "Waste", abuse.STARTED_FIELD: token})
    assert response.status_code == 302


def test_a_form_with_errors_keeps_its_token_for_the_corrected_answers(client):
    page = form_page("kontakt", "de")
    token = started(page)
    response = client.post(page.url, {**CONTACT, "email": "keine-adresse", abuse.STARTED_FIELD: token})
    assert response.status_code == 400 and token in response.content.decode()
    assert client.post(page.url, {**CONTACT, abuse.STARTED_FIELD: token}).status_code == 302


# --- line breaks and digits ------------------------------------------------------------------


@pytest.mark.parametrize("value", ["Erika\nMustermann", "Erika\r\nBcc: x@example.org", "Erika\u2028Mustermann"])
def test_line_breaks_in_single_line_fields_are_refused(client, value):
    page = form_page("kontakt", "de")
    response = client.post(page.url, {**CONTACT, "name": value, abuse.STARTED_FIELD: started(page)})
    assert response.status_code == 400 and de(LINE_BREAK) in response.content.decode()
    assert not Submission.objects.filter(citizen_email="erika@example.org").exists()


def test_line_breaks_in_the_street_are_refused(client):
    page = form_page("hund-anmelden", "de")
    data = {**DOG, "adresse_0": "Weg 1\nTo: x@example.org", abuse.STARTED_FIELD: started(page)}
    response = client.post(page.url, data)
    assert response.status_code == 400 and de(LINE_BREAK) in response.content.decode()


@pytest.mark.parametrize("postcode", ["4599²", "٤٥٩٩٩", "４５９９９", "4599\u0666"])
def test_postcodes_take_ascii_digits_only(client, postcode):
    page = form_page("hund-anmelden", "de")
    response = client.post(page.url, {**DOG, "adresse_1": postcode, abuse.STARTED_FIELD: started(page)})
    assert response.status_code == 400
    assert de("A German postcode has exactly five digits, e.g. 45999.") in response.content.decode()
    assert not Submission.objects.filter(citizen_email="max@example.org").exists()


@pytest.mark.parametrize("day", ["٢٠٢٦-٠١-١٠", "２０２６-01-10", "10.01.２０２６", "1².01.2026", "10.0١.2026"])
def test_dates_take_ascii_digits_only(client, day):
    page = form_page("hund-anmelden", "de")
    response = client.post(page.url, {**DOG, "seit": day, abuse.STARTED_FIELD: started(page)})
    assert response.status_code == 400
    assert de("Enter a date, e.g. 25.11.2026.") in response.content.decode()
    assert not Submission.objects.filter(citizen_email="max@example.org").exists()


# --- oversized uploads -----------------------------------------------------------------------

TOO_LARGE = (
    "Your form was too large to be accepted: the files together may be at most %(limit)s MB. "
    "Please choose smaller files and fill in the form again."
)
BOUNDARY = "BoUnDaRy"


def small_multipart(page):
    """A real, small multipart body; the request announces more than it carries. Whoever reads the
    body trips over the test client's FakePayload ("Cannot read more than the available bytes")."""
    parts = [("art", "Beleuchtung"), (abuse.STARTED_FIELD, started(page))]
    body = "".join(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in parts)
    return (body + f"--{BOUNDARY}--\r\n").encode()


def announce_too_much(client, page, **extra):
    page.max_upload_mb = 1
    page.save(update_fields=["max_upload_mb"])
    announced = 1 * 1024 * 1024 + 1024 * 1024 + 1  # one upload field of 1 MB plus the margin, plus one byte
    return client.generic(
        "POST",
        page.url,
        small_multipart(page),
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
        CONTENT_LENGTH=str(announced),
        **extra,
    )


def test_an_oversized_upload_is_refused_from_the_content_length(client):
    page = form_page("maengelmelder", "de")
    files = SubmissionFile.objects.count()
    response = announce_too_much(client, page)
    assert response.status_code == 413
    assert de(TOO_LARGE, limit=1) in response.content.decode()
    assert 'name="beschreibung"' in response.content.decode()  # the form, shown again
    assert SubmissionFile.objects.count() == files and not Submission.objects.filter(form_data__art="Beleuchtung")


def test_an_oversized_upload_is_refused_in_english(client):
    response = announce_too_much(client, form_page("report-a-problem", "en"))
    assert response.status_code == 413 and TOO_LARGE % {"limit": 1} in response.content.decode()


def test_an_upload_within_the_limit_is_still_accepted(client):
    page = form_page("maengelmelder", "de")
    page.max_upload_mb = 1
    page.save(update_fields=["max_upload_mb"])
    photo = SimpleUploadedFile("laterne.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * (1024 * 1024 - 100), "image/png")
    data = {"art": "Beleuchtung", "ort": "Weg 1", "beschreibung": "aus", "einwilligung": "on", "foto": photo}
    assert client.post(page.url, {**data, abuse.STARTED_FIELD: started(page)}).status_code == 302


def csrf_client(page):
    client = Client(enforce_csrf_checks=True)
    client.get(page.url)
    return client, client.cookies["csrftoken"].value


@modify_settings(MIDDLEWARE={"prepend": "onlineforms.middleware.FormUploadLimitMiddleware"})
def test_the_middleware_refuses_before_the_csrf_check_reads_the_body():
    page = form_page("maengelmelder", "de")
    client, token = csrf_client(page)
    response = announce_too_much(client, page, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 413 and de(TOO_LARGE, limit=1) in response.content.decode()


def test_the_upload_limit_middleware_is_installed_before_the_csrf_check():
    """Without it, Django's CSRF check reads (and spools to disk) the whole body before the view."""
    middleware = list(settings.MIDDLEWARE)
    assert "onlineforms.middleware.FormUploadLimitMiddleware" in middleware, (
        "add onlineforms.middleware.FormUploadLimitMiddleware to MIDDLEWARE, after LocaleMiddleware "
        "and before CsrfViewMiddleware"
    )
    assert middleware.index("onlineforms.middleware.FormUploadLimitMiddleware") < middleware.index(
        "django.middleware.csrf.CsrfViewMiddleware"
    )


# --- DATA_UPLOAD_MAX_NUMBER_FIELDS -----------------------------------------------------------


def block_data(block, state, prefix, data):
    """The fields Wagtail's editor (JavaScript) posts for a block with this form state."""
    if isinstance(block, StreamBlock):
        data[f"{prefix}-count"] = str(len(state))
        for i, child in enumerate(state):
            data.update({f"{prefix}-{i}-deleted": "", f"{prefix}-{i}-order": str(i)})
            data.update({f"{prefix}-{i}-type": child["type"], f"{prefix}-{i}-id": child.get("id") or ""})
            block_data(block.child_blocks[child["type"]], child["value"], f"{prefix}-{i}-value", data)
    elif isinstance(block, ListBlock):
        data[f"{prefix}-count"] = str(len(state))
        for i, child in enumerate(state):
            data.update({f"{prefix}-{i}-deleted": "", f"{prefix}-{i}-order": str(i), f"{prefix}-{i}-id": child["id"]})
            block_data(block.child_block, child["value"], f"{prefix}-{i}-value", data)
    elif isinstance(block, StructBlock):
        for name, child_block in block.child_blocks.items():
            block_data(child_block, state.get(name), f"{prefix}-{name}", data)
    elif isinstance(state, list):  # multiple choices: one value each
        if state:
            data[prefix] = [str(v) for v in state]
    elif isinstance(state, dict) and "id" in state:  # choosers (pages, images, snippets)
        data[prefix] = str(state["id"])
    elif state is not None and state is not False:
        data[prefix] = "on" if state is True else state if isinstance(state, str) else json.dumps(state)
    return data


def edit_post_data(admin_client, page):
    """What the page editor posts for `page`: the server-rendered fields plus every StreamField as
    the editor's JavaScript posts it."""
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    data = querydict_from_html(html, form_id="page-edit-form", exclude_csrf=True)
    fields = {}
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(page, field.name)
            fields.update(block_data(field.stream_block, field.stream_block.get_form_state(value), field.name, {}))
    for name, value in fields.items():
        data.setlist(name, value if isinstance(value, list) else [value])
    return data


def biggest(model):
    pages = model.objects.filter(locale__language_code="de").specific()
    return max(pages, key=lambda p: len(json.dumps(p.get_latest_revision().content, default=str)))


def test_the_largest_admin_edit_forms_still_post(admin_client):
    from services.models import ServicePage

    limit = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    for page in (biggest(FormPage), biggest(ServicePage)):
        data = edit_post_data(admin_client, page)
        count = sum(len(values) for values in data.lists())
        print(f"{page.specific_class.__name__} {page.slug}: {count} fields posted")
        assert count * 2 <= limit, f"{page}: {count} fields, keep a margin of two under {limit}"
        response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
        assert response.status_code == 302, (page, count)
    assert limit <= 2000, "a bound keeps huge POSTs from costing the server"
