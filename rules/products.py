"""The cell products this checker recognises by name or number, and what they are authorised
for where (source: shared/sources/README.md, "Authorised cell-based products", each entry
resting on its register).

``match_product(name, number)`` finds an entry by its brand name, common name or an alias
(case, spaces, hyphens, dots and accents ignored), or by an EU Union Register number. An
unknown name is not an error: it is a finding ("we do not know this product; ask for its
leaflet"). ``product_class`` says what a match means for the patient's illness and country.
Checked at import: unique ids and names, known statuses, jurisdictions and condition ids,
independent sources.
"""

import re
import unicodedata
from dataclasses import dataclass

from .i18n import _
from .question_model import CONDITION_GROUPS, UNSURE
from .sources import check_source, independent

#: The status of a product in one jurisdiction (a contract: the ``assess`` JSON shows it).
AUTHORISED, CONDITIONAL, WITHDRAWN, HOSPITAL_EXEMPTION = (
    "authorised", "conditional", "withdrawn", "hospital_exemption")
STATUSES = (AUTHORISED, CONDITIONAL, WITHDRAWN, HOSPITAL_EXEMPTION)
#: Jurisdictions: the EU (every EU and EEA state), or one country by its ISO code.
EU = "EU"
JURISDICTIONS = (EU, "US", "JP", "KR", "IN", "ES")

#: What a product answer means for the patient's illness and country (a fact the rules read).
AUTHORISED_HERE = "authorised_here"
CONDITIONAL_HERE = "conditional_here"
EXEMPTION_HERE = "exemption_here"
ELSEWHERE = "elsewhere"
OTHER_CELLS = "other_cells"
OTHER_ILLNESS = "other_illness"
WITHDRAWN_HERE = "withdrawn"
INDICATION_UNCLEAR = "indication_unclear"
WHERE_UNKNOWN = "where_unknown"
UNKNOWN_PRODUCT = "unknown_product"
NO_PRODUCT_GIVEN = "not_given"
PRODUCT_CLASSES = (AUTHORISED_HERE, CONDITIONAL_HERE, EXEMPTION_HERE, ELSEWHERE, OTHER_CELLS,
                   OTHER_ILLNESS,
                   WITHDRAWN_HERE, INDICATION_UNCLEAR, WHERE_UNKNOWN, UNKNOWN_PRODUCT,
                   NO_PRODUCT_GIVEN)
#: Broader groups a patient may choose for a product's illness (a Crohn's fistula under
#: autoimmune diseases, a spinal cord injury under the nerves): the match is then unclear, not
#: another illness.
RELATED: dict[str, tuple[str, ...]] = {
    "crohns_fistula": ("autoimmune",),
    "gvhd": ("autoimmune", "blood_disease"),
    "spinal_cord_injury": ("neurological",),
    "eye_surface": ("eye",),
}

#: The classes that show a product this checker can match to a permission for this use.
ALLOWED_HERE = (AUTHORISED_HERE, CONDITIONAL_HERE, EXEMPTION_HERE)


@dataclass(frozen=True, slots=True)
class Approval:
    where: str
    status: str
    #: The year, and a few words on what it rests on or when it ended (message id).
    note: str
    source: str


@dataclass(frozen=True, slots=True)
class Product:
    id: str
    name: str
    #: Other names it is sold or written under (common names, older brand names).
    aliases: tuple[str, ...]
    #: What it is, in plain words (message id).
    what: str
    #: The condition ids it is authorised for.
    indications: tuple[str, ...]
    approvals: tuple[Approval, ...]
    #: Made from the patient's own cells (False: a donor's).
    own: bool = True
    #: EU Union Register numbers (EU/1/YY/NNNN).
    numbers: tuple[str, ...] = ()
    #: A hospital treatment for blood cancers or inherited blood and immune diseases (CAR-T
    #: cells, gene-modified blood stem cells, cord blood for transplant): out of scope.
    haematology: bool = False


def _a(where: str, status: str, note: str, source: str) -> Approval:
    return Approval(where, status, note, source)


_ER, _FDA, _PMDA, _MFDS = ("ema-union-register", "fda-approved-ctgp", "pmda-regenerative",
                           "mfds-cell-products")

