"""assess() v3 on the legitimate treatment (tests/answers.py) and changes to it.

The scenarios of real offers and legal routes are in test_scenarios.py."""

import re

import pytest

from rules import (
    AMBER,
    GREEN,
    MET,
    NOT_MET,
    QUESTIONS,
    RED,
    SOURCES,
    UNKNOWN,
    WARNING_SIGNS,
    assess,
)
from rules.catalogue import TOLD_KIND, YES_NO

from ..answers import ALL_ANSWERS, all_answers

YES_NO_IDS = [q.id for q in QUESTIONS if q.kind == YES_NO and q.id in ALL_ANSWERS]
TOLD_IDS = [q.id for q in QUESTIONS if q.kind == TOLD_KIND and q.id in ALL_ANSWERS]


def legit(**changes):
    return all_answers(**changes)


def donor(**changes):
    """A donor's cells: Cartistem (cord blood cells) for a knee cartilage defect in Korea."""
    changes = {"cell_type": "donor_adult", **changes}
    return legit(country="KR", product="Cartistem", authorisation_number=None, **changes)


def sold(**changes):
    """The same offer sold by a private clinic."""
    return legit(provider="private_clinic", payment="treatment", **changes)


def test_the_legitimate_treatment_is_green_with_every_criterion_met():
    result = assess(legit())
    assert result.verdict.id == GREEN
    assert [c.id for c in result.criteria] == [
        "offer", "product", "authorisation", "gmp", "same_day_extraction", "follow_up"]
    assert all(c.status == MET for c in result.criteria)
    assert result.questions_to_ask == ()


@pytest.mark.parametrize("cells,days", [("own_fat", 21), ("own_blood", 60)])
def test_enough_time_for_own_cells_is_green(cells, days):
    assert assess(legit(cell_type=cells, extraction_days=days)).verdict.id == GREEN


@pytest.mark.parametrize("cells,days", [("donor_adult", 7), ("donor_adult", 10),
                                        ("cord_or_placenta", 15), ("donor_adult", "in_advance")])
def test_enough_time_for_a_donors_cells_is_green(cells, days):
    assert assess(donor(cell_type=cells, extraction_days=days)).verdict.id == GREEN


def test_a_product_of_other_cells_than_those_told_is_not_green():
    result = assess(legit(cell_type="cord_or_placenta", extraction_days="in_advance"))
    assert result.verdict.id == AMBER
    assert result.criterion("product").findings[0].rule == "product_other_cells"


@pytest.mark.parametrize("answers", [
    {"extraction_days": 0},
    sold(extraction_days=0),
    sold(extraction_days=0, cell_type="unsure", cell_source="unsure"),
    sold(extraction_days=0, offer_kind="hospital_exemption"),
])
def test_same_day_sold_is_red_and_described_as_a_same_day_procedure(answers):
    result = assess(answers)
    assert result.verdict.id == RED
    timing = result.criterion("same_day_extraction")
    assert [f.rule for f in timing.findings] == ["same_day", "same_day_procedure"]
    assert "same day" in result.reasons[0].message
    procedure = timing.findings[1].message
    assert "not a medicine that any agency has authorised" in procedure
    # Judgement v3: no claim that the benefit is not shown, from the answers alone.
    assert "no proof" not in procedure
    assert "not a legally authorised" not in result.reasons[0].message


def test_same_day_in_a_hospital_at_no_charge_is_a_question_for_the_surgeon():
    result = assess(legit(extraction_days=0, cell_type="own_bone_marrow"))
    assert result.verdict.id == AMBER
    rules = [f.rule for f in result.criterion("same_day_extraction").findings]
    assert rules == ["same_day_in_hospital", "same_day_procedure"]
    assert not any(f.decisive for c in result.criteria for f in c.findings)


@pytest.mark.parametrize("days", [0, 3, 6])
def test_a_donors_days_from_ordering_are_not_culture_time(days):
    result = assess(sold(cell_type="donor_adult", extraction_days=days))
    (finding,) = result.criterion("same_day_extraction").findings
    assert finding.rule == "donor_days_not_culture" and finding.outcome == UNKNOWN
    assert "not time spent growing" in finding.message


@pytest.mark.parametrize("days", [1, 6])
@pytest.mark.parametrize("cells", ["own_fat", "unsure"])
def test_fewer_than_7_days_cannot_have_been_grown_and_is_a_question_not_a_verdict(days, cells):
    # The 7 and 21 days are a seller's figures (itrt-guide): they decide nothing alone.
    result = assess(legit(cell_type=cells, extraction_days=days))
    finding = result.criterion("same_day_extraction").findings[0]
    assert finding.rule == "not_grown" and not finding.decisive
    assert result.verdict.id == AMBER


@pytest.mark.parametrize("days", [7, 10, 20])
def test_own_cells_between_7_and_20_days_ask_why_amber(days):
    result = assess(legit(extraction_days=days))
    criterion = result.criterion("same_day_extraction")
    assert criterion.status == NOT_MET
    (finding,) = criterion.findings
    assert finding.rule == "autologous_too_soon" and not finding.decisive
    assert "21" in finding.message and str(days) in finding.message and "Ask why" in finding.message
    assert result.verdict.id == AMBER


@pytest.mark.parametrize("days", [7, 8, 9])
def test_donor_cells_7_to_9_days_are_not_red(days):
    result = assess(donor(extraction_days=days))
    assert result.verdict.id == GREEN
    assert result.criterion("same_day_extraction").findings[0].rule == "allogeneic_prepared"


def test_a_year_for_donor_cells_is_storage_not_culture():
    result = assess(donor(extraction_days=365))
    (finding,) = result.criterion("same_day_extraction").findings
    assert finding.rule == "allogeneic_stored"
    assert "stored" in finding.message and "not grown" in finding.message


