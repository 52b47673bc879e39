"""Sample reports come from fixed answers through the rules, and store nothing."""


import pytest

from checker.models import Questionnaire, ReportPDF
from checker.staff.samples import SAMPLES

from .. import pdfread


@pytest.mark.parametrize("verdict", ["red", "amber", "green"])
def test_each_sample_has_its_verdict(staff_client, verdict):
    assert SAMPLES[verdict].assessment().verdict.id == verdict
    html = staff_client.get(f"/staff/samples/{verdict}/").content.decode()
    assert f'data-verdict="{verdict}"' in html
    assert "invented answers" in html
    assert f'href="/staff/samples/{verdict}/a4/view/stem-cell-offer-report-SAMPLE-' in html


@pytest.mark.parametrize("verdict", ["red", "amber", "green"])
def test_each_sample_pdf_carries_the_sample_reference(staff_client, verdict):
    url = (f"/staff/samples/{verdict}/a4/download/"
           f"stem-cell-offer-report-SAMPLE-{verdict.upper()}.pdf")
    response = staff_client.get(url)
    assert response["Content-Disposition"].startswith("attachment;")
    text = pdfread.text(response.content, " ")
    assert f"SAMPLE-{verdict.upper()}" in text


def test_samples_store_no_questionnaire_and_no_pdf(staff_client):
    for verdict in SAMPLES:
        staff_client.get(f"/staff/samples/{verdict}/")
    assert Questionnaire.objects.count() == 0 and ReportPDF.objects.count() == 0


def test_an_unknown_sample_is_not_found(staff_client):
    assert staff_client.get("/staff/samples/purple/").status_code == 404


def test_the_sample_list_names_each_colour_and_verdict(staff_client):
    html = staff_client.get("/staff/samples/").content.decode()
    for verdict in ("red", "amber", "green"):
        title = SAMPLES[verdict].assessment().verdict.title
        assert f'href="/staff/samples/{verdict}/">{verdict.capitalize()}: {title}</a>' in html
