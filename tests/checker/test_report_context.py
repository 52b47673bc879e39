"""build_report: the values the report templates display, computed once in Python."""

import pytest

import rules
from checker.report.context import build_report
from rules.asked import asked

from ..answers import all_answers, answers_for
from .report_cases import (
    AMBER,
    CASES,
    CREATED,
    GREEN,
    OFFER,
    OUT_OF_SCOPE,
    RED,
    REFERENCE,
    make_context,
)


def _answer(context, question_id):
    return next(row for row in context.answers if row["id"] == question_id)


def test_it_gives_one_row_per_question_asked_in_catalogue_order():
    context = make_context(RED)
    assert [row["id"] for row in context.answers] == [
        aid for aid in asked(RED) if aid in rules.QUESTIONS_BY_ID]
    assert context.question_count == len(context.answers)
    assert _answer(context, "atmp")["answer"] == "They said no"
    assert _answer(context, "clinical_trial")["answer"] == "They did not say, or I am not sure"
    assert _answer(context, "cell_type")["answer"] == "My own cells, from fat"
    assert _answer(context, "country")["answer"] == "Mexico"
    assert _answer(context, "clean_room")["answer"] == "Not sure"
    assert _answer(make_context(AMBER), "clean_room")["answer"] == (
        "They only said so")
    assert _answer(make_context(GREEN), "clean_room")["answer"] == (
        "Yes, and I have seen it in writing")
    assert "trial_free" not in {row["id"] for row in context.answers}


def test_it_says_not_answered_for_a_question_left_out():
    context = make_context({"atmp": "yes"})
    row = _answer(context, "leaflet")
    assert row["answer"] == "Not answered"
    assert not row["answered"]
    assert _answer(context, "authorisation_number")["answer"] == "Not given"


def test_it_words_the_days_as_same_day_a_number_of_days_or_not_sure():
    assert _answer(make_context(RED), "extraction_days")["answer"] == "The same day"
    donor = make_context(all_answers(cell_type="donor_adult", extraction_days="in_advance"))
    assert _answer(donor, "extraction_days")["answer"] == (
        "Made in advance by a laboratory, for example frozen")
    assert _answer(make_context({"extraction_days": 1}), "extraction_days")["answer"] == "1 day"
    assert _answer(make_context(GREEN), "extraction_days")["answer"] == "24 days"
    assert _answer(make_context(AMBER), "extraction_days")["answer"] == "Not told or not sure"


def test_the_days_answer_is_translated_like_every_other_answer():
    from django.utils import translation

    with translation.override("es"):
        context = make_context(AMBER)
    assert _answer(context, "extraction_days")["answer"] == "No me lo dijeron o no estoy seguro/a"


def test_it_fills_the_thresholds_into_a_finding():
    context = make_context(all_answers(extraction_days=5))
    criterion = next(c for c in context.criteria if c["id"] == "same_day_extraction")
    finding = next(f for f in criterion["findings"] if "giving them back: 5." in f["text"])
    assert "%(" not in finding["text"] and finding["source"] in rules.SOURCES


def test_every_criterion_has_a_status_word_and_a_shape():
    shapes = {c["status"]: (c["status_label"], c["icon"])
              for answers in (RED, AMBER, GREEN) for c in make_context(answers).criteria}
    assert shapes[rules.MET] == ("Met", "tick")
    assert shapes[rules.NOT_MET] == ("Not met", "cross")
    assert shapes[rules.UNKNOWN] == ("Not known", "question")


def test_the_verdict_carries_its_id_words_shape_and_reasons():
    icons = {}
    for verdict_id, answers in CASES.items():
        context = make_context(answers)
        assert context.verdict["id"] == verdict_id
        assert context.verdict["title"] == rules.VERDICTS[verdict_id].title
        icons[verdict_id] = context.verdict["icon"]
        assert context.reasons
        assert context.out_of_scope == (verdict_id == "out_of_scope")
    assert icons == {"red": "stop", "amber": "warning", "green": "tick",
                     "out_of_scope": "info"}
    red = make_context(RED)
    assert any("3 warning signs together" in r["text"] for r in red.reasons)


