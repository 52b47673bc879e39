"""Principles 3 and 4: the days between taking the cells and giving them (criterion
``same_day_extraction``), and the follow-up (criterion ``follow_up``).

Own cells (or not known whose): the same day is a same-day procedure, red when it is sold
(ema-cat-2020, eu-tcd-2004) and a question for the surgeon when a hospital does it within an
operation at no charge; 1 to 6 days cannot have been grown and 7 to 20 is shorter than the 21
days ITRT gives (ask why: those thresholds are a seller's figures, so they decide nothing
alone); 21 or more is enough. A donor's cells: fewer than 7 days counted from ordering or
delivery are not culture time (ask whether it was made in advance); made in advance, or 7
days or more, fits (more than two weeks means stored, not grown for longer). Not sure whose:
21 days or more is enough for
either. In a registered trial, a short time is a question to ask, not a red flag: a trial
may be testing exactly that. A same-day procedure is described as what it is.
"""

from .facts import NOT_SOLD, PLAN, SCALES, SOLD
from .i18n import _
from .paper_texts import Said
from .question_model import ALLOGENEIC, AUTOLOGOUS, IN_ADVANCE, NO, TRIAL, UNSURE, YES
from .rule_model import MET, NOT_MET, NOT_TRIAL, UNKNOWN, Rule, When, kind_is
from .thresholds import (
    ALLOGENEIC_TYPICAL_MAX_DAYS,
    AUTOLOGOUS_MIN_CULTURE_DAYS,
    DONOR_MIN_DAYS,
    MAX_EXTRACTION_DAYS,
    SAME_DAY,
)

TIMING, FOLLOW_UP = "same_day_extraction", "follow_up"

_DAYS = "extraction_days"
_WHOSE = "cell_source"
_NOT_GROWN = (SAME_DAY + 1, DONOR_MIN_DAYS - 1)
_OWN_SHORT = (DONOR_MIN_DAYS, AUTOLOGOUS_MIN_CULTURE_DAYS - 1)
_ENOUGH_FOR_ANY = (AUTOLOGOUS_MIN_CULTURE_DAYS, MAX_EXTRACTION_DAYS)
_DONOR_PREPARED = (DONOR_MIN_DAYS, ALLOGENEIC_TYPICAL_MAX_DAYS)
_DONOR_STORED = (ALLOGENEIC_TYPICAL_MAX_DAYS + 1, MAX_EXTRACTION_DAYS)

_SAME_DAY_TEXT = _(
    "The cells would be taken and given back on the same day, so they cannot have been "
    "grown, and this is sold as a stem cell treatment. Cells taken and put back in one visit "
    "to do a new job (fat or marrow cells into a joint, a vein, the spine or the eye) are a "
    "medicine that needs authorisation, and the medicines agencies warn against such offers.")
# Worded so that 1 day reads as well as 6 (the range starts at 1: no "1 days is too short").
_NOT_GROWN_TEXT = _(
    "Days between taking the cells and giving them back: %(days)d. That is too short to "
    "grow any cells: even a donor's cells from a growing culture take at least "
    "%(donor_min_days)d days, your own at least %(autologous_min_days)d.")
_OWN_OR_UNKNOWN = When(_WHOSE, (AUTOLOGOUS, UNSURE))
_SOLD_OR_UNSURE = When("sale", (SOLD, UNSURE))
_NOT_SOLD = When("sale", (NOT_SOLD,))
_SAME_DAY_DAYS = When(_DAYS, days=(SAME_DAY, SAME_DAY))

