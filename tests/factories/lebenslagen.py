import factory

from lebenslagen.models import LebenslagenIndexPage, LebenslagePage, LebenslageService
from tests.factories.pages import PublishedPageFactory


class LebenslagenIndexPageFactory(PublishedPageFactory):
    title = "Lebenslagen"
    slug = "lebenslagen"

    class Meta:
        model = LebenslagenIndexPage


class LebenslagePageFactory(PublishedPageFactory):
    """A life situation; `services=[...]` lists its services in this order."""

    title = factory.Sequence(lambda n: f"Lebenslage {n}")
    intro = factory.LazyAttribute(lambda page: f"Was bei „{page.title}“ zu tun ist.")

    class Meta:
        model = LebenslagePage

    @factory.post_generation
    def services(page, create, extracted, **kwargs):
        for number, service in enumerate(extracted or []):
            LebenslageService.objects.create(page=page, service=service, sort_order=number)
