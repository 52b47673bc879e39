"""Delete answers older than the retention period, with their PDFs and expired sessions;
the staff audit trail after its own retention period; and ended rate-limit windows.

Meant for a daily timer (cron or a systemd timer): ``python manage.py purge_expired``.
"""

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from checker.models import Questionnaire, RateLimitWindow
from checker.staff.models import AuditEntry


class Command(BaseCommand):
    help = ("Delete questionnaires unchanged for CHECKER_RETENTION_DAYS days, audit entries "
            "older than CHECKER_AUDIT_RETENTION_DAYS days, and old sessions.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true",
                            help="count what would be deleted, delete nothing")

    def handle(self, *args: Any, dry_run: bool = False, **options: Any) -> None:
        now = timezone.now()
        expired = Questionnaire.objects.filter(
            updated_at__lt=now - timedelta(days=settings.RETENTION_DAYS))
        audit = AuditEntry.objects.filter(
            at__lt=now - timedelta(days=settings.AUDIT_RETENTION_DAYS))
        sessions = Session.objects.filter(expire_date__lt=now)
        windows = RateLimitWindow.objects.filter(expires_at__lte=now)
        counts = (expired.count(), audit.count(), sessions.count())
        if not dry_run:
            expired.delete()  # cascades to the cached PDFs
            audit.delete()
            sessions.delete()
            windows.delete()
        verb = "would delete" if dry_run else "deleted"
        # Counts only: never a reference, code or answer in the output.
        self.stdout.write(f"{verb} {counts[0]} questionnaire(s) older than "
                          f"{settings.RETENTION_DAYS} days, {counts[1]} audit entr"
                          f"{'y' if counts[1] == 1 else 'ies'} older than "
                          f"{settings.AUDIT_RETENTION_DAYS} days and {counts[2]} expired "
                          f"session(s)")
