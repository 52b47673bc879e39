"""One row builder for the answers and the offer details, shown on check your answers,
the report page and the PDF: the same labels and wording everywhere."""

from collections.abc import Mapping
from typing import TypedDict

from django.utils.translation import gettext

import rules
from rules.asked import asked, relevant_answers
from rules.catalogue import UNSURE

from .labels import answer_label
from .offer import OFFER_FIELDS
from .steps import OFFER_STEP, STEP_OF


class AnswerRow(TypedDict):
    """One answer as shown: its question's number ("" for the warning signs, which have
    none), its label and the answer's words."""

    id: str
    number: str
    label: str
    answer: str
    answered: bool
    unsure: bool
    #: The question's source id; None for the warning signs (each sign cites its own).
    source: str | None
    #: The slug of the page that asks it.
    step: str


class OfferRow(TypedDict):
    """One offer detail the patient typed ("" when left blank and asked for with blanks)."""

    id: str
    label: str
    value: str
    step: str


def answer_title(answer_id: str, answers: Mapping[str, object] | None = None) -> str:
    """What an answer is about: its question as worded for these answers, or "Warning
    signs"."""
    if answer_id not in rules.QUESTIONS_BY_ID:
        return gettext("Warning signs")
    return gettext(rules.wording(answer_id, answers or {})[0])


def answer_rows(answers: Mapping[str, object]) -> list[AnswerRow]:
    """One row per question asked, in questionnaire order; unanswered ones say so. Answers
    to questions that do not apply to this offer are left out."""
    answers = relevant_answers(answers)
    rows: list[AnswerRow] = []
    for answer_id in asked(answers):
        question = rules.QUESTIONS_BY_ID.get(answer_id)
        value = answers.get(answer_id)
        rows.append({
            "id": answer_id,
            "number": question.number if question else "",
            "label": answer_title(answer_id, answers),
            "answer": answer_label(answer_id, value),
            "answered": value is not None,
            "unsure": value in (None, UNSURE),
            "source": question.source if question else None,
            "step": STEP_OF[answer_id].slug,
        })
    return rows


def offer_rows(offer: Mapping[str, object], *, blanks: bool = False) -> list[OfferRow]:
    """One row per offer detail given (every field with ``blanks``, empty ones as "")."""
    rows: list[OfferRow] = []
    for field in OFFER_FIELDS:
        value = offer.get(field.id)
        text = "" if value in (None, "") else str(value).strip()
        if text or blanks:
            rows.append({"id": field.id, "label": str(field.label), "value": text,
                         "step": OFFER_STEP})
    return rows
