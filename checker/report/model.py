"""The report: one frozen value built from an assessment (``context.build_report``), which the
patient's page (``patient.add_patient_page``: a ``PatientPage``) and the doctor's PDF
(``doctor.add_doctor``: a ``DoctorView``) read as typed fields. Every list in it holds rows of
a ``TypedDict`` below, each key always there. Every text in it is already translated into the
language active when it was built; templates get its fields as their context (``as_context``)
and only display them.
"""

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Literal, TypedDict

from ..rows import AnswerRow, OfferRow


class ReasonRow(TypedDict):
    """Why the verdict is what it is, translated; ``msgid`` and ``params`` let the doctor's
    PDF reword it (report/doctor_voice.py)."""

    text: str
    source: str
    msgid: str
    params: dict[str, int]


class FindingRow(TypedDict):
    text: str
    outcome: str
    source: str
    #: The questions the finding reads.
    questions: tuple[str, ...]
    #: The rule decides the verdict on its own.
    decisive: bool


class CriterionRow(TypedDict):
    id: str
    title: str
    description: str
    status: str
    status_label: str
    icon: str
    source: str
    findings: list[FindingRow]
    #: The condition the timeline drawing belongs to.
    shows_timeline: bool


class FactRow(TypedDict):
    """One fact of the offer (report/facts.py): ``url`` "" when there is none, ``source``
    None for what the patient typed; ``question`` the question whose answer it shows and
    ``field`` the offer field typed in ("" otherwise)."""

    label: str
    value: str
    url: str
    source: str | None
    question: str
    field: str


class WarningSignRow(TypedDict):
    id: str
    label: str
    hint: str
    source: str
    serious: bool


class QuestionToAsk(TypedDict):
    #: The question or warning sign id it is about.
    about: str
    text: str
    source: str


class DocumentRow(TypedDict):
    id: str
    text: str
    hint: str
    source: str
    #: Seen in writing; ``told``: the clinic only said so.
    seen: bool
    told: bool


class SourceRow(TypedDict):
    id: str
    title: str
    publisher: str
    note: str


class Approval(TypedDict):
    where: str
    status: str
    status_label: str
    note: str
    source: str


class UnmatchedProduct(TypedDict):
    """A product name the checker does not know: ``text`` says so."""

    matched: Literal[False]
    input: str
    source: str
    text: str


class MatchedProduct(TypedDict):
    matched: Literal[True]
    input: str
    name: str
    what: str
    status: str
    status_label: str
    where: str
    approvals: list[Approval]
    #: None when the products table does not say.
    indication_matches: bool | None
    indication: str
    source: str


ProductSummary = MatchedProduct | UnmatchedProduct


class SafetyItemRow(TypedDict):
    id: str
    text: str
    source: str


class CheckpointRow(TypedDict):
    id: str
    when: str
    what: str
    source: str


class RouteNoteRow(TypedDict):
    route: str
    text: str
    source: str


class Safety(TypedDict):
    """Contraindications (none after a transplant), the route's note and the check-ups."""

    absolute: list[SafetyItemRow]
    relative: list[SafetyItemRow]
    checkpoints: list[CheckpointRow]
    transplant: bool
    route_note: RouteNoteRow | None
    #: What the contraindications and check-ups cite, each once.
    sources: list[str]


class RedFlagRow(TypedDict):
    id: str
    label: str
    source: str


class AfterTreatment(TypedDict):
    red_flags: list[RedFlagRow]
    sources: list[str]
    transplant: bool


class TimelineRow(TypedDict):
    """One band of the timeline drawing (report/timeline.py)."""

    id: str
    label: str
    x: float
    width: float
    pattern: str
    applies: bool
    label_y: int
    y: int


class TimelineLabel(TypedDict):
    """One word of the drawing: SVG (x, y, anchor) and an HTML box over it (% of the box)."""

    id: str
    text: str
    x: float
    y: float
    anchor: str
    size: int
    bold: bool
    halo: bool
    left: float
    width: float
    top: float


class Tick(TypedDict):
    x: float
    label: str


class Timeline(TypedDict):
    known: bool
    #: None when the offer's days are off the axis (made in advance, not known).
    marker_x: float | None
    marker_points: str
    label_anchor: str
    beyond_axis: bool
    offer_label: str
    rows: list[TimelineRow]
    ticks: list[Tick]
    labels: list[TimelineLabel]
    title: str
    description: str
    source: str


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
    reasons: list[ReasonRow]
    #: The product named and what it matched (None when neither a name nor a number).
    product: ProductSummary | None
    #: The offer's details as the patient typed them, and its facts, one row each (label,
    #: value, url, source, question): report/facts.py.
    offer_rows: list[OfferRow]
    offer_facts: list[FactRow]
    out_of_scope: bool
    criteria: list[CriterionRow]
    #: The answers to the questions, as shown, and their count.
    answers: list[AnswerRow]
    question_count: int
    #: The raw answers, for the doctor's PDF (checker/report/doctor.py): a real answers
    #: dict, where a question not answered has no key.
    answer_values: dict[str, object]
    #: How each yes/no and documents answer was given (only "seen_in_writing" is shown).
    evidence: dict[str, str]
    warning_signs: list[WarningSignRow]
    warning_signs_answered: bool
    warning_signs_unsure: bool
    questions_to_ask: list[QuestionToAsk]
    documents: list[DocumentRow]
    safety: Safety
    #: "If you have already had the treatment": the red flags of this case.
    after_treatment: AfterTreatment
    timeline: Timeline
    #: The source ids each fixed passage rests on (rules.safety.REPORT_CITATIONS).
    cite: dict[str, list[str]]
    #: What the page cites, and what the PDF cites.
    sources: list[SourceRow]
    pdf_sources: list[SourceRow]
    #: Which rules made this report (the methodology page and `assess` show the same).
    ruleset: Ruleset
    resume_code: str | None = None
    #: How many questions were not asked because the patient saw a decided red result first
    #: ("See your result now", issue 24); 0 for a full report.
    not_asked: int = 0
    assisted_by: str | None = None

    def as_context(self) -> dict[str, object]:
        """The template context: one key per field (the nested values are not copied)."""
        return {field.name: getattr(self, field.name) for field in fields(self)}
