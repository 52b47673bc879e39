"""Principle 5, what is offered where: the kind of offer, the illness, the cells, the way
they are given and the country (criterion ``offer``)."""

from .i18n import _
from .identifiers import EU_REGISTER, TRIAL_KINDS, UNKNOWN_FORMAT
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
    NO,
    OTHER,
    OWN_CELL_TYPES,
    SURGICAL,
    TRIAL,
    UNSURE,
    YES,
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

#: Illnesses for which a cell product is authorised or in established use somewhere: ITRT's
#: own indications (itrt-guide), Spherox for knee cartilage and Holoclar for eye burns.
WITH_PRODUCTS = ("osteoarthritis", "tendon", "spine", "fracture", "osteonecrosis",
                 "dry_mouth", EYE)
#: Illnesses for which no stem cell product is authorised (fda-consumer-2021 names
#: neurological diseases, autism, lung and heart disease; the same holds for these groups).
NO_PRODUCT = ("neurological", "diabetes", "heart_lung", "anti_ageing", "autoimmune")
BLOOD = ("blood_disease",)
DEFINITE_CONDITIONS = tuple(c for c in CONDITION_GROUPS if c != UNSURE)
#: Routes that raise the stakes of an unproven product.
HIGH_STAKES = (INTRATHECAL, INTRAVENOUS, EYE)
LOW_STAKES = (JOINT, SURGICAL, OTHER)
KNOWN_CELLS = (*OWN_CELL_TYPES, CORD_OR_PLACENTA, DONOR_ADULT)

assert set(WITH_PRODUCTS + NO_PRODUCT + BLOOD + (OTHER, UNSURE)) == set(CONDITION_GROUPS)

