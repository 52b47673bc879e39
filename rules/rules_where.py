"""Principle 1, continued (criterion ``offer``): the way the cells are given, the country and
a typed authorisation number. The kind of offer, the illness and the cells are in
``rules.rules_offer``; ``rules.table`` reads these right after them.
"""

from .facts import ALLOWED, NOT_ALLOWED, NOT_SOLD
from .i18n import _
from .identifiers import EU_REGISTER, TRIAL_KINDS, UNKNOWN_FORMAT
from .question_model import TRIAL, UNSURE
from .rule_model import CLINIC, HOSPITAL_ROUTES, MET, NOT_MET, UNKNOWN, Rule, When, kind_is
from .rules_offer import HIGH_STAKES, LOW_STAKES, OFFER, SOLD_OR_UNSURE

_NOT_ALLOWED = When("product_here", (NOT_ALLOWED,))
_ALLOWED = When("product_here", (ALLOWED,))

ROUTE_AND_COUNTRY_RULES: tuple[Rule, ...] = (
    # --- the way they are given ---
    Rule(
        "route_high_stakes_unproven", OFFER,
        (kind_is(*CLINIC), When("route", HIGH_STAKES), When("sale", SOLD_OR_UNSURE),
         _NOT_ALLOWED), NOT_MET,
        _("It would go into the spinal fluid, a vein or the eye, and it is sold without a "
          "product this checker can match to an approval for your illness where you would be "
          "treated. That is where an unproven product can do the most harm: infections, "
          "clots in the lungs, nerve damage, loss of sight."),
        "fda-consumer-2021", decisive=True, also=("kuriyan-2017", "ema-cat-2020"),
        doctor=_("It would go into the spinal fluid, a vein or the eye, and it is sold without "
                 "a product this checker can match to an approval for this illness where the "
                 "patient would be treated. That is where an unproven product can do the most "
                 "harm: infections, clots in the lungs, nerve damage, loss of sight."),
    ),
    Rule(
        "route_high_stakes_not_sold", OFFER,
        (kind_is(*CLINIC), When("route", HIGH_STAKES), When("sale", (NOT_SOLD,)),
         _NOT_ALLOWED), NOT_MET,
        _("It would go into the spinal fluid, a vein or the eye, which carries more risks than "
          "an injection into a joint, and no product this checker can match to an approval "
          "for this use was named. Ask what the product is and what evidence supports giving "
          "it this way."),
        "fda-consumer-2021", also=("kuriyan-2017",),
    ),
    Rule(
        "route_high_stakes_proven", OFFER,
        (kind_is(*CLINIC), When("route", HIGH_STAKES), _ALLOWED), MET,
        _("This way of giving cells carries more risks than an injection into a joint. Check "
          "that the product's leaflet covers this way of giving it."),
        "ema-union-register",
    ),
    Rule(
        "route_high_stakes_supervised", OFFER,
        (kind_is(TRIAL, *HOSPITAL_ROUTES), When("route", HIGH_STAKES)), MET,
        _("This way of giving cells carries more risks than an injection into a joint. The "
          "consent form must explain them."),
        "ema-cat-2020",
    ),
    Rule("route_low_stakes", OFFER, (When("route", LOW_STAKES),), MET,
         _("You said how the cells would be given."), "fda-consumer-2021",
        doctor=_("The patient said how the cells would be given."),
    ),
    Rule(
        "route_unsure", OFFER, (When("route", (UNSURE,)),), UNKNOWN,
        _("It is not known how the cells would be given. Ask, and ask about the risks of that "
          "way."),
        "fda-consumer-2021",
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
        "ema-cat-2020",
        doctor=_("It is not known in which country the patient would be treated, so it is not "
                 "known which agency to check with."),
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
        doctor=_("That is a trial's number, not a medicine's authorisation. Taking part in a "
                 "trial must be free for the patient; if the patient would pay, it is not a "
                 "trial."),
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

__all__ = ["ROUTE_AND_COUNTRY_RULES"]
