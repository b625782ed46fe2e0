"""A StreamField whose top-level block the project composes.

A service page's body offers blocks from apps above services (a meeting from the council calendar, a form
from the online services). Importing them would point upwards, so the page names a composition instead,
and the project maps each name to a StreamBlock in `settings.STADTPORTAL_STREAMBLOCKS` (the project's own
`cms/blocks.py`), the way Django lets the project choose AUTH_USER_MODEL. The block is only looked up when
the field is first used, after every app is loaded. A composition the project does not name falls back to
core's BodyBlock, so an app installed alone still works."""

from django.conf import settings
from django.utils.module_loading import import_string
from wagtail.fields import StreamField

from core.blocks import BodyBlock


def composed_block(name):
    path = getattr(settings, "STADTPORTAL_STREAMBLOCKS", {}).get(name)
    return import_string(path) if path else BodyBlock


class ComposedStreamField(StreamField):
    def __init__(self, composition, **kwargs):
        # A name chooses the project's composition; Django's clone() (migrations) passes the
        # deconstructed block list instead, which is used as it is.
        self.composition = composition if isinstance(composition, str) else None
        super().__init__(composition, **kwargs)

    @property
    def block_types_arg(self):
        if self.composition is None:
            return self._block_types
        return composed_block(self.composition)

    @block_types_arg.setter
    def block_types_arg(self, value):
        self._block_types = value

    def deconstruct(self):
        # Migrations record a plain StreamField with the composed blocks, as if they were spelled out.
        name, _path, args, kwargs = super().deconstruct()
        return name, "wagtail.fields.StreamField", args, kwargs
