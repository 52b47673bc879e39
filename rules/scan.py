"""Reads a clinic's own text (an advert, a web page, a message, a quote) and points at the
claims that match a warning sign: ``scan(text) -> Scan``.

The text is folded one character at a time (lower case, accents removed, curly quotes and
dashes made plain), so a position in the folded text is the same position in the original
and every finding's ``start``/``end`` index the text exactly as given. (Text in decomposed
form, a letter followed by a combining accent, is folded with an offset map instead.)

Two kinds of rule find the claims: the phrase table (``rules.phrases``: the set phrases
of selling, prices, deposits, deadlines, travel) over the folded text, and the claim frames
(``rules.advert.frames``: proof, cure and repair, safety, same-day procedures, "no agency
needed") over the text's Snowball word stems, so one frame covers every form of its words
in English and Spanish.

A match does not count when, in its own clause, a negation comes just before it ("not
proven", "no hay garantías", "we do not promise a cure"), when its sentence warns about the
claim or reports someone else's ("beware of clinics that promise a cure", "some clinics
claim", "la agencia advierte"), when an agency is the one who found a product safe or
effective, when it is asked rather than claimed ("Will I have to pay? No."), or, for claims
about evidence, results and safety, when it is hedged ("to find out whether it is safe and
effective"). An agency's approval or appraisal, or a trial register's record, is not read
for the claims it is expected to discuss (results, safety, price). Conditions of one body
system (knee, hip, shoulder) are not "unrelated illnesses". The scanner only suggests: the
patient confirms each sign.

Every pattern is bounded (checked before the table is first compiled: by ``warm_up`` at a
server's start, or by the first scan) and tried only where it can start, so a scan is linear
in the text's length; a time budget (``BUDGET_SECONDS``) ends a scan with what it found so
far and ``Scan.complete`` False.

The work is done in the ``rules.advert`` package: ``text`` (folding, language), ``context``
(negations, warnings, reported speech, hedges, agency sources), ``prefixes`` and ``index``
(the patterns filed by their first characters), ``frames`` and ``stemmed`` (the claim frames
and the line of stems), ``scanner`` (``scan`` and its results). This module is the public
face.
"""

from .advert.prefixes import PREFIX as _PREFIX
from .advert.prefixes import prefixes as _prefixes
from .advert.scanner import (
    BUDGET_SECONDS,
    MAX_CHARS,
    Finding,
    FindingDict,
    Scan,
    ScanDict,
    scan,
)
from .advert.scanner import tables as warm_up
from .advert.text import ENGLISH, LANGUAGES, SPANISH, detect_language, fold
from .phrases import PHRASES, SCAN_SIGNS

__all__ = [
    "BUDGET_SECONDS", "ENGLISH", "LANGUAGES", "MAX_CHARS", "SPANISH", "Finding", "FindingDict",
    "Scan", "ScanDict", "detect_language", "fold", "scan", "warm_up",
]

# For tests/rules/test_scan.py::test_the_prefix_index_never_hides_a_match.
_PREFIX, _prefixes = _PREFIX, _prefixes

assert all(rule.sign in SCAN_SIGNS for rule in PHRASES)
