"""What the rules read: the answers, with some read as classes (see ``rule_model``), and a few
facts derived from several answers.

- ``country``: ``es`` (Spain), ``eu`` (another EU or EEA state), ``outside_eu``, or not known.
- ``trial_number`` and ``authorisation_number``: the register format of the typed number
  (``rules.identifiers``), or ``not_given``.
- ``cell_source``: whose cells, from the cell type when it says and from "whose cells"
  otherwise (``rules.applicability.whose_cells``); answers that disagree count as not sure.
- ``offer_kind``: the kind as judged (``rules.applicability.judged_kind``), not as labelled.

Derived facts (``DERIVED``: their ids and the values a rule may name):
- ``sale``: the product is sold (a private clinic, or the patient pays for it), not sold (a
  hospital, and nothing paid but travel), or not known. Not known is judged like sold.
- ``label_check``: whether the patient's label for the offer holds (a paid trial, a hospital
  route that is sold, a "transplant" that is not a hospital's transplant for a blood disease).
- ``product_match``: what the product's name or number means for this illness and country
  (``rules.products.PRODUCT_CLASSES``).
- ``product_here``: ``allowed`` when that product is authorised (or conditionally approved, or
  under a hospital exemption) for this illness where the patient would be treated.
- ``follow_up``: which follow-up fits the illness: ITRT's scales and MRI, or a plan.
"""

from .answers import Answer, Answers
from .applicability import DONOR, OWN, judged_kind, offer_kind, scales_follow_up, whose_cells
from .catalogue import ALLOGENEIC, AUTOLOGOUS, COUNTRY, QUESTIONS_BY_ID, TEXT, UNSURE
from .identifiers import classify
from .products import (
    ALLOWED_HERE,
    NO_PRODUCT_GIVEN,
    PRODUCT_CLASSES,
    ProductMatch,
    describe_match,
    match_product,
    product_class,
    related_indication,
)
from .question_model import (
    COMPASSIONATE_USE,
    HOSPITAL,
    HOSPITAL_EXEMPTION,
    PAY_NONE,
    PAY_TRAVEL,
    PAY_TREATMENT,
    PRIVATE_CLINIC,
    TRANSPLANT,
    TRIAL,
)
from .regulators import regulator_for

ES, EU, OUTSIDE_EU, NOT_GIVEN = "es", "eu", "outside_eu", "not_given"
COUNTRY_CLASSES = (ES, EU, OUTSIDE_EU, UNSURE)

SOLD, NOT_SOLD = "sold", "not_sold"
SALE = (SOLD, NOT_SOLD, UNSURE)
AS_LABELLED, PAID_TRIAL, HOSPITAL_ROUTE_SOLD, WHO_ARRANGES_UNKNOWN, NOT_A_TRANSPLANT = (
    "as_labelled", "paid_trial", "hospital_route_sold", "who_arranges_unknown",
    "not_a_transplant")
LABEL_CHECKS = (AS_LABELLED, PAID_TRIAL, HOSPITAL_ROUTE_SOLD, WHO_ARRANGES_UNKNOWN,
                NOT_A_TRANSPLANT)
ALLOWED, NOT_ALLOWED = "allowed", "not_allowed"
SCALES, PLAN = "scales", "plan"
FOLLOW_UPS = (SCALES, PLAN)

#: The facts derived from several answers, with the values a rule may name.
DERIVED: dict[str, tuple[str, ...]] = {
    "sale": SALE,
    "label_check": LABEL_CHECKS,
    "product_match": PRODUCT_CLASSES,
    "product_here": (ALLOWED, NOT_ALLOWED),
    "follow_up": FOLLOW_UPS,
}
#: The questions each derived fact is read from (what a finding is about).
DERIVED_FROM: dict[str, tuple[str, ...]] = {
    # Who pays only qualifies what another answer means: the finding is about that answer.
    "sale": (),
    "label_check": ("offer_kind", "provider", "payment"),
    "product_match": ("product",),
    "product_here": ("product",),
    "follow_up": (),
}

#: Answers of the product questions the product match reads, in order.
_TEXT_NOT_IDENTIFIERS = ("product",)


