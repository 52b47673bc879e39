"""The doctor's PDF context (checker/report/doctor.py), including the judgement's newer keys.

``offer_facts``, the ``told`` answer and verdicts such as ``out_of_scope`` come from the
judgement v2 work; these tests hand-make them so the PDF handles them before it lands.
"""

import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from django.utils import translation

import rules
from checker.report import doctor, doctor_asks, doctor_voice
from checker.report.doctor import add_doctor, doc_date, reported
from checker.report.doctor_offer import offer_questions
from checker.report.facts import IDENTIFIER_QUESTIONS
from checker.report.pdf import render_pdf
from checker.staff.preview import sample_context
from checker.staff.samples import SAMPLES

from .. import pdfread
from .report_cases import (
    CASES,
    LONGEST_HELPER,
    LONGEST_OFFER,
    MAX_A4_PAGES,
    MAX_A4_PAGES_LONGEST,
    case_pdf,
    make_context,
    sample_pdf,
)
from .test_report_print import _links


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pages(pdf: bytes) -> list[str]:
    return [_squash(text) for text in pdfread.page_texts(pdf)]


_ROW = {"question": "", "field": ""}
OFFER_FACTS = [
    {**_ROW, "label": "Kind of offer", "value": "Clinical trial", "url": "",
     "source": "itrt-guide"},
    {**_ROW, "label": "Trial identifier", "value": "EU CT 2024-512345-12-00",
     "url": "https://euclinicaltrials.eu/search-for-clinical-trials/?EUCT=2024-512345-12-00",
     "source": "ema-cat-2020"},
    {**_ROW, "label": "Regulator", "value": "AEMPS (Spanish medicines agency)", "url": "",
     "source": None},
    {**_ROW, "label": "Cell type", "value": "Mesenchymal stromal cells", "url": "",
     "source": ""},
]


def v2_context(answers=CASES["amber"], **changes):
    """A report context with the judgement v2 keys, made by hand."""
    return replace(make_context(answers), offer_facts=OFFER_FACTS, **changes)


# --- what the patient reported ---------------------------------------------------------------

@pytest.mark.parametrize(("question", "value", "words"), [
    # A document question offers "told": its yes is a document seen.
    ("leaflet", "yes", "Seen in writing"),
    ("leaflet", "told", "Told, nothing in writing"),
    # A plain yes/no question asks about no document: its yes is the patient's word.
    ("atmp", "yes", "Said yes"),
    ("atmp", "no", "No"),
    ("atmp", "unsure", "Not sure"),
    ("atmp", None, "Not answered"),
])
def test_each_answer_reads_as_what_the_patient_reported(question, value, words):
    assert reported(question, value)["text"] == words


def test_the_assessments_own_basis_decides_the_words():
    assert reported("atmp", "yes", "said_yes")["text"] == "Said yes"
    assert not reported("atmp", "yes", "said_yes")["firm"]
    assert reported("leaflet", "yes", "seen_in_writing")["firm"]


def test_cell_sources_days_and_unknown_values_keep_their_own_words():
    # The patient's "My own cells" is reworded for the doctor (report/doctor_voice.py).
    assert reported("cell_source", "autologous")["text"] == \
        "The patient's own cells (autologous)"
    assert reported("extraction_days", 0)["text"] == "The same day"
    assert reported("extraction_days", 24)["text"] == "24 days"
    assert reported("atmp", "some_new_value")["text"] == "some_new_value"


def _short(question_id: str) -> str:
    return str(rules.QUESTIONS_BY_ID[question_id].short)


def test_told_answers_are_shown_as_told_and_a_plain_yes_as_said_yes_in_the_pdf():
    values = {**make_context(CASES["amber"]).answer_values, "atmp": "told",
              "regulator": "yes", "leaflet": "yes"}
    context = v2_context(answer_values=values, evidence={})
    text = "".join(_pages(render_pdf(context)))
    assert _squash(f"{_short('atmp')}: Told, nothing in writing") in text
    assert _squash(f"{_short('regulator')}: Said yes") in text
    assert _squash(f"{_short('leaflet')}: Seen in writing") in text
    # The words are explained once, above the table.
    assert _squash("“Said yes”: the patient’s word only.") in text


