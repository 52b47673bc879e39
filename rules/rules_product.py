"""Judgement v3, principle 1(a): the product, matched by its name or EU number against the
products table (``rules.products``), and what that match means for the patient's illness and
country (criterion ``product``, judged for a treatment sold by a clinic or a hospital).

Green needs a product authorised where the patient would be treated, for the patient's illness;
a conditional or time-limited national approval, a withdrawn product, another illness or
another country is amber with what to ask; a name this checker does not know is a finding,
never an error.
"""

from .i18n import _
from .products import (
    AUTHORISED_HERE,
    CONDITIONAL_HERE,
    ELSEWHERE,
    EXEMPTION_HERE,
    INDICATION_UNCLEAR,
    NO_PRODUCT_GIVEN,
    OTHER_CELLS,
    OTHER_ILLNESS,
    UNKNOWN_PRODUCT,
    WHERE_UNKNOWN,
    WITHDRAWN_HERE,
)
from .rule_model import MET, NOT_MET, UNKNOWN, Rule, When

PRODUCT = "product"


def _rule(rid: str, value: str, outcome: str, text: str, source: str = "ema-union-register",
          also: tuple[str, ...] = ("fda-approved-ctgp",), doctor: str = "") -> Rule:
    return Rule(rid, PRODUCT, (When("product_match", (value,)),), outcome, text, source,
                also=also, doctor=doctor)


PRODUCT_RULES: tuple[Rule, ...] = (
    _rule("product_authorised_here", AUTHORISED_HERE, MET, _(
        "The product's name or number matches a cell medicine authorised for this illness "
        "where you would be treated. Check that the leaflet you were given is for this "
        "product, and open its record in the register."),
        doctor=_("The product's name or number matches a cell medicine authorised for this "
                 "illness where the patient would be treated. Check that the leaflet the patient "
                 "was given is for this product, and open its record in the register."),
    ),
    _rule("product_conditional_here", CONDITIONAL_HERE, UNKNOWN, _(
        "The product matches one with a conditional or time-limited approval in this "
        "country, resting on small studies. It is not a full authorisation, and no agency "
        "outside that country has authorised it. Ask what the results of the follow-up "
        "studies are."),
        source="pmda-regenerative", also=("mfds-cell-products",)),
    _rule("product_exemption_here", EXEMPTION_HERE, MET, _(
        "The product matches one made under a hospital exemption for this illness. The "
        "permission covers that product in one hospital only: check that you would be "
        "treated there."), source="aemps-rd477", also=(),
        doctor=_("The product matches one made under a hospital exemption for this illness. The "
                 "permission covers that product in one hospital only: check that the patient "
                 "would be treated there."),
    ),
    _rule("product_withdrawn", WITHDRAWN_HERE, NOT_MET, _(
        "The product matches one whose authorisation here was withdrawn or not renewed. Ask "
        "under which permission it would be given now.")),
    _rule("product_other_cells", OTHER_CELLS, NOT_MET, _(
        "The product named is made from other cells than the ones you were told of (your own "
        "or a donor's). Ask which product it really is, and for its leaflet."),
        doctor=_("The product named is made from other cells than the ones the patient was told "
                 "of (the patient's own or a donor's). Ask which product it really is, and for "
                 "its leaflet."),
    ),
    _rule("product_other_illness", OTHER_ILLNESS, NOT_MET, _(
        "The product matches one authorised for another illness, not the one you chose. Ask "
        "why it would be used for yours, and under which permission."),
        doctor=_("The product matches one authorised for another illness, not the one the "
                 "patient chose. Ask why it would be used for this one, and under which "
                 "permission."),
    ),
    _rule("product_elsewhere", ELSEWHERE, NOT_MET, _(
        "The product matches one approved in another country, not where you would be "
        "treated. An approval in one country is not an authorisation in another."),
        doctor=_("The product matches one approved in another country, not where the patient "
                 "would be treated. An approval in one country is not an authorisation in "
                 "another."),
    ),
    _rule("product_indication_unclear", INDICATION_UNCLEAR, UNKNOWN, _(
        "The product matches a known one, but it is not clear that your illness is the one "
        "it is authorised for. Check that its leaflet names your illness."),
        doctor=_("The product matches a known one, but it is not clear that the patient's "
                 "illness is the one it is authorised for. Check that its leaflet names this "
                 "illness."),
    ),
    _rule("product_where_unknown", WHERE_UNKNOWN, UNKNOWN, _(
        "The product matches a known one, but it is not known in which country you would be "
        "treated, so it is not known whether it is authorised there."),
        doctor=_("The product matches a known one, but it is not known in which country the "
                 "patient would be treated, so it is not known whether it is authorised there."),
    ),
    _rule("product_unknown", UNKNOWN_PRODUCT, UNKNOWN, _(
        "This checker does not know a cell medicine of that name. That proves nothing either "
        "way: ask for its official leaflet and its authorisation number, and look them up.")),
    _rule("product_not_given", NO_PRODUCT_GIVEN, UNKNOWN, _(
        "No product name was given. An authorised cell medicine has a name and a leaflet: "
        "ask for both, and check them in the register.")),
)

__all__ = ["PRODUCT", "PRODUCT_RULES"]
