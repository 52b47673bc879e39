"""One row builder for the answers and the offer details, shown on check your answers,
the report page and the PDF: the same labels and wording everywhere."""

from typing import Any

from django.utils.translation import gettext

import rules
from rules.catalogue import UNSURE

from .labels import answer_label
from .offer import OFFER_FIELDS, ROUTES
from .steps import OFFER_STEP, STEP_OF


def answer_title(answer_id: str) -> str:
    """What an answer is about: its question, or "Warning signs"."""
    question = rules.QUESTIONS_BY_ID.get(answer_id)
    return gettext(question.text) if question else gettext("Warning signs")


def answer_rows(answers: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per answer id, in questionnaire order; unanswered ones say so."""
    rows = []
    for answer_id in rules.ANSWER_IDS:
        question = rules.QUESTIONS_BY_ID.get(answer_id)
        value = answers.get(answer_id)
        rows.append({
            "id": answer_id,
            "number": question.number if question else "",
            "label": answer_title(answer_id),
            "answer": answer_label(answer_id, value),
            "answered": value is not None,
            "unsure": value in (None, UNSURE),
            "source": question.source if question else None,
            "step": STEP_OF[answer_id].slug,
        })
    return rows


def _offer_value(field_id: str, value: Any) -> str:
    if field_id == "route" and value in ROUTES:
        return str(ROUTES[value])
    return str(value).strip()


def offer_rows(offer: dict[str, Any], *, blanks: bool = False) -> list[dict[str, Any]]:
    """One row per offer detail given (every field with ``blanks``, empty ones as "")."""
    rows = []
    for field in OFFER_FIELDS:
        value = offer.get(field.id)
        text = "" if value in (None, "") else _offer_value(field.id, value)
        if text or blanks:
            rows.append({"id": field.id, "label": str(field.label), "value": text,
                         "step": OFFER_STEP})
    return rows
