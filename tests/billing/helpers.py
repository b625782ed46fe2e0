"""Booking an express pickup and paying for it the way a citizen's browser does: the form and our
pages through the Django test client, the provider's pages over real HTTP at the simulator."""

from urllib.parse import parse_qs, urlsplit

import requests

from billing.links import pay_url
from bookings import calendar
from onlineforms.models import Submission
from tests.onlineforms.helpers import address, form_page, post


def pickup_data(choice, **extra):
    return {
        "termin": choice,
        "name": "Erika Mustermann",
        **address("adresse"),
        "gegenstaende": "1 Sofa, 2 Stühle",
        "email": "erika@example.org",
        "einwilligung": "on",
        **extra,
    }


def book_express(client, language="de"):
    """Submit the demo's pickup form for the first free express date; the stored submission."""
    page = form_page("sperrmuell-buchen" if language == "de" else "book-bulky-waste-pickup", language)
    day = calendar.free_days("express")[0]
    response = post(client, page, pickup_data(day.value))
    assert response.status_code == 302, response.content.decode()[:2000]
    return Submission.objects.latest("submit_time"), response


def start_payment(client, submission, **extra):
    """Press "Pay" on the pay page: the redirect to the provider (its URL) and the parameters."""
    response = client.post(pay_url(submission), {"variant": "pmpayment", **extra})
    assert response.status_code == 302, response.content.decode()[:2000]
    location = response["Location"]
    return location, {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def decide(location, params, decision):
    """Open the provider's page and press Pay or Cancel there; returns the return address it sends the browser to."""
    page = requests.get(location, timeout=10)
    assert page.status_code == 200, page.text
    base = f"{urlsplit(location).scheme}://{urlsplit(location).netloc}"
    answer = requests.post(
        f"{base}/payment/decide", data={"txid": params["txid"], "decision": decision}, allow_redirects=False, timeout=30
    )
    assert answer.status_code == 303, answer.text
    return answer.headers["Location"]


def ledger(simulator):
    return requests.get(f"{simulator.url}/_ledger", timeout=5).json()
