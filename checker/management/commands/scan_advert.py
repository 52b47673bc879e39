"""``manage.py scan_advert FILE``: point at the claims in a clinic's text and print JSON.

Input: UTF-8 text from FILE, or from standard input with ``-``. Output:
``{"language": ..., "signs": [ids], "findings": [{"sign", "start", "end", "quote",
"explanation", "source"}]}``, where ``start``/``end`` are Python string indices into the text
as read (a leading byte-order mark counts as one character). Empty input, more than
``rules.scan.MAX_CHARS`` characters, or text that is not UTF-8: one line on standard error
naming the problem, exit code 2. The text itself is never written anywhere else.
"""

import json
import sys

from django.core.management.base import BaseCommand

from rules.scan import LANGUAGES, MAX_CHARS, scan

EXIT_BAD_INPUT = 2


class Command(BaseCommand):
    help = ("Point at the warning-sign claims in a clinic's advert or message "
            "(a UTF-8 text file, or - for standard input) and print them as JSON.")

    def add_arguments(self, parser):
        parser.add_argument("file", help="a UTF-8 text file, or - for standard input")
        parser.add_argument("--language", choices=LANGUAGES,
                            help="the text's language (detected when not given)")

    def handle(self, *args, **options):
        name = options["file"]
        try:
            text = self._read(name)
        except _BadInput as exc:
            self._fail(str(exc))
        except UnicodeDecodeError as exc:
            self._fail(f"{name}: not UTF-8 text (invalid byte at position {exc.start})")
        if not text.strip():
            self._fail(f"{name}: the text is empty")
        if len(text) > MAX_CHARS:
            self._fail(f"{name}: the text has {len(text)} characters; the limit is {MAX_CHARS}")
        result = scan(text, language=options.get("language"))
        self.stdout.write(json.dumps(result.to_json_dict(), indent=2, ensure_ascii=False))

    def _read(self, name: str) -> str:
        if name == "-":
            return sys.stdin.buffer.read().decode("utf-8")
        try:
            with open(name, "rb") as fh:
                return fh.read().decode("utf-8")
        except OSError as exc:
            raise _BadInput(f"{name}: cannot read ({exc.strerror})") from None

    def _fail(self, line: str) -> None:
        self.stderr.write(f"error: {line}")
        sys.exit(EXIT_BAD_INPUT)


class _BadInput(Exception):
    pass
