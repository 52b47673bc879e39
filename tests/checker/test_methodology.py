"""The methodology page (/how-it-works/): every rule the engine has, generated from rules/."""

import dataclasses
import re
from html import unescape
from html.parser import HTMLParser

import pytest
from django.test import override_settings
from django.utils import translation

import rules
from checker import methodology, methodology_v3
from checker.checks import operator_disclosed
from checker.disclosures import contact_href
from rules.products import PRODUCTS
from rules.table import GREEN_BY_BASIS, Rule, When
from rules.thresholds import PARAMS

ES = {"HTTP_ACCEPT_LANGUAGE": "es"}


class _Page(HTMLParser):
    """What the tests look at: data attributes, ids, in-page links, scripts, main's attributes."""

    def __init__(self):
        super().__init__()
        self.rules: list[str] = []
        self.criteria: list[str] = []
        self.thresholds: list[str] = []
        self.sources: list[str] = []
        self.sellers: list[str] = []
        self.ids: set[str] = set()
        self.fragment_links: list[str] = []
        self.links: list[str] = []
        self.scripts = 0
        self.main: dict = {}
        self._source = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if "data-rule" in attrs:
            self.rules.append(attrs["data-rule"])
        if "data-criterion" in attrs:
            self.criteria.append(attrs["data-criterion"])
        if "data-threshold" in attrs:
            self.thresholds.append(attrs["data-threshold"])
        if "data-source" in attrs:
            self.sources.append(attrs["data-source"])
            self._source = attrs["data-source"]
        if "data-seller" in attrs:
            self.sellers.append(self._source)
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
            if attrs["href"].startswith("#"):
                self.fragment_links.append(attrs["href"][1:])
        if tag == "script":
            self.scripts += 1
        if tag == "main":
            self.main = attrs


def _parse(html: bytes | str) -> _Page:
    page = _Page()
    page.feed(html.decode() if isinstance(html, bytes) else html)
    return page


def _text(html: bytes) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html.decode())))


@pytest.fixture(params=["en", "es"])
def language(request):
    return request.param


