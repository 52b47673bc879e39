"""The ten questions of the ITRT guide (seed ``itrt-guide``), in plain words.

Some have other headings for a trial, a hospital exemption, compassionate use or donor
cells (``Variant``; see ``rules.applicability``).
"""

from .i18n import _
from .question_model import (
    CELL_SOURCE,
    CLAIM_LABELS,
    DAYS,
    NOT_A_TRIAL,
    SOLD_AS_A_TREATMENT,
    TOLD_KIND,
    YES_NO,
    Question,
    Variant,
)

#: The doctor's ask that warning signs share (rules.signs), so the PDF asks it once.
ASK_PROOF = _("Which clinical trial showed that it is safe and works for this illness, and "
              "where are its results published?")

ATMP = Question(
    "atmp", "1", YES_NO,
    _("Did they tell you the product is a medicine made from cells?"),
    _("Told it is a cell medicine"),
    _("Only the clinic can know this, so we ask what they said. Many things sold as \"stem "
      "cells\" are not a medicine. Doctors call a cell medicine an advanced therapy medicine "
      "(ATMP)."),
    _("Is this product a cell medicine that the medicines agency has approved? What is its "
      "name?"),
    "itrt-guide",
    labels=CLAIM_LABELS,
    asked_for=NOT_A_TRIAL,
    page="told",
    criteria=("authorisation",),
    doctor_ask=_("Is the product an authorised advanced therapy medicinal product, and what is "
                 "its name?"),
)

CLINICAL_TRIAL = Question(
    "clinical_trial", "2", YES_NO,
    _("Did they tell you that a study in people showed it is safe and works?"),
    _("Told a trial proved it"),
    _("Only the clinic can know this, so we ask what they said. Doctors call such a study a "
      "clinical trial. Small studies and other patients' stories are not enough."),
    _("Which clinical trial showed that this treatment is safe and works? Where are its "
      "results published?"),
    "itrt-guide",
    labels=CLAIM_LABELS,
    asked_for=NOT_A_TRIAL,
    page="told",
    criteria=("authorisation",),
    doctor_ask=ASK_PROOF,
)

REGULATOR = Question(
    "regulator", "3", YES_NO,
    _("Did they tell you that the medicines agency checks this product?"),
    _("Told the agency checks it"),
    _("The agency checks quality and watches for side effects. In Spain it is the AEMPS, in "
      "the EU also the EMA. Your report names the agency for your country."),
    _("Which medicines agency regulates this product, and under what registration?"),
    "itrt-guide",
    labels=CLAIM_LABELS,
    variants=(
        Variant("trial", _("Did they tell you that the medicines agency allowed this trial?"),
                _("A trial needs the agency's go-ahead as well as an ethics committee's.")),
        Variant("hospital_exemption",
                _("Did they tell you the agency allowed this hospital to make it?"),
                _("In Spain the AEMPS gives this permission for one product in one "
                  "hospital.")),
        Variant("compassionate_use",
                _("Did they tell you the agency allowed this use for you?"),
                _("Compassionate use needs the agency's permission, asked for by the "
                  "hospital.")),
    ),
    page="told",
    criteria=("authorisation", "trial"),
    doctor_ask=_("Which medicines agency regulates the product, and under which registration?"),
)

CLEAN_ROOM = Question(
    "clean_room", "4", TOLD_KIND,
    _("Have you seen, in writing, that it is made in a certified clean lab?"),
    _("Made in a certified clean lab"),
    _("A clean lab keeps cells free of germs and follows written rules. Doctors call these "
      "rules good manufacturing practice (GMP)."),
    _("Where was the product made? Is that lab certified to make medicines?"),
    "itrt-guide",
    page="told",
    criteria=("gmp",),
    doctor_ask=_("Where was the product made, and is that laboratory certified for good "
                 "manufacturing practice (GMP)?"),
)

AUTHORISATION_DOCUMENT = Question(
    "authorisation_document", "5", TOLD_KIND,
    _("Have you seen, in writing, that the product is authorised?"),
    _("Authorisation seen in writing"),
    _("Ask for the paper or its number, so you can look it up yourself in a public "
      "register."),
    _("Please give me a copy of the authorisation for this treatment, or its clinical "
      "trial registration number."),
    "itrt-guide",
    variants=(
        Variant("trial", _("Have you seen, in writing, the trial's listing or permission?"),
                _("A real trial is listed in a public register. Ask for its number so you "
                  "can look it up yourself.")),
        Variant("hospital_exemption",
                _("Have you seen, in writing, the agency's permission for this hospital?"),
                _("The permission names the product and the one hospital that may make "
                  "it.")),
        Variant("compassionate_use",
                _("Have you seen, in writing, the agency's permission?"),
                _("The hospital asks the agency for it. Ask the hospital to show it to "
                  "you.")),
    ),
    page="seen",
    criteria=("authorisation", "trial"),
    doctor_ask=_("A copy of the authorisation, or the trial's registration number."),
)

ADMINISTRATOR_AUTHORISED = Question(
    "administrator_authorised", "6", TOLD_KIND,
    _("Have you seen, in writing, that the doctor or clinic may give it?"),
    _("Doctor or clinic allowed to give it"),
    _("Cell medicines may only be given by doctors and centres that hold a permission for "
      "them."),
    _("Are this clinic, and the doctor who will treat me, allowed to give cell medicines? "
      "Can I see that permission?"),
    "itrt-guide",
    variants=(
        Variant("hospital_exemption",
                _("Have you seen, in writing, that the permission names the hospital "
                  "that would treat you?"),
                _("A hospital exemption covers one hospital. The product may not be given "
                  "anywhere else.")),
        Variant("compassionate_use",
                _("Have you seen, in writing, that a hospital is arranging it for you?"),
                _("Compassionate use is arranged by a hospital, not sold by a clinic.")),
    ),
    asked_for=NOT_A_TRIAL,
    page="told",
    criteria=("authorisation",),
    doctor_ask=_("Are the clinic and the treating doctor authorised to give advanced therapy "
                 "medicines, and can they show it?"),
)

