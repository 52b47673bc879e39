"""The shapes of the rules: criteria, conditions on answers, rules and verdicts.

A rule reads one or more answers (``When``), gives its criterion an outcome (met, not met,
unknown), explains why in plain words and cites a source. A *decisive* rule makes the
verdict red on its own; any other "not met" or "unknown" makes it amber at worst. Some
answers are read as classes rather than raw values (``rules.facts``): a country as Spain, the
EU/EEA or outside it; a typed number as the register format it has; whose cells from the cell
type as well as from "whose cells".
"""

from dataclasses import dataclass

from .question_model import (
    COMPASSIONATE_USE,
    HOSPITAL_EXEMPTION,
    TRANSPLANT,
    TREATMENT,
    TRIAL,
    UNSURE,
)

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"
OUTCOMES = (MET, NOT_MET, UNKNOWN)
RED, AMBER, GREEN, OUT_OF_SCOPE = "red", "amber", "green", "out_of_scope"
VERDICT_IDS = (RED, AMBER, GREEN, OUT_OF_SCOPE)
#: How bad each verdict is, for the property "a worse answer never gives a better verdict".
VERDICT_RANK = {GREEN: 0, AMBER: 1, RED: 2}

# --- groups of offer kinds the rules name ----------------------------------------------------
#: Judged as a clinic's treatment: the four ITRT conditions. Not knowing the kind of offer is
#: judged the strictest way.
CLINIC = (TREATMENT, UNSURE)
#: Legal routes a hospital arranges with the medicines agency's permission.
HOSPITAL_ROUTES = (HOSPITAL_EXEMPTION, COMPASSIONATE_USE)
NOT_TRIAL = (*CLINIC, *HOSPITAL_ROUTES)
#: Every kind the checker judges (a transplant is out of scope).
JUDGED = (*NOT_TRIAL, TRIAL)
TRIAL_ONLY = (TRIAL,)
assert TRANSPLANT not in JUDGED


@dataclass(frozen=True, slots=True)
class Criterion:
    id: str
    title: str
    description: str
    #: The questions its rules read (a question may belong to several criteria).
    questions: tuple[str, ...]
    source: str
    #: Kept for the methodology page: every red decision is a decisive rule, so no criterion
    #: is red merely for being "not met" (principle 1: "not shown" is amber at worst).
    red_when_not_met: bool
    #: The verdict's reason when the criterion is not met, and when it is unknown.
    not_met: str
    unknown: str
    #: The offer kinds it is judged for.
    kinds: tuple[str, ...] = JUDGED
    #: Cell types for which it is not judged (the days of culture mean nothing for exosomes).
    skip_cell_types: tuple[str, ...] = ()
    #: ``not_met`` and ``unknown`` in the doctor's words, when they speak to the patient.
    doctor_not_met: str = ""
    doctor_unknown: str = ""
    #: For the doctor's PDF: what the condition looks like in a legitimate offer (a standard
    #: to compare with, never a statement about this offer), and what the doctor can check.
    doctor_standard: str = ""
    doctor_verify: str = ""


@dataclass(frozen=True, slots=True)
class When:
    """One condition on one answer: a listed value (or class), or a day count in a range."""

    question: str
    values: tuple[str, ...] = ()
    days: tuple[int, int] | None = None

    def holds(self, answer: str | int | None) -> bool:
        if answer is None:  # not answered counts as "Not sure"
            answer = UNSURE
        if self.days is not None and isinstance(answer, int) and not isinstance(answer, bool):
            lo, hi = self.days
            if lo <= answer <= hi:
                return True
        return answer in self.values


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    criterion: str
    when: tuple[When, ...]
    outcome: str
    explanation: str
    source: str
    #: A decisive rule makes the verdict red whatever else was answered.
    decisive: bool = False
    #: Further sources the rule rests on (a decisive rule needs an independent one).
    also: tuple[str, ...] = ()
    #: The explanation in the doctor's words (the doctor's PDF): every explanation that speaks
    #: to the patient has one, written beside it ("" when the explanation speaks to no one and
    #: serves both); rules/table.py checks it at import.
    doctor: str = ""

    @property
    def sources(self) -> tuple[str, ...]:
        return (self.source, *self.also)


@dataclass(frozen=True, slots=True)
class Verdict:
    id: str
    title: str
    summary: str
    source: str


def kind_is(*kinds: str) -> When:
    """The condition "the offer is of one of these kinds"."""
    return When("offer_kind", tuple(kinds))


__all__ = [
    "AMBER", "CLINIC", "GREEN", "HOSPITAL_ROUTES", "JUDGED", "MET", "NOT_MET", "NOT_TRIAL",
    "OUTCOMES", "OUT_OF_SCOPE", "RED", "TRIAL_ONLY", "UNKNOWN", "VERDICT_IDS", "VERDICT_RANK",
    "Criterion", "Rule", "Verdict", "When", "kind_is",
]
