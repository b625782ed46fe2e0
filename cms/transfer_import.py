"""Bringing a section from another instance (staging) onto this one (production) with wagtail-transfer.

The same machinery as wagtail-transfer's admin import (its ImportPlanner and the source's fenced API,
cms/transfer.py), driven from `manage.py transfer_from`: the plan is built first (every request to
the source, nothing written here), can be shown as a dry run, and is then run in one transaction.
A page's translations come along: each is imported below the translation of the destination parent
in its language, with the same translation_key, so production links them as translations.

Inline rows (a service's offices, a Lebenslage's links, a form's fields) keep their ids here: a row
the source still has under the same identity (wagtail-transfer's uid) is updated; a row the source
made anew (wagtail-localize re-creates a translation's synchronised rows on every sync) takes over
a row of the same page that would otherwise be deleted, the one with the same content first, then
in order; only what is left over is created or deleted.

Pages that came from the source (the source knows their uid) and are no longer in the section there
(deleted or moved out) are listed as `unpublish`; with unpublish_missing they are unpublished here,
never deleted, revisions kept. Pages that did not come from the source are never touched.
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field

import requests
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from modelcluster.fields import ParentalKey
from wagtail.models import Locale, Page
from wagtail_transfer.auth import digest_for_source, requests_auth
from wagtail_transfer.locators import get_locator_for_model
from wagtail_transfer.models import IDMapping, get_base_model, get_model_for_path
from wagtail_transfer.operations import CreateModel, CreateTreeModel, DeleteModel, ImportPlanner, UpdateModel

TIMEOUT = 60


class TransferError(Exception):
    """Something the operator can fix: an unknown source, an unreachable or refusing source, a
    missing destination."""


def source_config(source):
    sources = getattr(settings, "WAGTAILTRANSFER_SOURCES", {}) or {}
    if source not in sources:
        known = ", ".join(sorted(sources)) or "none"
        raise TransferError(f"Unknown source {source!r}; WAGTAILTRANSFER_SOURCES names: {known}.")
    config = sources[source]
    if not config.get("BASE_URL") or not config.get("SECRET_KEY"):
        raise TransferError(f"WAGTAILTRANSFER_SOURCES[{source!r}] needs BASE_URL and SECRET_KEY.")
    return config


def _get(source, path, message):
    base_url = source_config(source)["BASE_URL"]
    try:
        response = requests.get(
            f"{base_url}{path}",
            params={"digest": digest_for_source(source, message)},
            auth=requests_auth(source),
            timeout=TIMEOUT,
        )
    except requests.RequestException as error:
        raise TransferError(f"{source} ({base_url}) does not answer: {error}") from None
    return _checked(source, response)


def _checked(source, response):
    if response.status_code == 403:
        raise TransferError(f"{source} refused the request (403): is WAGTAILTRANSFER_SECRET_KEY the same on both sites?")
    if response.status_code == 404:
        raise TransferError(f"{source} answered 404 for {response.url}: no such page, or transfer is off there.")
    if response.status_code != 200:
        raise TransferError(f"{source} answered {response.status_code} for {response.url}.")
    return response


def _fetch_missing(source, planner):
    """wagtail-transfer's import_missing_object_data without the final run."""
    while planner.missing_object_data:
        by_type = defaultdict(list)
        for model, source_id in planner.missing_object_data:
            by_type[model._meta.label_lower].append(source_id)
        planner.add_json(_post(source, "api/objects/", json.dumps(by_type)).content)


def _post(source, path, body):
    base_url = source_config(source)["BASE_URL"]
    try:
        response = requests.post(
            f"{base_url}{path}",
            params={"digest": digest_for_source(source, body)},
            auth=requests_auth(source),
            data=body,
            timeout=TIMEOUT,
        )
    except requests.RequestException as error:
        raise TransferError(f"{source} ({base_url}) does not answer: {error}") from None
    return _checked(source, response)


def translations_at_source(source, page_id):
    """[(source page id, language code)] of the page's translations on the source."""
    data = _get(source, f"api/translations/{page_id}/", str(page_id)).json()
    return [(item["id"], item["locale"]) for item in data["translations"]]


@dataclass
class Item:
    action: str  # create, update, leave, skip, delete
    model: str
    source_id: object
    label: str
    language: str = ""
    reason: str = ""


