from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_GET

from core.i18n import LanguageLink
from core.video import PROVIDERS, VideoRef


@require_GET
def root_redirect(request):
    """`/` goes to the visitor's language: the language cookie, then Accept-Language, then German."""
    language = translation.get_language_from_request(request, check_path=False)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    response = HttpResponseRedirect(f"/{language}/")
    response["Vary"] = "Accept-Language, Cookie"
    return response


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /wagtail-transfer/",
        "Disallow: /de/search/",
        "Disallow: /en/search/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def _language_from_path(request):
    """The language named by the path prefix, else the one Django picked for this request."""
    prefix = request.path.lstrip("/").split("/", 1)[0]
    if prefix in dict(settings.LANGUAGES):
        return prefix
    return translation.get_language() or settings.LANGUAGE_CODE


@requires_csrf_token
def page_not_found(request, exception=None):
    language = _language_from_path(request)
    with translation.override(language):
        links = [LanguageLink(code, name, f"/{code}/", code == language, True) for code, name in settings.LANGUAGES]
        body = loader.render_to_string(
            "404.html", {"request_path": request.path, "language_links": links, "LANGUAGE_CODE": language}, request
        )
    return HttpResponse(body, status=404)


@requires_csrf_token
def server_error(request):
    language = _language_from_path(request)
    with translation.override(language):
        body = loader.get_template("500.html").render({"LANGUAGE_CODE": language})
    return HttpResponse(body, status=500)


@require_GET
def video_redirect(request, provider, video_id):
    """'Watch it there instead': the host's own page, reached only when the visitor clicks, so that
    our HTML names no video host before consent."""
    spec = PROVIDERS.get(provider)
    if spec is None or not spec["id"].fullmatch(video_id):  # fullmatch: "$" would let a trailing newline pass
        raise Http404("unknown video")
    response = HttpResponseRedirect(VideoRef(provider, video_id).watch_url())
    response["Referrer-Policy"] = "no-referrer"
    return response
