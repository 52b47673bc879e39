"""The questionnaire (v2): the questions in page order, the warning signs and the documents.

The ids and values are a contract (issue 12): forms, stored answers, JSON and outside checks
use them. The entries live in ``question_model`` (kinds, values, labels), ``questions_offer``
(the offer, its country, condition, cells and route, and a trial's conditions),
``questions_itrt`` (the ten questions of the ITRT guide) and ``signs`` (warning signs and
documents); this module puts them in order and checks them when it loads. Which questions
apply to an offer, and their wording for the case at hand: ``rules.applicability``.
"""

import re
from collections.abc import Iterable

from . import questions_itrt, questions_offer
from .countries import COUNTRY_CODES
from .question_model import (
    ALLOGENEIC,
    ANSWER_LABELS,
    ASKED_WHEN,
    AUTOLOGOUS,
    CASES,
    CELL_SOURCE,
    CHOICE,
    CHOICES,
    COUNTRY,
    DAYS,
    IN_ADVANCE,
    KINDS,
    MAX_TEXT,
    NO,
    OFFER_KINDS,
    TEXT,
    TOLD,
    TOLD_KIND,
    UNSURE,
    YES,
    YES_NO,
    Document,
    Question,
    Variant,
    WarningSign,
)
from .signs import DOCUMENTS, NO_WARNING_SIGNS, WARNING_SIGNS, WARNING_SIGNS_BY_ID
from .sources import check_source

#: Every question, in catalogue order (``offer_kind`` first): the order of the answers and the
#: asks in the reports. Each module lists its own questions; a new question is added there.
#: Which page shows a question is its ``page`` (checker/steps.py), and which criteria read it
#: its ``criteria`` (rules/table.py).
QUESTIONS: tuple[Question, ...] = (
    *questions_offer.ABOUT_THE_OFFER,
    *questions_itrt.WHAT_THEY_SAID,
    *questions_offer.NUMBERS_AND_TRIAL,
    *questions_itrt.PAPERS_CELLS_AND_FOLLOW_UP,
)

QUESTIONS_BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}

#: The answer id of the warning-sign checklist, and its "not sure" value.
WARNING_SIGNS_ID = "warning_signs"
WARNING_SIGNS_UNSURE = UNSURE
#: The answer ids, in questionnaire order, including the warning-sign checklist.
ANSWER_IDS: tuple[str, ...] = (*(q.id for q in QUESTIONS), WARNING_SIGNS_ID)


#: The patient's voice in English: "you", "your", "I", "my", "me". A doctor's version of a
#: text never speaks to anyone.
PATIENT_VOICE = re.compile(r"\b(you|your|yours|I|my|me)\b", re.IGNORECASE)


def in_order(ids: Iterable[str], first: tuple[str, ...] = ()) -> tuple[str, ...]:
    """``ids`` (answer ids) in catalogue order, except that those in ``first`` lead, in that
    order: a page or a criterion that shows its questions in an order of its own lists them
    in ``first``, and a question added later follows them."""
    ids = tuple(ids)
    if stray := set(first) - set(ids):
        raise ValueError(f"{sorted(stray)} are not among {ids}")
    rank = {aid: i for i, aid in enumerate(ANSWER_IDS)}
    return (*first, *sorted((i for i in ids if i not in first), key=lambda i: rank[i]))


def _check_catalogue() -> None:
    for table in (QUESTIONS, WARNING_SIGNS, DOCUMENTS):
        seen: set[str] = set()
        for entry in table:
            kind = type(entry).__name__
            if entry.id in seen:
                raise ValueError(f"{kind} {entry.id!r}: duplicate id")
            seen.add(entry.id)
            check_source(entry.source, f"{kind} {entry.id!r}")
    for q in QUESTIONS:
        where = f"Question {q.id!r}"
        if q.kind not in KINDS:
            raise ValueError(f"{where}: unknown kind {q.kind!r}")
        if (q.kind == CHOICE) != bool(q.options):
            raise ValueError(f"{where}: options go with the choice kind, and only with it")
        for value in q.choices:
            if value not in ANSWER_LABELS:
                raise ValueError(f"{where}: no label for {value!r}")
        for value, _text in (*q.labels, *q.option_hints):
            if value not in q.choices:
                raise ValueError(f"{where}: {value!r} is not one of its answers")
        if q.asked_when and q.asked_when not in ASKED_WHEN:
            raise ValueError(f"{where}: unknown condition {q.asked_when!r}")
        if set(q.asked_for) - set(OFFER_KINDS):
            raise ValueError(f"{where}: unknown offer kinds in {q.asked_for}")
        for variant in q.variants:
            if variant.when not in CASES:
                raise ValueError(f"{where}: unknown case {variant.when!r}")
        if not q.page or not q.criteria:
            raise ValueError(f"{where}: needs the page that shows it and the criteria reading it")
    asks: tuple[Question | WarningSign, ...] = (*QUESTIONS, *WARNING_SIGNS)
    for ask in asks:
        if not ask.doctor_ask or PATIENT_VOICE.search(ask.doctor_ask):
            raise ValueError(f"{type(ask).__name__} {ask.id!r}: needs its ask in the doctor's "
                             "words, not to the patient")
    for d in DOCUMENTS:
        for qid in d.questions:
            if qid not in QUESTIONS_BY_ID or QUESTIONS_BY_ID[qid].kind != TOLD_KIND:
                raise ValueError(f"Document {d.id!r}: {qid!r} is not a seen-in-writing question")
    if NO_WARNING_SIGNS in WARNING_SIGNS_BY_ID or WARNING_SIGNS_UNSURE in WARNING_SIGNS_BY_ID:
        raise ValueError("'none' and 'unsure' are reserved answers of the checklist")
    if QUESTIONS[0].id != "offer_kind" or QUESTIONS[0].options != OFFER_KINDS:
        raise ValueError("offer_kind is asked first, with the contract's values")


_check_catalogue()

__all__ = [
    "ALLOGENEIC", "ANSWER_IDS", "ANSWER_LABELS", "AUTOLOGOUS", "CELL_SOURCE", "CHOICE",
    "CHOICES", "COUNTRY", "COUNTRY_CODES", "DAYS", "DOCUMENTS", "IN_ADVANCE", "MAX_TEXT", "NO",
    "NO_WARNING_SIGNS", "PATIENT_VOICE", "QUESTIONS", "QUESTIONS_BY_ID", "TEXT", "TOLD",
    "TOLD_KIND", "UNSURE",
    "WARNING_SIGNS", "WARNING_SIGNS_BY_ID", "WARNING_SIGNS_ID", "WARNING_SIGNS_UNSURE", "YES",
    "YES_NO", "Document", "Question", "Variant", "WarningSign",
]
