"""Normalised keys for the per-household and per-e-mail booking limits.

Two spellings of one address must give one key, so a limit cannot be dodged by typing
"Hauptstrasse 12 a" instead of "Hauptstraße 12a". The key keeps the postcode and the street with
its house number; the town is left out (the postcode already names it, and "Lindenfeld-Süd" must
not count as a second household). Pure functions, no database: used by bookings.calendar and by
the migration that fills the keys of old bookings."""

import re
import unicodedata

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
POSTCODE = re.compile(r"(?<!\d)(\d{5})(?!\d)")
NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text):
    """Lower case, umlauts as ae/oe/ue, ß as ss, other accents dropped."""
    text = unicodedata.normalize("NFC", str(text or "")).casefold()  # casefold: ß and ẞ -> ss
    text = text.translate(UMLAUTS)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def compact_street(street):
    """'Haupt-Straße 12 a' -> 'hauptstr12a': Straße/Strasse/Str./str all become 'str', then every
    space and punctuation mark goes, so '12 a', '12a' and '12-A' are one house number."""
    text = fold(street).replace("strasse", "str")
    return NOT_ALNUM.sub("", text)


def household_key(address):
    """'Lindenallee 5, 45999 Lindenfeld' (or the form's {'street', 'postcode', 'town'}) ->
    '45999|lindenallee5'. Empty for an empty address."""
    if isinstance(address, dict):
        street, postcode = address.get("street") or "", address.get("postcode") or ""
    else:
        text = str(address or "").strip()
        street, _sep, rest = text.rpartition(",")
        if not street:  # no comma: look for the postcode anywhere
            street, rest = text, ""
        match = POSTCODE.search(rest) or POSTCODE.search(text)
        postcode = match.group(1) if match else ""
        if match and not rest:
            street = text[: match.start()] + text[match.end() :]
    postcode = "".join(c for c in str(postcode) if c.isdigit())
    street = compact_street(street)
    if not street and not postcode:
        return ""
    return f"{postcode}|{street}"[:300]


def email_key(email):
    """'  Erika.M+sperrmuell@Example.ORG ' -> 'erika.m@example.org': stripped, lower case, and a
    '+tag' in the local part dropped (most providers deliver those to the same mailbox)."""
    email = str(email or "").strip().casefold()
    local, at, domain = email.rpartition("@")
    if not at:
        return email[:254]
    local = local.split("+", 1)[0] or local
    return f"{local}@{domain}"[:254]
