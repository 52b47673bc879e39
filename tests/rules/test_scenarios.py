"""Judgement v2 and v3 on real offers (seed 002's clinic listings, seed 003's point-of-care
procedure)
and on each legal route (shared/sources/README.md), one test per principle of issue 12."""

import pytest

from rules import AMBER, GREEN, OUT_OF_SCOPE, RED, RULES, SOURCES, assess, to_json_dict

from ..answers import ROUTE_ANSWERS, all_answers, answers_for

# --- real offers (seeds) ---------------------------------------------------------------------

#: A clinic's sale: a private clinic, the patient pays, no product name this checker knows.
SALE = {"provider": "private_clinic", "payment": "treatment", "product": None}

#: Seed 002: Cellular Hope Institute, Cancún: cord cells, neurological disorders, $7,000-$30,000.
#: As in issue 12: cord cells injected intrathecally for autism for USD 15,000, and the clinic
#: says "yes" to everything (even "shown in writing").
CANCUN = all_answers(**SALE, country="MX", condition_group="neurological",
                     cell_type="cord_or_placenta",
                     route="intrathecal", extraction_days="in_advance",
                     authorisation_number="COFEPRIS 123")
#: Seed 002: Medical Center Juventa, Playa del Carmen: "50 million stem cells package for
#: alopecia", limited-time deal, package price with hotel and VIP transfer.
JUVENTA = all_answers(**SALE, country="MX", condition_group="anti_ageing", cell_type="unsure",
                      cell_source="unsure", route="other", atmp="unsure", clinical_trial="unsure",
                      regulator="unsure", clean_room="told", authorisation_document="no",
                      administrator_authorised="told", leaflet="no", extraction_days="unsure",
                      warning_signs=["travel_package", "limited_time_offer", "testimonials"])
#: Seed 002: R3 Life Wellness Center, Bangkok: rejuvenation, hair growth, erectile dysfunction.
BANGKOK = all_answers(**SALE, country="TH", condition_group="anti_ageing",
                      cell_type="cord_or_placenta",
                      route="intravenous", clinical_trial="unsure", leaflet="told",
                      warning_signs=["many_conditions"])
#: Seed 003 (MedicoExperts): cells taken, concentrated in a centrifuge and injected into the
#: knee in one visit, "stem cell therapy is safe".
POINT_OF_CARE = all_answers(**SALE, country="IN", cell_type="own_bone_marrow",
                            condition_group="osteoarthritis", route="joint", atmp="no",
                            clinical_trial="unsure", regulator="unsure", clean_room="no",
                            authorisation_document="no", leaflet="no", extraction_days=0,
                            warning_signs=["no_risks_claim"])
#: Seed 002: Medipol Mega University Hospital, Istanbul, "bone marrow transplants".
MARROW_TRANSPLANT = {"offer_kind": "transplant", "provider": "hospital", "country": "TR",
                     "condition_group": "blood_disease"}


def test_the_cancun_all_yes_offer_is_not_green():
    result = assess(CANCUN)
    assert result.verdict.id == RED
    rules_fired = [f.rule for c in result.criteria for f in c.findings if f.decisive]
    assert "condition_no_product" in rules_fired
    assert result.regulator is not None and result.regulator.country == "MX"
    assert not result.regulator.eu
    data = to_json_dict(result)
    assert "COFEPRIS" in data["regulator"]["name"]
    assert "not an EU authorisation" in data["regulator"]["not_eu_authorisation"]
    assert data["identifiers"] == [{
        "question": "authorisation_number", "kind": "unknown", "value": "COFEPRIS 123",
        "url": "", "register": "", "source": "trial-registries"}]


def test_the_cancun_offer_for_an_illness_with_products_is_still_not_green_when_unproven():
    result = assess({**CANCUN, "condition_group": "osteoarthritis", "clinical_trial": "yes"})
    assert result.verdict.id == RED
    assert any(f.rule == "route_high_stakes_unproven" for f in result.criterion("offer").findings)


