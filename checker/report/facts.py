"""The offer's facts, as the report page and the PDF show them: one row per fact.

``offer_facts`` gives rows of (label, value, url, source): what kind of offer, the product,
its identifiers with their public register's address, the clinic, the country with its
regulator (how to check an authorisation there, where to report harm) and the note that
another country's licence is not an EU authorisation, the condition, the route, whose cells
and what type, the days, and the price. Values are translated here; ``url`` is "" when there
is none; ``source`` is the source id the row cites, or ``None`` for what the patient typed.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext

import rules
from rules.regulators import NOT_EU_AUTHORISATION, regulator_for

from ..labels import answer_label, country_name

#: The identifier kinds, by the rules' ids (issue 12's contract).
_KIND_LABELS = {
    "nct": "ClinicalTrials.gov",
    "eudract": "EudraCT",
    "eu_ct": "EU CT (CTIS)",
    "isrctn": "ISRCTN",
    "eu_register": "Union Register",
}
#: The questions whose answers are identifiers.
IDENTIFIER_QUESTIONS = ("trial_number", "authorisation_number")


@dataclass(frozen=True, slots=True)
class Fact:
    label: str
    value: str
    url: str = ""
    source: str | None = None


def _question_fact(answers: Mapping[str, Any], question_id: str,
                   label: str | None = None) -> list[Fact]:
    value = answers.get(question_id)
    if value is None:
        return []
    question = rules.QUESTIONS_BY_ID[question_id]
    return [Fact(label or gettext(question.short), answer_label(question_id, value),
                 source=question.source)]


def _identify(question_id: str, text: str, assessment: Any) -> tuple[str, str, str]:
    """(kind, url, source) of an identifier, from the rules; unknown if they cannot say."""
    for qid, found in getattr(assessment, "identifiers", ()) or ():
        if qid == question_id:
            return found.kind, found.url, found.source
    identify = getattr(rules, "identify", None)
    if identify is not None:
        found = identify(text)
        return found.kind, found.url, found.source
    return "unknown", "", rules.QUESTIONS_BY_ID[question_id].source


def _identifier_facts(answers: Mapping[str, Any], assessment: Any) -> list[Fact]:
    facts = []
    for question_id in IDENTIFIER_QUESTIONS:
        text = answers.get(question_id)
        if not isinstance(text, str) or not text:
            continue
        kind, url, source = _identify(question_id, text, assessment)
        short = gettext(rules.QUESTIONS_BY_ID[question_id].short)
        if kind in _KIND_LABELS:
            label = gettext("%(what)s (%(register)s)") % {"what": short,
                                                          "register": _KIND_LABELS[kind]}
            facts.append(Fact(label, text, url, source))
        else:
            facts.append(Fact(short, text + " — " + gettext(
                "not in a format we know: ask in which public register it is listed"),
                url, source))
    return facts


def _country_facts(answers: Mapping[str, Any], offer: Mapping[str, Any]) -> list[Fact]:
    code = answers.get("country")
    question = rules.QUESTIONS_BY_ID["country"]
    if code is None:
        typed = offer.get("country")  # typed before the country was a question (0004)
        return [Fact(gettext("Country"), str(typed))] if typed else []
    facts = [Fact(gettext("Country"), country_name(code), source=question.source)]
    regulator = regulator_for(code)
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


def offer_facts(answers: Mapping[str, Any], offer: Mapping[str, Any],
                assessment: Any = None) -> list[dict[str, Any]]:
    """The facts of the offer, in reading order, as rows (label, value, url, source).

    ``answers`` are the answers that count (questions that apply only); ``offer`` the
    optional details the patient typed (already made safe to show).
    """
    def typed(field: str, label: str) -> list[Fact]:
        value = str(offer.get(field) or "").strip()
        return [Fact(label, value)] if value else []

    facts = [
        *_question_fact(answers, "offer_kind"),
        *typed("product", gettext("Name of the product")),
        *_identifier_facts(answers, assessment),
        *typed("clinic_name", gettext("Clinic or doctor")),
        *_country_facts(answers, offer),
        *_question_fact(answers, "condition_group"),
        *typed("condition", gettext("Condition, as you described it")),
        *_question_fact(answers, "route"),
        *_question_fact(answers, "cell_type"),
        *_question_fact(answers, "cell_source"),
        *_question_fact(answers, "extraction_days"),
        *typed("price", gettext("Price quoted")),
    ]
    return [{"label": f.label, "value": f.value, "url": f.url, "source": f.source}
            for f in facts]
