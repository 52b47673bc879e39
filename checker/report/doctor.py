"""The doctor's PDF: what ``report/pdf.html`` shows on top of ``build_report``'s context.

``add_doctor(report)`` returns a ``DoctorView`` (doctor_view.py), whose ``as_context`` is the
report's context with a ``doctor`` key: the offer as facts, the verdict in a doctor's words,
one findings row per condition (what a legitimate offer has, what the patient reported, what
to verify), what is still outstanding, next steps by verdict and the sources as numbered
footnotes. The PDF path calls it (``render_pdf``); the
patient's result page never sees it. Everything is translated here; templates only display.

It reads the judgement's newer keys when they are there (``offer_facts``, the ``told``
answer, verdicts such as ``out_of_scope``) and falls back to the offer rows and the
three verdicts otherwise, so an unknown verdict or answer value never raises.
"""

from datetime import date

from django.utils import formats, translation
from django.utils.translation import gettext, gettext_lazy, pgettext_lazy

import rules
from rules.assessment import (
    NOT_ANSWERED,
    NOT_SURE,
    SAID_NO,
    SAID_YES,
    SEEN_IN_WRITING,
    TOLD_ONLY,
)
from rules.catalogue import (
    DOCUMENTS,
    NO,
    QUESTIONS_BY_ID,
    TOLD,
    TOLD_KIND,
    UNSURE,
    YES,
    YES_NO,
)
from rules.table import CRITERIA_BY_ID

from ..labels import answer_label
from . import doctor_voice
from .doctor_asks import doctor_asks
from .doctor_offer import fact_rows, facts, offer_questions, place_facts
from .doctor_standards import STANDARDS, VERIFY
from .doctor_view import (
    DoctorCheckpoint,
    DoctorDocument,
    DoctorQuestion,
    DoctorSafety,
    DoctorSigns,
    DoctorVerdict,
    DoctorView,
    FindingsRow,
    Footnotes,
    Reported,
    ReportedAnswer,
)
from .model import Report

#: The verdict in a doctor's words, and what to do next, by verdict id.
SUMMARIES = {
    "red": gettext_lazy(
        "From the patient's answers, the offer fails at least one condition that an "
        "authorised cell therapy meets."),
    "amber": gettext_lazy(
        "From the patient's answers, at least one condition that an authorised cell therapy "
        "meets is not confirmed."),
    "green": gettext_lazy(
        "The patient's answers match every condition that an authorised cell therapy meets. "
        "The documents still need checking."),
    "out_of_scope": gettext_lazy(
        "The offer is a transplant of blood-forming stem cells, which this checklist does "
        "not judge. Talk it over with the haematology team."),
}
#: A green trial reads as a trial (the judgement's green ``basis``, else the kind of offer).
TRIAL_SUMMARY = gettext_lazy(
    "The patient's answers match every condition of a registered clinical trial that they "
    "were asked about. The documents still need checking.")
