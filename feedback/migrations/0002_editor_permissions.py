"""Wagtail's Editors and Moderators may read the feedback report and mark review tasks as done."""

from django.db import migrations

GROUPS = ("Editors", "Moderators")
PERMISSIONS = [("vote", "view_vote", "Can view feedback vote"), ("reviewtask", "change_reviewtask", "Can change feedback review task")]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permissions = []
    for model, codename, name in PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label="feedback", model=model)
        permission, _ = Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})
        permissions.append(permission)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permissions = Permission.objects.filter(content_type__app_label="feedback", codename__in=[p[1] for p in PERMISSIONS])
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
