"""The questions about the offer itself (issue 12): what kind of offer, where, for what, which
cells, how they are given, and the numbers and conditions of a trial.

Headings are in plain words; each hint keeps the technical term. Every entry cites a source.
"""

from .i18n import _
from .question_model import (
    CELL_TYPES,
    CHOICE,
    COMPASSIONATE_USE,
    CONDITION_GROUPS,
    COUNTRY,
    EXOSOMES,
    EYE,
    HOSPITAL_EXEMPTION,
    MAX_PRODUCT_TEXT,
    NOT_A_TRIAL,
    OFFER_KINDS,
    ONLY_A_TRIAL,
    OTHER,
    PAY_TREATMENT,
    PAYMENTS,
    PRIVATE_CLINIC,
    PROVIDERS,
    PRP,
    ROUTES,
    TEXT,
    TOLD_KIND,
    TRANSPLANT,
    TREATMENT,
    TRIAL,
    YES_NO,
    Question,
)

#: The doctor's asks that a warning sign shares (rules.signs), so the PDF asks each once.
ASK_ILLNESS = _("For which illness exactly is the product authorised, and where is that "
                "published?")
ASK_CELLS = _("Which cells are they, where do they come from, and how are they processed and "
              "tested?")

OFFER_KIND = Question(
    "offer_kind", "", CHOICE,
    _("What kind of offer is it?"),
    _("Kind of offer"),
    _("Pick the one closest to what you were offered. Each kind has its own rules, so the "
      "checker judges each one by its own."),
    _("Is this a treatment you pay for, a clinical trial, or something a hospital arranges "
      "with the medicines agency's permission?"),
    "ema-cat-2020",
    options=OFFER_KINDS,
    option_hints=(
        (TREATMENT, _("You would pay the clinic or doctor for it.")),
        (TRIAL, _("A study that tests whether a new treatment works. It should be free for "
                  "you.")),
        (HOSPITAL_EXEMPTION, _("In Spain the law calls this a hospital exemption. The "
                               "permission is for one product in one hospital.")),
        (COMPASSIONATE_USE, _("Doctors call this compassionate use. It is for a serious "
                              "disease when nothing else can help.")),
        (TRANSPLANT, _("As used for leukaemia and other blood diseases, by a hospital's "
                       "blood team (haematology).")),
    ),
    page="offer_kind",
    criteria=("offer",),
    doctor_ask=_("Is this a paid treatment, a registered clinical trial, or a use the medicines "
                 "agency allowed (hospital exemption, compassionate use)?"),
)

PROVIDER = Question(
    "provider", "", CHOICE,
    _("Who would give you the treatment?"),
    _("Who offers it"),
    _("Compassionate use, a hospital exemption and a transplant are arranged by a hospital. "
      "A private clinic is a different thing, even if it is called a hospital."),
    _("Is this given by a public or university hospital, or by a private clinic? What is its "
      "name?"),
    "ema-cat-2020",
    options=PROVIDERS,
    option_hints=(
        (PRIVATE_CLINIC, _("Also a private hospital, or a clinic that only sells this.")),
    ),
    page="provider",
    criteria=("offer",),
    doctor_ask=_("Is it given by a public or university hospital, or by a private clinic, and "
                 "which one?"),
)

PAYMENT = Question(
    "payment", "", CHOICE,
    _("What would you pay for?"),
    _("What the patient pays"),
    _("In a real trial, in compassionate use and in a hospital exemption you do not pay for "
      "the cells. Being asked to pay for an unproven product is a warning sign."),
    _("What exactly would I pay for, how much, and what is included?"),
    "fda-consumer-2021",
    options=PAYMENTS,
    # Its own label: "treatment" is also an offer kind's value, labelled in ANSWER_LABELS.
    labels=((PAY_TREATMENT, _("The cells, the procedure, or a fee to take part")),),
    option_hints=(
        (PAY_TREATMENT, _("Also a \"donation\" or a fee to join a study.")),
    ),
    page="cell_type",
    criteria=("offer",),
    doctor_ask=_("What exactly would the patient pay for, how much, and what is included?"),
)

