"""The questionnaire's building blocks: answer values, question kinds and the entry types.

The ids and values are a contract (issue 12): forms, stored answers, ``manage.py assess``
JSON and outside checks use them. Texts are message ids marked for translation.
"""

from dataclasses import dataclass

from .i18n import _

YES, NO, UNSURE = "yes", "no", "unsure"
#: "They said so, but showed nothing in writing" (documents questions only).
TOLD = "told"
AUTOLOGOUS, ALLOGENEIC = "autologous", "allogeneic"
#: Donor cells made in advance by a laboratory (for example frozen): a days answer.
IN_ADVANCE = "in_advance"

# --- offer_kind ------------------------------------------------------------------------------
TREATMENT, TRIAL, HOSPITAL_EXEMPTION = "treatment", "trial", "hospital_exemption"
COMPASSIONATE_USE, TRANSPLANT = "compassionate_use", "transplant"
OFFER_KINDS = (TREATMENT, TRIAL, HOSPITAL_EXEMPTION, COMPASSIONATE_USE, TRANSPLANT, UNSURE)

# --- provider and payment (judgement v3) ------------------------------------------------------
HOSPITAL, PRIVATE_CLINIC = "hospital", "private_clinic"
PROVIDERS = (HOSPITAL, PRIVATE_CLINIC, UNSURE)
#: Nothing paid (or the public health system, an insurer or the trial pays); only travel and
#: stay; the cells, the procedure or a fee to take part.
PAY_NONE, PAY_TRAVEL, PAY_TREATMENT = "none", "travel_only", "treatment"
PAYMENTS = (PAY_NONE, PAY_TRAVEL, PAY_TREATMENT, UNSURE)

# --- cell_type -------------------------------------------------------------------------------
OWN_FAT, OWN_BONE_MARROW, OWN_BLOOD = "own_fat", "own_bone_marrow", "own_blood"
CORD_OR_PLACENTA, DONOR_ADULT = "cord_or_placenta", "donor_adult"
EMBRYONIC_OR_FETAL, EXOSOMES = "embryonic_or_fetal", "exosomes"
OWN_CARTILAGE, OWN_EYE_SURFACE = "own_cartilage", "own_eye_surface"
#: Platelet-rich plasma: made from the patient's blood, with no stem cells in it.
PRP = "platelet_rich_plasma"
CELL_TYPES = (OWN_FAT, OWN_BONE_MARROW, OWN_BLOOD, OWN_CARTILAGE, OWN_EYE_SURFACE,
              CORD_OR_PLACENTA, DONOR_ADULT, EMBRYONIC_OR_FETAL, EXOSOMES, PRP, UNSURE)
OWN_CELL_TYPES = (OWN_FAT, OWN_BONE_MARROW, OWN_BLOOD, OWN_CARTILAGE, OWN_EYE_SURFACE)
#: Products with no cells in them: no culture time, no "whose cells".
CELL_FREE_TYPES = (EXOSOMES, PRP)
DONOR_CELL_TYPES = (CORD_OR_PLACENTA, DONOR_ADULT, EMBRYONIC_OR_FETAL)

# --- condition_group -------------------------------------------------------------------------
CONDITION_GROUPS = (
    "osteoarthritis", "cartilage_defect", "tendon", "spine", "fracture", "osteonecrosis",
    "dry_mouth", "neurological", "spinal_cord_injury", "diabetes", "heart_lung", "eye_surface",
    "eye_retina", "eye", "anti_ageing", "autoimmune", "crohns_fistula", "gvhd", "blood_disease",
    "other", UNSURE,
)
#: Illnesses of bones, joints, tendons, cartilage or the spine: followed up with pain and
#: function scales and imaging (ITRT's questions 9 and 10); the others with a plan of their own.
MUSCULOSKELETAL = ("osteoarthritis", "cartilage_defect", "tendon", "spine", "fracture",
                   "osteonecrosis")

# --- route -----------------------------------------------------------------------------------
JOINT, INTRAVENOUS, INTRATHECAL, SURGICAL, EYE, OTHER = (
    "joint", "intravenous", "intrathecal", "surgical", "eye", "other")
ROUTES = (JOINT, INTRAVENOUS, INTRATHECAL, SURGICAL, EYE, OTHER, UNSURE)

