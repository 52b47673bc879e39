"""Three made-up answer sets, one per verdict, so staff can show what a report looks like
and a process can warm its PDF renderer up (``render.warm_up``) before its first patient.

They go through ``rules.assess`` like any patient's answers, and nothing is stored.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

import rules
from rules.asked import relevant_answers

from .context import build_report
from .model import Report

_ALL_YES = {q.id: "yes" for q in rules.QUESTIONS
            if q.kind in ("yes_no", "told") and rules.applicable(q.id, {"offer_kind": "treatment"})}
_OFFER = {"offer_kind": "treatment", "country": "ES", "condition_group": "osteoarthritis",
          "route": "joint", "provider": "private_clinic", "payment": "treatment"}


@dataclass(frozen=True)
class Sample:
    verdict: str
    answers: dict[str, Any]
    offer: dict[str, str] = field(default_factory=dict)

    @property
    def reference(self) -> str:
        # Not the format of a real reference, so a sample cannot be taken for a patient's.
        return f"SAMPLE-{self.verdict.upper()}"

    def assessment(self) -> rules.Assessment:
        return rules.assess(relevant_answers(self.answers))

    def translated_offer(self) -> dict[str, str]:
        return {key: _(value) for key, value in self.offer.items()}


SAMPLES: dict[str, Sample] = {
    # Cells given back the same day, no authorisation, and paying to join a "trial".
    rules.RED: Sample(rules.RED, {
        **_ALL_YES, **_OFFER, "country": "MX", "cell_type": "own_fat",
        "atmp": "no", "clinical_trial": "no", "regulator": "unsure",
        "clean_room": "no", "authorisation_document": "told",
        "administrator_authorised": "unsure", "leaflet": "no", "extraction_days": 0,
        "pain_followup": "no", "imaging_followup": "no",
        "warning_signs": ["many_conditions", "guaranteed_results", "pressure_to_decide",
                          "travel_package", "upfront_payment"],
    }, {
        "clinic_name": gettext_noop("Example Regeneration Centre (sample)"),
        "condition": gettext_noop("Knee osteoarthritis"),
        "price": gettext_noop("9,500 euros"),
    }),
    # Plausible, but the patient was not sure about the paperwork.
    rules.AMBER: Sample(rules.AMBER, {
        **_ALL_YES, **_OFFER, "condition_group": "cartilage_defect", "route": "surgical",
        "cell_type": "own_cartilage", "provider": "hospital", "payment": "unsure",
        "product": "Spherox", "authorisation_document": "told", "leaflet": "unsure",
        "authorisation_number": "EU/1/17/1181", "extraction_days": "unsure",
        "imaging_followup": "unsure", "warning_signs": "unsure",
    }, {
        "clinic_name": gettext_noop("Example Hospital Cell Unit (sample)"),
        "condition": gettext_noop("Lower back pain"),
    }),
    # Everything an authorised treatment should show.
    rules.GREEN: Sample(rules.GREEN, {
        **_ALL_YES, **_OFFER, "condition_group": "cartilage_defect", "route": "surgical",
        "cell_type": "own_cartilage", "provider": "hospital", "payment": "none",
        "product": "Spherox", "authorisation_number": "EU/1/17/1181", "extraction_days": 42,
        "warning_signs": [],
    }, {
        "clinic_name": gettext_noop("Example University Hospital (sample)"),
        "condition": gettext_noop("Cartilage damage in the knee"),
    }),
}


def sample_context(sample: Sample, created: datetime) -> Report:
    """The report of a sample, as of ``created``."""
    return build_report(sample.assessment(), reference=sample.reference, created=created,
                        offer=sample.translated_offer())
