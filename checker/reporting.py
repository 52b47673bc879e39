"""The report of a stored questionnaire: its template context, and its PDF rendered once.

Used by the patient's report views and by the staff area. A PDF is stored per questionnaire
version, paper size and language: asking again serves the stored bytes, and any change to
the answers bumps the version, so the next request renders it anew.
"""

import logging

from django.db import DatabaseError, transaction
from django.http import HttpResponse
from django.utils.translation import get_language

from . import ratelimit
from .models import Questionnaire, ReportPDF
from .redact import neutralise
from .report import PAPERS, build_report, render_pdf
from .seam import assessment_for


def report_context(questionnaire: Questionnaire) -> dict:
    assisted = questionnaire.assisted_by
    return build_report(
        assessment_for(questionnaire),
        reference=questionnaire.reference,
        created=questionnaire.finished_at or questionnaire.updated_at,
        offer={key: neutralise(value) if isinstance(value, str) else value
               for key, value in questionnaire.offer.items()},
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


logger = logging.getLogger(__name__)


def pdf_bytes(questionnaire: Questionnaire, paper: str, *, request=None) -> bytes:
    """The PDF of the questionnaire as it is now, from the store when already rendered.

    A fresh render counts against the ``pdf_render`` limit of the request's session
    (``ratelimit.RateLimited`` past it). A PDF that cannot be stored is still returned.
    """
    if paper not in PAPERS:
        raise ValueError(paper)
    language = (get_language() or "en")[:8]
    key = {"questionnaire": questionnaire, "version": questionnaire.version, "paper": paper,
           "language": language}
    stored = ReportPDF.objects.filter(**key).values_list("pdf", flat=True).first()
    if stored is not None:
        return bytes(stored)
    if request is not None:
        ratelimit.attempt("pdf_render", request, by_address=False)
    pdf = render_pdf(report_context(questionnaire), paper=paper)
    try:
        with transaction.atomic():
            ReportPDF.objects.create(pdf=pdf, **key)
            # Older versions can never be served again.
            ReportPDF.objects.filter(questionnaire=questionnaire,
                                     version__lt=questionnaire.version).delete()
    except DatabaseError as error:
        # Most often another request stored the same PDF first (ours is identical); or the
        # database is busy: the patient gets the PDF anyway, and it is rendered again later.
        logger.info("A rendered report PDF was not stored (%s)", type(error).__name__)
    return pdf
