"""Principle 5, what is offered where: the kind of offer, the illness, the cells, the way
they are given and the country (criterion ``offer``)."""

from .facts import (
    ALLOWED,
    AS_LABELLED,
    HOSPITAL_ROUTE_SOLD,
    NOT_A_TRANSPLANT,
    NOT_ALLOWED,
    NOT_SOLD,
    PAID_TRIAL,
    SOLD,
    WHO_ARRANGES_UNKNOWN,
)
from .i18n import _
from .question_model import (
    CONDITION_GROUPS,
    CORD_OR_PLACENTA,
    DONOR_ADULT,
    EMBRYONIC_OR_FETAL,
    EXOSOMES,
    EYE,
    INTRATHECAL,
    INTRAVENOUS,
    JOINT,
    OTHER,
    OWN_CELL_TYPES,
    PRP,
    SURGICAL,
    TRIAL,
    UNSURE,
)
from .rule_model import (
    CLINIC,
    HOSPITAL_ROUTES,
    MET,
    NOT_MET,
    NOT_TRIAL,
    UNKNOWN,
    Rule,
    When,
    kind_is,
)

OFFER = "offer"

#: Illnesses for which no stem cell product is authorised in the EU or the US (the registers;
#: the FDA names neurological diseases, autism, lung, heart and eye disease): a clinic that
#: sells one for them is selling an unproven product.
NO_PRODUCT = ("neurological", "spinal_cord_injury", "diabetes", "heart_lung", "eye_retina",
              "anti_ageing", "autoimmune")
#: Bones, joints, tendons and the spine: no stem cell product is authorised for them in the EU
#: or the US either (the FDA names orthopaedic conditions), but the risk of an injection into
#: a joint is lower: a serious question, not a decisive one.
ORTHOPAEDIC = ("osteoarthritis", "tendon", "spine", "fracture", "osteonecrosis")
#: Illnesses for which a few cell products are authorised somewhere (rules.products).
SOME_PRODUCTS = ("cartilage_defect", "eye_surface", "gvhd", "crohns_fistula")
NO_KNOWN_PRODUCT = ("dry_mouth",)
BLOOD = ("blood_disease",)
NOT_KNOWN = (EYE, OTHER, UNSURE)
DEFINITE_CONDITIONS = tuple(c for c in CONDITION_GROUPS if c != UNSURE)
#: Routes that raise the stakes of an unproven product.
HIGH_STAKES = (INTRATHECAL, INTRAVENOUS, EYE)
LOW_STAKES = (JOINT, SURGICAL, OTHER)
KNOWN_CELLS = (*OWN_CELL_TYPES, CORD_OR_PLACENTA, DONOR_ADULT)
#: Sold, or not known whether it is: not knowing is judged the strict way.
SOLD_OR_UNSURE = (SOLD, UNSURE)

assert set(NO_PRODUCT + ORTHOPAEDIC + SOME_PRODUCTS + NO_KNOWN_PRODUCT + BLOOD + NOT_KNOWN) \
    == set(CONDITION_GROUPS)

_NOT_ALLOWED = When("product_here", (NOT_ALLOWED,))
_ALLOWED = When("product_here", (ALLOWED,))

