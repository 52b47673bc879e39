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
