"""The editorial groups, their permissions and the review workflow, made or brought up to date by
`manage.py setup_roles` (idempotent; seed_demo runs it). docs/editorial.md has the table.

Everything is built from Wagtail's own permission model: page permissions on a subtree
(GroupPagePermission), collection permissions for images and documents (GroupCollectionPermission),
model permissions for snippets, and a GroupApprovalTask for the review step."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
    get_default_page_content_type,
)

from editorial.enums import RoleKind
from editorial.models import Role
from editorial.permissions import sync_all_owner_permissions
from onlineforms.models import FormIndexPage

CENTRAL = "Redaktion"
TRANSLATION = "Übersetzung"
COUNCIL = "Ratsbüro"
FORMS = "Formulare"
WORKFLOW_NAME = "Redaktion prüft"
TASK_NAME = "Freigabe durch die Redaktion"

ADMIN = ["wagtailadmin.access_admin"]
# Snippets with drafts and Wagtail's snippet workflow ("Redaktion prüft"): (app label, model name).
WORKFLOW_SNIPPETS = [("services", "office"), ("cms", "alert")]
SUBMISSIONS = ["onlineforms.view_submission", "onlineforms.change_submission", "bookings.view_booking"]
IMAGES_AND_DOCUMENTS_USE = ["wagtailimages.add_image", "wagtailimages.choose_image",
                            "wagtaildocs.add_document", "wagtaildocs.choose_document"]
IMAGES_AND_DOCUMENTS_ALL = [*IMAGES_AND_DOCUMENTS_USE, "wagtailimages.change_image", "wagtailimages.delete_image",
                            "wagtaildocs.change_document", "wagtaildocs.delete_document"]

# kind: (model permissions, page permissions on every home page or only on the translations' homes,
#        collection permissions on the root collection)
MODEL_PERMISSIONS = {
    RoleKind.CENTRAL: [
        *ADMIN,
        *(f"{label}.{action}_{model}" for label, model in WORKFLOW_SNIPPETS
          for action in ("add", "change", "delete", "view", "publish", "lock", "unlock")),
        "wagtail_localize.submit_translation",
        "wagtailsearchpromotions.add_querypromotion", "wagtailsearchpromotions.change_querypromotion",
        "wagtailsearchpromotions.delete_querypromotion",
        *SUBMISSIONS, "onlineforms.delete_submission", "bookings.change_booking",
        # The pickup calendar: days without pickups and single days' capacities (no personal data).
        *(f"bookings.{action}_{model}" for model in ("closedday", "daycapacity")
          for action in ("add", "change", "delete", "view")),
        "billing.view_payment",
    ],
    # A department's submissions, bookings and payments: of its own forms only (onlineforms/scope.py
    # and editorial.permissions.narrow_forms_to_owners narrow the model permissions); it refunds the
    # fees of its own requests (billing/staff.py).
    RoleKind.DEPARTMENT: [
        *ADMIN, "services.change_office", "services.view_office", *SUBMISSIONS,
        "billing.view_payment", "billing.refund_payment",
    ],
    # Translators publish English offices and alerts themselves (as English pages); OwnedSnippetPolicy
    # and the editorial hooks refuse them German ones.
    RoleKind.TRANSLATION: [
        *ADMIN,
        "services.change_office", "services.view_office", "services.publish_office",
        "cms.change_alert", "cms.view_alert", "cms.publish_alert",
        "wagtail_localize.submit_translation",
    ],
    RoleKind.COUNCIL: [
        *ADMIN,
        *(f"council.{action}_{model}" for model in ("committee", "meeting", "event", "location")
          for action in ("add", "change", "delete", "view")),
    ],
    # Form builders for every department: they build and change form pages (submitted for review),
    # and see no submissions (citizens' data is the owning department's).
    RoleKind.FORMS: [*ADMIN],
}
CENTRAL_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"]
TRANSLATION_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
FORMS_PAGE_PERMISSIONS = ["add_page", "change_page"]
COLLECTION_PERMISSIONS = {
    RoleKind.CENTRAL: IMAGES_AND_DOCUMENTS_ALL,
    RoleKind.DEPARTMENT: IMAGES_AND_DOCUMENTS_USE,
    RoleKind.TRANSLATION: ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
}


def _permissions(names):
    found = []
    for name in names:
        app_label, codename = name.split(".")
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:  # an app that is not installed (e.g. search promotions) is skipped
            found.append(permission)
    return found


def home_pages():
    """The root page of each site and its translations (one home page per language)."""
    homes = []
    for site in Site.objects.select_related("root_page"):
        for page in Page.objects.filter(translation_key=site.root_page.translation_key).order_by("pk"):
            if page not in homes:
                homes.append(page)
    return homes


def form_indexes():
    """The lists of online forms in the source language (the form builders' subtree)."""
    return list(FormIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("pk"))


def _page_permissions(group, pages, codenames):
    content_type = get_default_page_content_type()
    wanted = {(page.pk, permission.pk) for page in pages for permission in
              Permission.objects.filter(content_type=content_type, codename__in=codenames)}
    existing = GroupPagePermission.objects.filter(group=group)
    for grant in existing:
        if (grant.page_id, grant.permission_id) not in wanted:
            grant.delete()
    for page_id, permission_id in wanted:
        GroupPagePermission.objects.get_or_create(group=group, page_id=page_id, permission_id=permission_id)


def _collection_permissions(group, names):
    root = Collection.get_first_root_node()
    permissions = _permissions(names)
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=root, permission__in=permissions
    ).delete()
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


