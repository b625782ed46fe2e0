"""wagtail-transfer, fenced in.

wagtail-transfer's API answers anyone who can compute an HMAC of the request with
WAGTAILTRANSFER_SECRET_KEY, and it serialises any model it is asked for. So:

- the API is mounted only when transfer is switched on (WAGTAILTRANSFER_ENABLED) and the secret is
  strong (at least 50 characters); otherwise /wagtail-transfer/ does not exist (404);
- every request is checked against the digest first, then against an allow-list: only the content
  an editor moves between staging and production (pages, their inline children, snippets, images,
  documents, collections, tags, locales). Users, sessions, submissions, bookings, e-mails, tokens,
  settings, view restrictions (passwords), task and log tables are refused, and are also removed
  from any answer they were pulled into by a reference;
- what is serialised leaves out every field that points at such a model (a page's latest revision,
  its lock holder, an image's uploader, an office's owning department): wagtail-transfer would
  otherwise follow them, and under Wagtail 8 the page -> latest revision -> page loop ended every
  import of a real section in a 500 (CircularDependencyException, or a KeyError once the fence had
  stripped the revision). The destination keeps its own values of those fields.
"""

import json
import uuid

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404, HttpResponseForbidden, HttpResponseNotAllowed, JsonResponse
from django.urls import path, re_path
from django.views.decorators.csrf import csrf_exempt
from modelcluster.fields import ParentalKey
from treebeard.mp_tree import MP_Node
from wagtail import hooks
from wagtail.models import Page
from wagtail.utils.urlpatterns import decorate_urlpatterns
from wagtail_transfer import serializers as transfer_serializers
from wagtail_transfer import urls as transfer_urls
from wagtail_transfer import views as transfer_views
from wagtail_transfer.auth import check_digest
from wagtail_transfer.models import IDMapping

from cms import transfer_admin  # noqa: F401 (the admin's Import screen; imported with this module by cms/wagtail_hooks.py)

MIN_SECRET_LENGTH = 50
MAX_UIDS = 10_000  # uids one known-uids request may ask about

# Never transferable, whatever else is said about them. App labels end with a dot.
DENIED = (
    "admin.",
    "auth.",
    "axes.",
    "sessions.",
    "contenttypes.",
    "django_tasks_db.",
    "bookings.",
    "onlineforms.submission",
    "onlineforms.submissionfile",
    "onlineforms.outgoingemail",
    "onlineforms.referencecounter",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailcore.groupcollectionpermission",
    "wagtailcore.grouppagepermission",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.pagesubscription",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailusers.",
    "wagtailsearch.",
    "wagtail_localize.",
    "wagtail_transfer.",
    "anymail.",
    "search.",
)
# Content that is not a page, a page's inline child or a snippet, but moves with pages.
ALLOWED = {
    "wagtailcore.collection",
    "wagtailcore.locale",
    "wagtailimages.image",
    "wagtaildocs.document",
    "taggit.tag",
}


def secret():
    return getattr(settings, "WAGTAILTRANSFER_SECRET_KEY", "") or ""


def enabled():
    """True when transfer is switched on and its secret is strong enough to mount the API."""
    return bool(getattr(settings, "WAGTAILTRANSFER_ENABLED", False)) and len(secret()) >= MIN_SECRET_LENGTH


def _is_setting(model):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    return issubclass(model, (BaseGenericSetting, BaseSiteSetting))


def _snippet_models():
    from wagtail.snippets.models import get_snippet_models

    return set(get_snippet_models())


def is_transferable(model, _seen=None):
    """Whether wagtail-transfer may hand out rows of `model`."""
    label = model._meta.label_lower
    if label.startswith(DENIED) or label in DENIED or _is_setting(model):
        return False
    if label in ALLOWED or issubclass(model, Page) or model in _snippet_models():
        return True
    # An inline child (InlinePanel) of something transferable travels with its parent.
    seen = (_seen or set()) | {model}
    for field in model._meta.get_fields():
        if isinstance(field, ParentalKey) and field.related_model not in seen:
            if is_transferable(field.related_model, seen):
                return True
    return False


def _label_is_transferable(label):
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return False
    return is_transferable(model)


def stays_home(field):
    """Whether a field of a transferable model points at something that never leaves this site."""
    if isinstance(field, GenericForeignKey) or not getattr(field, "concrete", False):
        return False
    if not field.is_relation or field.related_model is None or getattr(field, "primary_key", False):
        return False
    return not is_transferable(field.related_model)


