"""Delete answers older than the retention period, with their PDFs and expired sessions.

Meant for a daily timer (cron or a systemd timer): ``python manage.py purge_expired``.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.management.base import BaseCommand
from django.utils import timezone

from checker.models import Questionnaire


class Command(BaseCommand):
    help = "Delete questionnaires unchanged for CHECKER_RETENTION_DAYS days, and old sessions."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="count what would be deleted, delete nothing")

    def handle(self, *args, dry_run=False, **options):
        cutoff = timezone.now() - timedelta(days=settings.RETENTION_DAYS)
        expired = Questionnaire.objects.filter(updated_at__lt=cutoff)
        sessions = Session.objects.filter(expire_date__lt=timezone.now())
        counts = (expired.count(), sessions.count())
        if not dry_run:
            expired.delete()  # cascades to the cached PDFs
            sessions.delete()
        verb = "would delete" if dry_run else "deleted"
        # Counts only: never a reference, code or answer in the output.
        self.stdout.write(f"{verb} {counts[0]} questionnaire(s) older than "
                          f"{settings.RETENTION_DAYS} days and {counts[1]} expired session(s)")
