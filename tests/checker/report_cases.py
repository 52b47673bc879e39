"""Typical answer sets for a red, an amber, a green and an out-of-scope report, shared by the
report tests."""

import functools
from datetime import UTC, datetime

from django.utils import translation

import rules
from checker.offer import OFFER_LIMITS
from checker.report.context import build_report
from checker.report.pdf import render_pdf
from checker.staff.preview import sample_context
from checker.staff.samples import SAMPLES

from ..answers import all_answers, answers_for

REFERENCE = "SC-4K7M-P2QX"
CREATED = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)

def _case(**changes) -> dict:
    """The legitimate clinic treatment with ``changes``, holding just the questions that
    apply (a change to None leaves that answer out), so a new question needs nothing here."""
    return {k: v for k, v in answers_for("treatment", **changes).items() if v is not None}


RED = _case(
    country="MX", cell_type="own_fat", provider="private_clinic", payment="treatment",
    condition_group="osteoarthritis", route="joint", product="CelulaMax",
    atmp="no", clinical_trial="unsure", regulator="no", clean_room="unsure",
    authorisation_document="no", authorisation_number=None, administrator_authorised="unsure",
    leaflet="no", extraction_days=0, pain_followup="no", imaging_followup="unsure",
    warning_signs=["no_evidence", "guaranteed_results", "pressure_to_decide"],
)
AMBER = _case(
    cell_type="unsure",
    clinical_trial="unsure", clean_room="told", authorisation_document="told",
    authorisation_number=None, leaflet="unsure", cell_source="unsure",
    extraction_days="unsure", imaging_followup="no", warning_signs=["unjustified_cost"],
)
GREEN = all_answers(extraction_days=24)
#: A hospital's bone marrow transplant for a blood disease: not judged here.
OUT_OF_SCOPE = {"offer_kind": "transplant", "provider": "hospital", "country": "ES",
                "condition_group": "blood_disease"}
CASES = {"red": RED, "amber": AMBER, "green": GREEN, "out_of_scope": OUT_OF_SCOPE}

OFFER = {
    "clinic_name": "Clínica Regenera Cancún",
    "condition": "Rodilla: artrosis (gonartrosis)", "price": "US$ 9.500",
}


#: The doctor's PDF (issue 13): a typical report on at most this many A4 pages, in English and
#: Spanish, and with every free-text field at its longest.
MAX_A4_PAGES = 2
MAX_A4_PAGES_LONGEST = 3

#: Every free-text field of the offer at its maximum length, in words a line can break at.
LONGEST_OFFER = {
    **{field: ("Wort " * limit)[:limit].strip() for field, limit in OFFER_LIMITS.items()},
    "route": "intrathecal",
}
LONGEST_HELPER = "h" * 150  # the longest staff username


def make_context(answers, offer=OFFER, **kwargs):
    return build_report(rules.assess(answers), reference=REFERENCE, created=CREATED,
                        offer=offer, **kwargs)


@functools.cache
def case_pdf(verdict: str, language: str = "en", paper: str = "a4", *,
             longest: bool = False) -> bytes:
    """The PDF of ``CASES[verdict]`` (with every free-text field at its longest when
    ``longest``), rendered once per test process: the print, layout and doctor's-PDF tests
    each read the same reports, so they share one rendering of each (the same input gives the
    same PDF). Tests of the rendering itself call render_pdf."""
    extra = {"offer": LONGEST_OFFER, "assisted_by": LONGEST_HELPER} if longest else {}
    with translation.override(language):
        return render_pdf(make_context(CASES[verdict], **extra), paper=paper)


@functools.cache
def sample_pdf(verdict: str, language: str, paper: str, when: datetime) -> bytes:
    """A staff sample's PDF (checker/staff/samples.py) made at ``when``, rendered once per
    test process, as case_pdf."""
    with translation.override(language):
        return render_pdf(sample_context(SAMPLES[verdict], when), paper=paper)