def test_the_juventa_package_for_hair_loss_is_red_not_for_missing_papers():
    result = assess(JUVENTA)
    assert result.verdict.id == RED
    assert any("No stem cell product is authorised" in r.message for r in result.reasons)
    assert not any("not authorised" in r.message and "leaflet" in r.message
                   for r in result.reasons)


def test_the_bangkok_rejuvenation_drip_is_red_and_names_the_thai_regulator():
    result = assess(BANGKOK)
    assert result.verdict.id == RED
    assert "Thai FDA" in result.regulator.name


def test_the_point_of_care_procedure_is_red_and_described_as_what_it_is():
    result = assess(POINT_OF_CARE)
    assert result.verdict.id == RED
    messages = [f.message for f in result.criterion("same_day_extraction").findings]
    assert any("not a medicine that any agency has authorised" in m for m in messages)
    assert "CDSCO" in result.regulator.name


def test_a_bone_marrow_transplant_for_leukaemia_is_out_of_scope_never_do_not_go_ahead():
    result = assess(MARROW_TRANSPLANT)
    assert result.verdict.id == OUT_OF_SCOPE
    assert "haematology" in result.verdict.title
    text = " ".join(r.message for r in result.reasons) + result.verdict.summary
    assert "Do not" not in text and "do not go ahead" not in text.lower()
    assert result.criteria == ()
    assert assess(ROUTE_ANSWERS["transplant"]).verdict.id == OUT_OF_SCOPE


# --- the legal routes (principle 2) ----------------------------------------------------------

def trial(**changes):
    return answers_for("trial", condition_group="neurological", route="intrathecal", **changes)


def test_an_honest_free_registered_trial_is_green():
    result = assess(trial())
    assert result.verdict.id == GREEN
    assert [c.id for c in result.criteria] == [
        "offer", "trial", "gmp", "same_day_extraction", "follow_up"]
    ((question, identifier),) = result.identifiers
    assert question == "trial_number" and identifier.kind == "nct"
    assert identifier.url == "https://clinicaltrials.gov/study/NCT01234567"


def test_no_trial_has_shown_it_works_is_expected_in_a_trial():
    result = assess(trial(clinical_trial="no"))
    assert result.verdict.id == GREEN


@pytest.mark.parametrize("qid", ["trial_ethics", "trial_insurance", "trial_consent",
                                 "authorisation_document", "clean_room"])
def test_a_trial_document_only_told_is_amber_not_red(qid):
    assert assess(trial(**{qid: "told"})).verdict.id == AMBER


@pytest.mark.parametrize("changes", [
    {"trial_free": "no"},
    {"warning_signs": ["upfront_payment"]},
    {"warning_signs": ["pay_for_trial"]},
    {"regulator": "no"},
])
def test_paying_for_a_trial_or_an_unauthorised_trial_is_red(changes):
    assert assess(trial(**changes)).verdict.id == RED


@pytest.mark.parametrize("number,kind", [
    ("2022-500014-26-00", "eu_ct"), ("2010-020118-23", "eudract"),
    ("ISRCTN12345678", "isrctn")])
def test_a_trial_number_in_a_known_format_is_met(number, kind):
    result = assess(trial(trial_number=number))
    assert result.verdict.id == GREEN
    assert result.identifiers[0][1].kind == kind


@pytest.mark.parametrize("number", ["ABC-123", "EU/1/17/1181", None])
def test_a_trial_number_unknown_wrong_or_missing_is_amber_never_an_error(number):
    result = assess(trial(trial_number=number))
    assert result.verdict.id == AMBER


def test_same_day_cells_in_a_registered_trial_are_a_question_not_red():
    result = assess(trial(extraction_days=0))
    assert result.verdict.id == AMBER
    assert {f.rule for f in result.criterion("same_day_extraction").findings} == {
        "short_in_a_trial", "same_day_procedure"}


