"""The product the patient named, as the report shows it: what the checker matched it to, what
it is, its status where, and whether it is meant for the patient's illness.

Built from the assessment's ``ProductMatch`` (rules/products.py), so the page, the PDF and the
``assess`` JSON say the same. An unknown name is shown as "not matched", never as an error:
the checker knows only the products in its table.
"""

from django.utils.translation import gettext, pgettext

import rules
from rules.products import (
    AUTHORISED,
    CONDITIONAL,
    EU,
    HOSPITAL_EXEMPTION,
    WITHDRAWN,
    ProductMatch,
)

from ..labels import answer_label, country_name
from .model import Approval, ProductSummary


def status_label(status: str) -> str:
    # The four words, spelt out for makemessages.
    return {AUTHORISED: pgettext("product status", "Authorised"),
            CONDITIONAL: pgettext("product status", "Conditional, time-limited approval"),
            WITHDRAWN: pgettext("product status", "Withdrawn or lapsed"),
            HOSPITAL_EXEMPTION: pgettext("product status", "Hospital exemption (one hospital)"),
            }.get(status, status)


def where_name(where: str) -> str:
    """A jurisdiction of the products table by name: the EU, or a country."""
    return gettext("European Union") if where == EU else country_name(where)


def _indication(match: ProductMatch) -> str:
    if match.indication_matches is None:
        return gettext("Not known: check that its leaflet names your illness.")
    if match.indication_matches:
        return gettext("Yes: it is meant for the illness you chose.")
    assert match.product is not None
    illnesses = "; ".join(answer_label("condition_group", c)
                          for c in match.product.indications)
    return gettext("No: it is meant for another illness (%(illnesses)s).") % {
        "illnesses": illnesses}


def product_summary(match: ProductMatch | None) -> ProductSummary | None:
    """The product block of the report (None when no name or EU number was given).

    ``matched`` is False for a name the checker does not know; ``approvals`` lists each
    approval (where, status, note, source); ``source`` is the first approval's."""
    if match is None:
        return None
    question = rules.QUESTIONS_BY_ID["product"]
    if match.product is None:
        return {"matched": False, "input": match.input, "source": question.source,
                "text": gettext("Not matched: we do not know this product. That proves nothing "
                                "either way: ask for its official leaflet and its "
                                "authorisation number.")}
    product = match.product
    approvals: list[Approval] = [{"where": where_name(a.where), "status": a.status,
                  "status_label": status_label(a.status), "note": gettext(a.note),
                  "source": a.source} for a in product.approvals]
    return {
        "matched": True, "input": match.input, "name": product.name,
        "what": gettext(product.what),
        "status": match.status, "status_label": status_label(match.status),
        "where": ", ".join(where_name(w) for w in match.where) or gettext("Nowhere at present"),
        "approvals": approvals,
        "indication_matches": match.indication_matches,
        "indication": _indication(match),
        "source": product.approvals[0].source,
    }
