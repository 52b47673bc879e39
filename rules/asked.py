"""Which answers count, and which questions a patient is asked: the one place that decides
it (issue 21, "one direction"). The pages (checker/steps.py), what is stored
(checker/models.py), check your answers and the report read it from here; nothing here knows
about pages.

An answer counts only while its question applies, given the answers before it in
questionnaire order (``applicability.applicable``): an answer stored on a question that no
longer applies is kept but ignored, so changing an answer back brings it back. Pure
functions of the answers.
"""

from collections.abc import Mapping
from typing import Any

from .applicability import applicable
from .catalogue import ANSWER_IDS, QUESTIONS_BY_ID
from .question_model import TEXT


def relevant_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """The stored answers that count: each one kept only if its question applies, given the
    answers before it (in questionnaire order)."""
    kept: dict[str, Any] = {}
    for answer_id in ANSWER_IDS:
        if answer_id in answers and applicable(answer_id, kept):
            kept[answer_id] = answers[answer_id]
    return kept


def asked(answers: Mapping[str, Any]) -> list[str]:
    """The answer ids a patient with these answers is asked, in questionnaire order."""
    kept = relevant_answers(answers)
    return [aid for aid in ANSWER_IDS if applicable(aid, kept)]


def optional(answer_id: str) -> bool:
    """An answer that may stay empty (an identifier the patient may not have)."""
    question = QUESTIONS_BY_ID.get(answer_id)
    return question is not None and question.kind == TEXT


def unanswered(answers: Mapping[str, Any]) -> list[str]:
    """The answer ids still missing, in questionnaire order (optional ones never are)."""
    relevant = relevant_answers(answers)
    return [aid for aid in asked(answers) if aid not in relevant and not optional(aid)]
