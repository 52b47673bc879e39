"""The rules, as data: criteria, the rules that decide them, and the verdicts.

Each rule reads one or more answers (``When``), gives its criterion an outcome (met, not
met, unknown), explains why in plain words, and cites a seed source. ``_check_table`` runs
at import: an unknown question or criterion id, a duplicate rule id, a missing source, or
an answer combination that no rule covers is an error then, never a wrong verdict later.
"""

from dataclasses import dataclass

from .catalogue import (
    ALLOGENEIC,
    AUTOLOGOUS,
    CELL_SOURCE,
    DAYS,
    NO,
    QUESTIONS_BY_ID,
    TOLD,
    TOLD_KIND,
    UNSURE,
    YES,
    YES_NO,
)
from .i18n import _
from .sources import check_source
from .thresholds import (
    ALLOGENEIC_MIN_CULTURE_DAYS,
    AUTOLOGOUS_MIN_CULTURE_DAYS,
    MAX_EXTRACTION_DAYS,
    SAME_DAY,
)

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"
OUTCOMES = (MET, NOT_MET, UNKNOWN)
RED, AMBER, GREEN = "red", "amber", "green"
VERDICT_IDS = (RED, AMBER, GREEN)


@dataclass(frozen=True, slots=True)
class Criterion:
    id: str
    title: str
    description: str
    questions: tuple[str, ...]
    source: str
    #: When not met, the verdict is red ("do not go ahead"); otherwise amber.
    red_when_not_met: bool
    #: The verdict's reason when the criterion is not met, and when it is unknown.
    not_met: str
    unknown: str


@dataclass(frozen=True, slots=True)
class When:
    """One condition on one answer: a listed value, or a day count within a range."""

    question: str
    values: tuple[str, ...] = ()
    days: tuple[int, int] | None = None

    def holds(self, answer: str | int | None) -> bool:
        if answer is None:  # not answered counts as "Not sure"
            answer = UNSURE
        if self.days is not None:
            lo, hi = self.days
            return isinstance(answer, int) and lo <= answer <= hi
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


CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "authorisation",
        _("Authorised medicine or registered clinical trial"),
        _("The product is an authorised advanced therapy medicine, or is given within an "
          "authorised and registered clinical trial, by a doctor and clinic authorised to "
          "give it."),
        ("atmp", "clinical_trial", "regulator", "authorisation_document",
         "administrator_authorised"),
        "itrt-guide",
        red_when_not_met=True,
        not_met=_("The offer is not an authorised medicine or a registered trial."),
        unknown=_("It is not confirmed that the offer is an authorised medicine or a "
                  "registered trial."),
    ),
    Criterion(
        "gmp",
        _("Made under GMP in a certified clean room"),
        _("The cells are grown and tested in a certified clean room following written "
          "procedures, and the product comes with an official leaflet."),
        ("clean_room", "leaflet"),
        "itrt-guide",
        red_when_not_met=True,
        not_met=_("The product is not made under GMP in a certified clean room, or has no "
                  "official leaflet."),
        unknown=_("It is not confirmed that the product is made under GMP and documented."),
    ),
    Criterion(
        "same_day_extraction",
        _("Enough time to grow the cells"),
        _("Cultured cells take weeks to grow. Cells taken and given back on the same day, or "
          "too soon for culture, are not an authorised medicine."),
        ("cell_source", "extraction_days"),
        "itrt-guide",
        red_when_not_met=True,
        not_met=_("The cells would be given back too soon to have been grown."),
        unknown=_("It is not confirmed that there is enough time to grow the cells."),
    ),
    Criterion(
        "follow_up",
        _("Clinical follow-up"),
        _("Planned check-ups measure pain and function on standard scales, and an MRI scan "
          "checks whether the tissue has regenerated."),
        ("pain_followup", "imaging_followup"),
        "itrt-guide",
        red_when_not_met=False,
        not_met=_("The clinical follow-up is missing or incomplete."),
        unknown=_("The clinical follow-up is not confirmed."),
    ),
)

CRITERIA_BY_ID: dict[str, Criterion] = {c.id: c for c in CRITERIA}


def _yes_no(question: str, criterion: str, met: str, not_met: str, unknown: str,
            source: str = "itrt-guide") -> tuple[Rule, ...]:
    """The three rules of a yes / no / not sure question."""
    return (
        Rule(f"{question}_yes", criterion, (When(question, (YES,)),), MET, met, source),
        Rule(f"{question}_no", criterion, (When(question, (NO,)),), NOT_MET, not_met, source),
        Rule(f"{question}_unsure", criterion,
             (When(question, (UNSURE, TOLD) if QUESTIONS_BY_ID[question].kind == TOLD_KIND
                   else (UNSURE,)),), UNKNOWN, unknown, source),
    )


_AFTER_SAME_DAY = SAME_DAY + 1

