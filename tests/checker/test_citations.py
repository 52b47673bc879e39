"""Citations live in one place: the report context lists every source a rendered report
cites, and no template names a source id itself."""

import re
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory

import rules
from checker.report.patient import add_patient_page

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
@pytest.mark.parametrize("offer", [{}, {"route": "intravenous"}, {"route": "joint"}])
def test_the_sources_list_names_every_source_the_pdf_cites(verdict, offer):
    context = make_context(CASES[verdict], offer=offer)
    pdf = render_to_string("report/pdf.html", {**context, "paper": "a4", "for_pdf": True})
    # The Sources section shows each listed id too: compare against the rest only.
    body = pdf.split('<section class="sources"', 1)[0]
    assert _cited(body) == {s["id"] for s in context["pdf_sources"]}


@pytest.mark.parametrize("verdict", sorted(CASES))
def test_the_patient_page_cites_no_id_and_lists_its_sources_once_at_the_bottom(verdict):
    """The patient's page (report/result.html) shows no source ids: each source it draws on
    is listed once, at the bottom, saying who wrote it (checker.report.patient)."""
    context = add_patient_page(make_context(CASES[verdict]))
    page = render_to_string("report/result.html", {**context, "pdf_url": "/a4.pdf",
                                                   "pdf_letter_url": "/letter.pdf"},
                            request=RequestFactory().get("/"))
    assert _cited(page) == set()
    listed = page[page.index('id="more-sources"'):]
    for s in context["page_sources"]:
        assert page.count(s["title"]) == 1 and s["title"] in listed
