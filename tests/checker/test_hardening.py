"""Regression tests for the findings of the outside probe (issue 11), one or more each.

Tests that need gunicorn or a fresh Python process are in test_hardening_production.py.
"""

import io
import logging
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.core.management import call_command
from django.db import OperationalError
from django.test import Client
from django.utils import timezone

from checker import ratelimit
from checker.headers import STATIC_HEADERS
from checker.models import Questionnaire, RateLimitWindow, ReportPDF
from checker.redact import RedactFilter, neutralise, redact
from checker.report import context as report_context_module
from checker.staff.models import AuditEntry

from ..conftest import Journey


def _resume(client, code):
    return client.post("/resume/", {"code": code})


# --- 1: a success never resets the count ------------------------------------------------------

def test_1_the_patients_own_code_does_not_reset_the_wrong_code_count(db, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "resume": (5, 900)}
    own = Journey(Client()).record.resume_code
    attacker = Client()
    statuses = []
    for _round in range(3):
        statuses += [_resume(attacker, "0000-0000").status_code for _ in range(4)]
        statuses.append(_resume(attacker, own).status_code)
    assert statuses[:5] == [400, 400, 400, 400, 302]
    assert set(statuses[5:]) == {429}  # every try after the fifth, right or wrong


def test_1_the_limit_counts_per_session_too(db, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "resume": (3, 900)}
    client = Client()
    client.get("/check/")  # a session
    for _n in range(3):
        assert _resume(client, "0000-0000").status_code == 400
        RateLimitWindow.objects.filter(key__contains=":a:").delete()  # a new address each time
    assert _resume(client, "0000-0000").status_code == 429


# --- 2: windows keep their start -------------------------------------------------------------

@pytest.fixture
def clock(monkeypatch):
    class Clock:
        now = timezone.now()

        def advance(self, seconds):
            self.now += timedelta(seconds=seconds)

    fake = Clock()
    monkeypatch.setattr(ratelimit.timezone, "now", lambda: fake.now)
    return fake


def test_2_a_window_lasts_as_long_as_configured_and_retry_after_is_what_is_left(db, settings,
                                                                              clock):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "resume": (2, 900)}
    client = Client()
    for _ in range(2):
        assert _resume(client, "0000-0000").status_code == 400
    clock.advance(600)  # past the cache's default 300 s, within the 900 s window
    response = _resume(client, "0000-0000")
    assert response.status_code == 429
    assert int(response["Retry-After"]) == 300
    clock.advance(299)
    assert _resume(client, "0000-0000").status_code == 429  # refusals do not extend it
    clock.advance(2)
    assert _resume(client, "0000-0000").status_code == 400  # a new window


# --- 3: the cache table comes with migrate (see also test_hardening_production.py) -----------

def test_3_the_deploy_check_fails_when_a_table_is_missing(db, monkeypatch):
    from django.db import connection

    from checker.checks import database_tables_present

    assert database_tables_present(None) == []
    tables = connection.introspection.table_names()
    monkeypatch.setattr(connection.introspection, "table_names",
                        lambda *a, **k: [t for t in tables if t != "checker_cache"])
    (error,) = database_tables_present(None)
    assert error.id == "checker.E003" and "checker_cache" in error.msg


# --- 5: references in PDF file names ---------------------------------------------------------

def test_5_a_reference_after_a_hyphen_is_redacted():
    line = ("GET /staff/reports/[id]/a4/view/stem-cell-offer-report-SC-69A2-ZV5C.pdf "
            "HTTP/1.1")
    assert redact(line) == ("GET /staff/reports/[id]/a4/view/stem-cell-offer-report-"
                            "[reference].pdf HTTP/1.1")


# --- 8, 9: sessions --------------------------------------------------------------------------

def test_8_starting_a_questionnaire_gives_a_fresh_session_key(db):
    planted = SessionStore()
    planted.create()
    client = Client()
    client.cookies["sessionid"] = planted.session_key
    assert client.get("/check/").status_code == 302
    assert client.cookies["sessionid"].value != planted.session_key
    assert not SessionStore().exists(planted.session_key)