TIMING_RULES: tuple[Rule, ...] = (
    Rule("same_day", TIMING, (kind_is(*NOT_TRIAL), _SAME_DAY_DAYS, _OWN_OR_UNKNOWN,
                              _SOLD_OR_UNSURE),
         NOT_MET, _SAME_DAY_TEXT, "ema-cat-2020", decisive=True, also=("eu-tcd-2004",),
         # The doctor weighs the facts: no "walk away", and no legal claim the answers cannot show.
         doctor=_("The cells would be taken and given back on the same day, so they cannot "
                  "have been grown in culture, which takes weeks. Ask what exactly is given "
                  "and under which authorisation.")),
    Rule(
        "same_day_in_hospital", TIMING,
        (kind_is(*NOT_TRIAL), _SAME_DAY_DAYS, _OWN_OR_UNKNOWN, _NOT_SOLD), NOT_MET,
        _("Cells taken and put back on the same day in a hospital, for example into a bone "
          "during an operation, can be part of the surgery itself: cells used as a graft "
          "within the same operation are outside the law on tissues and cells. Ask the "
          "surgeon what evidence supports adding them for your illness."),
        "eu-tcd-2004",
        doctor=_("Cells taken and put back on the same day in a hospital, for example into a "
                 "bone during an operation, can be part of the surgery itself: cells used as a "
                 "graft within the same operation are outside the law on tissues and cells. Ask "
                 "the surgeon what evidence supports adding them for this illness."),
    ),
    Rule(
        "same_day_procedure", TIMING, (_SAME_DAY_DAYS, _OWN_OR_UNKNOWN), NOT_MET,
        _("Cells taken, concentrated and put back in one visit are a same-day procedure. It "
          "is not a medicine that any agency has authorised."),
        "ema-cat-2020",
    ),
    Rule("not_grown", TIMING,
         (kind_is(*NOT_TRIAL), When(_DAYS, days=_NOT_GROWN), _OWN_OR_UNKNOWN), NOT_MET,
         _NOT_GROWN_TEXT, "itrt-guide",
        doctor=_("Days between taking the cells and giving them back: %(days)d. That is too "
                 "short to grow any cells: even a donor's cells from a growing culture take at "
                 "least %(donor_min_days)d days, the patient's own at least "
                 "%(autologous_min_days)d."),
    ),
    Rule(
        "donor_days_not_culture", TIMING,
        (kind_is(*NOT_TRIAL), When(_DAYS, days=(SAME_DAY, DONOR_MIN_DAYS - 1)),
         When(_WHOSE, (ALLOGENEIC,))), UNKNOWN,
        _("For a donor's cells, days counted from ordering or delivery are not time spent "
          "growing them: a donor product is grown beforehand and usually frozen. Ask whether "
          "it was made in advance by a laboratory, and for its leaflet with the batch and "
          "expiry dates."),
        "ema-cat-2020",
    ),
    Rule(
        "short_in_a_trial", TIMING,
        (kind_is(TRIAL), When(_DAYS, days=(SAME_DAY, DONOR_MIN_DAYS - 1))), NOT_MET,
        _("Days between taking the cells and giving them back: %(days)d. That is too short "
          "to grow cells. A trial may be testing cells that are not grown: ask the trial "
          "team how the cells are prepared, and check that the consent form says so."),
        "itrt-guide",
    ),
    # --- your own cells ---
    Rule(
        "autologous_too_soon", TIMING, (When(_WHOSE, (AUTOLOGOUS,)), When(_DAYS, days=_OWN_SHORT)),
        NOT_MET,
        _("Your own cells need at least %(autologous_min_days)d days of culture; "
          "%(days)d days is too short. Ask why, and what happens to the cells in that time."),
        "itrt-guide",
        doctor=_("The patient's own cells need at least %(autologous_min_days)d days of culture; "
                 "%(days)d days is too short. Ask why, and what happens to the cells in that "
                 "time."),
    ),
    Rule(
        "autologous_cultured", TIMING,
        (When(_WHOSE, (AUTOLOGOUS,)), When(_DAYS, days=_ENOUGH_FOR_ANY)), MET,
        _("%(days)d days leaves time to grow your own cells (at least %(autologous_min_days)d "
          "days are needed)."),
        "itrt-guide",
        doctor=_("%(days)d days leaves time to grow the patient's own cells (at least "
                 "%(autologous_min_days)d days are needed)."),
    ),
    Rule(
        "autologous_in_advance", TIMING, (When(_WHOSE, (AUTOLOGOUS,)), When(_DAYS, (IN_ADVANCE,))),
        UNKNOWN,
        _("Your own cells cannot be made before they are taken from you. Ask how many days "
          "pass between taking them and giving them back."),
        "itrt-guide",
        doctor=_("The patient's own cells cannot be made before they are taken. Ask how many "
                 "days pass between taking them and giving them back."),
    ),
    # --- a donor's cells ---
    Rule(
        "allogeneic_prepared", TIMING,
        (When(_WHOSE, (ALLOGENEIC,)), When(_DAYS, days=_DONOR_PREPARED)), MET,
        _("%(days)d days fits how a donor's cells are prepared: %(donor_min_days)d to "
          "%(donor_culture_max_days)d days from a growing culture, %(allogeneic_min_days)d to "
          "%(allogeneic_max_days)d days from frozen cells."),
        "itrt-guide",
    ),
    Rule(
        "allogeneic_stored", TIMING,
        (When(_WHOSE, (ALLOGENEIC,)), When(_DAYS, days=_DONOR_STORED)), MET,
        _("%(days)d days is longer than preparing a donor's cells takes, so they were stored, "
          "most likely frozen, not grown all that time. That fits a product made in advance: "
          "its leaflet should give the expiry date."),
        "itrt-guide",
    ),
    Rule(
        "allogeneic_in_advance", TIMING,
        (When(_WHOSE, (ALLOGENEIC,)), When(_DAYS, (IN_ADVANCE,))), MET,
        _("A donor's cells made in advance by a laboratory and stored, for example frozen, fit "
          "how a donor product is supplied. Its leaflet should give the expiry date."),
        "itrt-guide",
    ),
    # --- not sure whose ---
    Rule(
        "source_unknown_short", TIMING, (When(_WHOSE, (UNSURE,)), When(_DAYS, days=_OWN_SHORT)),
        NOT_MET,
        _("%(days)d days could be enough for a donor's cells but not for your own, which need "
          "at least %(autologous_min_days)d. Ask whose cells they are."),
        "itrt-guide",
        doctor=_("%(days)d days could be enough for a donor's cells but not for the patient's "
                 "own, which need at least %(autologous_min_days)d. Ask whose cells they are."),
    ),
    Rule(
        "source_unknown_enough", TIMING,
        (When(_WHOSE, (UNSURE,)), When(_DAYS, days=_ENOUGH_FOR_ANY)), MET,
        _("%(days)d days is enough to grow anyone's cells (at least %(autologous_min_days)d "
          "days are needed for your own)."),
        "itrt-guide",
        doctor=_("%(days)d days is enough to grow anyone's cells (at least "
                 "%(autologous_min_days)d days are needed for the patient's own)."),
    ),
    Rule(
        "source_unknown_in_advance", TIMING, (When(_WHOSE, (UNSURE,)), When(_DAYS, (IN_ADVANCE,))),
        UNKNOWN,
        _("Cells made in advance can only be a donor's. Ask whose cells they are."),
        "itrt-guide",
    ),
    Rule(
        "days_unknown", TIMING, (When(_DAYS, (UNSURE,)),), UNKNOWN,
        _("It is not known how many days pass between taking the cells and giving them, so it "
          "is not known whether they could have been grown."),
        "itrt-guide",
    ),
)


