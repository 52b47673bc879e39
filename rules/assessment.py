"""What ``assess()`` returns: frozen dataclasses that carry, with the verdict, every finding
that led to it, so the page, the PDF, the JSON command and the tests show the same reasons."""

from dataclasses import dataclass

from .answers import Answers
from .identifiers import Identifier
from .products import ProductMatch
from .question_model import Document, WarningSign
from .regulators import Regulator
from .rule_model import Criterion, Verdict

#: How an answer was given (``Assessment.evidence``): only ``seen_in_writing`` may be
#: reported as "shown". ``said_yes`` is a plain yes to a yes/no question: the patient's word
#: (what they were told), never a document; ``told`` is "they said so, nothing in writing".
SEEN_IN_WRITING, SAID_YES, TOLD_ONLY, SAID_NO, NOT_SURE, NOT_ANSWERED = (
    "seen_in_writing", "said_yes", "told", "said_no", "not_sure", "not_answered")


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    outcome: str
    #: Message id (translate it first), with ``%(name)s`` placeholders filled from params.
    explanation: str
    params: tuple[tuple[str, int], ...]
    source: str
    #: The questions it is about (the offer kind only when that is all it reads).
    questions: tuple[str, ...]
    decisive: bool

    @property
    def message(self) -> str:
        """The explanation in the catalogue language, placeholders filled in."""
        return self.explanation % dict(self.params)


@dataclass(frozen=True, slots=True)
class CriterionResult:
    criterion: Criterion
    status: str
    findings: tuple[Finding, ...]

    @property
    def id(self) -> str:
        return self.criterion.id


@dataclass(frozen=True, slots=True)
class Reason:
    """Why the verdict is what it is: a short statement with its source."""

    text: str
    params: tuple[tuple[str, int], ...]
    source: str

    @property
    def message(self) -> str:
        return self.text % dict(self.params)


@dataclass(frozen=True, slots=True)
class Ask:
    """A question still to put to the clinic, about a question id or a warning sign id."""

    about: str
    text: str
    source: str


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    document: Document
    #: The patient has seen it in writing (every related answer is "yes", seen in writing).
    seen: bool
    #: Not seen, but the clinic said it exists (a related answer is "told").
    told: bool = False


@dataclass(frozen=True, slots=True)
class Assessment:
    answers: Answers
    verdict: Verdict
    reasons: tuple[Reason, ...]
    #: The criteria judged for this kind of offer (none for a transplant).
    criteria: tuple[CriterionResult, ...]
    warning_signs: tuple[WarningSign, ...]
    #: The checklist was answered (with signs, "None of these" or "Not sure").
    warning_signs_answered: bool
    questions_to_ask: tuple[Ask, ...]
    documents_to_request: tuple[DocumentRequest, ...]
    #: The offer kind as judged ("unsure" when not answered).
    offer_kind: str = "unsure"
    #: The numbers typed in, as (answer id, Identifier): register format and record address.
    identifiers: tuple[tuple[str, Identifier], ...] = ()
    #: Who regulates in the country answered (None: not sure, or no entry for it).
    regulator: Regulator | None = None
    #: How each yes / no / documents answer was given: (question id, SEEN_IN_WRITING, ...).
    evidence: tuple[tuple[str, str], ...] = ()
    warning_signs_unsure: bool = False
    #: What a green verdict rests on: authorised_product, registered_trial,
    #: hospital_exemption or compassionate_use ("" for any other verdict).
    green_basis: str = ""
    #: What the product's name or EU number matched (None when neither was typed).
    product: ProductMatch | None = None
    #: The kind of offer as the patient labelled it (``offer_kind`` is the kind as judged).
    claimed_kind: str = "unsure"

    def criterion(self, criterion_id: str) -> CriterionResult:
        for result in self.criteria:
            if result.id == criterion_id:
                return result
        raise KeyError(criterion_id)

    def basis(self, question_id: str) -> str:
        """How ``question_id`` was answered: SEEN_IN_WRITING, SAID_YES, TOLD_ONLY, SAID_NO,
        NOT_SURE or NOT_ANSWERED (only SEEN_IN_WRITING may be reported as "shown to you")."""
        return dict(self.evidence).get(question_id, NOT_ANSWERED)

    def seen_in_writing(self, question_id: str) -> bool:
        return self.basis(question_id) == SEEN_IN_WRITING


__all__ = ["NOT_ANSWERED", "NOT_SURE", "SAID_NO", "SAID_YES", "SEEN_IN_WRITING", "TOLD_ONLY", "Ask",
           "Assessment", "CriterionResult", "DocumentRequest", "Finding", "Reason"]
