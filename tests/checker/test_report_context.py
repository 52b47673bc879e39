"""build_report: the values the report templates display, computed once in Python."""

import rules
from checker.offer import ROUTES
from checker.report.context import build_report

from .report_cases import AMBER, CASES, CREATED, GREEN, OFFER, RED, REFERENCE, make_context


def _answer(context, question_id):
    return next(row for row in context["answers"] if row["id"] == question_id)


def test_it_gives_one_row_per_question_in_catalogue_order():
    context = make_context(RED)
    assert [row["number"] for row in context["answers"]] == [q.number for q in rules.QUESTIONS]
    assert _answer(context, "atmp")["answer"] == "No"
    assert _answer(context, "clinical_trial")["answer"] == "Not sure"
    assert _answer(context, "cell_source")["answer"] == "My own cells (autologous)"


def test_it_says_not_answered_for_a_question_left_out():
    context = make_context({"atmp": "yes"})
    row = _answer(context, "leaflet")
    assert row["answer"] == "Not answered"
    assert not row["answered"]


def test_it_words_the_days_as_same_day_a_number_of_days_or_not_sure():
    assert _answer(make_context(RED), "extraction_days")["answer"] == "The same day"
    assert _answer(make_context({"extraction_days": 1}), "extraction_days")["answer"] == "1 day"
    assert _answer(make_context(GREEN), "extraction_days")["answer"] == "24 days"
    assert _answer(make_context(AMBER), "extraction_days")["answer"] == "Not told or not sure"


def test_the_days_answer_is_translated_like_every_other_answer():
    from django.utils import translation

    with translation.override("es"):
        context = make_context(AMBER)
    assert _answer(context, "extraction_days")["answer"] == "No me lo dijeron o no estoy seguro/a"


def test_it_fills_the_thresholds_into_a_finding():
    context = make_context({"cell_source": "autologous", "extraction_days": 5})
    criterion = next(c for c in context["criteria"] if c["id"] == "same_day_extraction")
    assert criterion["status"] == rules.NOT_MET
    assert criterion["findings"][0]["text"] == (
        "Your own cells need at least 21 days of culture; 5 days is too short.")
    assert criterion["findings"][0]["source"] == "itrt-guide"


def test_every_criterion_has_a_status_word_and_a_shape():
    shapes = {c["status"]: (c["status_label"], c["icon"])
              for answers in (RED, AMBER, GREEN) for c in make_context(answers)["criteria"]}
    assert shapes[rules.MET] == ("Met", "tick")
    assert shapes[rules.NOT_MET] == ("Not met", "cross")
    assert shapes[rules.UNKNOWN] == ("Not known", "question")


def test_the_verdict_carries_its_id_words_shape_and_reasons():
    for verdict_id, answers in CASES.items():
        context = make_context(answers)
        assert context["verdict"]["id"] == verdict_id
        assert context["verdict"]["title"] == rules.VERDICTS[verdict_id].title
        assert context["verdict"]["icon"] in {"stop", "warning", "tick"}
        assert context["reasons"]
    red = make_context(RED)
    assert any("3 warning signs together" in r["text"] for r in red["reasons"])


def test_it_lists_the_documents_with_what_the_patient_has_already_seen():
    seen = {d["id"]: d["seen"] for d in make_context(GREEN)["documents"]}
    assert seen["leaflet"] is True
    assert seen["consent"] is False
    assert not any(d["seen"] for d in make_context(RED)["documents"])


def test_the_offer_rows_leave_out_blank_fields_and_label_the_route():
    rows = make_context(GREEN, offer={"country": "Spain", "price": "", "route": "intrathecal"})
    assert [(r["id"], r["value"]) for r in rows["offer_rows"]] == [
        ("country", "Spain"), ("route", str(ROUTES["intrathecal"]))]


def test_every_route_has_a_label():
    assert set(ROUTES) == {"joint", "intravenous", "intrathecal", "surgical", "other", "unsure"}


def test_the_safety_section_cites_regencord_and_adds_a_note_for_risky_routes():
    context = make_context(GREEN, offer={"route": "intrathecal"})
    assert context["safety"]["sources"] == ["regencord-safety"]
    assert len(context["safety"]["checkpoints"]) == 5
    assert context["safety"]["route_note"]["source"] == "regenamex-side-effects"
    assert make_context(GREEN, offer={"route": "unsure"})["safety"]["route_note"] is None


def test_the_sources_list_only_what_the_report_cites():
    green = make_context(GREEN, offer={})
    # The page's "what to do next" cites bookimed-safety; so does the "If you have already
    # had the treatment" box (page and PDF), with the seeds its signs rest on.
    assert [s["id"] for s in green["sources"]] == [
        "itrt-guide", "regencord-safety", "bookimed-safety", "regenamex-side-effects"]
    assert [s["id"] for s in green["pdf_sources"]] == [
        "itrt-guide", "regencord-safety", "bookimed-safety", "regenamex-side-effects"]
    red = [s["id"] for s in make_context(RED, offer={"route": "intravenous"})["sources"]]
    assert red == ["itrt-guide", "regencord-safety", "bookimed-safety",
                   "regenamex-side-effects"]


def test_the_timeline_marks_the_same_day_at_the_start_of_the_axis():
    timeline = make_context(RED)["timeline"]
    assert timeline["known"]
    assert timeline["marker_x"] < timeline["rows"][1]["x"]
    assert "same day" in timeline["offer_label"]
    assert "same day" in timeline["description"]


def test_the_timeline_reads_the_culture_times_from_the_thresholds():
    rows = {r["id"]: r for r in make_context(GREEN)["timeline"]["rows"]}
    assert rows["allogeneic"]["label"] == "A donor's cells: 10 to 15 days"
    assert rows["autologous"]["label"] == "Your own cells: 21 days or more"
    # The patient's own cells (autologous) is the band that applies to them.
    assert rows["autologous"]["applies"] and not rows["allogeneic"]["applies"]
    assert rows["autologous"]["x"] > rows["allogeneic"]["x"] + rows["allogeneic"]["width"]


def test_the_timeline_places_the_offer_by_its_days_and_says_when_they_are_unknown():
    at_24 = make_context(GREEN)["timeline"]
    autologous = next(r for r in at_24["rows"] if r["id"] == "autologous")
    assert at_24["marker_x"] > autologous["x"]
    assert at_24["offer_label"] == "Your offer: 24 days"
    far = make_context({"extraction_days": 90})["timeline"]
    assert far["beyond_axis"] and far["label_anchor"] == "end"
    unknown = make_context(AMBER)["timeline"]
    assert not unknown["known"] and unknown["marker_x"] is None
    assert "not known" in unknown["description"]


def test_it_passes_the_reference_date_resume_code_and_helper_through():
    context = build_report(rules.assess(GREEN), reference=REFERENCE, created=CREATED,
                           offer=OFFER, resume_code="K7M2-P4QX", assisted_by="nurse.ana")
    assert (context["reference"], context["created"], context["resume_code"],
            context["assisted_by"]) == (REFERENCE, CREATED, "K7M2-P4QX", "nurse.ana")


def test_every_report_carries_the_after_treatment_signs_with_their_sources():
    from rules import aftercare

    box = make_context(GREEN, offer={})["after_treatment"]
    assert [f["id"] for f in box["red_flags"]] == [s.id for s in aftercare.SIGNS]
    assert all(f["label"] and f["source"] for f in box["red_flags"])
    assert set(box["sources"]) == {s.source for s in aftercare.SIGNS}