LEAFLET = Question(
    "leaflet", "7", TOLD_KIND,
    _("Have you seen, in writing, the official leaflet for the product?"),
    _("Official product leaflet"),
    _("It gives the dose, the dates it was made and runs out, how many cells are alive "
      "(viability) and what the cells are."),
    _("Can I have the official leaflet for this product, with the dose, the "
      "manufacturing and expiry dates, the cell viability and what the cells are?"),
    "itrt-guide",
    asked_for=SOLD_AS_A_TREATMENT,
    page="seen",
    criteria=("gmp",),
    doctor_ask=_("The official product leaflet: dose, manufacturing and expiry dates, cell "
                 "viability and characterisation."),
)

CELL_SOURCE_QUESTION = Question(
    "cell_source", "8a", CELL_SOURCE,
    _("Whose cells are they?"),
    _("Whose cells"),
    _("Your own cells and a donor's cells take different times to prepare in a lab."),
    _("Are the cells my own or a donor's? What type of cells are they?"),
    "itrt-guide",
    asked_when="whose_not_known",
    page="told",
    criteria=("same_day_extraction",),
    doctor_ask=_("Are the cells the patient's own or a donor's, and of what type?"),
)

EXTRACTION_DAYS = Question(
    "extraction_days", "8b", DAYS,
    _("How many days pass between taking your cells and giving them back?"),
    _("Days from taking the cells to giving them"),
    _("Growing cells in a lab takes weeks. Cells taken and put back on the same day cannot "
      "have been grown."),
    _("How many days pass between taking the cells and giving them back, and what is done to "
      "them in that time?"),
    "itrt-guide",
    variants=(
        Variant("donor",
                _("How many days pass between taking the donor's cells and giving them to "
                  "you?"),
                _("A donor's cells are grown for one to two weeks, or made before and "
                  "frozen. If so, choose \"made in advance\".")),
    ),
    asked_when="cells_to_grow",
    page="follow_up",
    criteria=("same_day_extraction",),
    doctor_ask=_("How many days pass between taking the cells and giving them back, and what is "
                 "done to them in that time?"),
)

PAIN_FOLLOWUP = Question(
    "pain_followup", "9", YES_NO,
    _("Will your pain and movement be measured before and after, on a standard scale?"),
    _("Follow-up with pain and function scales"),
    _("A proper treatment checks your pain and movement before and after, at planned "
      "visits."),
    _("What follow-up visits will I have, and which scales will measure my pain and "
      "function before and after?"),
    "itrt-guide",
    asked_when="bones_and_joints",
    page="follow_up",
    criteria=("follow_up",),
    doctor_ask=_("Which follow-up visits are planned, and which scales measure the illness "
                 "before and after?"),
)

IMAGING_FOLLOWUP = Question(
    "imaging_followup", "10", YES_NO,
    _("Will a scan (MRI) check whether the tissue has healed?"),
    _("Imaging (MRI) follow-up"),
    _("An MRI scan is the main way to see whether cartilage, tendon or other tissue has "
      "really healed."),
    _("Will an MRI scan check whether the tissue has regenerated, and when?"),
    "itrt-guide",
    asked_when="bones_and_joints",
    page="follow_up",
    criteria=("follow_up",),
    doctor_ask=_("Is imaging of the treated tissue planned, and when?"),
)

FOLLOWUP_PLAN = Question(
    "followup_plan", "", YES_NO,
    _("Have they told you how they will check your health afterwards?"),
    _("A follow-up plan for the illness"),
    _("A proper treatment has check-ups at set times, with tests suited to your illness, and "
      "you get the results."),
    _("What check-ups will I have afterwards, when, with which tests, and will I get the "
      "results?"),
    "isscr-guide",
    asked_when="other_illness",
    page="follow_up",
    criteria=("follow_up",),
    doctor_ask=_("Which check-ups follow, when, with which tests, and are the results given to "
                 "the patient?"),
)

#: The guide's first five questions, in catalogue order (``rules.catalogue.QUESTIONS``: the
#: order of answers and asks in the reports) ...
WHAT_THEY_SAID: tuple[Question, ...] = (
    ATMP, CLINICAL_TRIAL, REGULATOR, CLEAN_ROOM, AUTHORISATION_DOCUMENT,
)
#: ... and the rest, with the follow-up plan for other illnesses. A new question is added to
#: one of these tuples, and only there.
PAPERS_CELLS_AND_FOLLOW_UP: tuple[Question, ...] = (
    ADMINISTRATOR_AUTHORISED, LEAFLET, CELL_SOURCE_QUESTION, EXTRACTION_DAYS, PAIN_FOLLOWUP,
    IMAGING_FOLLOWUP, FOLLOWUP_PLAN,
)

__all__ = [
    "ASK_PROOF", "PAPERS_CELLS_AND_FOLLOW_UP", "WHAT_THEY_SAID",
    "FOLLOWUP_PLAN",
    "ADMINISTRATOR_AUTHORISED", "ATMP", "AUTHORISATION_DOCUMENT", "CELL_SOURCE_QUESTION",
    "CLEAN_ROOM", "CLINICAL_TRIAL", "EXTRACTION_DAYS", "IMAGING_FOLLOWUP", "LEAFLET",
    "PAIN_FOLLOWUP", "REGULATOR",
]