#: A green hospital exemption or compassionate use reads as what it is, not as an
#: authorised product (the judgement's green ``basis``, rules.table.GREEN_BY_BASIS).
BASIS_SUMMARIES = {
    "hospital_exemption": gettext_lazy(
        "The patient's answers match every condition of a hospital exemption that they were "
        "asked about: a product a hospital makes with the agency's permission. The documents "
        "still need checking."),
    "compassionate_use": gettext_lazy(
        "The patient's answers match every condition of compassionate use that they were "
        "asked about: an unauthorised medicine a hospital arranges with the agency's "
        "permission. The documents still need checking."),
}
TRIAL_GREEN_STEPS = (
    gettext_lazy("Read the documents the patient has: check the trial's number in the public "
                 "register, the ethics committee's approval and the consent form."),
    gettext_lazy("Weigh taking part against the contraindications below and the patient's "
                 "condition."),
    gettext_lazy("Make sure the patient knows the trial's follow-up visits and whom to call "
                 "after treatment."),
)
NEXT_STEPS = {
    "red": (
        gettext_lazy("Advise the patient not to sign or pay anything."),
        gettext_lazy("Without the outstanding documents, the offer cannot be shown to be an "
                     "authorised treatment."),
        gettext_lazy("Check the authorisation with the country's medicines regulator; report "
                     "the offer to it if it is not authorised."),
    ),
    "amber": (
        gettext_lazy("Go through the outstanding documents and questions with the patient "
                     "before any decision."),
        gettext_lazy("Check an authorisation or trial number in the public register."),
        gettext_lazy("Advise the patient not to sign or pay until every condition is confirmed "
                     "in writing."),
    ),
    "green": (
        gettext_lazy("Read the documents the patient has: check the authorisation or trial "
                     "number in the public register, the leaflet and the consent form."),
        gettext_lazy("Weigh the treatment against the contraindications below and the "
                     "patient's condition."),
        gettext_lazy("Make sure the patient knows the follow-up plan and whom to call after "
                     "treatment."),
    ),
    "out_of_scope": (
        gettext_lazy("Refer the patient to the haematology team that would do the "
                     "transplant."),
        gettext_lazy("This checklist's conditions and findings do not apply to the "
                     "transplant."),
    ),
}
_OTHER_STEPS = (gettext_lazy("Discuss the offer with the patient and go through the "
                             "outstanding documents and questions."),)
_VERDICT_ICONS = {"red": "stop", "amber": "warning", "green": "tick"}

#: What the patient reported, in the findings table, by the answer's basis
#: (``Assessment.basis``): only an answer given as seen on a question that offers "told"
#: reads "seen in writing"; a plain yes is the patient's word, a "told" the clinic's.
BASIS_WORDS = {
    SEEN_IN_WRITING: pgettext_lazy("patient reported", "Seen in writing"),
    SAID_YES: pgettext_lazy("patient reported", "Said yes"),
    TOLD_ONLY: pgettext_lazy("patient reported", "Told, nothing in writing"),
    SAID_NO: pgettext_lazy("patient reported", "No"),
    NOT_SURE: pgettext_lazy("patient reported", "Not sure"),
}
_NOT_ANSWERED = pgettext_lazy("patient reported", "Not answered")

#: Day-month-year dates; other languages use their own date format (Spanish: 22 de ...).
_DATE_FORMATS = {"en": "j F Y"}


def basis_of(answer_id: str, value: object) -> str | None:
    """How a yes/no or documents answer was given, as ``Assessment.basis`` says; None for
    other answers. For contexts built without the assessment's ``evidence``."""
    question = QUESTIONS_BY_ID.get(answer_id)
    if question is None or question.kind not in (YES_NO, TOLD_KIND):
        return None
    if value is None:
        return NOT_ANSWERED
    if value == YES:
        return SEEN_IN_WRITING if question.kind == TOLD_KIND else SAID_YES
    return {TOLD: TOLD_ONLY, NO: SAID_NO, UNSURE: NOT_SURE}.get(str(value))


def reported(answer_id: str, value: object, basis: str | None = None) -> Reported:
    """What the patient reported for one answer: its words and how firm it is. ``basis``
    is the assessment's (``Assessment.evidence``) when the context has it."""
    basis = basis or basis_of(answer_id, value)
    if value is None:
        text = str(_NOT_ANSWERED)
    elif basis in BASIS_WORDS:
        text = str(BASIS_WORDS[basis])
    elif isinstance(value, str) and value in doctor_voice.ANSWERS:
        text = str(doctor_voice.ANSWERS[value])
    else:
        try:
            text = answer_label(answer_id, value)
        except KeyError:
            text = str(value)
    return {"text": text, "basis": basis or "",
            "firm": value not in (None, UNSURE, TOLD, NO) and basis != SAID_YES,
            "told": value == TOLD, "unsure": value in (None, UNSURE)}


