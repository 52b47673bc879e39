"""The clinic staff area in the browser: sign in, look a report up, preview its PDF.

Every page and error state is checked with axe, like the patient's pages.
"""

import pytest
from django.core.management import call_command
from django.test import Client

from ..conftest import Journey

pytestmark = pytest.mark.browser

PASSWORD = "a long staff password 4 tests"


@pytest.fixture
def staff_patient(open_patient, monkeypatch):
    """A signed-out browser at the staff area, with a staff account ready to sign in."""
    patient = open_patient()
    patient.goto("/staff/")
    monkeypatch.setenv("STAFF_PASSWORD", PASSWORD)
    call_command("createstaff", "nurse")
    return patient


def _sign_in(patient, password: str):
    patient.page.fill('input[name="username"]', "nurse")
    patient.page.fill('input[name="password"]', password)
    patient.submit()


def test_staff_sign_in_look_up_and_preview_are_accessible(staff_patient):
    patient = staff_patient
    finished = Journey(Client()).answer_all()
    finished.finish()
    reference = finished.record.reference

    assert "sign-in" in patient.path, "the staff area should ask to sign in first"
    patient.check("sign-in")
    _sign_in(patient, "not the password")
    assert "sign-in" in patient.path
    assert patient.page.locator(".error-summary").is_visible()
    patient.check("sign-in-wrong-password")
    _sign_in(patient, PASSWORD)
    assert patient.path == "/staff/", patient.path
    patient.check("look-up")

    patient.page.fill('input[name="reference"]', "SC-ZZZZ-ZZZZ")
    patient.submit()
    assert patient.page.locator(".error-summary").is_visible()
    patient.check("look-up-unknown-reference")

    patient.page.fill('input[name="reference"]', reference.lower())
    patient.submit()
    assert patient.path.startswith("/staff/reports/"), patient.path
    assert patient.verdict() == "green"
    patient.check("report-preview")
    preview = patient.page.locator('main a[href*=".pdf"], main a[href*="/view/"]').first
    response = patient.page.context.request.get(patient.base + preview.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body()[:5] == b"%PDF-"

    patient.goto("/staff/samples/")
    patient.check("sample-reports")


def test_the_staff_bar_shows_on_the_patient_pages_while_assisting(staff_patient):
    patient = staff_patient
    _sign_in(patient, PASSWORD)
    patient.goto("/staff/assist/")
    patient.submit()
    assert patient.slug() == "offer_kind"
    bar = patient.page.locator(".assist-bar")
    assert "Filled in with help from nurse (clinic staff)" in bar.inner_text()
    assert patient.small_targets() == []
    patient.check("assisted-question-page")
    with patient.page.expect_navigation():
        bar.get_by_role("link", name="Next patient").click()
    assert patient.path == "/staff/assist/"
    patient.goto("/")
    with patient.page.expect_navigation():
        patient.page.locator(".assist-bar").get_by_role("button", name="Sign out").click()
    assert "sign-in" in patient.path
    patient.goto("/")
    assert patient.page.locator(".assist-bar").count() == 0
