"""Two (or more) citizens race for the last slot: exactly one wins, guaranteed by the database.

Runs real HTTP requests through Django's test client from parallel threads, each with its own
PostgreSQL connection and transaction. The threads commit, so the test cleans up after itself."""

import pytest
from django.db import connection

from bookings import calendar
from bookings.models import Booking, PickupSettings
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


def test_parallel_requests_for_the_last_slot_one_wins():
    from django.test import Client

    page = form_page("sperrmuell-buchen", "de")
    url = page.url

    def prepare():
        settings = PickupSettings.load()
        old = settings.express_capacity
        PickupSettings.objects.filter(pk=settings.pk).update(express_capacity=1)
        return old, calendar.free_days("express")[0].value

    old_capacity, choice = in_thread(prepare)
    def citizen(n):
        client = Client(REMOTE_ADDR=f"10.0.0.{n}")
        data = {
            "termin": choice,
            "name": f"Racer {n}",
            **address("adresse", street=f"Lindenallee {n + 1}"),  # six households: a race for the slot, not the limit
            "gegenstaende": "Sofa",
            "email": f"racer{n}@example.org",
            "einwilligung": "on",
            "_started": started(page),
        }
        return client.post(url, data).status_code

    statuses = run_together(citizen, 6)

    def outcome_and_cleanup():
        day_text, kind = choice.split("|")
        won = list(
            Booking.objects.filter(
                date=day_text, kind=kind, status__in=["reserved", "booked"], name__startswith="Racer"
            )
        )
        from onlineforms.models import Submission

        stored = Submission.objects.filter(citizen_email__startswith="racer").count()
        Booking.objects.filter(name__startswith="Racer").delete()
        Submission.objects.filter(citizen_email__startswith="racer").delete()
        PickupSettings.objects.update(express_capacity=old_capacity)
        return won, stored

    won, stored = in_thread(outcome_and_cleanup)
    assert sorted(statuses) == [302] + [400] * 5
    assert len(won) == 1 and won[0].slot == 1
    assert stored == 1  # the losers' submissions were rolled back with their booking attempt
