"""Counting the page cache's hits that are answered before Django (docs/visits.md).

pagecache/wsgi.py answers most repeated requests at the entrance of the WSGI application, without
Django's middleware. `VisitsApplication` wraps that entrance (cms/wsgi.py) and counts a GET whose
answer did not pass through `visits.middleware.VisitsMiddleware` (which marks what it saw), with
the same rules. It reads the status and the Content-Type as the answer starts; nothing else."""

from django.conf import settings
from django.core.handlers.wsgi import get_path_info

from visits.middleware import SEEN, count_answer


class VisitsApplication:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") != "GET" or settings.VISITS_SOURCE != "django":
            return self.application(environ, start_response)

        def counting_start_response(status, headers, exc_info=None):
            if exc_info is None and SEEN not in environ and status.startswith("200"):
                content_type = next((value for name, value in headers if name.lower() == "content-type"), "")
                try:
                    path = environ.get("PATH_INFO", "/")
                    if not path.isascii():  # as Django decodes it (request.path_info)
                        path = get_path_info(environ)
                    count_answer("GET", path, 200, content_type, environ)
                except Exception:  # a count must never cost a visitor the page
                    pass
            if exc_info is not None:
                return start_response(status, headers, exc_info)
            return start_response(status, headers)

        return self.application(environ, counting_start_response)
