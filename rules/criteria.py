"""The criteria: what each condition of a legitimate offer is, the questions its rules read,
its reasons when not met or unknown, and its wording for the doctor's PDF.

A criterion's questions are those whose ``criteria`` name it (``rules.questions_offer``,
``rules.questions_itrt``), so a new question joins its criteria from its own entry; the
facts its rules read that are worked out from the answers (``rules.facts``) are named here.
``rules.table`` holds the rules and checks them all at import.
"""

from .catalogue import QUESTIONS, in_order
from .i18n import _
from .question_model import CELL_FREE_TYPES, PRP
from .rule_model import CLINIC, HOSPITAL_ROUTES, TRIAL_ONLY, Criterion


def _read_by(criterion: str, *, first: tuple[str, ...] = (),
             facts: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A criterion's questions: those whose ``criteria`` name it, in catalogue order (those in
    ``first`` leading, for the order its rows keep in the reports), then the facts its rules
    read that are worked out from the answers (``rules.facts``: the sale, the product's
    match...). A new question joins its criteria from its own entry."""
    return (*in_order((q.id for q in QUESTIONS if criterion in q.criteria), first), *facts)


CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "offer",
        _("What is offered, for what, and where"),
        _("The kind of offer, the illness, the cells, how they are given and the country. No "
          "stem cell product is authorised for many illnesses; some cells and ways of giving "
          "them carry more risk; the country decides which agency to check with."),
        _read_by("offer", first=("offer_kind", "provider", "payment", "condition_group",
                                 "cell_type", "route", "country", "authorisation_number"),
                 facts=("label_check", "sale", "product_here")),
        "fda-consumer-2021",
        red_when_not_met=False,
        not_met=_("What is offered, or where, raises serious questions."),
        unknown=_("It is not known exactly what is offered, for what, or where."),
        doctor_standard=_("A legitimate offer says what the product is, for which illness and "
                          "how it is given; for many illnesses no stem cell product is "
                          "authorised, and the country decides which medicines agency checks it."),
        doctor_verify=_("Whether any product is authorised there for this illness and this route."),
    ),
    Criterion(
        "product",
        _("A product authorised for this illness, here"),
        _("The product's name or number is matched against the cell medicines authorised in "
          "the EU, the United States and a few other countries. A treatment can only look "
          "legitimate when its product is authorised for the patient's illness where the "
          "patient would be treated."),
        _read_by("product", facts=("product_match",)),
        "ema-union-register",
        red_when_not_met=False,
        not_met=_("The product named is not authorised for this illness where you would be "
                  "treated."),
        unknown=_("It is not shown that the product is fully authorised for this illness where "
                  "you would be treated."),
        kinds=CLINIC,
        skip_cell_types=(PRP,),
        doctor_not_met=_("The product named is not authorised for this illness where the "
                         "patient would be treated."),
        doctor_unknown=_("It is not shown that the product is fully authorised for this "
                         "illness where the patient would be treated."),
        doctor_standard=_("A legitimate treatment uses a product authorised for this illness "
                          "where the patient is treated, named so that it can be found in the "
                          "agency's register."),
        doctor_verify=_("The product's entry in that country's register, and the illnesses it is "
                        "for."),
    ),
    Criterion(
        "authorisation",
        _("Authorised medicine, or a hospital's permission"),
        _("A clinic's treatment must be an authorised cell medicine, proven in trials, "
          "checked by the medicines agency and given by a doctor and clinic allowed to give "
          "it. A hospital exemption or compassionate use needs the agency's permission for "
          "that product and hospital."),
        _read_by("authorisation", facts=("sale",)),
        "ema-cat-2020",
        red_when_not_met=False,
        not_met=_("The authorisation has not been shown, or is missing."),
        unknown=_("It is not confirmed in writing that the offer is authorised."),
        kinds=(*CLINIC, *HOSPITAL_ROUTES),
        skip_cell_types=(PRP,),
        doctor_standard=_("A legitimate offer is an authorised advanced therapy medicine, or is "
                          "given within an authorised, registered clinical trial, by a doctor "
                          "and clinic authorised to give it."),
        doctor_verify=_("The authorisation number, or the trial's registration number in a "
                        "public register; that this clinic and doctor may give the product."),
    ),
    Criterion(
        "trial",
        _("A real clinical trial"),
        _("A real trial is listed in a public register, allowed by the medicines agency and "
          "an ethics committee, free for the people in it, insured, and explained in a "
          "written consent form. That no trial has shown the product works yet is expected: "
          "finding out is what the trial is for."),
        _read_by("trial", first=("trial_number", "regulator", "authorisation_document",
                                 "trial_ethics", "trial_free", "trial_insurance",
                                 "trial_consent", "country"),
                 facts=("sale",)),
        "cuende-2021",
        red_when_not_met=False,
        not_met=_("A condition of a real clinical trial is missing or has not been shown."),
        unknown=_("It is not confirmed in writing that this is a real clinical trial."),
        kinds=TRIAL_ONLY,
        doctor_standard=_("A legitimate trial is listed in a public register, approved by the "
                          "medicines agency and an ethics committee, free for the people in it, "
                          "insured, and explained in a written consent form."),
        doctor_verify=_("The trial's entry in a public register, the ethics committee's "
                        "approval, the insurance and the consent form."),
    ),
    Criterion(
        "gmp",
        _("Made in a certified clean lab (GMP)"),
        _("The cells are grown and tested in a certified clean room following written "
          "procedures, and an authorised product comes with an official leaflet."),
        _read_by("gmp"),
        "ema-cat-2020",
        red_when_not_met=False,
        not_met=_("It has not been shown that the product is made in a certified clean lab, "
                  "with its papers."),
        unknown=_("It is not confirmed in writing that the product is made in a certified "
                  "clean lab."),
        skip_cell_types=(PRP,),
        doctor_standard=_("A legitimate product is made and tested in a certified clean room "
                          "(GMP) and comes with an official leaflet."),
        doctor_verify=_("The official leaflet, the GMP certificate and the batch's quality "
                        "controls."),
    ),
    Criterion(
        "same_day_extraction",
        _("Enough time to grow the cells"),
        _("Grown cells take time: at least 21 days for your own, one to two weeks for a "
          "donor's, or made in advance and frozen. Cells taken and given back on the same day "
          "are a same-day procedure, not an authorised medicine."),
        _read_by("same_day_extraction", facts=("sale",)),
        "ema-cat-2020",
        red_when_not_met=False,
        not_met=_("The days between taking the cells and giving them back raise questions: "
                  "ask what is done to the cells in that time."),
        unknown=_("It is not confirmed that there is enough time to grow the cells."),
        skip_cell_types=CELL_FREE_TYPES,
        doctor_standard=_("A legitimate cultured product takes weeks to grow: cells are not "
                          "taken and given back on the same day."),
        doctor_verify=_("The days between taking the cells and giving them back; where they are "
                        "grown."),
    ),
    Criterion(
        "follow_up",
        _("Clinical follow-up"),
        _("Planned check-ups suited to the illness: for bones, joints and the spine, pain and "
          "function on standard scales and an MRI scan; for other illnesses, check-ups at set "
          "times with the results given to the patient."),
        _read_by("follow_up", facts=("follow_up",)),
        "isscr-guide",
        red_when_not_met=False,
        not_met=_("The clinical follow-up is missing or incomplete."),
        unknown=_("The clinical follow-up is not confirmed."),
        doctor_standard=_("A legitimate offer plans check-ups at set times suited to the "
                          "illness, with standard scales and, where it helps, imaging of the "
                          "treated tissue."),
        doctor_verify=_("The written follow-up plan: visits, pain and function scales, imaging."),
    ),
)

CRITERIA_BY_ID: dict[str, Criterion] = {c.id: c for c in CRITERIA}

__all__ = ["CRITERIA", "CRITERIA_BY_ID"]
