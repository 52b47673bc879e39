"""The journey with the keyboard only: Tab to move, Space to choose, Enter to go on.

Inside a radio group the arrow keys move the choice, as in every browser; the test uses
them once, to pick "After a number of days" on the cells page. Every Tab is checked for a
visible focus indicator (the focused style must differ from the same element's style
before anything had focus) and for the focused element being in view, not covered.
"""

import pytest

from checker.steps import active_steps, shown_fields

from ..answers import ALL_ANSWERS
from .patient import SHOT_TIMEOUT_MS

pytestmark = pytest.mark.browser

#: The offer page's details (the product's name is an answer since judgement v3).
OFFER_TYPED = {"clinic_name": "Clinica Ejemplo", "condition": "Knee cartilage defect",
               "price": "0 EUR"}


def _is_submit(el):
    """The page's own buttons (not the language button at the top, which also submits)."""
    return el["tag"] == "button" and el["type"] == "submit" and el["name"] != "language"


def _continue(patient, label: str):
    """Tab to the page's submit button, check every control came first, press Enter."""
    controls = set(patient.page.eval_on_selector_all(
        "main form[method=post] input:not([type=hidden]), main form[method=post] select",
        "els => els.map(e => e.name)"))
    patient.tab_to(_is_submit)
    first_submit = next(i for i, el in enumerate(patient.tabbed) if _is_submit(el))
    reached = {el["name"] for el in patient.tabbed[:first_submit]}
    assert controls <= reached, f"{label}: Tab reached the button before {controls - reached}"
    patient.shot(f"{label}-submit-focused")
    patient.press("Enter", navigates=True)


def _choose(patient, name: str, value: str):
    """Tab to a choice and select it with Space; in a radio group, Tab stops at its first
    option and the arrow keys move the choice down to ``value``."""
    patient.tab_to(lambda el: el["name"] == name)
    if patient.focused()["type"] == "checkbox":  # every box is a Tab stop
        patient.tab_to(lambda el: el["name"] == name and el["value"] == value)
    if patient.focused()["value"] == value:
        patient.press("Space")
    for _ in range(20):
        if patient.focused()["value"] == value:
            break
        patient.press("ArrowDown")
    assert patient.focused()["value"] == value, f"the arrows did not reach {name}={value}"
    assert patient.focused()["checked"], f"Space did not select {name}={value}"


def _answer(patient, field: str, value):
    """Answer one question of the page by keyboard."""
    if field == "country":
        # A select: focus it with Tab, then type the country's name to pick it.
        patient.tab_to(lambda el: el["name"] == "country")
        patient.page.keyboard.type("Spain")
        assert patient.focused()["value"] == "ES", patient.focused()
    elif field in ("authorisation_number", "product"):
        patient.tab_to(lambda el: el["name"] == field)
        patient.page.keyboard.type(value)
    elif field == "extraction_days":
        patient.tab_to(lambda el: el["name"] == "extraction_days")
        patient.press("ArrowDown")
        now = patient.focused()
        assert (now["value"], now["checked"]) == ("days", True), now
        number = patient.tab()
        assert number["name"] == "extraction_days_number", number
        patient.page.keyboard.type(str(value))
    elif field == "warning_signs":
        _choose(patient, "warning_signs", "none")
    elif field in OFFER_TYPED:
        patient.tab_to(lambda el: el["name"] == field)
        patient.page.keyboard.type(OFFER_TYPED[field])
    else:
        _choose(patient, field, value)


def test_a_patient_can_do_the_whole_check_with_the_keyboard_alone(open_patient):
    patient = open_patient()
    patient.goto("/")
    patient.remember_unfocused_styles()
    first = patient.tab()
    assert first["text"] == "Skip to main content", "the skip link should be the first stop"
    patient.shot("start-skip-link-focused")
    patient.tab_to(lambda el: el["text"] == "Start now")
    patient.press("Enter", navigates=True)

    for step in active_steps(ALL_ANSWERS):
        assert patient.slug() == step.slug
        for field in shown_fields(step, ALL_ANSWERS):
            _answer(patient, field, ALL_ANSWERS.get(field))
        _continue(patient, step.slug)

    assert patient.slug() == "answers"
            # A select: focus it with Tab, then type the country's name to pick it.

    answers = patient.page.inner_text("main")
    assert "Not answered" not in answers
    assert f"{ALL_ANSWERS['extraction_days']} days" in answers and "Clinica Ejemplo" in answers
    assert "Spherox" in answers
    _continue(patient, "check-your-answers")
    assert patient.path.startswith("/report/")
    assert patient.verdict() == "green"
    patient.remember_unfocused_styles()
    patient.tab_to(lambda el: el["tag"] == "a" and "PDF" in el["text"])
    patient.shot("report-pdf-link-focused")
    with patient.page.expect_download(timeout=SHOT_TIMEOUT_MS) as download:  # a render first
        patient.press("Enter")
    assert download.value.path().read_bytes()[:5] == b"%PDF-"


def test_the_error_summary_links_take_the_keyboard_to_the_field(open_patient):
    patient = open_patient()
    patient.goto("/check/")
    patient.remember_unfocused_styles()
    _continue(patient, "offer_kind-without-an-answer")
    assert patient.page.locator(".error-summary").is_visible()
    link = patient.tab_to(lambda el: el["tag"] == "a" and "Select" in el["text"])[-1]
    assert link["text"] == "Select the kind of offer, or 'Not sure'"
    patient.press("Enter")
    assert patient.focused()["name"] == "offer_kind", \
        "the error link should move focus to the radios"
    patient.press("Space")
    patient.shot("offer_kind-fixed-by-keyboard")
    patient.tab_to(_is_submit)
    patient.press("Enter", navigates=True)
    assert patient.slug() == "provider"  # the next page (who gives it, judgement v3)
