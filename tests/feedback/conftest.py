import re

FORM = re.compile(r'<form class="page-feedback__form" method="post" action="(?P<action>[^"]+)">\s*'
                  r'<input type="hidden" name="page" value="(?P<token>[^"]+)">')


def widget_of(response):
    """(action, page token) of the feedback form on a rendered page, or None."""
    match = FORM.search(response.content.decode())
    return (match["action"], match["token"]) if match else None


def give_feedback(client, page, helpful="yes", address="192.0.2.10", **extra):
    """Open `page` as a visitor and press Yes or No; returns the endpoint's response."""
    shown = client.get(page.url)
    assert shown.status_code == 200, page.url
    action, token = widget_of(shown)
    return client.post(action, {"page": token, "helpful": helpful, **extra}, REMOTE_ADDR=address)
