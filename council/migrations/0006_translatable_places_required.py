"""Meeting places: locale and translation key required, one place per key and language (see 0005)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("council", "0005_translatable_places_event_exceptions"),
    ]

    operations = [
        migrations.AlterField(
            model_name="location",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="location",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="location",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterField(
            model_name="meeting",
            name="location",
            field=models.ForeignKey(
                blank=True,
                limit_choices_to={"locale__language_code": "de"},
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="meetings",
                to="council.location",
                verbose_name="place",
            ),
        ),
    ]
