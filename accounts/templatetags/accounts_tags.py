from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def account_link():
    """The header's link to the citizen account. The same for everyone, so public pages stay
    cacheable for signed-in citizens; a small script asks /konto/status/ (never cached) who is
    signed in and changes the link's words for them."""
    return format_html(
        '<a class="site-header__account" href="{}" data-account-status="{}">{}</a>'
        '<script src="{}" defer></script>',
        reverse("accounts:home"),
        reverse("accounts:status_fragment"),
        _("Citizen account"),
        static("accounts/account-status.js"),
    )