OFFER_RULES: tuple[Rule, ...] = (
    Rule(
        "offer_kind_unsure", OFFER, (kind_is(UNSURE),), UNKNOWN,
        _("It is not known what kind of offer this is, so it is judged as a treatment sold by "
          "a clinic, the strictest way. Ask whether it is a trial, or something a hospital "
          "arranges with the medicines agency's permission."),
        "ema-cat-2020",
    ),
    # --- the illness ---
    Rule(
        "condition_no_product", OFFER,
        (kind_is(*CLINIC), When("condition_group", NO_PRODUCT)), NOT_MET,
        _("No stem cell product is authorised for this kind of illness. A clinic that sells "
          "one for it is selling an unproven product; the place to try one is a registered "
          "clinical trial, free of charge."),
        "fda-consumer-2021", decisive=True,
    ),
    Rule(
        "condition_blood_at_a_clinic", OFFER,
        (kind_is(*CLINIC), When("condition_group", BLOOD)), NOT_MET,
        _("Blood diseases are treated with blood or bone marrow stem cell transplants by "
          "hospital haematology teams. Ask the haematology team before you accept stem cells "
          "sold for a blood disease anywhere else."),
        "bookimed-safety",
    ),
    Rule(
        "condition_with_products", OFFER,
        (kind_is(*CLINIC), When("condition_group", WITH_PRODUCTS)), MET,
        _("Cell medicines are authorised for a few illnesses of this group. Check that the "
          "authorisation or leaflet you saw names your illness."),
        "itrt-guide",
    ),
    Rule(
        "condition_other", OFFER,
        (kind_is(*CLINIC), When("condition_group", (OTHER,))), MET,
        _("This checker has no list for this illness. Check that the authorisation or leaflet "
          "you saw names it."),
        "fda-consumer-2021",
    ),
    Rule(
        "condition_hospital_route", OFFER,
        (kind_is(*HOSPITAL_ROUTES),
         When("condition_group", tuple(c for c in DEFINITE_CONDITIONS if c != "anti_ageing"))),
        MET,
        _("A hospital may use an unauthorised cell product with the agency's permission. "
          "Check that the permission names your illness."),
        "aemps-rd477",
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
        "bookimed-safety", decisive=True,
    ),
    Rule(
        "cells_embryonic_in_a_trial", OFFER,
        (kind_is(TRIAL), When("cell_type", (EMBRYONIC_OR_FETAL,))), MET,
        _("Cells from embryos or fetuses belong in research, and a registered trial is the "
          "place for them. The consent form must explain the risk of tumours."),
        "bookimed-safety",
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
        "cells_known", OFFER, (When("cell_type", KNOWN_CELLS),), MET,
        _("You were told where the cells come from."),
        "itrt-guide",
    ),
    Rule(
        "cells_unsure", OFFER, (When("cell_type", (UNSURE,)),), UNKNOWN,
        _("It is not known what cells they are. A clinic should tell you where the cells come "
          "from and how they are processed."),
        "itrt-guide",
    ),
    # --- the way they are given ---
    Rule(
        "route_high_stakes_unproven", OFFER,
        (kind_is(*CLINIC), When("route", HIGH_STAKES), When("clinical_trial", (NO, UNSURE))),
        NOT_MET,
        _("No trial is known to have shown that this works, and it would go into the spinal "
          "fluid, a vein or the eye. That is where an unproven product can do the most harm: "
          "nerve damage, clots in the lungs, loss of sight."),
        "regenamex-side-effects", decisive=True,
    ),
    Rule(
        "route_high_stakes_proven", OFFER,
        (kind_is(*CLINIC), When("route", HIGH_STAKES), When("clinical_trial", (YES,))), MET,
        _("This way of giving cells carries more risks than an injection into a joint. Check "
          "that the authorisation covers this way of giving it."),
        "bookimed-safety",
    ),
    Rule(
        "route_high_stakes_supervised", OFFER,
        (kind_is(TRIAL, *HOSPITAL_ROUTES), When("route", HIGH_STAKES)), MET,
        _("This way of giving cells carries more risks than an injection into a joint. The "
          "consent form must explain them."),
        "bookimed-safety",
    ),
    Rule(
        "route_low_stakes", OFFER, (When("route", LOW_STAKES),), MET,
        _("You were told how the cells would be given."),
        "bookimed-safety",
    ),
    Rule(
        "route_unsure", OFFER, (When("route", (UNSURE,)),), UNKNOWN,
        _("It is not known how the cells would be given. Ask, and ask about the risks of that "
          "way."),
        "bookimed-safety",
    ),
    # --- the country ---
    Rule(
        "country_spain", OFFER, (When("country", ("es",)),), MET,
        _("In Spain the AEMPS checks cell medicines, trials and hospital exemptions; the "
          "report says how to check with it and where to report harm."),
        "aemps-rd477",
    ),
    Rule(
        "country_eu", OFFER, (kind_is(*CLINIC, TRIAL, "compassionate_use"),
                              When("country", ("eu",))), MET,
        _("In the EU a cell medicine is authorised by the EMA and listed in the Union "
          "Register; the report names the national agency to check with and to report harm "
          "to."),
        "ema-cat-2020",
    ),
    Rule(
        "country_outside_eu", OFFER,
        (kind_is(*CLINIC, TRIAL, "compassionate_use"), When("country", ("outside_eu",))), MET,
        _("This country is outside the EU: a licence from its agency is not an EU "
          "authorisation, and a clinic's licence to operate is not an approval of the "
          "product. Check the product's approval with the agency the report names."),
        "fda-consumer-2021",
    ),
    Rule(
        "hospital_exemption_outside_spain", OFFER,
        # Unknown, not "not met": the sources describe Spain's exemption only, so another
        # country's is unconfirmed here, never shown to be missing.
        (kind_is("hospital_exemption"), When("country", ("eu", "outside_eu"))), UNKNOWN,
        _("The hospital exemption this checker knows is Spain's (Royal Decree 477/2014). Ask "
          "which law allows it in this country, and see the agency's permission in writing."),
        "aemps-rd477",
    ),
    Rule(
        "country_unsure", OFFER, (When("country", (UNSURE,)),), UNKNOWN,
        _("It is not known in which country you would be treated, so it is not known which "
          "agency to check with."),
        "bookimed-safety",
    ),
    # --- a typed authorisation number ---
    Rule(
        "authorisation_number_eu_register", OFFER,
        (When("authorisation_number", (EU_REGISTER,)),), MET,
        _("The number has the form of an EU medicine's number. Open its record in the Union "
          "Register (link in the report) and check it names this product."),
        "trial-registries",
    ),
    Rule(
        "authorisation_number_is_a_trial", OFFER,
        (kind_is(*CLINIC), When("authorisation_number", TRIAL_KINDS)), NOT_MET,
        _("That is a trial's number, not a medicine's authorisation. If you would take part "
          "in a trial, it must be free for you; if you would pay, it is not a trial."),
        "turner-2017",
    ),
    Rule(
        "authorisation_number_trial_hospital", OFFER,
        (kind_is(*HOSPITAL_ROUTES), When("authorisation_number", TRIAL_KINDS)), MET,
        _("That is a trial's number. Open the record (link in the report) and ask the "
          "hospital how this use relates to that trial."),
        "trial-registries",
    ),
    Rule(
        "authorisation_number_unknown_format", OFFER,
        (When("authorisation_number", (UNKNOWN_FORMAT,)),), MET,
        _("The number is in no format this checker knows. That proves nothing either way: ask "
          "which register lists it, and check it with the agency the report names."),
        "trial-registries",
    ),
)

__all__ = ["HIGH_STAKES", "NO_PRODUCT", "OFFER", "OFFER_RULES", "WITH_PRODUCTS"]
