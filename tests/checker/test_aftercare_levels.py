"""/after-treatment/ in two levels: an ambulance now or a doctor today, the emergency number
of the chosen country as a tel: link (112 and a note otherwise), the card with the ticked
signs by name, and sources by their names, never their ids."""

import io
import re

import pytest
from django.conf import settings
from django.test import Client
from pypdf import PdfReader

from rules import aftercare, emergency
from rules.sources import SOURCES

from .. import pdfread
from .test_aftercare import CARD, CARD_PDF, NO_SIGNS, START, TODAY, URGENT

PAGES = (START, URGENT, TODAY, NO_SIGNS, CARD)
FALLBACK_NOTE = "If this number does not work, call your local emergency number."

pytestmark = pytest.mark.django_db


def _main(response) -> str:
    return re.search(r"<main\b[^>]*>(.*)</main>", response.content.decode(), re.S).group(1)


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def _pdf_text(pdf: bytes) -> str:
    return pdfread.text(pdf, " ")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- Two levels -------------------------------------------------------------------------------

def test_the_ambulance_page_and_the_doctor_today_page_are_two_pages():
    urgent, today = Client().get(URGENT), Client().get(TODAY)
    assert urgent.status_code == today.status_code == 200
    assert 'data-level="ambulance"' in urgent.content.decode()
    assert re.search(r"<h1[^>]*>Call an ambulance now</h1>", _main(urgent))
    assert 'data-level="today"' in today.content.decode()
    assert re.search(r"<h1[^>]*>See a doctor today</h1>", _main(today))


@pytest.mark.parametrize("url", [TODAY, NO_SIGNS])
def test_the_signs_are_shown_in_two_separate_groups(url):
    main = _main(Client().get(url))
    ambulance = re.search(r'<section class="level level--ambulance[^>]*>(.*?)</section>',
                          main, re.S).group(1)
    today = re.search(r'<section class="level level--today[^>]*>(.*?)</section>',
                      main, re.S).group(1)
    assert "Call an ambulance now for any of these" in ambulance
    assert "See a doctor today for any of these" in today
    for sign in aftercare.SIGNS:
        mine, other = (ambulance, today) if sign.level == aftercare.AMBULANCE else (today,
                                                                                   ambulance)
        assert f'data-sign="{sign.id}">{sign.label}</li>' in mine
        assert f'data-sign="{sign.id}"' not in other
    # the fever is a doctor today, chest pain an ambulance
    assert "38 °C" in today and "Pain in your chest" in ambulance
    assert 'href="tel:' in ambulance  # the number to call sits with the ambulance signs


# --- The emergency number -----------------------------------------------------------------------

@pytest.mark.parametrize("url", [URGENT, TODAY, NO_SIGNS])
def test_without_a_country_the_number_is_112_with_the_note(url):
    main = _main(Client().get(url))
    assert '<a class="button button--call" href="tel:112">Call 112</a>' in main
    assert FALLBACK_NOTE in main
    assert '<select class="select" name="where" id="id_where"' in main


@pytest.mark.parametrize(("country", "number", "name"), [
    ("ES", "112", "Spain"),
    ("DE", "112", "Germany"),
    ("GB", "999", "United Kingdom"),
    ("US", "911", "United States of America"),
    ("MX", "911", "Mexico"),
    ("CA", "911", "Canada"),
    ("AU", "000", "Australia"),
    ("JP", "119", "Japan"),
])
def test_the_chosen_countrys_number_is_a_tel_link(country, number, name):
    response = Client(enforce_csrf_checks=True).post(URGENT, {"where": country})
    assert response.status_code == 200
    main = _main(response)
    assert f'<a class="button button--call" href="tel:{number}">Call {number}</a>' in main
    assert f"{number} is the number for an ambulance in {name}." in main
    assert FALLBACK_NOTE not in main
    source = SOURCES[emergency.NUMBERS[country].source]
    assert f'<a href="{source.url}" data-source="{source.id}">{source.publisher}</a>' in main
    assert f'<option value="{country}" selected>' in main


@pytest.mark.parametrize("country", ["TH", "NZ", "CO", "UA"])
def test_a_country_not_checked_gets_112_and_the_note(country):
    main = _main(Client().post(TODAY, {"where": country}))
    assert 'href="tel:112"' in main and FALLBACK_NOTE in main
    assert "We have not checked the number for" in main


