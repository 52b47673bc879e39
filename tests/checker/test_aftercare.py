"""/after-treatment/: the checklist, the urgent and no-signs pages, and the card PDF.

Nothing on this path may be stored, logged or put in a URL, and bad input gets a 400 (or a
405) with an error summary, never a 500.
"""

import io
import logging
import re

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader

from checker import aftercare as views
from checker.report.pdf import make_url_fetcher
from rules import aftercare, safety
from rules.sources import SOURCES

from .. import pdfread

START = "/after-treatment/"
URGENT = "/after-treatment/urgent/"
TODAY = "/after-treatment/today/"
NO_SIGNS = "/after-treatment/no-signs/"
CARD = "/after-treatment/card/"
CARD_PDF = "/after-treatment/card.pdf"

pytestmark = pytest.mark.django_db


def _main(response) -> str:
    return re.search(r"<main\b[^>]*>(.*)</main>", response.content.decode(), re.S).group(1)


def _urgent_attr(response) -> str | None:
    found = re.search(r'<main\b[^>]*data-urgent="(\w+)"', response.content.decode())
    return found.group(1) if found else None


def _pdf_text(pdf: bytes) -> str:
    return pdfread.text(pdf, " ")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- The checklist ----------------------------------------------------------------------------

def test_the_checklist_is_a_post_form_with_every_sign_none_and_not_sure(client):
    response = client.get(START)
    assert response.status_code == 200
    html = response.content.decode()
    form = re.search(r'<form method="post" action="/after-treatment/"[^>]*>(.*?)</form>',
                     html, re.S).group(1)
    values = re.findall(r'<input[^>]*type="checkbox" name="signs"[^>]*value="([^"]+)"', form)
    assert values == [s.id for s in aftercare.SIGNS] + ["none", "unsure"]
    for sign in aftercare.SIGNS:
        assert f'data-source="{sign.source}"' in form
        assert sign.label in form  # English is the default language


def test_the_checklist_shows_the_two_levels_as_two_groups(client):
    html = client.get(START).content.decode()
    ambulance = html.index("Signs that need an ambulance now")
    today = html.index("Signs that need a doctor today")
    assert ambulance < today
    first, second = html[ambulance:today], html[today:]
    for sign in aftercare.SIGNS:
        where = first if sign.level == aftercare.AMBULANCE else second
        assert f'value="{sign.id}"' in where, sign.id
    assert 'href="tel:112"' in html and 'href="tel:911"' in html and 'href="tel:999"' in html


@pytest.mark.parametrize("sign", [s.id for s in aftercare.SIGNS])
def test_each_sign_redirects_to_the_page_of_its_level(client, sign):
    response = client.post(START, {"signs": [sign]})
    assert response.status_code == 302
    level = aftercare.SIGNS_BY_ID[sign].level
    assert response["Location"] == (URGENT if level == aftercare.AMBULANCE else TODAY)


@pytest.mark.parametrize(("signs", "target"), [
    (["none"], NO_SIGNS),
    (["unsure"], TODAY),
    (["unsure", "fever"], TODAY),
    (["fever"], TODAY),
    (["fever", "chest_pain", "stiff_neck"], URGENT),
    # A ticked sign wins over "None of these" and over values not on the list.
    (["none", "leg"], TODAY),
    (["weakness", "made-up"], URGENT),
    (["none", "unsure"], TODAY),
    (["none", "seizure"], URGENT),
])
def test_each_combination_goes_to_its_page(client, signs, target):
    response = client.post(START, {"signs": signs})
    assert response.status_code == 302
    assert response["Location"] == target


def test_the_redirect_carries_nothing_but_the_outcome(client):
    response = client.post(START, {"signs": ["fever", "leg"]})
    location = response["Location"]
    assert "?" not in location and "fever" not in location and "leg" not in location


def test_the_urgent_page_works_on_its_own_and_puts_getting_help_first(client):
    response = Client().get(URGENT)  # a fresh browser: no cookie, no state
    assert response.status_code == 200
    assert _urgent_attr(response) == "true"
    main = _main(response)
    first = re.search(r"<h1[^>]*>(.*?)</h1>", main, re.S)
    assert first.group(1).strip() == "Call an ambulance now"
    assert main.lstrip().startswith('<section class="urgent"')
    assert 'href="tel:112"' in main and "emergency department" in main
    assert "If this number does not work, call your local emergency number." in main
    assert "What to tell them" in main
    # the card form is on the page and linked
    assert f'action="{CARD_PDF}"' in main and f'href="{CARD}"' in main