def hospital_exemption(**changes):
    # NC1: own bone marrow cells for chronic spinal cord injury, Puerta de Hierro (aemps-rd477).
    return answers_for("hospital_exemption", condition_group="neurological", route="intrathecal",
                       authorisation_number=None, **changes)


def test_nc1_the_hospital_exemption_is_green_when_the_permission_was_seen():
    assert assess(hospital_exemption()).verdict.id == GREEN


def test_a_hospital_exemption_outside_spain_asks_which_law():
    result = assess(hospital_exemption(country="MX"))
    assert result.verdict.id == AMBER
    assert any(f.rule == "hospital_exemption_outside_spain"
               for f in result.criterion("offer").findings)


@pytest.mark.parametrize("changes,verdict", [
    ({}, GREEN),
    ({"administrator_authorised": "told"}, AMBER),
    ({"clinical_trial": "no"}, AMBER),  # unproven is what compassionate use is for; ask
    # No permission: not compassionate use. A public hospital's free offer is a question to
    # ask it (amber); the same sold is red.
    ({"regulator": "no"}, AMBER),
    ({"regulator": "no", "payment": "treatment"}, RED),
])
def test_compassionate_use(changes, verdict):
    answers = answers_for("compassionate_use", condition_group="autoimmune",
                          cell_type="donor_adult", route="intravenous", extraction_days=12,
                          authorisation_number=None, **changes)
    assert assess(answers).verdict.id == verdict


# --- principles 1, 3, 5 on clinic offers -----------------------------------------------------

def test_a_clinic_selling_for_an_illness_with_no_product_is_red_even_with_every_paper():
    for group in ("neurological", "spinal_cord_injury", "diabetes", "heart_lung", "eye_retina",
                  "anti_ageing", "autoimmune"):
        assert assess(all_answers(**SALE, condition_group=group)).verdict.id == RED, group
        # Given free by a public hospital, the same is a question to ask, not a verdict.
        assert assess(all_answers(condition_group=group)).verdict.id == AMBER, group


def test_embryonic_or_fetal_cells_outside_a_trial_are_red_inside_one_not():
    assert assess(all_answers(cell_type="embryonic_or_fetal")).verdict.id == RED
    assert assess(trial(cell_type="embryonic_or_fetal")).verdict.id == GREEN


def test_exosomes_are_not_cells():
    result = assess(all_answers(cell_type="exosomes", extraction_days=None))
    assert result.verdict.id == RED
    assert any("Exosomes are not cells" in r.message for r in result.reasons)


def test_a_frozen_donor_product_thawed_at_the_visit_is_consistent():
    # Cartistem: cord blood cells for a knee cartilage defect, authorised in Korea.
    answers = all_answers(cell_type="cord_or_placenta", extraction_days="in_advance",
                          country="KR", product="Cartistem", authorisation_number=None)
    assert assess(answers).verdict.id == GREEN


def test_the_country_picks_the_regulator_not_aemps_for_mexico():
    assert "AEMPS" in assess(all_answers()).regulator.name
    mexico = assess(all_answers(country="MX")).regulator
    assert "AEMPS" not in mexico.name and "COFEPRIS" in mexico.name
    assert assess(all_answers(country="unsure")).regulator is None
    assert assess(all_answers(country="unsure")).verdict.id == AMBER


def test_a_clinic_quoting_a_trial_number_for_a_paid_treatment_is_asked_about_it():
    result = assess(all_answers(authorisation_number="NCT01234567"))
    assert result.verdict.id == AMBER
    assert result.identifiers[0][1].kind == "nct"


# --- principle 7 -----------------------------------------------------------------------------

def test_every_rule_cites_a_known_source():
    assert all(rule.source in SOURCES for rule in RULES)


def test_every_real_offer_gets_a_verdict_with_reasons():
    for answers in (CANCUN, JUVENTA, BANGKOK, POINT_OF_CARE, MARROW_TRANSPLANT,
                    *ROUTE_ANSWERS.values()):
        result = assess(answers)
        assert result.reasons and all(r.source in SOURCES for r in result.reasons)
