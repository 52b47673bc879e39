"""Already treated (/after-treatment/): by keyboard, without JavaScript, and on a small screen.

The urgent advice must be the first thing a person sees, at 320 px too; every page of the
path passes axe; the card downloads as a PDF with nothing else needed.
"""

from pathlib import Path

import pytest

from rules import aftercare

from .patient import SHOT_TIMEOUT_MS

pytestmark = pytest.mark.browser

CARD = {"product": "CellRegen MSC", "clinic": "Clinica Ejemplo, Cancun", "country": "Mexico",
        "date": "3 November 2026", "route": "Into the spine", "cell_type": "Donor cord cells",
        "notes": "50 million cells"}


def _is_submit(el):
    return el["tag"] == "button" and el["type"] == "submit"


def _download(patient, action):
    with patient.page.expect_download(timeout=SHOT_TIMEOUT_MS) as info:  # a render first
        action()
    path = info.value.path()
    data = Path(path).read_bytes()
    assert data.startswith(b"%PDF-"), data[:40]
    assert info.value.suggested_filename == "what-i-was-given.pdf"
    return data


def test_the_path_by_keyboard_alone(open_patient):
    patient = open_patient()
    patient.goto("/")
    patient.remember_unfocused_styles()
    patient.tab_to(lambda el: el["text"] == "I have already had a stem cell treatment")
    patient.press("Enter", navigates=True)
    assert patient.path == "/after-treatment/"
    patient.check("checklist")

    # Tick "Not sure" and chest pain with Space, then go on with Enter.
    for value in ("chest_pain", "unsure"):
        patient.tab_to(lambda el, v=value: el["name"] == "signs" and el["value"] == v)
        patient.press("Space")
        assert patient.focused()["checked"], value
    patient.tab_to(_is_submit)
    patient.press("Enter", navigates=True)
    assert patient.path == "/after-treatment/urgent/"
    assert patient.page.locator("main").get_attribute("data-urgent") == "true"
    patient.check("urgent")

    # The card form: every field by Tab, typed, a sign ticked with Space, then the download
    # button by Enter.
    for name, value in CARD.items():
        patient.tab_to(lambda el, n=name: el["name"] == n)
        patient.page.keyboard.type(value)
    patient.tab_to(lambda el: el["name"] == "signs" and el["value"] == "chest_pain")
    patient.press("Space")
    assert patient.focused()["checked"]
    patient.tab_to(_is_submit)
    assert patient.focused()["text"] == "Download the card (PDF)"
    patient.shot("card-download-focused")
    _download(patient, lambda: patient.page.keyboard.press("Enter"))


def test_nothing_ticked_gives_an_error_summary_that_passes_axe(open_patient):
    patient = open_patient()
    patient.goto("/after-treatment/")
    patient.submit()
    summary = patient.page.locator(".error-summary")
    assert summary.is_visible()
    assert summary.locator("a").get_attribute("href") == f"#sign-{aftercare.SIGNS[0].id}"
    patient.check("checklist-error")


def test_the_no_signs_and_card_pages_pass_axe(open_patient):
    patient = open_patient()
    patient.goto("/after-treatment/")
    patient.page.locator('input[name="signs"][value="none"]').check()
    patient.submit()
    assert patient.path == "/after-treatment/no-signs/"
    assert patient.page.locator("main").get_attribute("data-urgent") == "false"
    patient.check("no-signs")
    patient.page.get_by_role("link", name="Make the card").click()
    patient.page.wait_for_url("**/after-treatment/card/")
    patient.check("card")
    patient.page.fill("#id_product", "x" * 200)
    patient.goto("/after-treatment/card.pdf")  # a GET: 405, the form and an error summary
    assert patient.page.locator(".error-summary").is_visible()
    patient.check("card-get-405")


