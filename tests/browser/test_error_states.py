"""Pages in their error states, looked at and checked with axe like every other page."""

import pytest

from rules.asked import asked, optional

pytestmark = pytest.mark.browser


def _error_summary_links(patient) -> list[tuple[str, str]]:
    links = patient.page.locator(".error-summary a")
    return [(links.nth(i).inner_text(), links.nth(i).get_attribute("href"))
            for i in range(links.count())]


def _assert_links_reach_fields(patient):
    """Every error summary link points at an element that exists on the page."""
    links = _error_summary_links(patient)
    assert links, "expected an error summary"
    for text, href in links:
        assert patient.page.locator(href).count() == 1, f"{text!r} links to missing {href}"


def test_a_question_page_with_an_error_is_accessible(open_patient):
    patient = open_patient()
    patient.goto("/check/")
    patient.submit()
    assert patient.page.title().startswith("Error:")
    _assert_links_reach_fields(patient)
    assert patient.page.locator("#id_offer_kind_0").is_visible()
    patient.check("offer_kind-nothing-chosen")


def test_the_country_page_with_an_error_is_accessible(open_patient):
    patient = open_patient()
    patient.goto("/check/")
    qid = patient.path.split("/")[2]
    patient.goto(f"/check/{qid}/country/")
    patient.submit()
    assert "Select the country" in patient.page.inner_text(".error-summary")
    _assert_links_reach_fields(patient)
    assert patient.page.locator("#id_country").get_attribute("aria-invalid") == "true"
    patient.check("country-nothing-chosen")


def test_the_days_page_with_errors_is_accessible(open_patient):
    patient = open_patient()
    patient.goto("/check/")
    qid = patient.path.split("/")[2]
    patient.goto(f"/check/{qid}/extraction_days/")
    patient.submit()
    _assert_links_reach_fields(patient)
    patient.check("days-nothing-chosen")
    patient.answer({"extraction_days": "999"})
    assert "Enter a number of days from 0 to" in patient.page.inner_text(".error-summary")
    _assert_links_reach_fields(patient)
    assert patient.page.locator("#id_extraction_days_number").input_value() == "999"
    patient.check("days-too-many-days")


def test_the_checklist_with_none_and_a_sign_is_accessible(open_patient):
    patient = open_patient()
    patient.goto("/check/")
    qid = patient.path.split("/")[2]
    patient.goto(f"/check/{qid}/warning_signs/")
    patient.answer({"warning_signs": ["no_evidence", "none"]})
    assert "'None of these' on its own" in patient.page.inner_text(".error-summary")
    _assert_links_reach_fields(patient)
    patient.check("checklist-none-and-a-sign")


def test_the_resume_page_with_a_wrong_code_is_accessible(open_patient):
    patient = open_patient()
    patient.goto("/resume/")
    patient.check("resume")
    patient.page.fill("#id_code", "ZZZZ-ZZZZ")
    patient.submit()
    assert "could not find that code" in patient.page.inner_text(".error-summary")
    _assert_links_reach_fields(patient)
    assert patient.page.locator("#id_code").get_attribute("aria-invalid") == "true"
    patient.check("resume-wrong-code")


def test_check_your_answers_with_unanswered_questions_is_accessible(open_patient):
    patient = open_patient()
    patient.goto("/check/")
    patient.answer({"offer_kind": "treatment"})
    qid = patient.path.split("/")[2]
    patient.goto(f"/check/{qid}/answers/")
    patient.check("answers-mostly-unanswered")
    patient.submit()
    assert patient.slug() == "answers", "finishing with questions unanswered must not pass"
    links = _error_summary_links(patient)
    # Every question a treatment asks but the first, less the optional number.
    missing = [a for a in asked({"offer_kind": "treatment"})
               if a != "offer_kind" and not optional(a)]
    assert len(links) == len(missing), links
    _assert_links_reach_fields(patient)
    patient.check("answers-finish-refused")


def test_the_privacy_not_found_and_deleted_pages_are_accessible(open_patient):
    patient = open_patient()
    patient.goto("/privacy/")
    patient.check("privacy")
    assert patient.goto("/no-such-page/").status == 404
    patient.check("not-found")
    patient.goto("/check/")
    patient.answer({"offer_kind": "treatment"})
    qid = patient.path.split("/")[2]
    patient.goto(f"/check/{qid}/answers/")
    with patient.page.expect_navigation():
        patient.page.get_by_role("link", name="Delete my answers now").click()
    assert patient.path == f"/check/{qid}/delete/"
    patient.check("delete-confirm")
    with patient.page.expect_navigation():
        patient.page.get_by_role("button", name="Yes, delete my answers").click()
    assert patient.path == "/deleted/"
    patient.check("deleted")
    assert patient.goto(f"/check/{qid}/answers/").status == 404
