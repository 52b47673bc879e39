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
    engine.GREEN_REASONS[TRIAL]: gettext_lazy(
        "Every condition of a real clinical trial that the patient was asked about is met, "
        "the key documents were seen in writing and no warning sign was reported."),
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
