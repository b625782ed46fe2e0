"""The foundation of the demo: both locales, the German home page as the site root with its English
translation, the legal pages, the site settings and an admin user (content: site.yaml, legal/)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site

from cms.models import FooterLink, SiteSettings, StandardPage
from home.models import HomePage

from . import schema
from .content import known, read, read_kind
from .translate import page_strings, translate


def site_content():
    return read("site.yaml", schema.SITE)


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def ensure_home(title, hostname="localhost", port=80, **fields):
    """Return the German HomePage that is the default site's root, creating it (and removing
    Wagtail's placeholder welcome page) when needed."""
    locales = ensure_locales()
    home = HomePage.objects.filter(locale=locales[settings.LANGUAGE_CODE]).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's own migration leaves a plain "Welcome" page as site root; it is replaced.
        for placeholder in root.get_children().exact_type(Page):
            Site.objects.filter(root_page=placeholder).delete()
            placeholder.delete()
        root.refresh_from_db()
        home = root.add_child(
            instance=HomePage(title=title, slug="start", locale=locales[settings.LANGUAGE_CODE], **fields)
        )
        home.save_revision().publish()
    else:
        changed = False
        for name, value in {"title": title, **fields}.items():
            if getattr(home, name) != value:
                setattr(home, name, value)
                changed = True
        if changed:
            home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True, site_name=title)
    elif site.root_page_id != home.id:
        site.root_page = home
        site.save()
    return home


def translate_home_page(home):
    texts = site_content()["home"]
    strings = {texts["de"][name]: texts["en"][name] for name in texts["de"]}
    return translate(home, {**page_strings(home, strings[home.title], "home"), **strings})


def upsert_child(parent, model, slug, **fields):
    """Create the child page with this slug, or bring an existing one up to date; publish either way."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = parent.add_child(instance=model(slug=slug, locale=parent.locale, **fields))
        page.save_revision().publish()
        return page
    changed = False
    for name, value in fields.items():
        current = getattr(page, name)
        if hasattr(current, "raw_data"):
            current = list(current.raw_data)
            comparable = [{"type": b["type"], "value": b["value"]} for b in current]
            if comparable == [{"type": t, "value": v} for t, v in value]:
                continue
        elif current == value:
            continue
        setattr(page, name, value)
        changed = True
    if changed or not page.live:
        page.save_revision().publish()
    return page


def body_stream(blocks):
    stream = []
    for block in blocks:
        if "heading" in block:
            stream.append(("heading", {"text": block["heading"], "level": "h2"}))
        else:
            stream.append(("paragraph", f"<p>{block['paragraph']}</p>"))
    return stream


def body_strings(de_blocks, en_blocks):
    return {next(iter(de.values())): next(iter(en.values())) for de, en in zip(de_blocks, en_blocks, strict=True)}


def seed_legal_pages(home):
    _index, pages = read_kind("legal", schema.LEGAL_PAGE)
    legal = {}
    for key, item in pages.items():
        de, en = item["de"], item["en"]
        page = upsert_child(
            home, StandardPage, de["slug"], title=de["title"], intro=de["intro"], body=body_stream(de["body"])
        )
        strings = {**page_strings(page, en["title"], en["slug"]), de["intro"]: en["intro"]}
        strings.update(body_strings(de["body"], en["body"]))
        translate(page, strings)
        legal[key] = page
    return legal


def seed_foundation():
    content = site_content()
    home = ensure_home(**content["home"]["de"])
    translate_home_page(home)
    legal = seed_legal_pages(home)

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in content["settings"].items():
        setattr(site_settings, name, value)
    site_settings.save()
    if not site_settings.footer_links.exists():
        for order, key in enumerate(known(legal, content["footer_links"], "site.yaml: footer_links")):
            FooterLink.objects.create(setting=site_settings, page=legal[key], sort_order=order)
    return home


def ensure_admin(username, password, email=None):
    User = get_user_model()
    email = email or site_content()["admin_email"]
    user, created = User.objects.get_or_create(username=username, defaults={"email": email})
    if created or not user.check_password(password):
        user.set_password(password)
    user.is_staff = user.is_superuser = user.is_active = True
    user.save()
    return user


def set_site_address(url):
    """Point the default Wagtail site at the address the demo is served on."""
    parts = urlsplit(url)
    site = Site.objects.get(is_default_site=True)
    site.hostname = parts.hostname or "localhost"
    site.port = parts.port or (443 if parts.scheme == "https" else 80)
    site.save()
    return site
