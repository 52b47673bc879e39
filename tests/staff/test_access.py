"""Who may open each staff URL: anonymous → sign-in page, not staff → 403, staff → the page."""

import pytest

from .conftest import opened

SAMPLE_PDF = "/staff/samples/red/a4/view/stem-cell-offer-report-SAMPLE-RED.pdf"
FIXED_URLS = ["/staff/", "/staff/assist/", "/staff/samples/", "/staff/samples/red/",
              "/staff/samples/amber/", "/staff/samples/green/", SAMPLE_PDF]


def report_urls(questionnaire) -> list[str]:
    base = f"/staff/reports/{questionnaire.pk}/"
    name = f"stem-cell-offer-report-{questionnaire.reference}.pdf"
    return [base, f"{base}a4/view/{name}", f"{base}letter/view/{name}", f"{base}a4/download/{name}"]


@pytest.mark.parametrize("url", FIXED_URLS)
def test_anonymous_visitors_are_sent_to_the_sign_in_page(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/staff/sign-in/?next={url}"
    assert "no-store" in response["Cache-Control"]


def test_anonymous_visitors_cannot_open_a_report_url_either(client, finished):
    for url in report_urls(finished):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/staff/sign-in/")


@pytest.mark.parametrize("url", FIXED_URLS)
def test_signed_in_users_without_the_staff_permission_get_403(plain_client, url):
    response = plain_client.get(url)
    assert response.status_code == 403
    assert "not a clinic staff account" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_users_without_the_permission_cannot_look_up_or_start_anything(plain_client, finished):
    assert plain_client.post("/staff/", {"reference": finished.reference}).status_code == 403
    assert plain_client.post("/staff/assist/").status_code == 403
    for url in report_urls(finished):
        assert plain_client.get(url).status_code == 403
    from checker.models import Questionnaire
    assert Questionnaire.objects.count() == 1


@pytest.mark.parametrize("url", [u for u in FIXED_URLS if not u.endswith(".pdf")])
def test_staff_can_open_every_staff_page(staff_client, url):
    response = staff_client.get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "signed in as ana" in html
    assert "<script" not in html  # everything works without JavaScript


def test_staff_can_open_a_sample_pdf(staff_client):
    response = staff_client.get(SAMPLE_PDF)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_staff_can_open_a_report_and_its_pdfs_once_looked_up(staff_client, finished):
    assert opened(staff_client, finished) == report_urls(finished)[0]
    for url in report_urls(finished):
        response = staff_client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"]


def test_the_sign_in_page_is_open_to_everyone_and_not_cached(client, db):
    response = client.get("/staff/sign-in/")
    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()
    assert 'name="password"' in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_signing_out_needs_a_post_and_ends_the_session(staff_client):
    assert staff_client.get("/staff/sign-out/").status_code == 200
    assert staff_client.get("/staff/").status_code == 200
    response = staff_client.post("/staff/sign-out/")
    assert response.status_code == 302
    assert staff_client.get("/staff/").status_code == 302


def test_unknown_methods_are_refused_not_crashed(staff_client):
    assert staff_client.put("/staff/").status_code == 405
    assert staff_client.post("/staff/samples/").status_code == 405
