"""WSGI entry point. Production servers set DJANGO_SETTINGS_MODULE=cms.settings.production."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

# Django's application (which sets Django up first), with the page cache's hits answered at its
# entrance (pagecache/wsgi.py).
django_application = get_wsgi_application()

from pagecache.wsgi import PageCacheApplication  # noqa: E402 (needs the settings configured)
from visits.wsgi import VisitsApplication  # noqa: E402

# Around both, the visit counter: it counts the hits answered at the entrance, which Django's
# middleware never sees (visits/wsgi.py, docs/visits.md).
application = VisitsApplication(PageCacheApplication(django_application))
