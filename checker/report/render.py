"""Rendering the report's PDF: WeasyPrint behind a static-files-only fetcher, and its caches.

``render_pdf`` renders ``report/pdf.html`` behind a URL fetcher that serves only the
project's own static files: text a patient typed can never make the renderer read a file,
open a connection or embed an attachment. Storing what it renders is ``store.py``'s.
"""

import atexit
import gc
import logging
import mimetypes
import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from django.conf import settings
from django.template.loader import render_to_string

import rules

from .doctor import add_doctor
from .model import Report
from .samples import SAMPLES, sample_context

logger = logging.getLogger(__name__)

PAPERS = ("a4", "letter")

_STATIC_PREFIX = "/static/"
#: A base URL with a scheme Python cannot join against: WeasyPrint then hands relative
#: references ("/static/css/pdf.css") to the fetcher verbatim, never as file:// URLs.
_BASE_URL = "report:/"


class StaticFilesOnly(Exception):
    """A URL the PDF renderer was not allowed to fetch."""


def _static_dirs() -> list[Path]:
    dirs = []
    for entry in settings.STATICFILES_DIRS:
        path = entry[1] if isinstance(entry, tuple | list) else entry
        dirs.append(Path(path).resolve())
    return dirs


def resolve_static(url: str) -> Path:
    """The file under a static dir that ``/static/...`` names; ``StaticFilesOnly`` otherwise."""
    if not url.startswith(_STATIC_PREFIX):
        raise StaticFilesOnly(f"only {_STATIC_PREFIX} URLs are served: {url[:80]!r}")
    relative = unquote(url[len(_STATIC_PREFIX):].split("?", 1)[0].split("#", 1)[0])
    if not relative or "\x00" in relative or "\\" in relative:
        raise StaticFilesOnly(f"not a static file: {url[:80]!r}")
    for root in _static_dirs():
        candidate = (root / relative).resolve()
        if candidate.is_relative_to(root) and candidate.is_file():
            return candidate
    raise StaticFilesOnly(f"no such static file: {url[:80]!r}")


def _fetcher_class() -> type[Any]:
    # Imported late: WeasyPrint loads Pango, which only the PDF needs.
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticOnlyFetcher(URLFetcher):  # type: ignore[misc, unused-ignore]  # untyped base
        """Serves /static/... from the project's static dirs and refuses everything else."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            path = resolve_static(url)
            mime, _encoding = mimetypes.guess_type(path.name)
            content_type = mime or "application/octet-stream"
            if content_type.startswith("text/"):
                content_type += "; charset=utf-8"
            return URLFetcherResponse(url, path.read_bytes(),
                                      {"Content-Type": content_type})

    return StaticOnlyFetcher


def make_url_fetcher() -> Any:
    """A fetcher for WeasyPrint that serves only the project's own static files."""
    return _fetcher_class()()


#: The base sheets of every PDF (the after-treatment card adds its own), and the doctor's PDF.
_STYLESHEETS = ("css/pdf-fonts.css", "css/pdf.css")
REPORT_STYLESHEETS = ("css/pdf-fonts.css", "css/doctor-pdf.css")
#: The same margins on both papers: the header and footer stay 10 mm from every edge.
_PAPER_CSS = {"a4": "@page { size: A4; }", "letter": "@page { size: letter; }"}

# Parsing the stylesheets and decoding the fonts costs more than laying out the report
# (see benchmarks/pdf_render.py), so each thread keeps them; Pango objects are not shared
# across threads.
_local = threading.local()


def _stylesheets(paper: str,
                 names: tuple[str, ...] = _STYLESHEETS) -> tuple[Any, Any, list[Any], Any]:
    cache = getattr(_local, "css", None)
    if cache is None:
        # Imported late, as in _fetcher_class: WeasyPrint loads Pango, which only PDFs need.
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        fetcher = make_url_fetcher()
        font_config = FontConfiguration()
        papers = {key: CSS(string=css, base_url=_BASE_URL, url_fetcher=fetcher,
                           font_config=font_config)
                  for key, css in _PAPER_CSS.items()}
        parsed: dict[str, Any] = {}
        cache = _local.css = (fetcher, font_config, parsed, papers, {})
        # Let the font configuration clean its temporary folder while modules still exist.
        atexit.register(reset_caches)
    fetcher, font_config, parsed, papers, images = cache
    for name in names:
        if name not in parsed:
            from weasyprint import CSS  # late, as above

            parsed[name] = CSS(string=resolve_static(_STATIC_PREFIX + name).read_text("utf-8"),
                               base_url=_BASE_URL, url_fetcher=fetcher,
                               font_config=font_config)
    return fetcher, font_config, [*(parsed[n] for n in names), papers[paper]], images


def warm_up() -> None:
    """Pay a process's one-off PDF costs before its first request (gunicorn.conf.py: in the
    master before it forks the workers, so each worker, replacements included, starts warm).

    The first PDF of a process also parses the stylesheets, loads the fonts, has cffi parse
    the C types WeasyPrint uses, loads Django's template libraries and compiles the report's
    templates: together a large part of a first render (benchmarks/pdf_render.py), which the
    first patient of each worker would wait for. So the worker renders the doctor's PDF of a
    staff sample (made-up answers, nothing of any patient; only WeasyPrint's and Django's own
    per-process caches keep anything of it). The doctor's PDF draws its shapes with CSS, so
    there are no images to load.

    It then has cffi parse the C array types WeasyPrint's font subsetting asks for,
    ``hb_codepoint_t[n]`` for the number of glyphs a PDF uses and its highest glyph id: a
    type per length, which pycparser takes about 2.5 ms to parse the first time it is seen,
    so without this each report with new counts paid up to six of them.

    Last it moves everything the worker holds so far into the garbage collector's permanent
    generation (``gc.freeze``): the full collections that renders set off no longer walk
    the ~90,000 objects of Django, WeasyPrint and the caches, which never become garbage.
    """
    render_pdf(sample_context(SAMPLES[rules.AMBER], datetime(2026, 1, 1, tzinfo=UTC)))
    _parse_glyph_array_types()
    gc.collect()
    gc.freeze()


