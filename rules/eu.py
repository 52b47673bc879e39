"""Which countries are in the EU or the EEA: there a cell medicine authorised by the European
Medicines Agency is authorised too, and EU rules on cells and tissues apply (source:
ema-cat-2020). Its own table, hashed into ``RULESET_VERSION`` apart from the regulators that
read it (rules/regulators.py), so a change of membership gives a new version.
"""

#: ISO 3166-1 alpha-2 codes of the EU member states.
EU_MEMBERS: frozenset[str] = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
})
#: EEA members outside the EU: EMA authorisations apply there too.
EEA_ONLY: frozenset[str] = frozenset({"IS", "LI", "NO"})
#: Where an EU authorisation applies: the EU and the EEA.
EU_EEA: frozenset[str] = EU_MEMBERS | EEA_ONLY

assert len(EU_MEMBERS) == 27 and not EU_MEMBERS & EEA_ONLY


def in_eu_eea(country_code: str) -> bool:
    """An EU or EEA member state (ISO 3166-1 alpha-2, upper case)."""
    return country_code in EU_EEA
