"""The questionnaire's pages, in order, and which stored answers each one writes."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

import rules

from . import forms

ANSWERS, OFFER = "answers", "offer"


@dataclass(frozen=True, slots=True)
class Step:
    slug: str
    form_class: type[forms.PageForm]
    #: Which JSON field of the Questionnaire this page writes: answers or offer.
    store: str
    fields: tuple[str, ...]
    #: Offer details are optional: an untouched offer page is still "done".
    optional: bool = False
    #: The page's <h1> and title when no single question is its heading, with a lead line.
    heading: str = ""
    lead: str = ""


def _question_step(qid: str) -> Step:
    return Step(qid, forms.yes_no_form(qid), ANSWERS, (qid,))


STEPS: tuple[Step, ...] = (
    *(_question_step(q.id) for q in rules.QUESTIONS[:7]),
    Step("cells", forms.CellsForm, ANSWERS, ("cell_source", "extraction_days"),
         heading=_("About the cells")),
    _question_step("pain_followup"),
    _question_step("imaging_followup"),
    Step("warning_signs", forms.WarningSignsForm, ANSWERS, (rules.WARNING_SIGNS_ID,)),
    Step("offer", forms.OfferForm, OFFER, tuple(forms.OfferForm.base_fields), optional=True,
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
