"""Principles 1 and 2: each legal route by its own conditions, and what was seen in writing.

Criteria ``authorisation`` (a clinic's treatment, a hospital exemption, compassionate use),
``trial`` (a clinical trial) and ``gmp``. For the documents questions, "yes" means seen in
writing; "they only said so", "no" and "not sure" all mean "ask for it in writing" (each text
names the paper: ``rules.paper_texts``): amber at worst, never "not authorised". The questions
only a clinic can answer (``atmp``, ``clinical_trial``, ``regulator``) are asked "Did they tell
you...?": a "yes" there is what the patient was told, "You were told...", never a paper seen.
"""

from dataclasses import replace

from .facts import NOT_SOLD, SOLD
from .i18n import _
from .identifiers import EU_REGISTER, TRIAL_KINDS, UNKNOWN_FORMAT
from .paper_texts import PAPER_TEXTS, Said
from .question_model import (
    HOSPITAL_EXEMPTION,
    NO,
    TOLD,
    TRIAL,
    UNSURE,
    YES,
)
from .rule_model import (
    CLINIC,
    HOSPITAL_ROUTES,
    JUDGED,
    MET,
    NOT_MET,
    UNKNOWN,
    Rule,
    When,
    kind_is,
)

AUTHORISATION, TRIAL_CRITERION, GMP = "authorisation", "trial", "gmp"


def _seen_in_writing(question: str, criterion: str, kinds: tuple[str, ...], seen: Said,
                     source: str = "itrt-guide", prefix: str = "") -> tuple[Rule, ...]:
    """The rules of a documents question: seen in writing is met; they said so, no and not
    sure are "ask for it in writing", never a finding that it does not exist. Each text comes
    with its doctor's version (``seen`` and ``rules.paper_texts``)."""
    rid = prefix or question
    when = kind_is(*kinds)
    told, not_shown, unsure = PAPER_TEXTS[rid]
    return (
        Rule(f"{rid}_seen", criterion, (when, When(question, (YES,))), MET, seen[0], source,
             doctor=seen[1]),
        Rule(f"{rid}_told", criterion, (when, When(question, (TOLD,))), UNKNOWN, told[0],
             source, doctor=told[1]),
        Rule(f"{rid}_not_shown", criterion, (when, When(question, (NO,))), NOT_MET,
             not_shown[0], source, doctor=not_shown[1]),
        Rule(f"{rid}_unsure", criterion, (when, When(question, (UNSURE,))), UNKNOWN, unsure[0],
             source, doctor=unsure[1]),
    )


def _yes_no(question: str, criterion: str, kinds: tuple[str, ...], yes: str, no: str,
            unsure: str, source: str = "itrt-guide", no_decisive: bool = True,
            prefix: str = "", also: tuple[str, ...] = (), by_sale: bool = True,
            no_not_sold: str = "", no_doctor: str = "", yes_doctor: str = "",
            no_not_sold_doctor: str = "") -> tuple[Rule, ...]:
    """The rules of a yes / no / not sure question whose "no" is a statement of fact. A
    decisive "no" is decisive only when the product is sold (or that is not known): the same
    answer about a hospital's free treatment is a question to ask, not a verdict."""
    rid = prefix or question
    when = kind_is(*kinds)
    no_rules: tuple[Rule, ...] = (
        Rule(f"{rid}_no", criterion, (when, When(question, (NO,)), When("sale", (SOLD, UNSURE))),
             NOT_MET, no, source, decisive=True, also=also, doctor=no_doctor),
        Rule(f"{rid}_no_not_sold", criterion,
             (when, When(question, (NO,)), When("sale", (NOT_SOLD,))), NOT_MET,
             no_not_sold or no, source, also=also,
             doctor=no_not_sold_doctor if no_not_sold else no_doctor),
    ) if no_decisive and by_sale else (
        Rule(f"{rid}_no", criterion, (when, When(question, (NO,))), NOT_MET, no, source,
             decisive=no_decisive, also=also, doctor=no_doctor),
    )
    return (
        Rule(f"{rid}_yes", criterion, (when, When(question, (YES,))), MET, yes, source,
             also=also, doctor=yes_doctor),
        *no_rules,
        Rule(f"{rid}_unsure", criterion, (when, When(question, (UNSURE,))), UNKNOWN, unsure,
             source, also=also),
    )


