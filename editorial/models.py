"""Which Django group plays which editorial role (docs/editorial.md). The groups themselves, their
permissions and the review workflow are made by `manage.py setup_roles` (editorial/roles.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from editorial.enums import RoleKind


class Role(models.Model):
    group = models.OneToOneField(
        "auth.Group", verbose_name=_("group"), on_delete=models.CASCADE, related_name="editorial_role"
    )
    kind = models.CharField(_("role"), max_length=12, choices=RoleKind.choices)

    class Meta:
        verbose_name = _("editorial role")
        verbose_name_plural = _("editorial roles")
        ordering = ["kind", "group__name"]

    def __str__(self):
        return f"{self.group.name} ({self.get_kind_display()})"
