"""The staff audit trail: what each signed-in staff member did, and every sign-in."""

import logging
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.http import HttpRequest

from .models import AuditEntry

logger = logging.getLogger("checker.staff")


def staff_user(request: HttpRequest) -> User:
    """The signed-in account of a staff page (``views.staff_required`` let no other in)."""
    user = request.user
    assert isinstance(user, User), "a staff page without a signed-in account"
    return user


def record(request: HttpRequest, reference: str, action: str) -> AuditEntry:
    """Write one line of the trail for what this signed-in staff member just did."""
    user = staff_user(request)
    return AuditEntry.objects.create(user=user, username=user.get_username(),
                                     reference=reference, action=action)


def signed_in(sender: Any, request: HttpRequest | None = None, user: Any = None,
              **kwargs: Any) -> None:
    """``user_logged_in``: every sign-in, the staff page's and the admin's, on the trail and
    in the log."""
    if user is None:
        return
    AuditEntry.objects.create(user=user, username=user.get_username(),
                              action=AuditEntry.SIGN_IN)
    logger.info("Staff sign-in: %s", user.get_username())


def sign_in_failed(sender: Any, credentials: Any = None,
                   request: HttpRequest | None = None, **kwargs: Any) -> None:
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
