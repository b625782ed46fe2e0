"""schema.org GovernmentService JSON-LD for service pages, in the page's language."""

import json

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from services.enums import Audience, FeeKind

AUDIENCE_TYPES = {
    Audience.CITIZENS: ["Citizens"],
    Audience.BUSINESSES: ["Businesses"],
    Audience.BOTH: ["Citizens", "Businesses"],
}


def _postal_address(office):
    return {
        "@type": "PostalAddress",
        "streetAddress": office.street,
        "postalCode": office.postcode,
        "addressLocality": office.city,
        "addressCountry": "DE",
    }


def government_service(page, request=None):
    language = page.locale.language_code
    offices = page.offices
    area = offices[0].city if offices else None
    provider = [
        {
            "@type": "GovernmentOrganization",
            "name": office.name,
            "address": _postal_address(office),
            **({"telephone": office.phone} if office.phone else {}),
            **({"email": office.email} if office.email else {}),
        }
        for office in offices
    ]
    # Absolute, as schema.org wants it: a form page of our own, an outside online service, or the page.
    if page.start_page_id:
        service_url = page.start_page.localized.get_full_url(request)
    else:
        service_url = page.start_url or page.get_full_url(request)
    channel = {"@type": "ServiceChannel", "serviceUrl": service_url, "availableLanguage": language}
    if offices:
        channel["serviceLocation"] = {
            "@type": "Place",
            "name": offices[0].name,
            "address": _postal_address(offices[0]),
        }
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": page.title,
        "description": page.teaser or strip_tags(page.description)[:300],
        "serviceType": page.official_name or page.title,
        "url": page.get_full_url(request),
        "inLanguage": language,
        "provider": provider[0] if len(provider) == 1 else provider,
        "availableChannel": channel,
        "audience": [{"@type": "Audience", "audienceType": a} for a in AUDIENCE_TYPES[page.audience]],
    }
    if area:
        data["areaServed"] = {"@type": "City", "name": area}
    if page.leika_key:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "LeiKa", "value": page.leika_key}
    if page.fee_kind == FeeKind.FREE:
        data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "EUR"}
    elif page.fee_kind == FeeKind.FIXED and page.fee_amount is not None:
        data["offers"] = {"@type": "Offer", "price": str(page.fee_amount), "priceCurrency": "EUR"}
    elif page.fee_kind == FeeKind.RANGE and page.fee_amount is not None and page.fee_amount_max is not None:
        data["offers"] = {
            "@type": "Offer",
            "priceSpecification": {
                "@type": "PriceSpecification",
                "minPrice": str(page.fee_amount),
                "maxPrice": str(page.fee_amount_max),
                "priceCurrency": "EUR",
            },
        }
    return data


def as_script(data):
    """A JSON-LD script element; `<`, `>` and `&` are escaped so no content can close the element."""
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')
