from .models import AuditEntry


def record(request, reference: str, action: str) -> AuditEntry:
    """Write one line of the trail for what this signed-in staff member just did."""
    return AuditEntry.objects.create(user=request.user, username=request.user.get_username(),
                                     reference=reference, action=action)
