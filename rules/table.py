"""The rules, as data: criteria, the rules that decide them (``rules_offer``,
``rules_documents``, ``rules_timing``) and the verdicts.

``_check_table`` runs at import: an unknown question or criterion id, a duplicate rule id, a
missing source, a value a question cannot take, or an answer that no rule of a criterion
covers (for an offer kind the criterion is judged for, and a question that applies to it) is
an error then, never a wrong verdict later.
"""

from itertools import product

from .applicability import applicable
from .catalogue import PATIENT_VOICE, QUESTIONS, QUESTIONS_BY_ID
from .criteria import CRITERIA, CRITERIA_BY_ID
from .facts import COUNTRY_CLASSES, DERIVED, NOT_GIVEN
from .i18n import _
from .identifiers import KINDS as IDENTIFIER_KINDS
from .question_model import (
    CELL_SOURCE,
    COUNTRY,
    DAYS,
    TEXT,
)
from .rule_model import (
    AMBER,
    GREEN,
    MET,
    NOT_MET,
    OUT_OF_SCOPE,
    OUTCOMES,
    RED,
    UNKNOWN,
    VERDICT_IDS,
    Criterion,
    Rule,
    Verdict,
    When,
)
from .rules_documents import AUTHORISATION_RULES, GMP_RULES, TRIAL_RULES
from .rules_offer import OFFER_RULES
from .rules_product import PRODUCT_RULES
from .rules_timing import FOLLOW_UP_RULES, TIMING_RULES
from .rules_where import ROUTE_AND_COUNTRY_RULES
from .signs import WARNING_SIGNS
from .sources import check_source, independent
from .thresholds import MAX_EXTRACTION_DAYS

RULES: tuple[Rule, ...] = tuple(
    rule
    for criterion in CRITERIA
    for rule in (*OFFER_RULES, *ROUTE_AND_COUNTRY_RULES, *PRODUCT_RULES, *AUTHORISATION_RULES,
                 *TRIAL_RULES, *GMP_RULES, *TIMING_RULES, *FOLLOW_UP_RULES)
    if rule.criterion == criterion.id
)

VERDICTS: dict[str, Verdict] = {
    v.id: v
    for v in (
        Verdict(
            RED,
            _("Do not go ahead"),
            _("This offer fails at least one condition that a legal cell therapy must meet. Do "
              "not sign or pay anything. Take this report to an independent doctor."),
            "ema-cat-2020",
        ),
        Verdict(
            AMBER,
            _("Serious questions remain"),
            _("Some of what a legal cell therapy needs has not been shown to you in writing, "
              "or raises questions. Get clear, written answers to the questions below and a "
              "second opinion before you sign or pay anything."),
            "isscr-guide",
        ),
        Verdict(
            GREEN,
            _("Consistent with an authorised treatment"),
            _("Your answers match what a legal cell therapy should offer: a product authorised "
              "for your illness where you would be treated, and the key documents seen in "
              "writing. Check them yourself in the public registers, and ask an independent "
              "doctor for a second opinion."),
            "ema-union-register",
        ),
        Verdict(
            OUT_OF_SCOPE,
            _("Talk with the haematology team"),
            _("A blood or bone marrow stem cell transplant given by a hospital's haematology "
              "team is an established treatment for blood cancers and some blood diseases. It "
              "is not what this checker judges: ask the haematology team about its benefits, "
              "risks and alternatives for you."),
            "aemps-rd477",
        ),
    )
}
assert tuple(VERDICTS) == VERDICT_IDS