def _required_paper(question: str, seen: Said, missing: str,
                    doctor: str) -> tuple[Rule, ...]:
    """A trial's paper that every real trial has (ethics approval, consent form): seen is met,
    told or not sure is "ask for it", and no is decisive (cuende-2021)."""
    when = kind_is(TRIAL)
    told, _not_shown, unsure = PAPER_TEXTS[question]
    return (
        Rule(f"{question}_seen", TRIAL_CRITERION, (when, When(question, (YES,))), MET, seen[0],
             "cuende-2021", doctor=seen[1]),
        Rule(f"{question}_told", TRIAL_CRITERION, (when, When(question, (TOLD,))), UNKNOWN,
             told[0], "cuende-2021", doctor=told[1]),
        Rule(f"{question}_not_shown", TRIAL_CRITERION, (when, When(question, (NO,))), NOT_MET,
             missing, "cuende-2021", decisive=True, also=("isscr-guide",), doctor=doctor),
        Rule(f"{question}_unsure", TRIAL_CRITERION, (when, When(question, (UNSURE,))), UNKNOWN,
             unsure[0], "cuende-2021", doctor=unsure[1]),
    )


_ATMP_YES_DOCTOR = _("The patient was told the product is a cell medicine (an advanced therapy "
                      "medicinal product).")
_TRIAL_PROVED_DOCTOR = _("The patient was told a clinical trial has shown that it is safe and "
                         "works.")
_REGULATOR_YES_DOCTOR = _("The patient was told the medicines agency checks this product.")
_REGULATOR_YES = _("You were told the medicines agency checks this product.")
_REGULATOR_NO = _("You were told no medicines agency checks or allowed this product, so nobody "
                  "independent checks its quality or its side effects. A cell medicine needs "
                  "the agency's approval.")
_REGULATOR_DOCTOR = _("The patient was told no medicines agency checks or allowed this "
                      "product, so nobody independent checks its quality or its side effects. A "
                      "cell medicine needs the agency's approval.")
_REGULATOR_HOSPITAL_NO = _("You were told no medicines agency allowed this product, so nobody "
                           "independent checks its quality or its side effects. What a "
                           "hospital arranges this way needs the agency's permission.")
_REGULATOR_HOSPITAL_DOCTOR = _("The patient was told no medicines agency allowed this product, "
                               "so nobody independent checks its quality or its side effects. "
                               "What a hospital arranges this way needs the agency's "
                               "permission.")
_REGULATOR_UNSURE = _("It is not known whether the medicines agency checks or allowed this "
                      "product.")

