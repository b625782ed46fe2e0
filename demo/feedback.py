"""Feedback in the demo: votes and comments on a few services and one Lebenslage, in both
languages, spread over the last 80 days (so the report shows a score, a trend and comments), and
the review task a low score opens. Running it again rebuilds these pages' demo votes instead of
adding more."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale

from feedback.models import ReviewTask, Vote
from feedback.votes import open_review_if_due

# page key: [(days ago, language, helpful, comment)]
COMMENTS = {
    "hund-anmelden": {
        3: "Wo finde ich das Formular für die Abmeldung?",
        9: "The page does not say how long the registration takes.",
        20: "Die Gebühr für den zweiten Hund fehlt.",
    },
    "personalausweis-beantragen": {5: "Sehr übersichtlich, danke!", 12: "Clear and short, thank you."},
    "umzug": {7: "Hilfreiche Checkliste."},
}
# page key: "+" helpful, "-" not, one character per vote, the newest first (every fourth in English)
PATTERNS = {
    "hund-anmelden": "--+---+-+--+",
    "personalausweis-beantragen": "+++-++++-+",
    "wohnsitz-anmelden": "++-+++",
    "umzug": "++-++",
}


def seed_feedback(services, lebenslagen):
    """`services` and `lebenslagen` map demo keys to German pages. Returns the number of votes."""
    pages = {key: services.get(key) or lebenslagen.get(key) for key in PATTERNS}
    english_locale = Locale.objects.filter(language_code="en").first()
    now = timezone.now()
    total = 0
    for key, page in pages.items():
        if page is None:
            continue
        english = page.get_translation_or_none(english_locale) if english_locale else None
        Vote.objects.filter(translation_key=page.translation_key).delete()
        ReviewTask.objects.filter(translation_key=page.translation_key).delete()
        comments = COMMENTS.get(key, {})
        for number, mark in enumerate(PATTERNS[key]):
            days_ago = 1 + number * 7
            shown = english if (number % 4 == 1 and english is not None) else page
            vote = Vote.objects.create(
                translation_key=page.translation_key,
                page=shown,
                locale_id=shown.locale_id,
                helpful=mark == "+",
                comment=_comment_near(comments, days_ago),
            )
            Vote.objects.filter(pk=vote.pk).update(created_at=now - timedelta(days=days_ago, hours=number))
            total += 1
        open_review_if_due(page.specific)
    return total


def _comment_near(comments, days_ago):
    """The comment whose day falls in this vote's week, if any."""
    return next((text for day, text in comments.items() if days_ago <= day < days_ago + 7), "")