@dataclass
class Plan:
    source: str
    planners: list = field(default_factory=list)
    items: list = field(default_factory=list)
    # Pages here that came from the source and are no longer in the section there.
    missing: list = field(default_factory=list)

    def counts(self):
        counts = defaultdict(int)
        for item in self.items:
            counts[item.action] += 1
        return dict(counts)


def _parent_data(planner, data):
    """An inline child's parent (its ParentalKey's target) as the source sent it, or None."""
    model = get_model_for_path(data["model"])
    for model_field in model._meta.get_fields():
        if isinstance(model_field, ParentalKey):
            parent_model = get_locator_for_model(model_field.related_model).model
            return planner.object_data_by_source.get((parent_model, data["fields"].get(model_field.name)))
    return None


def _language(planner, data):
    """The language code of the object (of its parent, for an inline child), or ''."""
    if not data:
        return ""
    locale_id = data.get("fields", {}).get("locale")
    if locale_id is None:
        parent = _parent_data(planner, data)
        return _language(planner, parent) if parent else ""
    uid = planner.context.uids_by_source.get((Locale, locale_id))
    return uid[0] if uid else ""


def _label(planner, data, instance=None):
    fields = (data or {}).get("fields", {})
    for name in ("title", "name", "hostname"):
        if fields.get(name):
            return str(fields[name])
    parent = _parent_data(planner, data) if data else None
    if parent:
        return f"in: {_label(planner, parent)}"
    if instance is not None:
        return str(instance)
    return ""


def _parent_instance(instance):
    """The object an inline row belongs to (its ParentalKey's target), or None."""
    for model_field in instance._meta.get_fields():
        if isinstance(model_field, ParentalKey):
            return getattr(instance, model_field.name, None)
    return None


def _parental_key(model):
    return next((f for f in model._meta.get_fields() if isinstance(f, ParentalKey)), None)


class UpdateRow(UpdateModel):
    """A row the source created anew, written over a row here that it takes the place of; the row
    here takes on the source's uid, so the next transfer finds it directly."""

    def __init__(self, instance, object_data, uid):
        super().__init__(instance, object_data)
        self.uid = uid

    def run(self, context):
        super().run(context)
        content_type = ContentType.objects.get_for_model(self.base_model)
        IDMapping.objects.filter(content_type=content_type, local_id=str(self.instance.pk)).delete()
        get_locator_for_model(self.base_model).attach_uid(self.instance, self.uid)
        context.destination_ids_by_source[(self.base_model, self.object_data["pk"])] = self.instance.pk


def _same_content(planner, data, row):
    """Whether the source's row data says what the row here says (its parent and order aside)."""
    for model_field in type(row)._meta.concrete_fields:
        if model_field.primary_key or isinstance(model_field, ParentalKey) or model_field.name == "sort_order":
            continue
        if model_field.name not in data["fields"]:
            continue
        value = data["fields"][model_field.name]
        if model_field.is_relation:
            value = planner.context.destination_ids_by_source.get((get_base_model(model_field.related_model), value), value)
            if value != getattr(row, model_field.attname):
                return False
        else:
            try:
                if str(model_field.to_python(value)) != str(model_field.value_from_object(row)):
                    return False
            except Exception:  # noqa: BLE001 (a value that does not even parse is different)
                return False
    return True


def _keep_rows(planner):
    """Turn each pair of "create a row" and "delete a row of the same page and kind" into an update
    of the row here, so production's row ids stay what they were."""
    deletions = defaultdict(list)
    for operation in planner.operations:
        if isinstance(operation, DeleteModel):
            key = _parental_key(type(operation.instance))
            if key is not None:
                deletions[(type(operation.instance), getattr(operation.instance, key.attname))].append(operation)
    if not deletions:
        return
    creations = defaultdict(list)
    for operation in planner.operations:
        if type(operation) is CreateModel:
            key = _parental_key(operation.model)
            if key is None:
                continue
            parent_model = get_base_model(key.related_model)
            parent_here = planner.context.destination_ids_by_source.get((parent_model, operation.object_data["fields"].get(key.name)))
            if parent_here is not None:
                creations[(operation.model, parent_here)].append(operation)

    def order(operation):
        return operation.object_data["fields"].get("sort_order") or 0, operation.object_data["pk"]

    for group, created in creations.items():
        deleted = deletions.get(group, [])
        if not deleted:
            continue
        created.sort(key=order)
        deleted.sort(key=lambda op: (getattr(op.instance, "sort_order", 0) or 0, op.instance.pk))
        pairs = []
        for creation in list(created):  # the same content first
            match = next((d for d in deleted if _same_content(planner, creation.object_data, d.instance)), None)
            if match is not None:
                pairs.append((creation, match))
                created.remove(creation)
                deleted.remove(match)
        pairs.extend(zip(created, deleted, strict=False))  # then in order
        for creation, deletion in pairs:
            base_model = get_base_model(creation.model)
            source_id = creation.object_data["pk"]
            update = UpdateRow(deletion.instance, creation.object_data, planner.context.uids_by_source[(base_model, source_id)])
            planner.operations.discard(creation)
            planner.operations.discard(deletion)
            planner.operations.add(update)
            planner.resolutions[(base_model, source_id)] = None
            planner.task_resolutions[("create", base_model, source_id)] = update
            planner.context.destination_ids_by_source[(base_model, source_id)] = deletion.instance.pk


