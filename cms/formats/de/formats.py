# Django's German formats, with a comma between date and time as German style guides (DIN 5008) write it.
from django.conf.locale.de.formats import *  # noqa: F403

DATETIME_FORMAT = "j. F Y, H:i"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
