"""Bringing a section from another instance (staging) onto this one (production) with wagtail-transfer.

The same machinery as wagtail-transfer's admin import (its ImportPlanner and the source's fenced API,
cms/transfer.py), driven from `manage.py transfer_from`: the plan is built first (every request to
the source, nothing written here), can be shown as a dry run, and is then run in one transaction.
A page's translations come along: each is imported below the translation of the destination parent
in its language, with the same translation_key, so production links them as translations.
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field

import requests
from django.conf import settings
from django.db import transaction
from modelcluster.fields import ParentalKey
from wagtail.models import Locale, Page
from wagtail_transfer.auth import digest_for_source, requests_auth
from wagtail_transfer.locators import get_locator_for_model
from wagtail_transfer.models import get_model_for_path
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
    base_url = source_config(source)["BASE_URL"]
    while planner.missing_object_data:
        by_type = defaultdict(list)
        for model, source_id in planner.missing_object_data:
            by_type[model._meta.label_lower].append(source_id)
        body = json.dumps(by_type)
        try:
            response = requests.post(
                f"{base_url}api/objects/",
                params={"digest": digest_for_source(source, body)},
                auth=requests_auth(source),
                data=body,
                timeout=TIMEOUT,
            )
        except requests.RequestException as error:
            raise TransferError(f"{source} ({base_url}) does not answer: {error}") from None
        planner.add_json(_checked(source, response).content)


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


def _describe(planner):
    """One Item per object the planner would touch or knowingly leave alone."""
    items = []
    statuses = {}
    seen = set()
    for operation in planner.operations:
        if isinstance(operation, DeleteModel):
            items.append(Item("delete", operation.instance._meta.label_lower, None, str(operation.instance)))
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
    order = {"create": 0, "update": 1, "delete": 2, "skip": 3, "leave": 4}
    items.sort(key=lambda item: (order[item.action], item.language, item.model, item.label))
    return items


def plan(source, page_id, destination_id=None, translations=True):
    """Everything the import would do, fetched from the source; writes nothing here.

    page_id: the section's root page on the source. destination_id: the parent page here for a
    section that is not here yet (ignored for one that is: it is updated in place)."""
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
        result.planners.append(planner)
        result.items.extend(_describe(planner))
        transaction.set_rollback(True)
    return result


def _place_root(planner, root_id, parent_id):
    """A translation's root is created below the destination parent's translation, not below its
    parent at the source (which is not here): one planner for all languages, so an image or a
    snippet both versions use is created once."""
    for operation in planner.operations:
        if isinstance(operation, CreateTreeModel) and issubclass(operation.model, Page):
            if operation.object_data["pk"] == root_id:
                operation.destination_parent_id = parent_id
                operation.__dict__.pop("dependencies", None)  # recomputed without the source parent


def run(plan_):
    """Carry out the plan: wagtail-transfer's own run (one transaction per root), then publish what
    is live at the source, so production's pages are published revisions and caches are purged."""
    published = []
    with transaction.atomic():
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
