"""Three made-up answer sets, one per verdict, so staff can show what a report looks like.

They go through ``rules.assess`` like any patient's answers, and nothing is stored.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

import rules

_ALL_YES = {q.id: "yes" for q in rules.QUESTIONS if q.kind == "yes_no"}


@dataclass(frozen=True)
class Sample:
    verdict: str
    answers: dict
    offer: dict = field(default_factory=dict)

    @property
    def reference(self) -> str:
        # Not the format of a real reference, so a sample cannot be taken for a patient's.
        return f"SAMPLE-{self.verdict.upper()}"

    def assessment(self) -> rules.Assessment:
        return rules.assess(self.answers)

    def translated_offer(self) -> dict:
        return {key: value if key == "route" else _(value) for key, value in self.offer.items()}


SAMPLES: dict[str, Sample] = {
    # Cells given back the same day, no authorisation, and paying to join a "trial".
    rules.RED: Sample(rules.RED, {
        **_ALL_YES, "atmp": "no", "clinical_trial": "no", "regulator": "unsure",
        "clean_room": "no", "authorisation_document": "no", "administrator_authorised": "unsure",
        "leaflet": "no", "cell_source": "autologous", "extraction_days": 0,
        "pain_followup": "no", "imaging_followup": "no",
        "warning_signs": ["many_conditions", "guaranteed_results", "pressure_to_decide",
                          "pay_for_trial"],
    }, {
        "clinic_name": gettext_noop("Example Regeneration Centre (sample)"),
        "country": gettext_noop("Example country"),
        "condition": gettext_noop("Knee osteoarthritis"),
        "price": gettext_noop("9,500 euros"),
        "route": "joint",
    }),
    # Plausible, but the patient was not sure about the paperwork.
    rules.AMBER: Sample(rules.AMBER, {
        **_ALL_YES, "authorisation_document": "unsure", "leaflet": "unsure",
        "cell_source": "allogeneic", "extraction_days": "unsure",
        "imaging_followup": "unsure", "warning_signs": [],
    }, {
        "clinic_name": gettext_noop("Example Hospital Cell Unit (sample)"),
        "country": gettext_noop("Example country"),
        "condition": gettext_noop("Lower back pain"),
        "route": "intrathecal",
    }),
    # Everything an authorised treatment should show.
    rules.GREEN: Sample(rules.GREEN, {
        **_ALL_YES, "cell_source": "autologous", "extraction_days": 24, "warning_signs": [],
    }, {
        "clinic_name": gettext_noop("Example University Hospital trial (sample)"),
        "country": gettext_noop("Example country"),
        "condition": gettext_noop("Cartilage damage in the knee"),
        "price": gettext_noop("No charge: part of a registered clinical trial"),
        "route": "surgical",
    }),
}
