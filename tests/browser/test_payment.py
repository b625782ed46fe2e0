"""A citizen books an express bulky-waste pickup in German and pays its 35 € online, with the
keyboard alone: the form, the pay link on the confirmation, the pay page, the provider's page (the
pmPayment simulator, its notification going to the site server to server), and back to "Zahlung
eingegangen". Our pages on the way are axe-core clean; the simulator's page is the provider's."""

import re
import time

import pytest
import requests

from tests.browser.conftest import assert_accessible, new_page
from tests.browser.test_forms import send_pickup_form, site_with_forms, tab_to  # noqa: F401 (the fixture)

pytestmark = pytest.mark.browser


def test_an_express_pickup_is_paid_online_by_keyboard(browser, site_with_forms, payment_simulator):  # noqa: F811
    page = new_page(browser, site_with_forms, "de-DE")
    try:
        page.goto("/de/online-dienste/sperrmuell-buchen/")
        assert_accessible(page)
        shown = time.monotonic()

        tab_to(page, "select[name='termin']")
        for _ in range(40):  # down the list to the first express date
            page.keyboard.press("ArrowDown")
            if page.eval_on_selector("select[name='termin']", "e => e.value").endswith("|express"):
                break
        else:
            raise AssertionError("no free express date in the demo calendar")
        send_pickup_form(page, shown, "Erika Mustermann", "1 Sofa, 1 Schrank", "erika@example.org")

        page.wait_for_url(re.compile(r"[?&]sent="))
        reference = page.locator(".online-form__reference").inner_text()
        assert reference.startswith("SP-")
        assert "35,00" in page.locator("main").inner_text()
        assert_accessible(page)

        tab_to(page, "a[href*='/bezahlen/']")
        page.keyboard.press("Enter")
        page.wait_for_url("**/de/bezahlen/**")
        main = page.locator("main").inner_text()
        assert "35,00" in main and reference in main
        assert_accessible(page)
        tab_to(page, "main form button[type='submit']")
        page.keyboard.press("Enter")

        page.wait_for_url(f"{payment_simulator.url}/payment/secure**")
        assert "35,00 EUR" in page.locator("main").inner_text()  # the server's amount reached the provider
        tab_to(page, "button[value='pay']")
        page.keyboard.press("Enter")

        page.wait_for_url("**/de/bezahlen/zurueck/**")
        assert page.locator("main .notice__title").inner_text() == "Zahlung eingegangen"
        assert reference in page.locator("main").inner_text()
        assert_accessible(page)

        ledger = requests.get(f"{payment_simulator.url}/_ledger", timeout=5).json()
        paid = [entry for entry in ledger.values() if entry["request"]["desc"].startswith(reference)]
        assert len(paid) == 1 and paid[0]["status"] == "paid" and paid[0]["notify_status"] == 200
        assert paid[0]["request"]["amount"] == "3500"
    finally:
        page.context.close()
