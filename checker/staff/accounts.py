"""The "Clinic staff" group and the permission it carries."""

from django.contrib.auth.models import Group, Permission

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