def country_class(code: Answer) -> str | None:
    if not isinstance(code, str) or code == UNSURE:
        return None if code is None else UNSURE
    if code == "ES":
        return ES
    regulator = regulator_for(code)
    return EU if regulator is not None and regulator.eu else OUTSIDE_EU


def sale(answers: Answers) -> str:
    provider, payment = answers.get("provider"), answers.get("payment")
    if payment == PAY_TREATMENT or provider == PRIVATE_CLINIC:
        return SOLD
    if provider == HOSPITAL and payment in (PAY_NONE, PAY_TRAVEL):
        return NOT_SOLD
    return UNSURE


def label_check(answers: Answers) -> str:
    claimed, judged = offer_kind(answers), judged_kind(answers)
    if claimed == TRANSPLANT and judged != TRANSPLANT:
        return NOT_A_TRANSPLANT
    if claimed == TRIAL and judged != TRIAL:
        return PAID_TRIAL
    if claimed in (HOSPITAL_EXEMPTION, COMPASSIONATE_USE):
        if judged != claimed:
            return HOSPITAL_ROUTE_SOLD
        if answers.get("provider") != HOSPITAL or answers.get("payment") not in (PAY_NONE,
                                                                                PAY_TRAVEL):
            return WHO_ARRANGES_UNKNOWN
    return AS_LABELLED


def _product_inputs(answers: Answers) -> tuple[str | None, str | None, bool]:
    name, number = answers.get("product"), answers.get("authorisation_number")
    country = answers.get("country")
    regulator = regulator_for(country if isinstance(country, str) else None)
    return (name if isinstance(name, str) else None, number if isinstance(number, str) else None,
            regulator is not None and regulator.eu)


def product_match(answers: Answers) -> ProductMatch | None:
    """What the typed name or EU number matched, and what that means here (``fact``), for the
    rules, the report and the JSON; None when neither was typed. Matched once per
    assessment: ``facts`` takes it."""
    name, number, eu_member = _product_inputs(answers)
    product = match_product(name, number)
    condition, country = answers.get("condition_group"), answers.get("country")
    whose = whose_cells(answers.get("cell_type"), answers.get("cell_source"))
    fact = product_class(product, name is not None, condition, country, eu_member, whose)
    return describe_match(name, product, condition, country, eu_member, fact)


def _condition_for_rules(condition: Answer, match: ProductMatch | None) -> Answer:
    """A product matched for a narrower illness than the group chosen (Alofisel under
    autoimmune diseases): the illness rules judge that illness, the product rules the match."""
    if match is not None and match.product is not None:
        return related_indication(match.product, condition) or condition
    return condition


def facts(answers: Answers, match: ProductMatch | None) -> dict[str, Answer]:
    """What the rules read; ``match`` is ``product_match(answers)``."""
    out: dict[str, Answer] = {}
    for qid, value in answers.values:
        kind = QUESTIONS_BY_ID[qid].kind
        if kind == COUNTRY:
            out[qid] = country_class(value)
        elif kind == TEXT and qid not in _TEXT_NOT_IDENTIFIERS:
            out[qid] = NOT_GIVEN if value is None else classify(str(value))[0]
        else:
            out[qid] = value
    whose = whose_cells(answers.get("cell_type"), answers.get("cell_source"))
    out["cell_source"] = {OWN: AUTOLOGOUS, DONOR: ALLOGENEIC}.get(whose, UNSURE)
    out["offer_kind"] = judged_kind(answers)
    out["sale"] = sale(answers)
    out["label_check"] = label_check(answers)
    out["product_match"] = match.fact if match is not None else NO_PRODUCT_GIVEN
    out["condition_group"] = _condition_for_rules(answers.get("condition_group"), match)
    out["product_here"] = ALLOWED if out["product_match"] in ALLOWED_HERE else NOT_ALLOWED
    out["follow_up"] = SCALES if scales_follow_up(answers.get("condition_group")) else PLAN
    return out


__all__ = ["ALLOWED", "COUNTRY_CLASSES", "DERIVED", "DERIVED_FROM", "ES", "EU", "FOLLOW_UPS",
           "LABEL_CHECKS", "NOT_ALLOWED", "NOT_GIVEN",
           "NOT_SOLD", "OUTSIDE_EU", "PLAN", "SALE", "SCALES", "SOLD", "country_class", "facts",
           "label_check", "product_match", "sale"]
