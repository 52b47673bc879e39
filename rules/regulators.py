"""Who regulates cell therapies in a country: who to check an authorisation with, and where
to report harm (source: shared/sources/README.md, "Regulators by country").

``regulator_for(code)`` takes an ISO 3166-1 alpha-2 code (any case, surrounding spaces
ignored) and returns a ``Regulator``, or ``None`` for a country we have no entry for and for
``"unsure"``. The texts are message ids marked for translation (translate them when shown);
none of them has placeholders. Pure Python: no Django, and nothing here is imported from the
rest of ``rules`` except ``_`` and the EU table (rules/eu.py).

Every member state of the EU and the EEA gets its national medicines agency together with
the European Medicines Agency (EMA): a cell medicine is authorised for the whole EU by the
EMA and listed in the Union Register, trials are authorised nationally, and patients report
side effects to their national agency. Spain has its own entry (AEMPS, notificaRAM).
Outside the EU/EEA, ``eu`` is false: a licence there is not an EU authorisation. Who is a
member is rules/eu.py's table; each entry's ``eu`` is read from it.
"""

from dataclasses import dataclass

from .eu import EU_EEA, in_eu_eea
from .i18n import _


@dataclass(frozen=True, slots=True)
class Regulator:
    #: ISO 3166-1 alpha-2 code, upper case.
    country: str
    #: Who regulates (message id: agency names, with "Ministry of Health" and the like).
    name: str
    #: How to check an authorisation there (message id).
    check: str
    #: Where to report harm or side effects (message id).
    report: str
    #: Public address for reports, if there is one ("" otherwise).
    report_url: str
    #: A warning particular to the country (message id, "" for none).
    note: str
    #: An EU or EEA member state: EMA's central authorisation applies there.
    eu: bool
    #: The source id (shared/sources/README.md or a seed) this entry rests on.
    source: str


# --- EU and EEA -------------------------------------------------------------------------

_EU_CHECK = _(
    "A cell medicine authorised in the European Union is listed in the EU's Union Register "
    "with a number like EU/1/YY/NNNN, and comes with a package leaflet. A trial is listed in "
    "the EU Clinical Trials Register or in CTIS. Ask the national agency whether the clinic "
    "or hospital holds an authorisation for this product."
)
_EU_REPORT = _(
    "Report side effects to the national medicines agency named here; patients can report "
    "directly. The agency passes reports on to the EMA."
)

#: EU and EEA member states (without Spain) and their national medicines agency.
_EEA_AGENCIES: dict[str, str] = {
    "AT": _("BASG (Austrian Federal Office for Safety in Health Care) and the EMA"),
    "BE": _("FAMHP (AFMPS, Belgian medicines agency) and the EMA"),
    "BG": _("BDA (Bulgarian Drug Agency) and the EMA"),
    "HR": _("HALMED (Croatian medicines agency) and the EMA"),
    "CY": _("Pharmaceutical Services of the Cyprus Ministry of Health and the EMA (not in the "
            "north of the island)"),
    "CZ": _("SÚKL (Czech State Institute for Drug Control) and the EMA"),
    "DK": _("Danish Medicines Agency and the EMA"),
    "EE": _("Estonian State Agency of Medicines and the EMA"),
    "FI": _("Fimea (Finnish Medicines Agency) and the EMA"),
    "FR": _("ANSM (French medicines agency) and the EMA"),
    "DE": _("Paul-Ehrlich-Institut (cell and gene therapies) and BfArM, and the EMA"),
    "GR": _("EOF (Greek National Organisation for Medicines) and the EMA"),
    "HU": _("Hungarian National Centre for Public Health and Pharmacy (NNGYK) and the EMA"),
    "IE": _("HPRA (Health Products Regulatory Authority, Ireland) and the EMA"),
    "IT": _("AIFA (Italian Medicines Agency) and the EMA"),
    "LV": _("Latvian State Agency of Medicines and the EMA"),
    "LT": _("Lithuanian State Medicines Control Agency and the EMA"),
    "LU": _("Luxembourg Ministry of Health (pharmacy and medicines division) and the EMA"),
    "MT": _("Malta Medicines Authority and the EMA"),
    "NL": _("CBG-MEB (Dutch Medicines Evaluation Board) and the EMA"),
    "PL": _("URPL (Polish medicines office), the Ministry of Health and the EMA"),
    "PT": _("INFARMED (Portuguese medicines authority) and the EMA"),
    "RO": _("ANMDMR (Romanian medicines agency) and the EMA"),
    "SK": _("ŠÚKL (Slovak State Institute for Drug Control) and the EMA"),
    "SI": _("JAZMP (Slovenian medicines agency) and the EMA"),
    "SE": _("Swedish Medical Products Agency and the EMA"),
    # EEA members outside the EU: EMA authorisations apply there too.
    "IS": _("Icelandic Medicines Agency and the EMA"),
    "LI": _("Liechtenstein Office of Health and the EMA"),
    "NO": _("Norwegian Medical Products Agency and the EMA"),
}

