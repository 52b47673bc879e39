"""Save, close the browser, come back in a fresh one with the code, find the answers kept."""

import pytest

pytestmark = pytest.mark.browser


def test_a_patient_can_save_close_the_browser_and_resume_with_the_code(open_patient):
    first = open_patient()
    first.goto("/check/")
    for slug, data in (("offer_kind", {"offer_kind": "treatment"}),
                       ("provider", {"provider": "private_clinic", "country": "ES"}),
                       ("condition_group", {"condition_group": "osteoarthritis"}),
                       ("cell_type", {"cell_type": "own_fat", "route": "joint",
                                      "payment": "treatment", "product": "CelulaMax"})):
        assert first.slug() == slug
        first.answer(data)
    assert first.slug() == "told"
    # The answers chosen on a page half done are kept by "Save and come back later" (a
    # submit button); the one not chosen yet is simply not there.
    first.fill({"atmp": "yes", "clinical_trial": "no", "regulator": "yes",
                "clean_room": "unsure"})
    with first.page.expect_navigation():
        first.page.get_by_role("button", name="Save and come back later").click()
    assert first.path.endswith("/save/")
    first.check("save")
    code = first.resume_code()
    assert first.page.locator(".code--large").inner_text() == code
    first.page.context.close()

    second = open_patient()
    qid_path = first.path.removesuffix("save/")
    assert second.goto(qid_path + "told/").status == 404, "a new browser needs the code"
    second.goto("/resume/")
    second.check("resume")
    second.page.fill("#id_code", code.lower().replace("-", " "))
    second.submit()
    assert second.path == qid_path + "told/", "the page saved last, half done"
    second.check("resumed-on-the-page-half-done")
    assert second.page.locator('input[name="clean_room"][value="unsure"]').is_checked()
    assert second.page.locator('input[name="regulator"][value="yes"]').is_checked()
    assert second.page.locator('input[name="clinical_trial"][value="no"]').is_checked()
    assert not second.page.locator('input[name="administrator_authorised"]:checked').count()
    with second.page.expect_navigation():
        second.page.get_by_role("link", name="Back", exact=True).click()
    assert second.slug() == "cell_type"
    assert second.page.input_value('input[name="product"]') == "CelulaMax"
    second.goto(qid_path + "country/")  # a question's own address: the page that holds it
    assert second.slug() == "provider"
    assert second.page.locator('select[name="country"]').input_value() == "ES"
    second.goto(qid_path + "clean_room/")
    second.answer({"administrator_authorised": "unsure"})
    assert second.slug() == "seen"