AUTHORISATION_RULES: tuple[Rule, ...] = (
    *_yes_no(
        "atmp", AUTHORISATION, CLINIC,
        _("You were told the product is a cell medicine (an advanced therapy medicinal "
          "product)."),
        _("You were told the product is not a medicine. Cells sold to treat an illness, "
          "changed in a laboratory or used for another job than their own, are a medicine "
          "that needs authorisation in the EU and the United States."),
        _("It is not known whether the product is a cell medicine (an advanced therapy "
          "medicinal product)."),
        source="ema-cat-2020", also=("eu-tcd-2004", "fda-361-hctp", "itrt-guide"),
        no_doctor=_("The patient was told the product is not a medicine. Cells sold to treat "
                    "an illness, changed in a laboratory or used for another job than their "
                    "own, are a medicine that needs authorisation in the EU and the United "
                    "States."),
        no_not_sold=_("You were told the product is not a medicine. Cells put back as a graft "
                      "within the same operation are outside the laws on medicines and on "
                      "tissues; cells grown, changed in a laboratory or used for another job "
                      "are a medicine that needs authorisation. Ask the hospital which this "
                      "is."),
        yes_doctor=_ATMP_YES_DOCTOR,
        no_not_sold_doctor=_("The patient was told the product is not a medicine. Cells put "
                             "back as a graft within the same operation are outside the laws on "
                             "medicines and on tissues; cells grown, changed in a laboratory or "
                             "used for another job are a medicine that needs authorisation. Ask "
                             "the hospital which this is."),
    ),
    *_yes_no(
        "atmp", AUTHORISATION, HOSPITAL_ROUTES,
        _("You were told the product is a cell medicine (an advanced therapy medicinal "
          "product)."),
        _("You were told the product is not a cell medicine. A hospital exemption or "
          "compassionate use is for medicines: ask what exactly the product is."),
        _("It is not known whether the product is a cell medicine (an advanced therapy "
          "medicinal product)."),
        source="ema-cat-2020", no_decisive=False, prefix="atmp_hospital",
        yes_doctor=_ATMP_YES_DOCTOR,
        no_doctor=_("The patient was told the product is not a cell medicine. A hospital "
                    "exemption or compassionate use is for medicines: ask what exactly the "
                    "product is."),
    ),
    *_yes_no(
        "clinical_trial", AUTHORISATION, CLINIC,
        _("You were told a clinical trial has shown that it is safe and works."),
        _("You were told no study in people has shown that this treatment is safe and works, "
          "and it is sold to you as a treatment. The medicines agencies warn against paying "
          "for an unproven product outside a trial."),
        _("It is not known whether a clinical trial has shown that this treatment is safe "
          "and works."),
        source="fda-consumer-2021", also=("ema-cat-2020", "itrt-guide"),
        no_doctor=_("The patient was told no study in people has shown that this treatment is "
                    "safe and works, and it is sold as a treatment. The medicines agencies warn "
                    "against paying for an unproven product outside a trial."),
        yes_doctor=_TRIAL_PROVED_DOCTOR,
    ),
    *_yes_no(
        "clinical_trial", AUTHORISATION, HOSPITAL_ROUTES,
        _("You were told a clinical trial has shown that it is safe and works."),
        _("No trial has shown yet that it works. That can happen in compassionate use or a "
          "hospital exemption: ask what evidence the agency relied on."),
        _("It is not known what evidence there is that it works. Ask what the agency relied "
          "on."),
        source="ema-cat-2020", no_decisive=False, prefix="clinical_trial_hospital",
        yes_doctor=_TRIAL_PROVED_DOCTOR,
    ),
    *_yes_no(
        "regulator", AUTHORISATION, CLINIC, _REGULATOR_YES, _REGULATOR_NO, _REGULATOR_UNSURE,
        source="ema-cat-2020", also=("fda-consumer-2021", "itrt-guide"),
        no_doctor=_REGULATOR_DOCTOR,
        yes_doctor=_REGULATOR_YES_DOCTOR,
    ),
    # Without the agency's permission it is not a hospital exemption or compassionate use. A
    # hospital's free treatment is never judged more strictly than the same answers with the
    # kind of offer unknown (principle 8), so "no" is decisive when it is sold, as for a clinic.
    *_yes_no(
        "regulator", AUTHORISATION, HOSPITAL_ROUTES, _REGULATOR_YES, _REGULATOR_HOSPITAL_NO,
        _REGULATOR_UNSURE, source="ema-cat-2020", also=("aemps-rd477",),
        prefix="regulator_hospital", no_doctor=_REGULATOR_HOSPITAL_DOCTOR,
        no_not_sold=_("You were told no medicines agency allowed this. What a hospital arranges "
                      "this way needs the agency's permission for this product. Ask the "
                      "hospital what permission it has."),
        yes_doctor=_REGULATOR_YES_DOCTOR,
        no_not_sold_doctor=_("The patient was told no medicines agency allowed this. What a "
                             "hospital arranges this way needs the agency's permission for this "
                             "product. Ask the hospital what permission it has."),
    ),
    *_seen_in_writing(
        "authorisation_document", AUTHORISATION, CLINIC,
        (_("You have seen the authorisation in writing."),
         _("The patient has seen the authorisation in writing.")),
    ),
    *_seen_in_writing(
        "authorisation_document", AUTHORISATION, HOSPITAL_ROUTES,
        (_("You have seen the agency's permission in writing."),
         _("The patient has seen the agency's permission in writing.")),
        source="aemps-rd477", prefix="permission",
    ),
    *_seen_in_writing(
        "administrator_authorised", AUTHORISATION, CLINIC,
        (_("You have seen in writing that the doctor or clinic may give it."),
         _("The patient has seen in writing that the doctor or clinic may give it.")),
    ),
    *_seen_in_writing(
        "administrator_authorised", AUTHORISATION, (HOSPITAL_EXEMPTION,),
        (_("You have seen in writing that you would be treated in the hospital the permission "
           "names."),
         _("The patient has seen in writing that the treatment would be in the hospital the "
           "permission names.")),
        source="aemps-rd477", prefix="named_hospital",
    ),
    *_seen_in_writing(
        "administrator_authorised", AUTHORISATION, ("compassionate_use",),
        (_("You have seen in writing that a hospital arranges it."),
         _("The patient has seen in writing that a hospital arranges it.")),
        source="ema-cat-2020", prefix="arranging_hospital",
    ),
)

