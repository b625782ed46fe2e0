"""The calendar for citizens as a Wagtail page: upcoming list, month view, archive, one meeting, one
event, committees, and the form that builds a personal feed address, as routable sub-pages.

One calendar page below each home page: the German page is the source, the English one its
wagtail-localize translation. Each sub-page is spelled in the page's language
(/de/kalender/sitzungen/7/, /en/calendar/meetings/7/); the spellings live here rather than in the
gettext catalogue, so an address never changes because a translation changed. Meetings, events and
committees are addressed by the pk of their canonical (German) row in both languages."""

from dataclasses import replace
from datetime import date

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models.signals import post_delete
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.i18n import hreflang_alternates, localize_all
from core.models import BasePage
from core.params import MAX_PAGE, InvalidParameter, int_param
from council.enums import CommitteeKind, EventCategory
from council.models import schedule
from council.models.records import Committee, Event, Meeting, forget_calendar_page, local_tz

MIN_YEAR, MAX_YEAR = 1990, 2100


def spelled(de, en):
    """A sub-page route in the active language (the page's language while it routes or reverses)."""
    routes = {"de": de, "en": en}
    return lazy(lambda: routes.get((translation.get_language() or settings.LANGUAGE_CODE)[:2], de), str)()


def _localized_committees():
    """Committees in the visitor's language: the council first, then committees, districts, boards."""
    order = {kind: index for index, kind in enumerate(CommitteeKind.values)}
    committees = sorted(Committee.objects.canonical(), key=lambda c: (order.get(c.kind, 99), c.title))
    localized = localize_all(committees)
    for original, committee in zip(committees, localized, strict=True):
        committee._canonical_pk = original.pk
    return localized


def _page_number(request):
    """A page number; anything else (a stale link, a made-up value) shows the first page."""
    return int_param(request.GET, "page", 1, min=1, max=MAX_PAGE, lenient=True)


def _filter_context(filters):
    return {
        "filters": filters,
        "filter_query": filters.query_string(),
        "all_committees": _localized_committees(),
        "committee_kinds": CommitteeKind.choices,
        "event_categories": EventCategory.choices,
        "this_month": timezone.localtime(timezone.now(), local_tz()).date(),
    }


def _valid_month(year, month):
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        raise Http404(gettext("There is no calendar for this month."))


