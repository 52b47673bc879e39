import pytest

from rules import AMBER, GREEN, NOT_MET, QUESTIONS, RED, UNKNOWN, WARNING_SIGNS, assess
from rules.catalogue import YES_NO

from ..answers import all_answers

YES_NO_IDS = [q.id for q in QUESTIONS if q.kind == YES_NO]


def legit(**changes):
    return all_answers(**changes)


def test_there_are_nine_yes_no_questions():
    assert len(YES_NO_IDS) == 9


@pytest.mark.parametrize("source,days", [("autologous", 21), ("autologous", 60),
                                         ("allogeneic", 10), ("allogeneic", 15),
                                         ("allogeneic", 365)])
def test_all_yes_with_enough_culture_time_and_no_signs_is_green(source, days):
    result = assess(legit(cell_source=source, extraction_days=days))
    assert result.verdict.id == GREEN
    assert all(c.status == "met" for c in result.criteria)
    assert result.questions_to_ask == ()


@pytest.mark.parametrize("answers", [
    {"extraction_days": 0},
    legit(extraction_days=0),
    legit(extraction_days=0, cell_source="allogeneic"),
    legit(extraction_days=0, cell_source="unsure"),
])
def test_same_day_is_red_whatever_else_was_answered(answers):
    result = assess(answers)
    assert result.verdict.id == RED
    same_day = result.criterion("same_day_extraction")
    assert same_day.status == NOT_MET
    assert [f.rule for f in same_day.findings] == ["same_day"]
    assert same_day.findings[0].source == "itrt-guide"
    assert "same day" in result.reasons[0].message


@pytest.mark.parametrize("days", [1, 5, 10, 20])
def test_autologous_cells_before_21_days_fail_the_culture_rule(days):
    result = assess(legit(extraction_days=days))
    criterion = result.criterion("same_day_extraction")
    assert criterion.status == NOT_MET
    assert criterion.findings[0].rule == "autologous_too_soon"
    assert "21" in criterion.findings[0].message and str(days) in criterion.findings[0].message
    assert result.verdict.id == RED


@pytest.mark.parametrize("days", [1, 9])
def test_allogeneic_cells_before_10_days_fail(days):
    result = assess(legit(cell_source="allogeneic", extraction_days=days))
    assert result.criterion("same_day_extraction").status == NOT_MET
    assert result.verdict.id == RED


def test_unknown_cell_source_with_a_long_interval_is_unknown_not_met():
    result = assess(legit(cell_source="unsure", extraction_days=30))
    assert result.criterion("same_day_extraction").status == UNKNOWN
    assert result.verdict.id == AMBER


@pytest.mark.parametrize("qid", YES_NO_IDS)
@pytest.mark.parametrize("value", ["no", "unsure"])
def test_any_no_or_unsure_keeps_the_verdict_from_green(qid, value):
    assert assess(legit(**{qid: value})).verdict.id != GREEN


@pytest.mark.parametrize("qid", ["cell_source", "extraction_days"])
def test_unsure_cells_or_days_keep_the_verdict_from_green(qid):
    assert assess(legit(**{qid: "unsure"})).verdict.id == AMBER


@pytest.mark.parametrize("sign", [w.id for w in WARNING_SIGNS])
def test_any_warning_sign_keeps_the_verdict_from_green(sign):
    result = assess(legit(warning_signs=[sign]))
    assert result.verdict.id in (AMBER, RED)
    assert [w.id for w in result.warning_signs] == [sign]


def test_paying_to_join_a_trial_is_red_on_its_own():
    assert assess(legit(warning_signs=["pay_for_trial"])).verdict.id == RED


def test_three_warning_signs_are_red():
    signs = ["no_evidence", "many_conditions", "unjustified_cost"]
    assert assess(legit(warning_signs=signs[:2])).verdict.id == AMBER
    assert assess(legit(warning_signs=signs)).verdict.id == RED


def test_a_missing_warning_sign_checklist_is_not_green():
    answers = legit()
    del answers["warning_signs"]
    result = assess(answers)
    assert result.verdict.id == AMBER
    assert not result.warning_signs_answered


def test_no_for_follow_up_alone_is_amber_not_red():
    result = assess(legit(imaging_followup="no"))
    assert result.criterion("follow_up").status == NOT_MET
    assert result.verdict.id == AMBER


def test_no_for_authorisation_is_red_with_its_reason():
    result = assess(legit(atmp="no"))
    assert result.verdict.id == RED
    assert result.criterion("authorisation").status == NOT_MET
    assert any("authorised medicine" in r.message for r in result.reasons)


def test_every_unsure_or_no_becomes_a_question_to_ask():
    result = assess(legit(atmp="no", leaflet="unsure", cell_source="unsure",
                          extraction_days="unsure"))
    assert [a.about for a in result.questions_to_ask] == [
        "atmp", "leaflet", "cell_source", "extraction_days"]
    assert all(a.text.endswith("?") or a.text.endswith(".") for a in result.questions_to_ask)


def test_warning_signs_add_their_own_questions():
    result = assess(legit(warning_signs=["no_risks_claim"]))
    assert [a.about for a in result.questions_to_ask] == ["no_risks_claim"]


def test_documents_are_always_requested_and_marked_when_seen():
    seen = {d.document.id: d.seen for d in assess(legit()).documents_to_request}
    assert {"authorisation", "leaflet", "consent", "follow_up"} <= set(seen)
    assert seen["leaflet"] is True and seen["consent"] is False
    not_seen = {d.document.id: d.seen for d in assess(legit(leaflet="no")).documents_to_request}
    assert not_seen["leaflet"] is False


def test_every_finding_cites_a_seed_source():
    from rules import SOURCES

    result = assess(legit(atmp="no", extraction_days=3, warning_signs=["no_evidence"]))
    for criterion in result.criteria:
        assert criterion.findings
        for f in criterion.findings:
            assert f.source in SOURCES
    assert all(r.source in SOURCES for r in result.reasons)


def test_assessment_is_frozen():
    result = assess(legit())
    with pytest.raises(AttributeError):
        result.verdict = None
