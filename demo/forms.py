"""The demo online services: the Sperrmüll booking, dog registration, a contact form and the
Mängelmelder, German first and translated into English through wagtail-localize (content: forms/).
Idempotent."""

from onlineforms.models import FormField, FormIndexPage, FormPage

from . import schema
from .content import known, read_kind
from .foundation import upsert_child
from .translate import page_strings, translate


def forms_content():
    """(index, {key: form}) with each form's fields written out (common fields resolved)."""
    index, forms = read_kind("forms", schema.FORM, schema.FORMS_INDEX)
    common = {field["key"]: field for field in index["common_fields"]}
    for key, form in forms.items():
        form["fields"] = [
            common[known(common, [field], f"forms/{key}.yaml: fields[{i}]")[0]] if isinstance(field, str) else field
            for i, field in enumerate(form["fields"])
        ]
    return index, forms


def texts(field, language):
    text = field[language]
    return text["label"], text["help"], "\n".join(text["choices"])


def upsert_form_page(parent, spec, privacy_page):
    de, en = spec["de"], spec["en"]
    page = upsert_child(
        parent,
        FormPage,
        de["slug"],
        title=de["title"],
        intro=de["intro"],
        thank_you_text=de["thank_you"],
        confirmation_text=de["confirmation"],
        office_email=spec["office_email"],
        retention_days=spec["retention_days"],
        privacy_page=privacy_page,
    )
    wanted = [(f["key"], f["type"], f["required"], texts(f, "de")) for f in spec["fields"]]
    current = [
        (f.clean_name, f.field_type, f.required, (f.label, f.help_text, f.choices)) for f in page.form_fields.all()
    ]
    if current != wanted:
        page.form_fields = [
            FormField(
                clean_name=key,
                field_type=kind,
                required=required,
                label=label,
                help_text=help_text,
                choices=choices,
                sort_order=i,
                locale=page.locale,
            )
            for i, (key, kind, required, (label, help_text, choices)) in enumerate(wanted)
        ]
        page.save_revision().publish()
        # Reload: the published fields have primary keys, which wagtail-localize needs.
        page = FormPage.objects.get(pk=page.pk)
    strings = page_strings(page, en["title"], en["slug"])
    for name in ("intro", "thank_you", "confirmation"):
        strings.add(de[name], en[name])
    for field in spec["fields"]:
        for german, english in zip(texts(field, "de"), texts(field, "en"), strict=True):
            strings.add(german, english)
            # wagtail-localize shows multi-line text with <br/> between the lines.
            strings.add(german.replace("\n", "<br/>"), english.replace("\n", "<br/>"))
    translate(page, strings)
    return page


def link_service(service, form_page):
    """The service's start button leads to the form (in both languages)."""
    for page in [service, *service.get_translations()]:
        page = page.specific
        if page.start_page_id == form_page.pk and not page.start_url:
            continue
        page.start_page_id, page.start_url = form_page.pk, ""
        page.save_revision().publish()


def seed_forms(home, services):
    """Create or update the demo forms below a FormIndexPage under `home` (German) and link them
    from their services. `services` maps service keys to German ServicePages."""
    index, forms = forms_content()
    de, en = index["page"]["de"], index["page"]["en"]
    parent = upsert_child(home, FormIndexPage, de["slug"], title=de["title"], intro=de["intro"])
    strings = page_strings(parent, en["title"], en["slug"])
    strings.add(de["intro"], en["intro"])
    translate(parent, strings)
    privacy = home.get_children().filter(slug="datenschutz").first()
    pages = {}
    for key, spec in forms.items():
        page = upsert_form_page(parent, spec, privacy)
        pages[key] = page
        service = services.get(spec["service"])
        if service is not None:
            link_service(service, page)
    return pages