OFFER_RULES: tuple[Rule, ...] = (
    Rule(
        "offer_kind_unsure", OFFER, (kind_is(UNSURE),), UNKNOWN,
        _("It is not known what kind of offer this is, so it is judged as a treatment sold by "
          "a clinic, the strictest way. Ask whether it is a trial, or something a hospital "
          "arranges with the medicines agency's permission."),
        "ema-cat-2020",
    ),
    # --- the label checked against who offers it and who pays ---
    Rule("label_fits", OFFER, (When("label_check", (AS_LABELLED,)),), MET,
         _("Who offers it and who pays fit the kind of offer chosen."), "ema-cat-2020"),
    Rule(
        "label_paid_trial", OFFER, (When("label_check", (PAID_TRIAL,)),), NOT_MET,
        _("You would pay to take part. Taking part in a real trial of a new product is free, "
          "so this \"trial\" is judged as the sale of an unproven product."),
        "cuende-2021", decisive=True, also=("turner-2017", "fda-consumer-2021"),
        doctor=_("The patient would pay to take part. Taking part in a real trial of a new "
                 "product is free, so this \"trial\" is judged as the sale of an unproven "
                 "product."),
    ),
    Rule(
        "label_hospital_route_sold", OFFER, (When("label_check", (HOSPITAL_ROUTE_SOLD,)),),
        NOT_MET,
        _("Compassionate use and a hospital exemption are arranged by a hospital with the "
          "medicines agency's permission, and you do not pay for the product. This offer is "
          "sold, or given by a private clinic, so it is judged as a treatment sold by a "
          "clinic."),
        "ema-cat-2020", also=("aemps-rd477",),
        doctor=_("Compassionate use and a hospital exemption are arranged by a hospital with the "
                 "medicines agency's permission, and the patient does not pay for the product. "
                 "This offer is sold, or given by a private clinic, so it is judged as a "
                 "treatment sold by a clinic."),
    ),
    Rule(
        "label_who_arranges_unknown", OFFER, (When("label_check", (WHO_ARRANGES_UNKNOWN,)),),
        UNKNOWN,
        _("It is not known whether a hospital arranges this, or whether you would pay for the "
          "product. Compassionate use and a hospital exemption are arranged by a hospital, and "
          "you do not pay for the product."),
        "ema-cat-2020",
        doctor=_("It is not known whether a hospital arranges this, or whether the patient would "
                 "pay for the product. Compassionate use and a hospital exemption are arranged "
                 "by a hospital, and the patient does not pay for the product."),
    ),
    Rule(
        "label_not_a_transplant", OFFER, (When("label_check", (NOT_A_TRANSPLANT,)),), NOT_MET,
        _("A blood or bone marrow stem cell transplant is an established treatment for blood "
          "diseases, given by a hospital's haematology team. This offer is not that, so it is "
          "judged as a treatment sold by a clinic, with all its checks."),
        "aemps-rd477",
    ),
    # --- the illness ---
    Rule(
        "condition_no_product", OFFER,
        (kind_is(*CLINIC), When("condition_group", NO_PRODUCT), When("sale", SOLD_OR_UNSURE),
         _NOT_ALLOWED), NOT_MET,
        _("No stem cell product is authorised for this kind of illness in the EU or the "
          "United States, and this one is sold without a product this checker can match to an "
          "approval where you would be treated. The place to try a new product is a registered "
          "clinical trial, free of charge."),
        "fda-consumer-2021", decisive=True, also=("ema-union-register", "fda-approved-ctgp"),
        doctor=_("No stem cell product is authorised for this kind of illness in the EU or the "
                 "United States, and this one is sold without a product this checker can match "
                 "to an approval where the patient would be treated. The place to try a new "
                 "product is a registered clinical trial, free of charge."),
    ),
    Rule(
        "condition_no_product_not_sold", OFFER,
        (kind_is(*CLINIC), When("condition_group", NO_PRODUCT), When("sale", (NOT_SOLD,)),
         _NOT_ALLOWED), NOT_MET,
        _("No stem cell product is authorised for this kind of illness in the EU or the "
          "United States. Ask the hospital what the product is and under which permission it "
          "would be given."),
        "fda-consumer-2021", also=("ema-union-register", "fda-approved-ctgp"),
    ),
    Rule(
        "condition_orthopaedic", OFFER,
        (kind_is(*CLINIC), When("condition_group", ORTHOPAEDIC), _NOT_ALLOWED), NOT_MET,
        _("No stem cell product is authorised for this in the EU or the United States: the "
          "FDA names worn joints and other bone and joint problems among the illnesses no "
          "stem cell product is approved for. Ask for the product's name and its "
          "authorisation, and check that it names your illness."),
        "fda-consumer-2021", also=("ema-union-register",),
        doctor=_("No stem cell product is authorised for this in the EU or the United States: "
                 "the FDA names worn joints and other bone and joint problems among the "
                 "illnesses no stem cell product is approved for. Ask for the product's name and "
                 "its authorisation, and check that it names this illness."),
    ),
    Rule(
        "condition_no_known_product", OFFER,
        (kind_is(*CLINIC), When("condition_group", NO_KNOWN_PRODUCT), _NOT_ALLOWED), NOT_MET,
        _("None of the authorised cell products this checker knows is for this illness. Ask "
          "for the product's name and its authorisation, and check that it names your "
          "illness."),
        "ema-union-register", also=("fda-approved-ctgp",),
        doctor=_("None of the authorised cell products this checker knows is for this illness. "
                 "Ask for the product's name and its authorisation, and check that it names this "
                 "illness."),
    ),
    Rule(
        "condition_some_products", OFFER,
        (kind_is(*CLINIC), When("condition_group", SOME_PRODUCTS), _NOT_ALLOWED), UNKNOWN,
        _("A few cell products are authorised for this illness, each in some countries only. "
          "Ask for the product's name and its leaflet, and check that it names your illness "
          "and the country where you would be treated."),
        "ema-union-register", also=("fda-approved-ctgp",),
        doctor=_("A few cell products are authorised for this illness, each in some countries "
                 "only. Ask for the product's name and its leaflet, and check that it names this "
                 "illness and the country where the patient would be treated."),
    ),
    Rule(
        "condition_product_matches", OFFER, (kind_is(*CLINIC), _ALLOWED), MET,
        _("The product named is approved for this illness where you would be treated (see "
          "the product). Check that its leaflet names your illness."),
        "ema-union-register", also=("fda-approved-ctgp",),
        doctor=_("The product named is approved for this illness where the patient would be "
                 "treated (see the product). Check that its leaflet names this illness."),
    ),
    Rule(
        "condition_blood_at_a_clinic", OFFER,
        (kind_is(*CLINIC), When("condition_group", BLOOD), _NOT_ALLOWED), NOT_MET,
        _("Blood diseases are treated with blood or bone marrow stem cell transplants and "
          "other hospital treatments by haematology teams. Ask the haematology team before you "
          "accept stem cells for a blood disease from anyone else."),
        "aemps-rd477",
        doctor=_("Blood diseases are treated with blood or bone marrow stem cell transplants and "
                 "other hospital treatments by haematology teams. The haematology team should be "
                 "consulted before stem cells for a blood disease are accepted from anyone else."),
    ),
    Rule(
        "condition_eye_part_unknown", OFFER,
        (kind_is(*CLINIC), When("condition_group", (EYE,)), _NOT_ALLOWED), UNKNOWN,
        _("It is not known which part of the eye this is for. One cell product is authorised "
          "in the EU for the surface of the eye after a burn; none for the retina. Ask which "
          "product it is and what it is authorised for."),
        "ema-union-register",
    ),
    Rule(
        "condition_other", OFFER,
        (kind_is(*CLINIC), When("condition_group", (OTHER,)), _NOT_ALLOWED), UNKNOWN,
        _("This checker has no list for this illness. Ask for the product's name and its "
          "authorisation, and check that it names your illness."),
        "ema-union-register",
        doctor=_("This checker has no list for this illness. Ask for the product's name and its "
                 "authorisation, and check that it names this illness."),
    ),
    Rule(
        "condition_hospital_route", OFFER,
        (kind_is(*HOSPITAL_ROUTES),
         When("condition_group", tuple(c for c in DEFINITE_CONDITIONS if c != "anti_ageing"))),
        MET,
        _("A hospital may use an unauthorised cell product with the agency's permission. "
          "Check that the permission names your illness."),
        "aemps-rd477",
        doctor=_("A hospital may use an unauthorised cell product with the agency's permission. "
                 "Check that the permission names this illness."),
    ),
    Rule(
        "condition_hospital_route_looks", OFFER,
        (kind_is(*HOSPITAL_ROUTES), When("condition_group", ("anti_ageing",))), NOT_MET,
        _("Compassionate use is for a serious disease with no other option, and a hospital "
          "exemption for a patient's illness. Ageing, looks, hair or sex life are not that: "
          "ask to see the agency's permission."),
        "ema-cat-2020",
    ),
    Rule(
        "condition_trial", OFFER,
        (kind_is(TRIAL), When("condition_group", DEFINITE_CONDITIONS)), MET,
        _("A trial is where a product is tested for an illness, including one for which no "
          "product is authorised yet."),
        "cuende-2021",
    ),
    Rule(
        "condition_unsure", OFFER, (When("condition_group", (UNSURE,)),), UNKNOWN,
        _("It is not known which illness this is for. Ask for which illness exactly the "
          "product is authorised."),
        "fda-consumer-2021",
    ),
    # --- the cells ---
    Rule(
        "cells_embryonic_outside_a_trial", OFFER,
        (kind_is(*NOT_TRIAL), When("cell_type", (EMBRYONIC_OR_FETAL,))), NOT_MET,
        _("Cells from embryos or fetuses can form tumours and are still a matter for research. "
          "Outside a registered clinical trial, do not accept them."),
        "isscr-guide", decisive=True, also=("ema-cat-2020",),
    ),
    Rule(
        "cells_embryonic_in_a_trial", OFFER,
        (kind_is(TRIAL), When("cell_type", (EMBRYONIC_OR_FETAL,))), MET,
        _("Cells from embryos or fetuses belong in research, and a registered trial is the "
          "place for them. The consent form must explain the risk of tumours."),
        "isscr-guide",
    ),
    Rule(
        "cells_exosomes_sold", OFFER,
        (kind_is(*CLINIC), When("cell_type", (EXOSOMES,))), NOT_MET,
        _("Exosomes are not cells: they are tiny particles that cells give off. The U.S. "
          "medicines agency warns that no exosome product is approved, and none is among the "
          "authorised cell medicines this checker knows. A clinic selling them sells an "
          "unproven product."),
        "fda-consumer-2021", decisive=True,
    ),
    Rule(
        "cells_exosomes_hospital", OFFER,
        (kind_is(*HOSPITAL_ROUTES), When("cell_type", (EXOSOMES,))), NOT_MET,
        _("Exosomes are not cells: they are tiny particles that cells give off. Ask to see "
          "exactly what the agency's permission covers."),
        "fda-consumer-2021",
    ),
    Rule(
        "cells_exosomes_trial", OFFER,
        (kind_is(TRIAL), When("cell_type", (EXOSOMES,))), MET,
        _("Exosomes are not cells: they are tiny particles that cells give off. A trial may "
          "test them; nothing about them is proven yet."),
        "fda-consumer-2021",
    ),
    Rule(
        "cells_prp", OFFER, (When("cell_type", (PRP,)),), UNKNOWN,
        _("Platelet-rich plasma (PRP) is made from your own blood and has no stem cells in "
          "it, so it is not what this checker judges. In Spain it is a medicine a doctor may "
          "prepare under set conditions of quality, traceability and written consent. Ask what "
          "evidence supports it for your illness."),
        "aemps-prp-2013",
        doctor=_("Platelet-rich plasma (PRP) is made from the patient's own blood and has no "
                 "stem cells in it, so it is not what this checker judges. In Spain it is a "
                 "medicine a doctor may prepare under set conditions of quality, traceability "
                 "and written consent. Ask what evidence supports it for this illness."),
    ),
    Rule("cells_known", OFFER, (When("cell_type", KNOWN_CELLS),), MET,
         _("You said where the cells come from."), "ema-cat-2020",
        doctor=_("The patient said where the cells come from."),
    ),
    Rule(
        "cells_unsure", OFFER, (When("cell_type", (UNSURE,)),), UNKNOWN,
        _("It is not known what cells they are. A clinic should tell you where the cells come "
          "from and how they are processed."),
        "isscr-guide",
        doctor=_("It is not known what cells they are. A clinic should tell the patient where "
                 "the cells come from and how they are processed."),
    ),
)

__all__ = ["HIGH_STAKES", "NO_PRODUCT", "OFFER", "OFFER_RULES", "ORTHOPAEDIC", "SOME_PRODUCTS",
           "SOLD_OR_UNSURE"]
