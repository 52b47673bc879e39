"""What the JSON-printing commands (``assess``, ``scan_advert``) share: FILE or standard input
("-") read as text, and bad input told in one line on standard error with exit code 2."""

import sys
from collections.abc import Callable
from typing import BinaryIO, NoReturn

from django.core.management.base import BaseCommand

EXIT_BAD_INPUT = 2


class BadInput(Exception):
    """Input the command cannot use; its message is the one line shown."""


class InputCommand(BaseCommand):
    def read_input(self, name: str, read: Callable[[BinaryIO], str]) -> str:
        """The text of FILE (``name``) or of standard input ("-"), as ``read`` decodes it;
        ``BadInput`` when the file cannot be opened."""
        if name == "-":
            return read(sys.stdin.buffer)
        try:
            with open(name, "rb") as fh:
                return read(fh)
        except OSError as exc:
            raise BadInput(f"{name}: cannot read ({exc.strerror})") from None

    def fail(self, line: str) -> NoReturn:
        self.stderr.write(f"error: {line}")
        sys.exit(EXIT_BAD_INPUT)
