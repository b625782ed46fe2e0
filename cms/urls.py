from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.cache import cache_page
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import auth, mail, transfer, views
from cms.sitemap import MultilingualSitemap
from search import views as search_views

# Outside the language prefix: admin, documents, feeds and machine-readable files.
urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("admin/", include(wagtailadmin_urls)),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        auth.document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("wagtail-transfer/", include(transfer)),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("video/<str:provider>/<str:video_id>/", views.video_redirect, name="video_redirect"),
    path("api/search/", include("search.api_urls")),
    path("", include("council.feed_urls")),
    path("anymail/", include(mail.webhook_urlpatterns)),
    path("", include("bookings.root_urls")),
    path("", include("billing.root_urls")),
    path("", include("accounts.root_urls")),
    path(
        "sitemap.xml",
        cache_page(60 * 15)(sitemap),
        {"sitemaps": {"pages": MultilingualSitemap}},
        name="sitemap",
    ),
]

# Everything a citizen reads lives under /de/ or /en/.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include("council.urls")),
    path("", include("bookings.urls")),
    path("", include("billing.urls")),
    path("", include("accounts.urls")),
    path("", include("feedback.urls")),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        auth.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