def test_it_lists_the_documents_as_seen_in_writing_told_or_neither():
    docs = {d["id"]: d for d in make_context(GREEN).documents}
    assert docs["leaflet"]["seen"] is True and docs["leaflet"]["told"] is False
    # A clinic's treatment is not asked about a trial's consent form: not listed.
    assert "consent" not in docs
    assert not any(d["seen"] for d in make_context(RED).documents)
    amber = {d["id"]: d for d in make_context(AMBER).documents}
    # "told" is never "shown": they said so, but showed nothing in writing.
    assert amber["authorisation"]["seen"] is False and amber["authorisation"]["told"] is True
    assert amber["quality"]["told"] is True and amber["leaflet"]["told"] is False
    # A trial is not asked for a product leaflet, nor a free one for a price quote.
    trial = {d["id"] for d in make_context(answers_for("trial")).documents}
    assert "leaflet" not in trial and "price" not in trial and "consent" in trial
    paying = {d["id"] for d in make_context(answers_for("trial", trial_free="no")).documents}
    assert "price" in paying


def test_the_offer_rows_leave_out_blank_fields():
    rows = make_context(GREEN, offer={"clinic_name": "X", "price": ""}).offer_rows
    assert [(r["id"], r["value"]) for r in rows] == [("clinic_name", "X")]


def _facts(context):
    return {row["label"]: row for row in context.offer_facts}


def test_the_offer_facts_name_the_kind_identifiers_country_and_regulator():
    answers = all_answers(offer_kind="hospital_exemption", trial_number=None,
                          authorisation_number="EU/1/17/1181")
    facts = _facts(make_context(answers))
    assert facts["Kind of offer"]["value"] == str(rules.ANSWER_LABELS["hospital_exemption"])
    number = next(r for label, r in facts.items() if label.startswith("Authorisation number"))
    assert number["value"].startswith("EU/1/17/1181") and number["url"].startswith("https://")
    # A number in the right format is not shown to name this product and illness.
    assert "format check only" in number["value"]
    assert number["source"] == "trial-registries"
    assert facts["Country of treatment"]["value"] == "Spain"
    assert "AEMPS" in facts["Who regulates cell treatments there"]["value"]
    assert "notificaRAM" in facts["Where to report harm"]["value"]
    assert facts["Where to report harm"]["url"] == "https://www.notificaram.es/"
    assert "Outside the European Union" not in facts
    # The product's name is an answer (judgement v3), shown with what it matched.
    assert facts["Product name"]["value"] == "Spherox"
    assert facts["Product name"]["question"] == "product"
    assert facts["Matched to"]["value"].startswith("Spherox: ")
    status = facts["Status (European Union)"]
    assert status["value"] == "Authorised (2017)" and status["source"] == "ema-union-register"
    assert facts["For your illness"]["value"].startswith("Yes: ")
    assert "Name of the product" not in facts  # the offer page's old field is gone
    for row in make_context(answers).offer_facts:
        assert set(row) == {"label", "value", "url", "source", "question", "field"}
        assert row["source"] is None or row["source"] in rules.SOURCES


def test_the_offer_facts_say_another_countrys_licence_is_not_an_eu_authorisation():
    facts = _facts(make_context(RED))
    assert facts["Country of treatment"]["value"] == "Mexico"
    assert "COFEPRIS" in facts["Who regulates cell treatments there"]["value"]
    assert "not an EU authorisation" in facts["Outside the European Union"]["value"]
    unlisted = _facts(make_context(all_answers(country="NZ")))
    assert "not an EU authorisation" in unlisted["Outside the European Union"]["value"]
    assert "Who regulates cell treatments there" not in unlisted
    unsure = _facts(make_context(all_answers(country="unsure")))
    assert unsure["Country of treatment"]["value"] == "Not sure"
    assert "Outside the European Union" not in unsure


def test_a_number_in_no_known_format_is_a_finding_not_an_error():
    facts = make_context(all_answers(authorisation_number="ABC-123")).offer_facts
    row = next(r for r in facts if r["value"].startswith("ABC-123"))
    assert "not in a format we know" in row["value"] and row["url"] == ""


def test_a_country_typed_before_it_was_a_question_is_still_shown():
    facts = _facts(make_context(all_answers(country=None), offer={"country": "Atlantis"}))
    assert facts["Country"]["value"] == "Atlantis" and facts["Country"]["source"] is None


