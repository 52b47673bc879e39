"""The doctor's PDF as a typed view of the report: ``DoctorView`` (built by
``doctor.add_doctor``) and the rows it holds, with the footnotes that number its sources.

``report/pdf.html`` reads the report's fields and a ``doctor`` key holding the view's own
fields (``DoctorView.as_context``): every text already translated, in a doctor's words.
"""

from dataclasses import dataclass, fields
from typing import TypedDict

from django.utils.translation import gettext

import rules

from .doctor_asks import DoctorAsk
from .model import CheckpointRow, Report


class Footnote(TypedDict):
    """A footnote mark: its number and the source it points to."""

    n: int
    id: str


class FootnoteEntry(TypedDict):
    """One numbered source at the end of the PDF."""

    n: int
    id: str
    publisher: str
    title: str
    url: str
    seller: bool


class Footnotes:
    """Numbers sources in the order they are first cited."""

    def __init__(self) -> None:
        self.order: list[str] = []

    def __call__(self, *ids: str | None) -> list[Footnote]:
        marks: list[Footnote] = []
        for source_id in dict.fromkeys(i for i in ids if i):
            if source_id not in rules.SOURCES:
                continue
            if source_id not in self.order:
                self.order.append(source_id)
            marks.append({"n": self.order.index(source_id) + 1, "id": source_id})
        return marks

    def entries(self) -> list[FootnoteEntry]:
        out: list[FootnoteEntry] = []
        for number, source_id in enumerate(self.order, 1):
            s = rules.SOURCES[source_id]
            out.append({"n": number, "id": s.id, "publisher": s.publisher,
                        "title": gettext(s.title), "url": s.url, "seller": s.seller})
        return out


class DoctorFact(TypedDict):
    """One fact of the offer in the doctor's words (report/doctor_offer.py): ``source`` None
    for what the patient typed; ``question`` the question it answers ("" otherwise)."""

    label: str
    value: str
    url: str
    source: str | None
    question: str


class PlacedFact(DoctorFact):
    """A fact as laid out, with its footnote marks."""

    fns: list[Footnote]


class FactLayout(TypedDict):
    #: The short facts, two to a table row, in reading order.
    pairs: list[list[PlacedFact]]
    #: The others, each on a line of its own under the table.
    long: list[PlacedFact]


class Reported(TypedDict):
    """What the patient reported for one answer: its words and how firm it is."""

    text: str
    #: ``Assessment.basis`` ("" for an answer that has none).
    basis: str
    firm: bool
    told: bool
    unsure: bool


class ReportedAnswer(Reported):
    id: str
    label: str


class FindingsRow(TypedDict):
    """One condition of the findings table (or "Other answers", with id "other")."""

    id: str
    title: str
    status: str
    status_label: str
    icon: str
    #: What a legitimate offer has.
    standard: str
    reported: list[ReportedAnswer]
    #: What to verify.
    verify: str
    fns: list[Footnote]


class DoctorSigns(TypedDict):
    reported: list[str]
    count: int
    fns: list[Footnote]


class DoctorReason(TypedDict):
    text: str
    fns: list[Footnote]


class DoctorVerdict(TypedDict):
    id: str
    title: str
    icon: str
    summary: str
    fns: list[Footnote]
    reasons: list[DoctorReason]


class DoctorDocument(TypedDict):
    text: str
    fns: list[Footnote]


class DoctorQuestion(DoctorAsk):
    fns: list[Footnote]


class DoctorCheckpoint(CheckpointRow):
    fns: list[Footnote]


class DoctorSafety(TypedDict):
    """Page 2: contraindications, the route's note, check-ups and urgent signs."""

    checkpoints: list[DoctorCheckpoint]
    safety_fns: list[Footnote]
    #: Whether to show the screening (contraindications) box.
    screen: bool
    transplant: bool
    route_fns: list[Footnote]
    flag_fns: list[Footnote]


@dataclass(frozen=True)
class DoctorView:
    """The doctor's PDF of a report: the report and what the PDF shows on top of it."""

    report: Report
    date: str
    reviewed: str
    language: str
    intro_fns: list[Footnote]
    #: The offer as facts, each with its footnotes; ``fact_rows`` lays them out.
    facts: list[PlacedFact]
    fact_rows: FactLayout
    verdict: DoctorVerdict
    findings: list[FindingsRow]
    #: None for a transplant, which is not judged here.
    signs: DoctorSigns | None
    judged: bool
    next_steps: list[str]
    next_step_fns: list[Footnote]
    documents: list[DoctorDocument]
    questions: list[DoctorQuestion]
    outstanding: bool
    #: Page 2 (``DoctorSafety``): contraindications, route note, check-ups, urgent signs.
    checkpoints: list[DoctorCheckpoint]
    safety_fns: list[Footnote]
    screen: bool
    transplant: bool
    route_fns: list[Footnote]
    flag_fns: list[Footnote]
    #: Every source cited, numbered in the order first cited.
    sources: list[FootnoteEntry]

    def doctor(self) -> dict[str, object]:
        """The ``doctor`` key of the templates: the view's own fields."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "report"}

    def as_context(self) -> dict[str, object]:
        """The template context: the report's fields and ``doctor``."""
        return {**self.report.as_context(), "doctor": self.doctor()}
