"""Create a clinic staff account without prompts, for set-up scripts and deployments.

The password comes from the STAFF_PASSWORD environment variable (never a command-line
argument, which other users of the machine could read in the process list). Without it,
the command asks for it when run in a terminal, and otherwise stops with exit code 2.
An existing username is refused unless --update is given, which sets the new password and
adds the account to the Clinic staff group.
"""

import getpass
import os
import sys
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from ...accounts import GROUP_NAME, ensure_group

ENV = "STAFF_PASSWORD"
_USAGE_ERROR = 2


def _fail(message: str) -> CommandError:
    return CommandError(message, returncode=_USAGE_ERROR)


class Command(BaseCommand):
    help = (f"Create a clinic staff account (group '{GROUP_NAME}'). The password is read from "
            f"the {ENV} environment variable, or asked for in a terminal.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", default="",
                            help="Full name shown on reports filled in with this person's help.")
        parser.add_argument("--email", default="")
        parser.add_argument("--update", action="store_true",
                            help="If the account exists, set the new password and add it to "
                                 "the staff group instead of stopping with an error.")

    def handle(self, *args: Any, username: str, name: str, email: str, update: bool,
               **options: Any) -> None:
        User = get_user_model()
        username = username.strip()
        try:
            User.username_validator(username)
        except ValidationError as error:
            raise _fail(f"Invalid username {username!r}: {' '.join(error.messages)}") from None
        limit = getattr(User._meta.get_field(User.USERNAME_FIELD), "max_length", None) or 150
        if len(username) > limit:
            raise _fail("The username is too long.")

        existing = User.objects.filter(**{User.USERNAME_FIELD: username}).first()
        if existing and not update:
            raise _fail(f"The account {username!r} exists already. To give it this password "
                        "and make it clinic staff, run the command again with --update.")

        password = self._password()
        user = existing or User(**{User.USERNAME_FIELD: username})
        if name:
            first, _sep, last = name.strip().partition(" ")
            user.first_name, user.last_name = first, last
        if email:
            user.email = email
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise _fail("The password was refused: " + " ".join(error.messages)) from None

        group = ensure_group()
        if group is None:
            raise CommandError("The staff permission is missing: run 'python manage.py "
                               "migrate' first.")
        with transaction.atomic():
            user.set_password(password)
            user.is_active = True
            user.save()
            user.groups.add(group)
        verb = "Updated" if existing else "Created"
        self.stdout.write(self.style.SUCCESS(
            f"{verb} clinic staff account {username!r}. It can sign in at /staff/sign-in/."))

    def _password(self) -> str:
        password = os.environ.get(ENV)
        if password is not None:
            if not password:
                raise _fail(f"{ENV} is set but empty.")
            return password
        if not sys.stdin.isatty():
            raise _fail(f"No password: set the {ENV} environment variable, or run the command "
                        "in a terminal to be asked for one.")
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise _fail("The two passwords were not the same.")
        if not password:
            raise _fail("The password is empty.")
        return password