def ensure_group(name, kind):
    group, _created = Group.objects.get_or_create(name=name)
    Role.objects.update_or_create(group=group, defaults={"kind": kind})
    apply_role(group, kind)
    return group


def apply_role(group, kind):
    """Give the group exactly its role's permissions (page permissions of a department are the
    owned pages', kept by editorial.permissions)."""
    group.permissions.set(_permissions(MODEL_PERMISSIONS[kind]))
    homes = home_pages()
    source = settings.LANGUAGE_CODE
    if kind == RoleKind.CENTRAL:
        _page_permissions(group, [Page.get_first_root_node()], CENTRAL_PAGE_PERMISSIONS)
    elif kind == RoleKind.TRANSLATION:
        translations = [home for home in homes if home.locale.language_code != source]
        _page_permissions(group, translations, TRANSLATION_PAGE_PERMISSIONS)
    elif kind == RoleKind.FORMS:
        _page_permissions(group, form_indexes(), FORMS_PAGE_PERMISSIONS)
    elif kind != RoleKind.DEPARTMENT:
        _page_permissions(group, [], [])
    _collection_permissions(group, COLLECTION_PERMISSIONS.get(kind, []))


def ensure_workflow(central):
    """"Redaktion prüft": one GroupApprovalTask for the central team, on every home page and on
    the snippets with drafts (offices, alerts: Wagtail's WorkflowContentType)."""
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first() or GroupApprovalTask.objects.create(
        name=TASK_NAME
    )
    task.groups.set([central])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for home in home_pages():
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    for app_label, model in WORKFLOW_SNIPPETS:
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is not None:
            WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def setup_roles(departments=()):
    """Create or update every editorial group and the workflow; `departments` names department
    groups to create (existing department groups are kept and brought up to date)."""
    groups = {
        RoleKind.CENTRAL: ensure_group(CENTRAL, RoleKind.CENTRAL),
        RoleKind.TRANSLATION: ensure_group(TRANSLATION, RoleKind.TRANSLATION),
        RoleKind.COUNCIL: ensure_group(COUNCIL, RoleKind.COUNCIL),
        RoleKind.FORMS: ensure_group(FORMS, RoleKind.FORMS),
    }
    for name in departments:
        ensure_group(name, RoleKind.DEPARTMENT)
    for role in Role.objects.filter(kind=RoleKind.DEPARTMENT).select_related("group"):
        apply_role(role.group, RoleKind.DEPARTMENT)
    ensure_workflow(groups[RoleKind.CENTRAL])
    sync_all_owner_permissions()
    return groups


def department_groups():
    return Group.objects.filter(editorial_role__kind=RoleKind.DEPARTMENT).order_by("name")
