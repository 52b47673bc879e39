"""``manage.py assess FILE``: judge an answer set given as JSON and print the assessment.

Input: ``{"answers": {"atmp": "yes", ..., "warning_signs": [...]}}`` from FILE, or from
standard input with ``-``. Bad input prints one line naming the field and exits 2.
"""

import json
from typing import Any, BinaryIO

import rules

from ..input import BadInput, InputCommand


def _utf8(stream: BinaryIO) -> str:
    return stream.read().decode("utf-8")


class Command(InputCommand):
    help = "Assess a stem cell offer from a JSON file of answers ('-' reads standard input)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", help="a JSON file with {\"answers\": {...}}, or - for stdin")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            payload = json.loads(self.read_input(options["file"], _utf8))
            if not isinstance(payload, dict) or "answers" not in payload:
                raise rules.AnswerError("answers", 'the input must be {"answers": {...}}')
            if unknown := sorted(set(payload) - {"answers"}):
                raise rules.AnswerError(unknown[0], "unknown top-level key")
            assessment = rules.assess(payload["answers"])
        except BadInput as exc:
            self.fail(str(exc))
        except UnicodeDecodeError:
            self.fail("input: not valid UTF-8 text")
        except json.JSONDecodeError as exc:
            self.fail(f"input: not valid JSON ({exc.msg} at line {exc.lineno})")
        except rules.AnswerError as exc:
            self.fail(str(exc))
        self.stdout.write(json.dumps(rules.to_json_dict(assessment), indent=2,
                                     ensure_ascii=False))
