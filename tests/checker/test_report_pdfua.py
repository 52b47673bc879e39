"""The doctor's PDF is tagged PDF/UA-1: its catalogue, XMP identification and structure tree."""

import io
import logging
from collections import Counter

import pytest
from django.utils import translation
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from checker.report.pdf import render_pdf

from .report_cases import CASES, REFERENCE, make_context


@pytest.fixture(scope="module", params=["en", "es"])
def tagged(request):
    with translation.override(request.param):
        context = make_context(CASES["red"])
        logger = logging.getLogger("weasyprint")
        errors: list[str] = []

        class Collect(logging.Handler):
            def emit(self, record):
                if record.levelno >= logging.ERROR:
                    errors.append(record.getMessage())

        handler = Collect()
        logger.addHandler(handler)
        try:
            pdf = render_pdf(context)
        finally:
            logger.removeHandler(handler)
    return request.param, pdf, PdfReader(io.BytesIO(pdf)), errors


def _elements(reader):
    """Every structure element, depth first."""
    out = []

    def walk(node):
        node = node.get_object()
        if isinstance(node, ArrayObject):
            for kid in node:
                walk(kid)
        elif isinstance(node, DictionaryObject) and "/S" in node:
            out.append(node)
            if "/K" in node:
                walk(node["/K"])

    walk(reader.trailer["/Root"]["/StructTreeRoot"].get_object()["/K"])
    return out


def test_the_catalogue_is_marked_with_the_language_and_shows_the_title(tagged):
    language, pdf, reader, _errors = tagged
    root = reader.trailer["/Root"]
    assert pdf.startswith(b"%PDF-1.7")
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712  (a pypdf BooleanObject)
    assert root["/Lang"] == language
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    assert "/StructTreeRoot" in root
    assert REFERENCE in reader.metadata.title


def test_the_xmp_metadata_identifies_pdf_ua_1_and_the_title(tagged):
    _language, _pdf, reader, _errors = tagged
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert 'pdfuaid:part="1"' in xmp
    assert f"{REFERENCE}</rdf:li>" in xmp


def test_headings_lists_and_tables_are_tagged(tagged):
    _language, _pdf, reader, errors = tagged
    counts = Counter(str(e["/S"]) for e in _elements(reader))
    assert counts["/Document"] == 1
    assert counts["/H1"] == 1
    assert counts["/H2"] >= 8
    assert counts["/Table"] == 3  # offer, findings, check-ups
    assert counts["/TH"] >= 5 + 3 + 5 + 5
    assert counts["/L"] >= 4 and counts["/LI"] >= 20
    # No image or figure without alternative text: the shapes are drawn by CSS.
    assert counts["/Figure"] == 0
    assert errors == []


def test_each_findings_cell_names_its_row_and_column_headers(tagged):
    _language, _pdf, reader, _errors = tagged
    cells = [e for e in _elements(reader) if e["/S"] == "/TD"]
    assert cells
    ids = {str(e["/ID"]) for e in _elements(reader) if e["/S"] == "/TH"}
    for cell in cells:
        headers = [str(h) for h in cell["/A"]["/Headers"]]
        assert headers and set(headers) <= ids
    # The findings table: each data cell has its condition and its column; the warning
    # signs' cell spans both answer columns, so it names the condition and both of them.
    counts = Counter(len(cell["/A"]["/Headers"]) for cell in cells)
    assert counts[2] >= 2 * 5
    assert counts[3] == 1
    assert max(counts) == 3
