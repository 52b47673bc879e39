"""Typical answer sets for a red, an amber and a green report, shared by the report tests."""

from datetime import UTC, datetime

import rules
from checker.report.context import build_report

from ..answers import all_answers

REFERENCE = "SC-4K7M-P2QX"
CREATED = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)

RED = {
    "offer_kind": "treatment", "country": "MX", "condition_group": "osteoarthritis",
    "cell_type": "own_bone_marrow", "route": "joint",
    "atmp": "no", "clinical_trial": "unsure", "regulator": "no", "clean_room": "unsure",
    "authorisation_document": "no", "administrator_authorised": "unsure", "leaflet": "no",
    "extraction_days": 0, "pain_followup": "no",
    "imaging_followup": "unsure",
    "warning_signs": ["no_evidence", "guaranteed_results", "pressure_to_decide"],
}
AMBER = {
    "offer_kind": "treatment", "country": "MX", "condition_group": "osteoarthritis",
    "cell_type": "unsure", "route": "joint",
    "atmp": "yes", "clinical_trial": "unsure", "regulator": "yes", "clean_room": "unsure",
    "authorisation_document": "unsure", "administrator_authorised": "yes", "leaflet": "unsure",
    "cell_source": "unsure", "extraction_days": "unsure", "pain_followup": "yes",
    "imaging_followup": "no", "warning_signs": ["unjustified_cost"],
}
GREEN = all_answers(extraction_days=24)
CASES = {"red": RED, "amber": AMBER, "green": GREEN}

OFFER = {
    "clinic_name": "Clínica Regenera Cancún", "country": "México",
    "condition": "Rodilla: artrosis (gonartrosis)", "price": "US$ 9.500", "route": "joint",
}


def make_context(answers, offer=OFFER, **kwargs):
    return build_report(rules.assess(answers), reference=REFERENCE, created=CREATED,
                        offer=offer, **kwargs)
