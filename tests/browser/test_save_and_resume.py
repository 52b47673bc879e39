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


@pytest.mark.parametrize(("width", "zoom"), [(390, None), (320, "200%"), (390, "200%")])
def test_the_save_page_shows_the_address_the_code_and_prints_cleanly(open_patient, width,
                                                                      zoom):
    patient = open_patient(width=width, height=844)
    patient.text_zoom = zoom
    patient.goto("/check/")
    with patient.page.expect_navigation():
        patient.page.get_by_role("button", name="Save and come back later").click()
    assert patient.path.endswith("/save/")
    patient._after_load()
    address = patient.page.locator("[data-resume-address]")
    assert address.inner_text() == f"{patient.base}/resume/"
    code = patient.resume_code()
    assert patient.page.locator(".code--large").inner_text() == code
    assert patient.page.get_by_role("heading", name="Print this page").is_visible()
    # Scripts run here: the Print button shows and calls the browser's print (stubbed).
    button = patient.page.get_by_role("button", name="Print this page")
    assert button.is_visible()
    patient.page.evaluate("window.print = () => { window.printedByButton = true; }")
    button.click()
    assert patient.page.evaluate("window.printedByButton === true")
    deleted = patient.page.locator("[data-deleted-after]")
    assert deleted.is_visible() and "deleted after" in deleted.inner_text()
    problems = patient.overflow_problems()
    assert not problems, "\n".join(problems)
    patient.check(f"save-{width}px{'-text-200' if zoom else ''}")
    assert patient.small_targets() == []
    # On paper: the address, the code and the date; no footer, buttons or links to go on.
    patient.page.emulate_media(media="print")
    try:
        for shown in ("[data-resume-address]", ".code--large", "[data-deleted-after]"):
            assert patient.page.locator(shown).is_visible(), shown
        for hidden in (".site-footer", "a.button", "h2.no-print", ".no-print"):
            assert not patient.page.locator(hidden).first.is_visible(), hidden
        size = patient.page.locator(".code--large").evaluate(
            "el => parseFloat(getComputedStyle(el).fontSize)")
        assert size >= 39  # 30pt
    finally:
        patient.page.emulate_media(media="screen")


def test_a_wrong_code_says_the_tries_left_and_warns_before_the_last(open_patient):
    patient = open_patient(width=390, height=844)
    patient.goto("/resume/")
    messages = []
    for _ in range(4):
        patient.page.fill("#id_code", "0000-0000-0000")
        patient.submit()
        messages.append(patient.page.locator("#id_code-error").inner_text())
    assert "4 more tries before a wait of up to 15 minutes" in messages[0]
    assert "Careful: you have 1 more try. After it, you will have to wait up to 15 minutes." \
        in messages[3]
    patient.check("resume-last-try-warning")
