"""The doctor's PDF in print (issue 23): text sizes, margins, page count and fill, lists,
real links, footnote marks apart from links, and the running header and footer as artifacts.

Measured on the rendered PDF (tests/pdfread.py, measuring as pdfplumber does), for every
verdict, both languages, A4 and US Letter, the staff samples, cases with six warning signs
and the longest case.
"""

import io
import re
from datetime import UTC, datetime

import pytest
from django.utils import translation
from pypdf import PdfReader

from checker.report.pdf import render_pdf
from checker.staff.samples import SAMPLES

from .. import pdfread
from .report_cases import (
    CASES,
    LONGEST_HELPER,
    LONGEST_OFFER,
    case_pdf,
    make_context,
    sample_pdf,
)

MM = 72 / 25.4
#: The smallest text anywhere, and the size of body text.
SMALLEST_PT, BODY_PT = 7.5, 9.0
#: The share of each page's characters above the sources list in body text, at least:
#: addresses, table legends and footnote marks are smaller.
BODY_SHARE = 0.8
#: The header and footer (and everything else) this far from every edge of the paper.
EDGE_MM = 10.0
#: Six warning signs: the most a typical report holds on two pages.
SIX_SIGNS = ["no_evidence", "guaranteed_results", "pressure_to_decide", "travel_package",
             "upfront_payment", "many_conditions"]
PAPERS = ["a4", "letter"]
LANGUAGES = ["en", "es"]


def _typical():
    """name -> (language, paper) -> the PDF; the cases and samples are shared with the other
    report tests (report_cases.py renders each once)."""
    cases = {f"case-{v}": (lambda language, paper, v=v: case_pdf(v, language, paper))
             for v in CASES}
    cases.update({f"sample-{v}": (lambda language, paper, v=v: sample_pdf(
        v, language, paper, datetime(2026, 1, 1, tzinfo=UTC))) for v in SAMPLES})
    for verdict in ("red", "amber", "green"):
        answers = {**CASES[verdict], "warning_signs": SIX_SIGNS}
        cases[f"six-signs-{verdict}"] = (
            lambda language, paper, a=answers: _render(lambda: make_context(a), language, paper))
    return cases


def _render(make, language, paper):
    with translation.override(language):
        return render_pdf(make(), paper=paper)


TYPICAL = _typical()


def _fill(page) -> float:
    """How full the page's body is: from the top margin to its lowest character, as a
    share of the body's height (the running header and footer left out)."""
    top, bottom = 15 * MM, page.height - 15 * MM
    body = [c for c in page.chars if top - 1 < c["top"] and c["bottom"] < bottom + 1]
    lowest = max((c["bottom"] for c in body), default=top)
    return (lowest - top) / (bottom - top)


def _sources_top(page) -> float:
    """Where the "Sources" heading starts on the page (the page's foot when it has none)."""
    tops = [w["top"] for w in page.words(by_size=True)
            if w["text"] in ("Sources", "Fuentes") and w["size"] > BODY_PT]
    return min(tops, default=page.height)