def doc_date(created: date) -> str:
    """The date as a doctor reads it: "22 November 2026", "22 de noviembre de 2026"."""
    language = (translation.get_language() or "en").split("-")[0]
    return formats.date_format(created, _DATE_FORMATS.get(language, "DATE_FORMAT"))


def language_name() -> str:
    code = translation.get_language() or "en"
    try:
        return str(translation.get_language_info(code)["name_local"])
    except KeyError:
        return code


def _findings(report: Report, fn: Footnotes) -> list[FindingsRow]:
    values, evidence = report.answer_values, report.evidence

    def answer(question_id: str) -> ReportedAnswer:
        question = QUESTIONS_BY_ID.get(question_id)
        label = gettext(question.short) if question else question_id
        # Only yes/no and documents answers have evidence.
        said = reported(question_id, values.get(question_id), evidence.get(question_id))
        return {"id": question_id, "label": label, **said}

    in_offer = set(offer_questions(values)) if report.offer_facts else set()

    def asked(question_id: str) -> bool:
        # A question this offer skips (rules.applicable) was never put to the patient; an
        # answer that describes the offer is shown in "The offer", not here.
        if question_id in in_offer or question_id not in QUESTIONS_BY_ID:
            return False  # ...and a derived fact (the sale, the product's match) is no answer
        return rules.applicable(question_id, values)

    read_by = [(c, CRITERIA_BY_ID[c["id"]].questions if c["id"] in CRITERIA_BY_ID else ())
               for c in report.criteria]
    # A question two conditions read (whether a trial proved it, the regulator) is shown
    # once, beside the last of them: the narrower condition its answer decides.
    shown_in = {q: c["id"] for c, questions in read_by for q in questions}
    covered: set[str] = set()
    rows: list[FindingsRow] = []
    for c, questions in read_by:
        covered.update(questions)
        documents = [d["text"] for d in report.documents
                     if any(q in questions for q in _document_questions(d["id"]))]
        rows.append({
            "id": c["id"], "title": c["title"], "status": c["status"],
            "status_label": c["status_label"],
            "icon": c["icon"],
            "standard": str(STANDARDS[c["id"]]) if c["id"] in STANDARDS else c["description"],
            "reported": [answer(q) for q in questions if asked(q) and shown_in[q] == c["id"]],
            "verify": str(VERIFY[c["id"]]) if c["id"] in VERIFY else "; ".join(documents),
            "fns": fn(c["source"]),
        })
    others = [r["id"] for r in report.answers
              if r["id"] not in covered and r["id"] in QUESTIONS_BY_ID and asked(r["id"])]
    if others:
        rows.append({"id": "other", "title": gettext("Other answers"), "status": "unknown",
                     "status_label": "", "icon": "", "standard": "",
                     "reported": [answer(q) for q in others], "verify": "", "fns": []})
    return rows


def _document_questions(document_id: str) -> tuple[str, ...]:
    for document in DOCUMENTS:
        if document.id == document_id:
            return document.questions
    return ()


def _signs(report: Report, fn: Footnotes) -> DoctorSigns:
    signs = report.warning_signs
    if signs:
        reported = [str(doctor_voice.SIGNS[s["id"]]) if s["id"] in doctor_voice.SIGNS
                    else s["label"] for s in signs]
    elif report.warning_signs_unsure:
        reported = [str(BASIS_WORDS[NOT_SURE])]
    elif report.warning_signs_answered:
        reported = [gettext("None of those on the list")]
    else:
        reported = [str(_NOT_ANSWERED)]
    cite = report.cite["warning_signs"]
    return {"reported": reported, "count": len(signs),
            "fns": fn(*(s["source"] for s in signs)) if signs else fn(*cite)}


