"""schema.org JSON-LD in the page's language: GovernmentService for service pages, GovernmentOffice
(with its opening hours and special closures) for an office's page."""

import json

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from core.sitecache import locale_by_id
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


SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _hhmm(value):
    return value.strftime("%H:%M")


def opening_hours_specification(office, today=None):
    """Regular hours, one entry per time range, and each special closure still to come as a
    day-range closed all day (opens and closes at 00:00, as schema.org and Google read it)."""
    regular = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[r.weekday]}",
            "opens": _hhmm(r.opens),
            "closes": _hhmm(r.closes),
        }
        for r in sorted(office.hour_ranges(), key=lambda r: (r.weekday, r.opens))
    ]
    closed = [
        {
            "@type": "OpeningHoursSpecification",
            "opens": "00:00",
            "closes": "00:00",
            "validFrom": c.start.isoformat(),
            "validThrough": c.end.isoformat(),
            "description": c.reason,
        }
        for c in office.upcoming_closures(today)
    ]
    return regular + closed


def government_office(office, request=None, today=None):
    """The office's page: name, address, contact, map and opening hours; absolute addresses."""
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOffice",
        "name": office.name,
        "url": office.get_full_url(request),
        "address": _postal_address(office),
        "openingHoursSpecification": opening_hours_specification(office, today),
    }
    if office.department:
        data["parentOrganization"] = {"@type": "GovernmentOrganization", "name": office.department}
    if office.phone:
        data["telephone"] = office.phone
    if office.email:
        data["email"] = office.email
    if office.website:
        data["sameAs"] = office.website
    if office.map_url:
        data["hasMap"] = office.map_url
    return data


def government_service(page, request=None):
    language = locale_by_id(page.locale_id).language_code  # cached in the process, no query
    offices = page.offices
    area = offices[0].city if offices else None
    provider = [
        {
            "@type": "GovernmentOrganization",
            "name": office.name,
            "address": _postal_address(office),
            **({"url": url} if (url := office.get_full_url(request)) else {}),
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