PRODUCT = Question(
    "product", "", TEXT,
    _("If you know the product's name, type it here"),
    _("Product name"),
    _("Type it as it is written on the paperwork. The checker knows the names of the "
      "authorised cell medicines. You can leave this empty."),
    _("What is the product's name, and can I have its official leaflet?"),
    "ema-union-register",
    max_length=MAX_PRODUCT_TEXT,
    asked_for=NOT_A_TRIAL,
    page="cell_type",
    criteria=("product",),
    doctor_ask=_("What is the product's name, and may the patient have its official leaflet?"),
)

COUNTRY_QUESTION = Question(
    "country", "", COUNTRY,
    _("In which country would you be treated?"),
    _("Country of treatment"),
    _("The country decides which medicines agency checks the product, and where you can "
      "report harm."),
    _("In which country, and in which clinic or hospital, would I be treated?"),
    "bookimed-safety",
    page="provider",
    criteria=("offer", "trial"),
    doctor_ask=_("In which country, and in which clinic or hospital, would the patient be "
                 "treated?"),
)

CONDITION_GROUP = Question(
    "condition_group", "", CHOICE,
    _("What is the treatment for?"),
    _("What it treats"),
    _("Pick the closest group. For many illnesses no stem cell product is authorised at "
      "all."),
    _("For which illness exactly is this product authorised, and where can I read that?"),
    "fda-consumer-2021",
    options=CONDITION_GROUPS,
    labels=((EYE, _("An eye disease")),),
    option_hints=(
        ("osteoarthritis", _("Joints worn by age or use, such as the knee or the hip.")),
        ("cartilage_defect", _("A hole or tear in the cartilage of a knee or other joint, "
                               "not joints worn all over.")),
        ("neurological", _("For example Parkinson's, multiple sclerosis, ALS, autism or a "
                           "stroke.")),
        ("eye_surface", _("For example damage to the front of the eye after a burn.")),
        ("eye_retina", _("For example macular degeneration or glaucoma.")),
        ("eye", _("Choose this if you do not know which part of the eye.")),
        ("autoimmune", _("For example lupus or rheumatoid arthritis.")),
        ("gvhd", _("When a donor's transplanted cells attack the body.")),
        ("blood_disease", _("For example leukaemia, lymphoma or sickle cell disease.")),
        ("anti_ageing", _("Also skin, hair loss, and sexual problems.")),
    ),
    page="condition_group",
    criteria=("offer",),
    doctor_ask=ASK_ILLNESS,
)

CELL_TYPE = Question(
    "cell_type", "", CHOICE,
    _("What cells are they?"),
    _("Type of cells"),
    _("Ask where the cells come from. Exosomes are not cells at all: they are tiny bits that "
      "cells give off."),
    _("What cells are they, where do they come from, and how are they tested?"),
    "bookimed-safety",
    options=CELL_TYPES,
    option_hints=(
        (EXOSOMES, _("Also sold as \"secretome\" or \"cell-free\" products.")),
        (PRP, _("Also sold as \"plasma rich in growth factors\". It has no stem cells in "
                "it.")),
    ),
    page="cell_type",
    criteria=("offer",),
    doctor_ask=ASK_CELLS,
)

ROUTE = Question(
    "route", "", CHOICE,
    _("How would they be given to you?"),
    _("How they are given"),
    _("A shot into the spine, a vein or the eye has more risks than one into a joint."),
    _("How exactly would the cells be given, and what are the risks of that way?"),
    "bookimed-safety",
    options=ROUTES,
    labels=((EYE, _("Into or onto the eye")), (OTHER, _("Another way"))),
    page="cell_type",
    criteria=("offer",),
    doctor_ask=_("How exactly would the cells be given, and what are the risks of that route?"),
)

AUTHORISATION_NUMBER = Question(
    "authorisation_number", "", TEXT,
    _("If you have its number, type it here"),
    _("Authorisation number"),
    _("A number lets you look it up yourself. An EU medicine has a number like EU/1/17/1181. "
      "You can leave this empty."),
    _("What is the number of the authorisation, and in which public register can I find "
      "it?"),
    "trial-registries",
    asked_for=NOT_A_TRIAL,
    page="seen",
    criteria=("offer",),
    doctor_ask=_("What is the authorisation number, and in which public register is it listed?"),
)

