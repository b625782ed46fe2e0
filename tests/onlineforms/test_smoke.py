import pytest

from tests.onlineforms.helpers import form_page


@pytest.mark.django_db
def test_form_pages_render(client):
    for slug, lang in [("kontakt", "de"), ("contact", "en"), ("sperrmuell-buchen", "de"), ("maengelmelder", "de")]:
        page = form_page(slug, lang)
        response = client.get(page.url)
        assert response.status_code == 200, response.content[:3000]
