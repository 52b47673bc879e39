"""Which questions apply to an offer, and which heading each one takes.

``applicable(question_id, answers)`` says whether a page should ask the question, given the
answers so far (a mapping keyed by question id, or an ``Answers``); what it skips is not
answered, and the engine never needs it. ``wording(question_id, answers)`` gives the heading
and hint (message ids) for the case at hand: the days question is worded for a donor's cells
when the cells are a donor's, some questions for a trial, a hospital exemption or
compassionate use. Pure functions of the answers, cheap enough to call on every page.
"""

from collections.abc import Mapping

from .question_model import (
    ALLOGENEIC,
    AUTOLOGOUS,
    COMPASSIONATE_USE,
    DONOR_CELL_TYPES,
    EXOSOMES,
    HOSPITAL_EXEMPTION,
    OWN_CELL_TYPES,
    TRANSPLANT,
    TRIAL,
    UNSURE,
)

#: Whose cells, as the engine and the pages read the answers.
OWN, DONOR, NOT_CELLS, UNKNOWN_WHOSE = "own", "donor", "not_cells", "unknown"

#: Questions asked only about a trial.
TRIAL_ONLY = frozenset({"trial_number", "trial_ethics", "trial_free", "trial_insurance",
                        "trial_consent"})
#: Questions that do not fit a trial (a trial tests whether the product works; the
#: investigational product has no official leaflet yet; the trial number is asked instead).
NOT_FOR_TRIAL = frozenset({"atmp", "clinical_trial", "administrator_authorised",
                           "authorisation_number", "leaflet"})
#: An unauthorised medicine under compassionate use has no official leaflet.
NOT_FOR_COMPASSIONATE_USE = frozenset({"leaflet"})

#: The cases a question's ``Variant`` may name.
CASES = ("donor", TRIAL, HOSPITAL_EXEMPTION, COMPASSIONATE_USE)


def _get(answers: object, question_id: str) -> object:
    if isinstance(answers, Mapping):
        return answers.get(question_id)
    getter = getattr(answers, "get", None)
    return getter(question_id) if getter is not None else None


def offer_kind(answers: object) -> str:
    """The offer kind; not answered counts as ``unsure``."""
    kind = _get(answers, "offer_kind")
    return kind if isinstance(kind, str) else UNSURE


def whose_cells(cell_type: object, cell_source: object) -> str:
    """Own, donor, not cells (exosomes) or unknown, from the cell type and "whose cells".

    The cell type decides when it says; otherwise "whose cells"; answers that disagree
    (own fat cells, but a donor's) are unknown.
    """
    if cell_type == EXOSOMES:
        return NOT_CELLS
    by_type = OWN if cell_type in OWN_CELL_TYPES else DONOR if cell_type in DONOR_CELL_TYPES \
        else None
    by_source = {AUTOLOGOUS: OWN, ALLOGENEIC: DONOR}.get(cell_source)  # type: ignore[call-overload]
    if by_type and by_source and by_type != by_source:
        return UNKNOWN_WHOSE
    return by_type or by_source or UNKNOWN_WHOSE


def applicable(question_id: str, answers: object) -> bool:
    """Whether to ask ``question_id``, given the answers so far."""
    if question_id == "offer_kind":
        return True
    kind = offer_kind(answers)
    if kind == TRANSPLANT:
        return False  # out of scope: talk with the haematology team
    if question_id in TRIAL_ONLY:
        return kind == TRIAL
    if kind == TRIAL and question_id in NOT_FOR_TRIAL:
        return False
    if kind == COMPASSIONATE_USE and question_id in NOT_FOR_COMPASSIONATE_USE:
        return False
    cell_type = _get(answers, "cell_type")
    if question_id == "cell_source":
        return cell_type in (None, UNSURE)  # otherwise the cell type says whose they are
    if question_id == "extraction_days":
        return cell_type != EXOSOMES
    return True


def case_holds(case: str, answers: object) -> bool:
    if case == "donor":
        cells = whose_cells(_get(answers, "cell_type"), _get(answers, "cell_source"))
        return cells == DONOR
    return offer_kind(answers) == case


def wording(question_id: str, answers: object) -> tuple[str, str]:
    """The heading and hint (message ids) of a question for these answers."""
    from .catalogue import QUESTIONS_BY_ID

    question = QUESTIONS_BY_ID[question_id]
    for variant in question.variants:
        if case_holds(variant.when, answers):
            return variant.text, variant.hint
    return question.text, question.hint


__all__ = ["CASES", "DONOR", "NOT_CELLS", "OWN", "UNKNOWN_WHOSE", "applicable", "case_holds",
           "offer_kind", "whose_cells", "wording"]
