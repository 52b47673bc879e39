"""The advert scanner: the phrase table's import check, each rule on an example and a near
miss, spans into the original text, language, bad input, and the corpus."""

import dataclasses
import re

import pytest

import rules
from rules import phrases
from rules.advert.frames import FRAMES
from rules.phrases import BENIGN_SIGNS, PHRASES, SCAN_SIGNS
from rules.scan import MAX_CHARS, detect_language, fold, scan

from .advert_corpus import (
    DEV_LEGITIMATE,
    DEV_OFFERS,
    HELD_OUT_LEGITIMATE,
    HELD_OUT_OFFERS,
    LEGITIMATE,
    OFFERS,
)

# rule id -> (an example that must fire the rule, a near miss that must not), per language.
EXAMPLES: dict[str, list[tuple[str, str]]] = {
    "proven": [("Our therapy is clinically proven.", "Our therapy is not proven."),
               ("Un tratamiento clínicamente probado.", "Su eficacia no está probada.")],
    "breakthrough": [("A revolutionary stem cell therapy.",
                      "Research into potential breakthrough therapies continues."),
                     ("Una terapia revolucionaria.", "Una terapia con efectos adversos.")],
    "regulator_listing": [("Our clinic is FDA registered.", "Ask whether the FDA approved it."),
                          ("Clínica avalada por la COFEPRIS.", "Pregunte a la COFEPRIS.")],
    "guarantee": [("We guarantee results.", "We do not guarantee results."),
                  ("Resultados garantizados.", "No hay garantías de resultados."),
                  ("Le garantizamos la mejoría.", "Sin garantía de resultados.")],
    "cure": [("Stem cells cure diabetes.", "We do not promise a cure."),
             ("La cura definitiva para la artrosis.", "No existe una cura para la ELA."),
             ("Get the cure for arthritis you deserve.",
              "A transplant can cure some leukaemias.")],
    "success_rate": [("A 95% success rate.", "Success varies from patient to patient."),
                     ("El 90% de éxito.", "El éxito no está asegurado.")],
    "no_side_effects": [("No side effects!", "Like all medicines, it can cause side effects."),
                        ("Sin efectos secundarios.", "Puede tener efectos secundarios."),
                        ("Is it safe? The answer is yes.", "Is it safe? Ask your doctor."),
                        ("Tratamiento 100% seguro.", "No es un tratamiento seguro para todos.")],
    "treats_everything": [("Our cells treat over 80 diseases.", "It treats one disease."),
                          ("Tratamos más de 50 enfermedades.", "Tratamos una enfermedad.")],
    "fresh_cells": [("We use fresh, non-frozen cells.", "The cells are frozen and thawed."),
                    ("Usamos células frescas.", "Las células se congelan.")],
    "bypass_rules": [("Not approved in the US, but available here with no waiting lists.",
                      "The trial is approved in the US."),
                     ("Sin listas de espera.", "Hay una lista de espera.")],
    "no_evaluation": [("No medical records needed.", "Please bring your medical records."),
                      ("Sin necesidad de informes.", "Traiga sus informes médicos.")],
    "hurry": [("Book now, only 3 places left!", "Take your time and book when ready."),
              ("¡Reserve ya! Quedan pocas plazas.", "Tómese su tiempo para decidir.")],
    "limited_time": [("Limited-time offer!", "Offered for a long time."),
                     ("Oferta por tiempo limitado.", "Tiempo de espera limitado.")],
    "upfront": [("A deposit of $500 reserves your date.", "No deposit is required."),
                ("Pago por adelantado.", "No pedimos ningún pago por adelantado.")],
    "package_price": [("Package price: $4,800.", "Prices are set per patient."),
                      ("Precio total: 15.000 USD.", "El precio depende del caso.")],
    "price_amount": [("Treatment: $12,000", "Treatment: 12 sessions"),
                     ("Tratamiento: 8.000 €", "Tratamiento: 8 sesiones")],
    "travel": [("Flights and hotel included!", "Travel costs are reimbursed by the study."),
               ("Vuelos y hotel incluidos.", "El estudio reembolsa los gastos del viaje.")],
    "testimonial": [("Read our patient testimonials.", "Results are published in journals."),
                     ("Lea los testimonios.", "Lea el prospecto.")],
    "paid_trial": [("Pay to join our study.", "You will not have to pay to take part."),
                   ("La cuota de participación es de 9.000 €.", "La participación es gratuita.")],
    "same_day": [("Cells are injected the same day.", "We reply to messages the same day."),
                 ("Se inyectan las células el mismo día.", "Le respondemos el mismo día.")],
    "point_of_care": [("The cells are concentrated in a centrifuge.", "The cells are cultured."),
                      ("Las células se centrifugan.", "Las células se cultivan.")],
    "authorised_product": [("Holoclar is authorised (EU/1/14/987).", "Holocaust memorial."),
                           ("Spherox está autorizado.", "Esferas de colores.")],
    "registered_trial": [("Registered as NCT01234567.", "Registered as NCT0123."),
                         ("EudraCT 2010-020118-23.", "Número 2010-02.")],
    "free_participation": [("Taking part in the trial is free of charge.",
                            "The consultation is free of charge."),
                           ("La participación en el ensayo es gratuita.",
                            "La primera consulta es gratuita.")],
    "many_conditions_list": [("For autism, diabetes, knee arthritis and anti-aging.",
                              "For knee and hip arthritis."),
                             ("Para autismo, diabetes, artrosis y alopecia.",
                              "Para la artrosis de rodilla y de cadera.")],
}


