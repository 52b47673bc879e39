"""The rules' texts that speak to the patient, reworded for the doctor's PDF.

The rules write their reasons, warning signs and answers for the patient's result page:
"You were told...", "your own cells", "My own cells, from fat". The doctor's PDF reads them
to a doctor, so ``add_doctor`` passes each through here: a text with a doctor's version is
replaced by it (same facts, same source, "the patient" instead of "you"); any other text is
returned as it is. The rules' own texts have their doctor's version beside them
(``Rule.doctor`` and the like), and so do the questions for the clinic (``Question.doctor_ask``,
``WarningSign.doctor_ask``); this module keeps only the engine's own reasons and the answers.
rules/table.py refuses at import a rule, criterion or sign whose text speaks to the patient
without its doctor's version, and ``tests/checker/test_doctor_voice.py`` checks that every
reason the rules can give reads without "you" or "my" in English.
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
# import that every text in the patient's voice has one.

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

#: The questions for the clinic in the doctor's words, by what they are about (a question id
#: or a warning sign id): each question's and sign's ``doctor_ask``. Questions that ask the
#: same thing share one text, so the PDF asks it once.
ASKS: dict[str, Promise] = {
    **{q.id: gettext_lazy(q.doctor_ask) for q in rules.QUESTIONS},
    **{s.id: gettext_lazy(s.doctor_ask) for s in rules.WARNING_SIGNS},
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
