"""The patient's result pages on a phone: the verdict first, nothing cut off, every target at
least 24 px, zero axe violations with every <details> opened; with the keyboard and without
JavaScript. Each run writes phone-sized screenshots and the pages' heights (heights.txt).
"""

import pytest
from django.test import Client

from ..answers import page_posts
from ..checker.report_cases import CASES
from ..conftest import Journey

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def _finished(verdict: str) -> str:
    """A finished questionnaire with the typical answers of ``verdict``; its resume code."""
    journey = Journey(Client()).answer_all(page_posts(CASES[verdict]))
    journey.finish()
    return journey.record.resume_code


def _open_report(patient, code: str):
    patient.goto("/resume/")
    patient.page.fill("#id_code", code)
    patient.submit()
    assert patient.path.startswith("/report/"), patient.path


def _height(patient) -> int:
    return patient.page.evaluate("document.documentElement.scrollHeight")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_result_pages_on_a_phone(open_patient, shots, language):
    heights = []
    for verdict in ("red", "amber", "green"):
        patient = open_patient(locale=language, **PHONE)
        _open_report(patient, _finished(verdict))
        assert patient.verdict() == verdict
        # The verdict is the first thing on the page, in the first screen.
        h1 = patient.page.locator("main h1")
        assert h1.count() == 1
        box = h1.bounding_box()
        assert box["y"] + box["height"] < PHONE["height"] / 2, box
        order = patient.page.evaluate("""() => [...document.querySelectorAll(
            'main h1, main h2, main summary')].map(e => e.id || e.parentElement.id)""")
        assert order[:3] == ["verdict-title", "next-steps-title", "reasons-title"], order
        assert patient.small_targets() == []
        assert patient.overflow_problems() == []
        heights.append(f"{language} {verdict}: {_height(patient)} px")
        patient.shot(f"{language}-{verdict}-result")
        assert patient.page.locator("details[open]").count() == 0
        patient.open_all_details()
        assert patient.page.locator("details:not([open])").count() == 0
        assert patient.small_targets() == []
        patient.check(f"{language}-{verdict}-result-details-open")
        assert patient.overflow_problems() == []
        heights.append(f"{language} {verdict} (all opened): {_height(patient)} px")
        patient.page.context.close()
    (shots / "heights.txt").write_text("\n".join(heights) + "\n")
    print("\n".join(heights))


def test_the_start_and_question_pages_on_a_phone(open_patient):
    for language in ("en", "es"):
        patient = open_patient(locale=language, **PHONE)
        patient.goto("/")
        assert patient.small_targets() == []
        patient.check(f"{language}-start")
        patient.goto("/check/")
        assert patient.small_targets() == []
        patient.check(f"{language}-question-1")
        patient.answer({"offer_kind": "treatment"})
        patient.check(f"{language}-question-2")  # who gives it (judgement v3)
        assert patient.small_targets() == []
        patient.answer({"provider": "private_clinic"})
        patient.check(f"{language}-question-3")
        patient.page.locator('select[name="country"]').select_option("ES")
        with patient.page.expect_navigation():
            patient.page.get_by_role("button", name={"en": "Save and come back later",
                                                     "es": "Guardar y volver más tarde"}
                                     [language]).click()
        assert patient.path.endswith("/save/")
        patient.check(f"{language}-saved")
        patient.page.context.close()


def test_the_result_page_at_320_px_with_text_at_200_percent_and_details_open(open_patient):
    patient = open_patient(width=320, height=640)
    patient.text_zoom = "200%"
    _open_report(patient, _finished("red"))
    patient.shot("red-320-200")
    assert patient.overflow_problems() == []
    patient.open_all_details()
    patient.shot("red-320-200-details-open")
    assert patient.overflow_problems() == []


def test_the_details_open_with_the_keyboard_and_without_javascript(open_patient):
    code = _finished("amber")
    patient = open_patient(javascript=False, **PHONE)
    _open_report(patient, code)
    patient.page.locator("#more-questions > summary").click()
    assert patient.page.locator("#more-questions").get_attribute("open") is not None
    assert patient.page.locator("#more-questions ol li").first.is_visible()
    patient.shot("amber-no-javascript-questions-open")
    patient.page.context.close()

    patient = open_patient(**PHONE)
    _open_report(patient, code)
    patient.remember_unfocused_styles()
    patient.tab_to(lambda el: el["tag"] == "summary" and "Documents" in el["text"], limit=60)
    patient.press("Enter")
    assert patient.page.locator("#more-documents").get_attribute("open") is not None
    patient.shot("amber-keyboard-documents-open")


def test_delete_asks_first_on_its_own_page(open_patient):
    patient = open_patient(javascript=False, **PHONE)
    _open_report(patient, _finished("green"))
    report = patient.path
    with patient.page.expect_navigation():
        patient.page.get_by_role("link", name="Delete my answers now").click()
    assert patient.path.endswith("/delete/")
    patient.shot("delete-confirm")
    with patient.page.expect_navigation():
        patient.page.get_by_role("link", name="No, keep my answers").click()
    assert patient.path == report
    with patient.page.expect_navigation():
        patient.page.get_by_role("link", name="Delete my answers now").click()
    with patient.page.expect_navigation():
        patient.page.get_by_role("button", name="Yes, delete my answers").click()
    assert patient.path == "/deleted/"
    assert patient.goto(report).status == 404
