"""The report of a stored questionnaire: its template context, and its PDF rendered once.

Used by the patient's report views and by the staff area. A PDF is stored per questionnaire
version, paper size, language and rules version: asking again serves the stored bytes, and
any change to the answers bumps the version (and any change to the rules the rules version),
so the next request renders it anew.
"""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import HttpResponse
from django.utils.translation import get_language

import rules

from .models import Questionnaire, ReportPDF
from .report import PAPERS, build_report, render_pdf
from .seam import assessment_for


def report_context(questionnaire: Questionnaire) -> dict:
    assisted = questionnaire.assisted_by
    return build_report(
        assessment_for(questionnaire),
        reference=questionnaire.reference,
        created=questionnaire.finished_at or questionnaire.updated_at,
        offer=questionnaire.offer,
        resume_code=questionnaire.resume_code,
        assisted_by=assisted.get_username() if assisted else None,
    )


def pdf_filename(reference: str) -> str:
    return f"stem-cell-offer-report-{reference}.pdf"


def pdf_response(data: bytes, reference: str, *, inline: bool = False) -> HttpResponse:
    """The PDF as a download (or shown in the browser with ``inline``), named by reference."""
    response = HttpResponse(data, content_type="application/pdf")
    kind = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{kind}; filename="{pdf_filename(reference)}"'
    return response


def pdf_bytes(questionnaire: Questionnaire, paper: str) -> bytes:
    """The PDF of the questionnaire as it is now, from the store when already rendered."""
    if paper not in PAPERS:
        raise ValueError(paper)
    language = (get_language() or "en")[:8]
    key = {"questionnaire": questionnaire, "version": questionnaire.version, "paper": paper,
           "language": language, "ruleset": rules.RULESET_VERSION}
    stored = ReportPDF.objects.filter(**key).values_list("pdf", flat=True).first()
    if stored is not None:
        return bytes(stored)
    pdf = render_pdf(report_context(questionnaire), paper=paper)
    try:
        with transaction.atomic():
            ReportPDF.objects.create(pdf=pdf, **key)
            # Older versions, and PDFs made by other rules, can never be served again.
            ReportPDF.objects.filter(questionnaire=questionnaire).filter(
                Q(version__lt=questionnaire.version) | ~Q(ruleset=rules.RULESET_VERSION),
            ).delete()
    except IntegrityError:
        pass  # another request stored the same PDF first; ours is identical in content
    return pdf
