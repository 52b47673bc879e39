from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    name = "checker.staff"
    label = "staff"
    verbose_name = _("Clinic staff area")

    def ready(self):
        # Permissions only exist once migrate has created them, so the group is made (or
        # repaired) after every migrate rather than in a migration.
        post_migrate.connect(_ensure_group_after_migrate, sender=self,
                             dispatch_uid="staff-ensure-group")


def _ensure_group_after_migrate(sender, using="default", **kwargs):
    from .accounts import ensure_group

    ensure_group(using=using)