def _describe(planner):
    """One Item per object the planner would touch or knowingly leave alone."""
    items = []
    statuses = {}
    seen = set()
    for operation in planner.operations:
        if isinstance(operation, DeleteModel):
            parent = _parent_instance(operation.instance)
            language = parent.locale.language_code if getattr(parent, "locale_id", None) else ""
            label = f"in: {parent.title if isinstance(parent, Page) else parent}" if parent else str(operation.instance)
            items.append(Item("delete", operation.instance._meta.label_lower, "-", label, language))
            continue
        data = operation.object_data
        model = get_model_for_path(data["model"])
        seen.add((get_locator_for_model(model).model, data["pk"]))
        if not planner._check_satisfiable(operation, statuses):
            missing = [
                f"{dep_model._meta.label_lower} {dep_id}"
                for dep_model, dep_id, hard in operation.dependencies
                if hard and statuses.get((dep_model, dep_id)) is False
            ]
            reason = "needs " + ", ".join(missing) + " (not on this site and not transferred)" if missing else ""
            items.append(Item("skip", data["model"], data["pk"], _label(planner, data), _language(planner, data), reason))
        elif isinstance(operation, CreateModel):
            items.append(Item("create", data["model"], data["pk"], _label(planner, data), _language(planner, data)))
        elif isinstance(operation, UpdateModel):
            items.append(
                Item("update", data["model"], data["pk"], _label(planner, data, operation.instance), _language(planner, data))
            )
    # Objects referenced and already here, which this import does not change.
    for (model, source_id), resolution in planner.resolutions.items():
        if resolution is not None or (model, source_id) in seen:
            continue
        if ("update", model, source_id) in planner.task_resolutions:
            continue
        destination_id = planner.context.destination_ids_by_source.get((model, source_id))
        instance = model.objects.filter(pk=destination_id).first() if destination_id is not None else None
        instance = instance.specific if isinstance(instance, Page) else instance
        language = instance.locale.language_code if getattr(instance, "locale_id", None) else ""
        label = type(instance)._meta.label_lower if instance is not None else model._meta.label_lower
        items.append(Item("leave", label, source_id, str(instance) if instance is not None else "", language))
    order = {"create": 0, "update": 1, "delete": 2, "unpublish": 3, "skip": 4, "leave": 5}
    items.sort(key=lambda item: (order[item.action], item.language, item.model, item.label))
    return items


def plan(source, page_id, destination_id=None, translations=True):
    """Everything the import would do, fetched from the source; writes nothing here.

    page_id: the section's root page on the source. destination_id: the parent page here for a
    section that is not here yet (ignored for one that is: it is updated in place). The plan lists
    the pages here that came from the source and are not in the section there any more (`missing`,
    `unpublish` items); run() unpublishes them only when asked to."""
    source_config(source)
    if destination_id is not None and not Page.objects.filter(pk=destination_id).exists():
        raise TransferError(f"There is no page {destination_id} here to put the section below (--dest).")
    roots = [(page_id, destination_id)]
    if translations:
        destination = Page.objects.filter(pk=destination_id).first() if destination_id else None
        for translation_id, language in translations_at_source(source, page_id):
            target_parent = None
            if destination is not None:
                locale = Locale.objects.filter(language_code=language).first()
                target = destination.get_translation_or_none(locale) if locale else None
                if target is None:
                    raise TransferError(
                        f"The destination parent {destination.pk} ({destination.title}) has no {language} "
                        f"translation here for the {language} version of the section: create it, or "
                        "transfer with --no-translations."
                    )
                target_parent = target.pk
            roots.append((translation_id, target_parent))
    result = Plan(source)
    # Planning only reads here; the rollback makes sure of it.
    with transaction.atomic():
        planner = ImportPlanner.for_page(source=page_id, destination=destination_id, source_site=source)
        for root_id, _parent_id in roots:
            response = _get(source, f"api/pages/{root_id}/", str(root_id))
            planner.add_json(response.content)
            _fetch_missing(source, planner)
        for root_id, parent_id in roots:
            here = planner.context.destination_ids_by_source.get((Page, int(root_id)))
            if here is None and parent_id is None:
                raise TransferError(
                    f"Page {root_id} of {source} is not on this site yet: say where it goes (--dest <parent page id>)."
                )
            _place_root(planner, int(root_id), parent_id)
        _keep_rows(planner)
        result.planners.append(planner)
        result.items.extend(_describe(planner))
        result.missing, gone_items = _missing_pages(source, planner, [root_id for root_id, _parent in roots])
        result.items.extend(gone_items)
        transaction.set_rollback(True)
    return result


