"""Reads a clinic's own text (an advert, a web page, a message, a quote) and points at the
claims that match a warning sign: ``scan(text) -> Scan``.

The text is folded one character at a time (lower case, accents removed, curly quotes and
dashes made plain), so a position in the folded text is the same position in the original
and every finding's ``start``/``end`` index the text exactly as given. (Text in decomposed
form, a letter followed by a combining accent, is folded with an offset map instead.)

A match does not count when, in its own clause, a negation comes just before it ("not
proven", "no hay garantías", "we do not promise a cure"), when its sentence warns about the
claim ("beware of clinics that promise a cure"), or, for claims about evidence, results and
safety, when it is hedged ("to find out whether it is safe and effective"). The scanner only
suggests: the patient confirms each sign.

The work is done in the ``rules.advert`` package: ``text`` (folding, language), ``context``
(negations, warnings, hedges), ``prefixes`` and ``index`` (the patterns filed by their first
characters), ``scanner`` (``scan`` and its results). This module is the public face.
"""

from .advert.prefixes import PREFIX as _PREFIX
from .advert.prefixes import prefixes as _prefixes
from .advert.scanner import MAX_CHARS, Finding, FindingDict, Scan, ScanDict, scan
from .advert.text import ENGLISH, LANGUAGES, SPANISH, detect_language, fold
from .phrases import PHRASES, SCAN_SIGNS

__all__ = [
    "ENGLISH", "LANGUAGES", "MAX_CHARS", "SPANISH", "Finding", "FindingDict", "Scan",
    "ScanDict", "detect_language", "fold", "scan",
]

# For tests/rules/test_scan.py::test_the_prefix_index_never_hides_a_match.
_PREFIX, _prefixes = _PREFIX, _prefixes

assert all(rule.sign in SCAN_SIGNS for rule in PHRASES)
