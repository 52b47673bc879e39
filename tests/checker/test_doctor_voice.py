"""The doctor's PDF speaks about the patient, not to them (checker/report/doctor_voice.py).

The rules write their reasons, warning signs and answers for the patient ("You were told",
"My own cells"). Issue 13 asks for a PDF written for the doctor, so every text the PDF takes
from the rules, other than the lists it labels as the patient's own (their questions for the
clinic, the after-treatment red flags they are to watch for), reads in the third person.
"""

import re
from datetime import UTC, datetime

import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings

import rules
from checker.report import doctor_voice
from checker.report.context import build_report
from checker.report.doctor import add_doctor
from checker.report.pdf import render_pdf
from checker.staff.preview import sample_context
from checker.staff.samples import SAMPLES
from rules import engine
from rules.table import CRITERIA
from tests.answers import answers_for
from tests.rules.strategies import full_answers

from .. import pdfread

#: "you", "your", "I", "my", "me": the patient's voice, in English.
PATIENT_VOICE = re.compile(r"\b(you|your|yours|I|my|me)\b", re.IGNORECASE)
CREATED = datetime(2026, 12, 6, tzinfo=UTC)
#: The lists the PDF labels as the patient's own: their words are kept on purpose.
PATIENTS_OWN = ("questions", "sources")
#: Judgement v3: a transplant is out of scope when a hospital gives it for a blood disease.
TRANSPLANT = {"offer_kind": "transplant", "provider": "hospital", "country": "ES",
              "condition_group": "blood_disease"}


def _texts(value, path=""):
    """Every string in the doctor's part of a context, with where it is."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in PATIENTS_OWN:
                yield from _texts(item, f"{path}.{key}")
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item, path)
    elif isinstance(value, str):
        yield path, value


def _in_patient_voice(made: dict) -> list[tuple[str, str]]:
    return [(path, text) for path, text in _texts(made["doctor"], "doctor")
            if PATIENT_VOICE.search(text)]


def _candidate_reasons() -> dict[str, str]:
    """Every text the engine can give as a verdict reason, by msgid (rules/engine.py)."""
    found = {r.explanation: f"rule {r.id}" for r in rules.RULES if r.decisive}
    for criterion in CRITERIA:
        found[criterion.not_met] = f"criterion {criterion.id}"
        found[criterion.unknown] = f"criterion {criterion.id}"
    found.update({s.label: f"sign {s.id}" for s in rules.WARNING_SIGNS if s.serious})
    found.update({text: "green" for text in (*engine.GREEN_REASONS.values(),
                                            engine.GREEN_DEFAULT)})
    # The engine's own reasons: a transplant, paying for a trial, unsure of the signs.
    for where, answers in (
            ("out of scope", TRANSPLANT),
            ("paying trial", answers_for("trial", warning_signs=["upfront_payment"])),
            ("signs unsure", answers_for("treatment", warning_signs="unsure"))):
        for reason in rules.assess(answers).reasons:
            found.setdefault(reason.text, where)
    return found


def test_every_reason_in_the_patients_voice_has_a_doctors_version():
    missing = [f"{where}: {text}" for text, where in _candidate_reasons().items()
               if PATIENT_VOICE.search(text) and text not in doctor_voice.REASONS]
    assert missing == []
    # ...and no doctor's version is itself in the patient's voice.
    with translation.override("en"):
        versions = [*doctor_voice.REASONS.values(), *doctor_voice.SIGNS.values(),
                    *doctor_voice.ANSWERS.values(),
                    *(c.text for c in rules.safety.CHECKPOINTS),
                    *(c.text for c in rules.safety.BASELINES.values()),
                    *(c.text for c in rules.safety.EARLY_BY_ROUTE.values()),
                    rules.safety.DONOR_SCREENING.text,
                    *(c.text for c in rules.safety.TRANSPLANT_CHECKPOINTS)]
        assert [str(v) for v in versions if PATIENT_VOICE.search(str(v))] == []


def test_the_versions_are_keyed_by_texts_and_ids_the_rules_still_have():
    # A reworded engine text would otherwise silently fall back to the patient's words. The
    # rules', criteria's and signs' own versions are written beside their texts (issue 21).
    reasons = set(_candidate_reasons())
    own = {s.label for s in rules.WARNING_SIGNS} | {r.explanation for r in rules.RULES}
    own |= {text for c in CRITERIA for text in (c.not_met, c.unknown)}
    for msgid in doctor_voice.REASONS:
        assert msgid in reasons or msgid in own, msgid
    assert set(doctor_voice._BY_TEXT) <= reasons
    assert set(doctor_voice.SIGNS) <= set(rules.WARNING_SIGNS_BY_ID)


@settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))
@given(full_answers)
def test_no_doctor_text_is_in_the_patients_voice_for_any_answers(answers):
    with translation.override("en"):
        context = build_report(rules.assess(answers), reference="SAMPLE", created=CREATED,
                               offer={})
        assert _in_patient_voice(add_doctor(context).as_context()) == []


def test_a_transplant_reads_to_the_doctor_too():
    with translation.override("en"):
        context = build_report(rules.assess(TRANSPLANT),
                               reference="SAMPLE", created=CREATED, offer={})
        assert _in_patient_voice(add_doctor(context).as_context()) == []


def test_the_params_of_a_reworded_reason_are_filled_in():
    # Judgement v3: a short culture is no longer decisive, so it is not a verdict reason; the
    # doctor's versions keep the explanation's placeholders, so the same params fill both.
    placeholders = re.compile(r"%\((\w+)\)d")
    for rule in (r for r in rules.RULES if r.doctor):
        assert (sorted(placeholders.findall(rule.doctor))
                == sorted(placeholders.findall(rule.explanation))), rule.id
    answers = {**SAMPLES[rules.RED].answers, "extraction_days": 1}
    with translation.override("en"):
        context = build_report(rules.assess(answers), reference="SAMPLE", created=CREATED,
                               offer={})
        reasons = [r["text"] for r in add_doctor(context).verdict["reasons"]]
    assert reasons and not [r for r in reasons if "%(" in r or "Days between" in r]


def _pdf_text(language: str) -> str:
    with translation.override(language):
        pdf = render_pdf(sample_context(SAMPLES[rules.RED], CREATED))
    return " ".join(" ".join(text.split()) for text in pdfread.page_texts(pdf))


@pytest.mark.parametrize(("language", "doctor_words", "patient_words"), [
    ("en", ["The patient was told the product is not a medicine",
            "The patient's own cells, from fat", "Pushed to decide quickly",
            "the patient's history and medicines reviewed"],
     ["You were told", "My own cells", "You were pushed", "your history"]),
    ("es", ["Células propias, de la grasa", "Precio ofrecido"],
     ["Mis propias células"]),
])
def test_the_red_sample_pdf_speaks_about_the_patient(language, doctor_words, patient_words):
    text = _pdf_text(language)
    for words in doctor_words:
        assert words in text
    for words in patient_words:
        assert words not in text
