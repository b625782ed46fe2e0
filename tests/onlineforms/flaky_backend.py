"""An e-mail provider that is down until told otherwise: anymail's test backend whose API call fails."""

from anymail.backends.test import EmailBackend as AnymailTestBackend
from anymail.exceptions import AnymailAPIError


class FlakyBackend(AnymailTestBackend):
    down = True
    calls = 0

    def post_to_esp(self, payload, message):
        type(self).calls += 1
        if type(self).down:
            raise AnymailAPIError("503 Service Unavailable: the provider is down")
        return super().post_to_esp(payload, message)
