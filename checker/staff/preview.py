"""The patient's report as staff see it (the patient's own context builder), and samples."""

from dataclasses import replace
from datetime import datetime

from ..models import Questionnaire
from ..renderslots import render_slot
from ..report.context import report_context
from ..report.model import Report
from ..report.render import render_pdf
from ..report.samples import Sample, sample_context

__all__ = ["questionnaire_context", "sample_context", "sample_pdf"]


def questionnaire_context(questionnaire: Questionnaire) -> Report:
    # The code lets whoever holds it change the answers; staff looking a report up do not
    # need it (a patient who wants help continuing reads it out on the resume page).
    return replace(report_context(questionnaire), resume_code=None)


def sample_pdf(sample: Sample, created: datetime, paper: str) -> bytes:
    with render_slot():
        return render_pdf(sample_context(sample, created), paper=paper)
