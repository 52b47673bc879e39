"""``assess(answers)``: the pure function that judges an offer (issue 12, judgement v2).

1. A transplant is out of scope: guidance to talk with the haematology team, nothing else.
2. Otherwise each criterion judged for the offer's kind collects the findings of its rules
   that hold (``rules.table``), read from the answers as ``rules.facts`` gives them.
3. The verdict: red when a decisive rule holds or the warning signs say so; amber when any
   criterion is not met or not known, any warning sign was reported, or the checklist was
   not answered or "not sure"; green otherwise (the key documents seen in writing).
Every test here is monotone in how bad the answers are (tests/rules/test_properties.py).
"""

import functools
from collections.abc import Mapping

from .answers import Answer, Answers, parse_answers
from .applicability import applicable, established_transplant, judged_kind, offer_kind
from .assessment import (
    NOT_ANSWERED,
    NOT_SURE,
    SAID_NO,
    SAID_YES,
    SEEN_IN_WRITING,
    TOLD_ONLY,
    Ask,
    Assessment,
    CriterionResult,
    DocumentRequest,
    Finding,
    Reason,
)
from .catalogue import (
    DOCUMENTS,
    NO,
    QUESTIONS,
    QUESTIONS_BY_ID,
    TEXT,
    TOLD,
    TOLD_KIND,
    UNSURE,
    WARNING_SIGNS_BY_ID,
    YES,
    YES_NO,
    WarningSign,
)
from .facts import DERIVED_FROM, facts, product_match
from .i18n import _
from .identifiers import identify
from .products import EXEMPTION_HERE, ProductMatch
from .question_model import (
    COMPASSIONATE_USE,
    HOSPITAL,
    HOSPITAL_EXEMPTION,
    TRANSPLANT,
    TRIAL,
)
from .regulators import regulator_for
from .table import (
    AMBER,
    CRITERIA,
    GREEN,
    GREEN_BY_BASIS,
    MET,
    NOT_MET,
    OUT_OF_SCOPE,
    RED,
    RULES,
    UNKNOWN,
    VERDICTS,
    Criterion,
    Rule,
)
from .thresholds import PARAMS, WARNING_SIGNS_FOR_RED

Params = tuple[tuple[str, int], ...]
_NO_PARAMS: Params = ()
#: In a trial, these signs mean the patient would pay to take part (red: cuende-2021).
_PAYING_SIGNS = ("pay_for_trial", "upfront_payment", "unjustified_cost")
#: In a trial, that no published evidence shows it works is expected, not a warning.
_EXPECTED_IN_A_TRIAL = ("no_evidence",)

#: The reasons of its own the engine gives (the doctor's PDF rewords those that speak to the
#: patient: checker/report/doctor_voice.py). A green verdict's one reason, by kind of offer:
GREEN_REASONS = {
    TRIAL: _("Every condition of a real clinical trial that you were asked about is met, the "
             "key documents were seen in writing and no warning sign was reported."),
    "hospital_exemption": _("The hospital's permission from the agency was seen in writing, "
                            "the conditions asked about are met and no warning sign was "
                            "reported."),
    "compassionate_use": _("The agency's permission was seen in writing, the conditions asked "
                           "about are met and no warning sign was reported."),
}
GREEN_DEFAULT = _("All the conditions are met, the key documents were seen in writing and no "
                  "warning sign was reported.")
#: Paying for a trial, unsure of the warning signs:
PAYING_IN_A_TRIAL = _("You would pay to take part in a trial. Taking part in a real trial of "
                      "a new product is free.")
SIGNS_UNSURE = _("You were not sure about the warning signs. Go through them again with the "
                 "offer in front of you.")


#: Each criterion's rules, in table order (looked up once, not per call).
_RULES_OF = {c.id: tuple(r for r in RULES if r.criterion == c.id) for c in CRITERIA}


def _finding(rule: Rule, days: object) -> Finding:
    """The finding of ``rule`` (a day count is a parameter of its explanation)."""
    return _finding_of(rule.id, days if isinstance(days, int) else None)


#: Each rule by its id, for _finding_of.
_RULE_BY_ID = {rule.id: rule for rule in RULES}


@functools.lru_cache(maxsize=4096, typed=True)
def _finding_of(rule_id: str, days: int | None) -> Finding:
    """Made once per rule and day count: a Finding is frozen, and the same rule with the same
    days always gives the same one (an assessment makes a few dozen, thousands a second)."""
    rule = _RULE_BY_ID[rule_id]
    params = dict(PARAMS)
    if days is not None:
        params["days"] = days
    read = (q for c in rule.when for q in DERIVED_FROM.get(c.question, (c.question,)))
    questions = tuple(dict.fromkeys(q for q in read if q != "offer_kind"))
    return Finding(
        rule=rule.id,
        outcome=rule.outcome,
        explanation=rule.explanation,
        params=tuple(sorted(params.items())),
        source=rule.source,
        questions=questions or ("offer_kind",),
        decisive=rule.decisive,
    )


