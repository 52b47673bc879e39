"""Every number the rules use, in one place. The culture times are ITRT's (itrt-guide, question
8), a seller's figures: they shape questions to ask and decide no verdict alone; the numbers
that decide a red verdict (the same day, the count of warning signs) rest on independent
sources.

Explanations refer to these through named placeholders instead of repeating them.
``PARAM_NOTES`` says what each number means and where it comes from.
"""

from dataclasses import dataclass

from .i18n import _
from .sources import check_source

#: Cells extracted and applied on the same day are not an authorised medicine.
SAME_DAY = 0
#: Autologous cells (the patient's own) must be cultured, which takes at least 21 days.
AUTOLOGOUS_MIN_CULTURE_DAYS = 21
#: Allogeneic cells (a donor's) from cryopreserved stock take 10 to 15 days to prepare.
ALLOGENEIC_MIN_CULTURE_DAYS = 10
ALLOGENEIC_TYPICAL_MAX_DAYS = 15
#: A donor's cells from an ongoing culture take 1 to 2 weeks: 7 days is the shortest time
#: ITRT gives for preparing any cells, so fewer days cannot have been grown.
DONOR_MIN_DAYS = 7
DONOR_ONGOING_CULTURE_MAX_DAYS = 14
#: The largest interval the questionnaire accepts.
MAX_EXTRACTION_DAYS = 365
#: This many warning signs together make the offer a clear "do not go ahead".
WARNING_SIGNS_FOR_RED = 3

PARAMS = {
    "same_day": SAME_DAY,
    "autologous_min_days": AUTOLOGOUS_MIN_CULTURE_DAYS,
    "allogeneic_min_days": ALLOGENEIC_MIN_CULTURE_DAYS,
    "allogeneic_max_days": ALLOGENEIC_TYPICAL_MAX_DAYS,
    "donor_min_days": DONOR_MIN_DAYS,
    "donor_culture_max_days": DONOR_ONGOING_CULTURE_MAX_DAYS,
    "max_days": MAX_EXTRACTION_DAYS,
    "signs_for_red": WARNING_SIGNS_FOR_RED,
}


# --- What each number means (shown on the methodology page) ---------------------------------

@dataclass(frozen=True, slots=True)
class ParamNote:
    #: What the number is, in plain words (a message id).
    meaning: str
    source: str
    #: True when the figure is this checker's own choice resting on the source, not a
    #: figure the source gives.
    our_choice: bool = False


PARAM_NOTES: dict[str, ParamNote] = {
    "same_day": ParamNote(
        _("Days between taking the cells and giving them back that count as the same day: a "
          "same-day procedure, which no agency has authorised as a medicine."),
        "ema-cat-2020",
    ),
    "autologous_min_days": ParamNote(
        _("The shortest time needed to grow a patient's own cells in a laboratory."),
        "itrt-guide",
    ),
    "allogeneic_min_days": ParamNote(
        _("The shortest time needed to prepare a donor's cells from frozen stock."),
        "itrt-guide",
    ),
    "allogeneic_max_days": ParamNote(
        _("The usual longest time needed to prepare a donor's cells from frozen stock."),
        "itrt-guide",
    ),
    "donor_min_days": ParamNote(
        _("The shortest time needed to prepare a donor's cells from a culture that is already "
          "growing (one week). Fewer days than this cannot have been grown, whoever's cells "
          "they are."),
        "itrt-guide",
    ),
    "donor_culture_max_days": ParamNote(
        _("The longest time usually needed to prepare a donor's cells from a culture that "
          "is already growing (two weeks)."),
        "itrt-guide",
    ),
    "max_days": ParamNote(
        _("The largest number of days the questionnaire accepts. It is a limit of the form, "
          "not a clinical figure."),
        "itrt-guide",
        our_choice=True,
    ),
    "signs_for_red": ParamNote(
        _("How many warning signs together make the verdict \"Do not go ahead\". The "
          "agencies and the guides list the signs; the number is this checker's own choice."),
        "fda-consumer-2021",
        our_choice=True,
    ),
}


def _check_notes() -> None:
    for name, note in PARAM_NOTES.items():
        if name not in PARAMS:
            raise ValueError(f"PARAM_NOTES: {name!r} is not a threshold in PARAMS")
        check_source(note.source, f"threshold {name!r}")


_check_notes()
