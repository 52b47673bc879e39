"""The questionnaire v2 (issue 12): order, values, applicability, wording and reading ease."""

import gettext
import re
from pathlib import Path

import pytest

from rules import QUESTIONS, QUESTIONS_BY_ID, WARNING_SIGNS, applicable, wording
from rules.applicability import DONOR, NOT_CELLS, OWN, UNKNOWN_WHOSE, whose_cells
from rules.catalogue import ANSWER_LABELS, CHOICE, COUNTRY_CODES, TOLD_KIND

from ..readability import fernandez_huerta, flesch, syllables_en, syllables_es

LOCALE = Path(__file__).resolve().parents[2] / "locale"


def _spanish():
    return gettext.translation("django", localedir=LOCALE, languages=["es"])


def _headings():
    for q in QUESTIONS:
        yield q.text
        yield from (v.text for v in q.variants)


def _hints():
    for q in QUESTIONS:
        yield q.hint
        yield from (v.hint for v in q.variants)


# --- the contract ----------------------------------------------------------------------------

def test_offer_kind_is_asked_first_with_the_contract_values():
    assert QUESTIONS[0].id == "offer_kind"
    assert QUESTIONS[0].choices == ("treatment", "trial", "hospital_exemption",
                                    "compassionate_use", "transplant", "unsure")


SEEN_IN_WRITING_QUESTIONS = ["clean_room", "authorisation_document", "administrator_authorised",
                             "leaflet", "trial_ethics", "trial_insurance", "trial_consent"]
#: Questions only a clinic can answer: asked as what the patient was told (issue 24).
CLAIM_QUESTIONS = ["atmp", "clinical_trial", "regulator"]


@pytest.mark.parametrize("qid", SEEN_IN_WRITING_QUESTIONS)
def test_the_documents_questions_take_told_and_ask_what_was_seen_in_writing(qid):
    question = QUESTIONS_BY_ID[qid]
    assert question.kind == TOLD_KIND
    assert question.choices == ("yes", "told", "no", "unsure")
    assert question.label("told") == ANSWER_LABELS["told"] == "They only said so"
    for heading in (question.text, *(v.text for v in question.variants)):
        assert heading.startswith("Have you seen, in writing, "), heading


@pytest.mark.parametrize("qid", [*CLAIM_QUESTIONS, "pain_followup", "imaging_followup"])
def test_the_other_yes_no_questions_keep_their_values(qid):
    assert QUESTIONS_BY_ID[qid].choices == ("yes", "no", "unsure")


@pytest.mark.parametrize("qid", CLAIM_QUESTIONS)
def test_what_only_a_clinic_knows_is_asked_as_what_they_told_you(qid):
    question = QUESTIONS_BY_ID[qid]
    for heading in (question.text, *(v.text for v in question.variants)):
        assert heading.startswith("Did they tell you "), heading
    assert question.label("yes") == "They said yes"


JARGON = re.compile(r"\b(GMP|ATMP|autologous|allogeneic|intrathecal|EudraCT)\b", re.I)


def test_no_jargon_in_a_heading_or_a_hints_first_sentence():
    for q in QUESTIONS:
        for heading, hint in ((q.text, q.hint), *((v.text, v.hint) for v in q.variants)):
            assert not JARGON.search(heading), heading
            first = re.split(r"(?<=[.!?])\s", hint)[0]
            assert not JARGON.search(first), hint
            assert len(JARGON.findall(hint)) <= 1, hint


def test_the_choice_questions_have_at_least_the_contract_values():
    assert set(QUESTIONS_BY_ID["cell_type"].choices) >= {
        "own_fat", "own_bone_marrow", "own_blood", "cord_or_placenta", "donor_adult",
        "embryonic_or_fetal", "exosomes", "unsure"}
    assert set(QUESTIONS_BY_ID["condition_group"].choices) >= {
        "osteoarthritis", "tendon", "spine", "fracture", "osteonecrosis", "dry_mouth",
        "neurological", "diabetes", "heart_lung", "eye", "anti_ageing", "autoimmune",
        "blood_disease", "other", "unsure"}
    assert QUESTIONS_BY_ID["route"].choices == (
        "joint", "intravenous", "intrathecal", "surgical", "eye", "other", "unsure")
    assert {"travel_package", "upfront_payment", "limited_time_offer",
            "testimonials"} <= {w.id for w in WARNING_SIGNS}


def test_the_country_codes_are_those_of_django_countries():
    countries = pytest.importorskip("django_countries.data")
    assert set(countries.COUNTRIES) == COUNTRY_CODES


def test_every_choice_has_a_label_on_its_own_question():
    for q in QUESTIONS:
        for value in q.choices:
            assert q.label(value), (q.id, value)
    assert QUESTIONS_BY_ID["route"].label("eye") != QUESTIONS_BY_ID["condition_group"].label(
        "eye")


# --- applicability and wording ---------------------------------------------------------------

