"""The offer on the doctor's PDF: every answer that describes it, as facts with footnotes.

``facts`` turns ``build_report``'s ``offer_facts`` (and any answered question of the same
kinds that they do not show) into rows in the doctor's words; ``fact_rows`` lays them out,
the short ones two to a table row. The findings table leaves these answers out.
"""


from django.utils.translation import gettext, pgettext

import rules
from rules.catalogue import CHOICE, COUNTRY, QUESTIONS_BY_ID, TEXT

from ..labels import answer_label
from . import doctor_voice
from .doctor_view import DoctorFact, FactLayout, Footnotes, PlacedFact
from .facts import IDENTIFIER_QUESTIONS
from .model import Report

#: Answers that describe the offer rather than check it: shown in "The offer", each once,
#: with the catalogue's labels (a question added later of these kinds shows there too).
_OFFER_KINDS = (CHOICE, COUNTRY, TEXT)
#: ...except these, which the findings show beside the condition they decide.
_IN_FINDINGS = ("extraction_days", "cell_source")


def offer_questions(values: dict[str, object] | None) -> list[str]:
    """The answered questions "The offer" shows, in catalogue order (one left blank stays
    in the findings, beside its condition, as not answered)."""
    if not values:
        return []
    return [q.id for q in rules.QUESTIONS
            if q.kind in _OFFER_KINDS and q.id not in _IN_FINDINGS
            and values.get(q.id) is not None]


def facts(report: Report) -> list[DoctorFact]:
    """The offer as facts: the judgement's ``offer_facts`` when given, else the offer rows.

    Every answer that describes the offer (kind, country, illness, cells, route, numbers,
    and any other question of those kinds) is a fact here, not a findings row. Each fact
    keeps its ``source`` id (or ``None``) for its footnote, numbered once laid out."""
    if not report.offer_facts:
        return [{"label": row["label"], "value": row["value"], "url": "", "source": None,
                 "question": ""} for row in report.offer_rows]
    # The page speaks to the patient ("as you described it"); the PDF to the doctor.
    doctor_labels = {"condition": pgettext("doctor's PDF", "Condition, in the patient's words"),
                     "price": pgettext("doctor's PDF", "Price quoted")}
    values = report.answer_values
    words = _doctor_words()
    facts: list[DoctorFact] = [
        {"label": doctor_labels.get(row["field"], words.get(row["label"], row["label"])),
         # An answer in the patient's words ("My own cells") is reworded.
         "value": (offer_value(row["question"], values[row["question"]])
                   if values.get(row["question"]) is not None
                   else words.get(row["value"], row["value"])),
         "url": row["url"], "source": row["source"] or None, "question": row["question"]}
        for row in report.offer_facts if row["question"] not in _IN_FINDINGS]
    facts = _one_regulator_fact(_clinic_with_provider(facts))
    shown = {f["question"] for f in facts} | set(IDENTIFIER_QUESTIONS)
    for question_id in offer_questions(values):
        if question_id not in shown:
            question = QUESTIONS_BY_ID[question_id]
            facts.append({"label": gettext(question.short),
                          "value": offer_value(question_id, values[question_id]),
                          "url": "", "source": question.source, "question": question_id})
    return facts


def _clinic_with_provider(facts: list[DoctorFact]) -> list[DoctorFact]:
    """The clinic's name on the line of who offers it (a public hospital, a private clinic):
    one line for one answer about the same party."""
    provider = next((f for f in facts if f["question"] == "provider"), None)
    clinic = next((f for f in facts if f["label"] == gettext("Clinic or doctor")
                   and f is not provider), None)
    if provider is None or clinic is None or clinic["url"]:
        return facts
    provider["value"] = f"{clinic['value']} — {provider['value']}"
    return [f for f in facts if f is not clinic]


def _one_regulator_fact(facts: list[DoctorFact]) -> list[DoctorFact]:
    """The country's regulator facts (report/facts.py) as one paragraph, each part with its
    label and one footnote: five short paragraphs left half a line each empty, and the PDF
    must fit two pages. Where to report harm comes last, so its address follows it."""
    order = [gettext("Who regulates cell treatments there"),
             gettext("How to check an authorisation there"), gettext("Note for this country"),
             gettext("Outside the European Union"), gettext("Where to report harm")]
    parts = sorted((f for f in facts if f["label"] in order and not f["question"]),
                   key=lambda f: order.index(f["label"]))
    if len(parts) < 2 or len({f["source"] for f in parts}) > 1:
        return facts
    value = " ".join(f"{f['label']}: {f['value'].rstrip('.')}." for f in parts[1:])
    merged: DoctorFact = {**parts[0], "value": f"{parts[0]['value'].rstrip('.')}. {value}",
                          "url": next((f["url"] for f in parts if f["url"]), "")}
    first = facts.index(parts[0])
    kept = [f for f in facts if f not in parts]
    return [*kept[:first], merged, *kept[first:]]


def _doctor_words() -> dict[str, str]:
    """The product's facts that speak to the patient (report/product.py), in the doctor's
    words, by their text in the language in use."""
    return {
        gettext("For your illness"): pgettext("doctor's PDF", "For the patient's illness"),
        gettext("Yes: it is meant for the illness you chose."): pgettext(
            "doctor's PDF", "Yes: it is meant for the illness the patient chose."),
        gettext("Not known: check that its leaflet names your illness."): pgettext(
            "doctor's PDF", "Not known: check that its leaflet names the patient's illness."),
    }


def offer_value(question_id: str, value: object) -> str:
    if isinstance(value, str) and value in doctor_voice.ANSWERS:
        return str(doctor_voice.ANSWERS[value])
    try:
        return answer_label(question_id, value)
    except KeyError:  # a value the catalogue does not know: shown as given
        return str(value)


#: A fact this short (value and address) shares its table row with the next short one.
_SHORT_FACT = 34


def place_facts(facts: list[DoctorFact], fn: Footnotes) -> list[PlacedFact]:
    """The facts with their footnotes, numbered in the order the page shows them (the short
    ones, then the long ones: ``fact_rows``), returned in the order given."""
    order = sorted(range(len(facts)), key=lambda i: not _short(facts[i]))
    marks = {i: fn(facts[i]["source"]) for i in order}
    return [{**fact, "fns": marks[i]} for i, fact in enumerate(facts)]


def _short(fact: DoctorFact) -> bool:
    return len(fact["value"]) + len(fact["url"]) <= _SHORT_FACT


def fact_rows(facts: list[PlacedFact]) -> FactLayout:
    """The facts laid out: ``pairs``, the short ones two to a table row, in reading order;
    ``long``, the others, each as a line of its own under the table."""
    short = [f for f in facts if _short(f)]
    long = [f for f in facts if not _short(f)]
    return {"pairs": [short[i:i + 2] for i in range(0, len(short), 2)], "long": long}
