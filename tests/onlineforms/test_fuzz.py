"""Every field type fuzzed with hypothesis: whatever arrives, the answer is a confirmation or a
form error in the visitor's language, never a server error."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.onlineforms.helpers import de, form_page, started

pytestmark = pytest.mark.django_db

junk = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "",
            " ",
            "0",
            "-1",
            "99999",
            "2026-02-30",
            "31.12.9999",
            "12345",
            "a@b",
            "x|standard",
            "2026-11-26|express",
            "9999-01-01|standard",
            "on",
            "\x00",
            "<script>alert(1)</script>",
        ]
    ),
)
FUZZ = settings(
    max_examples=12,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Every field type of the demo forms: pickup, singleline, address, multiline, email, consent
# (Sperrmüll); date, radio (Hund); dropdown (Kontakt); upload (Mängelmelder).
FORMS = [
    (
        "de",
        "sperrmuell-buchen",
        ["termin", "name", "adresse_0", "adresse_1", "adresse_2", "gegenstaende", "email", "telefon", "einwilligung"],
    ),
    (
        "en",
        "register-dog",
        [
            "name",
            "adresse_0",
            "adresse_1",
            "adresse_2",
            "email",
            "hundename",
            "rasse",
            "seit",
            "anzahl",
            "einwilligung",
        ],
    ),
    ("de", "kontakt", ["name", "email", "thema", "nachricht", "einwilligung"]),
    ("en", "report-a-problem", ["art", "ort", "beschreibung", "email", "einwilligung"]),
]


@pytest.mark.parametrize("language,slug,keys", FORMS)
def test_fuzzed_fields_never_crash(language, slug, keys):
    page = form_page(slug, language)

    @FUZZ
    @given(values=st.fixed_dictionaries({key: junk for key in keys}), photo=st.binary(max_size=200))
    def check(values, photo):
        from django.core.cache import cache
        from django.core.files.uploadedfile import SimpleUploadedFile

        cache.clear()
        data = {**values, "_started": started(page)}
        if slug == "report-a-problem":
            data["foto"] = SimpleUploadedFile("photo.jpg", photo, content_type="image/jpeg")
        response = Client().post(page.url, data)
        assert response.status_code in (302, 400), response.status_code
        if response.status_code == 400:
            heading = "Please correct the following"
            assert (heading if language == "en" else de(heading)) in response.content.decode()

    check()
