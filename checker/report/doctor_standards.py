"""What each condition looks like in a legitimate offer, and what the doctor can check.

The doctor's PDF shows these beside each condition's findings (checker/report/doctor.py):
a standard to compare with, never a statement about this offer.
"""

from django.utils.translation import gettext_lazy

#: What each condition looks like in a legitimate offer: never a statement about this one.
STANDARDS = {
    "offer": gettext_lazy(
        "A legitimate offer says what the product is, for which illness and how it is given; "
        "for many illnesses no stem cell product is authorised, and the country decides "
        "which medicines agency checks it."),
    "authorisation": gettext_lazy(
        "A legitimate offer is an authorised advanced therapy medicine, or is given within an "
        "authorised, registered clinical trial, by a doctor and clinic authorised to give it."),
    "trial": gettext_lazy(
        "A legitimate trial is listed in a public register, approved by the medicines agency "
        "and an ethics committee, free for the people in it, insured, and explained in a "
        "written consent form."),
    "gmp": gettext_lazy(
        "A legitimate product is made and tested in a certified clean room (GMP) and comes "
        "with an official leaflet."),
    "same_day_extraction": gettext_lazy(
        "A legitimate cultured product takes weeks to grow: cells are not taken and given "
        "back on the same day."),
    "follow_up": gettext_lazy(
        "A legitimate offer plans check-ups at set times suited to the illness, with standard "
        "scales and, where it helps, imaging of the treated tissue."),
    "product": gettext_lazy(
        "A legitimate treatment uses a product authorised for this illness where the patient "
        "is treated, named so that it can be found in the agency's register."),
}

#: What the doctor can check for each condition.
VERIFY = {
    "offer": gettext_lazy(
        "Whether any product is authorised there for this illness and this route."),
    "trial": gettext_lazy(
        "The trial's entry in a public register, the ethics committee's approval, the "
        "insurance and the consent form."),
    "authorisation": gettext_lazy(
        "The authorisation number, or the trial's registration number in a public register; "
        "that this clinic and doctor may give the product."),
    "gmp": gettext_lazy(
        "The official leaflet, the GMP certificate and the batch's quality controls."),
    "same_day_extraction": gettext_lazy(
        "The days between taking the cells and giving them back; where they are grown."),
    "follow_up": gettext_lazy(
        "The written follow-up plan: visits, pain and function scales, imaging."),
    "product": gettext_lazy(
        "The product's entry in that country's register, and the illnesses it is for."),
}
