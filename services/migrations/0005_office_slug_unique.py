from django.db import migrations, models


class Migration(migrations.Migration):
    """An office's address is unique in its language (the slugs were filled in 0004)."""

    dependencies = [
        ("services", "0004_offices_pages"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="office",
            constraint=models.UniqueConstraint(fields=("locale", "slug"), name="services_office_slug_unique_per_locale"),
        ),
    ]
