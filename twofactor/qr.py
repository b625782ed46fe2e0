"""The enrolment QR code as inline SVG, drawn on the server with segno: nothing is loaded from
another host, and the page needs no JavaScript."""

from base64 import b32encode

import segno
from django.utils.html import escape
from django.utils.safestring import mark_safe


def qr_svg(data, label):
    svg = segno.make(data, error="m").svg_inline(scale=5, border=4, dark="#000", light="#fff", title=label)
    return mark_safe(svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" focusable="false" ', 1))


def readable_secret(device):
    """The device's key in base32, in groups of four, for typing into an app by hand."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
