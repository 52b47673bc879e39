from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    name = "checker.staff"
    label = "staff"
    verbose_name = _("Clinic staff area")

    def ready(self) -> None:
        # Permissions only exist once migrate has created them, so the group is made (or
        # repaired) after every migrate rather than in a migration.
        post_migrate.connect(_ensure_group_after_migrate, sender=self,
                             dispatch_uid="staff-ensure-group")
        # Every sign-in (the staff page's and the admin's) gets the short staff session,
        # not the patients' retention-long one.
        user_logged_in.connect(_short_session, dispatch_uid="staff-short-session")
        # Every sign-in and every failed one goes on the audit trail and in the log.
        from .audit import sign_in_failed, signed_in

        user_logged_in.connect(signed_in, dispatch_uid="staff-audit-sign-in")
        user_login_failed.connect(sign_in_failed, dispatch_uid="staff-audit-sign-in-failed")


def _short_session(sender: Any, request: Any = None, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        request.session.set_expiry(settings.STAFF_SESSION_SECONDS)


def _ensure_group_after_migrate(sender: Any, using: str = "default", **kwargs: Any) -> None:
    # Imported when called: apps.py loads before the app registry is ready, and accounts
    # imports the auth models.
    from .accounts import ensure_group

    ensure_group(using=using)