def _glyph_counts() -> int:
    """The most glyphs any of the PDF's fonts has (the longest array subsetting can ask for)."""
    from fontTools.ttLib import TTFont  # late: only the warm-up reads the fonts' tables

    most = 0
    for root in _static_dirs():
        for path in (root / "fonts").glob("*.ttf"):
            with TTFont(path, lazy=True) as font:
                most = max(most, font["maxp"].numGlyphs)
    return most


def _parse_glyph_array_types() -> None:
    # WeasyPrint's cffi instance caches each parsed type by its string (weasyprint/pdf/fonts.py
    # builds f"hb_codepoint_t[{n}]"); typeof() is cffi's public way to fill that cache.
    from weasyprint.text.ffi import ffi

    for length in range(1, _glyph_counts() + 1):
        ffi.typeof(f"hb_codepoint_t[{length}]")


def reset_caches() -> None:
    """Forget this thread's stylesheets and fonts (after a static file changed, in tests)."""
    _local.css = None


def _disown_font_folder() -> None:
    # A process forked from one that rendered (gunicorn's workers, forked from the warm
    # master) inherits its font configuration, whose temporary folder holds the decoded
    # fonts Fontconfig reads from. The process that made the folder removes it; a child
    # removing it on exit would take the fonts from under its parent and siblings.
    cache = getattr(_local, "css", None)
    if cache is not None:
        cache[1]._folder = None


os.register_at_fork(after_in_child=_disown_font_folder)


#: The doctor's PDF is tagged PDF/UA-1: language, title, headings and tables in its structure.
PDF_VARIANT = "pdf/ua-1"


def pdf_context(report: Report, *, paper: str = "a4") -> dict[str, object]:
    """What ``report/pdf.html`` renders: the report's context with the doctor's keys."""
    return {**add_doctor(report).as_context(), "paper": paper}


#: A report longer than this many pages starts its safety pages on a page of their own.
_PAGES = 2


def render_pdf(report: Report, *, paper: str = "a4", url_fetcher: Any = None) -> bytes:
    """The doctor's PDF of a report on A4 or US Letter paper.

    A report that does not fit two pages is laid out again with the check-ups, the urgent
    signs and the sources starting page 3, so no page holds only a few stray lines."""
    made = pdf_context(report, paper=paper)

    def relayout(pages: int) -> str | None:
        if pages <= _PAGES:
            return None
        return render_to_string("report/pdf.html", {**made, "three_pages": True})

    return html_to_pdf(render_to_string("report/pdf.html", made), paper=paper,
                       url_fetcher=url_fetcher, variant=PDF_VARIANT,
                       sheets=REPORT_STYLESHEETS, relayout=relayout)


def html_to_pdf(html: str, *, paper: str = "a4", url_fetcher: Any = None, css: str = "",
                variant: str | None = None,
                sheets: tuple[str, ...] = _STYLESHEETS,
                relayout: Callable[[int], str | None] | None = None) -> bytes:
    """The one way HTML becomes a PDF here: static files only, no attachments.

    ``url_fetcher`` replaces the static-only fetcher for the document itself (tests wrap
    it to watch what is asked for); it must refuse the same things. ``css`` is a last
    stylesheet of our own making, fetched through the static-only fetcher too. ``variant``
    is WeasyPrint's ``pdf_variant`` (``"pdf/ua-1"`` for the doctor's PDF); ``sheets`` the
    static stylesheets, kept parsed per thread. ``relayout``, given the number of pages,
    may return other HTML to lay out instead (the same fetcher and sheets).
    """
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}, not {paper!r}")
    # Imported late: WeasyPrint loads Pango, which only PDFs need (pdf_artifacts imports it).
    from weasyprint import CSS, HTML

    from .pdf_artifacts import install  # late, as WeasyPrint

    install()  # running header and footer as artifacts in a tagged PDF

    fetcher, font_config, stylesheets, images = _stylesheets(paper, sheets)
    if css:
        stylesheets = [*stylesheets, CSS(string=css, base_url=_BASE_URL, url_fetcher=fetcher,
                                         font_config=font_config)]
    def render(markup: str) -> Any:
        return HTML(string=markup, base_url=_BASE_URL, url_fetcher=url_fetcher or fetcher,
                    media_type="print").render(stylesheets=stylesheets,
                                               font_config=font_config, cache=images)

    document = render(html)
    again = relayout(len(document.pages)) if relayout is not None else None
    if again is not None:
        document = render(again)
    # Nothing the report shows is a file to embed, so drop any attachment a template or
    # input could have declared (<link rel="attachment">, <a rel="attachment">).
    document.metadata.attachments = []
    for page in document.pages:
        page.links[:] = [link for link in page.links if link[0] != "attachment"]
    pdf: bytes = document.write_pdf(attachments=None, pdf_variant=variant)
    return pdf