def test_the_no_signs_page_works_on_its_own(client):
    response = Client().get(NO_SIGNS)
    assert response.status_code == 200
    assert _urgent_attr(response) == "false"
    main = _main(response)
    assert f'href="{CARD}"' in main
    for checkup in safety.CHECKPOINTS[1:]:  # the schedule kept once, after the treatment
        assert checkup.when in main and checkup.text in main
    assert "Before treatment" not in main
    assert "If your clinic has not planned these check-ups" in main
    assert "notificaRAM" in main and "MedWatch" in main
    assert "national medicines agency" in main


@pytest.mark.parametrize("url", [URGENT, TODAY, NO_SIGNS])
def test_the_pages_say_where_to_report_a_side_effect_with_sources_by_name(client, url):
    main = _main(client.get(url))
    assert "Report a side effect" in main
    for source in ("aemps-rd477", "fda-consumer-2021", "ema-cat-2020"):
        name, address = SOURCES[source].publisher, SOURCES[source].url
        assert f'<a href="{address}" data-source="{source}">{name}</a>' in main


@pytest.mark.parametrize(("data", "message"), [
    ({}, "Select the signs you have now"),
    ({"signs": ["not-a-sign"]}, "Select only signs from the list"),
    ({"signs": ["none", "bogus"]}, "Select only signs from the list"),
    ({"signs": [""]}, "Select the signs you have now"),
])
def test_nothing_or_only_unknown_values_get_the_form_back_with_an_error_summary(
        client, data, message):
    response = client.post(START, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert f'href="#sign-{aftercare.SIGNS[0].id}"' in html
    assert message in html
    assert "<title>Error:" in html


def test_the_form_sent_back_keeps_the_valid_ticks(client):
    response = client.post(START, {"signs": ["none", "bogus"]})
    html = response.content.decode()
    assert re.search(r'value="none" checked', html)
    assert not re.search(r'value="fever" checked', html)


def test_the_checklist_works_without_a_csrf_cookie():
    # Someone with cookies blocked must still reach the urgent advice.
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(START, {"signs": ["chest_pain"]})
    assert response.status_code == 302 and response["Location"] == URGENT
    # and the country for the emergency number too
    response = strict.post(URGENT, {"where": "GB"})
    assert response.status_code == 200 and 'href="tel:999"' in response.content.decode()


@pytest.mark.parametrize("method", ["put", "delete"])
def test_other_methods_are_refused(client, method):
    assert getattr(client, method)(START).status_code == 405


# --- The card ---------------------------------------------------------------------------------

CARD_DATA = {
    "product": "CellRegen MSC 50M",
    "clinic": "Clinica Ejemplo, Cancun, +52 998 000 0000",
    "country": "Mexico",
    "date": "3 November 2026",
    "route": "Intrathecal (into the spine)",
    "cell_type": "Donor umbilical cord cells",
    "notes": "Told it held 50 million cells",
}


def test_the_card_is_a_one_page_a4_pdf_with_what_was_typed_and_the_signs(client):
    response = client.post(CARD_PDF, CARD_DATA)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Disposition"].startswith("attachment;")
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = _squash(_pdf_text(response.content))
    assert _squash("What I was given") in text
    for value in CARD_DATA.values():
        assert _squash(value) in text
    assert _squash("Printed on") in text
    assert _squash("Signs to watch") in text
    for sign in aftercare.SIGNS:
        assert _squash(sign.label) in text


def test_an_empty_card_is_fine_every_field_is_optional(client):
    response = client.post(CARD_PDF, {})
    assert response.status_code == 200
    assert len(PdfReader(io.BytesIO(response.content)).pages) == 1


def test_the_longest_card_still_fits_on_one_page(client):
    data = {name: ("W" * 40 + " ") * 4 + "W" * 36 for name in CARD_DATA}
    assert all(len(v) == 200 for v in data.values())
    response = client.post(CARD_PDF, data)
    assert response.status_code == 200
    assert len(PdfReader(io.BytesIO(response.content)).pages) == 1


@pytest.mark.parametrize("field", list(CARD_DATA))
def test_a_field_over_200_characters_gets_the_form_back_with_a_400(client, field):
    response = client.post(CARD_PDF, {**CARD_DATA, field: "x" * 201})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert 'class="error-summary"' in html and f'href="#id_{field}"' in html
    assert "Enter 200 characters or fewer" in html


def test_a_body_that_is_not_utf8_gets_a_400_with_an_error_summary(client):
    body = b"product=Cell%FF%FEregen&clinic=" + "Clínica".encode("latin-1")
    response = client.post(CARD_PDF, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'href="#id_product"' in html
    assert "We could not read this text" in html


def test_a_checklist_body_that_is_not_utf8_is_not_a_500(client):
    response = client.post(START, b"signs=%FF%FE", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


def test_control_characters_are_dropped_and_line_breaks_become_spaces(client):
    response = client.post(CARD_PDF, {"product": "Cell\x07Regen\r\nbatch 7\tA"})
    assert response.status_code == 200
    assert "CellRegen batch 7 A" in _pdf_text(response.content)


def test_a_nul_character_is_refused(client):
    response = client.post(CARD_PDF, {"product": "Cell\x00Regen"})
    assert response.status_code == 400
    assert 'class="error-summary"' in response.content.decode()


@pytest.mark.parametrize("method", ["get", "head"])
def test_getting_the_card_pdf_is_a_405_with_the_form_and_an_error_summary(client, method):
    response = getattr(client, method)(CARD_PDF)
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    if method == "get":
        html = response.content.decode()
        assert 'class="error-summary"' in html and 'href="#id_product"' in html
        assert f'action="{CARD_PDF}"' in html


def test_the_card_form_page_has_every_field_limited_to_200_characters(client):
    html = client.get(CARD).content.decode()
    for name in CARD_DATA:
        assert re.search(rf'<input[^>]*name="{name}"[^>]*maxlength="200"', html), name


HOSTILE = {
    "product": '<img src="file:///etc/passwd"><b>bold</b>',
    "clinic": '<link rel="attachment" href="file:///etc/hostname">',
    "country": "<style>body{display:none}</style>",
    "date": '<div style="background:url(http://example.com/x.png)">d</div>',
    "route": '<a rel="attachment" href="/static/css/pdf.css">pdf.css</a>',
    "cell_type": "url(file:///etc/passwd) @import 'http://example.com/a.css';",
    "notes": '<svg><image href="http://example.com/i.png"/></svg></dd></dl><h1>Fake</h1>',
}


def test_hostile_card_text_is_printed_as_text_and_fetches_or_embeds_nothing(
        client, monkeypatch):
    asked = []

    class Recording(type(make_url_fetcher())):
        def fetch(self, url, headers=None):
            asked.append(url)
            return super().fetch(url, headers)

    real = views.html_to_pdf
    monkeypatch.setattr(views, "html_to_pdf",
                        lambda html, **kw: real(html, url_fetcher=Recording(), **kw))
    assert all(len(v) <= 200 for v in HOSTILE.values())
    response = client.post(CARD_PDF, HOSTILE)
    assert response.status_code == 200
    pdf = response.content
    # The document asked for nothing at all: no file, no address, not even a static file.
    assert asked == []
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.attachments == {}
    assert b"/EmbeddedFile" not in pdf and b"/URI" not in pdf and b"/Image" not in pdf
    assert len(reader.pages) == 1
    text = _squash(_pdf_text(pdf))
    for value in HOSTILE.values():
        assert _squash(value) in text  # shown as the characters typed
    assert _squash("Signs to watch") in text  # <style> hid nothing


# --- Nothing stored, nothing logged -----------------------------------------------------------

def _row_counts():
    # The card PDF's rate limit counts in its own table, under a keyed hash of the address.
    return {m._meta.label: m.objects.count() for m in apps.get_models()
            if m._meta.label != "checker.RateLimitWindow"}


def test_the_whole_path_writes_nothing_and_sets_no_session(client):
    before = _row_counts()
    responses = []
    with CaptureQueriesContext(connection) as queries:
        responses.append(client.get("/"))
        responses.append(client.get(START))
        responses.append(client.post(START, {"signs": ["unsure", "fever"]}))
        responses.append(client.get(URGENT))
        responses.append(client.post(START, {"signs": ["none"]}))
        responses.append(client.get(NO_SIGNS))
        responses.append(client.get(CARD))
        responses.append(client.post(CARD_PDF, CARD_DATA))
        responses.append(client.post(CARD_PDF, {**CARD_DATA, "notes": "x" * 300}))
        responses.append(client.post(START, {"signs": ["bogus"]}))
    assert _row_counts() == before
    # Only the card PDF's rate-limit counter is read or written, and none of it is typed.
    assert queries.captured_queries
    for query in queries.captured_queries:
        sql = query["sql"]
        assert "checker_ratelimitwindow" in sql or "SAVEPOINT" in sql or sql == "BEGIN", sql
        assert not any(value in sql for value in CARD_DATA.values())
    for response in responses:
        assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert settings.SESSION_COOKIE_NAME not in client.cookies


def test_nothing_typed_reaches_a_log_line(client, caplog):
    secret = "Zyxwvut-Secret-Product-7391"
    records = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(self.format(record))

    handler = Keep(level=logging.DEBUG)
    loggers = [logging.getLogger(n) for n in ("", "django", "django.request", "weasyprint")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        with caplog.at_level(logging.DEBUG):
            client.post(CARD_PDF, {**CARD_DATA, "product": secret})
            client.post(CARD_PDF, {**CARD_DATA, "product": secret, "notes": "x" * 300})
            client.post(START, {"signs": [secret]})
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
    assert records or caplog.records  # the 400s were logged: the check looked at something
    assert not any(secret in line for line in records)
    assert not any(secret in r.getMessage() for r in caplog.records)


# --- Links into the path ----------------------------------------------------------------------

def test_the_start_page_links_to_the_after_treatment_path(client):
    html = client.get("/").content.decode()
    assert f'href="{START}"' in html
    assert "I have already had a stem cell treatment" in html


def test_the_pages_are_in_spanish_too(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    urgent = client.get(URGENT).content.decode()
    assert "Llame a una ambulancia ahora" in urgent
    start = client.get(START).content.decode()
    assert "Ninguna de estas" in start
    response = client.post(CARD_PDF, CARD_DATA)
    assert _squash("Lo que me administraron") in _squash(_pdf_text(response.content))


# --- The box in every report ------------------------------------------------------------------

def _result_page(context):
    from django.template.loader import render_to_string
    from django.test import RequestFactory

    from checker.report.patient import add_patient_page

    return render_to_string("report/result.html", {
        **add_patient_page(context).as_context(), "pdf_url": "/r.pdf",
        "pdf_letter_url": "/r-letter.pdf",
    }, request=RequestFactory().get("/report/x/"))


@pytest.mark.parametrize("verdict", ["red", "amber", "green"])
def test_every_result_page_has_the_after_treatment_box_once_after_the_verdict(verdict):
    from .report_cases import CASES, make_context

    html = _result_page(make_context(CASES[verdict]))
    # On the patient's page, a section of its own among the folded ones (<details>).
    assert html.count('id="more-after-treatment"') == 1
    box = re.search(r'<details class="more" id="more-after-treatment">.*?</details>', html,
                    re.S).group(0)
    assert "If you have already had the treatment" in box
    assert f'href="{START}"' in box
    # The signs of this case's route and illness (all of them when the route is not known).
    answers = CASES[verdict]
    shown = aftercare.signs_for(answers.get("route"), answers.get("condition_group"))
    assert {s.group for s in shown} >= {aftercare.GENERAL, aftercare.ALLERGY}
    for sign in aftercare.SIGNS:
        assert (sign.label in box) == (sign in shown), sign.id
    assert html.index("data-verdict=") < html.index('id="more-after-treatment"')


def test_the_report_pdf_lists_the_after_treatment_red_flags_for_the_doctor():
    # The doctor's PDF (issue 13) gives them on its second page, with the check-ups.
    from checker.report.pdf import render_pdf

    from .report_cases import CASES, make_context

    answers = {**CASES["amber"], "route": "intravenous"}
    pdf = render_pdf(make_context(answers))
    text = _squash(pdfread.text(pdf))
    assert _squash("After treatment, get medical help at once for") in text
    for sign in aftercare.signs_for("intravenous", answers.get("condition_group")):
        assert _squash(sign.label) in text
    # Cells into a vein: no signs of a spinal or eye injection.
    for sign in (*aftercare.signs_in(aftercare.SPINE), *aftercare.signs_in(aftercare.EYE)):
        assert _squash(sign.label) not in text


def test_the_card_fields_are_the_contract_and_each_has_a_card_label():
    fields = ["product", "clinic", "country", "date", "route", "cell_type", "notes"]
    assert list(views.CardForm.base_fields) == [*fields, "signs"]
    assert list(views.CARD_LABELS) == fields
    assert all(views.CardForm.base_fields[f].max_length == 200
               and not views.CardForm.base_fields[f].required for f in fields)
    signs = views.CardForm.base_fields["signs"]
    assert not signs.required
    assert [v for v, _ in signs.choices] == [s.id for s in aftercare.SIGNS]
