"""The patient's report, as staff see it: the same context, templates and PDF as the patient's."""

from django.db import IntegrityError, transaction
from django.utils import translation

from ..models import Questionnaire, ReportPDF
from ..seam import assessment_for
from .accounts import staff_label
from .samples import Sample


def report_context(questionnaire: Questionnaire) -> dict:
    from ..report import build_report
    # No resume code: it lets whoever holds it change the answers, and staff do not need it.
    return build_report(assessment_for(questionnaire), reference=questionnaire.reference,
                        created=questionnaire.finished_at, offer=questionnaire.offer,
                        assisted_by=staff_label(questionnaire.assisted_by) or None)


def sample_context(sample: Sample, created) -> dict:
    from ..report import build_report
    return build_report(sample.assessment(), reference=sample.reference, created=created,
                        offer=sample.translated_offer())


def questionnaire_pdf(questionnaire: Questionnaire, paper: str) -> bytes:
    """The stored PDF of this version of the answers, rendered and stored on first use."""
    language = translation.get_language() or "en"
    found = ReportPDF.objects.filter(questionnaire=questionnaire, version=questionnaire.version,
                                     paper=paper, language=language).first()
    if found:
        return bytes(found.pdf)
    from ..report import render_pdf

    data = render_pdf(report_context(questionnaire), paper=paper)
    try:
        with transaction.atomic():
            ReportPDF.objects.create(questionnaire=questionnaire, version=questionnaire.version,
                                     paper=paper, language=language, pdf=data)
    except IntegrityError:  # another request stored the same version first
        pass
    return data


def sample_pdf(sample: Sample, created, paper: str) -> bytes:
    from ..report import render_pdf
    return render_pdf(sample_context(sample, created), paper=paper)
