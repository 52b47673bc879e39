"""The advert scanner reads kinds of claim over word forms, in English and Spanish, and the
context around them: negation, reported speech, an agency as the speaker or the source, and
conditions of one body system."""

import pytest

from rules.advert.stemmed import compile_frame, stem_text
from rules.scan import scan


def _signs(text: str) -> set[str]:
    return set(scan(text).signs)


@pytest.mark.parametrize("text, sign", [
    ("Eliminate your knee pain with the industry's latest proven alternatives to surgery.",
     "no_evidence"),
    ("Eliminate your knee pain with the industry's latest proven alternatives to surgery.",
     "guaranteed_results"),
    ("Our therapies can effectively reduce and even eliminate your pain.", "guaranteed_results"),
    ("It eliminated the pain in my knees.", "guaranteed_results"),
    ("It is possible to reverse the condition and restore all, or part, of the pancreatic "
     "functions.", "guaranteed_results"),
    ("The cells regenerated her worn cartilage.", "guaranteed_results"),
    ("I assured them that the pain in their knees will soon subside.", "guaranteed_results"),
    ("There are few side effects.", "no_risks_claim"),
    ("There is no rejection.", "no_risks_claim"),
    ("Patients are never worse than prior to the procedure.", "no_risks_claim"),
    ("The treatment is completely safe.", "no_risks_claim"),
    ("Nuestro tratamiento regenera el cartílago de la rodilla.", "guaranteed_results"),
    ("Las células madre eliminarán el dolor de su espalda.", "guaranteed_results"),
    ("Los efectos secundarios son mínimos.", "no_risks_claim"),
    ("Extraemos la grasa y la infiltramos en la rodilla en la misma sesión.",
     "same_day_procedure"),
    ("Obtenemos las células y en solo 3 horas sale de la clínica.", "same_day_procedure"),
    ("Harvest and injection of the cells in a single outpatient visit.", "same_day_procedure"),
    ("No necesita autorización de la AEMPS porque no es un medicamento: son sus células.",
     "no_agency"),
    ("Our cell treatment does not need FDA approval.", "no_agency"),
])
def test_a_kind_of_claim_is_found_in_its_word_forms(text, sign):
    assert sign in _signs(text), text


@pytest.mark.parametrize("text", [
    "Some clinics claim that stem cells can cure Parkinson's and have no side effects.",
    "Beware of clinics that say their cells regenerate cartilage.",
    "The agency warns that these clinics promise to eliminate pain.",
    "Algunas clínicas afirman que sus terapias curan la artrosis y no tienen efectos "
    "secundarios.",
    "La agencia advierte de que estas terapias no están autorizadas.",
    "We do not promise to eliminate your pain.",
    "No le pediremos ningún pago por participar en el ensayo.",
    "The agency found the product safe and effective in two trials.",
])
def test_reported_negated_or_agency_claims_are_not_warning_signs(text):
    assert not (set(scan(text).warning_signs) - {"free_participation"}), text


def test_conditions_of_one_body_system_are_not_unrelated_illnesses():
    assert "many_conditions" not in _signs(
        "We treat arthritis of the knee, hip and shoulder, tendon injuries and back pain.")
    assert "many_conditions" in _signs(
        "We treat arthritis of the knee, diabetes, autism and heart failure.")


def test_an_approval_or_a_register_record_is_not_an_offer():
    appraisal = ("Technology appraisal guidance. The list price is £10,000 per treatment. "
                 "The committee concluded it is safe and effective.")
    assert scan(appraisal).warning_signs == ()
    letter = ("WARNING LETTER. Your website states: \"Our injections repair damaged nerves.\" "
              "The list price is $9,000.")
    assert "guaranteed_results" in scan(letter).signs


def test_a_frame_covers_the_word_forms_of_its_words():
    pattern = compile_frame("eliminate ~3 pain", "en")
    import re

    for text in ("eliminates the pain", "eliminating your knee pain", "eliminated pain"):
        assert re.search(pattern, stem_text(text, "en").line), text
    assert not re.search(pattern, stem_text("eliminate. pain", "en").line)


@pytest.mark.parametrize("frame", ["", "~3 pain", "pain ~3", "pain ~13 gone", "pa(in"])
def test_a_bad_frame_is_an_error(frame):
    with pytest.raises(ValueError):
        compile_frame(frame, "en")


def test_a_frame_quote_is_the_text_at_its_offsets():
    text = "Sí: ELIMINAMOS   el dolor de rodilla."
    result = scan(text)
    assert [f.quote for f in result.findings if f.sign == "guaranteed_results"] == [
        "ELIMINAMOS   el dolor"]
    for finding in result.findings:
        assert text[finding.start:finding.end] == finding.quote


def test_a_question_asks_and_does_not_claim():
    assert scan("Will I have to pay to take part in the trial? No.").warning_signs == ()
    assert "pay_for_trial" in scan("You pay to take part in the trial.").signs


def test_a_discount_is_not_a_payment_in_advance():
    assert "upfront_payment" not in scan("¡Reserva ya con un 30% de descuento!").signs
    assert "upfront_payment" in scan("Reserve con un 30% del precio.").signs


def test_cells_grown_for_weeks_are_not_a_same_day_procedure():
    assert "same_day_procedure" not in scan(
        "Extraemos cartílago y, tras cultivar las células durante semanas en el laboratorio, "
        "las inyectamos en una segunda operación.").signs
    assert "same_day_procedure" in scan(
        "Le extraemos médula ósea, la concentramos y se la inyectamos antes de comer.").signs