def test_the_path_without_javascript(open_patient):
    patient = open_patient(javascript=False)
    patient.goto("/")
    patient.page.get_by_role("link", name="I have already had a stem cell treatment").click()
    patient.page.wait_for_url("**/after-treatment/")
    patient.submit()  # nothing ticked: the server answers with the error summary
    assert patient.page.locator(".error-summary").is_visible()
    patient.page.locator('input[name="signs"][value="none"]').check()
    patient.submit()
    assert patient.path == "/after-treatment/no-signs/"
    patient.goto("/after-treatment/")
    patient.page.locator('input[name="signs"][value="leg"]').check()
    patient.submit()
    assert patient.path == "/after-treatment/today/"
    assert patient.page.locator("main").get_attribute("data-level") == "today"
    # The country for the number, posted back to the page without JavaScript.
    patient.page.select_option("#id_where", "MX")
    with patient.page.expect_navigation():
        patient.page.get_by_role("button", name="Show the number").click()
    assert patient.page.locator("a.button--call").get_attribute("href") == "tel:911"
    patient.fill(CARD)
    patient.page.locator('input[name="signs"][value="leg"]').check()
    pdf = _download(patient, lambda: patient.page.get_by_role(
        "button", name="Download the card (PDF)").click())
    assert len(pdf) > 1000
    # A field over 200 characters (the maxlength removed, as a tampered form would be).
    patient.page.evaluate("document.getElementById('id_notes').removeAttribute('maxlength')")
    patient.page.fill("#id_notes", "y" * 201)
    with patient.page.expect_navigation():
        patient.page.get_by_role("button", name="Download the card (PDF)").click()
    assert patient.path == "/after-treatment/card.pdf"
    assert patient.page.locator(".error-summary a").get_attribute("href") == "#id_notes"


@pytest.mark.parametrize(("width", "zoom"), [(320, None), (320, "200%"), (390, None),
                                           (390, "200%")])
def test_the_call_is_the_first_thing_on_a_small_screen(open_patient, width, zoom):
    patient = open_patient(width=width, height=640)
    patient.text_zoom = zoom
    patient.goto("/after-treatment/urgent/")
    first = patient.page.evaluate("""() => {
        const main = document.querySelector('main');
        const el = main.firstElementChild;
        const h1 = el.querySelector('h1');
        const box = h1.getBoundingClientRect();
        return {cls: el.className, h1: h1.textContent.trim(), top: box.top,
                bottom: box.bottom, before: main.querySelectorAll('h1, h2, p, form').length
                && main.querySelector('h1, h2, p, form') === h1};
    }""")
    assert first["cls"] == "urgent" and first["h1"] == "Call an ambulance now"
    assert first["before"], "something comes before the urgent heading in main"
    assert first["bottom"] <= 640, "the urgent heading is not on the first screen"
    # the number to call, a tel: link, is on the first screen too
    call = patient.page.locator("a.button--call")
    assert call.get_attribute("href") == "tel:112" and call.inner_text() == "Call 112"
    box = call.bounding_box()
    if zoom:  # the heading fills much of the first screen; the button starts on it
        assert box["y"] + 40 <= 640, "the call button is not on the first screen"
    else:
        assert box["y"] + box["height"] <= 640, "the call button is not on the first screen"
    problems = patient.overflow_problems()
    assert not problems, "\n".join(problems)
    patient.check(f"urgent-{width}px{'-text-200' if zoom else ''}")


@pytest.mark.parametrize(("width", "zoom"), [(320, "200%"), (390, None), (390, "200%")])
def test_the_doctor_today_page_fits_a_small_screen_and_passes_axe(open_patient, width, zoom):
    patient = open_patient(width=width, height=844 if zoom else 640)
    patient.text_zoom = zoom
    patient.goto("/after-treatment/today/")
    h1 = patient.page.locator("main h1")
    assert h1.inner_text() == "See a doctor today"
    assert h1.bounding_box()["y"] < 640
    if not zoom:  # the number to call is on the first screen here too
        box = patient.page.locator("a.button--call").bounding_box()
        assert box["y"] + box["height"] <= 640
    levels = patient.page.locator("main section.level")
    assert levels.nth(0).get_attribute("data-level") == "ambulance"
    assert levels.nth(1).get_attribute("data-level") == "today"
    problems = patient.overflow_problems()
    assert not problems, "\n".join(problems)
    patient.check(f"today-{width}px{'-text-200' if zoom else ''}")
    assert patient.small_targets() == []
    # A country chosen: its number, and the page still passes axe.
    patient.page.select_option("#id_where", "GB")
    with patient.page.expect_navigation():
        patient.page.get_by_role("button", name="Show the number").click()
    assert patient.page.locator("a.button--call").get_attribute("href") == "tel:999"
    assert not patient.overflow_problems()
    patient.check(f"today-gb-{width}px{'-text-200' if zoom else ''}")
