"""The "Clinic staff" group, the permission it carries, and how staff are named on reports."""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext as _

GROUP_NAME = "Clinic staff"
PERMISSION = "staff.use_staff_area"


def ensure_group(using: str = "default") -> Group | None:
    """The Clinic staff group with the staff-area permission; None before migrations ran."""
    app_label, codename = PERMISSION.split(".")
    permission = Permission.objects.using(using).filter(
        content_type__app_label=app_label, codename=codename).first()
    if permission is None:
        return None
    group, _created = Group.objects.using(using).get_or_create(name=GROUP_NAME)
    group.permissions.add(permission)
    return group


def staff_label(user) -> str:
    """How a staff account is named on a report: full name and username, or the username."""
    if user is None:
        return ""
    name = user.get_full_name().strip()
    username = user.get_username()
    if name and name != username:
        return _("%(name)s (account %(username)s)") % {"name": name, "username": username}
    return username