def _check_print(pdf: bytes) -> list[float]:
    fills = []
    for page in pdfread.read(pdf):
        chars = page.chars
        assert chars
        sizes = [c["size"] for c in chars]
        assert min(sizes) >= SMALLEST_PT - 0.01, (page.number, min(sizes))
        # The body (no running header or footer, and above the list of sources) is text
        # of at least 9 pt: the rest is addresses, table legends and footnote marks.
        end = min(page.height - 15 * MM + 1, _sources_top(page))
        inside = [c["size"] for c in chars if c["top"] > 15 * MM - 1 and c["bottom"] < end]
        if inside:
            body = sum(1 for s in inside if s >= BODY_PT - 0.01) / len(inside)
            assert body >= BODY_SHARE, (page.number, body)
        for c in chars:
            edge = min(c["x0"], page.width - c["x1"], c["top"], page.height - c["bottom"])
            assert edge >= EDGE_MM * MM, (page.number, c["text"], edge / MM)
        fills.append(_fill(page))
    return fills


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", sorted(TYPICAL))
def test_a_typical_report_is_two_readable_pages_with_wide_margins(name, language, paper):
    fills = _check_print(TYPICAL[name](language, paper))
    most = 1 if name.endswith("out_of_scope") else 2
    assert len(fills) <= most, fills
    assert all(f >= 1 / 3 for f in fills), fills


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("verdict", ["red", "amber", "green"])
def test_the_longest_case_is_at_most_three_pages_each_a_third_full(verdict, language, paper):
    def make():
        return make_context({**CASES[verdict], "warning_signs": SIX_SIGNS},
                            offer=LONGEST_OFFER, assisted_by=LONGEST_HELPER)

    fills = _check_print(_render(make, language, paper))
    assert len(fills) <= 3 and all(f >= 1 / 3 for f in fills), fills


def _links(pdf: bytes) -> list[str]:
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for annotation in page.get("/Annots", []) or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link":
                out.append(str(annotation["/A"]["/URI"]))
    return out


def test_every_address_printed_is_a_link_that_can_be_clicked():
    context = make_context({**CASES["green"], "authorisation_number": "EU/1/17/1181"})
    pdf = render_pdf(context)
    links = _links(pdf)
    for fact in context.offer_facts:
        if fact["url"]:
            assert fact["url"] in links
    assert "https://www.nhs.uk/conditions/" in links
    assert all(link.startswith("https://") for link in links)


def test_a_footnote_mark_is_a_separate_word_when_the_text_is_copied():
    context = make_context({**CASES["green"], "authorisation_number": "EU/1/17/1181"})
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(render_pdf(context))).pages)
    url = next(f["url"] for f in context.offer_facts if f["url"].endswith(".htm"))
    found = re.search(re.escape(url) + r"(\s*)(\[\d)", text)
    assert found and found.group(1), "the mark is glued to the address"


def test_warning_signs_are_a_list():
    with translation.override("en"):
        html_pdf = render_pdf(make_context({**CASES["red"], "warning_signs": SIX_SIGNS}))
    text = PdfReader(io.BytesIO(html_pdf)).pages[0].extract_text()
    assert "•" in text and "; " not in text.split("Warning signs")[-1].split("Next steps")[0]


def _content(page) -> bytes:
    contents = page.get_contents()
    return contents.get_data() if contents is not None else b""


def test_the_running_header_and_footer_are_artifacts_outside_the_tag_tree():
    reader = PdfReader(io.BytesIO(render_pdf(make_context(CASES["amber"]))))
    tree_mcids: set[tuple[int, int]] = set()
    page_ids = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}

    def walk(node, page):
        node = node.get_object()
        if isinstance(node, int):
            tree_mcids.add((page, node))
        elif isinstance(node, list):
            for kid in node:
                walk(kid, page)
        elif hasattr(node, "get") and node.get("/S"):
            pg = node.get("/Pg")
            here = page_ids.get(pg.idnum, page) if pg is not None else page
            if "/K" in node:
                walk(node["/K"], here)

    walk(reader.trailer["/Root"]["/StructTreeRoot"].get_object()["/K"], 0)
    for number, page in enumerate(reader.pages):
        data = _content(page)
        assert re.search(rb"/Artifact\s+BMC", data)
        drawn = {(number, int(m)) for m in re.findall(rb"/MCID (\d+)", data)}
        # Every marked piece of content belongs to the tag tree: none is left hanging.
        assert drawn <= tree_mcids, sorted(drawn - tree_mcids)[:5]
    # The header's words are drawn inside an artifact.
    first = _content(reader.pages[0])
    artifacts = re.findall(rb"/Artifact\s+BMC(.*?)EMC", first, re.S)
    assert any(b"Tj" in a or b"TJ" in a for a in artifacts)

