"""The rules' texts that speak to the patient, reworded for the doctor's PDF.

The rules write their reasons, warning signs and answers for the patient's result page:
"You were told...", "your own cells", "My own cells, from fat". The doctor's PDF reads them
to a doctor, so ``add_doctor`` passes each through here: a text with a doctor's version is
replaced by it (same facts, same source, "the patient" instead of "you"); any other text is
returned as it is. The rules' own texts have their doctor's version beside them
(``Rule.doctor`` and the like); this module keeps only the engine's own reasons, the answers
and the questions for the clinic.
``tests/checker/test_doctor_voice.py`` checks that every reason the rules can give reads
without "you" or "my" in English, so a new rule in the patient's voice fails it until it
has a version here.
"""

from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

import rules
from rules import engine
from rules.question_model import (
    AUTOLOGOUS,
    OWN_BLOOD,
    OWN_BONE_MARROW,
    OWN_CARTILAGE,
    OWN_EYE_SURFACE,
    OWN_FAT,
    PAY_TRAVEL,
    PRP,
    TRIAL,
)
from rules.table import CRITERIA

# The doctor's versions of the rules' own texts are written beside them (Rule.doctor,
# WarningSign.doctor, Criterion.doctor_not_met / doctor_unknown); rules/table.py checks at
# import that every decisive explanation in the patient's voice has one.

#: Warning signs (the findings row, and a verdict reason when serious), by sign id.
SIGNS: dict[str, Promise] = {s.id: gettext_lazy(s.doctor) for s in rules.WARNING_SIGNS
                             if s.doctor}

#: Answers in the patient's words ("My own cells..."), by answer value.
ANSWERS: dict[str, Promise] = {
    AUTOLOGOUS: gettext_lazy("The patient's own cells (autologous)"),
    OWN_FAT: gettext_lazy("The patient's own cells, from fat"),
    OWN_BONE_MARROW: gettext_lazy("The patient's own cells, from bone marrow"),
    OWN_BLOOD: gettext_lazy("The patient's own cells, from blood"),
    OWN_CARTILAGE: gettext_lazy("The patient's own cartilage cells, grown in a laboratory"),
    OWN_EYE_SURFACE: gettext_lazy(
        "The patient's own cells from the surface of the eye, grown in a laboratory"),
    PRP: gettext_lazy("Platelet-rich plasma (PRP), made from the patient's blood"),
    PAY_TRAVEL: gettext_lazy("Only the patient's travel and stay"),
}

#: The engine's own reasons (rules/engine.py), by the engine's text.
_BY_TEXT: dict[str, Promise] = {
    engine.PAYING_IN_A_TRIAL: gettext_lazy(
        "The patient would pay to take part in a trial. Taking part in a real trial of a "
        "new product is free."),
    engine.SIGNS_UNSURE: gettext_lazy(
        "The patient was not sure about the warning signs: go through them together, with "
        "the offer at hand."),
    # "Seen in writing" only for the documents the patient was asked about: the PDF lists
    # the others as still to ask for.
    engine.GREEN_REASONS[TRIAL]: gettext_lazy(
        "Every condition of a registered clinical trial that the patient was asked about is "
        "met, the documents the patient was asked about were seen in writing, and no warning "
        "sign was reported."),
    engine.GREEN_DEFAULT: gettext_lazy(
        "Every condition the patient was asked about is met, the documents the patient was "
        "asked about were seen in writing, and no warning sign was reported."),
    rules.VERDICTS[rules.OUT_OF_SCOPE].summary: gettext_lazy(
        "A blood or bone marrow stem cell transplant given by a hospital's haematology team "
        "is an established treatment for blood cancers and some blood diseases. This "
        "checker does not judge it: its benefits, risks and alternatives for this patient "
        "are for the haematology team to weigh."),
}

_ILLNESS = gettext_lazy("For which illness exactly is the product authorised, and where is "
                        "that published?")
_CELLS = gettext_lazy("Which cells are they, where do they come from, and how are they "
                      "processed and tested?")
_PROOF = gettext_lazy("Which clinical trial showed that it is safe and works for this illness, "
                      "and where are its results published?")
_SECOND_OPINION = gettext_lazy("Can the patient take time for a second opinion before deciding "
                               "or paying, at the same price?")
_PRICE = gettext_lazy("What does the price cover, in a written breakdown?")