def test_9_resuming_starts_a_session_that_holds_only_the_resumed_questionnaire(db):
    shared = Client()
    earlier = Journey(shared)  # someone else's, on the same browser
    mine = Journey(Client())
    assert _resume(shared, mine.record.resume_code).status_code == 302
    assert shared.get(earlier.url("atmp")).status_code == 404
    assert shared.get(mine.url("atmp")).status_code == 200


# --- 10, 11: over-long numbers and non-UTF-8 bodies ------------------------------------------

@pytest.mark.parametrize("days", ["9" * 5000, "1" + "0" * 4400, "0" * 4400 + "1000"])
@pytest.mark.parametrize("field", ["extraction_days", "extraction_days_number"])
def test_10_a_number_with_thousands_of_digits_is_a_400(journey, days, field):
    body = {"cell_source": "autologous", "extraction_days": "days", field: days}
    response = journey.post("extraction_days", body)
    assert response.status_code == 400
    assert "Enter" in response.content.decode()  # a message, not a crash


def test_10_leading_zeros_are_still_read_as_the_number(journey):
    body = {"extraction_days": "days", "extraction_days_number": "00021",
            "pain_followup": "yes", "imaging_followup": "yes"}
    assert journey.post("extraction_days", body).status_code == 302
    assert journey.record.answers["extraction_days"] == 21


@pytest.mark.parametrize("charset", ["latin-1", "utf-16", "iso-8859-1", "nonsense"])
@pytest.mark.parametrize("url", ["/resume/", "/admin/login/", "/i18n/setlang/", "/nowhere/"])
def test_11_a_form_body_that_is_not_utf8_is_a_400_with_the_usual_headers(db, charset, url):
    response = Client().generic(
        "POST", url, "code=%E9t%E9".encode("latin-1"),
        content_type=f"application/x-www-form-urlencoded; charset={charset}")
    assert response.status_code == 400
    assert b"We could not read what was sent" in response.content
    for header in ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
                   "Permissions-Policy"):
        assert header in response, header


def test_11_utf8_bodies_still_reach_the_form(db):
    response = Client().generic("POST", "/resume/", b"code=0000-0000",
                                content_type="application/x-www-form-urlencoded; charset=UTF-8")
    assert response.status_code == 400
    assert b"We could not find that code" in response.content


# --- 12, 13: PDF renders ---------------------------------------------------------------------

def _finished(client):
    journey = Journey(client).answer_all()
    journey.finish()
    return journey


def test_12_fresh_pdf_renders_are_limited_per_session(db, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "pdf_render": (2, 3600)}
    client = Client()
    journey = _finished(client)
    for paper in ("a4", "letter"):
        assert client.get(f"/report/{journey.qid}/{paper}.pdf").status_code == 200
    assert client.get(f"/report/{journey.qid}/a4.pdf").status_code == 200  # stored: free
    Questionnaire.objects.filter(pk=journey.qid).update(version=99)  # answers changed
    response = client.get(f"/report/{journey.qid}/a4.pdf")
    assert response.status_code == 429
    assert 3500 < int(response["Retry-After"]) <= 3600


