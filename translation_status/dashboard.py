"""The translators' view of TranslationState: who may see it, the list in the order translators work
through it, and the links from each row into the admin."""

from django.db.models import Case, F, IntegerField, Value, When
from django.urls import NoReverseMatch, reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from translation_status.enums import Kind, Status
from translation_status.models import TranslationState

OPEN = (Status.OUTDATED, Status.UNTRANSLATED)


def translation_locales():
    from django.conf import settings

    return Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)


def can_translate(user):
    """Translators: whoever may edit a page in a translated language (superusers included)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return (
        PagePermissionPolicy()
        .instances_user_has_permission_for(user, "change")
        .filter(locale__in=translation_locales())
        .exists()
    )


def open_states():
    """What translators have to do: out of date first, the oldest first (the project has no visit
    figures, so "most visited" cannot rank them: docs/translation-status.md), then what was never
    translated, the oldest German first."""
    return (
        TranslationState.objects.filter(status__in=OPEN)
        .select_related("content_type", "target_locale", "source_locale")
        .annotate(
            status_rank=Case(When(status=Status.OUTDATED, then=Value(0)), default=Value(1), output_field=IntegerField())
        )
        .order_by("status_rank", F("stale_since").asc(nulls_last=True), F("source_updated_at").asc(nulls_last=True), "pk")
    )


def _objects(states):
    """{(model, pk): object} of the states' sources and translations, one query per model."""
    wanted = {}
    for state in states:
        model = state.model_class
        if model is not None:
            wanted.setdefault(model, set()).update(pk for pk in (state.source_object_id, state.target_object_id) if pk)
    found = {}
    for model, pks in wanted.items():
        manager = Page.objects if issubclass(model, Page) else model._default_manager
        for obj in manager.filter(pk__in=pks):
            found[(model, str(obj.pk))] = obj
    return found


def _submit_url(state, source):
    try:
        if state.kind == Kind.PAGE:
            return reverse("wagtail_localize:submit_page_translation", args=[source.pk])
        meta = type(source)._meta
        return reverse("wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, source.pk])
    except NoReverseMatch:
        return ""


def with_links(states, user):
    """Each state gets `source_url` (the German object in the admin) and `translate_url`: the
    translation in wagtail-localize's editor (which takes over the page or snippet edit view of a
    synced translation), or, never translated, wagtail-localize's "Translate" form."""
    finder = AdminURLFinder(user)
    states = list(states)
    objects = _objects(states)
    for state in states:
        source = objects.get((state.model_class, state.source_object_id))
        target = objects.get((state.model_class, state.target_object_id))
        state.source_url = (finder.get_edit_url(source) or "") if source is not None else ""
        if target is not None:
            state.translate_url = finder.get_edit_url(target) or ""
        else:
            state.translate_url = _submit_url(state, source) if source is not None else ""
    return states
