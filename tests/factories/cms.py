from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from cms.models import Alert, SiteSettings, StandardPage
from tests.factories.pages import PublishedPageFactory


class StandardPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    intro = ""

    class Meta:
        model = StandardPage


class SiteSettingsFactory(DjangoModelFactory):
    site_name = "Stadt Musterstadt"

    class Meta:
        model = SiteSettings
        django_get_or_create = ("site",)


class AlertFactory(DjangoModelFactory):
    """A German banner, shown from an hour ago until removed."""

    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="de"))
    title = "Sturmwarnung"
    text = "Friedhöfe und Parks sind geschlossen."
    starts_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))
    ends_at = None

    class Meta:
        model = Alert