def _missing_pages(source, planner, root_ids):
    """Pages here below the section's roots (each language) that have a uid the source gave them but
    that the source did not send this time: deleted there, or moved out of the section. The source
    is asked which of those uids it knows; a page whose uid it does not know did not come from it
    (made here, or from elsewhere) and is never touched."""
    page_type = ContentType.objects.get_for_model(Page)
    sent = {str(planner.context.uids_by_source.get(key)) for key in planner.base_import_ids if key[0] is Page}
    candidates = {}
    for root_id in root_ids:
        here = planner.context.destination_ids_by_source.get((Page, int(root_id)))
        root = Page.objects.filter(pk=here).first() if here is not None else None
        if root is None:
            continue
        below = root.get_descendants().values_list("pk", flat=True)
        for mapping in IDMapping.objects.filter(content_type=page_type, local_id__in=[str(pk) for pk in below]):
            if str(mapping.uid) not in sent:
                candidates[str(mapping.uid)] = int(mapping.local_id)
    if not candidates:
        return [], []
    known = set(_post(source, "api/known-uids/", json.dumps({"wagtailcore.page": sorted(candidates)})).json()["known"])
    pages, items = [], []
    for uid, page_id in sorted(candidates.items(), key=lambda pair: pair[1]):
        page = Page.objects.filter(pk=page_id).select_related("locale").first()
        if page is None:
            continue
        language = page.locale.language_code
        model = page.specific_class._meta.label_lower if page.specific_class else "wagtailcore.page"
        here = f"page {page.pk} here"
        if uid not in known:
            items.append(Item("leave", model, "-", page.title, language, f"{here}, not from the source"))
        elif not page.live:
            items.append(Item("leave", model, "-", page.title, language, f"{here}, gone at the source, unpublished already"))
        else:
            pages.append(page.pk)
            items.append(Item("unpublish", model, "-", page.title, language, f"{here}, gone at the source"))
    return pages, items


def _place_root(planner, root_id, parent_id):
    """A translation's root is created below the destination parent's translation, not below its
    parent at the source (which is not here): one planner for all languages, so an image or a
    snippet both versions use is created once."""
    for operation in planner.operations:
        if isinstance(operation, CreateTreeModel) and issubclass(operation.model, Page):
            if operation.object_data["pk"] == root_id:
                operation.destination_parent_id = parent_id
                operation.__dict__.pop("dependencies", None)  # recomputed without the source parent


def run(plan_, unpublish_missing=False):
    """Carry out the plan: wagtail-transfer's own run (one transaction per root), then publish what
    is live at the source, so production's pages are published revisions and caches are purged.
    With unpublish_missing, the pages the plan found gone at the source are unpublished (not
    deleted: their revisions stay, and an editor can publish them again)."""
    published = []
    with transaction.atomic():
        if unpublish_missing:
            for page in Page.objects.filter(pk__in=plan_.missing, live=True).specific():
                page.unpublish(log_action=True)
        for planner in plan_.planners:
            planner.run()
            for operation in planner.operations:
                instance = getattr(operation, "instance", None)
                if isinstance(instance, Page) and not isinstance(operation, DeleteModel):
                    if operation.object_data["fields"].get("live"):
                        # A revision of the page as it is now in the database: the planner's own
                        # revision was taken from its instance, whose inline children may be stale.
                        page = Page.objects.get(pk=instance.pk).specific
                        page.save_revision().publish()
                        published.append(page.pk)
    return published