def test_in_the_green_case_only_document_answers_read_seen_in_writing():
    text = "".join(_pages(case_pdf("green")))
    assert _squash(f"{_short('atmp')}: Said yes") in text
    assert _squash(f"{_short('leaflet')}: Seen in writing") in text
    assert _squash(f"{_short('atmp')}: Seen in writing") not in text


def test_offer_facts_are_shown_with_their_registry_urls_as_text_and_their_sources():
    context = v2_context()
    facts = add_doctor(context).facts
    # The facts given first, then every answer that describes the offer they leave out.
    assert [f["label"] for f in facts][:len(OFFER_FACTS)] == [f["label"] for f in OFFER_FACTS]
    extra = [f["question"] for f in facts[len(OFFER_FACTS):]]
    values = context.answer_values
    assert extra == [q for q in offer_questions(values) if q not in IDENTIFIER_QUESTIONS]
    assert [m["id"] for f in facts[:len(OFFER_FACTS)] for m in f["fns"]] == [
        "itrt-guide", "ema-cat-2020"]
    pdf = render_pdf(context)
    text = "".join(_pages(pdf))
    for fact in OFFER_FACTS:  # a short fact in a table cell, a long one as "label: value"
        assert (_squash(f"{fact['label']}{fact['value']}") in text
                or _squash(f"{fact['label']}: {fact['value']}") in text), fact["label"]
    assert OFFER_FACTS[1]["url"] in text
    # Printed in full (for paper) and a link that can be clicked (on screen).
    assert OFFER_FACTS[1]["url"] in _links(pdf)


def test_without_offer_facts_the_offer_details_are_shown():
    context = replace(make_context(CASES["red"]), offer_facts=[])
    facts = add_doctor(context).facts
    assert [(f["label"], f["value"]) for f in facts] == [
        (r["label"], r["value"]) for r in context.offer_rows]


# --- verdicts --------------------------------------------------------------------------------

OUT_OF_SCOPE = {"id": "out_of_scope", "title": "Talk with the haematology team",
                "summary": "A transplant is for the haematology team.", "source": "itrt-guide",
                "icon": "question", "basis": ""}


def test_an_out_of_scope_verdict_has_its_own_summary_shape_and_next_steps():
    context = v2_context(verdict=OUT_OF_SCOPE)
    made = add_doctor(context).doctor()
    assert made["verdict"]["summary"] == str(doctor.SUMMARIES["out_of_scope"])
    assert made["next_steps"] == [str(s) for s in doctor.NEXT_STEPS["out_of_scope"]]
    text = "".join(_pages(render_pdf(context)))
    assert _squash("Talk with the haematology team") in text
    assert _squash("Refer the patient to the haematology team that would do the transplant.") \
        in text
    assert _squash(str(doctor.NEXT_STEPS["red"][0])) not in text


def test_an_unknown_verdict_renders_with_its_own_words_and_general_next_steps():
    verdict = {"id": "brand_new", "title": "A new verdict", "summary": "Its own summary.",
               "source": "itrt-guide", "icon": "question", "basis": ""}
    made = add_doctor(v2_context(verdict=verdict)).doctor()
    assert made["verdict"]["summary"] == "Its own summary."
    assert made["verdict"]["icon"] == "warning"
    assert made["next_steps"] == [str(s) for s in doctor._OTHER_STEPS]
    assert "Itsownsummary." in "".join(_pages(render_pdf(v2_context(verdict=verdict))))


def test_next_steps_differ_by_verdict():
    steps = {v: tuple(str(s) for s in doctor.NEXT_STEPS[v])
             for v in ("red", "amber", "green", "out_of_scope")}
    assert len(set(steps.values())) == 4
    for verdict in CASES:
        text = "".join(_pages(case_pdf(verdict)))
        for other, words in steps.items():
            assert (_squash(words[0]) in text) is (other == verdict), (verdict, other)


