"""Issue 24 in Chromium: the page and tap budgets of whole journeys, "See your result now",
the hospital transplant's short way, Start and the language button in the first screen.

A page is every page shown from the start page to the result, both included; a tap is a click
on a radio, a checkbox or a button, or one choice in a list (typing is not a tap): Start now,
each page's choices and its button, and "See my result".
"""

import pytest

from ..answers import ROUTE_ANSWERS
from ..checker.test_pages import ALL_UNSURE, MAX_PAGES, MAX_TAPS, RED_MEXICO
from .patient import browser_posts

pytestmark = pytest.mark.browser

JOURNEYS = {"red-mexico": (RED_MEXICO, "en"), "green-trial-spain": (ROUTE_ANSWERS["trial"], "en"),
            "all-not-sure": (ALL_UNSURE, "en"), "red-mexico-spanish": (RED_MEXICO, "es")}


def _fill(patient, data: dict) -> int:
    """Fill a page as ``Patient.fill`` does, counting the taps."""
    taps = 0
    for field, value in data.items():
        patient.fill({field: value})
        if isinstance(value, list):
            taps += len(value)
        elif field == "extraction_days" or not patient.page.locator(
                f'input[type=text][name="{field}"]').count():
            taps += 1  # a radio, a checkbox or a choice in a list ("days" and its number too)
    return taps


def walk(patient, answers: dict, *, language="en", early=False, axe=False) -> tuple[int, int]:
    """From the start page to the result; (pages, taps)."""
    if language != "en":
        patient.page.context.add_cookies([{"name": "django_language", "value": language,
                                           "url": patient.base}])
    patient.goto("/")
    patient.check("start", axe=axe)
    with patient.page.expect_navigation():
        patient.page.locator("a.button--start").click()
    pages, taps, posts = 1, 1, browser_posts(answers)
    while "/report/" not in patient.path:
        pages += 1
        assert pages <= 20, patient.path
        if patient.path.endswith("/answers/"):
            patient.check("check-your-answers", axe=axe)
            taps += 1
            patient.submit()
            continue
        slug = patient.slug()
        now = patient.page.locator('button[name="result_now"]')
        if early and now.count():
            patient.check(f"{slug}-result-now", axe=axe)
            taps += 1
            with patient.page.expect_navigation():
                now.click()
            patient._after_load()
            continue
        taps += _fill(patient, posts[slug]) + 1
        patient.check(slug, axe=axe)
        patient.submit()
    patient.check("result", axe=axe)
    return pages + 1, taps


@pytest.mark.parametrize("name", JOURNEYS)
def test_a_clinic_treatment_fits_twelve_pages_and_thirty_taps(open_patient, name):
    answers, language = JOURNEYS[name]
    patient = open_patient(width=390, height=844)
    pages, taps = walk(patient, answers, language=language, axe=name == "red-mexico")
    print(f"{name}: {pages} pages, {taps} taps")
    assert pages <= MAX_PAGES and taps <= MAX_TAPS
    assert patient.page.locator("html").get_attribute("lang") == language


def test_a_decided_red_offers_its_result_now_and_says_the_rest_was_not_asked(open_patient):
    patient = open_patient(width=390, height=844)
    pages, taps = walk(patient, RED_MEXICO, early=True, axe=True)
    print(f"red-mexico, result now: {pages} pages, {taps} taps")
    assert patient.verdict() == "red"
    note = patient.page.locator("[data-ended-early]")
    assert "The report is fuller with them." in note.inner_text()
    with patient.page.expect_navigation():
        note.get_by_role("link").click()
    assert "/check/" in patient.page.url and "Page " in patient.page.inner_text("main")


def test_a_hospital_transplant_for_a_blood_disease_gets_its_result_on_page_four(open_patient):
    patient = open_patient(width=390, height=844)
    pages, _taps = walk(patient, ROUTE_ANSWERS["transplant"])
    assert pages - 1 <= 4  # the question pages and the result, after the start page
    assert patient.verdict() == "out_of_scope"


SCREENS = [(390, 844, None), (390, 844, "200%"), (320, 640, "200%")]


@pytest.mark.parametrize("width,height,zoom", SCREENS)
@pytest.mark.parametrize("language", ["en", "es"])
def test_start_and_the_language_button_are_in_the_first_screen(open_patient, width, height,
                                                                zoom, language):
    patient = open_patient(width=width, height=height)
    patient.text_zoom = zoom
    patient.page.context.add_cookies([{"name": "django_language", "value": language,
                                       "url": patient.base}])
    patient.goto("/")
    patient.shot(f"start-{width}-{zoom}")
    switch = patient.page.locator("header .header-language__button").bounding_box()
    start = patient.page.locator("a.button--start").bounding_box()
    print(f"{language} {width}x{height} text {zoom or '100%'}: language button ends at "
          f"{switch['y'] + switch['height']:.0f} px, "
          f"Start now at {start['y'] + start['height']:.0f} px")
    assert switch["y"] + switch["height"] <= height
    assert start["y"] + start["height"] <= height
    if zoom:  # a screen a few words wide: the heading names the service, not the header
        assert not patient.page.locator("header .site-name").is_visible()
    else:
        assert patient.page.locator("header .site-name").is_visible()
    patient.goto("/check/")
    switch = patient.page.locator("header .header-language__button").bounding_box()
    assert switch["y"] + switch["height"] <= height


def test_the_language_button_keeps_what_is_chosen_and_typed(open_patient):
    patient = open_patient(width=390, height=844)
    patient.goto("/check/")
    patient.answer({"offer_kind": "treatment"})
    patient.answer({"provider": "private_clinic", "country": "MX"})
    patient.answer({"condition_group": "osteoarthritis"})
    patient.fill({"cell_type": "own_fat", "product": "Cellmax"})  # route and payment not yet
    with patient.page.expect_navigation():
        patient.page.locator('header button[name="language"]').click()
    patient._after_load()
    assert patient.page.locator("html").get_attribute("lang") == "es"
    assert patient.slug() == "cell_type"
    assert patient.page.locator('input[name="cell_type"][value="own_fat"]').is_checked()
    assert patient.page.input_value('input[name="product"]') == "Cellmax"
    assert "Hay un problema" not in patient.page.inner_text("main")  # nothing asked for yet
    patient.check("cells-in-spanish")
    # Enter in the text box means Continue, not the language button above it.
    patient.fill({"route": "intravenous", "payment": "treatment"})
    with patient.page.expect_navigation():
        patient.page.press('input[name="product"]', "Enter")
    patient._after_load()
    assert patient.slug() == "told"
    assert patient.page.locator("html").get_attribute("lang") == "es"


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_red_journey_fits_its_budget_at_320_px_with_text_at_200_percent(open_patient,
                                                                           language):
    """The same budgets on the narrowest phone with large text; every page of the way, the
    result included, has nothing wider than the screen, and axe finds nothing."""
    patient = open_patient(width=320, height=640)
    patient.text_zoom = "200%"
    seen: list[str] = []
    check = patient.check

    def check_and_measure(label: str, *, axe: bool = True):
        check(label, axe=axe)
        problems = patient.overflow_problems()
        assert not problems, (label, problems)
        seen.append(label)

    patient.check = check_and_measure
    pages, taps = walk(patient, RED_MEXICO, language=language, axe=True)
    print(f"red-mexico at 320 px, text 200%, {language}: {pages} pages, {taps} taps")
    assert pages <= MAX_PAGES and taps <= MAX_TAPS
    assert patient.verdict() == "red" and "result" in seen and len(seen) == pages
