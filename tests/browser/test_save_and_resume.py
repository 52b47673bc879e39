"""Save, close the browser, come back in a fresh one with the code, find the answers kept."""

import pytest

from ..conftest import GREEN_POSTS

pytestmark = pytest.mark.browser


def test_a_patient_can_save_close_the_browser_and_resume_with_the_code(open_patient):
    first = open_patient()
    first.goto("/check/")
    for slug, value in (("offer_kind", "treatment"), ("provider", "private_clinic"),
                        ("country", "ES"), ("condition_group", "osteoarthritis"),
                        ("cell_type", "own_fat"), ("route", "joint"), ("payment", "treatment"),
                        ("product", "CelulaMax")):
        assert first.slug() == slug
        first.answer({slug: value})
    for slug in ("atmp", "clinical_trial", "regulator"):
        first.answer({slug: "no" if slug == "clinical_trial" else "yes"})
    assert first.slug() == "clean_room"
    # The answer chosen on the page is kept by "Save and come back later" (a submit button).
    first.page.locator('input[name="clean_room"][value="unsure"]').check()
    with first.page.expect_navigation():
        first.page.get_by_role("button", name="Save and come back later").click()
    assert first.path.endswith("/save/")
    first.check("save")
    code = first.resume_code()
    assert first.page.locator(".code--large").inner_text() == code
    first.page.context.close()

    second = open_patient()
    qid_path = first.path.removesuffix("save/")
    assert second.goto(qid_path + "clean_room/").status == 404, "a new browser needs the code"
    second.goto("/resume/")
    second.check("resume")
    second.page.fill("#id_code", code.lower().replace("-", " "))
    second.submit()
    assert second.path == qid_path + "authorisation_document/", "after the page saved last"
    second.check("resumed-after-clean-room")
    with second.page.expect_navigation():
        second.page.get_by_role("link", name="Back", exact=True).click()
    assert second.slug() == "clean_room"
    assert second.page.locator('input[name="clean_room"][value="unsure"]').is_checked()
    with second.page.expect_navigation():
        second.page.get_by_role("link", name="Back", exact=True).click()
    assert second.slug() == "regulator"
    assert second.page.locator('input[name="regulator"][value="yes"]').is_checked()
    second.goto(qid_path + "clinical_trial/")
    assert second.page.locator('input[name="clinical_trial"][value="no"]').is_checked()
    second.goto(qid_path + "country/")
    assert second.page.locator('select[name="country"]').input_value() == "ES"
    second.goto(qid_path + "clean_room/")
    second.answer(GREEN_POSTS["clean_room"])
    assert second.slug() == "authorisation_document"
