"""The optional details about the offer: how the cells would be given, and field lengths."""

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

#: The longest text each free-text field of the offer page accepts.
OFFER_LIMITS = {"clinic_name": 200, "country": 100, "condition": 200, "price": 100}