def _applies(rule: Rule, read: Mapping[str, Answer]) -> bool:
    """Whether every condition of ``rule`` holds (a loop, not all() over a generator: this
    runs for every rule of every assessment)."""
    for cond in rule.when:  # noqa: SIM110 (a loop: all() over a generator costs more here)
        if not cond.holds(read.get(cond.question)):
            return False
    return True


def _status(findings: tuple[Finding, ...]) -> str:
    outcomes = {f.outcome for f in findings}
    if NOT_MET in outcomes:
        return NOT_MET
    if UNKNOWN in outcomes or not outcomes:
        return UNKNOWN
    return MET


def _judged(criterion: Criterion, kind: str, answers: Answers) -> bool:
    return kind in criterion.kinds and answers.get("cell_type") not in criterion.skip_cell_types


def _criteria(answers: Answers, kind: str, read: Mapping[str, Answer]
              ) -> tuple[CriterionResult, ...]:
    days = answers.get("extraction_days")
    out = []
    for criterion in CRITERIA:
        if not _judged(criterion, kind, answers):
            continue
        findings = tuple(_finding(rule, days) for rule in _RULES_OF[criterion.id]
                         if _applies(rule, read))
        out.append(CriterionResult(criterion, _status(findings), findings))
    return tuple(out)


def _sign_reasons(signs: tuple[WarningSign, ...], kind: str, answers: Answers
                  ) -> tuple[list[Reason], list[Reason]]:
    red: list[Reason] = []
    amber: list[Reason] = []
    for sign in signs:
        if sign.serious:
            red.append(Reason(sign.label, _NO_PARAMS, sign.source))
    if kind == TRIAL and any(s.id in _PAYING_SIGNS for s in signs):
        red.append(Reason(PAYING_IN_A_TRIAL, _NO_PARAMS, "cuende-2021"))
    counted = [s for s in signs if not (kind == TRIAL and s.id in _EXPECTED_IN_A_TRIAL)]
    if len(counted) >= WARNING_SIGNS_FOR_RED:
        red.append(Reason(
            _("%(count)d warning signs together (%(signs_for_red)d or more are a clear "
              "pattern of an unproven offer)."),
            (("count", len(counted)), ("signs_for_red", WARNING_SIGNS_FOR_RED)),
            "fda-consumer-2021",
        ))
    elif counted:
        amber.append(Reason(_("Warning signs were found."), _NO_PARAMS, "itrt-guide"))
    if answers.warning_signs_unsure:
        amber.append(Reason(SIGNS_UNSURE, _NO_PARAMS, "itrt-guide"))
    elif answers.warning_signs is None:
        amber.append(Reason(_("The warning-sign checklist was not answered."), _NO_PARAMS,
                            "itrt-guide"))
    return red, amber


def _judge(criteria: tuple[CriterionResult, ...], signs: tuple[WarningSign, ...], kind: str,
           answers: Answers) -> tuple[str, tuple[Reason, ...]]:
    red: list[Reason] = []
    amber: list[Reason] = []
    for result in criteria:
        decisive = [f for f in result.findings if f.decisive]
        red.extend(Reason(f.explanation, f.params, f.source) for f in decisive)
        if result.status == NOT_MET and not decisive:
            amber.append(Reason(result.criterion.not_met, _NO_PARAMS, result.criterion.source))
        elif result.status == UNKNOWN:
            amber.append(Reason(result.criterion.unknown, _NO_PARAMS, result.criterion.source))
    sign_red, sign_amber = _sign_reasons(signs, kind, answers)
    red += sign_red
    amber += sign_amber
    if red:
        return RED, tuple(red)
    if amber:
        return AMBER, tuple(amber)
    return GREEN, (Reason(GREEN_REASONS.get(kind, GREEN_DEFAULT), _NO_PARAMS,
                          GREEN_SOURCES.get(kind, "ema-union-register")),)


#: Green's basis (the ``assess`` JSON's ``basis``), by the kind of offer judged.
BASIS_BY_KIND = {TRIAL: "registered_trial", HOSPITAL_EXEMPTION: "hospital_exemption",
                 COMPASSIONATE_USE: "compassionate_use"}
GREEN_SOURCES = {TRIAL: "trial-registries", HOSPITAL_EXEMPTION: "aemps-rd477",
                 COMPASSIONATE_USE: "ema-cat-2020"}


def green_basis(kind: str, product_fact: object) -> str:
    """What a green verdict rests on: an authorised product, a registered trial, a hospital
    exemption or compassionate use."""
    if kind in BASIS_BY_KIND:
        return BASIS_BY_KIND[kind]
    return "hospital_exemption" if product_fact == EXEMPTION_HERE else "authorised_product"


