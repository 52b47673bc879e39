"""In local development only: a demo staff account with a fresh password, printed.

``scripts/run`` calls this so a newcomer can try /staff/ at once. It refuses to run unless
DEBUG is on, so a production server never gets an account with a printed password.
"""

import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from ...accounts import ensure_group

USERNAME = "demo-staff"


class Command(BaseCommand):
    help = "DEBUG only: create or reset the demo clinic staff account and print its password."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError("demostaff only runs with DEBUG on (local development); use "
                               "createstaff for real accounts.", returncode=2)
        group = ensure_group()
        if group is None:
            raise CommandError("Run 'python manage.py migrate' first.")
        User = get_user_model()
        password = secrets.token_urlsafe(12)
        with transaction.atomic():
            user, _created = User.objects.get_or_create(
                **{User.USERNAME_FIELD: USERNAME},
                defaults={"first_name": "Demo", "last_name": "Staff"})
            user.set_password(password)
            user.is_active = True
            user.save()
            user.groups.add(group)
        self.stdout.write(
            f"Demo clinic staff account (local development only): username {USERNAME}, "
            f"password {password} - sign in at /staff/")
