"""Staff refund a payment from its inspect view (billing/staff.py): in full or in part, through the
provider (the pmPayment simulator over real HTTP), with a reason the citizen is told by e-mail (the
real worker) and the admin's history keeps. Only staff with "Can refund payment" who see the
payment's form get the button and the page; a wrong amount or a missing reason is explained, and a
provider's refusal changes nothing."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from payments import PaymentStatus
from wagtail.models import GroupPagePermission, ModelLogEntry, Page
from wagtail.users.models import UserProfile

from billing.models import Payment
from editorial.roles import setup_roles
from tests.billing.helpers import book_express, decide, ledger, start_payment
from tests.onlineforms.helpers import de

pytestmark = pytest.mark.django_db


def cashier(django_user_model, username="kasse", refund=True, every_form=True):
    """A member of staff with the payments views (and the refund right), who sees every form's
    submissions (edit rights on the page tree, as Wagtail's form scope asks) unless told not to."""
    group = Group.objects.create(name=f"Kasse {username}")
    codenames = [("wagtailadmin", "access_admin"), ("billing", "view_payment"), ("onlineforms", "view_submission")]
    if refund:
        codenames.append(("billing", "refund_payment"))
    for app_label, codename in codenames:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    if every_form:
        GroupPagePermission.objects.create(
            group=group, page=Page.get_first_root_node(), permission=Permission.objects.get(codename="change_page")
        )
    user = django_user_model.objects.create_user(username, f"{username}@stadt.example", "pw-kasse-12345")
    user.groups.add(group)
    return user


@pytest.fixture
def paid_pickup(client, pmpayment, django_capture_on_commit_callbacks):
    """An express pickup paid at the simulator: the confirmed payment."""
    submission, _response = book_express(client)
    location, params = start_payment(client, submission)
    with django_capture_on_commit_callbacks(execute=True):
        decide(location, params, "pay")
    payment = Payment.objects.get(submission=submission)
    assert payment.status == PaymentStatus.CONFIRMED
    return payment


def refund_url(payment):
    return reverse("billing_refund", args=[payment.pk])


def test_a_cashier_refunds_part_of_a_payment_and_the_citizen_is_told(
    client, paid_pickup, pmpayment, db_worker, django_user_model, django_capture_on_commit_callbacks
):
    payment = paid_pickup
    client.force_login(cashier(django_user_model))
    inspect = client.get(reverse("billing_payment:inspect", args=[payment.pk])).content.decode()
    assert refund_url(payment) in inspect
    form = client.get(refund_url(payment))
    assert form.status_code == 200 and 'name="amount"' in form.content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            refund_url(payment), {"amount": "10,00", "reason": "Nur zwei statt drei Teile abgeholt."}
        )
    assert response.status_code == 302, response.content.decode()[:2000]

    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CONFIRMED  # a part refund keeps it confirmed
    assert payment.captured_amount == Decimal("25.00") and payment.refunded_amount == Decimal("10.00")
    assert ledger(pmpayment)[payment.token]["refunds"] == [1000]
    entry = ModelLogEntry.objects.get(action="billing.refund")
    assert entry.data == {"amount": "10.00", "reason": "Nur zwei statt drei Teile abgeholt."}
    assert entry.user.username == "kasse"

    db_worker()
    notice = [m for m in mail.outbox if m.to == ["erika@example.org"]]
    assert len(notice) == 1
    assert payment.reference in notice[0].subject and "Erstattung" in notice[0].subject
    assert "10,00" in notice[0].body and "Nur zwei statt drei Teile abgeholt." in notice[0].body

    # The rest, later: the payment is refunded in full and the button is gone.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(refund_url(payment), {"amount": "25,00", "reason": "Abholung ausgefallen."})
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REFUNDED and payment.refunded_amount == Decimal("35.00")
    assert ledger(pmpayment)[payment.token]["refunds"] == [1000, 2500]
    assert refund_url(payment) not in client.get(reverse("billing_payment:inspect", args=[payment.pk])).content.decode()
    assert client.get(refund_url(payment)).status_code == 302  # back to the payment, with a message


@pytest.mark.parametrize(
    "data, message",
    [
        ({"amount": "35,01", "reason": "Zu viel"}, "At most %(amount)s can be refunded."),
        ({"amount": "0", "reason": "Nichts"}, "The amount must be more than %(amount)s."),
        ({"amount": "-5", "reason": "Negativ"}, "The amount must be more than %(amount)s."),
        ({"amount": "zehn", "reason": "Text"}, "Please enter an amount in euros, for example 35,00."),
        ({"amount": "10,00", "reason": "   "}, "Please give a reason for the refund."),
        ({"amount": "1" * 40, "reason": "Riesig"}, "This amount is too large."),
    ],
)
def test_a_wrong_amount_or_no_reason_is_explained_and_nothing_is_refunded(
    client, paid_pickup, pmpayment, django_user_model, data, message
):
    payment = paid_pickup
    user = cashier(django_user_model)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(user)
    response = client.post(refund_url(payment), data)
    assert response.status_code == 400
    expected = de(message).split("%(amount)s")[0]
    assert expected in response.content.decode()
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CONFIRMED and payment.refunded_amount == 0
    assert ledger(pmpayment)[payment.token]["refunds"] == []


def test_a_provider_refusal_changes_nothing_and_is_explained(client, pmpayment, django_user_model):
    # A payment the simulator never saw: it refuses the refund, as the platform would.
    payment = Payment.objects.create(
        variant="pmpayment",
        reference="SP-2026-000777",
        currency="EUR",
        total=Decimal("35.00"),
        captured_amount=Decimal("35.00"),
        status=PaymentStatus.CONFIRMED,
        transaction_id="PMP-unknown",
        paid_at=timezone.now(),
    )
    client.force_login(cashier(django_user_model))
    response = client.post(refund_url(payment), {"amount": "35,00", "reason": "Doppelt gezahlt"}, follow=True)
    assert response.status_code == 200
    assert "refused the refund" in response.content.decode()
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CONFIRMED and payment.refunded_amount == 0
    assert not ModelLogEntry.objects.filter(action="billing.refund").exists()


def test_only_staff_with_the_refund_right_who_see_the_form_may_refund(
    client, paid_pickup, pmpayment, django_user_model
):
    payment = paid_pickup
    viewer = cashier(django_user_model, "nurlesen", refund=False)
    client.force_login(viewer)
    assert refund_url(payment) not in client.get(reverse("billing_payment:inspect", args=[payment.pk])).content.decode()
    for response in (
        client.get(refund_url(payment)),
        client.post(refund_url(payment), {"amount": "35", "reason": "x"}),
    ):
        assert response.status_code in (302, 403)  # Wagtail's admin turns PermissionDenied into a redirect
        assert response.status_code != 302 or "/admin/" in response["Location"]

    # May refund, but belongs to a department that owns no form: sees none of their payments.
    setup_roles(["Standesamt"])
    outsider = cashier(django_user_model, "fremd", every_form=False)
    outsider.groups.add(Group.objects.get(name="Standesamt"))
    client.force_login(outsider)
    assert client.get(refund_url(payment)).status_code == 404
    assert client.post(refund_url(payment), {"amount": "35", "reason": "x"}).status_code == 404

    client.logout()
    assert "login" in client.post(refund_url(payment), {"amount": "35", "reason": "x"})["Location"]
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CONFIRMED and ledger(pmpayment)[payment.token]["refunds"] == []
    assert not ModelLogEntry.objects.filter(action="billing.refund").exists()