TRIAL_NUMBER = Question(
    "trial_number", "", TEXT,
    _("If you have the trial's number, type it here"),
    _("Trial number"),
    _("A real trial is listed in a public register, with a number like NCT01234567 or "
      "2022-500014-26-00. You can leave this empty."),
    _("What is the trial's registration number, and in which register is it listed?"),
    "trial-registries",
    asked_for=ONLY_A_TRIAL,
    page="seen",
    criteria=("trial",),
    doctor_ask=_("What is the trial's registration number, and in which register is it listed?"),
)

TRIAL_ETHICS = Question(
    "trial_ethics", "", TOLD_KIND,
    _("Have you seen, in writing, that an ethics committee approved the trial?"),
    _("Ethics committee approval"),
    _("An ethics committee is a group that checks that a study is fair and safe for the "
      "people in it."),
    _("Which ethics committee approved this trial? Can I see its approval?"),
    "itrt-guide",
    asked_for=ONLY_A_TRIAL,
    page="told",
    criteria=("trial",),
    doctor_ask=_("Which ethics committee approved the trial, and may the patient see its "
                 "approval?"),
)

TRIAL_FREE = Question(
    "trial_free", "", YES_NO,
    _("Is taking part free for you?"),
    _("Free to take part"),
    _("In a real trial of a new product you pay nothing. Being asked to pay is a sign that "
      "it is not a real trial."),
    _("Will I have to pay anything to take part in this trial?"),
    "cuende-2021",
    asked_for=ONLY_A_TRIAL,
    page="told",
    criteria=("trial",),
    doctor_ask=_("Will the patient pay anything to take part?"),
)

TRIAL_INSURANCE = Question(
    "trial_insurance", "", TOLD_KIND,
    _("Have you seen, in writing, the trial's insurance that covers you?"),
    _("Trial insurance"),
    _("A trial of a new product must have its own insurance for the people who take part."),
    _("Which insurance covers me if the trial harms me? Can I see the policy?"),
    "cuende-2021",
    asked_for=ONLY_A_TRIAL,
    page="told",
    criteria=("trial",),
    doctor_ask=_("Which insurance covers the patient if the trial causes harm, and may they see "
                 "the policy?"),
)

TRIAL_CONSENT = Question(
    "trial_consent", "", TOLD_KIND,
    _("Have you seen, in writing, the consent form for the trial?"),
    _("Written consent form"),
    _("It should set out the risks, the other options, and that you can leave at any time. "
      "Doctors call it informed consent."),
    _("Can I take the consent form home to read before I sign?"),
    "cuende-2021",
    asked_for=ONLY_A_TRIAL,
    page="seen",
    criteria=("trial",),
    doctor_ask=_("May the patient take the consent form home before signing?"),
)

#: The questions about the offer, in catalogue order (``rules.catalogue.QUESTIONS``: the order
#: of answers and asks in the reports). A new question is added here, and only here.
ABOUT_THE_OFFER: tuple[Question, ...] = (
    OFFER_KIND, PROVIDER, COUNTRY_QUESTION, CONDITION_GROUP, CELL_TYPE, ROUTE, PAYMENT, PRODUCT,
)
#: The numbers to look up and a trial's conditions, in catalogue order (after the ITRT
#: guide's first five questions).
NUMBERS_AND_TRIAL: tuple[Question, ...] = (
    AUTHORISATION_NUMBER, TRIAL_NUMBER, TRIAL_ETHICS, TRIAL_FREE, TRIAL_INSURANCE, TRIAL_CONSENT,
)

__all__ = [
    "ABOUT_THE_OFFER", "ASK_CELLS", "ASK_ILLNESS", "NUMBERS_AND_TRIAL",
    "PAYMENT", "PRODUCT", "PROVIDER",
    "AUTHORISATION_NUMBER", "CELL_TYPE", "CONDITION_GROUP", "COUNTRY_QUESTION", "OFFER_KIND",
    "ROUTE", "TRIAL_CONSENT", "TRIAL_ETHICS", "TRIAL_FREE", "TRIAL_INSURANCE", "TRIAL_NUMBER",
]