# --- criteria, outstanding items and sources -------------------------------------------------

def test_each_condition_is_described_as_what_a_legitimate_offer_has():
    for criterion in rules.CRITERIA:
        standard = str(doctor.STANDARDS[criterion.id])
        assert standard.startswith("A legitimate"), criterion.id
        assert standard != criterion.description
        assert str(doctor.VERIFY[criterion.id])


def test_only_documents_not_yet_seen_and_questions_they_do_not_cover_are_outstanding():
    context = make_context({**CASES["amber"], "leaflet": "yes"})
    made = add_doctor(context).doctor()
    unseen = [d["text"] for d in context.documents if not d["seen"]]
    assert [d["text"] for d in made["documents"]] == unseen
    assert any(d["seen"] for d in context.documents)  # the case has one to leave out
    unseen_ids = {d["id"] for d in context.documents if not d["seen"]}
    covered = {q for d in rules.DOCUMENTS if d.id in unseen_ids for q in d.questions}
    shown = [q["about"] for q in made["questions"]]
    assert shown
    assert not set(shown) & covered
    for ask in context.questions_to_ask:
        if ask["about"] not in covered and len(shown) < doctor_asks.MAX_ASKS:
            # Asked, or merged into a question asking the same thing.
            text = str(doctor_voice.ASKS.get(ask["about"], ask["text"]))
            assert text in [q["text"] for q in made["questions"]], ask["about"]


def _asks_context(**changes):
    return make_context({**CASES["red"], **changes})


def test_questions_for_the_clinic_are_in_the_doctors_words_once_at_most_ten_worst_first():
    signs = [s.id for s in rules.WARNING_SIGNS]
    context = _asks_context(atmp="no", clinical_trial="unsure", regulator="unsure",
                            warning_signs=signs)
    asks = add_doctor(context).questions
    texts = [q["text"] for q in asks]
    assert len(context.questions_to_ask) > doctor_asks.MAX_ASKS
    assert 0 < len(asks) <= doctor_asks.MAX_ASKS and len(set(texts)) == len(texts)
    # In the doctor's words: never the patient's "I" or "me".
    assert not [t for t in texts if re.search(r"\b(I|me|my)\b", t)]
    # A condition that is not met comes first.
    not_met = {q for c in context.criteria if c["status"] == "not_met"
               for q in rules.table.CRITERIA_BY_ID[c["id"]].questions}
    assert asks[0]["about"] in not_met
    # Questions asking the same thing (the proof, the illness) are asked once.
    proof = str(doctor_voice.ASKS["clinical_trial"])
    assert texts.count(proof) <= 1


def test_a_free_green_trial_reads_as_a_trial_and_is_not_asked_for_a_price_or_leaflet():
    from tests.answers import answers_for

    context = make_context(answers_for("trial"))
    assert context.verdict["id"] == "green"
    made = add_doctor(context).doctor()
    ids = {d["id"] for d in context.documents}
    assert "price" not in ids and "leaflet" not in ids
    assert made["verdict"]["summary"] == str(doctor.TRIAL_SUMMARY)
    assert made["next_steps"] == [str(s) for s in doctor.TRIAL_GREEN_STEPS]
    text = "".join(_pages(render_pdf(context)))
    # The verdict's title is the assessment's own (the judgement gives a trial its own
    # title); nothing else calls the trial an authorised treatment.
    title = _squash(context.verdict["title"])
    assert title in text
    assert _squash("authorised treatment") not in text.replace(title, "")


@pytest.mark.parametrize("kind", ["treatment", "trial", "hospital_exemption",
                                  "compassionate_use"])
def test_a_green_never_says_documents_were_seen_while_one_asked_about_is_outstanding(kind):
    from tests.answers import answers_for

    context = make_context(answers_for(kind))
    if context.verdict["id"] != "green":
        pytest.skip(f"the typical {kind} is not green under these rules")
    asked_about = [d for d in context.documents
                   if any(rules.applicable(q, context.answer_values)
                          for q in next(x for x in rules.DOCUMENTS if x.id == d["id"]).questions)]
    assert all(d["seen"] for d in asked_about)
    text = "".join(_pages(render_pdf(context)))
    assert _squash("key documents") not in text


