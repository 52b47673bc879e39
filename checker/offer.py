"""The optional details about the offer: one field list with one set of labels.

The offer page's form, the check-your-answers rows, the report page and the PDF all read
their fields, labels and limits from here. How the cells are given and the country are
answers since issue 12 (the rules judge them), and the product's name since judgement v3
(issue 27: the rules match it against the products table): see the catalogue. A "product"
typed on this page before then stays stored but is no longer shown or read: the answer is
the one place for it.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True, slots=True)
class OfferField:
    id: str
    label: str | Promise
    hint: str | Promise
    #: The longest text the field accepts.
    max_length: int


OFFER_FIELDS: tuple[OfferField, ...] = (
    OfferField("clinic_name", _("Clinic or doctor"), _("As written on the offer or website."),
               200),
    # Unrelated conditions for one product are a warning sign (itrt-guide).
    OfferField("condition", _("Condition to be treated"),
               _("For example, knee osteoarthritis."), 200),
    # A high price with no breakdown is a warning sign (itrt-guide).
    OfferField("price", _("Price quoted"), _("With the currency, for example 6,000 euros."),
               100),
)

#: The longest text each free-text field of the offer page accepts.
OFFER_LIMITS = {f.id: f.max_length for f in OFFER_FIELDS}
