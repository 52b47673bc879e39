"""rules/aftercare.py: the after-treatment signs, their outcome, and the import-time checks."""

from pathlib import Path

import pytest

from rules import aftercare
from rules.aftercare import NO_SIGNS, NONE, SEE_A_DOCTOR_TODAY, UNSURE, URGENT, outcome
from rules.sources import SOURCES

# shared/ sits beside the checkout (or beside the folder of worktrees).
SEEDS = next((p / "shared" / "seeds" for p in Path(__file__).resolve().parents[3:5]
              if (p / "shared" / "seeds").is_dir()), Path("/nonexistent"))


AMBULANCE_SIGNS = ["chest_pain", "breathless", "sudden_breathless", "allergy_wheeze",
                   "allergy_swelling", "weakness", "seizure", "neuro", "sight_loss",
                   "headache", "stiff_neck", "rigors"]
TODAY_SIGNS = ["fever", "pain", "site", "palpitations", "allergy_rash", "leg", "eye_pain",
               "flashes"]


def test_every_sign_is_at_one_of_the_two_levels_ambulance_first():
    assert [s.id for s in aftercare.signs_at(aftercare.AMBULANCE)] == AMBULANCE_SIGNS
    assert [s.id for s in aftercare.signs_at(aftercare.TODAY)] == TODAY_SIGNS
    # The checklist's order: every ambulance sign before every "doctor today" one.
    assert [s.id for s in aftercare.SIGNS] == AMBULANCE_SIGNS + TODAY_SIGNS
    assert list(aftercare.LEVELS) == [aftercare.AMBULANCE, aftercare.TODAY]


@pytest.mark.parametrize("sign", AMBULANCE_SIGNS)
def test_an_ambulance_sign_is_urgent(sign):
    assert outcome([sign]) == URGENT


@pytest.mark.parametrize("sign", TODAY_SIGNS)
def test_a_fever_or_a_hot_joint_alone_is_a_doctor_today(sign):
    assert outcome([sign]) == SEE_A_DOCTOR_TODAY


def test_the_most_urgent_sign_decides():
    assert outcome(["fever", "chest_pain"]) == URGENT
    assert outcome(["fever", "leg", "site"]) == SEE_A_DOCTOR_TODAY
    assert outcome(["seizure", NONE, UNSURE]) == URGENT


def test_none_on_its_own_is_no_signs():
    assert outcome([NONE]) == NO_SIGNS
    assert outcome([NONE, NONE]) == NO_SIGNS  # a repeated value is still "none" alone


def test_not_sure_is_a_doctor_today_alone_with_a_fever_and_next_to_none():
    assert outcome([UNSURE]) == SEE_A_DOCTOR_TODAY
    assert outcome([UNSURE, "fever"]) == SEE_A_DOCTOR_TODAY
    assert outcome([UNSURE, NONE]) == SEE_A_DOCTOR_TODAY


def test_a_sign_next_to_none_or_an_unknown_value_still_counts():
    assert outcome(["chest_pain", NONE]) == URGENT
    assert outcome(["leg", "not-a-sign"]) == SEE_A_DOCTOR_TODAY


def test_the_ambulance_level_has_the_signs_an_ambulance_service_names():
    # chest pain, breathlessness, weakness or numbness, a fit, sudden loss of sight, a
    # swollen face or throat: each an ambulance sign, cited to clinical sources.
    for sign in ("chest_pain", "breathless", "weakness", "seizure", "sight_loss",
                 "allergy_swelling"):
        assert aftercare.SIGNS_BY_ID[sign].level == aftercare.AMBULANCE
    assert aftercare.LEVEL_SOURCES == {aftercare.AMBULANCE: "nhs-999",
                                       aftercare.TODAY: "nhs-conditions"}


@pytest.mark.parametrize("chosen", [[], ["not-a-sign"], ["", "FEVER"], [NONE, "bogus"]])
def test_nothing_or_only_unknown_values_cannot_be_decided(chosen):
    assert outcome(chosen) is None


def test_the_checklist_covers_the_red_flags_clots_and_spine_groups():
    ids = {s.id for s in aftercare.SIGNS}
    # the general red flags
    assert {"fever", "pain", "site", "breathless", "palpitations", "neuro"} <= ids
    # clots and pulmonary embolism, injections near the spine
    assert {s.id for s in aftercare.signs_in(aftercare.CLOTS)} == {
        "chest_pain", "sudden_breathless", "leg"}
    assert {s.id for s in aftercare.signs_in(aftercare.SPINE)} == {
        "headache", "stiff_neck", "weakness"}
    assert ids | {NONE, UNSURE} == aftercare.VALUES


