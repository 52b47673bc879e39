"""What the patient's result page adds to the report context (``report/result.html``).

The PDF for the doctor keeps everything; the page leads with the verdict, what to do next
and the main reasons, and folds the rest into ``<details>`` sections. The page shows no
source ids: its sources are listed once, at the bottom, each saying who wrote it, and
``page_sources`` is built from what the page actually shows.
"""

from dataclasses import dataclass, fields
from typing import TypedDict

from django.utils.functional import Promise
from django.utils.translation import gettext, gettext_lazy

import rules

from .model import QuestionToAsk, Report

#: The bone-marrow and blood stem cell transplant verdict of the v2 rules.
OUT_OF_SCOPE = rules.OUT_OF_SCOPE

#: One plain sentence under the verdict, by verdict id, with an independent source (a
#: seller's page never decides what the verdict means).
_SENTENCES = {
    rules.RED: (gettext_lazy("This offer lacks at least one thing that a legal, authorised "
                             "cell treatment must have."), "ema-cat-2020"),
    rules.AMBER: (gettext_lazy("Important facts about this offer are missing or not good "
                               "enough, so it may not be a legal, authorised treatment."),
                  "ema-cat-2020"),
    rules.GREEN: (gettext_lazy("Your answers match what a legal, authorised cell treatment "
                               "should have."), "ema-union-register"),
    OUT_OF_SCOPE: (gettext_lazy("This checker is not made for bone marrow or blood stem cell "
                                "transplants."), "aemps-rd477"),
}
#: A green verdict's sentence by what it rests on (rules.table.GREEN_BY_BASIS): a trial or a
#: hospital's permission is not an authorised treatment, and the page must not say it is.
_GREEN_SENTENCES = {
    "authorised_product": _SENTENCES[rules.GREEN],
    "registered_trial": (gettext_lazy("Your answers match what a real clinical trial should "
                                      "have. A trial tests whether a product works: it is not "
                                      "a proven treatment."), "trial-registries"),
    "hospital_exemption": (gettext_lazy("Your answers match a product that a hospital makes "
                                        "with the medicines agency's permission. It is not an "
                                        "authorised medicine."), "aemps-rd477"),
    "compassionate_use": (gettext_lazy("Your answers match a medicine that a hospital gives "
                                       "you with the agency's permission before it is "
                                       "authorised."), "ema-cat-2020"),
}

_NO_PAY = gettext_lazy("Do not sign or pay anything.")
_NO_PAY_YET = gettext_lazy("Do not sign or pay anything yet.")
_TIME = gettext_lazy("A clinic that offers a real treatment will give you time to decide.")
_DOCTOR = gettext_lazy("Take this report to a doctor who does not work for the clinic, such as "
                       "your family doctor, for a second opinion.")
_ASK = gettext_lazy("Ask the clinic these questions, and ask for the answers in writing:")
_DOCUMENTS = gettext_lazy("Ask the clinic for copies of the documents in “Documents to ask "
                          "for”, below, and check that they name the same treatment.")
_HAEMATOLOGY = gettext_lazy("Talk about it with the haematology team (the doctors for blood "
                            "diseases) who look after you.")
_ESTABLISHED = gettext_lazy("Bone marrow and blood stem cell transplants for blood cancers and "
                            "some blood diseases are an established hospital treatment. This "
                            "checker is for stem cell treatments offered for other illnesses.")

#: What to do next, by verdict id: (strong first words, the rest), and the sources.
_NEXT_STEPS: dict[str, tuple[tuple[tuple[Promise | None, Promise], ...], tuple[str, ...]]] = {
    rules.RED: (((_NO_PAY, _TIME), (None, _DOCTOR)), ("itrt-guide", "bookimed-safety")),
    rules.AMBER: (((_NO_PAY_YET, _TIME), (None, _DOCTOR)),
                  ("itrt-guide", "bookimed-safety")),
    rules.GREEN: (((None, _DOCUMENTS), (None, _DOCTOR)), ("itrt-guide", "bookimed-safety")),
    OUT_OF_SCOPE: (((None, _HAEMATOLOGY), (None, _ESTABLISHED)),
                   ("aemps-rd477", "bookimed-safety")),
}

#: Who wrote a source, said once at the bottom of the page.
_WRITTEN_BY = gettext_lazy("Written by %(publisher)s.")
_SELLER = gettext_lazy("A company that sells stem cell treatments: we use it only for facts, "
                       "not for its claims.")


#: How many of the questions to ask the clinic "What to do next" shows.
TOP_QUESTIONS = 3


class PatientVerdict(TypedDict):
    """The one plain sentence under the verdict, and its source."""

    sentence: str
    source: str


class NextStep(TypedDict):
    #: The strong first words ("" when none).
    strong: str
    text: str
    #: "Ask the clinic these questions": the page lists ``top_questions`` under it.
    asks: bool


class PageSource(TypedDict):
    id: str
    title: str
    #: "Written by ...".
    who: str
    #: Says the source sells stem cell treatments ("" otherwise).
    seller: str


