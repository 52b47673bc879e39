"""The methodology page (``/how-it-works/``): the rules as they are, generated from rules/.

``build_methodology`` reads only the public tables of the rules package (criteria, rules,
verdicts, questions, answer labels, warning signs, thresholds, sources), so the page shows
whatever rules the engine runs, never a copy kept by hand. Everything is translated here;
the template only displays. The prose sections (legal routes, identifiers) are facts from
shared/sources/README.md in our own words, each with its source ids.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

import rules
from rules.catalogue import UNSURE
from rules.rule_model import Rule, When
from rules.thresholds import PARAM_NOTES, PARAMS

from .methodology_v3 import green_bases, principles, products

#: How each criterion outcome reads; an outcome the engine adds later shows its id.
_OUTCOMES = {
    rules.MET: _("Met"),
    rules.NOT_MET: _("Not met"),
    rules.UNKNOWN: _("Not known"),
}

#: ``%(name)s`` / ``%(name)d`` placeholders (and ``%%``) in an explanation.
_PLACEHOLDER = re.compile(r"%%|%\((\w+)\)[-#0 +]*\d*(?:\.\d+)?([a-zA-Z])")
#: Shown for a placeholder filled from the patient's answers: a number, or other text.
_NUMBER_STANDS_FOR = "N"
_TEXT_STANDS_FOR = "…"


@dataclass(frozen=True)
class _Prose:
    title: object
    text: object
    sources: tuple[str, ...]


#: The legal ways to receive a cell therapy (shared/sources/README.md, "Legal routes").
LEGAL_ROUTES = (
    _Prose(
        _("An authorised medicine"),
        _("In the European Union a cell-based advanced therapy medicine is authorised once, "
          "for the whole Union, after review by the European Medicines Agency. It is listed "
          "in the Union Register with a number of the form EU/1/YY/NNNN, and comes with a "
          "package leaflet and a summary of product characteristics."),
        ("ema-cat-2020",),
    ),
    _Prose(
        _("A clinical trial"),
        _("A trial is authorised by the medicines agency and an ethics committee, and is "
          "listed in a public register. In Spain, taking part in a trial of an experimental "
          "product costs the patient nothing, is covered by a specific insurance and needs "
          "written informed consent: a \"trial\" that charges you is not a real trial. A "
          "trial is there to find out whether a product works, so inside a trial it is "
          "expected that no earlier trial has proved it yet."),
        ("cuende-2021", "turner-2017"),
    ),
    _Prose(
        _("Hospital exemption (Spain)"),
        _("Under Royal Decree 477/2014 the Spanish agency (AEMPS) can allow a hospital to "
          "make an advanced therapy medicine itself, not industrially, for its own patients. "
          "The permission covers one product in one hospital; the product cannot be given "
          "anywhere else. One example is NC1, the Puerta de Hierro hospital's treatment with "
          "a patient's own bone marrow cells for a chronic incomplete spinal cord injury, "
          "allowed in 2019."),
        ("aemps-rd477",),
    ),
    _Prose(
        _("Compassionate use"),
        _("A patient with a serious disease and no other option can sometimes receive a "
          "medicine that is not yet authorised. A hospital arranges it, with the medicines "
          "agency's permission."),
        ("ema-cat-2020",),
    ),
    _Prose(
        _("Blood and bone marrow transplants"),
        _("Transplants of blood-forming (haematopoietic) stem cells for blood cancers and some "
          "blood diseases are established treatments given by hospital haematology teams. "
          "They are not advanced therapy medicines. When a hospital offers one for a blood "
          "disease, this checker does not judge it: talk it over with the haematology team. "
          "An offer called a \"transplant\" for another illness, or from a private clinic, is "
          "judged like any other treatment."),
        ("aemps-rd477", "ebmt-ahsct-ms"),
    ),
    _Prose(
        _("Same-day procedures"),
        _("Cells taken, concentrated and put back in the same visit are not a medicine that "
          "any agency has authorised, and for most uses there is no proof that they help. "
          "Cells used as a graft within the same operation are outside the EU law on tissues "
          "and cells, so a surgeon may use them in a hospital; the same cells sold by a "
          "clinic for a new job in the body are not. Cells that are changed substantially, or "
          "used for a different job in the body from their original one, are medicines and "
          "need an authorisation. In the United States, a clinic's registration with the FDA, "
          "or its claim that a product is a \"361 HCT/P\", is not an approval."),
        ("ema-cat-2020", "eu-tcd-2004", "fda-361-hctp"),
    ),
    _Prose(
        _("\"Registered\" is not \"approved\""),
        _("A listing on ClinicalTrials.gov, or a clinic's registration or licence to operate, "
          "does not mean that anyone approved the product. A licence from another country's "
          "agency is not an authorisation in the European Union. The U.S. agency also lists "
          "conditions for which no stem cell product is approved (joint and back problems, "
          "Parkinson's disease, ALS, multiple sclerosis, autism, lung and heart disease, eye "
          "disease and others), and warns that being charged for an unapproved product "
          "outside a trial is a sign that it is not legitimate."),
        ("fda-consumer-2021",),
    ),
)

#: Public registers and the form of their numbers (shared/sources/README.md, identifiers).
IDENTIFIER_FORMATS = (
    ("ClinicalTrials.gov", _("NCT followed by 8 digits, for example NCT01234567")),
    (_("EU Clinical Trials Register (EudraCT)"),
     _("year, 6 digits and 2 check digits, for example 2010-020118-23")),
    (_("EU Clinical Trials Information System (EU CT number, since 2023)"),
     _("year, 6 digits starting with 5, 2 digits and 2 more digits, for example "
       "2022-500014-26-00")),
    ("ISRCTN", _("ISRCTN followed by 8 digits, for example ISRCTN12345678")),
    (_("WHO International Clinical Trials Registry Platform"),
     _("any of the trial numbers above")),
    (_("Spanish register of clinical studies (REEC)"),
     _("the EudraCT or EU CT number of a trial authorised in Spain")),
    (_("Union Register of medicines (European Commission)"),
     _("EU/1/YY/NNNN for a product, for example EU/1/14/987")),
)
#: The registers, and the warning that a listing is not an approval.
IDENTIFIER_SOURCES = ("trial-registries", "fda-consumer-2021")


def explanation_parts(text: str,
                      params: Mapping[str, object] | None = None) -> list[dict[str, Any]]:
    """An explanation as pieces to display: text, and placeholders filled in or marked.

    A threshold placeholder shows its number; one filled from the patient's answers (such
    as ``%(days)d``) shows "N" for a number or "…" for text, marked ``var`` so the page can
    set it apart. No placeholder can fail: an unknown name is shown the same way.
    """
    values: Mapping[str, object] = PARAMS if params is None else params
    parts: list[dict[str, Any]] = []
    position = 0

    def _add(piece: str, var: bool = False) -> None:
        if parts and not var and not parts[-1]["var"]:
            parts[-1]["text"] += piece
        elif piece:
            parts.append({"text": piece, "var": var})

    for match in _PLACEHOLDER.finditer(text):
        _add(text[position:match.start()])
        position = match.end()
        name, conversion = match.group(1), match.group(2)
        if name is None:
            _add("%")
        elif name in values:
            _add(str(values[name]))
        else:
            _add(_NUMBER_STANDS_FOR if conversion in "dif" else _TEXT_STANDS_FOR, var=True)
    _add(text[position:])
    return parts


def _outcome_label(outcome: str) -> str:
    label = _OUTCOMES.get(outcome)
    return str(label) if label else outcome.replace("_", " ")


def _question(question_id: str) -> dict[str, Any]:
    question = rules.QUESTIONS_BY_ID.get(question_id)
    if question is None:
        return {"id": question_id, "number": "", "text": question_id}
    return {"id": question_id, "number": getattr(question, "number", ""),
            "text": gettext(question.text)}


def _value_label(value: str) -> str:
    label = rules.ANSWER_LABELS.get(value)
    return gettext(label) if label else value


def _days_label(low: int, high: int) -> str:
    if low == high == 0:
        return gettext("The same day")
    if low == high:
        return ngettext("%(days)d day", "%(days)d days", low) % {"days": low}
    return gettext("%(low)d to %(high)d days") % {"low": low, "high": high}


def _condition(when: When) -> dict[str, Any]:
    values = [_value_label(v) for v in getattr(when, "values", ()) or ()]
    days = getattr(when, "days", None)
    if days is not None:
        values.append(_days_label(*days))
    return {"question": _question(when.question), "values": values}


def _source_title(source_id: str) -> str:
    source = rules.SOURCES.get(source_id)
    return gettext(source.title) if source else source_id


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "criterion": rule.criterion,
        "conditions": [_condition(w) for w in rule.when],
        "outcome": rule.outcome,
        "outcome_label": _outcome_label(rule.outcome),
        "decisive": bool(getattr(rule, "decisive", False)),
        "explanation": explanation_parts(gettext(rule.explanation)),
        "source": rule.source,
        "source_title": _source_title(rule.source),
    }


def _criteria() -> list[dict[str, Any]]:
    out = []
    for criterion in rules.CRITERIA:
        red = getattr(criterion, "red_when_not_met", None)
        out.append({
            "id": criterion.id,
            "title": gettext(criterion.title),
            "description": gettext(criterion.description),
            "questions": [_question(q) for q in criterion.questions],
            "source": criterion.source,
            "red_when_not_met": red,
            "rules": [_rule(r) for r in rules.RULES if r.criterion == criterion.id],
        })
    return out


def _thresholds() -> list[dict[str, Any]]:
    out = []
    for name, value in PARAMS.items():
        note = PARAM_NOTES.get(name)
        out.append({
            "name": name,
            "value": value,
            "meaning": gettext(note.meaning) if note else "",
            "source": note.source if note else "",
            "our_choice": bool(note and note.our_choice),
        })
    return out


def _verdicts() -> list[dict[str, Any]]:
    return [{"id": v.id, "title": gettext(v.title), "summary": gettext(v.summary),
             "source": v.source} for v in rules.VERDICTS.values()]


def _title_of(verdict_id: str) -> str:
    verdict = rules.VERDICTS.get(verdict_id)
    return gettext(verdict.title) if verdict else verdict_id


def _verdict_logic(criteria: list[dict[str, Any]]) -> dict[str, Any]:
    """The lists the verdict sentences name, taken from the tables."""
    return {
        "red_title": _title_of(rules.RED),
        "amber_title": _title_of(rules.AMBER),
        "green_title": _title_of(rules.GREEN),
        "met": _outcome_label(rules.MET),
        "not_met": _outcome_label(rules.NOT_MET),
        "unknown": _outcome_label(rules.UNKNOWN),
        "unsure": _value_label(UNSURE),
        "decisive_rules": [r["id"] for c in criteria for r in c["rules"] if r["decisive"]],
        "red_criteria": [{"id": c["id"], "title": c["title"]}
                         for c in criteria if c["red_when_not_met"]],
        "amber_criteria": [{"id": c["id"], "title": c["title"]}
                           for c in criteria if c["red_when_not_met"] is False],
        "serious_signs": [gettext(s.label) for s in rules.WARNING_SIGNS
                          if getattr(s, "serious", False)],
        "signs_for_red": PARAMS.get("signs_for_red"),
        "others": [v for v in _verdicts()
                   if v["id"] not in (rules.RED, rules.AMBER, rules.GREEN)],
    }


def _sources() -> list[dict[str, Any]]:
    return [
        {"id": s.id, "title": gettext(s.title), "publisher": s.publisher,
         "note": gettext(s.note), "url": getattr(s, "url", ""),
         "seller": bool(getattr(s, "seller", False))}
        for s in rules.SOURCES.values()
    ]


def build_methodology() -> dict[str, Any]:
    """The template context of ``checker/how_it_works.html`` in the active language."""
    criteria = _criteria()
    return {
        "ruleset": {"version": rules.RULESET_VERSION, "reviewed_on": rules.REVIEWED_ON},
        "criteria": criteria,
        "rule_count": sum(len(c["rules"]) for c in criteria),
        "thresholds": _thresholds(),
        "verdicts": _verdicts(),
        "logic": _verdict_logic(criteria),
        "warning_signs": [{"id": s.id, "label": gettext(s.label), "source": s.source,
                           "serious": bool(getattr(s, "serious", False))}
                          for s in rules.WARNING_SIGNS],
        "routes": [{"title": str(p.title), "text": str(p.text), "sources": p.sources}
                   for p in LEGAL_ROUTES],
        "identifiers": [{"register": str(r), "format": str(f)} for r, f in IDENTIFIER_FORMATS],
        "identifier_sources": IDENTIFIER_SOURCES,
        "sources": _sources(),
        # Judgement v3 (issue 27): its principles, green by basis, the products table.
        "principles": principles(),
        "green_bases": green_bases(),
        "products": products(),
    }
