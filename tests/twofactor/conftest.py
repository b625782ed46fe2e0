"""Second-factor tests: staff users with real django-otp devices, signed in through the admin's
real login view over HTTP; codes computed from the device's key the way an authenticator app does."""

import re
import time
from base64 import b32decode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django_otp.oath import TOTP, totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import GroupPagePermission, Page
from wagtail.users.models import UserProfile

PASSWORD = "twofactor-test-password"


def make_user(username, *, groups=(), superuser=False, admin_access=True, language="en"):
    model = get_user_model()
    if superuser:
        user = model.objects.create_superuser(username, f"{username}@lindenfeld.example", PASSWORD)
    else:
        user = model.objects.create_user(username, f"{username}@lindenfeld.example", PASSWORD)
    if admin_access and not superuser:
        staff, _ = Group.objects.get_or_create(name="Staff")
        staff.permissions.add(Permission.objects.get(codename="access_admin"))
        # Something to do in the page explorer, so /admin/pages/ opens for them.
        GroupPagePermission.objects.get_or_create(
            group=staff, page=Page.get_first_root_node(), permission=Permission.objects.get(codename="change_page")
        )
        user.groups.add(staff)
    for name in groups:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def add_app(user, name="Phone"):
    return TOTPDevice.objects.create(user=user, name=name, confirmed=True)


def code_for(device):
    """The six digits an authenticator app shows for this device at this moment (time.time(), so
    freezegun moves it)."""
    device.refresh_from_db()
    generator = TOTP(device.bin_key, device.step, device.t0, device.digits)
    generator.time = time.time()
    return f"{generator.token():0{device.digits}d}"


def code_from_key(secret_text):
    """What an app computes from the key typed in by hand (the enrolment page's text)."""
    key = b32decode(re.sub(r"\s+", "", secret_text) + "=" * (-len(re.sub(r"\s+", "", secret_text)) % 8))
    return f"{totp(key):06d}"


def sign_in(client, username, password=PASSWORD, next_url="/admin/"):
    return client.post("/admin/login/", {"username": username, "password": password, "next": next_url})


@pytest.fixture
def required(settings):
    """Superusers and the Redaktion must have a second factor (production's default)."""
    settings.TWOFACTOR_REQUIRED = ["superusers", "Redaktion"]
    return settings
