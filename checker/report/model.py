"""The report: one frozen value built from an assessment (``context.build_report``), which the
patient's page (``patient.add_patient_page``) and the doctor's PDF (``doctor.add_doctor``) read
as typed fields. Every text in it is already translated into the language active when it was
built; templates get its fields as their context (``as_context``) and only display them.
"""

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, TypedDict

#: A row of a list the templates show (a criterion, a document, a reason...): plain values.
Row = dict[str, Any]


class VerdictView(TypedDict):
    id: str
    title: str
    summary: str
    source: str
    #: The verdict's shape (a verdict without its own gets the neutral "question").
    icon: str
    #: What a green verdict rests on (rules.table.GREEN_BY_BASIS), "" otherwise.
    basis: str


class Ruleset(TypedDict):
    version: str
    reviewed_on: date


@dataclass(frozen=True)
class Report:
    reference: str
    created: datetime
    verdict: VerdictView
    #: ``msgid`` and ``params`` let the doctor's PDF reword a reason (report/doctor_voice.py).
    reasons: list[Row]
    #: The product named and what it matched (None when neither a name nor a number).
    product: dict[str, Any] | None
    #: The offer's details as the patient typed them, and its facts, one row each (label,
    #: value, url, source, question): report/facts.py.
    offer_rows: list[Row]
    offer_facts: list[Row]
    out_of_scope: bool
    criteria: list[Row]
    #: The answers to the questions, as shown, and their count.
    answers: list[Row]
    question_count: int
    #: The raw answers, for the doctor's PDF (checker/report/doctor.py).
    answer_values: dict[str, Any]
    #: How each yes/no and documents answer was given (only "seen_in_writing" is shown).
    evidence: dict[str, str]
    warning_signs: list[Row]
    warning_signs_answered: bool
    warning_signs_unsure: bool
    questions_to_ask: list[Row]
    documents: list[Row]
    safety: dict[str, Any]
    #: "If you have already had the treatment": the red flags of this case.
    after_treatment: dict[str, Any]
    timeline: dict[str, Any]
    #: The source ids each fixed passage rests on (rules.safety.REPORT_CITATIONS).
    cite: dict[str, list[str]]
    #: What the page cites, and what the PDF cites.
    sources: list[dict[str, str]]
    pdf_sources: list[dict[str, str]]
    #: Which rules made this report (the methodology page and `assess` show the same).
    ruleset: Ruleset
    resume_code: str | None = None
    #: How many questions were not asked because the patient saw a decided red result first
    #: ("See your result now", issue 24); 0 for a full report.
    not_asked: int = 0
    assisted_by: str | None = None

    def as_context(self) -> dict[str, Any]:
        """The template context: one key per field (the nested values are not copied)."""
        return {field.name: getattr(self, field.name) for field in fields(self)}
