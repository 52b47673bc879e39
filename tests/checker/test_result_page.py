"""The patient's result page: verdict first, a short page, the rest folded away, no source ids.

The order and the length are measured on the rendered HTML of each verdict, in English and
Spanish; the v2 "out of scope" verdict (bone marrow and blood transplants) is made here from a
real assessment with its verdict replaced, since the rules on this branch do not give it yet.
"""

import dataclasses
import re

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

import rules
from checker.report.context import build_report
from checker.report.patient import OUT_OF_SCOPE, add_patient_page
from rules.table import Verdict

from .report_cases import CASES, CREATED, OFFER, REFERENCE, make_context

#: The issue's target for a red result, outside the collapsed sections.
MAX_VISIBLE_WORDS = 450

OUT_OF_SCOPE_VERDICT = Verdict(
    OUT_OF_SCOPE, "Not for this checker",
    "Bone marrow and blood stem cell transplants are an established treatment.", "aemps-rd477")


def _out_of_scope_context(**kwargs):
    assessment = dataclasses.replace(rules.assess(CASES["green"]), verdict=OUT_OF_SCOPE_VERDICT)
    return build_report(assessment, reference=REFERENCE, created=CREATED, offer=OFFER, **kwargs)


def _context(verdict: str, **kwargs):
    if verdict == OUT_OF_SCOPE:
        return add_patient_page(_out_of_scope_context(**kwargs)).as_context()
    return add_patient_page(make_context(CASES[verdict], **kwargs)).as_context()


def _page(context) -> str:
    html = render_to_string("report/result.html", {
        **context, "pdf_url": "/report/x/a4.pdf", "pdf_letter_url": "/report/x/letter.pdf",
    }, request=RequestFactory().get("/report/x/"))
    return html[html.index("<main"):html.index("</main>")]


