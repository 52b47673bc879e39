"""``assess(answers)``: the pure function that judges an offer.

It returns frozen dataclasses that carry, with the verdict, every finding that led to it,
so the page, the PDF, the JSON command and the tests all show the same reasons.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from .answers import Answers, parse_answers
from .catalogue import (
    DOCUMENTS,
    NO,
    QUESTIONS,
    UNSURE,
    WARNING_SIGNS_BY_ID,
    Document,
    WarningSign,
)
from .i18n import _
from .table import (
    AMBER,
    CRITERIA,
    GREEN,
    MET,
    NOT_MET,
    RED,
    RULES,
    UNKNOWN,
    VERDICTS,
    Criterion,
    Rule,
    Verdict,
)
from .thresholds import PARAMS, WARNING_SIGNS_FOR_RED


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    outcome: str
    #: Message id (translate it first), with ``%(name)s`` placeholders filled from params.
    explanation: str
    params: tuple[tuple[str, int], ...]
    source: str
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
    #: The patient said they have already been shown it (every related answer is "yes").
    seen: bool


@dataclass(frozen=True, slots=True)
class Assessment:
    answers: Answers
    verdict: Verdict
    reasons: tuple[Reason, ...]
    criteria: tuple[CriterionResult, ...]
    warning_signs: tuple[WarningSign, ...]
    warning_signs_answered: bool
    questions_to_ask: tuple[Ask, ...]
    documents_to_request: tuple[DocumentRequest, ...]

    def criterion(self, criterion_id: str) -> CriterionResult:
        for result in self.criteria:
            if result.id == criterion_id:
                return result
        raise KeyError(criterion_id)


def _fires(rule: Rule, answers: Answers) -> bool:
    return all(cond.holds(answers.get(cond.question)) for cond in rule.when)


def _finding(rule: Rule, answers: Answers) -> Finding:
    params = dict(PARAMS)
    days = answers.get("extraction_days")
    if isinstance(days, int):
        params["days"] = days
    return Finding(
        rule=rule.id,
        outcome=rule.outcome,
        explanation=rule.explanation,
        params=tuple(sorted(params.items())),
        source=rule.source,
        questions=tuple(dict.fromkeys(c.question for c in rule.when)),
        decisive=rule.decisive,
    )


def _status(findings: tuple[Finding, ...]) -> str:
    outcomes = {f.outcome for f in findings}
    if NOT_MET in outcomes:
        return NOT_MET
    if UNKNOWN in outcomes or not outcomes:
        return UNKNOWN
    return MET


def _judge(criteria: tuple[CriterionResult, ...], signs: tuple[WarningSign, ...],
           signs_answered: bool) -> tuple[str, tuple[Reason, ...]]:
    """The verdict and its reasons; every test here is monotone in how bad the answers are."""
    red: list[Reason] = []
    amber: list[Reason] = []
    no_params: tuple[tuple[str, int], ...] = ()
    for result in criteria:
        decisive = [f for f in result.findings if f.decisive]
        for f in decisive:
            red.append(Reason(f.explanation, f.params, f.source))
        if result.status == NOT_MET and not decisive:
            target = red if result.criterion.red_when_not_met else amber
            target.append(Reason(result.criterion.not_met, no_params, result.criterion.source))
        elif result.status == UNKNOWN:
            amber.append(Reason(result.criterion.unknown, no_params, result.criterion.source))
    for sign in signs:
        if sign.serious:
            red.append(Reason(sign.label, no_params, sign.source))
    if len(signs) >= WARNING_SIGNS_FOR_RED:
        red.append(Reason(
            _("%(count)d warning signs together (%(signs_for_red)d or more are a clear "
              "pattern of an unproven offer)."),
            (("count", len(signs)), ("signs_for_red", WARNING_SIGNS_FOR_RED)),
            "itrt-guide",
        ))
    elif signs:
        amber.append(Reason(_("Warning signs were found."), no_params, "itrt-guide"))
    if not signs_answered:
        amber.append(Reason(_("The warning-sign checklist was not answered."), no_params,
                            "itrt-guide"))
    if red:
        return RED, tuple(red)
    if amber:
        return AMBER, tuple(amber)
    return GREEN, (Reason(
        _("All four conditions are met and no warning sign was reported."), no_params,
        "itrt-guide"),)


def assess(answers: Answers | Mapping[str, object]) -> Assessment:
    """Judge an answer set. A mapping is validated first (``AnswerError`` if invalid)."""
    if not isinstance(answers, Answers):
        answers = parse_answers(answers)
    criteria = []
    for criterion in CRITERIA:
        findings = tuple(
            _finding(rule, answers)
            for rule in RULES
            if rule.criterion == criterion.id and _fires(rule, answers)
        )
        criteria.append(CriterionResult(criterion, _status(findings), findings))
    criteria_t = tuple(criteria)
    signs = tuple(WARNING_SIGNS_BY_ID[s] for s in answers.warning_signs or ())
    signs_answered = answers.warning_signs is not None
    verdict_id, reasons = _judge(criteria_t, signs, signs_answered)

    asks = [
        Ask(q.id, q.ask, q.source)
        for q in QUESTIONS
        if answers.get(q.id) in (NO, UNSURE, None)
    ]
    asks += [Ask(s.id, s.ask, s.source) for s in signs]
    yes_ids = {qid for qid, value in answers.values if value == "yes"}
    documents = tuple(
        DocumentRequest(d, bool(d.questions) and set(d.questions) <= yes_ids)
        for d in DOCUMENTS
    )
    return Assessment(
        answers=answers,
        verdict=VERDICTS[verdict_id],
        reasons=reasons,
        criteria=criteria_t,
        warning_signs=signs,
        warning_signs_answered=signs_answered,
        questions_to_ask=tuple(asks),
        documents_to_request=documents,
    )


__all__ = ["AMBER", "GREEN", "RED", "Assessment", "assess"]