#: Green, worded by what it rests on (the ``assess`` JSON's ``basis``): a trial is not an
#: authorised treatment.
GREEN_BY_BASIS: dict[str, Verdict] = {
    "authorised_product": VERDICTS[GREEN],
    "registered_trial": Verdict(
        GREEN,
        _("Consistent with a registered clinical trial"),
        _("Your answers match what a real clinical trial offers: a registered number, an "
          "ethics committee's approval and a consent form seen in writing, and nothing to pay. "
          "A trial tests whether a product works: open its record in the register, and ask an "
          "independent doctor for a second opinion."),
        "trial-registries",
    ),
    "hospital_exemption": Verdict(
        GREEN,
        _("Consistent with a hospital exemption"),
        _("Your answers match a product a hospital makes with the medicines agency's "
          "permission, which you have seen in writing, with nothing to pay for it. Check that "
          "the permission names the product and the hospital, and ask an independent doctor "
          "for a second opinion."),
        "aemps-rd477",
    ),
    "compassionate_use": Verdict(
        GREEN,
        _("Consistent with compassionate use"),
        _("Your answers match an unauthorised medicine that a hospital arranges for you with "
          "the medicines agency's permission, which you have seen in writing, with nothing to "
          "pay for it. Ask the hospital about the risks, and an independent doctor for a "
          "second opinion."),
        "ema-cat-2020",
    ),
}

# --- checks ----------------------------------------------------------------------------------

_IDENTIFIER_CLASSES = (NOT_GIVEN, *IDENTIFIER_KINDS)
#: Day counts to try: every boundary the thresholds make lies within these.
_DAYS_TO_TRY = (*range(0, 32), 60, MAX_EXTRACTION_DAYS - 1, MAX_EXTRACTION_DAYS)


def _values_of(question_id: str) -> tuple[str, ...]:
    """The values a rule may name for a question (answers, or classes of answers)."""
    if question_id in DERIVED:
        return DERIVED[question_id]
    question = QUESTIONS_BY_ID[question_id]
    if question.kind == COUNTRY:
        return COUNTRY_CLASSES
    if question.kind == TEXT:
        return _IDENTIFIER_CLASSES
    return question.choices


def _answers_to_try(question_id: str) -> tuple[str | int | None, ...]:
    if question_id in DERIVED:
        return DERIVED[question_id]  # always computed, never None
    kind = QUESTIONS_BY_ID[question_id].kind
    if kind == DAYS:
        return (None, *_values_of(question_id), *_DAYS_TO_TRY)
    if kind == TEXT:
        return _IDENTIFIER_CLASSES  # never None: "not given" is its own class
    if kind == CELL_SOURCE:
        return _values_of(question_id)  # the engine always reads it as a class (rules.facts)
    return (None, *_values_of(question_id))


def _check_rule(rule: Rule) -> None:
    where = f"rule {rule.id!r}"
    if rule.criterion not in CRITERIA_BY_ID:
        raise ValueError(f"{where}: unknown criterion {rule.criterion!r}")
    if rule.outcome not in OUTCOMES:
        raise ValueError(f"{where}: unknown outcome {rule.outcome!r}")
    if not rule.when:
        raise ValueError(f"{where}: no condition")
    for cond in rule.when:
        if cond.question not in QUESTIONS_BY_ID and cond.question not in DERIVED:
            raise ValueError(f"{where}: unknown question id {cond.question!r}")
        if cond.question not in (*CRITERIA_BY_ID[rule.criterion].questions, "offer_kind"):
            raise ValueError(f"{where}: {cond.question!r} is not a question of its criterion")
        if not cond.values and cond.days is None:
            raise ValueError(f"{where}: condition on {cond.question!r} matches nothing")
        bad = set(cond.values) - set(_values_of(cond.question))
        if bad:
            raise ValueError(f"{where}: {sorted(bad)} are not answers to {cond.question!r}")
    for source in rule.sources:
        check_source(source, where)
    if rule.decisive and all(not independent(s) for s in rule.sources):
        raise ValueError(f"{where}: a decisive rule needs a source not written by a seller")


