"""Counting in Django (VISITS_SOURCE = "django"; docs/visits.md).

`VisitsMiddleware` sits right above the page cache's middleware, so it sees the answers the page
cache serves from an entry as well as the rendered ones. Hits answered before Django, at the
WSGI entrance (pagecache/wsgi.py), never reach it: `visits.wsgi.VisitsApplication`, around that
entrance in cms/wsgi.py, counts those. The middleware marks each request it has looked at in the
WSGI environ, so no answer is counted twice."""

from django.conf import settings

from visits import counter, rules

# Set in the WSGI environ (request.META) once Django has decided about a request.
SEEN = "stadtportal.visit_seen"


def count_answer(method, path, status, content_type, meta):
    if path.startswith(rules.page_prefixes()) and rules.counts(
        method,
        path,
        status,
        content_type,
        meta.get("HTTP_USER_AGENT", ""),
        meta.get("HTTP_SEC_PURPOSE"),
        meta.get("HTTP_PURPOSE"),
        meta.get("HTTP_X_PURPOSE"),
        meta.get("HTTP_X_MOZ"),
    ):
        counter.record(path)
        return True
    return False


class VisitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "GET" and settings.VISITS_SOURCE == "django":
            request.META[SEEN] = True
            count_answer("GET", request.path_info, response.status_code, response.get("Content-Type", ""), request.META)
        return response
