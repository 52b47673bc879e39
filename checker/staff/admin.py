from django.contrib import admin

from .models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only for everyone, superusers included: a trail that can be edited proves nothing."""

    list_display = ("at", "username", "action", "reference")
    list_filter = ("action",)
    search_fields = ("reference", "username")
    date_hierarchy = "at"
    fields = ("at", "username", "user", "action", "reference")
    readonly_fields = fields
    actions = None

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