def _rule_ids(text: str, language: str | None = None) -> set[str]:
    """The phrase rules whose own patterns fire (a claim frame of the same sign may cover
    the same words and win the merge of overlapping findings)."""
    from rules.advert import scanner

    return {rule for *_, rule in scanner.counted(text, language)}


# --- the table -------------------------------------------------------------------------------

def test_the_shipped_table_passes_its_check():
    phrases.check_phrases()


def _check_with(monkeypatch, **changes):
    for name, value in changes.items():
        monkeypatch.setattr(phrases, name, value)
    phrases.check_phrases()


@pytest.mark.parametrize("change,message", [
    ({"sign": "astrology"}, "unknown sign id 'astrology'"),
    ({"source": ""}, "missing source"),
    ({"source": "wikipedia"}, "unknown source id 'wikipedia'"),
    ({"en": ("(unclosed",)}, "does not compile"),
    ({"es": ("(?:x)?",)}, "matches the empty string"),
    ({"en": ()}, "English and Spanish"),
    ({"unless": ("[bad",)}, "does not compile"),
    ({"explanation": ""}, "no explanation"),
])
def test_it_rejects_a_bad_rule(monkeypatch, change, message):
    bad = dataclasses.replace(PHRASES[0], id="x", **change)
    with pytest.raises(ValueError, match=re.escape(message)):
        _check_with(monkeypatch, PHRASES=(*PHRASES, bad))


def test_it_rejects_a_duplicate_rule_id(monkeypatch):
    with pytest.raises(ValueError, match="duplicate rule id"):
        _check_with(monkeypatch, PHRASES=(*PHRASES, PHRASES[0]))


def test_it_rejects_a_bad_condition_group(monkeypatch):
    bad = dataclasses.replace(phrases.CONDITIONS[0], id="y", en=("a|",))
    with pytest.raises(ValueError, match="matches the empty string"):
        _check_with(monkeypatch, CONDITIONS=(*phrases.CONDITIONS, bad))


def test_the_signs_are_the_catalogue_plus_the_scanner_own_ones():
    assert set(rules.WARNING_SIGNS_BY_ID) <= SCAN_SIGNS
    extra = SCAN_SIGNS - set(rules.WARNING_SIGNS_BY_ID)
    assert extra <= {"travel_package", "upfront_payment", "limited_time_offer", "testimonials",
                     "same_day_procedure", "no_agency", *BENIGN_SIGNS}
    # every sign the scanner may return has at least one rule or claim frame
    assert ({r.sign for r in (*PHRASES, *FRAMES)} | {phrases.MANY_CONDITIONS.sign}
            == SCAN_SIGNS)


def test_every_rule_cites_a_known_source_and_has_an_example():
    assert set(EXAMPLES) == {r.id for r in PHRASES} | {phrases.MANY_CONDITIONS.id}
    for rule in PHRASES:
        assert rule.source in rules.SOURCES


# --- each rule -------------------------------------------------------------------------------

@pytest.mark.parametrize("rule_id,example,near_miss", [
    (rule_id, example, near_miss)
    for rule_id, pairs in EXAMPLES.items() for example, near_miss in pairs
])
def test_each_rule_fires_on_its_example_and_not_on_its_near_miss(rule_id, example, near_miss):
    assert rule_id in _rule_ids(example), example
    assert rule_id not in _rule_ids(near_miss), near_miss