def test_the_offer_facts_of_a_transplant_name_only_what_it_is_asked():
    # A hospital's transplant for a blood disease is asked who gives it, where and for what.
    facts = make_context(OUT_OF_SCOPE, offer={}).offer_facts
    assert facts[0]["label"] == "Kind of offer"
    assert [r["question"] for r in facts if r["question"]] == [
        "offer_kind", "provider", "country", "condition_group"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_offer_fact_source_is_listed_with_the_sources(case):
    context = make_context(CASES[case])
    listed = {s["id"] for s in context.sources} & {s["id"] for s in context.pdf_sources}
    assert {r["source"] for r in context.offer_facts if r["source"]} <= listed


def test_the_safety_section_cites_regencord_and_adds_a_note_for_risky_routes():
    context = make_context(all_answers(route="intrathecal"))
    assert context.safety["sources"][0] == "regencord-safety"
    # The first check-up is the spinal injection's, from a clinical source.
    assert [c["id"] for c in context.safety["checkpoints"]] == [
        "baseline", "early", "first_weeks", "three_months", "long_term"]
    assert context.safety["checkpoints"][1]["source"] == "nhs-conditions"
    assert context.safety["route_note"]["source"] == "regenamex-side-effects"
    assert context.safety["route_note"]["route"] == (
        "Into the fluid around the spinal cord (intrathecal)")
    assert make_context(all_answers(route="unsure")).safety["route_note"] is None


def test_the_sources_list_what_the_report_cites():
    green = make_context(GREEN, offer={})
    for context in (green, make_context(RED)):
        for key in ("sources", "pdf_sources"):
            ids = [s["id"] for s in getattr(context, key)]
            assert len(ids) == len(set(ids)) and set(ids) <= set(rules.SOURCES)
            assert "itrt-guide" in ids and "regencord-safety" in ids
    # The facts cite the registers for the numbers typed in.
    assert "trial-registries" in [s["id"] for s in green.sources]
    out = make_context(OUT_OF_SCOPE, offer={})
    assert rules.VERDICTS["out_of_scope"].source in [s["id"] for s in out.sources]


def test_the_timeline_marks_the_same_day_at_the_start_of_the_axis():
    timeline = make_context(RED).timeline
    assert timeline["known"]
    assert timeline["marker_x"] < timeline["rows"][1]["x"]
    assert "same day" in timeline["offer_label"]
    assert "same day" in timeline["description"]


def test_the_timeline_reads_the_culture_times_from_the_thresholds():
    rows = {r["id"]: r for r in make_context(GREEN).timeline["rows"]}
    assert rows["allogeneic"]["label"] == "A donor's cells: 10 to 15 days"
    assert rows["autologous"]["label"] == "Your own cells: 21 days or more"
    # The patient's own cells (autologous) is the band that applies to them.
    assert rows["autologous"]["applies"] and not rows["allogeneic"]["applies"]
    assert rows["autologous"]["x"] > rows["allogeneic"]["x"] + rows["allogeneic"]["width"]


def test_the_timeline_places_the_offer_by_its_days_and_says_when_they_are_unknown():
    at_24 = make_context(GREEN).timeline
    autologous = next(r for r in at_24["rows"] if r["id"] == "autologous")
    assert at_24["marker_x"] > autologous["x"]
    assert at_24["offer_label"] == "Your offer: 24 days"
    far = make_context(all_answers(extraction_days=90)).timeline
    assert far["beyond_axis"] and far["label_anchor"] == "end"
    unknown = make_context(AMBER).timeline
    assert not unknown["known"] and unknown["marker_x"] is None
    assert "not known" in unknown["description"]


def test_it_passes_the_reference_date_resume_code_and_helper_through():
    context = build_report(rules.assess(GREEN), reference=REFERENCE, created=CREATED,
                           offer=OFFER, resume_code="K7M2-P4QX", assisted_by="nurse.ana")
    assert (context.reference, context.created, context.resume_code,
            context.assisted_by) == (REFERENCE, CREATED, "K7M2-P4QX", "nurse.ana")


def test_every_report_carries_the_after_treatment_signs_with_their_sources():
    from rules import aftercare

    box = make_context(GREEN, offer={}).after_treatment
    shown = aftercare.signs_for(GREEN["route"], GREEN["condition_group"])
    assert [f["id"] for f in box["red_flags"]] == [s.id for s in shown]
    assert all(f["label"] and f["source"] for f in box["red_flags"])
    assert set(box["sources"]) == {s.source for s in shown}
    unknown = make_context({**GREEN, "route": "unsure"}, offer={}).after_treatment
    assert [f["id"] for f in unknown["red_flags"]] == [s.id for s in aftercare.SIGNS]
