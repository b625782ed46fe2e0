"""The daily reconciliation export: every payment received and every refund made on one day, to be
matched line by line against the provider's settlement. Through core.exports.safe_cell, so no
cell can run as a formula (the description and the provider's transaction id come from outside)."""

import csv
import io
from datetime import datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone

from billing.models import Payment
from core.exports import safe_cell
from onlineforms.scope import form_scope

CSV_COLUMNS = ["Datum", "Aktenzeichen", "Anbieter", "Transaktions-ID", "Betrag EUR", "Status"]


def payments_for_user(user, queryset=None):
    """The payments staff may see: those of submissions in their form scope (onlineforms/scope.py);
    payments whose submission is gone only for staff who see every form."""
    queryset = Payment.objects.all() if queryset is None else queryset
    scope = form_scope(user)
    if scope.everything:
        return queryset
    return queryset.filter(submission__in=scope.submissions())


def day_bounds(day):
    start = timezone.make_aware(datetime.combine(day, time.min))
    return start, start + timedelta(days=1)


def day_rows(day, payments=None):
    """[(when, reference, variant, transaction id, amount, state)] of `day`: a positive row per
    payment received, a negative one per refund, in time order."""
    start, end = day_bounds(day)
    payments = (
        (Payment.objects.all() if payments is None else payments)
        .filter(Q(paid_at__gte=start, paid_at__lt=end) | Q(refunded_at__gte=start, refunded_at__lt=end))
        .order_by("paid_at")
    )
    rows = []
    for p in payments:
        if p.paid_at and start <= p.paid_at < end:
            rows.append((p.paid_at, p.reference, p.variant, p.transaction_id, p.total, "bezahlt"))
        if p.refunded_at and start <= p.refunded_at < end:
            rows.append((p.refunded_at, p.reference, p.variant, p.transaction_id, -p.refunded_amount, "erstattet"))
    return sorted(rows, key=lambda row: row[0])


def reconciliation_csv(day, payments=None):
    """Semicolon-separated with BOM (German Excel opens it as it is); amounts with a decimal comma."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";")
    writer.writerow(CSV_COLUMNS)
    for when, reference, variant, transaction_id, amount, state in day_rows(day, payments):
        writer.writerow(
            [
                timezone.localtime(when).strftime("%d.%m.%Y %H:%M"),
                safe_cell(reference),
                safe_cell(variant),
                safe_cell(transaction_id),
                f"{amount:.2f}".replace(".", ","),
                state,
            ]
        )
    return out.getvalue()