#: Question kinds, each with the answers it accepts.
YES_NO = "yes_no"
#: yes (seen in writing), told, no, unsure.
TOLD_KIND = "told"
CELL_SOURCE = "cell_source"
#: 0 to MAX_EXTRACTION_DAYS, ``unsure`` or ``in_advance``.
DAYS = "days"
#: One of the question's own ``options``.
CHOICE = "choice"
#: An ISO 3166-1 alpha-2 code (rules.countries) or ``unsure``.
COUNTRY = "country"
#: Optional free text (an identifier), at most MAX_TEXT characters.
TEXT = "text"
KINDS = (YES_NO, TOLD_KIND, CELL_SOURCE, DAYS, CHOICE, COUNTRY, TEXT)
MAX_TEXT = 40
#: The product's name as on the paperwork.
MAX_PRODUCT_TEXT = 60

CHOICES: dict[str, tuple[str, ...]] = {
    YES_NO: (YES, NO, UNSURE),
    TOLD_KIND: (YES, TOLD, NO, UNSURE),
    CELL_SOURCE: (AUTOLOGOUS, ALLOGENEIC, UNSURE),
    DAYS: (UNSURE, IN_ADVANCE),
    COUNTRY: (UNSURE,),
    TEXT: (),
}

#: The label of each answer value; a question's own ``labels`` override these on its page.
ANSWER_LABELS: dict[str, str] = {
    YES: _("Yes"),
    NO: _("No"),
    UNSURE: _("Not sure"),
    TOLD: _("They only said so"),
    AUTOLOGOUS: _("My own cells (autologous)"),
    ALLOGENEIC: _("A donor's cells (allogeneic)"),
    IN_ADVANCE: _("Made in advance by a laboratory, for example frozen"),
    TREATMENT: _("A treatment sold by a clinic or a doctor"),
    TRIAL: _("A place in a clinical trial"),
    HOSPITAL_EXEMPTION: _("A cell medicine a hospital makes itself, with the agency's "
                          "permission"),
    COMPASSIONATE_USE: _("A medicine not yet authorised, arranged by a hospital"),
    TRANSPLANT: _("A blood or bone marrow stem cell transplant in hospital"),
    OWN_FAT: _("My own cells, from fat"),
    OWN_BONE_MARROW: _("My own cells, from bone marrow"),
    OWN_BLOOD: _("My own cells, from blood"),
    CORD_OR_PLACENTA: _("Cells from an umbilical cord or a placenta"),
    DONOR_ADULT: _("Cells from an adult donor"),
    EMBRYONIC_OR_FETAL: _("Cells from embryos or fetuses"),
    EXOSOMES: _("Exosomes, or another product made from cells with no cells in it"),
    OWN_CARTILAGE: _("My own cartilage cells, grown in a laboratory"),
    OWN_EYE_SURFACE: _("My own cells from the surface of the eye, grown in a laboratory"),
    PRP: _("Platelet-rich plasma (PRP), made from my blood"),
    HOSPITAL: _("A public or university hospital, or its trial unit"),
    PRIVATE_CLINIC: _("A private clinic, a private hospital or a doctor's practice"),
    PAY_NONE: _("Nothing: it is free, or paid by the public health system, an insurer or the "
                "trial"),
    PAY_TRAVEL: _("Only my travel and stay"),
    "cartilage_defect": _("A damaged patch of cartilage in a joint, after an injury"),
    "spinal_cord_injury": _("A spinal cord injury"),
    "eye_surface": _("The surface of the eye (cornea)"),
    "eye_retina": _("The back of the eye (retina, macula or optic nerve)"),
    "crohns_fistula": _("A fistula near the anus in Crohn's disease"),
    "gvhd": _("Graft-versus-host disease after a transplant"),
    "osteoarthritis": _("Worn joints or cartilage (osteoarthritis)"),
    "tendon": _("A tendon injury"),
    "spine": _("Back or neck pain from worn discs"),
    "fracture": _("A broken bone that does not heal"),
    "osteonecrosis": _("Bone that has lost its blood supply (osteonecrosis)"),
    "dry_mouth": _("A dry mouth from damaged saliva glands"),
    "neurological": _("A disease of the brain, nerves or spinal cord"),
    "diabetes": _("Diabetes"),
    "heart_lung": _("A heart or lung disease"),
    EYE: _("The eye"),
    "anti_ageing": _("Ageing, looks, hair or sex life"),
    "autoimmune": _("An autoimmune disease"),
    "blood_disease": _("A blood disease or blood cancer"),
    OTHER: _("Something else"),
    JOINT: _("Into a joint, tendon or muscle"),
    INTRAVENOUS: _("Into a vein, as a drip (intravenous)"),
    INTRATHECAL: _("Into the fluid around the spinal cord (intrathecal)"),
    SURGICAL: _("Placed during an operation"),
    # Classes the rules read instead of a raw answer (rules.facts): a country, a typed number.
    "es": _("Spain"),
    "eu": _("Another country of the EU or the EEA"),
    "outside_eu": _("A country outside the EU and the EEA"),
    "not_given": _("No number given"),
    "nct": _("A ClinicalTrials.gov number (NCT and 8 digits)"),
    "eudract": _("An EU Clinical Trials Register number (EudraCT)"),
    "eu_ct": _("An EU CT number (the EU's trial system, CTIS)"),
    "isrctn": _("An ISRCTN number"),
    "eu_register": _("An EU medicine number (EU/1/…)"),
    "unknown": _("A number in no format this checker knows"),
}

