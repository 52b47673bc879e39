"""The methodology page's parts for judgement v3 (issue 27): its principles, what a green
verdict rests on, and the products table, all read from rules/ (rules.products,
rules.table.GREEN_BY_BASIS), so the page shows the rules the engine runs.
"""

from typing import Any

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

import rules
from rules.products import PRODUCTS
from rules.table import GREEN_BY_BASIS

from .labels import answer_label
from .report.product import status_label, where_name

#: The principles of judgement v3, in our own words, each with independent sources
#: (title, text, source ids).
PRINCIPLES: tuple[tuple[Any, Any, tuple[str, ...]], ...] = (
    (_("The label is checked against who offers it and who pays"),
     _("What you call the offer does not decide how it is judged. Compassionate use or a "
       "hospital exemption offered by a private clinic, or one where you pay for the cells, "
       "the procedure or a fee, is judged as a treatment sold by a clinic, with every rule. "
       "So is a \"trial\" that you pay for. A \"transplant\" is left to the haematology team "
       "only when a hospital gives it for a blood disease; any other \"transplant\" is judged "
       "as a treatment, with its warning signs."),
     ("ema-cat-2020", "aemps-rd477", "turner-2017", "cuende-2021")),
    (_("Green only on evidence a doctor could check"),
     _("A green verdict rests on one of four things: a product authorised for your illness "
       "where you would be treated, with its leaflet or authorisation seen in writing; a "
       "registered trial with ethics approval and written consent, free of charge; or a "
       "hospital exemption or compassionate use arranged by a hospital, with the agency's "
       "permission seen in writing and nothing to pay for the product. Its title says which. "
       "A plain \"yes\" is what you were told: it never counts as seen in writing."),
     ("ema-union-register", "trial-registries", "aemps-rd477", "ema-cat-2020")),
    (_("The product is matched by its name"),
     _("The product's name, or its EU number, is matched against the table below (capitals, "
       "spaces, hyphens and accents ignored). A name the checker does not know is not an "
       "error: ask for the product's leaflet. A conditional or time-limited approval in one "
       "country (Japan, South Korea) is not enough for green, and an approval in one country "
       "is not an authorisation in another."),
     ("ema-union-register", "fda-approved-ctgp", "pmda-regenerative", "mfds-cell-products")),
    (_("Independent sources decide"),
     _("Every rule that decides a verdict on its own, and every number that can make a verdict "
       "\"Do not go ahead\", cites at least one source that does not sell cell treatments. A "
       "seller's page may shape a question; it never decides a verdict alone: the culture "
       "times, from a seller's guide, only raise questions. Sellers are marked in the list of "
       "sources."),
     ("ema-cat-2020", "fda-consumer-2021")),
    (_("Platelet-rich plasma is not a stem cell product"),
     _("Platelet-rich plasma (PRP) is made from your own blood and has no stem cells in it. "
       "In Spain it is a medicine a doctor may prepare under set conditions. The checker "
       "says what it is and does not judge it as a stem cell treatment."),
     ("aemps-prp-2013",)),
)


def principles() -> list[dict[str, Any]]:
    return [{"title": str(title), "text": str(text), "sources": sources}
            for title, text, sources in PRINCIPLES]


def green_bases() -> list[dict[str, str]]:
    """The titles a green verdict takes, by what it rests on (the ``assess`` JSON's
    ``basis``)."""
    return [{"basis": basis, "title": gettext(v.title), "summary": gettext(v.summary),
             "source": v.source} for basis, v in GREEN_BY_BASIS.items()]


def products() -> list[dict[str, Any]]:
    """Every product the checker knows by name: what it is, for which illnesses, and its
    status in each place, with the source of each approval."""
    return [{
        "id": p.id, "name": p.name, "aliases": list(p.aliases), "what": gettext(p.what),
        "indications": [answer_label("condition_group", c) for c in p.indications],
        "numbers": list(p.numbers),
        "haematology": p.haematology,
        "approvals": [{"where": where_name(a.where), "status": a.status,
                       "status_label": status_label(a.status), "note": gettext(a.note),
                       "source": a.source} for a in p.approvals],
    } for p in PRODUCTS]


def v3_sources() -> set[str]:
    """Every source id the v3 sections cite (all must be in the register)."""
    ids = {s for _t, _x, sources in PRINCIPLES for s in sources}
    ids |= {v.source for v in GREEN_BY_BASIS.values()}
    ids |= {a.source for p in PRODUCTS for a in p.approvals}
    assert ids <= set(rules.SOURCES), ids - set(rules.SOURCES)
    return ids
