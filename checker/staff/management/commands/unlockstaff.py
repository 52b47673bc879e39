"""Lift a sign-in lock-out for one username, e.g. after a member of staff mistyped too often.

Only the username's count is cleared: a lock on a client address (many usernames tried from
one place) runs out by itself.
"""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from ... import throttle


class Command(BaseCommand):
    help = "Clear the failed sign-ins recorded for USERNAME, lifting any wait or lock-out."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    def handle(self, *args: Any, username: str, **options: Any) -> None:
        cleared = throttle.clear_username(username)
        self.stdout.write(f"Cleared {cleared} failed sign-in(s) recorded for {username!r}.")
