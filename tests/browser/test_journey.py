"""The whole patient journey in Chromium: with the mouse, with JavaScript off, by keyboard."""

import pytest

from checker.steps import STEPS

from ..checker.test_http_journey import CASES
from ..conftest import GREEN_POSTS

pytestmark = pytest.mark.browser


def _walk(patient, verdict: str, *, every_page: bool):
    """From the start page to the report, answering as ``CASES[verdict]``.

    Each question page is screenshotted with its answers chosen, just before Continue.
    ``every_page`` also runs axe on each; otherwise (the pages being the same as in the
    run that does) only the pages that differ by verdict get axe.
    """
    patient.goto("/")
    patient.check("start", axe=every_page)
    with patient.page.expect_navigation():
        patient.page.get_by_role("button", name="Start now").click()
    posts = {**GREEN_POSTS, **CASES[verdict]}
    for number, step in enumerate(STEPS, 1):
        assert patient.slug() == step.slug
        assert f"Question {number} of {len(STEPS)}" in patient.page.inner_text("main")
        patient.fill(posts[step.slug])
        patient.check(step.slug, axe=every_page)
        patient.submit()
    assert patient.slug() == "answers"
    assert "Not answered" not in patient.page.inner_text("main")
    patient.check("check-your-answers")
    patient.submit()
    assert patient.path.startswith("/report/")
    patient.check("report")
    assert patient.verdict() == verdict
    assert patient.small_targets() == []
    patient.open_all_details()  # axe again, with everything folded away now shown
    patient.check("report-details-open")
    _download_the_pdf(patient)


def _download_the_pdf(patient):
    """Follow the report's first PDF link, as a click, and as a request with its cookies."""
    link = patient.page.locator('main a[href$=".pdf"]').first
    href = link.get_attribute("href")
    with patient.page.expect_download() as download:
        link.click()
    saved = download.value.path()
    assert saved.read_bytes()[:5] == b"%PDF-", "the download is not a PDF"
    assert download.value.suggested_filename.endswith(".pdf")
    response = patient.page.context.request.get(patient.base + href)
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"


@pytest.mark.parametrize("verdict", ["green", "red", "amber"])
def test_a_patient_goes_from_the_start_page_to_the_report(open_patient, verdict):
    _walk(open_patient(), verdict, every_page=verdict == "green")


@pytest.mark.parametrize("verdict", ["red", "amber", "green"])
def test_the_journey_works_with_javascript_switched_off(open_patient, verdict):
    patient = open_patient(javascript=False)
    patient.page.set_content("<title>off</title><script>document.title = 'on'</script>")
    assert patient.page.title() == "off", "JavaScript still runs in this context"
    _walk(patient, verdict, every_page=False)
