"""Citations live in one place: the report context lists every source a rendered report
cites, and no template names a source id itself."""

import re
from pathlib import Path

import pytest
from django.template.loader import render_to_string

import rules

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
def test_the_sources_list_names_every_source_the_page_and_the_pdf_cite(verdict, offer):
    context = make_context(CASES[verdict], offer=offer)
    page = render_to_string("report/_report.html", context)
    pdf = render_to_string("report/pdf.html", {**context, "paper": "a4", "for_pdf": True})
    for html, listed in ((page, context["sources"]), (pdf, context["pdf_sources"])):
        # The Sources section shows each listed id too: compare against the rest only.
        body = html.split('<section class="sources"', 1)[0]
        assert _cited(body) == {s["id"] for s in listed}