def _check_table() -> None:
    seen: set[str] = set()
    for rule in RULES:
        if rule.id in seen:
            raise ValueError(f"rule {rule.id!r}: duplicate rule id")
        seen.add(rule.id)
        _check_rule(rule)
    asked: set[str] = set()
    for criterion in CRITERIA:
        check_source(criterion.source, f"criterion {criterion.id!r}")
        for qid in criterion.questions:
            if qid not in QUESTIONS_BY_ID and qid not in DERIVED:
                raise ValueError(f"criterion {criterion.id!r}: unknown question id {qid!r}")
            asked.add(qid)
    for question in QUESTIONS:
        if unknown := set(question.criteria) - set(CRITERIA_BY_ID):
            raise ValueError(f"question {question.id!r}: unknown criteria {sorted(unknown)}")
    if missing := set(QUESTIONS_BY_ID) - asked:
        raise ValueError(f"questions {sorted(missing)} belong to no criterion")
    for verdict in VERDICTS.values():
        check_source(verdict.source, f"verdict {verdict.id!r}")
    _check_coverage()
    _check_doctor_versions()


def _check_doctor_versions() -> None:
    """Every rule's, criterion's and sign's text that speaks to the patient has the doctor's
    version beside it (the doctor's PDF prints it), and that version speaks to no one."""
    for c in CRITERIA:
        for text in (c.doctor_standard, c.doctor_verify):
            if not text or PATIENT_VOICE.search(text):
                raise ValueError(f"criterion {c.id!r}: needs the doctor's standard and what "
                                 "to verify, not speaking to the patient")
    pairs = [(f"rule {r.id!r}", r.explanation, r.doctor) for r in RULES]
    pairs += [(f"criterion {c.id!r}", text, doctor) for c in CRITERIA
              for text, doctor in ((c.not_met, c.doctor_not_met), (c.unknown, c.doctor_unknown))]
    pairs += [(f"sign {s.id!r}", s.label, s.doctor) for s in WARNING_SIGNS]
    for where, text, doctor in pairs:
        if not doctor and PATIENT_VOICE.search(text):
            raise ValueError(f"{where}: speaks to the patient and has no doctor's version")
        if PATIENT_VOICE.search(doctor):
            raise ValueError(f"{where}: the doctor's version speaks to the patient")


def _components(rules: list[Rule]) -> list[set[str]]:
    """The groups of questions (besides the offer kind) that rules read together."""
    groups: list[set[str]] = []
    for rule in rules:
        group = {w.question for w in rule.when} - {"offer_kind"}
        for other in [g for g in groups if g & group]:
            group |= other
            groups.remove(other)
        if group:
            groups.append(group)
    return groups


def _check_coverage() -> None:
    """For each offer kind a criterion is judged for, every answer to the questions that
    apply to that kind must trigger at least one of the criterion's rules."""
    for criterion in CRITERIA:
        rules = [r for r in RULES if r.criterion == criterion.id]
        for group in _components(rules):
            ordered = sorted(group)
            for kind in criterion.kinds:
                live = [q for q in ordered
                        if q in DERIVED or applicable(q, {"offer_kind": kind})]
                if not live:
                    continue
                # The rules that read any of these questions (the same for every combination).
                reading = [r.when for r in rules if set(live) & {w.question for w in r.when}]
                for values in product(*(_answers_to_try(q) for q in live)):
                    combo: dict[str, str | int | None] = {"offer_kind": kind,
                                                          **dict(zip(live, values, strict=True))}
                    if not any(all(w.holds(combo.get(w.question)) for w in when)
                               for when in reading):
                        if _optional(combo, live):
                            continue
                        raise ValueError(f"criterion {criterion.id!r}: no rule covers {combo}")


def _optional(combo: dict[str, str | int | None], live: list[str]) -> bool:
    """An optional number left empty needs no rule (except a trial's, which is required)."""
    return all(q in QUESTIONS_BY_ID and QUESTIONS_BY_ID[q].kind == TEXT
               and combo[q] == NOT_GIVEN for q in live)


_check_table()

__all__ = ["AMBER", "CRITERIA", "CRITERIA_BY_ID", "GREEN", "GREEN_BY_BASIS", "MET", "NOT_MET",
           "OUT_OF_SCOPE",
           "RED", "RULES", "UNKNOWN", "VERDICTS", "Criterion", "Rule", "Verdict", "When"]
