"""Who may change what, on top of Wagtail's own permissions (docs/editorial.md).

Pages use Wagtail's page permissions only: a department gets `change_page` on each German service it
owns (kept in step with `owner_group` here), translators get their rights on the English tree only,
so Wagtail's explorer, editor, workflow and translation views enforce them themselves.

Snippets have no tree. For the snippets a department or a translator may change (settings
EDITORIAL_GUARDED_SNIPPETS), `OwnedSnippetPolicy` narrows the model permission per object:
- a central editor (Redaktion) or a superuser may change every one;
- a department member only those its group owns (`owner_group`), a translator only those not in the
  source language (German); a user in both kinds of group gets both;
- a user in no editorial group keeps what the model permission says (Wagtail's default groups)."""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.contrib.forms.models import FormMixin
from wagtail.models import GroupPagePermission, Locale, Page, get_default_page_content_type, get_page_models
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from editorial.enums import RoleKind
from editorial.models import Role

# Changing, deleting, publishing and the rest need the object check; viewing and choosing do not.
GUARDED_ACTIONS = {"change", "delete", "publish", "unpublish", "lock", "unlock"}
DEFAULT_GUARDED_SNIPPETS = ("services.Office", "cms.Alert")


def source_language():
    return settings.LANGUAGE_CODE


def user_roles(user):
    """{kind: [group ids]} of the user's editorial groups (kept on the user object for the request)."""
    cached = getattr(user, "_editorial_roles", None)
    if cached is None:
        cached = {}
        if user.is_authenticated:
            for kind, group_id in Role.objects.filter(group__user=user).values_list("kind", "group_id"):
                cached.setdefault(kind, []).append(group_id)
        user._editorial_roles = cached
    return cached


def is_central(user):
    return user.is_active and (user.is_superuser or RoleKind.CENTRAL in user_roles(user))


def department_group_ids(user):
    return user_roles(user).get(RoleKind.DEPARTMENT, [])


def may_change_object(user, instance):
    """The object rule above (the model permission is checked by the caller)."""
    if is_central(user):
        return True
    roles = user_roles(user)
    if RoleKind.DEPARTMENT not in roles and RoleKind.TRANSLATION not in roles:
        return True
    owner = getattr(instance, "owner_group_id", None)
    if owner is not None and owner in roles.get(RoleKind.DEPARTMENT, []):
        return True
    if RoleKind.TRANSLATION in roles:
        locale_id = getattr(instance, "locale_id", None)
        if locale_id is not None and locale_id != _source_locale_id():
            return True
    return False


def _source_locale_id():
    return Locale.objects.filter(language_code=source_language()).values_list("pk", flat=True).first()


class OwnedSnippetPolicy(ModelPermissionPolicy):
    """The model permission, narrowed per object by `may_change_object`."""

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if action in GUARDED_ACTIONS:
            return may_change_object(user, instance)
        return True

    def instances_user_has_any_permission_for(self, user, actions):
        objects = super().instances_user_has_any_permission_for(user, actions)
        if not set(actions) <= GUARDED_ACTIONS or is_central(user):
            return objects
        roles = user_roles(user)
        if RoleKind.DEPARTMENT not in roles and RoleKind.TRANSLATION not in roles:
            return objects
        allowed = objects.none()
        if roles.get(RoleKind.DEPARTMENT) and hasattr(self.model, "owner_group"):
            allowed = allowed | objects.filter(owner_group__in=roles[RoleKind.DEPARTMENT])
        if RoleKind.TRANSLATION in roles and hasattr(self.model, "locale"):
            allowed = allowed | objects.exclude(locale_id=_source_locale_id())
        return allowed


def guarded_snippet_models():
    labels = getattr(settings, "EDITORIAL_GUARDED_SNIPPETS", DEFAULT_GUARDED_SNIPPETS)
    models = []
    for label in labels:
        try:
            models.append(apps.get_model(label))
        except LookupError:
            continue
    return models


def register_policies():
    """Called from EditorialConfig.ready(), before the snippet viewsets ask for their policy."""
    for model in guarded_snippet_models():
        register_permission_policy(model, OwnedSnippetPolicy(model))


# --- forms: whose submissions a department sees ----------------------------------------------------


def narrow_forms_to_owners(user, form_pages):
    """Of the form pages Wagtail offers the user (those it may edit), keep those whose submissions
    its role may see: every one for Redaktion and superusers; a department's own forms
    (FormPage.owner_group, either language) for department members; none for the other roles
    (translators, the Ratsbüro, the Formulare form builders). Users in no editorial group keep
    Wagtail's rule."""
    if is_central(user):
        return form_pages
    roles = user_roles(user)
    if not roles:
        return form_pages
    departments = roles.get(RoleKind.DEPARTMENT, [])
    if not departments:
        return form_pages.none()
    owned = set()
    for model in owned_form_models():
        owned.update(model.objects.filter(owner_group__in=departments).values_list("translation_key", flat=True))
    return form_pages.filter(translation_key__in=owned)


def owned_form_models():
    """Form page types (Wagtail's form builder) with an owning department."""
    return [model for model in owned_page_models() if issubclass(model, FormMixin)]


# --- a department's page permissions follow owner_group -------------------------------------------


def change_page_permission():
    return Permission.objects.get(content_type=get_default_page_content_type(), codename="change_page")


def sync_owner_permission(page):
    """Give the owning department `change_page` on this page and take it from every other
    department. Only pages in the source language: the English translations are the translators'."""
    if page.locale.language_code != source_language():
        return
    permission = change_page_permission()
    departments = Group.objects.filter(editorial_role__kind=RoleKind.DEPARTMENT)
    GroupPagePermission.objects.filter(page=page, permission=permission, group__in=departments).exclude(
        group_id=page.owner_group_id
    ).delete()
    if page.owner_group_id and departments.filter(pk=page.owner_group_id).exists():
        GroupPagePermission.objects.get_or_create(group_id=page.owner_group_id, page=page, permission=permission)


def owned_page_models():
    """Page types with an owning department (an `owner_group` field)."""
    return [model for model in get_page_models() if any(f.name == "owner_group" for f in model._meta.fields)]


def sync_all_owner_permissions():
    count = 0
    with transaction.atomic():
        for model in owned_page_models():
            for page in model.objects.filter(locale__language_code=source_language()).select_related("locale"):
                sync_owner_permission(page)
                count += 1
    return count


def owner_group_saved(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    """post_save of a page type with owner_group: the row changes on publish (a draft only saves
    a revision), so the permission follows the published owner."""
    if raw or (update_fields is not None and "owner_group" not in update_fields):
        return
    if not isinstance(instance, Page):
        return
    sync_owner_permission(instance)