@pytest.mark.parametrize("text", [
    "This treatment is not proven.",
    "It has not been proven to work.",
    "No hay garantías.",
    "No hay garantías de que funcione.",
    "We do not promise a cure.",
    "We cannot guarantee results.",
    "Sin garantía de resultados.",
    "No podemos garantizar resultados.",
    "Nunca prometemos una cura.",
    "There are risks: it is not 100% safe.",
    "No deposit, no upfront payment.",
    "Be wary of clinics that promise a cure or claim there are no side effects.",
    "Desconfíe de las clínicas que prometen una cura o resultados garantizados.",
    "This trial will find out whether the cells are safe and effective.",
    "El ensayo quiere saber si es seguro y eficaz.",
])
def test_negated_warned_about_or_hedged_claims_are_not_findings(text):
    assert [f.sign for f in scan(text).findings if f.sign not in BENIGN_SIGNS] == []


def test_accents_case_and_inflections_are_folded():
    for text in ("RESULTADOS GARANTIZADOS", "resultados garantizados", "Éxito garantizado",
                 "Mejoría garantizada", "Garantizamos resultados"):
        assert "guaranteed_results" in scan(text, language="es").signs, text
    for text in ("Guaranteed Results", "results are guaranteed", "we guarantee your recovery"):
        assert "guaranteed_results" in scan(text, language="en").signs, text


def test_a_phrase_across_a_line_break_or_hyphen_is_found():
    assert "limited_time_offer" in scan("Limited\ntime offer").signs
    assert "travel_package" in scan("All-inclusive stay").signs
    assert "no_risks_claim" in scan("Side-effect-free treatment").signs


# --- spans -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tratamiento 100% seguro y sin efectos secundarios. ¡Resultados garantizados!",
    "🎉🎉 Ｆｕｌｌｗｉｄｔｈ – “No side effects” — guaranteed results 🎉",
    "İstanbul clinic: ﬁnal price $9,000, no side effects.",
    "Tratamiento sin efectos secundarios garantizado",  # decomposed accents (NFD)
    "Straße, ß and ǅ first; then: no side effects, results guaranteed.",
])
def test_spans_point_at_the_quoted_text_in_the_original(text):
    result = scan(text)
    assert result.findings
    for finding in result.findings:
        assert text[finding.start:finding.end] == finding.quote
        assert finding.quote.strip() == finding.quote


def test_spans_survive_decomposed_accents():
    text = "Resultados garantizados, sin efectos secundarios."
    result = scan(text, language="es")
    quotes = [f.quote for f in result.findings]
    assert "Resultados garantizados" in quotes and "sin efectos secundarios" in quotes


def test_fold_keeps_the_length_of_composed_text():
    text = "ÁÉÍÓÚ ñ “quoted” – İ ß ﬁ ⭐"
    folded, offsets = fold(text)
    assert offsets is None and len(folded) == len(text)
    assert folded.startswith("aeiou n \"quoted\" - ")


def test_findings_are_in_text_order_and_signs_in_order_of_first_appearance():
    result = scan("Book now! No side effects. Book today. Results guaranteed.")
    starts = [f.start for f in result.findings]
    assert starts == sorted(starts)
    assert result.signs == ("pressure_to_decide", "no_risks_claim", "guaranteed_results")


def test_overlapping_matches_of_one_sign_are_one_finding():
    result = scan("Clinically proven, proven results.")
    spans = [(f.start, f.end) for f in result.findings if f.sign == "no_evidence"]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_findings_carry_explanation_and_source():
    finding = scan("Pay to join our study.").findings[0]
    assert finding.sign == "pay_for_trial"
    assert finding.source == "turner-2017" and "pay" in finding.explanation
    assert scan("Pay to join our study.").to_json_dict()["findings"][0] == {
        "sign": "pay_for_trial", "start": finding.start, "end": finding.end,
        "quote": finding.quote, "explanation": finding.explanation, "source": "turner-2017"}


# --- language and input ----------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("The treatment is safe and our patients love it.", "en"),
    ("El tratamiento es seguro y nuestros pacientes lo recomiendan.", "es"),
    ("¿Es seguro? Sí.", "es"),
    ("", "en"),
    ("12345", "en"),
])
def test_language_is_detected(text, language):
    assert detect_language(text) == language


def test_the_given_language_chooses_the_rules():
    assert scan("Resultados garantizados", language="en").signs == ()
    assert scan("Resultados garantizados", language="es").language == "es"


def test_an_unknown_language_is_an_error():
    with pytest.raises(ValueError, match="language"):
        scan("text", language="fr")


