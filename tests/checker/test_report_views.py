"""The patient's report views: the result page, the PDF link, caching, and headers."""

import io
import re

import pytest
from django.test import Client
from pypdf import PdfReader

import rules
from checker.models import ReportPDF
from checker.report import store as reporting
from rules.asked import asked

from .. import pdfread
from ..answers import page_posts
from ..conftest import Journey, verdict_of
from .report_cases import CASES


def _finished(client, verdict="green"):
    journey = Journey(client).answer_all(posts=page_posts(CASES[verdict]))
    return journey, journey.finish()


def _pdf_href(html: str) -> str:
    return re.search(r'<a[^>]+href="([^"]+\.pdf)"', html).group(1)


@pytest.mark.parametrize("verdict", sorted(CASES))
def test_finishing_leads_to_a_page_whose_pdf_link_returns_the_report(client, db, verdict):
    journey, page = _finished(client, verdict)
    html = page.content.decode()
    assert verdict_of(html) == verdict
    reference = re.search(r'data-reference="([^"]+)"', html).group(1)
    assert reference == journey.record.reference
    response = client.get(_pdf_href(html))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'attachment; filename="stem-cell-offer-report-{reference}.pdf"')
    assert "no-store" in response["Cache-Control"] and "no-store" in page["Cache-Control"]
    text = re.sub(r"\s+", "", pdfread.text(response.content))
    assert reference in text
    assert re.sub(r"\s+", "", rules.VERDICTS[verdict].title) in text
    # The doctor's PDF names each question asked by its short title, beside the answer.
    answers = CASES[verdict]
    for question_id in asked(answers):
        if question_id in rules.QUESTIONS_BY_ID:
            short = rules.QUESTIONS_BY_ID[question_id].short
            assert re.sub(r"\s+", "", short) in text, question_id


def test_the_pdf_is_rendered_once_and_again_after_a_change(client, db, monkeypatch):
    calls = []
    real = reporting.render_pdf
    monkeypatch.setattr(reporting, "render_pdf",
                        lambda *a, **k: calls.append(k.get("paper")) or real(*a, **k))
    journey, page = _finished(client)
    url = _pdf_href(page.content.decode())
    first = client.get(url).content
    second = client.get(url).content
    assert first == second and len(calls) == 1
    journey.post("leaflet", {"leaflet": "no"}, QUERY_STRING="next=answers")
    third = client.get(url).content
    assert len(calls) == 2 and third != first
    assert ReportPDF.objects.count() == 1  # the old version's PDF is gone


def test_us_letter_is_an_option(client, db):
    journey, _page = _finished(client)
    response = client.get(f"/report/{journey.qid}/letter.pdf")
    assert response.status_code == 200
    box = PdfReader(io.BytesIO(response.content)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_an_unknown_paper_size_is_not_found(client, db):
    journey, _page = _finished(client)
    assert client.get(f"/report/{journey.qid}/a3.pdf").status_code == 404


def test_the_pdf_needs_the_session_that_owns_the_answers(client, db):
    journey, _page = _finished(client)
    assert Client().get(f"/report/{journey.qid}/a4.pdf").status_code == 404


def test_the_pdf_waits_for_the_questionnaire_to_be_finished(client, db):
    journey = Journey(client)
    response = client.get(f"/report/{journey.qid}/a4.pdf")
    assert response.status_code == 302 and response["Location"] == journey.url("answers")


def test_the_report_page_offers_delete_and_change(client, db):
    journey, page = _finished(client)
    html = page.content.decode()
    assert f'href="/check/{journey.qid}/delete/"' in html
    assert f'href="/check/{journey.qid}/answers/"' in html
    assert html.count("data-resume-code=") == 1
