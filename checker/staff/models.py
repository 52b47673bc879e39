"""The staff area's records: who looked at which report, and failed sign-ins.

Neither holds health answers: the audit trail names a report by its reference only, and
sign-in failures are counted under keyed hashes of the username and the client address.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditEntry(models.Model):
    PAGE = "page"
    PDF_VIEW = "pdf_view"
    PDF_DOWNLOAD = "pdf_download"
    ASSISTED_START = "assisted_start"
    NOT_FOUND = "not_found"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    ACTIONS = [
        (PAGE, _("Viewed the report page")),
        (PDF_VIEW, _("Viewed the PDF")),
        (PDF_DOWNLOAD, _("Downloaded the PDF")),
        (ASSISTED_START, _("Started a questionnaire with a patient")),
        (NOT_FOUND, _("Looked up a reference that did not match")),
        (SIGN_IN, _("Signed in")),
        (SIGN_IN_FAILED, _("Failed to sign in")),
    ]

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="+", verbose_name=_("staff account"))
    #: Kept as text too, so the trail still names the account after it is deleted.
    username = models.CharField(_("username"), max_length=150)
    reference = models.CharField(_("report reference"), max_length=16, db_index=True,
                                 blank=True)
    action = models.CharField(_("what"), max_length=16, choices=ACTIONS)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")
        ordering = ["-at", "-pk"]
        # The trail is written by the staff views only: nobody gets add, change or delete.
        default_permissions = ("view",)
        permissions = [("use_staff_area", _("Can use the clinic staff area"))]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} {self.reference}"


class SignInFailures(models.Model):
    """Recent failed sign-ins for one username or one client (stored as a keyed hash)."""

    key = models.CharField(max_length=80, unique=True)
    failures = models.PositiveIntegerField(default=0)
    last_failure = models.DateTimeField(db_index=True)

    class Meta:
        default_permissions = ()

    def __str__(self) -> str:
        return f"{self.key[:12]}… {self.failures}"
