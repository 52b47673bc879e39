"""The questionnaire's pages, in order, and which of them a patient is asked.

Built from the rules catalogue: one page per question, in catalogue order (the offer kind
first), then the warning signs and the optional offer details. Adding a question to the
catalogue adds its page here without any change.

Which pages apply depends on the answers so far (``rules.applicable``): a page that does
not apply is skipped, and an answer stored on it is kept but ignored, so changing an answer
back brings it back. ``relevant_answers`` is the one place that decides what counts: the
assessment, check your answers, the progress line and the finish step all read it.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

import rules

from . import forms
from .question_forms import question_form

ANSWERS, OFFER = "answers", "offer"
#: The slug of the offer details page.
OFFER_STEP = "offer"


@dataclass(frozen=True, slots=True)
class Step:
    slug: str
    form_class: type[forms.PageForm]
    #: Which JSON field of the Questionnaire this page writes: answers or offer.
    store: str
    fields: tuple[str, ...]
    #: The page's <h1> and title when no single question is its heading, with a lead line.
    heading: str | Promise = ""
    lead: str | Promise = ""


_QUESTION_PAGES = [Step(q.id, question_form(q.id), ANSWERS, (q.id,))
                   for q in rules.QUESTIONS]
#: How many pages hold the catalogue's questions at most (the copy's "N short questions"
#: counts the pages a treatment offer asks: see ``QUESTION_PAGES``).
ALL_QUESTION_PAGES = len(_QUESTION_PAGES)

STEPS: tuple[Step, ...] = (
    *_QUESTION_PAGES,
    Step("warning_signs", forms.WarningSignsForm, ANSWERS, (rules.WARNING_SIGNS_ID,)),
    Step(OFFER_STEP, forms.OfferForm, OFFER, tuple(forms.OfferForm.base_fields),
         heading=_("About the offer (optional)"),
         lead=_("These details help the doctor who reads your report. You can leave any of "
                "them empty.")),
)
STEPS_BY_SLUG = {s.slug: s for s in STEPS}
#: The page that holds each answer id.
STEP_OF = {field: s for s in STEPS if s.store == ANSWERS for field in s.fields}

assert set(STEP_OF) == set(rules.ANSWER_IDS), "every answer id needs a page"


def relevant_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """The stored answers that count: each one kept only if its question applies, given the
    answers before it (in questionnaire order)."""
    kept: dict[str, Any] = {}
    for answer_id in rules.ANSWER_IDS:
        if answer_id in answers and rules.applicable(answer_id, kept):
            kept[answer_id] = answers[answer_id]
    return kept


def asked(answers: Mapping[str, Any]) -> list[str]:
    """The answer ids a patient with these answers is asked, in questionnaire order."""
    kept = relevant_answers(answers)
    return [aid for aid in rules.ANSWER_IDS if rules.applicable(aid, kept)]


def optional(answer_id: str) -> bool:
    """An answer that may stay empty (an identifier the patient may not have)."""
    question = rules.QUESTIONS_BY_ID.get(answer_id)
    return question is not None and question.kind == rules.catalogue.TEXT


#: The number of pages a treatment offer asks (the start page's "N short questions").
QUESTION_PAGES = len([aid for aid in asked({"offer_kind": "treatment"})
                      if aid in rules.QUESTIONS_BY_ID])


def active_steps(answers: Mapping[str, Any]) -> list[Step]:
    """The pages a patient with these answers goes through, in order."""
    ids = set(asked(answers))
    return [s for s in STEPS if s.store == OFFER or ids.intersection(s.fields)]


def applies(step: Step, answers: Mapping[str, Any]) -> bool:
    return step in active_steps(answers)


def position(step: Step, answers: Mapping[str, Any]) -> int:
    """The page's number among the pages asked ("Question X of N")."""
    steps = active_steps(answers)
    return steps.index(step) + 1 if step in steps else len(steps)


def next_step(step: Step, answers: Mapping[str, Any]) -> Step | None:
    """The next page asked after ``step`` (which need not apply itself)."""
    steps = active_steps(answers)
    later = [s for s in steps if STEPS.index(s) > STEPS.index(step)]
    return later[0] if later else None


def previous_step(step: Step, answers: Mapping[str, Any]) -> Step | None:
    steps = active_steps(answers)
    earlier = [s for s in steps if STEPS.index(s) < STEPS.index(step)]
    return earlier[-1] if earlier else None