def test_empty_and_plain_texts_have_no_findings():
    assert scan("").findings == ()
    assert scan("   \n ").findings == ()
    assert scan("Please bring your medical records to the appointment.").findings == ()


def test_a_text_at_the_limit_is_scanned_up_to_the_most_findings_and_says_so():
    from rules.advert.scanner import MAX_FINDINGS

    text = ("Guaranteed results. " * (MAX_CHARS // 20))[:MAX_CHARS]
    result = scan(text)
    assert len(text) == MAX_CHARS
    assert len(result.findings) == MAX_FINDINGS and not result.complete
    assert [f.start for f in result.findings] == sorted(f.start for f in result.findings)
    assert result.findings[0].start == 0  # the first ones, in text order
    short = scan(("Guaranteed results. " * 50).strip())
    assert len(short.findings) == 50 and short.complete


# --- the corpus ------------------------------------------------------------------------------

def test_the_corpus_has_enough_texts_of_each_kind():
    for language in ("en", "es"):
        assert len([t for t in OFFERS if t.language == language]) >= 15
    assert len(LEGITIMATE) >= 7
    assert {t.source for t in OFFERS} >= {"bookimed-safety", "medicoexperts-safety",
                                          "regenamex-side-effects"}
    for text in (*OFFERS, *LEGITIMATE):
        assert text.signs <= SCAN_SIGNS - BENIGN_SIGNS and text.benign <= BENIGN_SIGNS


@pytest.mark.parametrize("offer", DEV_OFFERS, ids=lambda t: t.id)
def test_every_unproven_offer_of_the_development_half_is_flagged(offer):
    result = scan(offer.text)
    assert result.language == offer.language
    assert set(result.warning_signs) & offer.signs


@pytest.mark.parametrize("text", DEV_LEGITIMATE, ids=lambda t: t.id)
def test_no_legitimate_text_of_the_development_half_gets_a_warning_sign(text):
    result = scan(text.text)
    assert result.language == text.language
    assert result.warning_signs == ()
    assert set(result.signs) == text.benign


def _sign_counts(texts):
    found = wrong = missed = 0
    for text in texts:
        got = set(scan(text.text).warning_signs)
        found += len(got & text.signs)
        wrong += len(got - text.signs)
        missed += len(text.signs - got)
    return found, wrong, missed


def test_the_development_half_signs_are_mostly_found():
    found, wrong, missed = _sign_counts((*DEV_OFFERS, *DEV_LEGITIMATE))
    assert found / (found + missed) >= 0.8
    assert wrong / (found + wrong) <= 0.2


def test_the_held_out_half_meets_the_targets():
    """The half never tuned on: at least 85% of offers flagged, at most 1 in 7 legitimate
    texts flagged, precision 0.7 and recall 0.6 over the warning signs."""
    offers = [bool(scan(t.text).warning_signs) for t in HELD_OUT_OFFERS]
    legitimate = [bool(scan(t.text).warning_signs) for t in HELD_OUT_LEGITIMATE]
    assert sum(offers) / len(offers) >= 0.85
    assert sum(legitimate) / len(legitimate) <= 1 / 7
    found, wrong, missed = _sign_counts((*HELD_OUT_OFFERS, *HELD_OUT_LEGITIMATE))
    assert found / (found + wrong) >= 0.7
    assert found / (found + missed) >= 0.6


def test_the_halves_do_not_share_a_text():
    assert not {t.id for t in (*DEV_OFFERS, *DEV_LEGITIMATE)} & {
        t.id for t in (*HELD_OUT_OFFERS, *HELD_OUT_LEGITIMATE)}
    assert len(HELD_OUT_OFFERS) >= 25 and len(HELD_OUT_LEGITIMATE) >= 10


def test_the_prefix_index_never_hides_a_match():
    """Every match a plain regex pass finds starts with a prefix the pattern is filed under,
    so trying only the filed patterns at each word start loses nothing."""
    from rules.scan import _PREFIX, _prefixes

    texts = [fold(t.text)[0] for t in (*OFFERS, *LEGITIMATE)]
    checked = 0
    for rule in PHRASES:
        for pattern in (*rule.en, *rule.es):
            prefixes = _prefixes(pattern)
            if prefixes is None:
                continue
            compiled = phrases.compile_pattern(pattern)
            for text in texts:
                for match in compiled.finditer(text):
                    head = text[match.start():match.start() + _PREFIX]
                    assert any(head.startswith(p) for p in prefixes), (pattern, head)
                    checked += 1
    assert checked > 200

