"""Storages chosen by alias at first use, so that a setting decides where a kind of file goes.

`AliasedStorage("renditions", fallback)` is the storage `STORAGES["renditions"]` names, or `fallback()`
where STORAGES has no such alias (the file system). Model fields keep the storage they were given when
their model was defined; this object looks the alias up when it is first used, and again after the
settings it depends on change (tests switch to object storage and back).
"""

from django.conf import settings
from django.core.files.storage import default_storage, storages
from django.core.signals import setting_changed
from django.utils.functional import LazyObject, empty

_instances = []


class AliasedStorage(LazyObject):
    def __init__(self, alias, fallback, depends_on=()):
        super().__init__()
        self.__dict__["_alias"] = alias
        self.__dict__["_fallback"] = fallback
        self.__dict__["_depends_on"] = {"STORAGES", "MEDIA_ROOT", *depends_on}
        _instances.append(self)

    def _setup(self):
        if self._alias in settings.STORAGES:
            self._wrapped = storages[self._alias]
        else:
            self._wrapped = self._fallback()


def _reset(*, setting, **kwargs):
    for instance in _instances:
        if setting in instance.__dict__["_depends_on"]:
            instance._wrapped = empty


setting_changed.connect(_reset, dispatch_uid="core_media_aliased_storages")

# Wagtail's renditions: the public "renditions" storage when media is on object storage
# (core/storage.py), otherwise the default storage, as Wagtail does by itself.
renditions = AliasedStorage("renditions", lambda: default_storage)


def rendition_storage():
    """WAGTAILIMAGES_RENDITION_STORAGE names this function; Wagtail calls it once, for its Rendition model."""
    return renditions
