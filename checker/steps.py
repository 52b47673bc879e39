"""The questionnaire's pages, in order, and which stored answers each one writes.

Built from the rules catalogue: one page per yes / no question, in catalogue order, with the
grouped pages below (declared by their question ids) where their first question stands;
then the warning signs and the optional offer details. Adding a yes / no question to the
catalogue adds its page here without any change.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

import rules

from . import forms

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


#: Pages that hold several questions, by the question ids they hold.
GROUPS: tuple[Step, ...] = (
    Step("cells", forms.CellsForm, ANSWERS, ("cell_source", "extraction_days"),
         heading=_("About the cells")),
)


def _question_pages() -> list[Step]:
    grouped = {qid: group for group in GROUPS for qid in group.fields}
    pages: list[Step] = []
    for question in rules.QUESTIONS:
        group = grouped.get(question.id)
        if group is not None:
            if group not in pages:
                pages.append(group)
        else:  # one page per question (a stopgap for the v2 questions, until judgeweb's pages)
            pages.append(Step(question.id, forms.yes_no_form(question.id), ANSWERS,
                              (question.id,)))
    return pages


_QUESTION_PAGES = _question_pages()
#: How many pages hold the catalogue's questions (the copy's "N short questions").
QUESTION_PAGES = len(_QUESTION_PAGES)

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


def position(step: Step) -> int:
    return STEPS.index(step) + 1


def next_step(step: Step) -> Step | None:
    i = STEPS.index(step)
    return STEPS[i + 1] if i + 1 < len(STEPS) else None


def previous_step(step: Step) -> Step | None:
    i = STEPS.index(step)
    return STEPS[i - 1] if i > 0 else None