def test_every_sign_cites_a_known_source_and_none_a_seller():
    for item in (*aftercare.SIGNS, *aftercare.TRANSPLANT_SIGNS):
        assert item.source in SOURCES
        assert not SOURCES[item.source].seller, item.id
    for source in (aftercare.URGENT_SOURCE, aftercare.REPORTING_SOURCE,
                   *aftercare.LEVEL_SOURCES.values()):
        assert not SOURCES[source].seller, source


def test_the_follow_up_schedule_is_kept_once_in_safety():
    from rules import safety

    assert not hasattr(aftercare, "CHECKUPS")
    assert [c.id for c in safety.CHECKPOINTS] == [
        "baseline", "early", "first_weeks", "three_months", "long_term"]


def test_the_fever_threshold_is_a_clinical_sources_and_check_up_times_the_seeds():
    from rules import safety

    # A danger sign and its threshold never rest on a seller's page.
    for sign in (*aftercare.SIGNS, *aftercare.TRANSPLANT_SIGNS):
        assert not SOURCES[sign.source].seller, sign.id
    fever = aftercare.SIGNS_BY_ID["fever"]
    assert "38 °C (100.4 °F)" in fever.label and fever.source == "nhs-conditions"
    transplant = {s.id: s for s in aftercare.TRANSPLANT_SIGNS}["transplant_fever"]
    assert "38.0 °C" in transplant.label and transplant.source == "ebmt-handbook"
    assert [c.when for c in safety.CHECKPOINTS[1:]] == [
        "48 to 72 hours", "4 to 6 weeks", "3 months", "6 to 12 months"]
    seed = next(SEEDS.glob("001_*.txt"), None)
    if seed is None:
        pytest.skip("shared/seeds is not beside this checkout")
    text = seed.read_text()
    for weeks in ("48–72 hours", "4–6 weeks", "3 months", "6–12 months"):
        assert weeks in text


@pytest.mark.parametrize(("route", "condition", "groups"), [
    ("joint", "osteoarthritis", {"general", "allergy"}),
    ("intravenous", "neurological", {"general", "allergy", "infusion", "clots"}),
    ("intrathecal", "neurological", {"general", "allergy", "spine"}),
    ("eye", "eye", {"general", "allergy", "eye"}),
    ("joint", "eye_retina", {"general", "allergy", "eye"}),
    ("surgical", "spine", {"general", "allergy", "clots", "spine"}),
    # Not known, or a route added later: every group, nothing left out.
    ("unsure", "osteoarthritis", set(aftercare.GROUPS)),
    ("a_new_route", None, set(aftercare.GROUPS)),
    (None, None, set(aftercare.GROUPS)),
])
def test_the_signs_shown_follow_the_route_and_the_illness(route, condition, groups):
    assert set(aftercare.groups_for(route, condition)) == groups
    assert {s.group for s in aftercare.signs_for(route, condition)} == groups


def test_the_eye_allergy_and_infusion_signs_are_on_the_checklist():
    ids = {s.id for s in aftercare.SIGNS}
    assert {"sight_loss", "eye_pain", "flashes", "allergy_swelling", "allergy_rash",
            "allergy_wheeze", "rigors"} <= ids
    assert aftercare.SIGNS_BY_ID["sight_loss"].source == "kuriyan-2017"
    assert aftercare.SIGNS_BY_ID["rigors"].source == "ebmt-handbook"


def test_the_clot_and_spine_sources_name_what_the_signs_stand_for():
    seeds = {p.name[:3]: p.read_text() for p in SEEDS.glob("00*_*.txt")}
    if not seeds:
        pytest.skip("shared/seeds is not beside this checkout")
    assert "pulmonary embolism" in seeds["004"]          # regenamex-side-effects: clots
    assert "Intrathecal" in seeds["004"] and "headaches" in seeds["004"]
    assert "nerve damage or infection" in seeds["002"]    # bookimed-safety: spinal injection


@pytest.mark.parametrize(("attribute", "bad", "message"), [
    ("SIGNS", lambda s: (*s, s[0]), "duplicate"),
    ("SIGNS", lambda s: (*s, aftercare.Sign(NONE, "x", aftercare.GENERAL, "itrt-guide")),
     "reserved"),
    ("SIGNS", lambda s: (*s, aftercare.Sign("x", "x", "nowhere", "itrt-guide")), "group"),
    ("SIGNS", lambda s: (*s, aftercare.Sign("x", "x", aftercare.GENERAL, "wikipedia")),
     "unknown source"),
    ("SIGNS", lambda s: (*s, aftercare.Sign("x", "x", aftercare.GENERAL, "")), "missing source"),
    ("SIGNS", lambda s: (*s, aftercare.Sign("x", "x", aftercare.GENERAL, "nhs-999", "soon")),
     "unknown level"),
])
def test_the_import_time_check_refuses_bad_entries(monkeypatch, attribute, bad, message):
    monkeypatch.setattr(aftercare, attribute, bad(getattr(aftercare, attribute)))
    with pytest.raises(ValueError, match=message):
        aftercare._check()
