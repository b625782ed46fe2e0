"""One date, time and money format per language (cms/formats/, core/formats.py): English pages never
show a German "3. December" or an American "12/02/2026", German pages never an English date."""

import datetime
import re
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import formats, translation

from core.formats import long_date, money
from services.models import ServicePage

DAY = datetime.date(2026, 12, 3)
MOMENT = datetime.datetime(2026, 12, 3, 14, 30)

GERMAN_MONTHS = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
ENGLISH_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


@pytest.mark.parametrize(
    "language, expected",
    [
        (
            "de",
            {
                "DATE_FORMAT": "3. Dezember 2026",
                "SHORT_DATE_FORMAT": "03.12.2026",
                "MONTH_DAY_FORMAT": "3. Dezember",
                "YEAR_MONTH_FORMAT": "Dezember 2026",
                "SHORT_DATETIME_FORMAT": "03.12.2026, 14:30",
                "TIME_FORMAT": "14:30",
                "long_date": "Donnerstag, 3. Dezember 2026",
                "money": "1.234,50\xa0€",
            },
        ),
        (
            "en",
            {
                "DATE_FORMAT": "3 December 2026",
                "SHORT_DATE_FORMAT": "3 Dec 2026",
                "MONTH_DAY_FORMAT": "3 December",
                "YEAR_MONTH_FORMAT": "December 2026",
                "SHORT_DATETIME_FORMAT": "3 Dec 2026, 14:30",
                "TIME_FORMAT": "14:30",
                "long_date": "Thursday, 3 December 2026",
                "money": "€1,234.50",
            },
        ),
    ],
)
def test_one_format_per_language(language, expected):
    with translation.override(language):
        for name in ("DATE_FORMAT", "SHORT_DATE_FORMAT", "MONTH_DAY_FORMAT", "YEAR_MONTH_FORMAT"):
            assert formats.date_format(DAY, name) == expected[name], name
        assert formats.date_format(MOMENT, "SHORT_DATETIME_FORMAT") == expected["SHORT_DATETIME_FORMAT"]
        assert formats.time_format(MOMENT, "TIME_FORMAT") == expected["TIME_FORMAT"]
        assert long_date(DAY) == expected["long_date"]
        assert money(Decimal("1234.5")) == expected["money"]
        rendered = Template("{% load core_tags %}{{ day|long_date }} {{ amount|money }}").render(
            Context({"day": DAY, "amount": Decimal("1234.5")})
        )
        assert rendered == f"{expected['long_date']} {expected['money']}"


def dates_shown(html):
    """The text of every <time> element and of the fee."""
    found = re.findall(r"<time[^>]*>([^<]+)</time>", html)
    found += re.findall(r'<p class="fee">([^<]+)</p>', html)
    return found


@pytest.mark.django_db
def test_service_pages_show_their_language_formats_only(client, town):
    german = ServicePage.objects.get(pk=town.service("personalausweis").pk)
    german.last_reviewed = DAY
    german.fee_amount = Decimal("1234.50")
    german.status = "restricted"
    german.status_reason = "Nur mit Termin."
    german.status_until = DAY + datetime.timedelta(days=365 * 5)
    german.save_revision().publish()

    english_page = client.get(town.service("personalausweis", "en").url).content.decode()
    shown = dates_shown(english_page)
    assert "3 December 2026" in shown and "€1,234.50" in shown
    assert re.search(rf"\(until \d{{1,2}} ({ENGLISH_MONTHS}) \d{{4}}\)", english_page)
    for text in shown:
        assert not re.search(r"\d\.\s|\d{1,2}/\d{1,2}/\d{4}|a\.m\.|p\.m\.|EUR|" + GERMAN_MONTHS, text), text

    german_page = client.get(german.url).content.decode()
    shown = dates_shown(german_page)
    assert "3. Dezember 2026" in shown and "1.234,50\xa0€" in shown
    assert re.search(rf"\(bis \d{{1,2}}\. ({GERMAN_MONTHS}) \d{{4}}\)", german_page)
    for text in shown:
        assert not re.search(r"/|" + ENGLISH_MONTHS.replace("April|", "").replace("August|", ""), text), text
