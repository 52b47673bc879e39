"""A question is one entry (issue 21): its text, hint, options, where it applies, the page
that shows it, the criteria that read it and the doctor's ask, all in its ``Question``; and
each rule, sign and criterion carries its doctor's wording beside the patient's.

The catalogue, the criteria and the doctor's asks are worked out from those entries, and
the import-time checks refuse an entry that lacks one of them.
"""

import dataclasses

import pytest

import rules
from rules import catalogue, table
from rules.catalogue import PATIENT_VOICE, in_order

#: Each criterion's rows as the reports show them (the methodology page, the doctor's PDF):
#: the questions, then the facts worked out from the answers.
CRITERIA_ROWS = {
    "offer": ("offer_kind", "provider", "payment", "condition_group", "cell_type", "route",
              "country", "authorisation_number", "label_check", "sale", "product_here"),
    "product": ("product", "product_match"),
    "authorisation": ("atmp", "clinical_trial", "regulator", "authorisation_document",
                      "administrator_authorised", "sale"),
    "trial": ("trial_number", "regulator", "authorisation_document", "trial_ethics",
              "trial_free", "trial_insurance", "trial_consent", "country", "sale"),
    "gmp": ("clean_room", "leaflet"),
    "same_day_extraction": ("cell_source", "extraction_days", "sale"),
    "follow_up": ("pain_followup", "imaging_followup", "followup_plan", "follow_up"),
}


#: Today's questions, in catalogue order.
TODAY = (
    "offer_kind", "provider", "country", "condition_group", "cell_type", "route", "payment",
    "product", "atmp", "clinical_trial", "regulator", "clean_room", "authorisation_document",
    "authorisation_number", "trial_number", "trial_ethics", "trial_free", "trial_insurance",
    "trial_consent", "administrator_authorised", "leaflet", "cell_source", "extraction_days",
    "pain_followup", "imaging_followup", "followup_plan")


def test_the_catalogue_keeps_its_order():
    # Today's questions keep their order; a question added later may go anywhere.
    assert [q.id for q in rules.QUESTIONS if q.id in TODAY] == list(TODAY)


def test_each_criterion_reads_the_questions_that_name_it_in_the_reports_order():
    facts = {"label_check", "sale", "product_here", "product_match", "follow_up"}
    rows = {c.id: tuple(q for q in c.questions if q in (*TODAY, *facts))
            for c in table.CRITERIA}
    assert rows == CRITERIA_ROWS
    for question in rules.QUESTIONS:
        assert {c.id for c in table.CRITERIA if question.id in c.questions} == \
            set(question.criteria), question.id


def test_in_order_puts_the_listed_first_and_the_rest_in_catalogue_order():
    assert in_order(("followup_plan", "atmp", "offer_kind")) == \
        ("offer_kind", "atmp", "followup_plan")
    assert in_order(("followup_plan", "atmp", "offer_kind"), ("followup_plan",)) == \
        ("followup_plan", "offer_kind", "atmp")
    with pytest.raises(ValueError, match="not among"):
        in_order(("atmp",), ("leaflet",))


def test_every_question_and_sign_has_its_ask_in_the_doctors_words():
    for entry in (*rules.QUESTIONS, *rules.WARNING_SIGNS):
        assert entry.doctor_ask, entry.id
        assert not PATIENT_VOICE.search(entry.doctor_ask), entry.id


def test_questions_that_ask_the_same_thing_share_the_doctors_ask():
    questions, signs = rules.QUESTIONS_BY_ID, rules.WARNING_SIGNS_BY_ID
    assert questions["clinical_trial"].doctor_ask == signs["no_evidence"].doctor_ask == \
        signs["testimonials"].doctor_ask
    assert questions["condition_group"].doctor_ask == signs["many_conditions"].doctor_ask
    assert questions["cell_type"].doctor_ask == signs["origin_unexplained"].doctor_ask
    assert signs["pressure_to_decide"].doctor_ask == signs["limited_time_offer"].doctor_ask


@pytest.mark.parametrize("field", ["page", "criteria", "doctor_ask"])
def test_the_catalogue_refuses_a_question_without_its_page_criteria_or_ask(monkeypatch, field):
    bad = dataclasses.replace(rules.QUESTIONS_BY_ID["followup_plan"], id="x", **{field: ""})
    monkeypatch.setattr(catalogue, "QUESTIONS", (*catalogue.QUESTIONS, bad))
    with pytest.raises(ValueError, match="'x'"):
        catalogue._check_catalogue()


def test_the_catalogue_refuses_a_doctors_ask_that_speaks_to_the_patient(monkeypatch):
    bad = dataclasses.replace(rules.WARNING_SIGNS[0], id="x", doctor_ask="Can I see it?")
    monkeypatch.setattr(catalogue, "WARNING_SIGNS", (*catalogue.WARNING_SIGNS, bad))
    with pytest.raises(ValueError, match="doctor's words"):
        catalogue._check_catalogue()


def test_the_table_refuses_a_question_naming_an_unknown_criterion(monkeypatch):
    bad = dataclasses.replace(rules.QUESTIONS_BY_ID["followup_plan"], criteria=("aftercare",))
    monkeypatch.setattr(table, "QUESTIONS", (*table.QUESTIONS, bad))
    with pytest.raises(ValueError, match="unknown criteria"):
        table._check_table()


def test_every_rule_sign_and_criterion_has_its_doctors_wording():
    # "" only where the patient's text speaks to no one, so it serves the doctor as it is.
    texts = [(r.explanation, r.doctor) for r in rules.RULES]
    texts += [(s.label, s.doctor) for s in rules.WARNING_SIGNS]
    texts += [(c.not_met, c.doctor_not_met) for c in table.CRITERIA]
    texts += [(c.unknown, c.doctor_unknown) for c in table.CRITERIA]
    for text, doctor in texts:
        assert doctor or not PATIENT_VOICE.search(text), text
        assert not PATIENT_VOICE.search(doctor), doctor
    for criterion in table.CRITERIA:
        assert criterion.doctor_standard and criterion.doctor_verify, criterion.id
    assert sum(bool(r.doctor) for r in rules.RULES) >= 101  # 12 before issue 21


def test_a_rule_in_the_patients_voice_without_the_doctors_is_refused(monkeypatch):
    rule = next(r for r in table.RULES if r.id == "leaflet_seen")
    assert rule.doctor == "The patient has seen the official product leaflet."
    bad = dataclasses.replace(rule, id="x", doctor="")
    monkeypatch.setattr(table, "RULES", (*table.RULES, bad))
    with pytest.raises(ValueError, match="rule 'x': speaks to the patient"):
        table._check_doctor_versions()


def test_a_criterion_without_the_doctors_standard_is_refused(monkeypatch):
    bad = dataclasses.replace(table.CRITERIA[0], doctor_verify="")
    monkeypatch.setattr(table, "CRITERIA", (bad, *table.CRITERIA[1:]))
    with pytest.raises(ValueError, match="doctor's standard"):
        table._check_doctor_versions()