RULES: tuple[Rule, ...] = (
    *_yes_no(
        "atmp", "authorisation",
        _("You were told the product is an advanced therapy medicinal product."),
        _("The product is not an advanced therapy medicinal product, so it is not an "
          "authorised cell medicine."),
        _("It is not known whether the product is an advanced therapy medicinal product."),
    ),
    *_yes_no(
        "clinical_trial", "authorisation",
        _("You were told a clinical trial has shown the treatment is feasible, safe and "
          "effective."),
        _("No clinical trial has shown that this treatment is safe and works."),
        _("It is not known whether a clinical trial has shown that this treatment is safe "
          "and works."),
    ),
    *_yes_no(
        "regulator", "authorisation",
        _("You were told the medicines agency regulates the product."),
        _("The product is not regulated by a medicines agency, so nobody independent checks "
          "its quality or its side effects."),
        _("It is not known whether a medicines agency regulates the product."),
    ),
    *_yes_no(
        "authorisation_document", "authorisation",
        _("You were shown the authorisation document or a trial registration number."),
        _("No authorisation document or trial registration number was shown."),
        _("It is not known whether there is an authorisation document or a trial "
          "registration number."),
    ),
    *_yes_no(
        "administrator_authorised", "authorisation",
        _("You were told the doctor or clinic is authorised to give this treatment."),
        _("The doctor or clinic is not authorised to give advanced therapy medicines."),
        _("It is not known whether the doctor or clinic is authorised to give this "
          "treatment."),
    ),
    *_yes_no(
        "clean_room", "gmp",
        _("You were told the product is made in a certified clean room under written "
          "procedures."),
        _("The product is not made in a certified clean room, so its sterility and quality "
          "are not assured."),
        _("It is not known where or how the product is made."),
    ),
    *_yes_no(
        "leaflet", "gmp",
        _("You were told there is an official product leaflet."),
        _("There is no official product leaflet: the dose, dates, viability and identity of "
          "the cells are not documented."),
        _("It is not known whether there is an official product leaflet."),
    ),
    Rule(
        "same_day", "same_day_extraction",
        (When("extraction_days", days=(SAME_DAY, SAME_DAY)),),
        NOT_MET,
        _("The cells would be taken and given back on the same day. There is no time to grow "
          "them, so this cannot be an authorised cell medicine."),
        "itrt-guide",
        decisive=True,
    ),
    Rule(
        "autologous_too_soon", "same_day_extraction",
        (When("cell_source", (AUTOLOGOUS,)),
         When("extraction_days", days=(_AFTER_SAME_DAY, AUTOLOGOUS_MIN_CULTURE_DAYS - 1))),
        NOT_MET,
        _("Your own cells need at least %(autologous_min_days)d days of culture; "
          "%(days)d days is too short."),
        "itrt-guide",
    ),
    Rule(
        "allogeneic_too_soon", "same_day_extraction",
        (When("cell_source", (ALLOGENEIC,)),
         When("extraction_days", days=(_AFTER_SAME_DAY, ALLOGENEIC_MIN_CULTURE_DAYS - 1))),
        NOT_MET,
        _("A donor's cells take at least %(allogeneic_min_days)d days to prepare; %(days)d "
          "days is too short."),
        "itrt-guide",
    ),
    Rule(
        "any_cells_too_soon", "same_day_extraction",
        (When("cell_source", (UNSURE,)),
         When("extraction_days", days=(_AFTER_SAME_DAY, ALLOGENEIC_MIN_CULTURE_DAYS - 1))),
        NOT_MET,
        _("%(days)d days is too short to grow any cells: a donor's cells take at least "
          "%(allogeneic_min_days)d days, your own at least %(autologous_min_days)d."),
        "itrt-guide",
    ),
    Rule(
        "autologous_cultured", "same_day_extraction",
        (When("cell_source", (AUTOLOGOUS,)),
         When("extraction_days", days=(AUTOLOGOUS_MIN_CULTURE_DAYS, MAX_EXTRACTION_DAYS))),
        MET,
        _("%(days)d days leaves time to culture your own cells (at least "
          "%(autologous_min_days)d days are needed)."),
        "itrt-guide",
    ),
    Rule(
        "allogeneic_cultured", "same_day_extraction",
        (When("cell_source", (ALLOGENEIC,)),
         When("extraction_days", days=(ALLOGENEIC_MIN_CULTURE_DAYS, MAX_EXTRACTION_DAYS))),
        MET,
        _("%(days)d days leaves time to prepare a donor's cells (%(allogeneic_min_days)d to "
          "%(allogeneic_max_days)d days from frozen stock)."),
        "itrt-guide",
    ),
    Rule(
        "source_unknown", "same_day_extraction",
        (When("cell_source", (UNSURE,)),
         When("extraction_days", days=(ALLOGENEIC_MIN_CULTURE_DAYS, MAX_EXTRACTION_DAYS))),
        UNKNOWN,
        _("Whether %(days)d days is enough depends on whose cells they are: at least "
          "%(autologous_min_days)d days for your own, %(allogeneic_min_days)d for a donor's."),
        "itrt-guide",
    ),
    Rule(
        "days_unknown", "same_day_extraction",
        (When("extraction_days", (UNSURE, "in_advance")),),
        UNKNOWN,
        _("It is not known how many days pass between taking the cells and giving them "
          "back, so it is not known whether they could have been grown."),
        "itrt-guide",
    ),
    *_yes_no(
        "pain_followup", "follow_up",
        _("You were told your pain and function will be followed up on standard scales."),
        _("There is no follow-up of pain and function on standard scales, so nobody will "
          "measure whether the treatment helped or harmed."),
        _("It is not known whether pain and function will be followed up."),
    ),
    *_yes_no(
        "imaging_followup", "follow_up",
        _("You were told an MRI scan will check whether the tissue has regenerated."),
        _("No imaging is planned, so nobody will check whether the tissue has regenerated."),
        _("It is not known whether imaging will check the result."),
    ),
)


