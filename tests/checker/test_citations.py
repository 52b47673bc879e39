"""Citations live in one place: the report context lists every source a rendered report
cites, and no template names a source id itself."""

import re
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory

import rules
from checker.report.patient import add_patient_page
from checker.report.pdf import pdf_context

from .report_cases import CASES, make_context

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def test_no_template_names_a_source_id():
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text("utf-8")
        for source_id in rules.SOURCES:
            assert source_id not in text, f"{path.relative_to(TEMPLATES)} names {source_id}"


def _cited(html: str) -> set[str]:
    """Every source id the rendered HTML shows in a citation."""
    ids: set[str] = set()
    for inner in re.findall(r'<span class="source">\[?([^<\]]*)\]?</span>', html):
        ids.update(part.strip() for part in inner.split(",") if part.strip())
    return ids


@pytest.mark.parametrize("verdict", sorted(CASES))
def test_the_patient_page_cites_no_id_and_lists_its_sources_once_at_the_bottom(verdict):
    """The patient's page (report/result.html) shows no source ids: each source it draws on
    is listed once, at the bottom, saying who wrote it (checker.report.patient)."""
    context = add_patient_page(make_context(CASES[verdict])).as_context()
    page = render_to_string("report/result.html", {**context, "pdf_url": "/a4.pdf",
                                                   "pdf_letter_url": "/letter.pdf"},
                            request=RequestFactory().get("/"))
    assert _cited(page) == set()
    listed = page[page.index('id="more-sources"'):]
    for s in context["page_sources"]:
        assert page.count(s["title"]) == 1 and s["title"] in listed


def _footnotes(html: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The (number, source id) of every footnote mark, and of every listed source."""
    body, listed = html.split('<section class="sources"', 1)
    marks = []
    for ids, numbers in re.findall(r'<sup class="fn" data-sources="([^"]+)">\[([\d,]+)\]</sup>',
                                   body):
        marks += list(zip(numbers.split(","), ids.split(" "), strict=True))
    entries = re.findall(r'<li id="fn-(\d+)" data-source="([^"]+)">', listed)
    return marks, entries


@pytest.mark.parametrize("verdict", sorted(CASES))
@pytest.mark.parametrize("offer", [{}, {"route": "intravenous"}, {"route": "joint"}])
def test_the_pdfs_footnotes_number_every_source_it_cites_once(verdict, offer):
    context = make_context(CASES[verdict], offer=offer)
    pdf = render_to_string("report/pdf.html", pdf_context(context))
    marks, entries = _footnotes(pdf)
    assert marks
    # Each listed source is cited, each citation is listed, under the same number.
    assert set(marks) == set(entries)
    assert [n for n, _id in entries] == [str(n) for n in range(1, len(entries) + 1)]
    assert len({i for _n, i in entries}) == len(entries)
    assert all(i in rules.SOURCES for _n, i in entries)
    # Numbered in the order they are first cited.
    first = list(dict.fromkeys(i for _n, i in marks))
    assert first == [i for _n, i in entries]
