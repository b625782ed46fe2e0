"""Meeting places become translatable (a locale and a translation key, like committees and meetings),
and city events get the dates a recurring one leaves out.

Every existing place becomes the German (default-locale) place with a translation key of its own, so
the meetings that link to it keep their place; an English translation can then be made in the admin
(wagtail-localize). The key is given per row: a column default would give every row the same one.
The columns become required in 0006, in a transaction of its own (PostgreSQL does not alter a table
with row changes pending in the same transaction)."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import council.models.records


def places_become_german(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Location = apps.get_model("council", "Location")
    if not Location.objects.exists():
        return
    locale = (
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        or Locale.objects.order_by("pk").first()
        or Locale.objects.create(language_code=settings.LANGUAGE_CODE)
    )
    for place in Location.objects.all():
        place.locale_id = locale.pk
        place.translation_key = uuid.uuid4()
        place.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("council", "0004_oparl_people_papers_files_lists"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="exceptions",
            field=models.TextField(
                blank=True,
                help_text="For recurring events: the dates on which it does not take place, e.g. 2026-12-24, 2026-12-31.",
                max_length=2000,
                validators=[council.models.records.validate_exception_dates],
                verbose_name="except on",
            ),
        ),
        migrations.AddField(
            model_name="location",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="location",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(places_become_german, migrations.RunPython.noop),
    ]
