"""The translators' dashboard in the demo: one German service whose text changed after its English
translation, so Reports > Translation status and the admin home page show one out-of-date item.

Idempotent: seed_city sets the German text back from the data files and translates it again each
run (the state then is up to date), and this edits it again, as an editor would: a new revision of
the German page, published."""

from services.models import ServicePage
from translation_status.enums import Status
from translation_status.models import TranslationState
from translation_status.tracking import refresh_all

EDITED_SERVICE = "fundsachen"
EDITED_TEASER = (
    "Etwas gefunden oder verloren? Das Fundbüro im Bürgerbüro nimmt Fundsachen an, hilft bei der Suche in der "
    "Online-Fundsachensuche und gibt sie an ihre Eigentümer zurück."
)


def seed_translation_status(services):
    """`services`: the German service pages by key (seed_city). Returns {status: count}."""
    # Everything the demo made, the states checked once more (rows saved without signals, e.g. by
    # a bulk update, included).
    refresh_all()
    page = ServicePage.objects.get(pk=services[EDITED_SERVICE].pk)
    if page.teaser != EDITED_TEASER:
        page.teaser = EDITED_TEASER
        page.save_revision(log_action=True).publish(log_action=True)
    return {status: TranslationState.objects.filter(status=status).count() for status in Status.values}
