def test_pages_render(client, db):
    from council.models import Meeting

    m = Meeting.objects.canonical().first()
    for url in [
        "/de/kalender/",
        "/en/calendar/",
        "/de/kalender/2026/11/",
        "/en/calendar/archive/",
        "/de/kalender/abonnieren/?committee=1",
        f"/de/kalender/sitzungen/{m.pk}/",
        f"/en/calendar/meetings/{m.pk}/",
        "/de/kalender/gremien/",
        "/feeds/meetings.ics",
    ]:
        r = client.get(url)
        assert r.status_code == 200, (url, r.status_code)