def test_sources_are_numbered_in_order_of_first_citation_and_sellers_say_so():
    made = add_doctor(make_context(CASES["red"])).doctor()
    entries = made["sources"]
    assert [e["n"] for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0]["id"] == made["intro_fns"][0]["id"]
    for entry in entries:
        assert entry["seller"] is rules.SOURCES[entry["id"]].seller
    assert any(e["seller"] for e in entries)
    text = "".join(_pages(case_pdf("red")))
    assert _squash("A seller of stem cell treatments: cited for facts, not as an authority.") \
        in text


# --- dates, languages and length -------------------------------------------------------------

def test_dates_are_day_month_year():
    assert doc_date(date(2026, 11, 22)) == "22 November 2026"
    with translation.override("es"):
        assert doc_date(date(2026, 11, 22)) == "22 de noviembre de 2026"


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("verdict", sorted(CASES))
def test_every_verdict_fits_two_a4_pages_and_the_longest_texts_three(verdict, language):
    typical = case_pdf(verdict, language)
    longest = case_pdf(verdict, language, longest=True)
    assert len(_pages(typical)) <= MAX_A4_PAGES
    pages = _pages(longest)
    assert len(pages) <= MAX_A4_PAGES_LONGEST
    text = "".join(pages)
    for value in LONGEST_OFFER.values():
        if value != "intrathecal":
            assert _squash(value) in text
    assert LONGEST_HELPER in text


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("verdict", sorted(SAMPLES))
def test_the_staff_samples_fit_two_pages(verdict, language, paper):
    # The staff samples are what clinic staff preview and what benchmarks/pdf_render.py
    # renders as the typical report; the red one (Mexico, five warning signs, a price) is
    # the fullest typical offer, and its Spanish once ran onto a third page (on US Letter,
    # which Mexico uses, too).
    sample = SAMPLES[verdict]
    ticked = sample.answers.get("warning_signs")
    with translation.override(language):
        when = datetime(2026, 12, 6, tzinfo=UTC)
        context = sample_context(sample, when)
        pages = _pages(sample_pdf(verdict, language, paper, when))
        # What the findings' signs row says: each ticked sign, or "Not sure".
        signs = add_doctor(context).signs["reported"]
        assert len(signs) == (len(ticked) if isinstance(ticked, list) and ticked else 1)
    text = "".join(pages)
    assert len(pages) <= MAX_A4_PAGES
    for label in signs:
        assert _squash(label) in text
    # Each contraindication is drawn once: the two-column checklist moved whole to page 2
    # once left a second copy of its columns at the top of that page.
    screen = context.safety
    items = [t["text"] for t in (*screen["absolute"], *screen["relative"])]
    assert items
    for item in items:
        assert text.count(_squash(item)) == 1, item


def test_the_spanish_pdf_is_in_spanish_on_every_page():
    pages = _pages(case_pdf("red", "es"))
    for page in pages:
        assert _squash("21 de noviembre de 2026 · español") in page
    text = "".join(pages)
    assert "Hallazgos" in text and "Nosigaadelante" in text
    assert "Findings" not in text


def test_warning_signs_answered_not_sure_are_not_reported_as_none():
    context = make_context({**CASES["amber"], "warning_signs": "unsure"})
    signs = add_doctor(context).signs["reported"]
    assert signs == ["Not sure"]


@pytest.mark.parametrize("basis", ["hospital_exemption", "compassionate_use"])
def test_a_green_hospital_route_reads_as_that_route_not_as_an_authorised_product(basis):
    context = make_context(CASES["green"])
    context = replace(context, verdict={**context.verdict, "basis": basis})
    summary = add_doctor(context).verdict["summary"]
    assert summary == str(doctor.BASIS_SUMMARIES[basis])
    assert summary != str(doctor.SUMMARIES["green"])