def _get(client, language):
    response = client.get("/how-it-works/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response


def test_the_page_lists_every_rule_the_engine_has_in_both_languages(client, db, language):
    page = _parse(_get(client, language).content)
    assert page.rules == [r.id for c in rules.CRITERIA for r in rules.RULES
                          if r.criterion == c.id]
    assert sorted(page.rules) == sorted(r.id for r in rules.RULES)
    assert page.criteria == [c.id for c in rules.CRITERIA]


def test_the_main_element_carries_the_ruleset_version(client, db, language):
    page = _parse(_get(client, language).content)
    assert page.main["data-ruleset"] == rules.RULESET_VERSION


def test_every_threshold_and_every_source_is_shown_and_every_in_page_link_has_a_target(
        client, db, language):
    response = _get(client, language)
    page = _parse(response.content)
    assert page.thresholds == list(PARAMS)
    text = _text(response.content)
    for name, value in PARAMS.items():
        assert f"{name} = {value}" in text
    assert page.sources == list(rules.SOURCES)
    missing = sorted(set(page.fragment_links) - page.ids)
    assert missing == []
    for rule in rules.RULES:
        assert f"source-{rule.source}" in page.ids
    for source in rules.SOURCES.values():
        if source.url:
            assert source.url in page.links, source.id


def test_sellers_pages_are_labelled_as_examples_of_claims(client, db, language):
    page = _parse(_get(client, language).content)
    assert page.sellers == [s.id for s in rules.SOURCES.values() if s.seller]
    assert page.sellers


def test_each_rule_shows_what_it_reads_decides_and_says_with_thresholds_filled_in(client, db):
    html = _get(client, "en").content.decode()
    block = re.search(r'data-rule="autologous_too_soon">(.*?)</li>\s*(<li class="rule"|</ol>)',
                      html, re.S).group(1)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", block))
    assert "Whose cells are they?" in text and "My own cells (autologous)" in text
    low, high = PARAMS["donor_min_days"], PARAMS["autologous_min_days"] - 1  # v2: 0-6 is red
    assert f"{low} to {high} days" in text
    assert "Not met" in text
    assert f"at least {PARAMS['autologous_min_days']} days of culture" in text
    assert "<var>N</var> days is too short" in block
    assert "%(" not in html


def test_the_spanish_page_is_in_spanish(client, db):
    response = _get(client, "es")
    text = _text(response.content)
    assert "Cómo funciona el comprobador" in text
    assert "Cómo se llega al resultado" in text
    with translation.override("es"):
        for criterion in rules.CRITERIA:
            assert translation.gettext(criterion.title) in text
        assert translation.gettext(rules.QUESTIONS[0].text) in text
    for english in ("How the checker works", "The criteria and their rules", "It reads",
                    "What the report says", "Who is behind this checker"):
        assert english not in text, english


_FORMAT_CHECK = (
    "A number in the right form proves nothing until someone opens the record. A made-up "
    "number can have the right form, and a real number can belong to another product. The "
    "record must name the same product, the same condition and the same clinic or hospital, "
    "and a trial must be shown as recruiting. Being listed in a register shows only that "
    "something was registered, not that anyone approved it.")


def test_the_page_says_what_a_format_check_cannot_prove(client, db, language):
    """H10: a number in the right form is not proof; the record must be opened."""
    text = _text(_get(client, language).content)
    with translation.override(language):
        assert translation.gettext(_FORMAT_CHECK) in text
    assert "proves nothing" in text or "no demuestra nada" in text


def test_the_page_says_blood_and_marrow_transplants_are_not_judged(client, db, language):
    """H12: an established transplant is outside what the checker judges."""
    (transplant,) = [r for r in methodology.LEGAL_ROUTES
                     if "haematology" in str(r.text)]
    assert "does not judge" in str(transplant.text)
    text = _text(_get(client, language).content)
    with translation.override(language):
        assert translation.gettext(str(transplant.title)) in text
        assert translation.gettext(str(transplant.text)) in text


def test_the_page_needs_no_javascript_and_refuses_other_methods(client, db):
    page = _parse(_get(client, "en").content)
    assert page.scripts == 0
    assert client.post("/how-it-works/").status_code == 405


def test_the_start_page_the_footer_and_the_report_link_to_the_page(client, journey):
    assert "/how-it-works/" in _parse(client.get("/").content).links
    assert "/how-it-works/" in _parse(client.get("/privacy/").content).links
    report = journey.answer_all().finish()
    links = _parse(report.content).links
    assert links.count("/how-it-works/") >= 2  # in the report itself and in the footer


# --- generated, not copied -------------------------------------------------------------------

def test_a_new_rule_appears_on_the_page_with_its_unknown_placeholders_marked(client, db,
                                                                            monkeypatch):
    extra = Rule("invented_rule", rules.CRITERIA[0].id,
                 (When(rules.CRITERIA[0].questions[0], ("yes",)),), rules.MET,
                 "Given %(days)d days, %(country)s, %(signs_for_red)d signs, 100%% sure, "
                 "%(unheard_of)d.", "itrt-guide", decisive=True)
    monkeypatch.setattr(rules, "RULES", (*rules.RULES, extra))
    html = _get(client, "en").content.decode()
    assert _parse(html).rules.count("invented_rule") == 1
    block = re.search(r'data-rule="invented_rule">(.*?)</li>\s*(<li class="rule"|</ol>)',
                      html, re.S).group(1)
    explanation = re.search(r'rule__explanation">(.*?)</dd>', block, re.S).group(1)
    assert explanation == (f"Given <var>N</var> days, <var>…</var>, {PARAMS['signs_for_red']} "
                           "signs, 100% sure, <var>N</var>.")
    assert 'href="#rule-invented_rule"' in html  # named among the rules that decide alone


def test_a_new_verdict_and_an_unknown_outcome_are_shown_without_failing(client, db,
                                                                       monkeypatch):
    verdict = rules.VERDICTS[rules.AMBER]
    extra = dataclasses.replace(verdict, id="elsewhere", title="Talk to the hospital team",
                                summary="Invented for this test.")
    monkeypatch.setattr(rules, "VERDICTS", {**rules.VERDICTS, "elsewhere": extra})
    odd = dataclasses.replace(rules.RULES[0], id="odd_outcome", outcome="not_applicable")
    monkeypatch.setattr(rules, "RULES", (*rules.RULES, odd))
    text = _text(_get(client, "en").content)
    assert "Talk to the hospital team" in text and "Invented for this test." in text
    assert "not applicable" in text


@pytest.mark.parametrize("text, expected", [
    ("plain", [{"text": "plain", "var": False}]),
    ("%(autologous_min_days)d days", [{"text": f"{PARAMS['autologous_min_days']} days",
                                       "var": False}]),
    ("%(days)d and %(name)s", [{"text": "N", "var": True}, {"text": " and ", "var": False},
                               {"text": "…", "var": True}]),
    ("50%% of %(x)5.1f", [{"text": "50% of ", "var": False}, {"text": "N", "var": True}]),
    ("%(broken", [{"text": "%(broken", "var": False}]),
    ("", []),
])
def test_explanation_parts_fill_thresholds_and_mark_answer_placeholders(text, expected):
    assert methodology.explanation_parts(text) == expected


def test_every_prose_section_cites_known_sources():
    for route in methodology.LEGAL_ROUTES:
        assert route.sources and set(route.sources) <= set(rules.SOURCES), route.title
    assert set(methodology.IDENTIFIER_SOURCES) <= set(rules.SOURCES)
    # Judgement v3's principles rest on sources that do not sell cell treatments.
    for title, _body, sources in methodology_v3.PRINCIPLES:
        assert sources and all(not rules.SOURCES[s].seller for s in sources), title
    assert methodology_v3.v3_sources() <= set(rules.SOURCES)


def _section(html: str, anchor: str) -> str:
    start = html.index(f'id="{anchor}"')
    return html[start:html.index('<h2 class="heading-m"', start + 1)]


def test_the_page_shows_every_product_with_what_it_is_where_and_its_status(client, db, language):
    html = _get(client, language).content.decode()
    table = _section(html, "products")
    shown = re.findall(r'data-product="([\w-]+)"', table)
    assert shown == [p.id for p in PRODUCTS]
    with translation.override(language):
        for product in PRODUCTS:
            entry = table[table.index(f'data-product="{product.id}"'):]
            entry = entry[:entry.index("</div>")]
            assert product.name in entry
            assert unescape(translation.gettext(product.what)) in unescape(entry)
            for approval in product.approvals:
                assert f'data-status="{approval.status}"' in entry
                assert f'href="#source-{approval.source}"' in entry
                assert unescape(translation.gettext(approval.note)) in unescape(entry)
    assert 'data-product="spherox"' in table and "EU/1/17/1181" in table


def test_the_page_states_the_v3_principles_and_titles_green_by_its_basis(client, db, language):
    html = _get(client, language).content.decode()
    text = _text(html.encode())
    with translation.override(language):
        for title, body, _sources in methodology_v3.PRINCIPLES:
            assert translation.gettext(str(title)) in text
            assert translation.gettext(str(body)) in text
        for basis, verdict in GREEN_BY_BASIS.items():
            assert f'data-green-basis="{basis}"' in html
            assert translation.gettext(verdict.title) in text
    # The two seeds that sell treatments are labelled as sellers (issue 27).
    assert {"itrt-guide", "regencord-safety"} <= set(_parse(html).sellers)


def test_the_page_says_the_label_is_checked_and_a_plain_yes_is_not_in_writing(client, db):
    text = _text(_get(client, "en").content)
    assert "What you call the offer does not decide how it is judged." in text
    assert 'A plain "yes" is what you were told: it never counts as seen in writing.' in text
    assert "Consistent with a registered clinical trial" in text


# --- disclosures -----------------------------------------------------------------------------

@override_settings(CHECKER_OPERATOR="Asociación Ejemplo <b>", CHECKER_CONTACT="info@example.org",
                   CHECKER_FUNDING="Paid for by its members.")
@pytest.mark.parametrize("path", ["/", "/how-it-works/"])
def test_the_operator_contact_and_funding_are_shown_when_set(client, db, path):
    html = client.get(path).content.decode()
    assert "This site is run by Asociación Ejemplo &lt;b&gt;." in html
    assert '<a href="mailto:info@example.org">info@example.org</a>' in html
    assert "Paid for by its members." in html
    assert "without money from clinics" in html
    assert "examples of the claims patients meet, never as authorities" in html
    assert "It is not medical advice" in html


@override_settings(CHECKER_OPERATOR="", CHECKER_CONTACT="", CHECKER_FUNDING="")
@pytest.mark.parametrize("path", ["/", "/how-it-works/"])
def test_nothing_about_the_operator_is_shown_when_unset(client, db, path):
    html = client.get(path).content.decode()
    assert "data-operator" not in html and "data-contact" not in html
    assert "data-funding" not in html
    assert "without money from clinics" in html


@pytest.mark.parametrize("contact, href", [
    ("info@example.org", "mailto:info@example.org"),
    ("https://example.org/contact", "https://example.org/contact"),
    ("javascript:alert(1)", None),
    ("+34 600 000 000", None),
    ("Calle Mayor 1, Madrid", None),
    ("a@b.c <script>", None),
])
def test_only_an_email_address_or_a_web_address_becomes_a_link(contact, href):
    assert contact_href(contact) == href


def test_a_contact_that_is_not_an_address_is_shown_as_escaped_text(client, db, settings):
    settings.CHECKER_CONTACT = 'javascript:alert("x")'
    html = client.get("/").content.decode()
    assert "javascript:alert(&quot;x&quot;)" in html
    assert 'href="javascript' not in html


def test_production_without_operator_or_contact_gets_a_warning(settings):
    settings.DEBUG = False
    settings.CHECKER_OPERATOR = settings.CHECKER_CONTACT = ""
    assert [w.id for w in operator_disclosed(None)] == ["checker.W001", "checker.W002"]
    settings.CHECKER_OPERATOR = "Asociación Ejemplo"
    assert [w.id for w in operator_disclosed(None)] == ["checker.W002"]
    settings.CHECKER_CONTACT = "info@example.org"
    assert operator_disclosed(None) == []
    settings.DEBUG = True
    settings.CHECKER_OPERATOR = settings.CHECKER_CONTACT = ""
    assert operator_disclosed(None) == []