class _ContentOnly:
    """A wagtail-transfer serializer that leaves out the fields `stays_home` names."""

    def __init__(self, model):
        super().__init__(model)
        self.field_adapters = [adapter for adapter in self.field_adapters if not stays_home(adapter.field)]


class ModelSerializer(_ContentOnly, transfer_serializers.ModelSerializer):
    pass


class TreeModelSerializer(_ContentOnly, transfer_serializers.TreeModelSerializer):
    pass


class PageSerializer(_ContentOnly, transfer_serializers.PageSerializer):
    pass


@hooks.register("register_custom_serializers")
def content_only_serializers():
    return {models.Model: ModelSerializer, MP_Node: TreeModelSerializer, Page: PageSerializer}


def _filtered(response):
    """The answer without any object of a model that may not leave this site."""
    if not isinstance(response, JsonResponse):
        return response
    data = json.loads(response.content)
    data["objects"] = [o for o in data.get("objects", []) if _label_is_transferable(o.get("model", ""))]
    data["mappings"] = [m for m in data.get("mappings", []) if _label_is_transferable(m[0])]
    data["ids_for_import"] = [i for i in data.get("ids_for_import", []) if _label_is_transferable(i[0])]
    return JsonResponse(data, json_dumps_params={"indent": 2})


def _refuse():
    return HttpResponseForbidden("This content may not be transferred.", content_type="text/plain")


def pages_for_export(request, root_page_id):
    return _filtered(transfer_views.pages_for_export(request, root_page_id))


def models_for_export(request, model_path, object_id=None):
    check_digest(str(model_path), request.GET.get("digest", ""))
    if not _label_is_transferable(model_path):
        return _refuse()
    return _filtered(transfer_views.models_for_export(request, model_path, object_id))


@csrf_exempt
def objects_for_export(request):
    if request.method != "POST":
        return transfer_views.objects_for_export(request)  # 405 from wagtail-transfer
    check_digest(request.body, request.GET.get("digest", ""))
    try:
        requested = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return _refuse()
    if not isinstance(requested, dict) or not all(_label_is_transferable(label) for label in requested):
        return _refuse()
    return _filtered(transfer_views.objects_for_export(request))


def translations_for_export(request, page_id):
    """The page's translations (id and language), so a destination can bring a section in every
    language: wagtail-transfer's API has no way to ask for them."""
    check_digest(str(page_id), request.GET.get("digest", ""))
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        raise Http404
    translations = page.get_translations().select_related("locale").order_by("locale__language_code")
    return JsonResponse(
        {"translations": [{"id": other.pk, "locale": other.locale.language_code} for other in translations]}
    )


@csrf_exempt
def known_uids(request):
    """Which of the page uids a destination asks about this site gave out (wagtail-transfer's
    IDMapping; the row outlives a deleted page), so a destination can tell the pages that came from
    here from its own. Pages only; the answer holds nothing but uids it was sent."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    check_digest(request.body, request.GET.get("digest", ""))
    try:
        requested = json.loads(request.body.decode("utf-8"))
        uids = [str(uuid.UUID(str(uid))) for uid in requested["wagtailcore.page"]]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        return _refuse()
    if set(requested) != {"wagtailcore.page"} or len(uids) > MAX_UIDS:
        return _refuse()
    page_type = ContentType.objects.get_for_model(Page)
    known = IDMapping.objects.filter(content_type=page_type, uid__in=uids).values_list("uid", flat=True)
    return JsonResponse({"known": sorted(str(uid) for uid in known)})


def _chooser_patterns():
    """wagtail-transfer's page chooser API (digest-checked by wagtail-transfer itself)."""
    return [p for p in transfer_urls.urlpatterns if str(p.pattern).startswith("^api/chooser/")]


def only_when_enabled(view):
    """Without transfer switched on and a strong secret the API is not there at all."""

    def wrapped(request, *args, **kwargs):
        if not enabled():
            raise Http404
        return view(request, *args, **kwargs)

    return csrf_exempt(wrapped)


urlpatterns = [
    re_path(r"^api/pages/(\d+)/$", pages_for_export, name="wagtail_transfer_pages"),
    path("api/models/<str:model_path>/", models_for_export, name="wagtail_transfer_model"),
    path("api/models/<str:model_path>/<int:object_id>/", models_for_export, name="wagtail_transfer_model_object"),
    path("api/objects/", objects_for_export, name="wagtail_transfer_objects"),
    path("api/translations/<int:page_id>/", translations_for_export, name="stadtportal_transfer_translations"),
    path("api/known-uids/", known_uids, name="stadtportal_transfer_known_uids"),
    *_chooser_patterns(),
]
urlpatterns = decorate_urlpatterns(urlpatterns, only_when_enabled)
