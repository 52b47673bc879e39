"""Every number the rules use, in one place (source: itrt-guide, question 8).

Explanations refer to these through named placeholders instead of repeating them.
"""

#: Cells extracted and applied on the same day are not an authorised medicine.
SAME_DAY = 0
#: Autologous cells (the patient's own) must be cultured, which takes at least 21 days.
AUTOLOGOUS_MIN_CULTURE_DAYS = 21
#: Allogeneic cells (a donor's) from cryopreserved stock take 10 to 15 days to prepare
#: (1 to 2 weeks from an ongoing culture); 10 days is the shortest credible interval.
ALLOGENEIC_MIN_CULTURE_DAYS = 10
ALLOGENEIC_TYPICAL_MAX_DAYS = 15
#: The largest interval the questionnaire accepts.
MAX_EXTRACTION_DAYS = 365
#: This many warning signs together make the offer a clear "do not go ahead".
WARNING_SIGNS_FOR_RED = 3

PARAMS = {
    "same_day": SAME_DAY,
    "autologous_min_days": AUTOLOGOUS_MIN_CULTURE_DAYS,
    "allogeneic_min_days": ALLOGENEIC_MIN_CULTURE_DAYS,
    "allogeneic_max_days": ALLOGENEIC_TYPICAL_MAX_DAYS,
    "max_days": MAX_EXTRACTION_DAYS,
    "signs_for_red": WARNING_SIGNS_FOR_RED,
}
