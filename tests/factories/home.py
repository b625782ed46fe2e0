from home.models import HomePage
from tests.factories.pages import PublishedPageFactory


class HomePageFactory(PublishedPageFactory):
    title = "Stadt Musterstadt"
    slug = "start"
    hero_title = "Willkommen in Musterstadt"
    hero_intro = "Was möchten Sie erledigen?"

    class Meta:
        model = HomePage
