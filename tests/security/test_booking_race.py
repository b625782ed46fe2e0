"""Security issue 9, finding 3 under load: two submissions for the same household (or the same
e-mail address) at the same moment must not both get a pickup. Parallel threads, each with its own
PostgreSQL connection and transaction; they commit, so the tests clean up after themselves (see
tests/bookings/test_race.py).

Two levels: real HTTP form submissions (end to end), and calendar.book itself with the
transaction held open after booking. The second is the one that proves the household lock: today
the form's reference counter (an UPDATE on one row per year) happens to queue all submissions
anyway, so the HTTP test alone would also pass without the lock."""

import time

import pytest
from django.db import connection, transaction

from bookings import calendar
from bookings.models import Booking
from tests.concurrency import in_thread, run_together
from tests.onlineforms.helpers import address, form_page, started

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite lets only one writer in at a time, so no race can happen there",
    ),
]

ROUNDS = 3


def race(page, payloads):
    """Post every payload at the same moment from its own thread; the status codes."""
    from django.test import Client

    def citizen(n):
        client = Client(REMOTE_ADDR=f"10.7.{n}.1")
        return client.post(page.url, {**payloads[n], "_started": started(page)}).status_code

    return run_together(citizen, len(payloads))


def payload(choice, street, email, name):
    return {
        "termin": choice,
        "name": name,
        **address("adresse", street=street),
        "gegenstaende": "Sofa",
        "email": email,
        "einwilligung": "on",
    }


def outcome_and_cleanup(prefix):
    from onlineforms.models import Submission

    won = Booking.objects.filter(name__startswith=prefix, status__in=["reserved", "booked"]).count()
    stored = Submission.objects.filter(citizen_email__istartswith=prefix).count()
    Booking.objects.filter(name__startswith=prefix).delete()
    Submission.objects.filter(citizen_email__istartswith=prefix).delete()
    return won, stored


@pytest.mark.parametrize("same", ["household", "email"])
def test_parallel_submissions_for_one_household_or_email_exactly_one_wins(same):
    page = form_page("sperrmuell-buchen", "de")
    days = in_thread(lambda: [d.value for d in calendar.free_days("standard")[:2]])
    assert len(days) == 2  # two different dates: this is about the household limit, not a full day
    prefix = f"Racer{same.title()}"
    for round_ in range(ROUNDS):
        if same == "household":  # one address written two ways, two e-mail addresses
            payloads = [
                payload(days[0], "Ulmenweg 7a", f"{prefix.lower()}{round_}a@example.org", f"{prefix} A"),
                payload(days[1], "ulmenweg 7 A", f"{prefix.lower()}{round_}b@example.org", f"{prefix} B"),
            ]
        else:  # two addresses, one e-mail address
            email = f"{prefix.lower()}{round_}@example.org"
            payloads = [
                payload(days[0], "Ulmenweg 8", email, f"{prefix} A"),
                payload(days[1], "Eichenweg 9", email.upper(), f"{prefix} B"),
            ]
        statuses = race(page, payloads)
        won, stored = in_thread(lambda: outcome_and_cleanup(prefix))
        assert sorted(statuses) == [302, 400], (round_, statuses)
        assert won == 1 and stored == 1, (round_, won, stored)


@pytest.mark.parametrize("same", ["household", "email"])
def test_parallel_bookings_wait_for_the_household_lock(same):
    days = in_thread(lambda: [d.date for d in calendar.free_days("standard")[:2]])
    if same == "household":
        people = [
            ("Ulmenweg 7a, 45999 Lindenfeld", "lock-a@example.org"),
            ("ulmenweg 7 A, 45999 X", "lock-b@example.org"),
        ]
    else:
        people = [("Ulmenweg 8, 45999 Lindenfeld", "lock@example.org"), ("Eichenweg 9, 45999 X", "LOCK@example.org")]
    def citizen(n):
        address_text, email = people[n]
        try:
            with transaction.atomic():
                calendar.book(days[n], "standard", reference=f"RACE-LOCK-{n}", address=address_text, email=email)
                time.sleep(0.5)  # still uncommitted: without the lock the other one would not see it
            return "booked"
        except calendar.BookingLimitReached as error:
            return error.reason

    outcomes = run_together(citizen, 2)
    in_thread(lambda: Booking.objects.filter(reference__startswith="RACE-LOCK-").delete())
    assert sorted(outcomes) == sorted(["booked", same]), outcomes
