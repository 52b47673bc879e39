from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.http import HttpRequest

from .models import AuditEntry

# ModelAdmin takes its model as a type argument only for the type checker (django-stubs).
if TYPE_CHECKING:
    _AuditAdmin = admin.ModelAdmin[AuditEntry]
else:
    _AuditAdmin = admin.ModelAdmin


@admin.register(AuditEntry)
class AuditEntryAdmin(_AuditAdmin):
    """Read-only for everyone, superusers included: a trail that can be edited proves nothing."""

    list_display = ("at", "username", "action", "reference")
    list_filter = ("action",)
    search_fields = ("reference", "username")
    date_hierarchy = "at"
    fields = ("at", "username", "user", "action", "reference")
    readonly_fields = fields
    actions = None

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