def test_unsure_whose_cells_21_days_is_enough_for_either():
    result = assess(legit(cell_type="unsure", cell_source="unsure", extraction_days=21))
    assert result.criterion("same_day_extraction").status == MET
    assert result.criterion("offer").status == UNKNOWN  # what cells they are is not known
    assert result.verdict.id == AMBER


def test_exosomes_are_not_judged_on_days():
    result = assess(legit(cell_type="exosomes", extraction_days=None))
    assert "same_day_extraction" not in [c.id for c in result.criteria]
    assert result.verdict.id == RED  # sold by a clinic: no exosome product is approved


@pytest.mark.parametrize("qid", YES_NO_IDS)
@pytest.mark.parametrize("value", ["no", "unsure"])
def test_any_no_or_unsure_keeps_the_verdict_from_green(qid, value):
    assert assess(legit(**{qid: value})).verdict.id != GREEN


@pytest.mark.parametrize("qid", TOLD_IDS)
@pytest.mark.parametrize("value", ["told", "no", "unsure"])
def test_not_seen_in_writing_is_amber_never_red(qid, value):
    result = assess(legit(**{qid: value}))
    assert result.verdict.id == AMBER
    assert not any("not authorised" in r.message for r in result.reasons)
    assert qid in [a.about for a in result.questions_to_ask]


def test_no_to_the_leaflet_alone_is_not_not_authorised():
    result = assess(legit(leaflet="no"))
    assert result.verdict.id == AMBER
    (finding,) = result.criterion("gmp").findings[1:]
    assert finding.rule == "leaflet_not_shown" and "does not prove" in finding.message


def test_no_for_atmp_at_a_clinic_is_red_with_what_the_answer_says():
    result = assess(sold(atmp="no"))
    assert result.verdict.id == RED
    assert any("You were told the product is not a medicine" in r.message
               for r in result.reasons)
    # The same answer about a hospital's free treatment is a question, not a verdict.
    assert assess(legit(atmp="no")).verdict.id == AMBER


@pytest.mark.parametrize("kind", ["treatment", "unsure"])
def test_unsure_kind_is_judged_as_a_clinic_and_says_so(kind):
    result = assess(legit(offer_kind=kind))
    if kind == "unsure":
        assert result.verdict.id == AMBER
        assert result.criterion("offer").findings[0].rule == "offer_kind_unsure"
    else:
        assert result.verdict.id == GREEN


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


@pytest.mark.parametrize("signs", [None, "unsure"])
def test_a_missing_or_unsure_checklist_is_amber(signs):
    result = assess(legit(warning_signs=signs))
    assert result.verdict.id == AMBER
    assert result.warning_signs_answered is (signs == "unsure")


def test_no_for_follow_up_alone_is_amber_not_red():
    result = assess(legit(imaging_followup="no"))
    assert result.criterion("follow_up").status == NOT_MET
    assert result.verdict.id == AMBER


def test_questions_to_ask_follow_the_findings():
    result = assess(legit(atmp="no", leaflet="told", cell_type="unsure", cell_source="unsure",
                          extraction_days="unsure"))
    assert [a.about for a in result.questions_to_ask] == [
        "cell_type", "atmp", "leaflet", "cell_source", "extraction_days"]
    assert all(a.text.endswith(("?", ".")) for a in result.questions_to_ask)


def test_warning_signs_add_their_own_questions():
    result = assess(legit(warning_signs=["no_risks_claim"]))
    assert [a.about for a in result.questions_to_ask] == ["no_risks_claim"]


def test_documents_are_seen_only_when_seen_in_writing():
    seen = {d.document.id: d.seen for d in assess(legit()).documents_to_request}
    assert {"authorisation", "leaflet", "consent", "follow_up"} <= set(seen)
    assert seen["leaflet"] is True and seen["consent"] is False
    assert seen["follow_up"] is False  # a "yes" to a follow-up question is only what was said
    told = {d.document.id: d.seen for d in assess(legit(leaflet="told")).documents_to_request}
    assert told["leaflet"] is False


def test_evidence_tells_seen_in_writing_from_told():
    result = assess(legit(clean_room="told"))
    assert result.basis("leaflet") == "seen_in_writing"
    assert result.basis("clean_room") == "told"
    assert result.basis("atmp") == "said_yes"  # "yes" to a question that asks about no document
    assert result.basis("trial_ethics") == "not_answered"
    assert not result.seen_in_writing("atmp")


def test_every_finding_and_reason_cites_a_source():
    result = assess(legit(atmp="no", extraction_days=3, warning_signs=["no_evidence"]))
    for criterion in result.criteria:
        assert criterion.findings
        assert all(f.source in SOURCES for f in criterion.findings)
    assert all(r.source in SOURCES for r in result.reasons)


def test_assessment_is_frozen():
    result = assess(legit())
    with pytest.raises(AttributeError):
        result.verdict = None


@pytest.mark.parametrize("kind", ["treatment", "trial"])
@pytest.mark.parametrize("days", range(0, 8))
def test_no_finding_says_1_days_or_0_days(kind, days):
    # The short-culture texts once read "1 days is too short to grow any cells".
    from django.utils.translation import gettext, override

    from ..answers import answers_for

    assessment = assess(answers_for(kind, extraction_days=days))
    for language in ("en", "es"):
        with override(language):
            texts = [gettext(f.explanation) % dict(f.params)
                     for c in assessment.criteria for f in c.findings]
            texts += [gettext(r.text) % dict(r.params) for r in assessment.reasons]
        assert texts
        for text in texts:
            assert not re.search(r"(?<!\d)[01] (days|días)\b", text), text
