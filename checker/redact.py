"""Redaction of questionnaire ids, references and codes from log lines, and escaping of
control characters in them.

A request line such as ``GET /q/6f1c.../report/`` ties a log line to one patient's answers,
so the ids, references (``SC-7KQ4-M2XD``) and codes (``7KQ4-M2XD``) that open them are
replaced, and query strings are dropped whole: they are never needed to run the site and may
hold anything a form sent. No Django import, so gunicorn's master process can use it too.
"""

import logging
import re

_HEX = "[0-9a-f]"
# Crockford's base32 (checker/codes.py), either case: no I, L, O or U, so slugs such as
# "cell-type" stay readable.
_GROUP = "[0-9a-hjkmnp-tv-z]{4}"
# Resume codes have three groups (7KQ4-M2XD-9F3A); references and older codes two.
_CODE = f"{_GROUP}-{_GROUP}(?:-{_GROUP})?"
# Not part of a longer word or dashed token, so "release-2024-abcd" style slugs are kept.
_ALONE_BEFORE = r"(?<![0-9a-z-])"
_ALONE_AFTER = r"(?![0-9a-z-])"

_PATTERNS = [
    # The query string, up to the end of the URL (a space or quote in a request line).
    (re.compile(r"\?[^\s\"']*"), "?[redacted]"),
    (re.compile(_ALONE_BEFORE + _HEX + "{8}-?" + _HEX + "{4}-?" + _HEX + "{4}-?" + _HEX
                + "{4}-?" + _HEX + "{12}" + _ALONE_AFTER, re.IGNORECASE), "[id]"),
    # A reference may follow a hyphen, as in a PDF's name: "...-report-SC-7KQ4-M2XD.pdf".
    (re.compile(r"(?<![0-9a-z])sc-" + _CODE + _ALONE_AFTER, re.IGNORECASE), "[reference]"),
    (re.compile(_ALONE_BEFORE + _CODE + _ALONE_AFTER, re.IGNORECASE), "[code]"),
]


# Control characters (C0, DEL, C1) and the bidi overrides and isolates: a decoded %0A in a
# path would otherwise start a forged log line, and U+202E would reorder what a reader sees.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str) -> str:
    """Control characters as visible escapes (``\\n``, ``\\x00``, ``\\u202e``)."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactFilter(logging.Filter):
    """Rewrites a record's message (and its traceback text) with `redact`; drops nothing."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken record is for logging itself to report
            return True
        # One record, one line: a newline in a message can only come from what was sent.
        record.msg, record.args = escape_controls(redact(message)), ()
        if record.exc_info and not record.exc_text:
            # Exception messages can quote stored values (a database error's DETAIL line).
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def neutralise(text: str) -> str:
    """Typed text without control characters or bidi overrides, marks and isolates, so it
    cannot reorder or hide what is printed around it (on the report page and in the PDF)."""
    return _HIDDEN.sub("", text)
