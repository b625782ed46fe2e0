"""Factories that build what a test needs, per app (wagtail-factories and factory_boy).

`tests.factories.site.bilingual_site()` gives the skeleton every page needs: both locales, a German
home page as the default site's root and its English translation. The app modules build on it:
`cms` (StandardPage, Alert, SiteSettings), `services` (Office, ServiceIndexPage, ServicePage),
`lebenslagen` (LebenslagenIndexPage, LebenslagePage with its ordered services). `translation.translate`
makes a real wagtail-localize translation (source, PO export, filled msgstrs, import, published target),
as a translator would."""

from tests.factories.services import make_many_services, make_service

__all__ = ["make_many_services", "make_service"]
