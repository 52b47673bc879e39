"""The ruleset version: a short hash of the rules' content, and the date of its last review.

``RULESET_VERSION`` is computed from what decides a verdict or goes into a report (the
questions and their answers, the criteria, the rules, the verdicts, the warning signs, the
thresholds, the products, the regulators and the EU/EEA membership they read, and the safety
and after-treatment content), so any change to any of them gives a new version; nobody has
to remember to bump it. It is shown on the
methodology page, the result page, the PDF and in ``manage.py assess``, so a report can be
checked against the rules that made it.

``REVIEWED_ON`` is when a person last checked the rules against their sources, and
``REVIEWED_VERSION`` the version they checked. A test fails while the two versions differ:
whoever changes a rule must review it and update both (see docs/hazard-log.md, H07).
"""

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from datetime import date
from types import ModuleType

from . import aftercare, catalogue, eu, products, regulators, safety, table, thresholds

#: The last review of the rules against their sources (update with REVIEWED_VERSION).
REVIEWED_ON = date(2026, 12, 7)
#: The RULESET_VERSION that review covered.
REVIEWED_VERSION = "0daac723e805"

#: Hex digits of the sha256 kept: 48 bits, plenty to tell rule sets apart.
_LENGTH = 12


def canonical(value: object) -> object:
    """``value`` as plain JSON data that depends only on its content.

    Dataclasses become ``{"type": name, field: value, ...}`` (with the question's accepted
    answers, a property), mappings are sorted by key, sets are sorted; anything else that is
    not a string, number, boolean or None is refused, so no memory address or unordered
    container can slip into the hash.
    """
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return repr(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, object] = {"type": type(value).__name__}
        out.update({f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)})
        choices = getattr(type(value), "choices", None)
        if isinstance(choices, property):
            out["choices"] = canonical(value.choices)  # type: ignore[attr-defined]
        return out
    if isinstance(value, Mapping):
        items = [[canonical(k), canonical(v)] for k, v in value.items()]
        return {"mapping": sorted(items, key=lambda kv: _sort_key(kv[0]))}
    if isinstance(value, set | frozenset):
        return {"set": sorted((canonical(v) for v in value), key=_sort_key)}
    if isinstance(value, tuple | list):
        return [canonical(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot put a {type(value).__name__} into the ruleset version")


def _sort_key(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=True)


def ruleset_version(tables: Mapping[str, object]) -> str:
    """The short sha256 of the tables' canonical JSON (same content, same version)."""
    text = json.dumps({name: canonical(table) for name, table in tables.items()},
                      sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:_LENGTH]


def constants(module: ModuleType) -> dict[str, object]:
    """A module's public constants (upper-case names), for a content module hashed whole:
    whatever it comes to hold is covered without a list to keep up to date here."""
    return {name: value for name, value in sorted(vars(module).items())
            if name.isupper() and not name.startswith("_")}


def tables() -> dict[str, object]:
    """What the version is computed from, read from the modules as they are now (a test can
    change one and see the version change): everything that decides a verdict or a report."""
    return {
        "questions": catalogue.QUESTIONS,
        "answer_labels": catalogue.ANSWER_LABELS,
        "criteria": table.CRITERIA,
        "rules": table.RULES,
        # Judgement v3: the products table and the regulators decide too, and EU membership
        # decides each regulator's EU flag.
        "products": products.PRODUCTS,
        "regulators": regulators.REGULATORS,
        "eu_members": eu.EU_MEMBERS,
        "eea_only": eu.EEA_ONLY,
        "verdicts": table.VERDICTS,
        "warning_signs": catalogue.WARNING_SIGNS,
        "params": thresholds.PARAMS,
        # What the report says about safety and after treatment (contraindications,
        # check-ups, red flags, route notes; the after-treatment signs and check-ups).
        "safety": constants(safety),
        "aftercare": constants(aftercare),
    }


TABLES: dict[str, object] = tables()

RULESET_VERSION = ruleset_version(TABLES)
