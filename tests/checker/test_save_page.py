"""The save page: the address and the code, a print style sheet, the date the answers go;
and the wrong-code message on /resume/ (tries left, said before the last one, and the wait)."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils import formats, timezone, translation

from checker.codes import ALPHABET

from ..conftest import resume_code_of

pytestmark = pytest.mark.django_db

PRINT_CSS = Path(settings.BASE_DIR) / "static" / "css" / "print.css"


def _main(html: str) -> str:
    return re.search(r"<main\b[^>]*>(.*)</main>", html, re.S).group(1)


def test_the_save_page_shows_the_sites_own_address_with_the_code(journey):
    response = journey.client.get(journey.url("save"))
    assert response.status_code == 200
    main = _main(response.content.decode())
    # Django's test client speaks to "testserver" over http: the address is built from it.
    assert 'data-resume-address="http://testserver/resume/"' in main
    assert '<a href="http://testserver/resume/">http://testserver/resume/</a>' in main
    code = resume_code_of(response.content)
    assert code == journey.record.resume_code
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", code)
    assert set(code.replace("-", "")) <= set(ALPHABET)
    assert not set(code) & set("OILU")  # nothing to misread
    assert f'<p class="code code--large" data-resume-code="{code}"' in main
    assert main.index("The address to go to") < main.index(code)


def test_the_address_follows_the_host_the_patient_used(journey, settings):
    settings.ALLOWED_HOSTS = ["checker.example.org"]
    response = journey.client.get(journey.url("save"), HTTP_HOST="checker.example.org",
                                  secure=True)
    assert "https://checker.example.org/resume/" in response.content.decode()


def test_a_host_outside_allowed_hosts_is_a_400_not_a_500(journey, settings):
    settings.ALLOWED_HOSTS = ["checker.example.org"]
    response = journey.client.get(journey.url("save"), HTTP_HOST="evil.example.com")
    assert response.status_code == 400
    assert b"evil.example.com" not in response.content


def test_the_page_says_how_to_print_and_has_a_print_style_sheet(journey):
    html = journey.client.get(journey.url("save")).content.decode()
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in html
    assert 'class="save-sheet"' in html
    assert "Print this page" in html and "Ctrl and P" in html
    css = PRINT_CSS.read_text("utf-8")
    # On paper: no footer, no buttons or links to go on, and the code printed large.
    assert ".no-print" in css and "body:has(.save-sheet) .site-footer" in css
    assert re.search(r"\.save-sheet \.code--large \{[^}]*font-size: 30pt", css)
    main = _main(html)
    for hidden in ("Continue now", "Come back to your answers", "Print this page"):
        tag = re.search(rf'<(p|h2) class="[^"]*no-print[^"]*">(?:<a[^>]*>)?{hidden}', main)
        assert tag, hidden
    # The Print button is hidden in the HTML: only the script shows it, so without scripts
    # nobody sees a button that does nothing; the script is a file (the policy allows no inline).
    assert re.search(r'<button type="button"[^>]*data-print hidden>Print this page</button>', main)
    assert '<script src="/static/js/print.js" defer></script>' in main
    script = (Path(settings.BASE_DIR) / "static" / "js" / "print.js").read_text("utf-8")
    assert "button.hidden = false" in script and "window.print()" in script


def test_the_page_gives_the_date_the_answers_are_deleted(journey, settings):
    settings.RETENTION_DAYS = 30
    record = journey.record
    expected = timezone.localdate(record.updated_at + timedelta(days=30))
    html = journey.client.get(journey.url("save")).content.decode()
    assert f'data-deleted-after="{expected.isoformat()}"' in html
    with translation.override("en"):
        shown = formats.date_format(expected, "DATE_FORMAT")
    assert f"your answers are deleted after <strong>{shown}</strong>" in html
    assert "30 days after your last change" in html


def test_the_deletion_date_is_written_in_the_page_language(journey):
    journey.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    record = journey.record
    expected = timezone.localdate(record.updated_at + timedelta(days=settings.RETENTION_DAYS))
    html = journey.client.get(journey.url("save")).content.decode()
    with translation.override("es"):
        shown = formats.date_format(expected, "DATE_FORMAT")
    assert " de " in shown  # "6 de enero de 2027"
    assert f"<strong>{shown}</strong>" in html
    assert "La dirección a la que volver" in html


def test_the_purge_command_deletes_on_the_date_the_page_gives(journey, settings):
    from django.core.management import call_command

    from checker.models import Questionnaire

    settings.RETENTION_DAYS = 30
    record = journey.record
    shown = timezone.localdate(record.updated_at + timedelta(days=30))
    Questionnaire.objects.filter(pk=record.pk).update(
        updated_at=record.updated_at - timedelta(days=29))
    call_command("purge_expired", verbosity=0)
    assert Questionnaire.objects.filter(pk=record.pk).exists(), "deleted before the date"
    Questionnaire.objects.filter(pk=record.pk).update(
        updated_at=record.updated_at - timedelta(days=31))
    call_command("purge_expired", verbosity=0)
    assert not Questionnaire.objects.filter(pk=record.pk).exists()
    assert shown > timezone.localdate(record.updated_at)


# --- The wrong-code message -------------------------------------------------------------------

def _error(response) -> str:
    return re.search(r'<p class="error-message" id="id_code-error">.*?</span>\s*(.*?)</p>',
                     response.content.decode(), re.S).group(1)


def test_each_wrong_code_says_the_tries_left_and_warns_before_the_last(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "resume": (5, 900)}
    client = Client()
    messages = []
    for _ in range(5):
        response = client.post("/resume/", {"code": "0000-0000-0000"})
        assert response.status_code == 400
        messages.append(_error(response))
    assert "You have 4 more tries before a wait of up to 15 minutes." in messages[0]
    assert "You have 2 more tries before a wait of up to 15 minutes." in messages[2]
    # The fourth wrong code warns that the next try is the last before the wait.
    assert "Careful: you have 1 more try. After it, you will have to wait up to 15 minutes." \
        in messages[3]
    assert "That was the last try for now: you can try again in about 15 minutes." \
        in messages[4]
    assert all("We could not find that code" in m for m in messages)
    response = client.post("/resume/", {"code": "0000-0000-0000"})
    assert response.status_code == 429


def test_the_wrong_code_message_is_in_spanish_too(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "resume": (2, 600)}
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    first = _error(client.post("/resume/", {"code": "0000-0000-0000"}))
    assert "10 minutos" in first and "1 intento más" in first
