"""The admin's Import screen: a section from another instance (staging) onto this one, in every
language, with the dry run's plan shown before anything is written (docs/transfer.md).

wagtail-transfer's own screen (its page chooser and import view) moves one language only and does
not publish; its menu item is replaced by this one and its two addresses lead here. The same
machinery as `manage.py transfer_from` (cms/transfer_import.py). Only superusers and users with
wagtail-transfer's own permission (wagtail_transfer.wagtailtransfer_can_import) may use it."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from cms.transfer_import import TransferError, plan, run

PERMISSION = "wagtail_transfer.wagtailtransfer_can_import"
SALT = "stadtportal.transfer.preview"
ACTION_LABELS = {
    "create": pgettext_lazy("transfer action", "create"),
    "update": pgettext_lazy("transfer action", "update"),
    "delete": pgettext_lazy("transfer action", "delete"),
    "unpublish": pgettext_lazy("transfer action", "unpublish"),
    "skip": pgettext_lazy("transfer action", "skip"),
    "leave": pgettext_lazy("transfer action", "leave alone"),
}


def may_import(user):
    return user.is_active and (user.is_superuser or user.has_perm(PERMISSION))


def sources():
    return sorted(getattr(settings, "WAGTAILTRANSFER_SOURCES", {}) or {})


class TransferForm(forms.Form):
    source = forms.ChoiceField(label=gettext_lazy("Source"), choices=())
    page = forms.IntegerField(
        label=gettext_lazy("Page at the source"),
        min_value=1,
        help_text=gettext_lazy(
            "The id of the section's root page at the source (in its admin's address bar, /admin/pages/<id>/). "
            "Its translations come along."
        ),
    )
    dest = forms.IntegerField(
        label=gettext_lazy("Parent page here"),
        min_value=1,
        required=False,
        help_text=gettext_lazy(
            "Where a section that is not here yet goes, e.g. the German home page; each translation goes below "
            "this page's translation. Leave empty for a section that is here already: it is updated where it is."
        ),
    )
    translations = forms.BooleanField(label=gettext_lazy("With the translations"), required=False, initial=True)
    unpublish_missing = forms.BooleanField(
        label=gettext_lazy("Unpublish pages that are gone at the source"),
        required=False,
        help_text=gettext_lazy(
            "Pages here that came from the source and are no longer in the section there are unpublished "
            "(never deleted). Without this they are left alone."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].choices = [(name, name) for name in sources()]
        for name, form_field in self.fields.items():
            if form_field.help_text:  # the template puts the help text under this id
                form_field.widget.attrs["aria-describedby"] = f"id_{name}-help"

    def clean_dest(self):
        dest = self.cleaned_data.get("dest")
        if dest is not None and not Page.objects.filter(pk=dest, depth__gt=1).exists():
            raise forms.ValidationError(_("There is no page %(id)s here.") % {"id": dest})
        return dest


def _plan(form):
    data = form.cleaned_data
    return plan(data["source"], data["page"], data["dest"], data["translations"])


def _rows(the_plan, unpublish):
    rows = []
    for item in the_plan.items:
        action = item.action if item.action != "unpublish" or unpublish else "leave"
        rows.append({"item": item, "action": action, "action_label": ACTION_LABELS[action]})
    return rows


@require_http_methods(["GET", "POST"])
def import_view(request):
    if not may_import(request.user):
        raise PermissionDenied
    form = TransferForm(request.POST or None, initial={"source": (sources() or [None])[0]})
    context = {"form": form, "page_title": _("Import content from another instance"), "header_icon": "download"}
    if request.method == "POST" and form.is_valid():
        unpublish = form.cleaned_data["unpublish_missing"]
        values = {name: form.cleaned_data[name] for name in TransferForm.base_fields}
        try:
            the_plan = _plan(form)
            previewed = signing.loads(request.POST.get("previewed", ""), salt=SALT, max_age=3600) if request.POST.get("previewed") else None
            if request.POST.get("confirm") == "import" and previewed == values:
                published = run(the_plan, unpublish_missing=unpublish)
                counts = the_plan.counts()
                messages.success(
                    request,
                    _("Imported from %(source)s: %(create)s created, %(update)s updated, %(pages)s pages published.")
                    % {
                        "source": form.cleaned_data["source"],
                        "create": counts.get("create", 0),
                        "update": counts.get("update", 0),
                        "pages": len(published),
                    },
                )
                return redirect(reverse("stadtportal_transfer_import"))
        except TransferError as error:
            form.add_error(None, str(error))
        except signing.BadSignature:
            form.add_error(None, _("The preview has expired; check what will happen again."))
        else:
            if request.POST.get("confirm") == "import":
                messages.warning(request, _("The form was changed after the preview; check what will happen, then import."))
            counts = the_plan.counts()
            if not unpublish:
                counts["leave"] = counts.get("leave", 0) + counts.pop("unpublish", 0)
            context.update(
                rows=_rows(the_plan, unpublish),
                previewed=signing.dumps(values, salt=SALT),
                counts=[(ACTION_LABELS[action], counts[action]) for action in ACTION_LABELS if counts.get(action)],
            )
    return TemplateResponse(request, "cms/transfer/import.html", context)


def replaced(request, *args, **kwargs):
    """wagtail-transfer's own chooser and one-language import lead here."""
    if not may_import(request.user):
        raise PermissionDenied
    return redirect(reverse("stadtportal_transfer_import"))


@hooks.register("register_admin_urls")
def register_transfer_admin_urls():
    # Before wagtail-transfer's own (cms comes first in INSTALLED_APPS), so these addresses win.
    return [
        path("transfer/", import_view, name="stadtportal_transfer_import"),
        path("wagtail-transfer/choose/", replaced),
        path("wagtail-transfer/import/", replaced),
    ]


class TransferMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(sources()) and may_import(request.user)


@hooks.register("register_admin_menu_item")
def register_transfer_menu_item():
    return TransferMenuItem(
        gettext_lazy("Import content"),
        reverse("stadtportal_transfer_import"),
        name="stadtportal-transfer",
        icon_name="download",
        order=10000,
    )


@hooks.register("construct_main_menu")
def hide_wagtail_transfer_menu_item(request, menu_items):
    menu_items[:] = [item for item in menu_items if item.name != "import"]