def test_13_the_pdf_is_served_even_when_storing_it_fails(db, monkeypatch):
    client = Client()
    journey = _finished(client)

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(ReportPDF.objects, "create", locked)
    response = client.get(f"/report/{journey.qid}/a4.pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert ReportPDF.objects.count() == 0


def test_13_the_limiters_fail_closed_when_they_cannot_count(db, monkeypatch):
    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    code = Journey(Client()).record.resume_code
    monkeypatch.setattr(ratelimit, "_hit", locked)
    assert _resume(Client(), code).status_code == 429
    response = Client().get("/check/")
    assert response.status_code == 429 and int(response["Retry-After"]) > 0


# --- 14: control characters in logs ----------------------------------------------------------

def test_14_control_characters_cannot_forge_a_log_line():
    record = logging.LogRecord("gunicorn.access", logging.INFO, __file__, 1,
                               '"GET %s HTTP/1.1" 404', ("/x\n127.0.0.1 - admin \x00\u202e",),
                               None)
    RedactFilter().filter(record)
    text = record.getMessage()
    assert "\n" not in text and "\x00" not in text and "\u202e" not in text
    assert "/x\\n127.0.0.1 - admin \\x00\\u202e" in text


# --- 15: admin sessions ----------------------------------------------------------------------

def test_15_an_admin_sign_in_session_lasts_as_long_as_a_staff_one(db, settings):
    get_user_model().objects.create_superuser("root", "", "a-long-admin-password-1")
    client = Client()
    response = client.post("/admin/login/?next=/admin/",
                           {"username": "root", "password": "a-long-admin-password-1"})
    assert response.status_code == 302
    session = SessionStore(client.cookies["sessionid"].value)
    assert session.get_expiry_age() <= settings.STAFF_SESSION_SECONDS


# --- 17: the rest ----------------------------------------------------------------------------

def test_17_static_files_get_csp_and_frame_headers(client):
    response = client.get("/static/css/print.css")
    assert response.status_code == 200
    for name, value in STATIC_HEADERS.items():
        assert response[name] == value


@pytest.mark.parametrize("url", ["/", "/privacy/", "/resume/", "/staff/sign-in/"])
def test_17_head_is_answered_where_get_is(client, db, url):
    got = client.get(url)
    head = client.head(url)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head["Content-Type"] == got["Content-Type"]
    assert int(head["Content-Length"]) > 0


def test_17_head_is_answered_like_get_and_never_deletes(client, db):
    # Delete asks to confirm on GET (and so on HEAD); only a POST deletes.
    journey = Journey(client)
    assert client.head(f"/check/{journey.qid}/delete/").status_code == 200
    assert client.get(journey.url("atmp")).status_code == 200
    assert client.put(f"/check/{journey.qid}/delete/").status_code == 405


def test_17_every_429_has_retry_after(db, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "create": (1, 600), "resume": (1, 900)}
    client = Client()
    assert client.get("/check/").status_code == 302
    assert _resume(client, "0000-0000").status_code == 400
    for response in (client.get("/check/"), _resume(client, "0000-0000")):
        assert response.status_code == 429
        assert 1 <= int(response["Retry-After"]) <= 900


def test_17_bidi_overrides_in_typed_text_are_neutralised_in_the_report(client, db):
    journey = Journey(client).answer_all(
        {"offer": {"clinic_name": "Clinic \u202eevil\u202c Name\u2066x\u2069",
                   "product": "Spain"}})
    journey.finish()
    context = report_context_module.report_context(journey.record)
    shown = str(context)
    assert "\u202e" not in shown and "\u2066" not in shown
    assert "Clinic evil Namex" in shown
    assert neutralise("a\u200fb\x00c\nd") == "abc\nd"
    page = client.get(f"/report/{journey.qid}/").content.decode()
    assert "\u202e" not in page


def test_17_the_audit_trail_is_purged_after_its_own_retention(db, settings):
    settings.AUDIT_RETENTION_DAYS = 365
    old = AuditEntry.objects.create(username="ana", reference="SC-0000-0000",
                                    action=AuditEntry.PAGE,
                                    at=timezone.now() - timedelta(days=366))
    recent = AuditEntry.objects.create(username="ana", reference="SC-0000-0001",
                                       action=AuditEntry.PAGE,
                                       at=timezone.now() - timedelta(days=300))
    out = io.StringIO()
    call_command("purge_expired", stdout=out)
    assert list(AuditEntry.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not AuditEntry.objects.filter(pk=old.pk).exists()
    assert "1 audit entry older than 365 days" in out.getvalue()


def test_17_ended_rate_limit_windows_are_purged(db):
    RateLimitWindow.objects.create(key="old", expires_at=timezone.now() - timedelta(seconds=1))
    RateLimitWindow.objects.create(key="open", expires_at=timezone.now() + timedelta(hours=1))
    call_command("purge_expired", stdout=io.StringIO())
    assert list(RateLimitWindow.objects.values_list("key", flat=True)) == ["open"]
