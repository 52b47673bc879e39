"""The staff audit trail: what each signed-in staff member did, and every sign-in."""

import logging

from django.contrib.auth import get_user_model

from .models import AuditEntry

logger = logging.getLogger("checker.staff")


def record(request, reference: str, action: str) -> AuditEntry:
    """Write one line of the trail for what this signed-in staff member just did."""
    return AuditEntry.objects.create(user=request.user, username=request.user.get_username(),
                                     reference=reference, action=action)


def signed_in(sender, request=None, user=None, **kwargs) -> None:
    """``user_logged_in``: every sign-in, the staff page's and the admin's, on the trail and
    in the log."""
    if user is None:
        return
    AuditEntry.objects.create(user=user, username=user.get_username(),
                              action=AuditEntry.SIGN_IN)
    logger.info("Staff sign-in: %s", user.get_username())


def sign_in_failed(sender, credentials=None, request=None, **kwargs) -> None:
    """``user_login_failed``: a failed (or throttled) sign-in. The typed name is kept only
    when it is an account's: a mistyped one may be a password typed in the wrong field."""
    model = get_user_model()
    typed = str((credentials or {}).get(model.USERNAME_FIELD, ""))[:150]
    user = model._default_manager.filter(**{model.USERNAME_FIELD: typed}).first() if typed else None
    username = user.get_username() if user else ""
    AuditEntry.objects.create(user=user, username=username, action=AuditEntry.SIGN_IN_FAILED)
    if user:
        logger.warning("Staff sign-in failed for the account %s", username)
    else:
        logger.warning("Staff sign-in failed for a name that is no account")
