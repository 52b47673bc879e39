"""The optional details about the offer: one field list with one set of labels.

The offer page's form, the check-your-answers rows, the report page and the PDF all read
their fields, labels and limits from here.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

#: How the cells would be given (the offer page's choices and the report's labels).
ROUTES = {
    "joint": _("Injection into a joint, tendon or other tissue"),
    "intravenous": _("Into a vein (intravenous drip)"),
    "intrathecal": _("Into the fluid around the spinal cord (intrathecal)"),
    "surgical": _("Placed during an operation (surgical implant)"),
    "other": _("Another way"),
    "unsure": _("Not sure"),
}


@dataclass(frozen=True, slots=True)
class OfferField:
    id: str
    label: str | Promise
    hint: str | Promise = ""
    #: The longest text the field accepts; ``None`` for the choice of route.
    max_length: int | None = None


OFFER_FIELDS: tuple[OfferField, ...] = (
    OfferField("clinic_name", _("Clinic or doctor"), _("As written on the offer or website."),
               200),
    OfferField("country", _("Country"), _("Where the treatment would take place."), 100),
    # Unrelated conditions for one product are a warning sign (itrt-guide).
    OfferField("condition", _("Condition to be treated"),
               _("For example, knee osteoarthritis."), 200),
    # A high price with no breakdown is a warning sign (itrt-guide).
    OfferField("price", _("Price quoted"), _("With the currency, for example 6,000 euros."),
               100),
    # Intrathecal and intravenous routes carry their own risks (bookimed-safety).
    OfferField("route", _("How the cells would be given")),
)
OFFER_FIELDS_BY_ID = {f.id: f for f in OFFER_FIELDS}

#: The longest text each free-text field of the offer page accepts.
OFFER_LIMITS = {f.id: f.max_length for f in OFFER_FIELDS if f.max_length is not None}
