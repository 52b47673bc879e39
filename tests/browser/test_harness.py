"""The checks themselves: a page known to be broken must fail them, with a readable reason."""

import pytest

pytestmark = pytest.mark.browser

BROKEN = """<!doctype html><html><head><title>Broken</title></head><body><main>
<h1>Broken</h1><img src="x.png"><form><input type="text" name="clinic"></form>
<p style="color:#bbb">Too pale to read</p></main></body></html>"""


def test_axe_reports_violations_with_ids_impacts_and_targets(open_patient):
    patient = open_patient()
    patient.goto("/")
    patient.page.set_content(BROKEN)
    with pytest.raises(AssertionError) as failure:
        patient.assert_accessible()
    message = str(failure.value)
    for rule in ("image-alt", "label", "color-contrast", "html-has-lang"):
        assert f"- {rule} (" in message, message
    assert "(critical)" in message and "at img" in message, message


def test_a_focus_without_a_visible_indicator_fails_the_keyboard_check(open_patient):
    patient = open_patient()
    patient.goto("/privacy/")  # the start page's name is not a link (it is that page)
    patient.page.add_style_tag(content=".site-name:focus-visible { outline: none !important;"
                               " box-shadow: none !important; background: none !important }")
    patient.remember_unfocused_styles()
    patient.tab()  # the skip link still shows its focus
    with pytest.raises(AssertionError, match="no visible focus indicator"):
        patient.tab()


def test_content_wider_than_the_screen_fails_the_small_screen_check(open_patient):
    patient = open_patient(width=320)
    patient.goto("/")
    assert patient.overflow_problems() == []
    patient.page.add_style_tag(content=".lead { width: 500px }")
    problems = patient.overflow_problems()
    assert any("scrolls sideways" in p for p in problems), problems
    assert any(p.startswith("p.lead spans") for p in problems), problems


def test_a_link_under_24_px_fails_the_target_size_check_unless_it_is_in_a_sentence(open_patient):
    patient = open_patient()
    patient.goto("/")
    assert patient.small_targets() == []
    patient.page.set_content(
        "<main><ul><li><a href='/a' style='font-size:12px;line-height:1'>Alone</a></li></ul>"
        "<p style='font-size:12px'>A sentence with <a href='/b'>a link</a> inside it.</p>"
        "<button style='font-size:10px;padding:0;border:0'>Go</button></main>")
    problems = patient.small_targets()
    assert any(p.startswith('a "Alone" is') for p in problems), problems
    assert any(p.startswith('button "Go" is') for p in problems), problems
    assert not any("a link" in p for p in problems), problems
