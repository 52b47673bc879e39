"""The paste page in Chromium: from the warning signs to the marked text and back with the
suggested signs ticked, with axe on each page, with JavaScript off, and at 320 px."""

import pytest

pytestmark = pytest.mark.browser

ADVERT = ("Clinically proven stem cell therapy with no side effects! Package price $4,800, "
          "flights and hotel included. Only 3 places left, book now.\n\n"
          "Holoclar is a different, authorised product.")


def _to_warning_signs(patient):
    patient.goto("/check/")
    qid = patient.path.split("/")[2]
    patient.goto(f"/check/{qid}/warning_signs/")
    return qid


def _paste_and_return(patient):
    with patient.page.expect_navigation():
        patient.page.get_by_role(
            "link", name="Have an advert or message from the clinic? Paste it to check.").click()
    assert patient.slug() == "advert"
    patient.check("paste-page")
    patient.page.fill("#id_advert_text", ADVERT)
    with patient.page.expect_navigation():
        patient.page.get_by_role("button", name="Check the text").click()
    marks = patient.page.locator("main mark[data-sign]")
    signs = {marks.nth(i).get_attribute("data-sign") for i in range(marks.count())}
    assert {"no_evidence", "no_risks_claim", "authorised_product"} <= signs
    patient.check("paste-result")
    with patient.page.expect_navigation():
        patient.page.get_by_role("button", name="Go to the warning signs with these ticked").click()
    assert patient.slug() == "warning_signs"
    for sign in ("no_evidence", "no_risks_claim", "unjustified_cost", "pressure_to_decide"):
        assert patient.page.locator(f'input[name=warning_signs][value="{sign}"]').is_checked()
    assert not patient.page.locator('input[name=warning_signs][value="pay_for_trial"]'
                                    ).is_checked()
    patient.check("warning-signs-pre-ticked")


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_paste_mark_and_return_with_the_signs_ticked(open_patient, javascript):
    patient = open_patient(javascript=javascript)
    _to_warning_signs(patient)
    _paste_and_return(patient)


def test_the_paste_page_shows_an_error_for_an_empty_text(open_patient):
    patient = open_patient()
    qid = _to_warning_signs(patient)
    patient.goto(f"/check/{qid}/advert/")
    with patient.page.expect_navigation():
        patient.page.get_by_role("button", name="Check the text").click()
    assert "Paste the clinic's text to check it" in patient.page.inner_text("main")
    patient.check("paste-error")


def test_the_paste_result_fits_320_px_with_text_at_200_percent(open_patient):
    patient = open_patient(width=320, height=640)
    patient.text_zoom = "200%"
    qid = _to_warning_signs(patient)
    patient.goto(f"/check/{qid}/advert/")
    patient.page.fill("#id_advert_text", ADVERT * 3)
    with patient.page.expect_navigation():
        patient.page.get_by_role("button", name="Check the text").click()
    patient.shot("paste-result-320")
    problems = patient.overflow_problems()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("width", [320, 1024])
def test_each_claim_link_is_a_tap_target_of_at_least_24_px(open_patient, width):
    patient = open_patient(width=width, height=800)
    qid = _to_warning_signs(patient)
    patient.goto(f"/check/{qid}/advert/")
    patient.page.fill("#id_advert_text", ADVERT)
    with patient.page.expect_navigation():
        patient.page.get_by_role("button", name="Check the text").click()
    links = patient.page.locator("main .advert-text a[href^='#explain-']")
    assert links.count() >= 5
    for i in range(links.count()):
        box = links.nth(i).bounding_box()
        assert box is not None
        assert box["width"] >= 24 and box["height"] >= 24, (i, box)