@dataclass(frozen=True)
class PatientPage:
    """The patient's result page: the report and what the page adds to it."""

    report: Report
    patient_verdict: PatientVerdict
    #: What to do next for this verdict, and the sources those steps rest on.
    next_steps: list[NextStep]
    next_steps_sources: list[str]
    #: The three questions to ask the clinic first.
    top_questions: list[QuestionToAsk]
    #: Who wrote what the page shows.
    page_sources: list[PageSource]

    def as_context(self) -> dict[str, object]:
        """The template context: the report's fields and the page's own keys."""
        own = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "report"}
        return {**self.report.as_context(), **own}


def _next_steps(verdict_id: str, asks: bool) -> tuple[list[NextStep], tuple[str, ...]]:
    """The steps for this verdict, then "ask the clinic these questions" when there are
    questions to ask (the page lists the first three under it: ``top_questions``)."""
    steps, sources = _NEXT_STEPS.get(verdict_id, _NEXT_STEPS[rules.AMBER])
    out: list[NextStep] = [{"strong": str(strong) if strong else "", "text": str(text),
                                  "asks": False} for strong, text in steps]
    if asks:
        out.append({"strong": "", "text": str(_ASK), "asks": True})
    return out, sources


def _weights(report: Report) -> dict[str, tuple[int, int, int]]:
    """How much each question's answer weighs on this result, by question (or sign) id, the
    smallest first: a rule that decides the verdict on its own (or a serious warning sign),
    then the conditions in the page's order (what is offered, the product, its authorisation
    ... the follow-up), a condition not met before one not known; other signs last."""
    weight: dict[str, tuple[int, int, int]] = {}
    for index, c in enumerate(report.criteria):
        for f in c["findings"]:
            if f["outcome"] == rules.MET:
                continue
            rank = (0 if f["decisive"] else 1, index, 0 if f["outcome"] == rules.NOT_MET
                    else 1)
            for q in f["questions"]:
                weight[q] = min(weight.get(q, rank), rank)
    last = len(report.criteria)
    for sign in report.warning_signs:
        weight.setdefault(sign["id"], (0, last, 0) if sign["serious"] else (1, last, 0))
    return weight


def top_questions(report: Report) -> list[QuestionToAsk]:
    """The three most useful questions to ask the clinic: those about the conditions not met
    or not known, the most decisive first (in the list's own order when they tie)."""
    weight = _weights(report)
    asks = report.questions_to_ask
    never = (2, 0, 0)
    ranked = sorted(range(len(asks)), key=lambda i: (weight.get(asks[i]["about"], never), i))
    return [asks[i] for i in ranked[:TOP_QUESTIONS]]


def _shown_sources(report: Report, extra: set[str]) -> set[str]:
    """Every source id the patient's page draws on, as rendered."""
    cite = report.cite
    criteria = report.criteria
    ids = {*extra, *(r["source"] for r in report.reasons),
           *(c["source"] for c in criteria),
           *(f["source"] for c in criteria for f in c["findings"]),
           *report.after_treatment["sources"],
           *(d["source"] for d in report.documents),
           *(f["source"] for f in report.offer_facts if f["source"])}
    if any(c["shows_timeline"] for c in criteria):
        ids.add(report.timeline["source"])
    # An empty list shows a fallback line that rests on its passage's source.
    ids.update([w["source"] for w in report.warning_signs] or cite["warning_signs"])
    ids.update([q["source"] for q in report.questions_to_ask] or cite["questions_to_ask"])
    return ids


def page_sources(ids: set[str]) -> list[PageSource]:
    """The sources, in the register's order, each saying who wrote it."""
    return [
        {"id": s.id, "title": gettext(s.title),
         "who": str(_WRITTEN_BY) % {"publisher": s.publisher},
         "seller": str(_SELLER) if s.seller else ""}
        for s in rules.SOURCES.values() if s.id in ids
    ]


def add_patient_page(report: Report) -> PatientPage:
    """The patient's page of a report: its own keys on top of the report's.

    ``patient_verdict``: the one plain sentence and its source; ``next_steps``: what to do
    next for this verdict; ``top_questions``: the three questions to ask the clinic first;
    ``page_sources``: who wrote what the page shows. Any verdict id
    works, the v2 ``out_of_scope`` too; an unknown one reads like amber (ask, get advice).
    """
    verdict = report.verdict
    verdict_id, basis = verdict["id"], verdict["basis"]
    sentence, sentence_source = (
        _GREEN_SENTENCES[basis] if verdict_id == rules.GREEN and basis in _GREEN_SENTENCES
        else _SENTENCES.get(verdict_id, (verdict["summary"], verdict["source"])))
    top = top_questions(report)
    steps, step_sources = _next_steps(verdict_id, bool(top))
    shown = {sentence_source, verdict["source"], *step_sources}
    return PatientPage(
        report=report,
        patient_verdict={"sentence": str(sentence), "source": sentence_source},
        next_steps=steps, next_steps_sources=list(step_sources), top_questions=top,
        page_sources=page_sources(_shown_sources(report, shown)))
