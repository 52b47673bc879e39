"""The questionnaire's pages, in order, and which of them a patient is asked.

Related questions share a page (issue 24): each question names its page (``Question.page``),
and a page shows those of its questions that apply to the answers so far. A question may only
share a page with questions whose asking is decided by answers on earlier pages (whose cells
depends on the cell type, so it comes a page after it; tests/checker/test_pages.py checks
this for every offer). A page whose every question is skipped is skipped; an answer stored on
a question that no longer applies is kept but ignored, so changing an answer back brings it
back.
Which answers count and which questions are asked is decided in ``rules.asked``
(``relevant_answers``, ``asked``, ``optional``): the pages here, the assessment, check your
answers, the progress line and the finish step all read it from there.

Every page keeps a question id as its address where one question is always its first
(``/provider/``); the pages named for what they hold (``/told/``) answer the old address of
each question they hold with a redirect (``PAGE_OF_SLUG``).
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.http import HttpRequest
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

import rules
from rules.asked import asked, relevant_answers
from rules.catalogue import in_order

from . import forms, suggestions
from .question_forms import question_form

if TYPE_CHECKING:
    from .models import Questionnaire

ANSWERS, OFFER = "answers", "offer"
#: The slug of the offer details page.
OFFER_STEP = "offer"

#: A page's own hooks, for the few pages that do more than show and save their questions
#: (the step view calls each one a page has):
#: its form's starting answers, given the stored ones;
InitialHook = Callable[[HttpRequest, "Questionnaire", dict[str, Any]], dict[str, Any]]
#: more template context for the page;
ContextHook = Callable[[HttpRequest, "Questionnaire"], dict[str, object]]
#: what to do once the page is saved with every answer valid.
SavedHook = Callable[[HttpRequest, "Questionnaire"], None]


@dataclass(frozen=True, slots=True)
class Step:
    slug: str
    #: Which JSON field of the Questionnaire this page writes: answers or offer.
    store: str
    #: Every answer id the page may hold, in page order (those that apply are shown).
    fields: tuple[str, ...]
    #: The page's <h1> and title when it shows more than one question, with a lead line.
    heading: str | Promise = ""
    lead: str | Promise = ""
    #: The page's hooks, None on a page without them (only the warning-signs page has them:
    #: the signs a pasted advert suggests, checker/suggestions.py).
    initial: InitialHook | None = None
    context: ContextHook | None = None
    saved: SavedHook | None = None

    def form_class(self, data: Mapping[str, Any] | None = None, *,
                   initial: Mapping[str, Any] | None = None,
                   answers: Mapping[str, Any] | None = None) -> forms.GroupForm:
        """The page's form: one part per question shown (``shown_fields``)."""
        answers = answers or {}
        # The offer details are one form; a question page has one form per question shown.
        parts = [forms.OfferForm] if self.store == OFFER else \
            [PART_FORMS[f] for f in shown_fields(self, answers)]
        return forms.GroupForm(parts, data, initial=initial, answers=answers,
                               grouped=self.store == ANSWERS and len(self.fields) > 1)


#: The form of each answer id (the offer details page: one form for all its fields).
PART_FORMS: dict[str, type[forms.PageForm]] = {
    **{q.id: question_form(q.id) for q in rules.QUESTIONS},
    rules.WARNING_SIGNS_ID: forms.WarningSignsForm,
}

#: The question pages, in order: (slug, heading, the page's own order). Each question names
#: the page that shows it (``Question.page``); a page shows its questions in catalogue order,
#: except that those in its own order lead (a question added later follows them). A heading
#: is shown when the page holds more than one question; one question alone is its page's
#: heading. The warning-signs page is the last and is made apart, with its hooks.
_PAGES: tuple[tuple[str, str | Promise, tuple[str, ...]], ...] = (
    ("offer_kind", "", ()),
    ("provider", _("Who would treat you, and where"), ()),
    ("condition_group", "", ()),
    ("cell_type", _("The cells, and how you would get them"), ()),
    ("told", _("What they told you, or showed you"),
     ("cell_source", "atmp", "clinical_trial", "regulator", "clean_room",
      "administrator_authorised", "trial_ethics", "trial_free", "trial_insurance")),
    ("seen", _("What you have seen in writing"),
     ("authorisation_document", "authorisation_number", "leaflet", "trial_consent",
      "trial_number")),
    ("follow_up", _("When you get the cells, and after"), ()),
)
assert {q.page for q in rules.QUESTIONS} <= {slug for slug, _h, _o in _PAGES}, \
    "every question's page is one of the pages"


