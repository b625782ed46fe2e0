"""Video consent (core.video): nothing from the video host before the visitor agrees; shown on a service page."""

import re

import pytest


@pytest.mark.django_db
class TestVideoConsent:
    HOSTS = ("youtube.com", "youtube-nocookie", "youtu.be", "vimeo.com", "ytimg", "googlevideo")

    def test_no_iframe_and_no_host_url_before_consent(self, client, town):
        html = client.get(town.service("personalausweis").url).content.decode()
        assert 'class="video"' in html
        assert "<iframe" not in html
        for host in self.HOSTS:
            assert host not in html, host
        assert "Textfassung (Transkript)" in html
        assert "Video von YouTube laden und abspielen" in html

    def test_consent_link_loads_the_player_without_javascript(self, client, town):
        page = town.service("personalausweis")
        html = client.get(page.url).content.decode()
        link = re.search(r'href="(\?video=[^"#]+)#', html).group(1)
        with_player = client.get(page.url + link).content.decode()
        assert re.search(r'<iframe src="https://www\.youtube-nocookie\.com/embed/[A-Za-z0-9_-]{11}\?rel=0', with_player)

    def test_watch_elsewhere_link_redirects_only_to_the_host(self, client):
        response = client.get("/video/youtube/dQw4w9WgXcQ/")
        assert response.status_code == 302
        assert response["Location"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
        assert client.get("/video/evil/abc/", follow=True).status_code == 404
        assert client.get("/video/youtube/..%2F..%2Fetc/", follow=True).status_code == 404
