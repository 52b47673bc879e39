"""What the report page and the PDF show: plain, already translated values.

``build_report`` turns an ``Assessment`` into a ``Report`` (model.py), so no template computes
anything, and lists every source the rendered report cites: templates show the ids they
are given and never name one themselves.
"""

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from django.utils.translation import gettext

import rules
from rules import aftercare
from rules.assessment import TOLD_ONLY
from rules.question_model import Document
from rules.rule_model import Verdict
from rules.safety import (
    ABSOLUTE_CONTRAINDICATIONS,
    RELATIVE_CONTRAINDICATIONS,
    REPORT_CITATIONS,
    ROUTE_NOTES,
    SafetyItem,
    checkpoints_for,
)

from ..labels import answer_label
from ..models import Questionnaire
from ..redact import neutralise
from ..rows import answer_rows, offer_rows
from .facts import offer_facts
from .model import (
    AfterTreatment,
    CheckpointRow,
    CriterionRow,
    DocumentRow,
    QuestionToAsk,
    ReasonRow,
    Report,
    Safety,
    SafetyItemRow,
    SourceRow,
    VerdictView,
    WarningSignRow,
)
from .product import product_summary
from .timeline import timeline

OUT_OF_SCOPE = rules.OUT_OF_SCOPE
_STATUS_ICONS = {rules.MET: "tick", rules.NOT_MET: "cross", rules.UNKNOWN: "question"}
_VERDICT_ICONS = {rules.RED: "stop", rules.AMBER: "warning", rules.GREEN: "tick",
                  OUT_OF_SCOPE: "info"}

#: The sections of each rendering, in the order their citations are gathered.
PAGE_SECTIONS = ("verdict", "after_treatment", "next_steps", "criteria", "warning_signs",
                 "questions_to_ask", "documents", "offer", "answers", "safety")
PDF_SECTIONS = ("intro", "verdict", "after_treatment", "offer", "criteria", "answers",
                "warning_signs", "questions_to_ask", "documents", "safety")


def _status_label(status: str) -> str:
    # The three words, spelt out for makemessages.
    return {rules.MET: gettext("Met"), rules.NOT_MET: gettext("Not met"),
            rules.UNKNOWN: gettext("Not known")}[status]


def _criteria(assessment: rules.Assessment) -> list[CriterionRow]:
    out: list[CriterionRow] = []
    for result in assessment.criteria:
        out.append({
            "id": result.id,
            "title": gettext(result.criterion.title),
            "description": gettext(result.criterion.description),
            "status": result.status,
            "status_label": _status_label(result.status),
            "icon": _STATUS_ICONS[result.status],
            "source": result.criterion.source,
            "findings": [
                {"text": gettext(f.explanation) % dict(f.params), "outcome": f.outcome,
                 "source": f.source, "questions": f.questions, "decisive": f.decisive}
                for f in result.findings
            ],
            "shows_timeline": result.id == "same_day_extraction",
        })
    return out


#: The document that is a price quote: not asked of an offer that costs the patient nothing.
_PRICE_DOCUMENT = "price"


def _free(given: Mapping[str, object]) -> bool:
    """The patient pays nothing: a trial said to be free (or, with the judgement's payment
    question, nothing to pay)."""
    kind = given.get("offer_kind")
    if given.get("payment") == "treatment" or given.get("trial_free") == "no":
        return False  # any answer that says the patient pays
    return (kind == "trial" and given.get("trial_free") == "yes") or given.get("payment") == "none"


def _applies(document: Document, given: Mapping[str, object]) -> bool:
    """Whether to ask for a document: not when every question about it was skipped for this
    kind of offer (a trial is not asked for a product leaflet), nor a price quote when the
    patient pays nothing."""
    if document.questions and not any(rules.applicable(q, given) for q in document.questions):
        return False
    return not (document.id == _PRICE_DOCUMENT and _free(given))


