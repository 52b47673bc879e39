"""The store of rendered report PDFs, and the PDF as an HTTP response.

``pdf_bytes`` stores each rendered PDF per questionnaire version, paper size, language and
ruleset: asking again serves the stored bytes, and any change to the answers bumps the
version, so the next request renders it anew.
"""

import logging
from typing import Any

from django.db import DatabaseError, transaction
from django.db.models import Q
from django.http import HttpResponse
from django.utils.translation import get_language

import rules

from .. import ratelimit
from ..models import Questionnaire, ReportPDF
from ..renderslots import render_slot
from .context import report_context
from .render import PAPERS, render_pdf

logger = logging.getLogger(__name__)

def pdf_filename(reference: str) -> str:
    return f"stem-cell-offer-report-{reference}.pdf"


def pdf_response(data: bytes, reference: str, *, inline: bool = False) -> HttpResponse:
    """The PDF as a download (or shown in the browser with ``inline``), named by reference."""
    response = HttpResponse(data, content_type="application/pdf")
    kind = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{kind}; filename="{pdf_filename(reference)}"'
    return response


def pdf_bytes(questionnaire: Questionnaire, paper: str, *, request: Any = None,
              by_address: bool = True) -> bytes:
    """The PDF of the questionnaire as it is now, from the store when already rendered.

    A fresh render counts against the ``pdf_render`` limit of the request's session and
    address (session only with ``by_address=False``), and takes a render slot
    (checker/renderslots.py); ``ratelimit.RateLimited`` past either. A PDF that cannot be
    stored is still returned.
    """
    if paper not in PAPERS:
        raise ValueError(paper)
    language = (get_language() or "en")[:8]
    key: dict[str, Any] = {"questionnaire": questionnaire, "version": questionnaire.version,
                           "paper": paper, "language": language,
                           "ruleset": rules.RULESET_VERSION}
    stored = ReportPDF.objects.filter(**key).values_list("pdf", flat=True).first()
    if stored is not None:
        return bytes(stored)
    if request is not None:
        ratelimit.attempt("pdf_render", request, by_address=by_address)
    with render_slot():
        pdf = render_pdf(report_context(questionnaire), paper=paper)
    try:
        with transaction.atomic():
            ReportPDF.objects.create(pdf=pdf, **key)
            # Older versions, and PDFs made by other rules, can never be served again.
            ReportPDF.objects.filter(questionnaire=questionnaire).filter(
                Q(version__lt=questionnaire.version) | ~Q(ruleset=rules.RULESET_VERSION),
            ).delete()
    except DatabaseError as error:
        # Most often another request stored the same PDF first (ours is identical); or the
        # database is busy: the patient gets the PDF anyway, and it is rendered again later.
        logger.info("A rendered report PDF was not stored (%s)", type(error).__name__)
    return pdf
