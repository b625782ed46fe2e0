"""The translators' view of TranslationState: who may see it, the list in the order translators work
through it, and the links from each row into the admin."""

from django.db.models import Case, F, IntegerField, Value, When
from django.db.models.functions import Coalesce, TruncDate
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.params import InvalidParameter, raw_value
from translation_status.enums import Kind, Status
from translation_status.models import TranslationState
from visits.queries import RECENT_DAYS, recent_visits_by_translation_key

OPEN = (Status.OUTDATED, Status.UNTRANSLATED)

# The report's orders (?sort=): the oldest first, and within a day the most visited; or the most
# visited first (visits of the last RECENT_DAYS days, both languages: docs/translation-status.md).
SORT_OLDEST = "oldest"
SORT_VISITS = "visits"
SORTS = (SORT_OLDEST, SORT_VISITS)


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


def sort_param(query):
    """The order asked for with ?sort=, strictly: absent or empty is the oldest first; anything but
    "oldest" or "visits" raises InvalidParameter (the view says so instead of guessing)."""
    value = raw_value(query, "sort")
    if value is None:
        return SORT_OLDEST
    if value not in SORTS:
        raise InvalidParameter("sort", _("“%(name)s” must be “oldest” or “visits”."))
    return value


def open_states(sort=SORT_OLDEST):
    """What translators have to do, out of date first, then what was never translated. By default
    the oldest first (since when the translation is out of date, or when the German text changed),
    and among those waiting since the same day the most visited first; with `sort="visits"` the
    most visited in the last RECENT_DAYS days first (visits of every language version of the
    page; snippets have none), then the oldest. Each state gets `recent_visits`."""
    states = (
        TranslationState.objects.filter(status__in=OPEN)
        .select_related("content_type", "target_locale", "source_locale")
        .annotate(
            status_rank=Case(
                When(status=Status.OUTDATED, then=Value(0)), default=Value(1), output_field=IntegerField()
            ),
            recent_visits=recent_visits_by_translation_key("translation_key", RECENT_DAYS),
            waiting_since=Coalesce(TruncDate("stale_since"), TruncDate("source_updated_at")),
        )
    )
    oldest = (F("stale_since").asc(nulls_last=True), F("source_updated_at").asc(nulls_last=True), "pk")
    if sort == SORT_VISITS:
        return states.order_by("status_rank", F("recent_visits").desc(), *oldest)
    return states.order_by("status_rank", F("waiting_since").asc(nulls_last=True), F("recent_visits").desc(), *oldest)


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
