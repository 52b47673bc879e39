"""The report's PDF: rendering (``render.py``) and the store (``store.py``), under one name for
the modules that import them from here."""

from .render import (
    PAPERS,
    PDF_VARIANT,
    REPORT_STYLESHEETS,
    StaticFilesOnly,
    html_to_pdf,
    make_url_fetcher,
    pdf_context,
    render_pdf,
    reset_caches,
    resolve_static,
    warm_up,
)
from .store import pdf_bytes, pdf_filename, pdf_response

__all__ = ["PAPERS", "PDF_VARIANT", "REPORT_STYLESHEETS", "StaticFilesOnly", "html_to_pdf",
           "make_url_fetcher", "pdf_bytes", "pdf_context", "pdf_filename", "pdf_response",
           "render_pdf", "reset_caches", "resolve_static", "warm_up"]
