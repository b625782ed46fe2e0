"""The staff side of payments: the list, the inspect view and the daily reconciliation export need
"Can view payment"; the export lists the day's payments and refunds, formula-safe."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from payments import PaymentStatus

from billing.exports import reconciliation_csv
from billing.models import Payment
from onlineforms.models import Submission
from tests.onlineforms.helpers import form_page

pytestmark = pytest.mark.django_db


def staff(django_user_model, *codenames):
    user = django_user_model.objects.create_user(f"staff-{len(codenames)}", "staff@stadt.example", "pw-staff-12345")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in codenames:
        user.user_permissions.add(Permission.objects.get(content_type__app_label="billing", codename=codename))
    return user


def paid(reference="SP-2026-000042", transaction_id="PMP-1", **fields):
    fields.setdefault("paid_at", timezone.now())
    return Payment.objects.create(
        variant="pmpayment",
        reference=reference,
        currency="EUR",
        total=Decimal("35.00"),
        captured_amount=Decimal("35.00"),
        status=PaymentStatus.CONFIRMED,
        transaction_id=transaction_id,
        **fields,
    )


def test_staff_without_the_permission_get_neither_list_nor_export(client, django_user_model):
    paid()
    client.force_login(staff(django_user_model))
    export = client.get(reverse("billing_reconciliation") + "?format=csv")
    # Wagtail's admin answers a PermissionDenied with a redirect to the dashboard and its message.
    assert export.status_code in (302, 403) and b"SP-2026-000042" not in export.content
    assert export.get("Content-Type", "").startswith("text/html")
    listing = client.get(reverse("billing_payment:index"))
    assert listing.status_code in (302, 403) and b"SP-2026-000042" not in listing.content


def test_anonymous_visitors_are_sent_to_the_login(client):
    paid()
    response = client.get(reverse("billing_reconciliation") + "?format=csv")
    assert response.status_code == 302 and "login" in response["Location"]


def test_staff_see_only_the_payments_of_forms_in_their_scope(client, django_user_model):
    page = form_page("sperrmuell-buchen")
    submission = Submission.objects.create(
        page=page, form_data={}, reference="SP-2026-000099", form_key=page.translation_key
    )
    payment = paid(reference=submission.reference, submission=submission)
    client.force_login(staff(django_user_model, "view_payment"))  # no submissions of any form
    assert b"SP-2026-000099" not in client.get(reverse("billing_payment:index")).content
    assert client.get(reverse("billing_payment:inspect", args=[payment.pk])).status_code == 404
    export = client.get(reverse("billing_reconciliation") + "?format=csv")
    assert export.status_code == 200 and b"SP-2026-000099" not in export.content


def test_staff_who_see_every_form_see_payments_and_the_daily_export(client, django_user_model):
    payment = paid()
    client.force_login(django_user_model.objects.create_superuser("kasse", "kasse@stadt.example", "pw-kasse-12345"))
    listing = client.get(reverse("billing_payment:index") + "?status=confirmed")
    assert listing.status_code == 200 and b"SP-2026-000042" in listing.content
    assert client.get(reverse("billing_payment:inspect", args=[payment.pk])).status_code == 200
    # Read-only: no add or edit, even with the permission.
    assert client.get(reverse("billing_payment:edit", args=[payment.pk])).status_code in (302, 403)
    day = timezone.localdate().isoformat()
    export = client.get(reverse("billing_reconciliation") + f"?date={day}&format=csv")
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")
    lines = export.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "Datum;Aktenzeichen;Anbieter;Transaktions-ID;Betrag EUR;Status"
    assert lines[1].endswith(";SP-2026-000042;pmpayment;PMP-1;35,00;bezahlt")
    page = client.get(reverse("billing_reconciliation") + "?date=not-a-day")
    assert page.status_code == 200


def test_export_lists_refunds_and_keeps_formulas_out():
    payment = paid(transaction_id='=HYPERLINK("http://evil.example")')
    Payment.objects.filter(pk=payment.pk).update(
        status=PaymentStatus.REFUNDED, refunded_amount=Decimal("35.00"), refunded_at=timezone.now()
    )
    paid(reference="SP-2026-000043", transaction_id="PMP-old", paid_at=timezone.now() - timedelta(days=2))
    lines = reconciliation_csv(timezone.localdate()).lstrip("\ufeff").splitlines()
    assert len(lines) == 3  # heading, payment, refund; the payment of two days ago is not in it
    assert "'=HYPERLINK" in lines[1] and ";=HYPERLINK" not in lines[1] and lines[1].endswith(";35,00;bezahlt")
    assert lines[2].endswith(";-35,00;erstattet")
