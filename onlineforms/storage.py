"""Private storage for uploads: a folder beside MEDIA_ROOT, never below it, and without a URL.
Files reach staff only through the permission-checked view in onlineforms/admin_views.py."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import LazyObject


def private_root():
    configured = getattr(settings, "ONLINEFORMS_PRIVATE_ROOT", None)
    if configured:
        return Path(configured)
    media = Path(settings.MEDIA_ROOT)
    return media.with_name(media.name + "-private")


class PrivateStorage(LazyObject):
    def _setup(self):
        self._wrapped = FileSystemStorage(location=private_root(), base_url="/private-not-served/")


_storage = PrivateStorage()


def private_storage():
    """Callable for FileField(storage=...), so migrations record the function, not a path."""
    return _storage