def _basis(kind: str, value: object) -> str:
    # Only a question that offers "told" asks whether a document was seen: a plain yes
    # elsewhere is what the patient said they were told.
    if value is None:
        return NOT_ANSWERED
    if value == YES:
        return SEEN_IN_WRITING if kind == TOLD_KIND else SAID_YES
    return {TOLD: TOLD_ONLY, NO: SAID_NO, UNSURE: NOT_SURE}.get(str(value), NOT_ANSWERED)


def _evidence(answers: Answers) -> tuple[tuple[str, str], ...]:
    return tuple(
        (qid, _basis(QUESTIONS_BY_ID[qid].kind, value))
        for qid, value in answers.values
        if QUESTIONS_BY_ID[qid].kind in (YES_NO, TOLD_KIND)
    )


def _asks(answers: Answers, criteria: tuple[CriterionResult, ...],
          signs: tuple[WarningSign, ...]) -> tuple[Ask, ...]:
    flagged = {q for c in criteria for f in c.findings if f.outcome != MET for q in f.questions}
    asks = [
        Ask(q.id, q.ask, q.source)
        for q in QUESTIONS
        if applicable(q.id, answers)
        and (q.id in flagged or (answers.get(q.id) in (None, NO, TOLD, UNSURE)
                                 and q.kind != TEXT))
    ]
    return (*asks, *(Ask(s.id, s.ask, s.source) for s in signs))


def _documents(answers: Answers) -> tuple[DocumentRequest, ...]:
    out = []
    for d in DOCUMENTS:
        given = [answers.get(q) for q in d.questions]
        seen = bool(given) and all(v == YES for v in given)
        out.append(DocumentRequest(d, seen, not seen and TOLD in given))
    return tuple(out)


def _haematology(answers: Answers, product: ProductMatch | None) -> bool:
    """A hospital's treatment for a blood cancer or an inherited blood disease (CAR-T cells,
    gene-modified blood stem cells, cord blood for a transplant), named by its product."""
    return (product is not None and product.product is not None
            and applicable("product", answers)  # a trial is judged as a trial
            and product.product.haematology and answers.get("provider") == HOSPITAL
            and answers.get("condition_group") == "blood_disease")


def _out_of_scope(answers: Answers, signs: tuple[WarningSign, ...],
                  product: ProductMatch | None = None) -> Assessment:
    return Assessment(
        answers=answers,
        verdict=VERDICTS[OUT_OF_SCOPE],
        reasons=(
            Reason(VERDICTS[OUT_OF_SCOPE].summary, _NO_PARAMS, "aemps-rd477"),
        ),
        criteria=(),
        warning_signs=signs,
        warning_signs_answered=answers.warning_signs is not None
        or answers.warning_signs_unsure,
        questions_to_ask=(Ask("offer_kind", _("What are the benefits, the risks and the "
                                              "other options of this transplant for me?"),
                              "aemps-rd477"),),
        documents_to_request=(),
        offer_kind=TRANSPLANT,
        evidence=_evidence(answers),
        warning_signs_unsure=answers.warning_signs_unsure,
        product=product,
        claimed_kind=offer_kind(answers),
    )


def assess(answers: Answers | Mapping[str, object]) -> Assessment:
    """Judge an answer set. A mapping is validated first (``AnswerError`` if invalid)."""
    if not isinstance(answers, Answers):
        answers = parse_answers(answers)
    signs = tuple(WARNING_SIGNS_BY_ID[s] for s in answers.warning_signs or ())
    product = product_match(answers)
    if established_transplant(answers) or _haematology(answers, product):
        return _out_of_scope(answers, signs, product)
    kind = judged_kind(answers)
    read = facts(answers, product)
    criteria = _criteria(answers, kind, read)
    verdict_id, reasons = _judge(criteria, signs, kind, answers)
    basis = green_basis(kind, read["product_match"]) if verdict_id == GREEN else ""
    documents = _documents(answers)
    identifiers = tuple(
        (qid, identify(str(answers.get(qid)), qid))
        for qid in ("trial_number", "authorisation_number")
        if answers.get(qid) is not None
    )
    return Assessment(
        answers=answers,
        verdict=GREEN_BY_BASIS[basis] if basis else VERDICTS[verdict_id],
        reasons=reasons,
        criteria=criteria,
        warning_signs=signs,
        warning_signs_answered=answers.warning_signs is not None
        or answers.warning_signs_unsure,
        questions_to_ask=_asks(answers, criteria, signs),
        documents_to_request=documents,
        offer_kind=kind,
        identifiers=identifiers,
        regulator=regulator_for(answers.get("country")),  # type: ignore[arg-type]
        evidence=_evidence(answers),
        warning_signs_unsure=answers.warning_signs_unsure,
        green_basis=basis,
        product=product,
        claimed_kind=offer_kind(answers),
    )


__all__ = ["AMBER", "GREEN", "OUT_OF_SCOPE", "RED", "Assessment", "assess"]
