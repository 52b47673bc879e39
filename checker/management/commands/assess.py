"""``manage.py assess FILE``: judge an answer set given as JSON and print the assessment.

Input: ``{"answers": {"atmp": "yes", ..., "warning_signs": [...]}}`` from FILE, or from
standard input with ``-``. Bad input prints one line naming the field and exits 2.
"""

import json
import sys

from django.core.management.base import BaseCommand

import rules

EXIT_BAD_INPUT = 2


class Command(BaseCommand):
    help = "Assess a stem cell offer from a JSON file of answers ('-' reads standard input)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a JSON file with {\"answers\": {...}}, or - for stdin")

    def handle(self, *args, **options):
        try:
            payload = json.loads(self._read(options["file"]))
            if not isinstance(payload, dict) or "answers" not in payload:
                raise rules.AnswerError("answers", 'the input must be {"answers": {...}}')
            if unknown := sorted(set(payload) - {"answers"}):
                raise rules.AnswerError(unknown[0], "unknown top-level key")
            assessment = rules.assess(payload["answers"])
        except _BadInput as exc:
            self._fail(str(exc))
        except UnicodeDecodeError:
            self._fail("input: not valid UTF-8 text")
        except json.JSONDecodeError as exc:
            self._fail(f"input: not valid JSON ({exc.msg} at line {exc.lineno})")
        except rules.AnswerError as exc:
            self._fail(str(exc))
        self.stdout.write(json.dumps(rules.to_json_dict(assessment), indent=2,
                                     ensure_ascii=False))

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
