"""The methodology page in a real browser: every rule, both languages, axe, 320 px."""

import pytest

import rules

pytestmark = pytest.mark.browser


def _rule_ids(patient) -> list[str]:
    return patient.page.eval_on_selector_all("[data-rule]",
                                             "els => els.map(e => e.dataset.rule)")


def test_the_methodology_page_is_accessible_in_english_and_spanish(open_patient):
    patient = open_patient()
    patient.goto("/")
    with patient.page.expect_navigation():
        patient.page.get_by_role("link", name="how the checker works").click()
    assert patient.path == "/how-it-works/"
    assert patient.page.locator("main").get_attribute("data-ruleset") == rules.RULESET_VERSION
    assert sorted(_rule_ids(patient)) == sorted(r.id for r in rules.RULES)
    patient.check("how-it-works-en")

    with patient.page.expect_navigation():
        patient.page.locator('.language-switch button[value="es"]').click()
    assert patient.path == "/how-it-works/"
    assert patient.page.locator("html").get_attribute("lang") == "es"
    assert patient.page.locator("h1").inner_text() == "Cómo funciona el comprobador"
    assert sorted(_rule_ids(patient)) == sorted(r.id for r in rules.RULES)
    patient.check("how-it-works-es")


def test_the_methodology_page_works_without_javascript(open_patient):
    patient = open_patient(javascript=False)
    patient.goto("/how-it-works/")
    assert sorted(_rule_ids(patient)) == sorted(r.id for r in rules.RULES)
    # In-page links (contents, rules, sources) lead somewhere without any script.
    patient.page.locator('nav.contents a[href="#sources"]').click()
    assert patient.page.url.endswith("#sources")
    patient.check("how-it-works-no-js")


def test_the_methodology_page_fits_320_px_with_text_at_200_percent(open_patient):
    patient = open_patient(width=320, height=640)
    patient.text_zoom = "200%"
    patient.goto("/how-it-works/")
    # No full-page screenshot: at this size the page is tens of screens long.
    problems = patient.overflow_problems()
    assert not problems, "\n".join(problems)
