"""Trial and medicine numbers: which public register a number's format belongs to, and the
address of its public record (source ``trial-registries``, shared/sources/README.md).

``identify(text)`` never fails: a number in no known format is of kind ``unknown`` (a finding
for the rules, not an error). A format only says where to look: the record must still be
opened and must name the same product, condition and clinic or hospital.
"""

import re
from dataclasses import dataclass

NCT, EUDRACT, EU_CT, ISRCTN, EU_REGISTER, UNKNOWN_FORMAT = (
    "nct", "eudract", "eu_ct", "isrctn", "eu_register", "unknown")
#: The kinds of a trial register's number.
TRIAL_KINDS = (NCT, EUDRACT, EU_CT, ISRCTN)
KINDS = (*TRIAL_KINDS, EU_REGISTER, UNKNOWN_FORMAT)

_FORMATS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (NCT, re.compile(r"NCT\d{8}")),
    (EU_CT, re.compile(r"\d{4}-5\d{5}-\d{2}-\d{2}")),
    (EUDRACT, re.compile(r"\d{4}-\d{6}-\d{2}")),
    (ISRCTN, re.compile(r"ISRCTN\d{8}")),
    (EU_REGISTER, re.compile(r"EU/1/(\d{2})/(\d{3,4})(?:/\d{3})?")),
)

#: The register each kind belongs to (names, not translated).
REGISTERS = {
    NCT: "ClinicalTrials.gov",
    EUDRACT: "EU Clinical Trials Register (EudraCT)",
    EU_CT: "EU Clinical Trials Information System (CTIS)",
    ISRCTN: "ISRCTN registry",
    EU_REGISTER: "Union Register of medicinal products",
    UNKNOWN_FORMAT: "",
}


@dataclass(frozen=True, slots=True)
class Identifier:
    #: The answer id it was typed in (``trial_number`` or ``authorisation_number``; "" if
    #: none was given).
    question: str
    kind: str
    #: As typed, spaces tidied (upper case for a known format).
    value: str
    #: The public record's address, for a known kind; "" otherwise.
    url: str
    register: str
    source: str = "trial-registries"


def _normalise(text: str) -> str:
    return re.sub(r"\s+", "", text).upper().replace("\u2010", "-").replace("\u2013", "-")


def classify(text: str) -> tuple[str, str]:
    """The kind of a number and its tidied form (the text itself when the kind is unknown)."""
    compact = _normalise(text)
    if compact.startswith("EUDRACT"):
        compact = compact.removeprefix("EUDRACT").lstrip(":#")
    for kind, pattern in _FORMATS:
        if pattern.fullmatch(compact):
            return kind, compact
    return UNKNOWN_FORMAT, " ".join(text.split())


def record_url(kind: str, value: str) -> str:
    if kind == NCT:
        return f"https://clinicaltrials.gov/study/{value}"
    if kind == EUDRACT:
        return f"https://www.clinicaltrialsregister.eu/ctr-search/search?query={value}"
    if kind == EU_CT:
        return f"https://euclinicaltrials.eu/ctis-public/view/{value}"
    if kind == ISRCTN:
        return f"https://www.isrctn.com/{value}"
    if kind == EU_REGISTER:
        match = _FORMATS[-1][1].fullmatch(value)
        number = int(match.group(2)) if match else 0
        return f"https://ec.europa.eu/health/documents/community-register/html/h{number}.htm"
    return ""


def identify(text: str, question: str = "") -> Identifier:
    """The identifier ``text`` is (``question``: the answer id it was typed in, if any)."""
    kind, value = classify(text)
    return Identifier(question, kind, value, record_url(kind, value), REGISTERS[kind])


__all__ = ["EUDRACT", "EU_CT", "EU_REGISTER", "ISRCTN", "KINDS", "NCT", "TRIAL_KINDS",
           "UNKNOWN_FORMAT", "Identifier", "classify", "identify", "record_url"]
