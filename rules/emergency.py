"""The number to call for an ambulance, by the country a person is in now.

Pure data, checked at import. Only numbers an official page confirms are listed, each with
its source; any other country gets ``FALLBACK`` (112, which mobile phones also route to the
local emergency service in many countries) and the pages say to use the local number if it
does not work. Where police, fire and ambulance have separate numbers, the ambulance's is
given (Japan: 119).
"""

from dataclasses import dataclass

from .countries import COUNTRY_CODES
from .sources import check_source


@dataclass(frozen=True, slots=True)
class EmergencyNumber:
    number: str
    source: str


#: The 27 member states of the European Union: 112 everywhere (the European Commission).
EU_MEMBERS: frozenset[str] = frozenset((
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
))

_EU = EmergencyNumber("112", "ec-112")

NUMBERS: dict[str, EmergencyNumber] = {
    **{code: _EU for code in EU_MEMBERS},
    "GB": EmergencyNumber("999", "nhs-999"),
    "US": EmergencyNumber("911", "us-911"),
    "CA": EmergencyNumber("911", "crtc-911"),
    "MX": EmergencyNumber("911", "mx-911"),
    "AU": EmergencyNumber("000", "au-000"),
    "JP": EmergencyNumber("119", "jp-119"),
}

#: When the country is not chosen, or not listed above.
FALLBACK = "112"


def number_for(country: object) -> EmergencyNumber | None:
    """The listed number for an ISO country code, or None (then ``FALLBACK``)."""
    return NUMBERS.get(country) if isinstance(country, str) else None


def _check() -> None:
    for code, entry in NUMBERS.items():
        where = f"emergency number for {code!r}"
        if code not in COUNTRY_CODES:
            raise ValueError(f"{where}: not a country code")
        if not entry.number.isdigit():
            raise ValueError(f"{where}: {entry.number!r} is not a number to dial")
        check_source(entry.source, where)


_check()