PRODUCTS: tuple[Product, ...] = (
    Product("holoclar", "Holoclar", ("limbal stem cells",),
            _("The patient's own eye-surface (limbal) stem cells, grown into a graft for the "
              "cornea after a burn"),
            ("eye_surface",),
            (_a(EU, AUTHORISED, _("2015, a conditional EU marketing authorisation"), _ER),),
            numbers=("EU/1/14/987",)),
    Product("spherox", "Spherox", ("chondrosphere",),
            _("The patient's own cartilage cells grown into spheroids, for a cartilage defect "
              "of the knee (not for osteoarthritis)"),
            ("cartilage_defect",),
            (_a(EU, AUTHORISED, _("2017"), _ER),),
            numbers=("EU/1/17/1181",)),
    Product("alofisel", "Alofisel", ("darvadstrocel",),
            _("A donor's fat-derived cells, for complex perianal fistulas in Crohn's disease"),
            ("crohns_fistula",),
            (_a(EU, WITHDRAWN, _("authorised 2018, withdrawn in December 2024"), _ER),),
            numbers=("EU/1/17/1261",), own=False),
    Product("maci", "MACI", ("matrix induced autologous chondrocyte implantation",),
            _("The patient's own cartilage cells on a membrane, for knee cartilage defects"),
            ("cartilage_defect",),
            (_a("US", AUTHORISED, _("2016"), _FDA),
             _a(EU, WITHDRAWN, _("the EU authorisation lapsed in 2018"), _ER))),
    Product("chondrocelect", "ChondroCelect", (),
            _("The patient's own cartilage cells, for knee cartilage defects"),
            ("cartilage_defect",),
            (_a(EU, WITHDRAWN, _("withdrawn in 2016"), _ER),)),
    Product("ryoncil", "Ryoncil", ("remestemcel-L", "remestemcel"),
            _("A donor's bone-marrow stromal cells, for steroid-refractory acute "
              "graft-versus-host disease in children"),
            ("gvhd",),
            (_a("US", AUTHORISED, _("December 2024"), _FDA),), own=False),
    Product("temcell", "Temcell", (),
            _("A donor's bone-marrow stromal cells, for acute graft-versus-host disease"),
            ("gvhd",),
            (_a("JP", AUTHORISED, _("2015"), _PMDA),), own=False),
    Product("lantidra", "Lantidra", ("donislecel",),
            _("A donor's pancreatic islet cells, for type 1 diabetes with severe low blood "
              "sugar"),
            ("diabetes",),
            (_a("US", AUTHORISED, _("2023"), _FDA),), own=False),
    Product("stemirac", "Stemirac", (),
            _("The patient's own bone-marrow stromal cells into a vein, for spinal cord "
              "injury"),
            ("spinal_cord_injury",),
            (_a("JP", CONDITIONAL, _("2018, a conditional and time-limited approval resting "
                                     "on a small study"), _PMDA),)),
    Product("heartsheet", "HeartSheet", (),
            _("Sheets of the patient's own muscle cells, for heart failure"),
            ("heart_lung",),
            (_a("JP", WITHDRAWN, _("conditional approval 2015, not renewed"), _PMDA),)),
    Product("jacc", "JACC", (),
            _("The patient's own cartilage cells, grown, for knee cartilage defects"),
            ("cartilage_defect",),
            (_a("JP", AUTHORISED, _("2012"), _PMDA),)),
    Product("cartistem", "Cartistem", (),
            _("Cord blood stromal cells, for knee cartilage defects, including in "
              "osteoarthritis"),
            ("cartilage_defect", "osteoarthritis"),
            (_a("KR", AUTHORISED, _("2012"), _MFDS),), own=False),
    Product("cellgram", "Cellgram-AMI", ("cellgram", "hearticellgram"),
            _("The patient's own bone-marrow stromal cells, after a heart attack"),
            ("heart_lung",),
            (_a("KR", AUTHORISED, _("2011"), _MFDS),)),
    Product("cupistem", "Cupistem", (),
            _("The patient's own fat-derived cells, for fistulas in Crohn's disease"),
            ("crohns_fistula",),
            (_a("KR", AUTHORISED, _("2012"), _MFDS),)),
    Product("neuronata", "NeuroNata-R", ("lenzumestrocel", "neuronata"),
            _("The patient's own bone-marrow stromal cells into the spinal fluid, for ALS"),
            ("neurological",),
            (_a("KR", CONDITIONAL, _("2014, a conditional approval resting on a small "
                                     "study"), _MFDS),)),
    Product("stempeucel", "Stempeucel", (),
            _("A donor's bone-marrow stromal cells, for critical limb ischaemia (Buerger's "
              "disease)"),
            ("other",),
            (_a("IN", AUTHORISED, _("2016"), "cdsco-stempeucel"),), own=False),
    Product("nc1", "NC1", (),
            _("The patient's own bone-marrow cells, for chronic incomplete spinal cord "
              "injury, made and given at Hospital Puerta de Hierro-Majadahonda only"),
            ("spinal_cord_injury",),
            (_a("ES", HOSPITAL_EXEMPTION, _("2019, a hospital exemption for one hospital"),
                "aemps-rd477"),)),
    # Hospital treatments for blood cancers and inherited blood diseases: out of scope.
    *(
        Product(pid, name, aliases,
                _("CAR-T cells: the patient's own immune cells, changed to attack a blood "
                  "cancer"),
                ("blood_disease",),
                (_a(EU, AUTHORISED, _("a hospital treatment for blood cancers"), _ER),
                 _a("US", AUTHORISED, _("a hospital treatment for blood cancers"), _FDA)),
                numbers=numbers, haematology=True)
        for pid, name, aliases, numbers in (
            ("kymriah", "Kymriah", ("tisagenlecleucel",), ("EU/1/18/1297",)),
            ("yescarta", "Yescarta", ("axicabtagene ciloleucel",), ("EU/1/18/1299",)),
            ("tecartus", "Tecartus", ("brexucabtagene autoleucel",), ()),
            ("breyanzi", "Breyanzi", ("lisocabtagene maraleucel",), ()),
            ("abecma", "Abecma", ("idecabtagene vicleucel",), ()),
            ("carvykti", "Carvykti", ("ciltacabtagene autoleucel",), ()),
        )
    ),
    *(
        Product(pid, name, aliases,
                _("The patient's own blood stem cells with a corrected gene, for an inherited "
                  "blood or immune disease"),
                ("blood_disease",),
                (_a(EU, AUTHORISED, _("a hospital treatment"), _ER),),
                haematology=True)
        for pid, name, aliases in (
            ("strimvelis", "Strimvelis", ()),
            ("libmeldy", "Libmeldy", ("atidarsagene autotemcel",)),
            ("casgevy", "Casgevy", ("exagamglogene autotemcel",)),
        )
    ),
    *(
        Product(pid, name, aliases,
                _("Cord blood stem cells for a transplant, for blood cancers"),
                ("blood_disease",),
                (_a("US", AUTHORISED, _("a hospital transplant for blood cancers"), _FDA),),
                own=False, haematology=True)
        for pid, name, aliases in (
            ("omisirge", "Omisirge", ("omidubicel",)),
            ("hemacord", "Hemacord", ()),
            ("allocord", "Allocord", ()),
            ("ducord", "Ducord", ()),
            ("clevecord", "Clevecord", ()),
        )
    ),
)

