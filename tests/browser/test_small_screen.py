"""At 320 px wide with text at 200%: no sideways scrolling, nothing cut off, on every page.

WCAG 1.4.10 (reflow) asks for content at 320 CSS px without scrolling in two directions, and
1.4.4 (resize text) for text at 200% without loss. Here both at once: a 320 px viewport
and the root font size doubled, which is what a phone's "larger text" setting or a
browser's font-size setting does (text grows, the layout width does not). Page zoom of
200% at 320 px would be a 160 px layout, stricter than either criterion asks.
"""

import pytest

from checker.steps import active_steps

from ..answers import ALL_ANSWERS
from .patient import browser_posts

pytestmark = pytest.mark.browser
BROWSER_POSTS = browser_posts()


def _fits(patient, label: str):
    patient.shot(label)  # axe checks these pages at full width in the other tests
    problems = patient.overflow_problems()
    assert not problems, f"{label} at 320 px with 200% text:\n" + "\n".join(problems)


def test_every_page_fits_320_px_with_text_at_200_percent(open_patient):
    patient = open_patient(width=320, height=640)
    patient.text_zoom = "200%"
    patient.goto("/")
    assert patient.page.evaluate("getComputedStyle(document.documentElement).fontSize") == "32px"
    _fits(patient, "start")
    patient.goto("/check/")
    patient.submit()  # nothing chosen: the error summary and the field's error
    _fits(patient, "offer_kind-error")
    for step in active_steps(ALL_ANSWERS):
        assert patient.slug() == step.slug
        _fits(patient, step.slug)
        patient.answer(BROWSER_POSTS[step.slug])
    _fits(patient, "check-your-answers")
    patient.submit()
    _fits(patient, "report")
    patient.open_all_details()
    _fits(patient, "report-details-open")
    qid = patient.path.rstrip("/").rsplit("/", 1)[1]
    patient.goto(f"/check/{qid}/save/")
    _fits(patient, "save")
    patient.goto(f"/check/{qid}/delete/")
    _fits(patient, "delete-confirm")
    patient.goto("/resume/")
    patient.page.fill("#id_code", "WRONG-CODE")
    patient.submit()
    _fits(patient, "resume-wrong-code")
