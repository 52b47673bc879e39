"""The rules' texts that speak to the patient, reworded for the doctor's PDF.

The rules write their reasons, warning signs and answers for the patient's result page:
"You were told...", "your own cells", "My own cells, from fat". The doctor's PDF reads them
to a doctor, so ``add_doctor`` passes each through here: a text with a doctor's version is
replaced by it (same facts, same source, "the patient" instead of "you"); any other text is
returned as it is. The versions are keyed by the rules' own objects (a rule's id, a sign's
id, an answer value, the engine's named reasons).
``tests/checker/test_doctor_voice.py`` checks that every reason the rules can give reads
without "you" or "my" in English, so a new rule in the patient's voice fails it until it
has a version here.
"""

from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

import rules
from rules import engine
from rules.question_model import AUTOLOGOUS, OWN_BLOOD, OWN_BONE_MARROW, OWN_FAT, TRIAL

_RULES_BY_ID = {r.id: r for r in rules.RULES}

#: Decisive rules (their explanation becomes a verdict reason), by rule id.
_BY_RULE: dict[str, Promise] = {
    "atmp_no": gettext_lazy(
        "The patient was told the product is not a cell medicine (an advanced therapy "
        "medicinal product). Then no agency has authorised it as a medicine, and for most "
        "uses there is no proof that it helps."),
    "clinical_trial_no": gettext_lazy(
        "No clinical trial has shown that this treatment is safe and works, and it is sold "
        "to the patient as a treatment. Only a trial can show that."),
    "regulator_no": gettext_lazy(
        "The patient was told no medicines agency checks or allowed this product, so nobody "
        "independent checks its quality or its side effects. A cell medicine, a hospital "
        "exemption and compassionate use all need the agency."),
    "trial_agency_no": gettext_lazy(
        "The patient was told the medicines agency did not allow this trial. A trial of a "
        "cell medicine needs the agency's authorisation as well as an ethics committee's."),
    "trial_free_no": gettext_lazy(
        "The patient would pay to take part. Taking part in a real trial of a new product "
        "is free: being charged is a sign that it is a sale, not research."),
    # The doctor weighs the facts: no "walk away", and no legal claim the answers cannot show.
    "same_day": gettext_lazy(
        "The cells would be taken and given back on the same day, so they cannot have been "
        "grown in culture, which takes weeks. Ask what exactly is given and under which "
        "authorisation."),
    # Worded so that one day reads as well as many ("1 days is too short...").
    "not_grown": gettext_lazy(
        "Days between taking the cells and giving them back: %(days)d. That is too short "
        "to grow any cells: even a donor's cells from a growing culture take at least "
        "%(donor_min_days)d days, the patient's own at least %(autologous_min_days)d."),
}

#: Warning signs (the findings row, and a verdict reason when serious), by sign id.
SIGNS: dict[str, Promise] = {
    "no_risks_claim": gettext_lazy("Told there are no risks"),
    "pressure_to_decide": gettext_lazy("Pushed to decide quickly"),
    "no_medical_evaluation": gettext_lazy(
        "Accepted without a diagnosis or a look at the medical records"),
    "upfront_payment": gettext_lazy(
        "All or most of the price to be paid before treatment"),
    "pay_for_trial": gettext_lazy("Asked to pay to take part in a \"trial\""),
}

#: Answers in the patient's words ("My own cells..."), by answer value.
ANSWERS: dict[str, Promise] = {
    AUTOLOGOUS: gettext_lazy("The patient's own cells (autologous)"),
    OWN_FAT: gettext_lazy("The patient's own cells, from fat"),
    OWN_BONE_MARROW: gettext_lazy("The patient's own cells, from bone marrow"),
    OWN_BLOOD: gettext_lazy("The patient's own cells, from blood"),
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
    engine.CLINIC_NOT_TRANSPLANT: gettext_lazy(
        "If a clinic, rather than a hospital's haematology team, made the offer, the "
        "patient can answer again choosing \"a treatment sold by a clinic or a doctor\": "
        "the checker then judges it."),
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
    **{_RULES_BY_ID[rule_id].explanation: text for rule_id, text in _BY_RULE.items()},
    **{rules.WARNING_SIGNS_BY_ID[sign_id].label: text for sign_id, text in SIGNS.items()},
    **_BY_TEXT,
}


def reason(msgid: str, params: dict[str, Any], fallback: str) -> str:
    """A verdict reason in the doctor's words; ``fallback`` (the patient's) if it has none."""
    version = REASONS.get(msgid)
    return str(version) % params if version is not None else fallback