class CouncilCalendarPage(RoutablePageMixin, BasePage):
    """Meetings of the council and its committees, and the town's events. What it shows is queried
    from the council's records (council.models.records); the page holds only its title and place
    in the tree, so editors can put it in menus and translate it like any other page."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1  # one calendar per home page, i.e. per language
    show_in_menus_default = True
    template = "council/council_calendar_page.html"

    class Meta:
        verbose_name = _("calendar page")
        verbose_name_plural = _("calendar pages")

    @classmethod
    def subpage_path(cls, language_code, name, args=(), kwargs=None):
        """A sub-page's path below the calendar page, spelled in the language."""
        with translation.override(language_code):
            return cls.get_resolver().reverse(name, *args, **(kwargs or {}))

    def reverse_subpage(self, name, args=None, kwargs=None):
        """The sub-page path in this page's language, whatever language is active."""
        return self.subpage_path(self.locale.language_code, name, args or (), kwargs)

    def resolve_subpage(self, path):
        """Sub-pages are found by their spelling in this page's language."""
        with translation.override(self.locale.language_code):
            return super().resolve_subpage(path)

    def subpage_url(self, name, *args):
        return self.url + self.reverse_subpage(name, args=args)

    def _render(self, request, template, title, **context):
        return self.render(
            request,
            template=template,
            context_overrides={"page_title": title, "subpage_title": title, **context},
        )

    @path("")
    def index_route(self, request):
        filters = schedule.Filters.from_query(request.GET)
        now = timezone.now()
        page_obj = Paginator(schedule.upcoming(filters, now=now), 25).get_page(_page_number(request))
        return self.render(
            request,
            context_overrides={
                **_filter_context(filters),
                "page_obj": page_obj,
                "entries": page_obj.object_list,
                "view": "list",
            },
        )

    @path("<int:year>/<int:month>/", name="month")
    def month_route(self, request, year, month):
        _valid_month(year, month)
        filters = schedule.Filters.from_query(request.GET)
        start, end, first, following = schedule.month_bounds(year, month)
        entries = schedule.entries_between(start, end, filters)
        previous = date(year - (month == 1), (month - 2) % 12 + 1, 1)
        return self._render(
            request,
            "council/calendar_month.html",
            date_format(first, "YEAR_MONTH_FORMAT"),
            **_filter_context(filters),
            month=first,
            weeks=schedule.month_grid(year, month, entries),
            entries=entries,
            previous_month=previous if previous.year >= MIN_YEAR else None,
            next_month=following if following.year <= MAX_YEAR else None,
            today=timezone.localtime(timezone.now(), local_tz()).date(),
            view="month",
        )

    @path(spelled("archiv/", "archive/"), name="archive")
    def archive_route(self, request):
        """Past meetings, newest first, by year."""
        now = timezone.now()
        current_year = timezone.localtime(now, local_tz()).year
        filters = schedule.Filters.from_query(request.GET)
        meetings = filters.meetings(Meeting.objects.past(now))
        years = sorted({d.year for d in meetings.dates("start", "year")}, reverse=True)
        try:
            year = int_param(request.GET, "year", "", min=MIN_YEAR, max=current_year)
        except InvalidParameter:
            raise Http404(gettext("There is no archive for this year.")) from None
        if year:
            meetings = meetings.filter(
                start__gte=schedule.month_bounds(year, 1)[0], start__lt=schedule.month_bounds(year + 1, 1)[0]
            )
        page_obj = Paginator(meetings.select_related("location", "minutes_document"), 25).get_page(
            _page_number(request)
        )
        return self._render(
            request,
            "council/archive.html",
            gettext("Past meetings"),
            **_filter_context(filters),
            page_obj=page_obj,
            meetings=schedule.localize_meetings(page_obj.object_list),
            years=years,
            year=year,
            view="archive",
        )

    @path(spelled("abonnieren/", "subscribe/"), name="subscribe")
    def subscribe_route(self, request):
        """Build a personal feed address from chosen committees and categories (no account needed)."""
        filters = schedule.Filters.from_query(request.GET)
        filters.kinds, filters.show = [], "all"
        language = translation.get_language()
        language_query = "" if language == settings.LANGUAGE_CODE else f"lang={language}"
        feed_url = None
        if filters.committees or filters.categories:
            feed_url = request.build_absolute_uri(reverse("council_feeds:personal_ics")) + "?" + filters.query_string()
            if language_query:
                feed_url += "&" + language_query
        suffix = "?" + language_query if language_query else ""
        return self._render(
            request,
            "council/subscribe.html",
            gettext("Subscribe to the calendar"),
            **_filter_context(filters),
            feed_url=feed_url,
            submitted="committee" in request.GET or "category" in request.GET or "submitted" in request.GET,
            all_meetings_url=request.build_absolute_uri(reverse("council_feeds:meetings_ics")) + suffix,
            all_events_url=request.build_absolute_uri(reverse("council_feeds:events_ics")) + suffix,
            view="subscribe",
        )

    def _canonical_or_redirect(self, queryset, pk, route):
        obj = get_object_or_404(queryset, pk=pk)
        canonical = obj.get_canonical()
        if canonical.pk != obj.pk:
            return None, HttpResponsePermanentRedirect(self.subpage_url(route, canonical.pk))
        return canonical, None

    @path(spelled("sitzungen/<int:pk>/", "meetings/<int:pk>/"), name="meeting")
    def meeting_route(self, request, pk):
        """A public meeting with its public agenda. A closed meeting is not found (council.models.records)."""
        canonical, redirect = self._canonical_or_redirect(Meeting.objects.public(), pk, "meeting")
        if redirect:
            return redirect
        meeting = schedule.localize_meetings([canonical])[0]
        return self._render(
            request,
            "council/meeting_detail.html",
            meeting.title,
            meeting=meeting,
            agenda=meeting.public_agenda(),
            has_closed_items=meeting.has_closed_items(),
            live=meeting.is_live(),
            feed_url=reverse("council_feeds:meeting_ics", args=[canonical.pk]),
        )

    @path(spelled("veranstaltungen/<int:pk>/", "events/<int:pk>/"), name="event")
    def event_route(self, request, pk):
        canonical, redirect = self._canonical_or_redirect(Event.objects.all(), pk, "event")
        if redirect:
            return redirect
        event = schedule.localize_events([canonical])[0]
        now = timezone.now()
        horizon = now + schedule.UPCOMING_HORIZON
        next_dates = event.occurrences(now, horizon, limit=10)[:10] if event.recurrence else []
        first_date = event.first_occurrence()
        today = timezone.localtime(now, local_tz()).date()
        return self._render(
            request,
            "council/event_detail.html",
            event.title,
            event=event,
            first_date=first_date,
            first_end=first_date + event.duration if first_date else None,
            next_dates=next_dates,
            skipped_dates=[day for day in sorted(event.exception_dates()) if day >= today] if event.recurrence else [],
            category_label=EventCategory(event.category).label,
            feed_url=reverse("council_feeds:event_ics", args=[canonical.pk]),
        )

    @path(spelled("gremien/", "committees/"), name="committees")
    def committees_route(self, request):
        return self._render(
            request,
            "council/committee_list.html",
            gettext("Council and committees"),
            committees=_localized_committees(),
            this_month=timezone.localtime(timezone.now(), local_tz()).date(),
            view="committees",
        )

    @path(spelled("gremien/<int:pk>/", "committees/<int:pk>/"), name="committee")
    def committee_route(self, request, pk):
        canonical, redirect = self._canonical_or_redirect(Committee.objects.all(), pk, "committee")
        if redirect:
            return redirect
        committee = localize_all([canonical])[0]
        committee._canonical_pk = canonical.pk
        filters = schedule.Filters(committees=[canonical.pk], show="meetings")
        return self._render(
            request,
            "council/committee_detail.html",
            committee.title,
            committee=committee,
            entries=schedule.upcoming(filters, limit=10),
            recent=schedule.localize_meetings(filters.meetings(Meeting.objects.past())[:5]),
            feed_url=reverse("council_feeds:committee_ics", args=[canonical.pk]),
        )

    def get_translation_links(self, request):
        """The switcher leads to the same sub-page of the translated calendar page (the same
        meeting, month or filter), spelled in that language."""
        links = super().get_translation_links(request)
        match = getattr(request, "routable_resolver_match", None)
        if match is None:
            return links
        query = request.META.get("QUERY_STRING", "")
        result = []
        for link in links:
            if link.translated and not link.is_current:
                path = self.subpage_path(link.code, match.url_name, match.args, match.kwargs)
                link = replace(link, url=link.url + path + (f"?{query}" if query else ""))
            result.append(link)
        return result

    def hreflang_alternates(self, request):
        """hreflang links of the sub-page being shown (the same meeting or month in each language)."""
        alternates = hreflang_alternates(self, request)
        match = getattr(request, "routable_resolver_match", None)
        if match is None:
            return alternates
        codes = dict(settings.LANGUAGES)
        result = []
        for code, url in alternates:
            language = code if code in codes else settings.LANGUAGE_CODE  # x-default is the German page
            result.append((code, url + self.subpage_path(language, match.url_name, match.args, match.kwargs)))
        return result

    def get_sitemap_urls(self, request=None):
        """The page itself, and the public sub-pages that each show one thing: every published
        meeting, every event, the committees and each committee, with their hreflang alternates."""
        urls = super().get_sitemap_urls(request)
        translations = {
            page.locale.language_code: page
            for page in self.get_translations(inclusive=True).live().public().select_related("locale")
        }
        base = self.get_full_url(request)

        roots = {code: page.get_full_url(request) for code, page in translations.items()}

        def entry(name, args=(), lastmod=None):
            alternates = [
                {"lang_code": code, "location": roots[code] + self.subpage_path(code, name, args)}
                for code, _name in settings.LANGUAGES
                if code in roots
            ]
            return {"location": base + self.reverse_subpage(name, args), "lastmod": lastmod, "alternates": alternates}

        rows = [
            ("committee", Committee.objects.canonical()),
            ("meeting", Meeting.objects.published()),
            ("event", Event.objects.canonical()),
        ]
        urls.append(entry("committees"))
        for name, queryset in rows:
            urls += [entry(name, [pk], modified) for pk, modified in queryset.values_list("pk", "updated_at")]
        return urls


page_published.connect(forget_calendar_page, sender=CouncilCalendarPage, dispatch_uid="council-calendar-published")
page_unpublished.connect(forget_calendar_page, sender=CouncilCalendarPage, dispatch_uid="council-calendar-unpublished")
post_page_move.connect(forget_calendar_page, sender=CouncilCalendarPage, dispatch_uid="council-calendar-moved")
post_delete.connect(forget_calendar_page, sender=CouncilCalendarPage, dispatch_uid="council-calendar-deleted")