@pytest.mark.parametrize("data", [{}, {"where": ""}, {"where": "XX"}, {"where": "<b>"},
                                  {"where": "x" * 5000}])
def test_a_bad_country_is_a_400_with_an_error_summary_and_still_a_number(data):
    response = Client().post(URGENT, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'href="#id_where"' in html
    assert "Choose the country you are in now" in html
    assert 'href="tel:112"' in html  # never a page without a number to call


def test_every_listed_number_cites_an_independent_source():
    assert set(emergency.EU_MEMBERS) <= set(emergency.NUMBERS) and len(emergency.EU_MEMBERS) == 27
    for code, entry in emergency.NUMBERS.items():
        source = SOURCES[entry.source]
        assert not source.seller and source.url.startswith("https://"), code
    assert emergency.number_for("NZ") is None and emergency.FALLBACK == "112"


def test_nothing_about_the_country_is_kept():
    client = Client()
    client.post(URGENT, {"where": "JP"})
    after = client.get(URGENT).content.decode()
    assert 'href="tel:119"' not in after and 'href="tel:112"' in after
    assert settings.SESSION_COOKIE_NAME not in client.cookies


# --- The card ---------------------------------------------------------------------------------

def test_the_card_form_lists_the_signs_by_name_to_tick():
    html = _main(Client().get(CARD))
    values = re.findall(r'<input[^>]*type="checkbox" name="signs"[^>]*value="([^"]+)"', html)
    assert values == [s.id for s in aftercare.SIGNS]
    for sign in aftercare.SIGNS:
        assert sign.label in html


def test_the_card_prints_the_ticked_signs_by_name_under_signs_i_have_now():
    ticked = ["fever", "chest_pain", "leg"]
    response = Client().post(CARD_PDF, {"product": "CellRegen", "signs": ticked})
    assert response.status_code == 200
    text = _pdf_text(response.content)
    now = text.index("Signs I have now")
    other = text.index("Other signs to watch")
    for sign in ticked:
        label = _squash(aftercare.SIGNS_BY_ID[sign].label)
        assert label in _squash(text[now:other]), sign
    for sign in aftercare.SIGNS:
        if sign.id not in ticked:
            assert _squash(sign.label) in _squash(text[other:]), sign.id
    assert "chest_pain" not in text  # names, never ids


def test_a_long_entry_keeps_the_signs_i_have_now_lines_on_one_page():
    long = {name: ("W" * 40 + " ") * 4 + "W" * 36 for name in
            ("product", "clinic", "country", "date", "route", "cell_type", "notes")}
    for signs in ([], ["seizure", "fever"], [s.id for s in aftercare.SIGNS]):
        response = Client(REMOTE_ADDR=f"192.0.2.{len(signs) + 10}").post(
            CARD_PDF, {**long, "signs": signs})
        assert response.status_code == 200
        reader = PdfReader(io.BytesIO(response.content))
        assert len(reader.pages) == 1, signs
        text = _squash(_pdf_text(response.content))
        assert _squash("Signs I have now, and when they started") in text
        for sign in aftercare.SIGNS:
            assert _squash(sign.label) in text


def test_the_longest_card_in_spanish_still_fits_on_one_page():
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    long = {name: ("W" * 40 + " ") * 4 + "W" * 36 for name in
            ("product", "clinic", "country", "date", "route", "cell_type", "notes")}
    response = client.post(CARD_PDF, {**long, "signs": ["fever", "weakness"]})
    assert len(PdfReader(io.BytesIO(response.content)).pages) == 1
    assert _squash("Señales que tengo ahora") in _squash(_pdf_text(response.content))


def test_a_sign_not_on_the_list_gets_the_card_form_back_with_a_400():
    response = Client().post(CARD_PDF, {"signs": ["fever", "not-a-sign"]})
    assert response.status_code == 400
    assert 'class="error-summary"' in response.content.decode()


# --- No source ids on the pages ---------------------------------------------------------------

@pytest.mark.parametrize("url", PAGES)
def test_no_source_id_is_shown_on_the_pages(url):
    main = _text(_main(Client().get(url)))
    for source_id in SOURCES:
        assert not re.search(rf"(?<![\w/.-]){re.escape(source_id)}(?![\w-])", main), (
            url, source_id)


def test_no_source_id_is_printed_on_the_card():
    text = _pdf_text(Client().post(CARD_PDF, {"signs": ["fever"]}).content)
    for source_id in SOURCES:
        assert source_id not in text, source_id
    assert "NHS" in text  # the sources by name