def _fields(slug: str, first: tuple[str, ...]) -> tuple[str, ...]:
    """The answer ids a question page may hold, in page order."""
    return in_order((q.id for q in rules.QUESTIONS if q.page == slug), first)


WARNING_SIGNS_SLUG = "warning_signs"

STEPS: tuple[Step, ...] = (
    *(Step(slug, ANSWERS, _fields(slug, first), heading=heading)
      for slug, heading, first in _PAGES),
    Step(WARNING_SIGNS_SLUG, ANSWERS, (rules.WARNING_SIGNS_ID,),
         initial=suggestions.initial, context=suggestions.context, saved=suggestions.saved),
    Step(OFFER_STEP, OFFER, tuple(forms.OfferForm.base_fields),
         heading=_("About the offer (optional)"),
         lead=_("These details help the doctor who reads your report. You can leave any of "
                "them empty.")),
)
PART_FORMS.update({f: forms.OfferForm for f in STEPS[-1].fields})
STEPS_BY_SLUG = {s.slug: s for s in STEPS}
#: The page that holds each answer id.
STEP_OF = {field: s for s in STEPS if s.store == ANSWERS for field in s.fields}
#: The page an old one-question address leads to (every answer id's own slug).
PAGE_OF_SLUG = {**STEP_OF, **STEPS_BY_SLUG}

assert set(STEP_OF) == set(rules.ANSWER_IDS), "every answer id needs a page"
assert len(STEP_OF) == sum(len(s.fields) for s in STEPS if s.store == ANSWERS), \
    "every answer id on one page only"


def before(step: Step, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers given on the pages before ``step``: all that decides what it shows."""
    index = STEPS.index(step)
    return {k: v for k, v in answers.items()
            if k in STEP_OF and STEPS.index(STEP_OF[k]) < index}


def shown_fields(step: Step, answers: Mapping[str, Any]) -> list[str]:
    """The answer ids ``step`` shows, decided by the answers on earlier pages only."""
    if step.store == OFFER:
        return list(step.fields)
    ids = set(asked(before(step, relevant_answers(answers))))
    return [f for f in step.fields if f in ids]


def active_steps(answers: Mapping[str, Any]) -> list[Step]:
    """The pages a patient with these answers goes through, in order. A hospital's transplant
    for a blood disease is left to the haematology team: its result follows the third page,
    without the offer details."""
    ids = set(asked(answers))
    if rules.applicability.established_transplant(relevant_answers(answers)):
        return [s for s in STEPS if ids.intersection(s.fields)]
    return [s for s in STEPS if s.store == OFFER or ids.intersection(s.fields)]


#: The number of pages a treatment offer asks, the optional offer details included (the
#: start page's "N short pages").
TREATMENT_PAGES = len(active_steps({"offer_kind": "treatment"}))


def applies(step: Step, answers: Mapping[str, Any]) -> bool:
    return step in active_steps(answers)


def _position_in(step: Step, steps: list[Step]) -> int:
    return steps.index(step) + 1 if step in steps else len(steps)


def _previous_in(step: Step, steps: list[Step]) -> Step | None:
    earlier = [s for s in steps if STEPS.index(s) < STEPS.index(step)]
    return earlier[-1] if earlier else None


def position(step: Step, answers: Mapping[str, Any]) -> int:
    """The page's number among the pages asked ("Page X of N")."""
    return _position_in(step, active_steps(answers))


def place(step: Step, answers: Mapping[str, Any]) -> tuple[int, int, Step | None]:
    """"Page X of N" and the page before, from one pass over the pages asked."""
    steps = active_steps(answers)
    return _position_in(step, steps), len(steps), _previous_in(step, steps)


def next_step(step: Step, answers: Mapping[str, Any]) -> Step | None:
    """The next page asked after ``step`` (which need not apply itself)."""
    steps = active_steps(answers)
    later = [s for s in steps if STEPS.index(s) > STEPS.index(step)]
    return later[0] if later else None


def previous_step(step: Step, answers: Mapping[str, Any]) -> Step | None:
    return _previous_in(step, active_steps(answers))
