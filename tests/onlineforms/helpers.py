"""Shared by the online-forms and booking tests: the demo forms, and posting a form the way a
browser does (including a fresh time-trap token of the form, shown a minute ago)."""

import io
import time

from django.core.management import call_command

from onlineforms import abuse


def seed_demo_forms():
    """The demo forms, seeded on top of the session's demo (a no-op once seed_demo does it)."""
    from onlineforms.models import FormPage

    if FormPage.objects.filter(locale__language_code="de").count() < 4:
        call_command("seed_demo_forms", verbosity=0, stdout=io.StringIO())


def form_page(slug, language="de"):
    from onlineforms.models import FormPage

    return FormPage.objects.get(slug=slug, locale__language_code=language)


def started(page, seconds_ago=60):
    """A fresh time-trap token for `page`'s form (each one is accepted once)."""
    return abuse.start_token(page.translation_key, time.time() - seconds_ago)


def post(client, page, data, **extra):
    payload = {abuse.STARTED_FIELD: started(page), **data}
    return client.post(page.url, payload, **extra)


def address(prefix, street="Lindenallee 5", postcode="45999", town="Lindenfeld"):
    return {f"{prefix}_0": street, f"{prefix}_1": postcode, f"{prefix}_2": town}


def de(msgid, **params):
    """A message as a German visitor sees it (works before and after the catalogue is compiled)."""
    from django.utils import translation

    with translation.override("de"):
        text = translation.gettext(msgid)
    return text % params if params else text
