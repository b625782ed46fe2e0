"""Private storage for uploads, never reachable by a URL. Files reach staff only through the
permission-checked view in onlineforms/admin_views.py, which streams them.

Where they live: STORAGES["private"] when media is on object storage (core.storage.PrivateStorage,
a private bucket or prefix, set up in cms/settings/base.py); otherwise a folder beside MEDIA_ROOT,
never below it."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage

from core.media import AliasedStorage

NOT_SERVED_URL = "/private-not-served/"


def private_root():
    configured = getattr(settings, "ONLINEFORMS_PRIVATE_ROOT", None)
    if configured:
        return Path(configured)
    media = Path(settings.MEDIA_ROOT)
    return media.with_name(media.name + "-private")


def _private_folder():
    return FileSystemStorage(location=private_root(), base_url=NOT_SERVED_URL)


_storage = AliasedStorage("private", _private_folder, depends_on={"ONLINEFORMS_PRIVATE_ROOT"})


def private_storage():
    """Callable for FileField(storage=...), so migrations record the function, not a path."""
    return _storage
