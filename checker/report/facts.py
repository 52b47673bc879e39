"""The offer's facts, as the report page and the PDF show them: one row per fact.

``offer_facts`` gives rows of (label, value, url, source): what kind of offer, who gives it,
the product (its name as typed and what it matched in the products table), its identifiers
with their public register's address, the clinic, the country with its regulator (how to
check an authorisation there, where to report harm) and the note that another country's
licence is not an EU authorisation, the condition, the route, whose cells and what type, the
days, what the patient pays for, and the price. Values are translated here; ``url`` is ""
when there is none; ``source`` is the source id the row cites, or ``None`` for what the
patient typed.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.translation import gettext

import rules
from rules.regulators import NOT_EU_AUTHORISATION, Regulator

from ..labels import answer_label, country_name
from .model import FactRow
from .product import product_summary

#: The questions whose answers are identifiers.
IDENTIFIER_QUESTIONS = ("trial_number", "authorisation_number")


@dataclass(frozen=True, slots=True)
class Fact:
    label: str
    value: str
    url: str = ""
    source: str | None = None
    #: The question whose answer this row shows ("" for what the patient typed, the
    #: identifiers' registers and the regulator): the PDF shows those answers elsewhere.
    question: str = ""
    #: The offer field the patient typed this in ("" otherwise).
    field: str = ""


def _question_fact(answers: Mapping[str, object], question_id: str,
                   label: str | None = None) -> list[Fact]:
    value = answers.get(question_id)
    if value is None:
        return []
    question = rules.QUESTIONS_BY_ID[question_id]
    return [Fact(label or gettext(question.short), answer_label(question_id, value),
                 source=question.source, question=question_id)]


def _identifier_facts(assessment: rules.Assessment) -> list[Fact]:
    """Each number typed in, with its register and the public record's address; a number
    in no known format says so (a finding, never an error)."""
    facts = []
    for question_id, found in assessment.identifiers:
        short = gettext(rules.QUESTIONS_BY_ID[question_id].short)
        if found.url:
            label = gettext("%(what)s (%(register)s)") % {"what": short,
                                                          "register": found.register}
            # A number in the right format may belong to another product or illness.
            facts.append(Fact(label, found.value + " — " + gettext(
                "format check only: not checked that it names this product for this "
                "illness"), found.url, found.source))
        else:
            facts.append(Fact(short, found.value + " — " + gettext(
                "not in a format we know: ask in which public register it is listed"),
                source=found.source))
    return facts


def _product_facts(assessment: rules.Assessment) -> list[Fact]:
    """The product's name as typed, and what the checker matched it to: what it is, its
    status in each place, and whether it is meant for the illness chosen (an unknown name
    says "not matched")."""
    summary = product_summary(assessment.product)
    if summary is None:
        return []
    question = rules.QUESTIONS_BY_ID["product"]
    short = gettext(question.short)
    if not summary["matched"]:
        # Short: the product condition's finding says what to do about it.
        return [Fact(short, f"{summary['input']} — " + gettext("not matched: a product this "
                                                               "checker does not know"),
                      source=summary["source"])]
    facts = []
    if summary["input"]:
        facts.append(Fact(short, summary["input"], source=question.source, question="product"))
    facts.append(Fact(gettext("Matched to"), f"{summary['name']}: {summary['what']}",
                      source=summary["source"]))
    for approval in summary["approvals"]:
        facts.append(Fact(gettext("Status (%(where)s)") % {"where": approval["where"]},
                          f"{approval['status_label']} ({approval['note']})",
                          source=approval["source"]))
    facts.append(Fact(gettext("For your illness"), summary["indication"],
                      source=summary["source"]))
    return facts


def _country_facts(answers: Mapping[str, object], offer: Mapping[str, object],
                   regulator: Regulator | None) -> list[Fact]:
    code = answers.get("country")
    question = rules.QUESTIONS_BY_ID["country"]
    if code is None:
        typed = offer.get("country")  # typed before the country was a question (0004)
        return [Fact(gettext("Country"), str(typed))] if typed else []
    facts = [Fact(gettext(question.short), country_name(code), source=question.source,
                  question="country")]
    if regulator is not None:
        facts += [
            Fact(gettext("Who regulates cell treatments there"), gettext(regulator.name),
                 source=regulator.source),
            Fact(gettext("How to check an authorisation there"), gettext(regulator.check),
                 source=regulator.source),
            Fact(gettext("Where to report harm"), gettext(regulator.report),
                 regulator.report_url, regulator.source),
        ]
        if regulator.note:
            facts.append(Fact(gettext("Note for this country"), gettext(regulator.note),
                              source=regulator.source))
    if code != rules.catalogue.UNSURE and (regulator is None or not regulator.eu):
        # The source of the EU/EEA entries: a licence elsewhere is not an EU authorisation.
        facts.append(Fact(gettext("Outside the European Union"), gettext(NOT_EU_AUTHORISATION),
                          source=regulator.source if regulator else "ema-cat-2020"))
    return facts


def offer_facts(assessment: rules.Assessment,
                offer: Mapping[str, object]) -> list[FactRow]:
    """The facts of the offer, in reading order, as rows (label, value, url, source).

    ``assessment`` holds the answers that count, the identifiers and the regulator;
    ``offer`` the optional details the patient typed (already made safe to show).
    """
    answers = assessment.answers.as_dict()

    def typed(field: str, label: str) -> list[Fact]:
        value = str(offer.get(field) or "").strip()
        return [Fact(label, value, field=field)] if value else []

    facts = [
        *_question_fact(answers, "offer_kind"),
        *_question_fact(answers, "provider"),
        *_product_facts(assessment),
        *_identifier_facts(assessment),
        *typed("clinic_name", gettext("Clinic or doctor")),
        *_country_facts(answers, offer, assessment.regulator),
        *_question_fact(answers, "condition_group"),
        *typed("condition", gettext("Condition, as you described it")),
        *_question_fact(answers, "route"),
        *_question_fact(answers, "cell_type"),
        *_question_fact(answers, "cell_source"),
        *_question_fact(answers, "extraction_days"),
        *_question_fact(answers, "payment"),
        *typed("price", gettext("Price quoted")),
    ]
    return [{"label": f.label, "value": f.value, "url": f.url, "source": f.source,
             "question": f.question, "field": f.field}
            for f in facts]
