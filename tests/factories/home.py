import factory

from home.models import HomePage, HomeTopService
from tests.factories.pages import PublishedPageFactory


class HomePageFactory(PublishedPageFactory):
    title = "Stadt Musterstadt"
    slug = "start"
    hero_title = "Willkommen in Musterstadt"
    hero_intro = "Was möchten Sie erledigen?"

    class Meta:
        model = HomePage

    @factory.post_generation
    def top_services(page, create, extracted, **kwargs):
        """`top_services=[service, ...]`: the home page's top services, in this order."""
        for number, service in enumerate(extracted or []):
            HomeTopService.objects.create(page=page, service=service, sort_order=number)