def _follow_up(question: str, yes: Said, no: Said, unsure: str, scheme: str = SCALES,
               source: str = "itrt-guide") -> tuple[Rule, ...]:
    """A follow-up question's rules; ``yes`` and ``no`` as (the patient's text, the doctor's
    version, "" when the patient's text speaks to no one)."""
    fits = When("follow_up", (scheme,))
    return (
        Rule(f"{question}_yes", FOLLOW_UP, (fits, When(question, (YES,))), MET, yes[0], source,
             doctor=yes[1]),
        Rule(f"{question}_no", FOLLOW_UP, (fits, When(question, (NO,))), NOT_MET, no[0], source,
             doctor=no[1]),
        Rule(f"{question}_unsure", FOLLOW_UP, (fits, When(question, (UNSURE,))), UNKNOWN,
             unsure, source),
    )


FOLLOW_UP_RULES: tuple[Rule, ...] = (
    *_follow_up(
        "pain_followup",
        (_("You were told your pain and function will be followed up on standard scales."),
         _("The patient was told pain and function will be followed up on standard scales.")),
        (_("There is no follow-up of pain and function on standard scales, so nobody will "
           "measure whether the treatment helped or harmed."), ""),
        _("It is not known whether pain and function will be followed up."),
    ),
    *_follow_up(
        "imaging_followup",
        (_("You were told an MRI scan will check whether the tissue has regenerated."),
         _("The patient was told an MRI scan will check whether the tissue has regenerated.")),
        (_("No imaging is planned, so nobody will check whether the tissue has regenerated."),
         ""),
        _("It is not known whether imaging will check the result."),
    ),
    *_follow_up(
        "followup_plan",
        (_("You were told of check-ups at set times, suited to your illness, with the results "
           "given to you."),
         _("The patient was told of check-ups at set times, suited to the illness, with the "
           "results given to the patient.")),
        (_("No follow-up suited to your illness is planned, so nobody will check whether the "
           "treatment helped or harmed you."),
         _("No follow-up suited to the illness is planned, so nobody will check whether the "
           "treatment helped or harmed the patient.")),
        _("It is not known what follow-up is planned."),
        scheme=PLAN, source="isscr-guide",
    ),
)

__all__ = ["FOLLOW_UP", "FOLLOW_UP_RULES", "TIMING", "TIMING_RULES"]