PRODUCTS_BY_ID: dict[str, Product] = {p.id: p for p in PRODUCTS}


def normalise(text: str) -> str:
    """Case, accents, spaces, hyphens and other punctuation ignored: "Neuro-Nata R" is
    "neuronatar"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


_EU_NUMBER = re.compile(r"EU\s*/\s*1\s*/\s*(\d{2})\s*/\s*0*(\d{1,4})(?:\s*/\s*\d{1,4})?\s*$",
                        re.IGNORECASE)


def _number_key(number: str) -> str | None:
    m = _EU_NUMBER.fullmatch(number.strip())
    return f"EU/1/{m.group(1)}/{int(m.group(2))}" if m else None


def _index() -> tuple[dict[str, Product], dict[str, Product]]:
    by_name: dict[str, Product] = {}
    by_number: dict[str, Product] = {}
    for product in PRODUCTS:
        for name in (product.name, *product.aliases):
            key = normalise(name)
            if not key or by_name.setdefault(key, product) is not product:
                raise ValueError(f"product {product.id!r}: name {name!r} is not unique")
        for number in product.numbers:
            key2 = _number_key(number)
            if key2 is None or by_number.setdefault(key2, product) is not product:
                raise ValueError(f"product {product.id!r}: bad or repeated number {number!r}")
    return by_name, by_number


def _check_products() -> None:
    seen: set[str] = set()
    for product in PRODUCTS:
        where = f"product {product.id!r}"
        if product.id in seen:
            raise ValueError(f"{where}: duplicate id")
        seen.add(product.id)
        if not product.approvals or not product.indications:
            raise ValueError(f"{where}: needs at least one approval and one indication")
        for condition in product.indications:
            if condition not in CONDITION_GROUPS or condition == UNSURE:
                raise ValueError(f"{where}: unknown condition {condition!r}")
        for approval in product.approvals:
            if approval.status not in STATUSES or approval.where not in JURISDICTIONS:
                raise ValueError(f"{where}: unknown status or jurisdiction in {approval}")
            check_source(approval.source, where)
            if not independent(approval.source):
                raise ValueError(f"{where}: {approval.source!r} is a seller's page")


_check_products()
_BY_NAME, _BY_NUMBER = _index()


def match_product(name: str | None, number: str | None = None) -> Product | None:
    """The product named (by name first, then by an EU number), or None."""
    if name:
        found = _BY_NAME.get(normalise(name))
        if found is not None:
            return found
    if number:
        key = _number_key(number)
        if key is not None:
            return _BY_NUMBER.get(key)
    return None


def approval_for(product: Product, country: str | None, eu_member: bool) -> Approval | None:
    """The product's approval in the jurisdiction of the country of treatment, if any."""
    if not country or country == UNSURE:
        return None
    for approval in product.approvals:
        if approval.where == country or (approval.where == EU and eu_member):
            return approval
    return None


