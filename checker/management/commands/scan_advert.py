"""``manage.py scan_advert FILE``: point at the claims in a clinic's text and print JSON.

Input: UTF-8 text from FILE, or from standard input with ``-``. Output:
``{"language": ..., "signs": [ids], "findings": [{"sign", "start", "end", "quote",
"explanation", "source"}]}``, where ``start``/``end`` are Python string indices into the text
as read (a leading byte-order mark counts as one character). Empty input, more than
``rules.scan.MAX_CHARS`` characters, or text that is not UTF-8: one line on standard error
naming the problem, exit code 2. At most ``MAX_CHARS + 1`` characters are read, so an
over-long input is refused without reading it all. Each explanation is in the text's
language. When the scan stops early (its time budget ran out, or it found the most
findings it returns), the findings so far are printed with ``"complete": false`` and a
warning line goes to standard error. The text itself is
never written anywhere else.
"""

import codecs
import json
from typing import Any, BinaryIO

from django.utils import translation

from rules.scan import LANGUAGES, MAX_CHARS, scan

from ..input import BadInput, InputCommand


class Command(InputCommand):
    help = ("Point at the warning-sign claims in a clinic's advert or message "
            "(a UTF-8 text file, or - for standard input) and print them as JSON.")

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", help="a UTF-8 text file, or - for standard input")
        parser.add_argument("--language", choices=LANGUAGES,
                            help="the text's language (detected when not given)")

    def handle(self, *args: Any, **options: Any) -> None:
        name = options["file"]
        try:
            text = self.read_input(name, lambda stream: _read_at_most(stream, MAX_CHARS + 1))
        except BadInput as exc:
            self.fail(str(exc))
        except UnicodeDecodeError as exc:
            self.fail(f"{name}: not UTF-8 text (invalid byte at position {exc.start})")
        if not text.strip():
            self.fail(f"{name}: the text is empty")
        if len(text) > MAX_CHARS:
            self.fail(f"{name}: the text has more than {MAX_CHARS} characters; "
                       f"the limit is {MAX_CHARS}")
        result = scan(text, language=options.get("language"))
        output = result.to_json_dict()
        with translation.override(result.language):
            for finding in output["findings"]:
                finding["explanation"] = translation.gettext(finding["explanation"])
        self.stdout.write(json.dumps(output, indent=2, ensure_ascii=False))
        if not result.complete:
            self.stderr.write("warning: the scan stopped early (out of time, or too many "
                              "findings); these are the findings made before, there may be "
                              "more")


_CHUNK = 8192


def _read_at_most(stream: BinaryIO, limit: int) -> str:
    """Up to ``limit`` characters of UTF-8 from a byte stream, reading no more than one
    chunk past them. Bytes that are not UTF-8 raise ``UnicodeDecodeError`` whose ``start``
    is the bad byte's position in the stream."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    parts: list[str] = []
    count = consumed = 0
    while count < limit:
        chunk = stream.read(_CHUNK)
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            exc.start += consumed - pending
            raise
        consumed += len(chunk)
        parts.append(text)
        count += len(text)
        if not chunk:
            break
    return "".join(parts)[:limit]
