"""No codes or jargon reach the patient (issue 24): every page a patient sees is rendered with
the test client, in English and Spanish, and its visible words (text, and the alt, title and
aria-label a screen reader reads) hold no rule id, criterion id, question id, source id or
question number ("8b."), and the result page no GMP, ATMP, autologous, allogeneic,
intrathecal or EudraCT before its first folded section (<details>).

"How the checker works" (/how-it-works/) is the doctors' page: it lists every rule with its
id and source on purpose, so it is not checked here.
"""

import html as html_lib
import re

import pytest
from django.test import Client

import rules
from rules.sources import SOURCES

from ..answers import ROUTE_ANSWERS, page_posts
from ..conftest import Journey
from .report_cases import CASES

LANGUAGES = ["en", "es"]

#: The jargon that may not come before the result's first folded section.
JARGON = re.compile(r"\b(GMP|ATMP|autologous|allogeneic|intrathecal|EudraCT|aut[óo]log\w*|"
                    r"alog[ée]nic\w*|intratecal)\b", re.I)
#: A question's number before its text, as "8b." or "3.": at the start of a line (of a
#: heading, a list item, a term), one or two digits, maybe a letter, a full stop, then a word.
#: "For example, 21. Three weeks..." is not one: the number is not where a line starts.
QUESTION_NUMBER = re.compile(r"^[ \t]*\d{1,2}[a-z]?\.[ \t]+[^\s\d]", re.M)


def _ids() -> set[str]:
    """Every internal code that must not be shown: rule ids, criterion ids, question ids and
    source ids. A plain word (the criterion "trial", the question "country") is also a word
    of the language, so only the codes that cannot be words are looked for: with an
    underscore, a hyphen or a digit."""
    ids = {r.id for r in rules.RULES} | {c.id for c in rules.CRITERIA}
    ids |= {q.id for q in rules.QUESTIONS} | set(SOURCES)
    return {i for i in ids if re.search(r"[_\-\d]", i)}


IDS = _ids()
_ID_PATTERN = re.compile(r"(?<![\w/.-])(" + "|".join(sorted(map(re.escape, IDS), key=len,
                                                                 reverse=True)) + r")(?![\w-])")


def visible(page: str) -> str:
    """What a patient sees or hears of a page's <main>: the text, and the alt, title and
    aria-label attributes; not the markup, the URLs or the data attributes."""
    start = max(page.find("<main"), 0)
    end = page.find("</main>", start)
    main = page[start:end if end != -1 else len(page)]
    main = re.sub(r"<(script|style)\b.*?</\1>", " ", main, flags=re.S)
    spoken = " ".join(re.findall(r'\b(?:alt|title|aria-label)="([^"]*)"', main))
    text = re.sub(r"<br\s*/?>|</(?:p|li|h\d|dt|dd|summary|div|td|th|label|legend)>", "\n", main)
    text = re.sub(r"<[^>]+>", " ", text)
    return html_lib.unescape(f"{text}\n{spoken}")


def codes_in(page: str) -> list[str]:
    text = visible(page)
    found = [m.group(1) for m in _ID_PATTERN.finditer(text)]
    found += [" ".join(m.group(0).split()) for m in QUESTION_NUMBER.finditer(text)]
    return found


def _get(client: Client, url: str, language: str) -> str:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def _walk(client: Client, answers: dict, language: str, pages: dict[str, str] | None = None
          ) -> Journey:
    """Answer the pages asked, in order, as the redirects lead, until check your answers;
    each question page as the patient first sees it goes into ``pages`` when given."""
    journey = Journey(client)
    posts = page_posts(answers)
    url = journey.first_url
    for _ in range(40):
        if url.endswith("/answers/") or "/report/" in url:
            return journey  # a hospital's transplant for a blood disease goes to its result
        slug = url.rstrip("/").rsplit("/", 1)[1]
        if pages is not None:
            pages[slug] = _get(client, url, language)
        response = client.post(url, posts[slug], HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 302, (slug, response.content[:500])
        url = response["Location"]
    raise AssertionError("the pages never reached check your answers")


def _result(client: Client, journey: Journey, language: str) -> str:
    done = client.post(journey.url("answers"), HTTP_ACCEPT_LANGUAGE=language)
    assert done.status_code == 302
    return _get(client, done["Location"], language)


def test_the_check_finds_what_it_looks_for():
    """Honest: a page with a rule id, a source id or a question number fails."""
    rule = next(r.id for r in rules.RULES if "_" in r.id)
    assert codes_in(f"<main><p>Rule {rule} holds</p></main>") == [rule]
    assert codes_in("<main><p>Source: itrt-guide</p></main>") == ["itrt-guide"]
    assert codes_in("<main><p>[aemps-rd477]</p></main>") == ["aemps-rd477"]
    assert codes_in('<main><dt><span>8b.</span> How many days</dt></main>') == ["8b. H"]
    assert codes_in('<main><a aria-label="see itrt-guide">x</a></main>') == ["itrt-guide"]
    assert codes_in('<main><p data-source="itrt-guide">On 21 November 2026. A</p></main>') == []
    assert codes_in("<main><p>For example, 21. Three weeks is 21 days.</p></main>") == []
    assert codes_in("<main><h1><span>3.</span> Who offers it?</h1></main>") == ["3. W"]
    assert JARGON.search("cells (autologous)") and JARGON.search("células autólogas")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_fixed_patient_pages_show_no_codes(client, db, language):
    for url in ("/", "/privacy/", "/resume/", "/deleted/", "/after-treatment/card/"):
        page = _get(client, url, language)
        assert codes_in(page) == [], url




@pytest.mark.parametrize("language", LANGUAGES)
def test_the_after_treatment_checklist_shows_no_codes(client, db, language):
    assert codes_in(_get(client, "/after-treatment/", language)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_after_treatment_answers_show_no_codes(client, db, language):
    for signs, where in ((["fever"], "urgent"), (["none"], "no-signs")):
        sign = signs[0]
        if sign != "none":
            sign = rules.aftercare.SIGNS[0].id
        response = client.post("/after-treatment/", {"signs": [sign]},
                               HTTP_ACCEPT_LANGUAGE=language, follow=True)
        assert response.status_code == 200
        assert codes_in(response.content.decode()) == [], where


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("offer_kind", sorted(ROUTE_ANSWERS))
def test_every_question_page_save_advert_and_result_shows_no_codes(client, db, language,
                                                                   offer_kind):
    pages: dict[str, str] = {}
    journey = _walk(client, ROUTE_ANSWERS[offer_kind], language, pages)
    assert len(pages) >= (2 if offer_kind == "transplant" else 5)
    pages["save"] = _get(client, journey.url("save"), language)
    pages["advert"] = _get(client, journey.url("advert"), language)
    pages["result"] = _result(client, journey, language)
    for slug, page in pages.items():
        assert codes_in(page) == [], slug


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", sorted(CASES))
def test_the_result_shows_no_codes_and_no_jargon_before_the_first_folded_section(
        client, db, language, case):
    page = _result(client, _walk(client, CASES[case], language), language)
    assert f'data-verdict="{case}"' in page
    assert codes_in(page) == []
    before = visible(page[:page.index("<details")])
    assert JARGON.findall(before) == [], case


@pytest.mark.parametrize("language", LANGUAGES)
def test_check_your_answers_shows_no_codes(client, db, language):
    journey = _walk(client, ROUTE_ANSWERS["treatment"], language)
    assert codes_in(_get(client, journey.url("answers"), language)) == []