#: The questions for the clinic in the doctor's words, by what they are about (a question id
#: or a warning sign id). Questions that ask the same thing share one text, so the PDF
#: asks it once.
ASKS: dict[str, Promise] = {
    "offer_kind": gettext_lazy(
        "Is this a paid treatment, a registered clinical trial, or a use the medicines agency "
        "allowed (hospital exemption, compassionate use)?"),
    "provider": gettext_lazy(
        "Is it given by a public or university hospital, or by a private clinic, and which "
        "one?"),
    "payment": gettext_lazy(
        "What exactly would the patient pay for, how much, and what is included?"),
    "product": gettext_lazy(
        "What is the product's name, and may the patient have its official leaflet?"),
    "followup_plan": gettext_lazy(
        "Which check-ups follow, when, with which tests, and are the results given to the "
        "patient?"),
    "country": gettext_lazy(
        "In which country, and in which clinic or hospital, would the patient be treated?"),
    "condition_group": _ILLNESS,
    "many_conditions": _ILLNESS,
    "cell_type": _CELLS,
    "origin_unexplained": _CELLS,
    "route": gettext_lazy("How exactly would the cells be given, and what are the risks of "
                          "that route?"),
    "atmp": gettext_lazy("Is the product an authorised advanced therapy medicinal product, and "
                         "what is its name?"),
    "clinical_trial": _PROOF,
    "no_evidence": _PROOF,
    "testimonials": _PROOF,
    "regulator": gettext_lazy("Which medicines agency regulates the product, and under which "
                              "registration?"),
    "clean_room": gettext_lazy("Where was the product made, and is that laboratory certified "
                               "for good manufacturing practice (GMP)?"),
    "authorisation_document": gettext_lazy(
        "A copy of the authorisation, or the trial's registration number."),
    "authorisation_number": gettext_lazy(
        "What is the authorisation number, and in which public register is it listed?"),
    "trial_number": gettext_lazy(
        "What is the trial's registration number, and in which register is it listed?"),
    "pay_for_trial": gettext_lazy(
        "Why is the patient asked to pay to take part, and what is the trial's registration "
        "number?"),
    "trial_ethics": gettext_lazy("Which ethics committee approved the trial, and may the "
                                 "patient see its approval?"),
    "no_protocol_or_ethics": gettext_lazy(
        "May the patient see the written treatment protocol and the ethics committee's "
        "approval?"),
    "trial_free": gettext_lazy("Will the patient pay anything to take part?"),
    "trial_insurance": gettext_lazy(
        "Which insurance covers the patient if the trial causes harm, and may they see the "
        "policy?"),
    "trial_consent": gettext_lazy("May the patient take the consent form home before signing?"),
    "administrator_authorised": gettext_lazy(
        "Are the clinic and the treating doctor authorised to give advanced therapy medicines, "
        "and can they show it?"),
    "leaflet": gettext_lazy(
        "The official product leaflet: dose, manufacturing and expiry dates, cell viability "
        "and characterisation."),
    "cell_source": gettext_lazy("Are the cells the patient's own or a donor's, and of what "
                                "type?"),
    "extraction_days": gettext_lazy(
        "How many days pass between taking the cells and giving them back, and what is done "
        "to them in that time?"),
    "pain_followup": gettext_lazy(
        "Which follow-up visits are planned, and which scales measure the illness before and "
        "after?"),
    "imaging_followup": gettext_lazy("Is imaging of the treated tissue planned, and when?"),
    "no_risks_claim": gettext_lazy("What are the risks, and what happens if something goes "
                                   "wrong?"),
    "unjustified_cost": _PRICE,
    "travel_package": gettext_lazy("Which part of the price pays for the treatment itself?"),
    "guaranteed_results": gettext_lazy(
        "What results can the patient realistically expect, and on what evidence?"),
    "pressure_to_decide": _SECOND_OPINION,
    "limited_time_offer": _SECOND_OPINION,
    "no_medical_evaluation": gettext_lazy(
        "How will the clinic assess whether the treatment suits the patient, and which records "
        "does it need?"),
    "upfront_payment": gettext_lazy(
        "What happens to the money if the patient does not go ahead or is found unsuitable?"),
}

#: Every reworded reason, by the rules' English text (its msgid).
REASONS: dict[str, Promise] = {
    **{r.explanation: gettext_lazy(r.doctor) for r in rules.RULES if r.doctor},
    **{c.not_met: gettext_lazy(c.doctor_not_met) for c in CRITERIA if c.doctor_not_met},
    **{c.unknown: gettext_lazy(c.doctor_unknown) for c in CRITERIA if c.doctor_unknown},
    **{s.label: gettext_lazy(s.doctor) for s in rules.WARNING_SIGNS if s.doctor},
    **_BY_TEXT,
}


def reason(msgid: str, params: dict[str, Any], fallback: str) -> str:
    """A verdict reason in the doctor's words; ``fallback`` (the patient's) if it has none."""
    version = REASONS.get(msgid)
    return str(version) % params if version is not None else fallback
