"""The phrase rules of the advert scanner, as data: which words in a clinic's own text point
at which warning sign.

The table lives in the ``rules.advert`` package, grouped by theme: ``claims`` (what the
treatment is said to do), ``offers`` (how it is sold), ``trials`` (studies, same-day
procedures, reassuring notes) and ``conditions`` (the list of diseases); the rule types,
the sign ids and the pattern notation are in ``rules.advert.model``. This module assembles
``PHRASES`` in that order; ``check_phrases`` checks the whole table: an unknown sign or
source id, a duplicate rule id, a pattern that does not compile, that matches the empty
string or that is not bounded is an error then. The scanner runs the check before it first
compiles the table (the first scan, or a server's warm-up), and a test runs it on every
test run; not at import, which every management command would pay.
"""

from .advert.check import check_table
from .advert.claims import CLAIMS
from .advert.conditions import CONDITIONS, MANY_CONDITIONS
from .advert.model import (
    BENIGN_SIGNS,
    SAME_DAY_PROCEDURE,
    SCAN_SIGNS,
    ConditionGroup,
    ListRule,
    PhraseRule,
    compile_pattern,
    expand,
)
from .advert.offers import OFFERS
from .advert.trials import TRIALS

__all__ = [
    "BENIGN_SIGNS", "CONDITIONS", "MANY_CONDITIONS", "PHRASES", "SAME_DAY_PROCEDURE",
    "SCAN_SIGNS", "ConditionGroup", "ListRule", "PhraseRule", "compile_pattern", "expand",
]

#: Every phrase rule, in the order the scanner tries them (it matters where two rules of
#: the same sign match at one place).
PHRASES: tuple[PhraseRule, ...] = (*CLAIMS, *OFFERS, *TRIALS)


def check_phrases() -> None:
    """Raise ``ValueError`` naming the first problem in this module's table (read at call
    time, so a test can swap a part of it)."""
    check_table(PHRASES, CONDITIONS, MANY_CONDITIONS, SCAN_SIGNS)