def test_a_hospitals_transplant_for_a_blood_disease_skips_everything_else():
    answers = {"offer_kind": "transplant", "provider": "hospital",
               "condition_group": "blood_disease"}
    assert [q.id for q in QUESTIONS if applicable(q.id, answers)] == [
        "offer_kind", "provider", "country", "condition_group"]


@pytest.mark.parametrize("changes", [{"provider": "private_clinic"},
                                     {"condition_group": "neurological"}])
def test_any_other_transplant_is_asked_everything_a_treatment_is(changes):
    answers = {"offer_kind": "transplant", "provider": "hospital",
               "condition_group": "blood_disease", **changes}
    treatment = {**answers, "offer_kind": "treatment"}
    assert [q.id for q in QUESTIONS if applicable(q.id, answers)] == [
        q.id for q in QUESTIONS if applicable(q.id, treatment)]


def test_trial_questions_only_for_a_trial():
    for kind in ("treatment", "hospital_exemption", "compassionate_use", "unsure", None):
        answers = {"offer_kind": kind} if kind else {}
        assert not applicable("trial_number", answers)
        assert applicable("authorisation_number", answers)
    trial = {"offer_kind": "trial"}
    assert applicable("trial_number", trial) and applicable("trial_free", trial)
    assert not applicable("clinical_trial", trial)  # what a trial is there to find out
    assert not applicable("authorisation_number", trial)


def test_the_cell_type_decides_whether_whose_cells_is_asked():
    assert applicable("cell_source", {"cell_type": "unsure"})
    assert applicable("cell_source", {})
    assert not applicable("cell_source", {"cell_type": "own_fat"})
    assert not applicable("extraction_days", {"cell_type": "exosomes"})
    assert applicable("extraction_days", {"cell_type": "cord_or_placenta"})


@pytest.mark.parametrize("cell_type, cell_source, whose", [
    ("own_fat", None, OWN), ("cord_or_placenta", None, DONOR), (None, "allogeneic", DONOR),
    ("unsure", "autologous", OWN), ("own_blood", "allogeneic", UNKNOWN_WHOSE),
    ("exosomes", "autologous", NOT_CELLS), (None, None, UNKNOWN_WHOSE),
    ("embryonic_or_fetal", None, DONOR),
])
def test_whose_cells(cell_type, cell_source, whose):
    assert whose_cells(cell_type, cell_source) == whose


def test_the_days_question_is_worded_for_a_donor_when_the_cells_are_a_donors():
    own_text, _ = wording("extraction_days", {"cell_type": "own_fat"})
    donor_text, donor_hint = wording("extraction_days", {"cell_source": "allogeneic"})
    assert own_text == QUESTIONS_BY_ID["extraction_days"].text
    assert "donor" in donor_text and "made in advance" in donor_hint


def test_some_questions_are_worded_for_the_legal_route():
    assert "trial" in wording("regulator", {"offer_kind": "trial"})[0]
    assert "hospital" in wording("administrator_authorised",
                                 {"offer_kind": "hospital_exemption"})[0]
    assert wording("regulator", {"offer_kind": "treatment"})[0] == QUESTIONS_BY_ID[
        "regulator"].text


# --- reading ease (issue 14) -----------------------------------------------------------------

def test_the_syllable_counters():
    assert [syllables_en(w) for w in ("cell", "medicine", "people", "MRI", "agency")] == [
        1, 3, 2, 3, 3]
    assert [syllables_es(w) for w in ("célula", "médula", "país", "agua", "tratamiento")] == [
        3, 3, 2, 2, 4]


def test_every_english_heading_reads_at_50_or_more():
    scores = {text: flesch(text) for text in _headings()}
    assert min(scores.values()) >= 50, min(scores, key=scores.__getitem__)


def test_english_hints_read_at_60_or_more_on_average():
    scores = [flesch(h) for h in _hints()]
    assert sum(scores) / len(scores) >= 60


def test_spanish_hints_read_at_60_or_more_on_average():
    es = _spanish()
    translated = [es.gettext(h) for h in _hints()]
    assert all(t != h for t, h in zip(translated, _hints(), strict=True))
    scores = [fernandez_huerta(t) for t in translated]
    assert sum(scores) / len(scores) >= 60


def test_every_new_text_is_translated():
    es = _spanish()
    texts = [*_headings(), *_hints(), *(q.short for q in QUESTIONS), *(q.ask for q in QUESTIONS)]
    for q in QUESTIONS:
        texts += [q.label(v) for v in q.choices] + [h for _, h in q.option_hints]
    texts += [t for w in WARNING_SIGNS for t in (w.label, w.hint, w.ask)]
    untranslated = [t for t in texts if es.gettext(t) == t and t not in ("Diabetes", "No")]
    assert untranslated == []


def test_choice_questions_have_options_and_no_others_do():
    for q in QUESTIONS:
        assert (q.kind == CHOICE) == bool(q.options)