@dataclass(frozen=True, slots=True)
class Verdict:
    id: str
    title: str
    summary: str
    source: str


VERDICTS: dict[str, Verdict] = {
    v.id: v
    for v in (
        Verdict(
            RED,
            _("Do not go ahead"),
            _("This offer fails at least one condition that an authorised cell therapy must "
              "meet. Do not sign or pay anything. Take this report to an independent doctor."),
            "itrt-guide",
        ),
        Verdict(
            AMBER,
            _("Serious questions remain"),
            _("This offer may not be an authorised treatment. Get clear, written answers to "
              "the questions below and a second opinion before you sign or pay anything."),
            "itrt-guide",
        ),
        Verdict(
            GREEN,
            _("Consistent with an authorised treatment"),
            _("Your answers match what an authorised cell therapy should offer. Check the "
              "documents yourself, and ask an independent doctor for a second opinion."),
            "itrt-guide",
        ),
    )
}


def _answers_to_try(question_id: str) -> tuple[str | int | None, ...]:
    kind = QUESTIONS_BY_ID[question_id].kind
    if kind == DAYS:
        return (None, UNSURE, "in_advance", *range(MAX_EXTRACTION_DAYS + 1))
    if kind in (YES_NO, CELL_SOURCE, TOLD_KIND):
        return (None, *QUESTIONS_BY_ID[question_id].choices)
    raise ValueError(question_id)


def _check_table() -> None:
    seen: set[str] = set()
    for rule in RULES:
        where = f"rule {rule.id!r}"
        if rule.id in seen:
            raise ValueError(f"{where}: duplicate rule id")
        seen.add(rule.id)
        if rule.criterion not in CRITERIA_BY_ID:
            raise ValueError(f"{where}: unknown criterion {rule.criterion!r}")
        if rule.outcome not in OUTCOMES:
            raise ValueError(f"{where}: unknown outcome {rule.outcome!r}")
        if not rule.when:
            raise ValueError(f"{where}: no condition")
        for cond in rule.when:
            if cond.question not in QUESTIONS_BY_ID:
                raise ValueError(f"{where}: unknown question id {cond.question!r}")
            if cond.question not in CRITERIA_BY_ID[rule.criterion].questions:
                raise ValueError(f"{where}: {cond.question!r} is not a question of its criterion")
            if not cond.values and cond.days is None:
                raise ValueError(f"{where}: condition on {cond.question!r} matches nothing")
            bad = set(cond.values) - set(QUESTIONS_BY_ID[cond.question].choices)
            if bad:
                raise ValueError(f"{where}: {sorted(bad)} are not answers to {cond.question!r}")
        check_source(rule.source, where)
    asked: set[str] = set()
    for criterion in CRITERIA:
        check_source(criterion.source, f"criterion {criterion.id!r}")
        for qid in criterion.questions:
            if qid not in QUESTIONS_BY_ID:
                raise ValueError(f"criterion {criterion.id!r}: unknown question id {qid!r}")
            if qid in asked:
                raise ValueError(f"question {qid!r} belongs to two criteria")
            asked.add(qid)
    for verdict in VERDICTS.values():
        check_source(verdict.source, f"verdict {verdict.id!r}")
    _check_coverage()


def _check_coverage() -> None:
    """Every answer combination of a criterion must trigger at least one of its rules."""
    for criterion in CRITERIA:
        rules = [r for r in RULES if r.criterion == criterion.id]
        combos: list[dict[str, str | int | None]] = [{}]
        for qid in criterion.questions:
            combos = [{**c, qid: a} for c in combos for a in _answers_to_try(qid)]
        for combo in combos:
            if not any(all(w.holds(combo[w.question]) for w in r.when) for r in rules):
                raise ValueError(f"criterion {criterion.id!r}: no rule covers {combo}")


_check_table()