def _items(group: tuple[SafetyItem, ...]) -> list[SafetyItemRow]:
    return [{"id": i.id, "text": gettext(i.text), "source": i.source} for i in group]


def _safety(given: Mapping[str, object], transplant: bool) -> Safety:
    """Contraindications, the route's note and the check-ups that fit this case: by route,
    illness and cells (rules/safety.py), or the transplant team's follow-up."""
    route = given.get("route")
    note = ROUTE_NOTES.get(route) if isinstance(route, str) and not transplant else None
    checkpoints = checkpoints_for(route, given.get("condition_group"), given.get("cell_type"),
                                  given.get("cell_source"), transplant=transplant)
    absolute = [] if transplant else _items(ABSOLUTE_CONTRAINDICATIONS)
    relative = [] if transplant else _items(RELATIVE_CONTRAINDICATIONS)
    rows: list[CheckpointRow] = [{"id": c.id, "when": gettext(c.when), "what": gettext(c.text),
                                  "source": c.source} for c in checkpoints]
    # The red flags are shown once, in the "If you have already had the treatment" box.
    sources = [i["source"] for i in (*absolute, *relative, *rows)]
    return {
        "absolute": absolute,
        "relative": relative,
        "checkpoints": rows,
        "transplant": transplant,
        "route_note": None if note is None else {
            "route": answer_label("route", note.route), "text": gettext(note.text),
            "source": note.source},
        "sources": list(dict.fromkeys(sources)),
    }


def _red_flags(given: Mapping[str, object], transplant: bool) -> AfterTreatment:
    """The danger signs after treatment that fit this case (rules/aftercare.py): the
    transplant team's own after a transplant, else those of the route and the illness."""
    signs = (aftercare.TRANSPLANT_SIGNS if transplant
             else aftercare.signs_for(given.get("route"), given.get("condition_group")))
    return {"red_flags": [{"id": s.id, "label": gettext(s.label), "source": s.source}
                          for s in signs],
            "sources": list(dict.fromkeys(s.source for s in signs)),
            "transplant": transplant}


def _sources(cited: dict[str, set[str]], sections: tuple[str, ...]) -> list[SourceRow]:
    ids = set().union(*(cited[s] for s in sections))
    return [
        {"id": s.id, "title": gettext(s.title), "publisher": s.publisher,
         "note": gettext(s.note)}
        for s in rules.SOURCES.values() if s.id in ids
    ]


def _warning_signs(assessment: rules.Assessment) -> list[WarningSignRow]:
    return [
        {"id": s.id, "label": gettext(s.label), "hint": gettext(s.hint), "source": s.source,
         "serious": s.serious}
        for s in assessment.warning_signs
    ]


def _questions_to_ask(assessment: rules.Assessment) -> list[QuestionToAsk]:
    return [{"about": a.about, "text": gettext(a.text), "source": a.source}
            for a in assessment.questions_to_ask]


def _documents(assessment: rules.Assessment, given: Mapping[str, object]) -> list[DocumentRow]:
    return [
        {"id": d.document.id, "text": gettext(d.document.text), "hint": gettext(d.document.hint),
         "source": d.document.source, "seen": d.seen,
         "told": not d.seen and any(assessment.basis(q) == TOLD_ONLY
                                    for q in d.document.questions)}
        for d in assessment.documents_to_request if _applies(d.document, given)
    ]


def _reasons(assessment: rules.Assessment) -> list[ReasonRow]:
    # ``msgid`` and ``params`` let the doctor's PDF reword a reason (report/doctor_voice.py).
    return [{"text": gettext(r.text) % dict(r.params), "source": r.source,
             "msgid": r.text, "params": dict(r.params)}
            for r in assessment.reasons]


