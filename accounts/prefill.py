"""Forms prefilled from the signed-in citizen's profile (onlineforms.registry.register_initial).

Only the citizen's own profile, and only for the citizen themself: a staff user signed in to the
admin in the same browser gets nothing prefilled (they may be filling in a form for someone else),
nor does anyone without an account session. The citizen can change every value before sending; what
is sent is what is stored, the profile is not changed by it."""

from accounts.sessions import current_citizen

NAME_KEYS = ("name", "full_name", "your_name", "vor_und_nachname", "ihr_name")
PHONE_KEYS = ("phone", "telephone", "telefon", "telefonnummer", "phone_number")


def profile_initial(page, request):
    if request is None or getattr(request, "user", None) is not None and request.user.is_authenticated:
        return {}
    citizen = current_citizen(request)
    if citizen is None:
        return {}
    initial = {}
    for field in page.get_form_fields():
        key, kind = field.clean_name, field.field_type
        if kind == "email" and citizen.email:
            initial[key] = citizen.email
        elif kind == "address" and citizen.street:
            initial[key] = {"street": citizen.street, "postcode": citizen.postcode, "town": citizen.city}
        elif kind == "singleline" and key in NAME_KEYS and citizen.name:
            initial[key] = citizen.name
        elif kind == "singleline" and key in PHONE_KEYS and citizen.phone:
            initial[key] = citizen.phone
    return initial
