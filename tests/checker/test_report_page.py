"""The result page template: machine-readable marks, links, escaping, and the timeline."""

import re

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from checker.report.patient import add_patient_page

from .report_cases import CASES, REFERENCE, make_context


def _page(context):
    request = RequestFactory().get("/report/x/")
    return render_to_string("report/result.html", {
        **add_patient_page(context).as_context(),
        "pdf_url": f"/report/x/stem-cell-offer-report-{REFERENCE}.pdf",
        "pdf_letter_url": f"/report/x/stem-cell-offer-report-{REFERENCE}-letter.pdf",
    }, request=request)


@pytest.mark.parametrize("verdict", sorted(CASES))
def test_the_page_marks_its_verdict_and_reference_for_outside_checks(verdict):
    html = _page(make_context(CASES[verdict]))
    assert re.findall(r'data-verdict="([a-z_]+)"', html) == [verdict]
    assert f'data-reference="{REFERENCE}"' in html


def test_the_page_links_both_pdfs_and_its_own_stylesheets():
    html = _page(make_context(CASES["red"]))
    assert f'href="/report/x/stem-cell-offer-report-{REFERENCE}.pdf"' in html
    assert f'href="/report/x/stem-cell-offer-report-{REFERENCE}-letter.pdf"' in html
    assert 'href="/static/css/report.css"' in html
    assert 'href="/static/css/fonts.css"' in html


def test_the_resume_code_is_shown_only_when_given():
    assert 'data-resume-code="K7M2-P4QX"' in _page(
        make_context(CASES["green"], resume_code="K7M2-P4QX"))
    assert "data-resume-code" not in _page(make_context(CASES["green"]))


def test_the_verdict_has_words_and_a_shape_not_only_a_colour():
    html = _page(make_context(CASES["amber"]))
    verdict = html[html.index('data-verdict="amber"'):]
    verdict = verdict[:verdict.index("</section>")]
    assert "Serious questions remain" in verdict
    assert 'class="icon icon-warning"' in verdict


def test_the_timeline_is_an_accessible_picture():
    html = _page(make_context(CASES["red"]))
    svg = html[html.index('<svg class="timeline-svg"'):html.index("</svg>", html.index(
        '<svg class="timeline-svg"'))]
    assert 'role="img"' in svg
    assert 'aria-labelledby="timeline-title timeline-desc"' in svg
    assert '<title id="timeline-title">' in svg and '<desc id="timeline-desc">' in svg


def test_the_timeline_keeps_its_coordinates_as_numbers_in_a_language_with_decimal_commas():
    with translation.override("es"):
        html = _page(make_context(CASES["red"]))
    svg = html[html.index('<svg class="timeline-svg"'):]
    svg = svg[:svg.index("</svg>")]
    coordinates = re.findall(r' (?:x|x1|y|width|points)="([^"]*)"', svg)
    assert any("." in value for value in coordinates)
    assert not [value for value in coordinates if "," in value and " " not in value]


def test_hostile_offer_text_is_shown_only_as_escaped_text_on_the_page():
    # The offer details are folded under "About the offer": as text, never as markup.
    html = _page(make_context(CASES["red"], offer={
        "clinic_name": '<img src="file:///etc/passwd">',
        "condition": "<style>body{display:none}</style>",
    }))
    assert "<img src=" not in html
    assert "<style>body" not in html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html
    assert "&lt;style&gt;body{display:none}&lt;/style&gt;" in html


def test_a_staff_helper_is_named_and_escaped():
    html = _page(make_context(CASES["green"], assisted_by="<b>nurse</b>"))
    assert "Filled in with help from &lt;b&gt;nurse&lt;/b&gt;" in html
