"""The patient's report as staff see it (the patient's own context builder), and samples."""

from ..models import Questionnaire
from ..renderslots import render_slot
from ..report.context import report_context
from ..report.render import render_pdf
from ..report.samples import Sample, sample_context

__all__ = ["questionnaire_context", "sample_context", "sample_pdf"]


def questionnaire_context(questionnaire: Questionnaire) -> dict:
    context = report_context(questionnaire)
    # The code lets whoever holds it change the answers; staff looking a report up do not
    # need it (a patient who wants help continuing reads it out on the resume page).
    context["resume_code"] = None
    return context


def sample_pdf(sample: Sample, created, paper: str) -> bytes:
    with render_slot():
        return render_pdf(sample_context(sample, created), paper=paper)
