"""The rules engine of the stem cell offer checker: pure Python, no Django.

``assess(answers)`` takes answers keyed by the catalogue's question ids and returns an
``Assessment``: the verdict (red, amber, green, or out_of_scope for a transplant), each
criterion's status with the findings that decided it, the warning signs, the questions still
to ask, the documents to request, the identifiers typed in and the country's regulator.
"""

from .answers import AnswerError, Answers, parse_answers
from .applicability import applicable, wording
from .assessment import SEEN_IN_WRITING
from .catalogue import (
    ANSWER_IDS,
    ANSWER_LABELS,
    DOCUMENTS,
    NO_WARNING_SIGNS,
    QUESTIONS,
    QUESTIONS_BY_ID,
    WARNING_SIGNS,
    WARNING_SIGNS_BY_ID,
    WARNING_SIGNS_ID,
    WARNING_SIGNS_UNSURE,
)
from .engine import Assessment, assess
from .identifiers import Identifier, identify
from .regulators import Regulator, regulator_for
from .serialize import to_json_dict
from .sources import SOURCES
from .table import (
    AMBER,
    CRITERIA,
    GREEN,
    MET,
    NOT_MET,
    OUT_OF_SCOPE,
    RED,
    RULES,
    UNKNOWN,
    VERDICTS,
)
from .version import REVIEWED_ON, RULESET_VERSION

__all__ = [
    "OUT_OF_SCOPE", "SEEN_IN_WRITING", "Identifier", "Regulator", "identify", "regulator_for",
    "AMBER", "ANSWER_IDS", "ANSWER_LABELS", "CRITERIA", "DOCUMENTS", "GREEN", "MET",
    "NOT_MET", "NO_WARNING_SIGNS", "QUESTIONS", "QUESTIONS_BY_ID", "RED", "REVIEWED_ON",
    "RULES", "RULESET_VERSION", "SOURCES", "UNKNOWN", "VERDICTS", "WARNING_SIGNS",
    "WARNING_SIGNS_BY_ID", "WARNING_SIGNS_ID", "WARNING_SIGNS_UNSURE",
    "AnswerError", "Answers", "Assessment", "applicable", "assess", "parse_answers",
    "to_json_dict", "wording",
]