#: Notes particular to an EU or EEA member state.
_EU_NOTES: dict[str, str] = {
    "CY": _("A clinic in the north of the island is outside the Republic of Cyprus's control "
            "and the EMA's reach: EU rules and EU authorisations do not apply to it."),
}

# --- Outside the EU and EEA -------------------------------------------------------------

_NOT_EU = _(
    "This country is outside the European Union: a licence or registration from its agency "
    "is not an EU authorisation, and a clinic's licence to operate is not an approval of the "
    "product it sells."
)
_ASK_AGENCY = _(
    "Ask the clinic for the product's approval number from this agency, then check it with "
    "the agency itself, not only on the clinic's own pages."
)
_REPORT_AGENCY = _("Report side effects to this agency or ministry.")


def _outside(code: str, name: str, note: str = "", *, check: str = _ASK_AGENCY,
             report: str = _REPORT_AGENCY, report_url: str = "",
             source: str = "bookimed-safety") -> "Regulator":
    return Regulator(code, name, check, report, report_url, note, in_eu_eea(code), source)


_REGULATORS: dict[str, Regulator] = {
    "ES": Regulator(
        "ES",
        _("AEMPS (Spanish Agency of Medicines and Medical Devices) and the EMA"),
        _("A cell medicine authorised in the European Union is listed in the EU's Union "
          "Register (number EU/1/YY/NNNN). A trial authorised in Spain is listed in the "
          "Spanish register of clinical studies (REEC). A hospital exemption is an AEMPS "
          "authorisation for one product in one hospital: ask the hospital for it, or ask "
          "the AEMPS."),
        _("Report side effects on notificaRAM, the Spanish system where patients can report "
          "them directly (www.notificaram.es)."),
        "https://www.notificaram.es/",
        "",
        in_eu_eea("ES"),
        "aemps-rd477",
    ),
    **{
        code: Regulator(code, agency, _EU_CHECK, _EU_REPORT, "", _EU_NOTES.get(code, ""),
                        in_eu_eea(code), "ema-cat-2020")
        for code, agency in _EEA_AGENCIES.items()
    },
    "US": _outside(
        "US", _("FDA (Center for Biologics Evaluation and Research, CBER)"),
        _("The FDA has approved very few stem cell products, almost all of them made from "
          "cord blood for blood diseases. A listing on ClinicalTrials.gov is not an approval, "
          "and neither is an FDA establishment registration or a claim that the product is a "
          "\"361 HCT/P\" tissue: the FDA says most stem cell products clinics sell do not meet "
          "those rules. Unapproved products can be reported to the FDA at ocod@fda.hhs.gov."),
        check=_("Ask for the FDA approval (biologics licence) of the product, or for the "
                "trial's NCT number, and check it on the FDA's and ClinicalTrials.gov's own "
                "sites."),
        report=_("Report side effects to the FDA's MedWatch programme."),
        report_url="https://www.fda.gov/safety/medwatch-fda-safety-information-and-adverse-"
                   "event-reporting-program",
        source="fda-consumer-2021",
    ),
    "MX": _outside(
        "MX", _("COFEPRIS (Mexican Federal Commission for Protection against Health Risks)"),
        _("Clinics in Mexico often show an \"aviso de funcionamiento\" (a notice that the "
          "clinic operates) or an advertising permit as if it approved the product. It does "
          "not: it is not an approval of any stem cell product."),
        source="bookimed-safety",
    ),
    "CO": _outside("CO", _("INVIMA (Colombian medicines and food agency)")),
    "TR": _outside(
        "TR", _("TİTCK (Turkish Medicines and Medical Devices Agency) and the Ministry of "
                "Health"),
        _("A new Turkish regulation on tissue and cell products has applied since 1 January "
          "2026."),
    ),
    "TH": _outside("TH", _("Thai FDA and the Medical Council of Thailand")),
    "KR": _outside(
        "KR", _("MFDS (Ministry of Food and Drug Safety) and the Ministry of Health"),
        _("Since February 2025 only institutions designated after a national review may "
          "give these treatments."),
    ),
    "PA": _outside("PA", _("MINSA (Ministry of Health of Panama)")),
    "IN": _outside(
        "IN", _("CDSCO (Central Drugs Standard Control Organisation)"),
        _("In India stem cell products are \"new drugs\" that need approval; only blood "
          "stem cell transplants are an established treatment."),
    ),
    "JP": _outside(
        "JP", _("MHLW (Ministry of Health, Labour and Welfare) and the PMDA"),
        _("Under Japan's Act on the Safety of Regenerative Medicine a clinic files a "
          "treatment plan after a committee review. A filed plan is not proof that the "
          "treatment works."),
    ),
    "UA": _outside("UA", _("Ministry of Health of Ukraine")),
    "IL": _outside("IL", _("Ministry of Health of Israel")),
    "GB": _outside(
        "GB", _("MHRA (medicines) and HTA (Human Tissue Authority, tissues and cells)"),
        _("The United Kingdom left the EU: an MHRA licence is not an EU authorisation."),
        report=_("Report side effects to the MHRA's Yellow Card scheme."),
    ),
    "CH": _outside(
        "CH", _("Swissmedic (Swiss Agency for Therapeutic Products)"),
        _("Switzerland is not in the EU: a Swissmedic licence is not an EU authorisation."),
        source="ema-cat-2020",
    ),
    "GE": _outside("GE", _("Regulation Agency for Medical and Pharmaceutical Activities "
                           "(Ministry of Health of Georgia)")),
    "BS": _outside(
        "BS", _("National Stem Cell Ethics Committee and the Ministry of Health of the "
                "Bahamas"),
        _("Under the Bahamas' Stem Cell Research and Therapy Act a committee approves "
          "treatment protocols. Its approval is not a medicines authorisation."),
    ),
    "DO": _outside("DO", _("DIGEMAPS (Ministry of Public Health of the Dominican Republic)")),
    "CR": _outside("CR", _("Ministry of Health of Costa Rica")),
    "PE": _outside("PE", _("DIGEMID (Peruvian medicines agency)")),
    "AR": _outside("AR", _("ANMAT (Argentine medicines agency)")),
    "BR": _outside("BR", _("ANVISA (Brazilian Health Regulatory Agency)")),
    "CN": _outside("CN", _("NMPA (National Medical Products Administration of China)")),
    "RU": _outside("RU", _("Roszdravnadzor (Russian health care watchdog)")),
    "KZ": _outside("KZ", _("National Center for Expertise of Medicines and Medical Devices "
                           "(Kazakhstan)")),
    "RS": _outside("RS", _("ALIMS (Medicines and Medical Devices Agency of Serbia)")),
    "AU": _outside(
        "AU", _("TGA (Therapeutic Goods Administration)"),
        _("Advertising unproven stem cell products to the public is banned in Australia."),
    ),
}


#: The text every non-EU entry shares: another country's licence is not an EU authorisation.
NOT_EU_AUTHORISATION = _NOT_EU


# The EU and EEA entries are those of rules/eu.py's members, and only those.
assert {code for code, r in _REGULATORS.items() if r.eu} == set(EU_EEA)
assert set(_EEA_AGENCIES) | {"ES"} == set(EU_EEA)


def regulator_for(country_code: str | None) -> Regulator | None:
    """The regulator for an ISO 3166-1 alpha-2 code, or ``None`` (unknown, or "unsure")."""
    if not isinstance(country_code, str):
        return None
    return _REGULATORS.get(country_code.strip().upper())


#: Every country with an entry, by code.
REGULATORS: dict[str, Regulator] = dict(_REGULATORS)

__all__ = ["NOT_EU_AUTHORISATION", "REGULATORS", "Regulator", "regulator_for"]