def _verdict(report: Report, fn: Footnotes, summary: str) -> DoctorVerdict:
    """The verdict in the doctor's words: the assessment's title, a summary, the reasons."""
    verdict = report.verdict
    return {
        "id": verdict["id"], "title": verdict["title"],
        "icon": _VERDICT_ICONS.get(verdict["id"], "warning"),
        "summary": summary or verdict["summary"],
        "fns": fn(verdict["source"]),
        "reasons": [{"text": doctor_voice.reason(r["msgid"], r["params"], r["text"]),
                     "fns": fn(r["source"])}
                    for r in report.reasons],
    }


def _safety(report: Report, fn: Footnotes, judged: bool) -> DoctorSafety:
    """Page 2's safety keys: contraindications, route note, check-ups, urgent signs."""
    safety = report.safety
    safety_fns = fn(*(i["source"] for i in (*safety["absolute"], *safety["relative"])))
    route = safety["route_note"] if judged else None
    route_fns = fn(route["source"]) if route else []
    checkpoints: list[DoctorCheckpoint] = [{"id": c["id"], "when": c["when"], "what": c["what"],
                    "source": c["source"], "fns": fn(c["source"])}
                   for c in safety["checkpoints"]]
    flag_fns = fn(*report.after_treatment["sources"])
    return {"checkpoints": checkpoints, "safety_fns": safety_fns,
            "screen": judged and bool(safety["absolute"] or safety["relative"]),
            "transplant": safety["transplant"],
            "route_fns": route_fns, "flag_fns": flag_fns}


def _is_trial(report: Report) -> bool:
    basis = report.verdict["basis"]
    if basis:
        return basis == "registered_trial"
    return report.answer_values.get("offer_kind") == "trial"


def add_doctor(report: Report) -> DoctorView:
    """The doctor's PDF of a report (``DoctorView.as_context`` is what its templates read)."""
    fn = Footnotes()
    verdict = report.verdict
    vid = verdict["id"]
    cite = report.cite
    intro_fns = fn(*cite["intro"])
    offer = place_facts(facts(report), fn)
    offer_rows = fact_rows(offer)
    trial = vid == rules.GREEN and _is_trial(report)
    basis = verdict["basis"] if vid == rules.GREEN else ""
    summary = TRIAL_SUMMARY if trial else BASIS_SUMMARIES.get(basis or "", SUMMARIES.get(vid))
    doctor_verdict = _verdict(report, fn, str(summary) if summary else "")
    findings = _findings(report, fn)
    # A transplant is not judged here: no warning signs were asked, and the screening and
    # check-ups of a cell injection are the haematology team's to decide.
    judged = vid != rules.OUT_OF_SCOPE
    signs = _signs(report, fn) if judged else None
    steps = TRIAL_GREEN_STEPS if trial else NEXT_STEPS.get(vid, _OTHER_STEPS)
    step_fns = fn(*cite["next_steps"]) if vid in NEXT_STEPS else fn(verdict["source"])
    outstanding = [d for d in report.documents if not d["seen"]]
    documents: list[DoctorDocument] = [{"text": d["text"], "fns": fn(d["source"])}
                                       for d in outstanding]
    # A question an outstanding document answers is asked once, as that document.
    answered_by_documents = {q for d in outstanding for q in _document_questions(d["id"])}
    questions: list[DoctorQuestion] = [
        {"about": q["about"], "text": q["text"], "source": q["source"], "fns": fn(q["source"])}
        for q in doctor_asks(report, answered_by_documents)]
    return DoctorView(
        report=report,
        date=doc_date(report.created),
        reviewed=doc_date(report.ruleset["reviewed_on"]),
        language=language_name(),
        intro_fns=intro_fns,
        facts=offer,
        fact_rows=offer_rows,
        verdict=doctor_verdict,
        findings=findings,
        signs=signs,
        judged=judged,
        next_steps=[str(s) for s in steps],
        next_step_fns=step_fns,
        documents=documents,
        questions=questions,
        outstanding=bool(documents or questions),
        **_safety(report, fn, judged),
        sources=fn.entries(),
    )