TRIAL_RULES: tuple[Rule, ...] = (
    Rule(
        "trial_number_registered", TRIAL_CRITERION, (When("trial_number", TRIAL_KINDS),), MET,
        _("The number has the form of a public trial register's number. Open the record (link "
          "in the report): it must name this product, illness and hospital, and show the trial "
          "as recruiting."),
        "trial-registries",
    ),
    Rule(
        "trial_number_is_a_medicine", TRIAL_CRITERION, (When("trial_number", (EU_REGISTER,)),),
        NOT_MET,
        _("That is an authorised medicine's number, not a trial's. Ask for the trial's "
          "registration number."),
        "trial-registries",
    ),
    Rule(
        "trial_number_unknown_format", TRIAL_CRITERION,
        # Unknown, not "not met": the WHO's register network has national registers whose
        # numbers this checker does not read, so an unread format proves nothing.
        (When("trial_number", (UNKNOWN_FORMAT,)),), UNKNOWN,
        _("The number is in no format of the public trial registers this checker knows. Ask "
          "which register lists the trial, and look it up yourself."),
        "trial-registries",
    ),
    Rule(
        "trial_number_not_given", TRIAL_CRITERION, (When("trial_number", ("not_given",)),),
        UNKNOWN,
        _("No trial number was given. A real trial is listed in a public register: ask for its "
          "number and look it up yourself."),
        "itrt-guide",
    ),
    *_yes_no(
        "regulator", TRIAL_CRITERION, (TRIAL,),
        _("You were told the medicines agency allowed the trial."),
        _("You were told the medicines agency did not allow this trial. A trial of a cell "
          "medicine needs the agency's authorisation as well as an ethics committee's."),
        _("It is not known whether the medicines agency allowed the trial."),
        source="cuende-2021", prefix="trial_agency", by_sale=False,
        no_doctor=_("The patient was told the medicines agency did not allow this trial. A "
                    "trial of a cell medicine needs the agency's authorisation as well as an "
                    "ethics committee's."),
        yes_doctor=_("The patient was told the medicines agency allowed the trial."),
    ),
    *_seen_in_writing(
        "authorisation_document", TRIAL_CRITERION, (TRIAL,),
        (_("You have seen the trial's listing or permission in writing."),
         _("The patient has seen the trial's listing or permission in writing.")),
        source="trial-registries", prefix="trial_listing",
    ),
    *_required_paper(
        "trial_ethics",
        (_("You have seen the ethics committee's approval in writing."),
         _("The patient has seen the ethics committee's approval in writing.")),
        _("No ethics committee has approved this trial. Every real trial needs one, whatever "
          "its organisers say: without it, it is not a trial you can safely join."),
        _("No ethics committee has approved this trial. Every real trial needs one, whatever "
          "its organisers say: without it, it is not a trial a patient can safely join."),
    ),
    *_yes_no(
        "trial_free", TRIAL_CRITERION, (TRIAL,),
        _("Taking part is free for you, as it should be."),
        _("You would pay to take part. Taking part in a real trial of a new product is free: "
          "being charged is a sign that it is a sale, not research."),
        _("It is not known whether taking part is free. In a real trial of a new product it "
          "is."),
        source="cuende-2021", by_sale=False, also=("turner-2017",),
        no_doctor=_("The patient would pay to take part. Taking part in a real trial of a new "
                    "product is free: being charged is a sign that it is a sale, not research."),
        yes_doctor=_("Taking part is free for the patient, as it should be."),
    ),
    *(replace(r, when=(*r.when, When("country", ("es", "eu", UNSURE)))) for r in _seen_in_writing(
        "trial_insurance", TRIAL_CRITERION, (TRIAL,),
        (_("You have seen the trial's insurance in writing."),
         _("The patient has seen the trial's insurance in writing.")),
        source="cuende-2021",
    )),
    Rule(
        "trial_insurance_outside_eu", TRIAL_CRITERION,
        (kind_is(TRIAL), When("country", ("outside_eu",)),
         When("trial_insurance", (YES, TOLD, NO, UNSURE))), MET,
        _("The law this checker's sources describe requires trial insurance in Spain and the "
          "EU; other countries have their own rules. Ask what covers you if the trial harms "
          "you."),
        "cuende-2021",
        doctor=_("The law this checker's sources describe requires trial insurance in Spain and "
                 "the EU; other countries have their own rules. Ask what covers the patient if "
                 "the trial causes harm."),
    ),
    *_required_paper(
        "trial_consent",
        (_("You have the written consent form."),
         _("The patient has the written consent form.")),
        _("There is no written consent form. Every real trial gives you one to read before "
          "you agree, setting out the risks and that you may leave at any time."),
        _("There is no written consent form. Every real trial gives one to read before "
          "agreeing, setting out the risks and that the patient may leave at any time."),
    ),
)

GMP_RULES: tuple[Rule, ...] = (
    *_seen_in_writing(
        "clean_room", GMP, JUDGED,
        (_("You have seen in writing that the product is made in a certified clean room under "
           "written procedures."),
         _("The patient has seen in writing that the product is made in a certified clean room "
           "under written procedures.")),
    ),
    *_seen_in_writing(
        "leaflet", GMP, CLINIC,
        (_("You have seen the official product leaflet."),
         _("The patient has seen the official product leaflet.")),
    ),
)

__all__ = ["AUTHORISATION", "AUTHORISATION_RULES", "GMP", "GMP_RULES", "TRIAL_CRITERION",
           "TRIAL_RULES"]
