"""Who must have a second factor, and what a signed-in staff session still has to do.

`TWOFACTOR_REQUIRED` (docs/twofactor.md) is a list: ["off"] (nobody), ["all"] (everyone with admin
access), or group names, where "superusers" stands for every superuser. Whoever has a confirmed
device is asked for its code whatever the setting says: a device, once added, always counts."""

import enum

from django.conf import settings
from django_otp import user_has_device

OFF = "off"
ALL = "all"
SUPERUSERS = "superusers"


class Step(enum.Enum):
    VERIFY = "verify"  # has a confirmed device: enter its code
    ENROL = "enrol"  # must have one and has none: set one up


def required_names():
    """The setting as a set of names; empty when the second factor is required of nobody."""
    value = getattr(settings, "TWOFACTOR_REQUIRED", [OFF])
    if isinstance(value, str):
        value = value.split(",")
    names = {str(name).strip() for name in value if str(name).strip()}
    if not names or any(name.lower() == OFF for name in names):
        return set()
    return names


def is_staff_user(user):
    return user.is_authenticated and user.is_active and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def is_required(user):
    """True when the setting says this user must have a second factor."""
    names = required_names()
    if not names or not is_staff_user(user):
        return False
    lowered = {name.lower() for name in names}
    if ALL in lowered:
        return True
    if SUPERUSERS in lowered and user.is_superuser:
        return True
    groups = names - {name for name in names if name.lower() in (ALL, SUPERUSERS)}
    return bool(groups) and user.groups.filter(name__in=groups).exists()


def pending_step(user):
    """What a signed-in session must still do before it counts as signed in, or None."""
    if not user.is_authenticated or user.is_verified():
        return None
    if user_has_device(user, confirmed=True):
        return Step.VERIFY
    if is_required(user):
        return Step.ENROL
    return None