def _words(html: str) -> list[str]:
    html = re.sub(r"<(svg|title|script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html).split()


def _outside_details(html: str) -> str:
    """The page as it first shows: each <details> reduced to its <summary>."""
    assert html.count("<details") == html.count("</details>")
    return re.sub(r"<details\b[^>]*>\s*<summary[^>]*>(.*?)</summary>.*?</details>", r" \1 ",
                  html, flags=re.S)


VERDICTS = [*sorted(CASES), OUT_OF_SCOPE]


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("verdict", VERDICTS)
def test_the_page_shows_at_most_450_words_before_anything_is_opened(verdict, language):
    with translation.override(language):
        html = _page(_context(verdict, resume_code="K7M2-P4QX"))
    visible = len(_words(_outside_details(html)))
    assert visible <= MAX_VISIBLE_WORDS, f"{verdict} ({language}): {visible} words"
    # Nothing is lost: the folded sections hold much more than the page shows.
    assert len(_words(html)) > visible + 150


@pytest.mark.parametrize("verdict", VERDICTS)
def test_the_page_goes_verdict_next_steps_reasons_pdf_then_the_folded_sections(verdict):
    context = _context(verdict, resume_code="K7M2-P4QX")
    html = _page(context)
    marks = ['data-verdict="', 'id="next-steps-title"', 'id="reasons-title"',
             'href="/report/x/a4.pdf"', 'data-reference="', "<details",
             'id="more-criteria"',
             # A section with nothing in it is not shown (issue 24: no "(0)").
             *(['id="more-questions"'] if context["questions_to_ask"] else []),
             *(['id="more-documents"'] if context["documents"] else []),
             'id="more-after-treatment"', 'id="more-sources"']
    where = [html.find(mark) for mark in marks]
    assert -1 not in where, dict(zip(marks, where, strict=True))
    assert where == sorted(where), dict(zip(marks, where, strict=True))
    assert not re.search(r"\(0\)", html)
    # The verdict is the page's one <h1>, with its words and its shape.
    h1 = re.findall(r"<h1\b.*?</h1>", html, flags=re.S)
    assert len(h1) == 1 and 'class="icon icon-' in h1[0]
    # Everything after the PDF link and the codes is folded away.
    tail = html[html.index("<details"):html.rindex("</details>")]
    assert "<h2" not in re.sub(r"<details\b.*?</details>", "", tail, flags=re.S)


@pytest.mark.parametrize("verdict", VERDICTS)
def test_what_to_do_next_differs_by_verdict(verdict):
    steps = {v: [(s["strong"], s["text"]) for s in _context(v)["next_steps"]] for v in VERDICTS}
    others = [steps[v] for v in VERDICTS if v != verdict]
    assert steps[verdict] and steps[verdict] not in others


def test_out_of_scope_sends_the_patient_to_the_haematology_team():
    html = _page(_context(OUT_OF_SCOPE))
    assert 'data-verdict="out_of_scope"' in html
    assert "haematology team" in html
    assert "Do not sign or pay" not in html
    with translation.override("es"):
        assert "hematología" in _page(_context(OUT_OF_SCOPE))


@pytest.mark.parametrize("verdict", VERDICTS)
def test_no_source_id_on_the_page_and_the_sources_once_at_the_bottom(verdict):
    context = _context(verdict)
    html = _page(context)
    assert 'class="source"' not in html
    for source_id in rules.SOURCES:
        assert f"[{source_id}" not in html and f"{source_id}]" not in html
    sources = html[html.index('id="more-sources"'):]
    listed = context["page_sources"]
    assert listed and all(s["title"] in sources for s in listed)
    for s in listed:
        assert s["who"] in sources and html.count(s["who"]) == 1
        publisher = rules.SOURCES[s["id"]].publisher
        assert s["who"] == f"Written by {publisher}."
        assert bool(s["seller"]) == rules.SOURCES[s["id"]].seller


def test_the_sources_are_what_the_page_draws_on():
    context = _context("red")
    ids = {s["id"] for s in context["page_sources"]}
    assert {"itrt-guide", *context["next_steps_sources"]} <= ids
    assert {r["source"] for r in context["reasons"]} <= ids
    assert {str(s) for s in context["after_treatment"]["sources"]} <= ids
    # The doctor's safety material is in the PDF, not on the patient's page.
    assert "Reasons not to have the treatment at all" not in _page(context)


def test_the_two_codes_are_told_apart_in_plain_words():
    html = _page(_context("green", resume_code="K7M2-P4QX"))
    reference = html.index("Reference for a doctor or clinic")
    private = html.index("Your private code to come back (do not share it)")
    assert reference < html.index(f'data-reference="{REFERENCE}"') < private
    assert private < html.index('data-resume-code="K7M2-P4QX"')
    assert html.count("data-resume-code=") == 1


def test_english_dates_read_day_month_year():
    html = _page(_context("green"))
    assert "21 November 2026" in html and "Nov. 21" not in html
    with translation.override("es"):
        assert "21 de noviembre de 2026" in _page(_context("green"))


def test_an_unknown_future_verdict_still_renders():
    verdict = Verdict("purple", "Something new", "A new summary.", "itrt-guide")
    assessment = dataclasses.replace(rules.assess(CASES["amber"]), verdict=verdict)
    context = add_patient_page(build_report(assessment, reference=REFERENCE, created=CREATED,
                                            offer=OFFER)).as_context()
    html = _page(context)
    assert "Something new" in html and "A new summary." in html


def _product_section(html: str) -> str:
    start = html.index('class="product-match"')
    return html[start:html.index("</section>", start)]


def test_the_page_shows_what_the_product_matched_and_for_which_illness():
    section = _product_section(_page(_context("green")))
    assert 'data-product-matched="true"' in section
    assert "<strong>Spherox</strong>" in section and "cartilage" in section
    assert 'data-product-status="authorised"' in section
    assert "Status (European Union)" in section and "Authorised (2017)" in section
    assert "Yes: it is meant for the illness you chose." in section
    # The same product for worn joints: named, but not meant for that illness.
    other = _product_section(_page(add_patient_page(make_context(
        {**CASES["green"], "condition_group": "osteoarthritis"})).as_context()))
    assert "<strong>Spherox</strong>" in other and "Yes: it is" not in other
    assert "No: it is meant for another illness (A damaged patch of cartilage" in other
    # A withdrawn product says so, in each place it was approved.
    withdrawn = _product_section(_page(add_patient_page(make_context(
        {**CASES["green"], "product": "Alofisel", "condition_group": "crohns_fistula"}
    )).as_context()))
    assert 'data-product-status="withdrawn"' in withdrawn and "Withdrawn or lapsed" in withdrawn
    with translation.override("es"):
        spanish = _product_section(_page(_context("green")))
    assert "Spherox" in spanish and "Authorised" not in spanish and "Unión Europea" in spanish


def test_an_unknown_product_is_not_matched_never_an_error():
    context = _context("red")
    html = _page(context)
    section = _product_section(html)
    assert 'data-product-matched="false"' in section
    assert "CelulaMax" in section and "Not matched" in section and "leaflet" in section
    assert context["product"] == {**context["product"], "matched": False, "input": "CelulaMax"}
    # The same row is one of the offer's facts, for the doctor's PDF too.
    facts = [f for f in context["offer_facts"] if f["value"].startswith("CelulaMax")]
    assert len(facts) == 1 and "not matched" in facts[0]["value"].lower()
    assert facts[0]["question"] == "" and facts[0]["source"] == "ema-union-register"


def test_no_product_section_without_a_name_or_number():
    answers = {**CASES["amber"]}
    answers.pop("product", None)
    answers.pop("authorisation_number", None)
    context = _context_of(answers)
    assert context["product"] is None
    assert 'class="product-match"' not in _page(context)


def _context_of(answers):
    return add_patient_page(make_context(answers)).as_context()


def test_a_green_trial_is_titled_as_a_trial_not_as_an_authorised_treatment():
    from ..answers import ROUTE_ANSWERS

    context = _context_of(ROUTE_ANSWERS["trial"])
    assert context["verdict"]["id"] == "green" and context["verdict"]["basis"] == \
        "registered_trial"
    html = _page(context)
    verdict = html[html.index('data-verdict="'):html.index("</section>")]
    assert "Consistent with a registered clinical trial" in verdict
    assert "authorised" not in verdict.lower()
    assert context["verdict"]["title"] == "Consistent with a registered clinical trial"
    # Each basis has its own sentence under the title, and only authorised_product says
    # "authorised treatment".
    for kind, basis in (("hospital_exemption", "hospital_exemption"),
                        ("compassionate_use", "compassionate_use")):
        other = _context_of(ROUTE_ANSWERS[kind])
        assert other["verdict"]["id"] == "green" and other["verdict"]["basis"] == basis
        assert "authorised treatment" not in other["verdict"]["title"]
        assert "authorised treatment" not in other["patient_verdict"]["sentence"]
    assert "authorised" in _context("green")["patient_verdict"]["sentence"]
