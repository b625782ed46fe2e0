"""A user's second factors: TOTP apps (django_otp.plugins.otp_totp) and one set of recovery codes
(otp_static). Every check goes through django-otp's own verify_token, so its throttling applies:
after each wrong code a device waits twice as long before it accepts the next one (1 s, 2 s, 4 s …)."""

import re

from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_DEVICE_NAME = "recovery"
RECOVERY_CODE_COUNT = 10
TOTP_CODE = re.compile(r"^\d{6}$")


def normalise(code):
    """What a person typed, without spaces or dashes, lower case (recovery codes are base32)."""
    return re.sub(r"[\s-]+", "", code or "").lower()


def totp_devices(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("created_at", "pk")


def recovery_device(user):
    return StaticDevice.objects.filter(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True).first()


def recovery_codes_left(user):
    device = recovery_device(user)
    return device.token_set.count() if device else 0


def pending_totp_device(user):
    """The user's unconfirmed TOTP device, made on first use: its key is shown until a code confirms it."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="", confirmed=False)
    return device


@transaction.atomic
def new_recovery_codes(user):
    """Replace the user's recovery codes with new ones; returns them (shown once, stored as they are
    by django-otp's static device, which compares them directly)."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    device.throttle_reset()
    return codes


class Check:
    """The outcome of checking one code: the device that took it, or why none did."""

    def __init__(self, device=None, locked_until=None):
        self.device = device
        self.locked_until = locked_until

    @property
    def throttled(self):
        return self.device is None and self.locked_until is not None

    @property
    def wait_seconds(self):
        if self.locked_until is None:
            return 0
        return max(1, int((self.locked_until - timezone.now()).total_seconds() + 0.999))


def check_code(user, code):
    """Check a code against the user's confirmed devices (six digits: the TOTP apps; anything else:
    the recovery codes, each of which then is used up)."""
    code = normalise(code)
    if not code:
        return Check()
    with transaction.atomic():
        model = TOTPDevice if TOTP_CODE.match(code) else StaticDevice
        devices = list(model.objects.filter(user=user, confirmed=True).order_by("pk").select_for_update())
        locked = []
        for device in devices:
            allowed, info = device.verify_is_allowed()
            if not allowed:
                locked.append((info or {}).get("locked_until") or timezone.now())
                continue
            if device.verify_token(code):
                return Check(device=device)
        # Every device that could have taken it is still waiting: say so, rather than "wrong code".
        if devices and len(locked) == len(devices):
            return Check(locked_until=max(locked))
        return Check()


def confirm_totp_device(device, code, name):
    """Confirm a new TOTP device with a code from the app; False when the code is wrong or throttled."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        allowed, _ = device.verify_is_allowed()
        if not allowed or not device.verify_token(normalise(code)):
            return None
        device.confirmed = True
        device.name = name
        device.save(update_fields=["confirmed", "name"])
        return device


@transaction.atomic
def remove_all(user):
    """Delete every second factor of the user (an administrator's reset); returns how many devices."""
    totp = TOTPDevice.objects.filter(user=user)
    static = StaticDevice.objects.filter(user=user)
    count = totp.count() + static.count()
    totp.delete()
    static.delete()  # its tokens go with it (foreign key, on delete cascade)
    return count


def has_any(user):
    return TOTPDevice.objects.filter(user=user).exists() or StaticDevice.objects.filter(user=user).exists()