def _cited(verdict: Verdict, report: Report) -> dict[str, set[str]]:
    """What each section cites, as rendered (a fallback line cites its passage's source)."""
    cite, criteria, safety = report.cite, report.criteria, report.safety
    return {
        "intro": set(cite["intro"]),
        "verdict": {verdict.source, *(r["source"] for r in report.reasons)},
        "after_treatment": set(report.after_treatment["sources"]),
        "next_steps": ({verdict.source} if verdict.id == OUT_OF_SCOPE
                       else set(cite["next_steps"])),
        "offer": {f["source"] for f in report.offer_facts if f["source"]},
        "criteria": {report.timeline["source"], *(c["source"] for c in criteria),
                     *(f["source"] for c in criteria for f in c["findings"])},
        "warning_signs": ({w["source"] for w in report.warning_signs}
                          if report.warning_signs else set(cite["warning_signs"])),
        "questions_to_ask": ({q["source"] for q in report.questions_to_ask}
                             if report.questions_to_ask else set(cite["questions_to_ask"])),
        "documents": {d["source"] for d in report.documents},
        "answers": set(cite["questions"]),
        "safety": {*safety["sources"],
                   *([safety["route_note"]["source"]] if safety["route_note"] else [])},
    }


def _verdict(assessment: rules.Assessment) -> VerdictView:
    verdict = assessment.verdict
    return {
        "id": verdict.id,
        "title": gettext(verdict.title),
        "summary": gettext(verdict.summary),
        "source": verdict.source,
        "icon": _VERDICT_ICONS.get(verdict.id, "question"),
        "basis": assessment.green_basis,
    }


def build_report(assessment: rules.Assessment, *, reference: str, created: datetime,
                 offer: Mapping[str, object], resume_code: str | None = None,
                 assisted_by: str | None = None, not_asked: int = 0) -> Report:
    """The report of ``report/result.html`` and ``report/pdf.html``.

    Everything is translated into the active language here; templates only display.
    ``sources`` lists what the page cites, ``pdf_sources`` what the PDF cites.
    """
    given = assessment.answers.as_dict()
    transplant = assessment.verdict.id == OUT_OF_SCOPE
    rows = [r for r in answer_rows(given) if r["id"] in rules.QUESTIONS_BY_ID]
    report = Report(
        reference=reference, created=created, verdict=_verdict(assessment),
        reasons=_reasons(assessment), product=product_summary(assessment.product),
        offer_rows=offer_rows(offer), offer_facts=offer_facts(assessment, offer),
        out_of_scope=transplant, criteria=_criteria(assessment),
        answers=rows, question_count=len(rows), answer_values=assessment.answers.as_dict(),
        evidence=dict(assessment.evidence), warning_signs=_warning_signs(assessment),
        warning_signs_answered=assessment.warning_signs_answered,
        warning_signs_unsure=assessment.warning_signs_unsure,
        questions_to_ask=_questions_to_ask(assessment), documents=_documents(assessment, given),
        safety=_safety(given, transplant), after_treatment=_red_flags(given, transplant),
        timeline=timeline(assessment),
        cite={passage: list(ids) for passage, ids in REPORT_CITATIONS.items()},
        sources=[], pdf_sources=[],
        ruleset={"version": rules.RULESET_VERSION, "reviewed_on": rules.REVIEWED_ON},
        resume_code=resume_code, assisted_by=assisted_by, not_asked=not_asked,
    )
    cited = _cited(assessment.verdict, report)
    return replace(report, sources=_sources(cited, PAGE_SECTIONS),
                   pdf_sources=_sources(cited, PDF_SECTIONS))


def report_context(questionnaire: Questionnaire) -> Report:
    """The report of a stored questionnaire."""
    assisted = questionnaire.assisted_by
    return build_report(
        questionnaire.assessment(),
        reference=questionnaire.reference,
        created=questionnaire.finished_at or questionnaire.updated_at,
        offer={key: neutralise(value) if isinstance(value, str) else value
               for key, value in questionnaire.offer.items()},
        resume_code=questionnaire.resume_code,
        assisted_by=assisted.get_username() if assisted else None,
        not_asked=len(questionnaire.unanswered()) if questionnaire.ended_early else 0,
    )
