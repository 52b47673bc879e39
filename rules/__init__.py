"""The rules engine of the stem cell offer checker: pure Python, no Django.

``assess(answers)`` takes answers keyed by the catalogue's question ids and returns an
``Assessment``: the verdict (red, amber, green), each criterion's status with the findings
that decided it, the warning signs, the questions still to ask and the documents to request.
"""

from .answers import AnswerError, Answers, parse_answers
from .applicability import applicable, wording
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
from .serialize import to_json_dict
from .sources import SOURCES
from .table import AMBER, CRITERIA, GREEN, MET, NOT_MET, RED, RULES, UNKNOWN, VERDICTS
from .version import REVIEWED_ON, RULESET_VERSION

__all__ = [
    "AMBER", "ANSWER_IDS", "ANSWER_LABELS", "CRITERIA", "DOCUMENTS", "GREEN", "MET",
    "NOT_MET", "NO_WARNING_SIGNS", "QUESTIONS", "QUESTIONS_BY_ID", "RED", "REVIEWED_ON",
    "RULES", "RULESET_VERSION", "SOURCES", "UNKNOWN", "VERDICTS", "WARNING_SIGNS",
    "WARNING_SIGNS_BY_ID", "WARNING_SIGNS_ID", "WARNING_SIGNS_UNSURE",
    "AnswerError", "Answers", "Assessment", "applicable", "assess", "parse_answers",
    "to_json_dict", "wording",
]