@dataclass(frozen=True, slots=True)
class ProductMatch:
    """What the product answer matched (the ``product`` of the ``assess`` JSON)."""

    #: The name as typed ("" when only a number was given).
    input: str
    product: Product | None
    #: The status where the patient would be treated, else the first approval's.
    status: str
    #: The jurisdictions where it is authorised, conditionally approved or exempted.
    where: tuple[str, ...]
    #: Whether the patient's illness is one it is authorised for (None: not known).
    indication_matches: bool | None
    #: One of PRODUCT_CLASSES.
    fact: str


def describe_match(name: str | None, product: Product | None, condition: object,
                   country: object, eu_member: bool, fact: str) -> ProductMatch | None:
    """The product match (``product``, from ``match_product``) for the report and the JSON;
    None when nothing was typed."""
    if product is None and not name:
        return None
    if product is None:
        return ProductMatch(name or "", None, "", (), None, fact)
    here = approval_for(product, country if isinstance(country, str) else None, eu_member)
    status = (here or product.approvals[0]).status
    where = tuple(a.where for a in product.approvals if a.status != WITHDRAWN)
    matches = None if condition in (None, UNSURE) or related_indication(product, condition) \
        else condition in product.indications
    return ProductMatch(name or "", product, status, where, matches, fact)


def related_indication(product: Product, condition: object) -> str | None:
    """The product's indication that the patient's broader group may stand for, if any."""
    for indication in product.indications:
        if condition in RELATED.get(indication, ()):
            return indication
    return None


def product_class(product: Product | None, typed: bool, condition: object, country: object,
                  eu_member: bool, whose: str = "") -> str:
    """What the product answer means here: one of PRODUCT_CLASSES. ``whose`` is "own" or
    "donor" when the answers say whose cells they are."""
    if product is None:
        return UNKNOWN_PRODUCT if typed else NO_PRODUCT_GIVEN
    if whose in ("own", "donor") and (whose == "own") != product.own:
        return OTHER_CELLS
    code = country if isinstance(country, str) and country != UNSURE else None
    known_country = code is not None
    approval = approval_for(product, code, eu_member) if code else None
    if approval is not None and approval.status == WITHDRAWN:
        return WITHDRAWN_HERE  # whatever the illness, it is no longer authorised here
    if condition in (None, UNSURE) or related_indication(product, condition) or (
            condition == "other" and "other" not in product.indications):
        return INDICATION_UNCLEAR
    if condition not in product.indications:
        return OTHER_ILLNESS
    if not known_country:
        return WHERE_UNKNOWN
    if approval is None:
        return ELSEWHERE
    return {AUTHORISED: AUTHORISED_HERE, CONDITIONAL: CONDITIONAL_HERE,
            HOSPITAL_EXEMPTION: EXEMPTION_HERE}[approval.status]

__all__ = ["ALLOWED_HERE", "AUTHORISED", "CONDITIONAL", "HOSPITAL_EXEMPTION", "PRODUCTS",
           "ProductMatch", "describe_match",
           "PRODUCTS_BY_ID", "PRODUCT_CLASSES", "STATUSES", "WITHDRAWN", "Approval", "Product",
           "approval_for", "match_product", "normalise", "product_class", "related_indication"]
