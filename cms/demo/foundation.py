"""Seeds the foundation of the demo: home page, legal pages, site settings, an admin user."""

from django.contrib.auth import get_user_model
from wagtail.models import Site

from cms.demo.legal import HOME, LEGAL_PAGES
from cms.demo.site import ensure_home, translate_home
from cms.demo.translate import page_strings, translate

ADDRESS = "Stadt Lindenfeld\nRathausplatz 1\n45999 Lindenfeld"


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


def translate_home_page(home):
    return translate_home(home, {HOME["de"][k]: HOME["en"][k] for k in HOME["de"]})


def body_stream(blocks):
    stream = []
    for kind, text in blocks:
        if kind == "heading":
            stream.append(("heading", {"text": text, "level": "h2"}))
        else:
            stream.append(("paragraph", f"<p>{text}</p>"))
    return stream


def body_strings(de_blocks, en_blocks):
    return {de: en for (_k, de), (_k2, en) in zip(de_blocks, en_blocks, strict=True)}


def seed_foundation(stdout=None):
    home = ensure_home(
        title=HOME["de"]["title"],
        hero_title=HOME["de"]["hero_title"],
        hero_intro=HOME["de"]["hero_intro"],
        search_placeholder=HOME["de"]["search_placeholder"],
    )
    translate_home_page(home)

    legal = {}
    for item in LEGAL_PAGES:
        from cms.models import StandardPage

        de, en = item["de"], item["en"]
        page = upsert_child(
            home, StandardPage, de["slug"], title=de["title"], intro=de["intro"], body=body_stream(de["body"])
        )
        strings = {**page_strings(page, en["title"], en["slug"]), de["intro"]: en["intro"]}
        strings.update(body_strings(de["body"], en["body"]))
        translate(page, strings)
        legal[item["key"]] = page

    site = Site.objects.get(is_default_site=True)
    from cms.models import FooterLink, SiteSettings

    site_settings = SiteSettings.for_site(site)
    site_settings.site_name = "Stadt Lindenfeld"
    site_settings.address = ADDRESS
    site_settings.phone = "+49 2345 6780-0"
    site_settings.email = "info@lindenfeld.example"
    site_settings.save()
    if not site_settings.footer_links.exists():
        for order, key in enumerate(["impressum", "datenschutz", "barrierefreiheit"]):
            FooterLink.objects.create(setting=site_settings, page=legal[key], sort_order=order)
    return home


def ensure_admin(username, password, email="admin@lindenfeld.example"):
    User = get_user_model()
    user, created = User.objects.get_or_create(username=username, defaults={"email": email})
    if created or not user.check_password(password):
        user.set_password(password)
    user.is_staff = user.is_superuser = user.is_active = True
    user.save()
    return user


def set_site_address(url):
    """Point the default Wagtail site at the address the demo is served on."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    site = Site.objects.get(is_default_site=True)
    site.hostname = parts.hostname or "localhost"
    site.port = parts.port or (443 if parts.scheme == "https" else 80)
    site.save()
    return site
