"""Which questions apply to an offer, and which heading each one takes.

``applicable(question_id, answers)`` says whether a page should ask the question, given the
answers so far (a mapping keyed by question id, or an ``Answers``); what it skips is not
answered, and the engine never needs it. ``wording(question_id, answers)`` gives the heading
and hint (message ids) for the case at hand: the days question is worded for a donor's cells
when the cells are a donor's, some questions for a trial, a hospital exemption or
compassionate use. Pure functions of the answers, cheap enough to call on every page.
"""

from collections.abc import Mapping

from .catalogue import QUESTIONS_BY_ID
from .question_model import (
    ALLOGENEIC,
    ASKED_WHEN,
    AUTOLOGOUS,
    CASES,
    CELL_FREE_TYPES,
    COMPASSIONATE_USE,
    DONOR_CELL_TYPES,
    HOSPITAL,
    HOSPITAL_EXEMPTION,
    MUSCULOSKELETAL,
    NO,
    OWN_CELL_TYPES,
    PAY_TREATMENT,
    PRIVATE_CLINIC,
    TRANSPLANT,
    TREATMENT,
    TRIAL,
    UNSURE,
)

#: Whose cells, as the engine and the pages read the answers.
OWN, DONOR, NOT_CELLS, UNKNOWN_WHOSE = "own", "donor", "not_cells", "unknown"

#: What a transplant is asked before it is known whether it is an established one.
TRANSPLANT_QUESTIONS = frozenset({"provider", "country", "condition_group"})


def _get(answers: object, question_id: str) -> object:
    if isinstance(answers, Mapping):
        return answers.get(question_id)
    getter = getattr(answers, "get", None)
    return getter(question_id) if getter is not None else None


def offer_kind(answers: object) -> str:
    """The offer kind; not answered counts as ``unsure``."""
    kind = _get(answers, "offer_kind")
    return kind if isinstance(kind, str) else UNSURE


def established_transplant(answers: object) -> bool:
    """A blood or bone marrow transplant for a blood disease, given by a hospital: the one
    offer this checker leaves to the haematology team."""
    return (offer_kind(answers) == TRANSPLANT
            and _get(answers, "condition_group") == "blood_disease"
            and _get(answers, "provider") == HOSPITAL)


def judged_kind(answers: object) -> str:
    """The kind of offer the rules judge: the patient's label, checked against who offers it
    and who pays. A hospital route or a trial that is sold, or a "transplant" that is not a
    hospital's transplant for a blood disease, is judged as a treatment sold by a clinic."""
    kind = offer_kind(answers)
    provider, payment = _get(answers, "provider"), _get(answers, "payment")
    if kind == TRANSPLANT:
        return TRANSPLANT if established_transplant(answers) else TREATMENT
    if kind in (HOSPITAL_EXEMPTION, COMPASSIONATE_USE) and (
            payment == PAY_TREATMENT or provider == PRIVATE_CLINIC):
        return TREATMENT
    if kind == TRIAL and (payment == PAY_TREATMENT or _get(answers, "trial_free") == NO):
        return TREATMENT
    return kind


def scales_follow_up(condition: object) -> bool:
    """Whether ITRT's pain-scale and MRI questions fit the illness (bones, joints, the spine,
    or not known); otherwise the follow-up plan question is asked."""
    return condition in (None, UNSURE, *MUSCULOSKELETAL)


def whose_cells(cell_type: object, cell_source: object) -> str:
    """Own, donor, not cells (exosomes) or unknown, from the cell type and "whose cells".

    The cell type decides when it says; otherwise "whose cells"; answers that disagree
    (own fat cells, but a donor's) are unknown.
    """
    if cell_type in CELL_FREE_TYPES:
        return NOT_CELLS
    by_type = OWN if cell_type in OWN_CELL_TYPES else DONOR if cell_type in DONOR_CELL_TYPES \
        else None
    by_source = {AUTOLOGOUS: OWN, ALLOGENEIC: DONOR}.get(cell_source)  # type: ignore[call-overload]
    if by_type and by_source and by_type != by_source:
        return UNKNOWN_WHOSE
    return by_type or by_source or UNKNOWN_WHOSE


#: The conditions a question's ``asked_when`` names, on the answers so far.
_ASKED_WHEN = {
    # Otherwise the cell type says whose they are.
    "whose_not_known": lambda answers: _get(answers, "cell_type") in (None, UNSURE),
    "cells_to_grow": lambda answers: _get(answers, "cell_type") not in CELL_FREE_TYPES,
    "bones_and_joints": lambda answers: scales_follow_up(_get(answers, "condition_group")),
    "other_illness": lambda answers: not scales_follow_up(_get(answers, "condition_group")),
}
assert set(_ASKED_WHEN) == set(ASKED_WHEN)


def applicable(question_id: str, answers: object) -> bool:
    """Whether to ask ``question_id``, given the answers so far: each question's own
    ``asked_for`` and ``asked_when`` decide, once the kind of offer is known."""
    if question_id == "offer_kind":
        return True
    kind = offer_kind(answers)
    if kind == TRANSPLANT:
        if question_id in TRANSPLANT_QUESTIONS:
            return True
        if established_transplant(answers):
            return False  # out of scope: talk with the haematology team
        kind = TREATMENT  # any other "transplant" is judged as a treatment
    question = QUESTIONS_BY_ID.get(question_id)
    if question is None:
        return True  # the warning-sign checklist
    if question.asked_for and kind not in question.asked_for:
        return False
    return not question.asked_when or _ASKED_WHEN[question.asked_when](answers)


def case_holds(case: str, answers: object) -> bool:
    if case == "donor":
        cells = whose_cells(_get(answers, "cell_type"), _get(answers, "cell_source"))
        return cells == DONOR
    return offer_kind(answers) == case


def wording(question_id: str, answers: object) -> tuple[str, str]:
    """The heading and hint (message ids) of a question for these answers."""
    question = QUESTIONS_BY_ID[question_id]
    for variant in question.variants:
        if case_holds(variant.when, answers):
            return variant.text, variant.hint
    return question.text, question.hint


__all__ = ["CASES", "DONOR", "NOT_CELLS", "OWN", "UNKNOWN_WHOSE", "applicable", "case_holds",
           "established_transplant", "judged_kind", "offer_kind", "scales_follow_up",
           "whose_cells", "wording"]
