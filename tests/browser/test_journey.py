"""The whole patient journey in Chromium: with the mouse, with JavaScript off, by keyboard."""

import pytest

import rules
from checker.steps import active_steps

from ..checker.test_http_journey import CASES
from .patient import SHOT_TIMEOUT_MS, browser_posts

pytestmark = pytest.mark.browser


def _walk(patient, case: str, *, every_page: bool):
    """From the start page to the report, answering as ``CASES[case]`` (an offer kind, or a
    red or amber treatment), through the pages that apply to it.

    Each question page is screenshotted with its answers chosen, just before Continue.
    ``every_page`` also runs axe on each; otherwise (the pages being the same as in the
    run that does) only the pages that differ by verdict get axe.
    """
    patient.goto("/")
    patient.check("start", axe=every_page)
    with patient.page.expect_navigation():
        patient.page.get_by_role("button", name="Start now").click()
    answers, verdict = CASES[case]
    verdict = verdict or rules.assess(answers).verdict.id
    posts = browser_posts(answers)
    steps = active_steps(answers)
    for number, step in enumerate(steps, 1):
        assert patient.slug() == step.slug
        # The total follows the answers so far (a trial asks more than a transplant).
        assert f"Page {number} of " in patient.page.inner_text("main")
        patient.fill(posts[step.slug])
        patient.check(step.slug, axe=every_page)
        patient.submit()
    if case != "transplant":  # a hospital's transplant for a blood disease: its result now
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
    # The server renders the PDF before the download starts: on a loaded machine (the suite
    # on two cores, a benchmark's gunicorn beside it) that takes longer than a click's 10 s.
    with patient.page.expect_download(timeout=SHOT_TIMEOUT_MS) as download:
        link.click(timeout=SHOT_TIMEOUT_MS)
    saved = download.value.path()
    assert saved.read_bytes()[:5] == b"%PDF-", "the download is not a PDF"
    assert download.value.suggested_filename.endswith(".pdf")
    response = patient.page.context.request.get(patient.base + href)
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_patient_goes_from_the_start_page_to_the_report(open_patient, case):
    _walk(open_patient(), case, every_page=case in ("treatment", "trial"))


def _forms(case: str) -> set[tuple[str, tuple[str, ...]]]:
    """The pages of ``case``'s walk, each as its slug and the names of the fields it fills."""
    answers = CASES[case][0]
    posts = browser_posts(answers)
    return {(step.slug, tuple(sorted(posts[step.slug]))) for step in active_steps(answers)}


def _without_javascript() -> list[str]:
    """The fewest cases (chosen greedily) whose walks fill every page in every form that any
    case's walk fills, and the hospital transplant's short way to its result. Without
    JavaScript what can break is a form that needs a script to be filled or sent, so each
    form once is the check; each case's own report, with scripts, is in the test above."""
    forms = {case: _forms(case) for case in CASES}
    left = set().union(*forms.values()) - forms["transplant"]
    chosen = ["transplant"]
    while left:
        best = max(sorted(forms), key=lambda case: len(forms[case] & left))
        chosen.append(best)
        left -= forms[best]
    return sorted(chosen)


def test_the_walks_without_javascript_fill_every_form_of_every_walk():
    walked = set().union(*(_forms(case) for case in _without_javascript()))
    assert walked == set().union(*(_forms(case) for case in CASES))
    assert len(walked) > len(_forms("treatment"))  # the forms differ by kind of offer


@pytest.mark.parametrize("case", _without_javascript())
def test_the_journey_works_with_javascript_switched_off(open_patient, case):
    patient = open_patient(javascript=False)
    patient.page.set_content("<title>off</title><script>document.title = 'on'</script>")
    assert patient.page.title() == "off", "JavaScript still runs in this context"
    _walk(patient, case, every_page=False)
