"""Staff side: every payment (read-only, with filters) and the daily reconciliation export. Both
need the permission "Can view payment" (billing.view_payment) and show only the payments of forms in
the user's form scope (onlineforms/scope.py); staff who see every form see all."""

from datetime import date
from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from billing import staff
from billing.exports import day_rows, payments_for_user, reconciliation_csv
from billing.models import Payment
from core.exports import SafeSpreadsheetExportMixin
from core.formats import money

VIEW_PERMISSION = staff.VIEW_PERMISSION


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Payments change only through their provider: nobody adds, edits or deletes one in the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [a for a in actions if a not in ("add", "change", "delete")]
        return super().users_with_any_permission(actions) if actions else self.model._default_manager.none()


register_permission_policy(Payment, ReadOnlyPolicy(Payment))


class PaymentIndexView(SafeSpreadsheetExportMixin, IndexView):
    """Only the payments of forms in the user's scope (and so its CSV/XLSX export)."""

    def get_base_queryset(self):
        return payments_for_user(self.request.user, super().get_base_queryset())


class PaymentInspectView(InspectView):
    """A payment outside the user's form scope is not found (404). Staff who may refund see a
    "Refund" button on a confirmed payment (billing/staff.py)."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not payments_for_user(self.request.user).filter(pk=obj.pk).exists():
            raise Http404
        return obj

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if staff.may_refund(self.request.user, self.object):
            buttons.append(
                HeaderButton(_("Refund"), url=reverse("billing_refund", args=[self.object.pk]), icon_name="undo")
            )
        return buttons


class PaymentViewSet(ModelViewSet):
    model = Payment
    index_view_class = PaymentIndexView
    inspect_view_class = PaymentInspectView
    icon = "form"
    menu_label = _("All payments")
    url_namespace = "billing_payment"
    url_prefix = "billing/payments"
    list_display = ["reference", "total", "variant", "status", "created", "paid_at", "transaction_id"]
    list_filter = ["status", "variant", "created", "paid_at"]
    list_export = ["created", "reference", "variant", "transaction_id", "total", "refunded_amount", "status", "paid_at"]
    export_filename = "zahlungen"
    search_fields = ["reference", "transaction_id"]
    form_fields = ["message"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "reference",
        "submission",
        "description",
        "total",
        "currency",
        "variant",
        "status",
        "message",
        "transaction_id",
        "created",
        "paid_at",
        "refunded_at",
        "refunded_amount",
    ]

    def get_index_view_kwargs(self, **kwargs):
        return {**super().get_index_view_kwargs(**kwargs), "add_url_name": None}


def chosen_day(request):
    text = request.GET.get("date", "")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        day = None
    if day is not None and date(2000, 1, 1) <= day <= date(2100, 12, 31):
        return day
    if text:
        messages.warning(request, _("Please enter a valid day. Showing today instead."))
    return timezone.localdate()


def reconciliation(request):
    """One day's payments and refunds, on screen and as CSV for matching with the provider's settlement."""
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    day = chosen_day(request)
    payments = payments_for_user(request.user)
    if request.GET.get("format") == "csv":
        response = HttpResponse(reconciliation_csv(day, payments), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="zahlungen-{day.isoformat()}.csv"'
        return response
    rows = day_rows(day, payments)
    return render(
        request,
        "billing/admin/reconciliation.html",
        {"day": day, "rows": rows, "total": sum(r[4] for r in rows), "header_title": _("Daily reconciliation")},
    )


class PaymentGroup(ViewSetGroup):
    menu_label = _("Payments")
    menu_icon = "form"
    menu_order = 270
    items = (PaymentViewSet,)

    def get_submenu_items(self):
        daily = MenuItem(_("Daily reconciliation"), reverse("billing_reconciliation"), icon_name="download", order=0)
        return [daily, *super().get_submenu_items()]


@hooks.register("register_admin_viewset")
def register_payment_group():
    return PaymentGroup()


@hooks.register("register_admin_urls")
def register_reconciliation_url():
    return [
        path("billing/reconciliation/", reconciliation, name="billing_reconciliation"),
        path("billing/payments/<int:pk>/refund/", staff.refund, name="billing_refund"),
    ]


@hooks.register("register_log_actions")
def register_refund_log_action(actions):
    @actions.register_action(staff.LOG_ACTION)
    class RefundLogFormatter(LogFormatter):
        label = _("Refund")

        def format_message(self, log_entry):
            amount = log_entry.data.get("amount", "")
            return _("Refunded %(amount)s: %(reason)s") % {
                "amount": money(Decimal(amount)) if amount else "",
                "reason": log_entry.data.get("reason", ""),
            }