#: The labels of a question only the clinic can answer, asked as "Did they tell you ...?":
#: "yes" is what the clinic said (a claim, never a document seen), "no" that they said it
#: is not so, "not sure" that they did not say. The values stay yes / no / unsure.
CLAIM_LABELS: tuple[tuple[str, str], ...] = (
    (YES, _("They said yes")),
    (NO, _("They said no")),
    (UNSURE, _("They did not say, or I am not sure")),
)

#: Offer kinds a question may be limited to (``Question.asked_for``).
NOT_A_TRIAL = (TREATMENT, UNSURE, HOSPITAL_EXEMPTION, COMPASSIONATE_USE)
SOLD_AS_A_TREATMENT = (TREATMENT, UNSURE)
ONLY_A_TRIAL = (TRIAL,)
#: The conditions a question's ``asked_when`` may name (``rules.applicability`` holds them):
#: the cell type does not say whose cells; there are cells to grow; an illness of bones,
#: joints or the spine (or not known); any other illness.
ASKED_WHEN = ("whose_not_known", "cells_to_grow", "bones_and_joints", "other_illness")

#: The cases a question's ``Variant`` may name (``rules.applicability.case_holds``).
CASES = ("donor", TRIAL, HOSPITAL_EXEMPTION, COMPASSIONATE_USE)


@dataclass(frozen=True, slots=True)
class Variant:
    """Another heading and hint for a question, used when ``when`` holds (see
    ``rules.applicability.CASES``: "donor", "trial", "hospital_exemption", ...)."""

    when: str
    text: str
    hint: str


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    number: str
    kind: str
    #: The heading, in plain words.
    text: str
    #: A few words naming the question (for tables and the report).
    short: str
    #: The hint under the heading; it keeps the technical term.
    hint: str
    #: What to ask the clinic when the answer is not a good one.
    ask: str
    source: str
    #: For CHOICE questions: the accepted values, in page order.
    options: tuple[str, ...] = ()
    #: Labels for this question's values that differ from ANSWER_LABELS, as (value, label).
    labels: tuple[tuple[str, str], ...] = ()
    #: A hint under some options, as (value, hint).
    option_hints: tuple[tuple[str, str], ...] = ()
    #: Other headings for particular cases; the first that applies is used.
    variants: tuple[Variant, ...] = ()
    #: For TEXT questions: the longest answer accepted.
    max_length: int = MAX_TEXT
    #: Where it applies: the kinds of offer it is asked for (empty: every kind; a transplant
    #: that is not a hospital's transplant for a blood disease is asked as a treatment) ...
    asked_for: tuple[str, ...] = ()
    #: ... and the condition on earlier answers it needs, by name (``ASKED_WHEN``; "": none).
    asked_when: str = ""
    #: The slug of the questionnaire page that shows it (checker/steps.py names the pages).
    page: str = ""
    #: The criteria whose rules read it (``rules.table``; a question may belong to several).
    criteria: tuple[str, ...] = ()
    #: ``ask`` in the doctor's words, for the doctor's PDF ("May the patient see ...?").
    #: Questions that ask the same thing share one text, so the PDF asks it once.
    doctor_ask: str = ""

    @property
    def choices(self) -> tuple[str, ...]:
        """The accepted answers; for DAYS a whole number of days besides these, for COUNTRY a
        country code, for TEXT any short text."""
        if self.kind == CHOICE:
            return self.options
        return CHOICES[self.kind]

    def label(self, value: str) -> str:
        """The label (message id) of one of this question's values."""
        return dict(self.labels).get(value) or ANSWER_LABELS[value]

    def option_hint(self, value: str) -> str:
        return dict(self.option_hints).get(value, "")


@dataclass(frozen=True, slots=True)
class WarningSign:
    id: str
    label: str
    hint: str
    ask: str
    source: str
    #: A serious sign makes the verdict red on its own.
    serious: bool = False
    #: The label in the doctor's words (the doctor's PDF), when it speaks to the patient.
    doctor: str = ""
    #: ``ask`` in the doctor's words, for the doctor's PDF.
    doctor_ask: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    hint: str
    source: str
    #: The documents questions whose "yes" (seen in writing) says the patient has seen it.
    questions: tuple[str, ...] = ()
