"""Every page that renders a PDF or scans text is limited per address and per session, with
429 and Retry-After; renders at once are limited by render slots; resume tries are counted per
/64, /56 and /48 and site-wide, and a wrong code says how many tries are left (issue 22)."""

import logging
import os
import signal
import subprocess
import sys

import pytest
from django.test import Client
from django.utils import translation

from checker import aftercare, renderslots
from checker.models import Questionnaire
from checker.report import store as report_pdf

from ..conftest import Journey

CARD = "/after-treatment/card.pdf"


@pytest.fixture
def fake_renders(monkeypatch):
    """Renders that take no time: these tests are about who may render, not the PDF."""
    monkeypatch.setattr(aftercare, "html_to_pdf", lambda *a, **k: b"%PDF-card")
    monkeypatch.setattr(report_pdf, "render_pdf", lambda *a, **k: b"%PDF-report")


def _limit(settings, scope, hits, window=3600):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, scope: (hits, window)}


def _assert_429(response, window=3600):
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= window


# --- the after-treatment card PDF ----------------------------------------------------------------

def test_card_pdfs_are_limited_per_address(db, settings, fake_renders):
    _limit(settings, "card_pdf", 2)
    for _ in range(2):
        assert Client().post(CARD, {"product": "x"}).status_code == 200
    _assert_429(Client().post(CARD, {"product": "x"}))  # a new browser, the same address
    assert Client(REMOTE_ADDR="192.0.2.9").post(CARD, {"product": "x"}).status_code == 200


def test_card_pdfs_are_limited_per_session_whatever_the_address(db, settings, fake_renders):
    _limit(settings, "card_pdf", 1)
    journey = Journey(Client(REMOTE_ADDR="192.0.2.10"))
    assert journey.client.post(CARD, {"product": "x"}).status_code == 200
    journey.client.defaults["REMOTE_ADDR"] = "192.0.2.11"
    _assert_429(journey.client.post(CARD, {"product": "x"}))


def test_a_card_with_errors_is_not_counted(db, settings, fake_renders):
    _limit(settings, "card_pdf", 1)
    assert Client().post(CARD, {"product": "x" * 500}).status_code == 400
    assert Client().post(CARD, {"product": "x"}).status_code == 200


# --- the advert scan -----------------------------------------------------------------------------

def test_advert_scans_are_limited_per_session_and_per_address(db, settings):
    _limit(settings, "advert_scan", 1)
    journey = Journey(Client(REMOTE_ADDR="192.0.2.20"))
    url = journey.url("advert")
    assert journey.client.post(url, {"advert_text": "Stem cells"}).status_code == 200
    journey.client.defaults["REMOTE_ADDR"] = "192.0.2.21"
    _assert_429(journey.client.post(url, {"advert_text": "Stem cells"}))
    other = Journey(Client(REMOTE_ADDR="192.0.2.20"))  # another patient, the first address
    _assert_429(other.client.post(other.url("advert"), {"advert_text": "Stem cells"}))
    assert other.client.get(other.url("advert")).status_code == 200  # the page itself is free


# --- the report PDF ------------------------------------------------------------------------------

def _finished(client):
    journey = Journey(client).answer_all()
    journey.finish()
    return journey


def test_fresh_report_pdfs_are_limited_per_address_too(db, settings, fake_renders):
    _limit(settings, "pdf_render", 1)
    first, second = _finished(Client()), _finished(Client())
    assert first.client.get(f"/report/{first.qid}/a4.pdf").status_code == 200
    _assert_429(second.client.get(f"/report/{second.qid}/a4.pdf"))
    elsewhere = _finished(Client(REMOTE_ADDR="192.0.2.30"))
    assert elsewhere.client.get(f"/report/{elsewhere.qid}/a4.pdf").status_code == 200


# --- render slots --------------------------------------------------------------------------------

def test_when_every_render_slot_is_taken_a_render_is_refused_with_retry_after(
        db, settings, fake_renders, monkeypatch, tmp_path):
    settings.RENDER_SLOTS, settings.RENDER_SLOTS_DIR = 1, tmp_path
    monkeypatch.setattr(renderslots, "WAIT_SECONDS", 0)
    with renderslots.render_slot():
        response = Client().post(CARD, {"product": "x"})
        assert response.status_code == 429
        assert response["Retry-After"] == str(renderslots.BUSY_RETRY_SECONDS)
    assert Client(REMOTE_ADDR="192.0.2.40").post(CARD, {"product": "x"}).status_code == 200


def test_n_slots_let_n_renders_through_at_once(settings, monkeypatch, tmp_path):
    settings.RENDER_SLOTS, settings.RENDER_SLOTS_DIR = 2, tmp_path
    monkeypatch.setattr(renderslots, "WAIT_SECONDS", 0)
    with (renderslots.render_slot(), renderslots.render_slot(),
          pytest.raises(renderslots.RateLimited), renderslots.render_slot()):
        pass


HOLDER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(120)
"""


def test_a_slot_held_by_a_killed_worker_is_free_again(settings, monkeypatch, tmp_path):
    settings.RENDER_SLOTS, settings.RENDER_SLOTS_DIR = 1, tmp_path
    monkeypatch.setattr(renderslots, "WAIT_SECONDS", 0)
    worker = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path / "slot-0.lock")],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert worker.stdout.readline().strip() == "held"
        with pytest.raises(renderslots.RateLimited), renderslots.render_slot():
            pass
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
    with renderslots.render_slot():
        pass


# --- resume codes: tries left, wider networks, the site-wide budget ----------------------------

def _resume(client, code="0000-0000-0000"):
    return client.post("/resume/", {"code": code})


def test_a_wrong_code_says_how_many_tries_are_left_and_how_long_the_wait_is(db, settings):
    _limit(settings, "resume", 3, 900)
    client = Client()
    html = _resume(client).content.decode()
    assert "You have 2 more tries before a wait of up to 15 minutes." in html
    # Before the last try, a warning of its own.
    assert "Careful: you have 1 more try. After it, you will have to wait up to 15 minutes." \
        in _resume(client).content.decode()
    assert "That was the last try for now: you can try again in about 15 minutes." in (
        _resume(client).content.decode())
    _assert_429(_resume(client), 900)


def test_the_tries_left_are_in_spanish_too(db, settings):
    _limit(settings, "resume", 3, 900)
    html = Client().post("/resume/", {"code": "0000-0000-0000"},
                         HTTP_ACCEPT_LANGUAGE="es").content.decode()
    translation.activate("es")
    from django.utils.translation import ngettext

    expected = ngettext("You have %(left)d more try before a wait of up to %(minutes)d "
                        "minutes.", "You have %(left)d more tries before a wait of up to "
                        "%(minutes)d minutes.", 2) % {"left": 2, "minutes": 15}
    assert expected.startswith("Le quedan") and expected in html


def test_tries_from_one_ipv6_56_are_counted_together(db, settings):
    _limit(settings, "resume", 5, 900)
    _limit(settings, "resume_56", 3, 900)
    for line in range(3):  # three /64s of one /56
        assert _resume(Client(REMOTE_ADDR=f"2001:db8:0:{line}::1")).status_code == 400
    _assert_429(_resume(Client(REMOTE_ADDR="2001:db8:0:ff::1")), 900)
    # Another /56 of the same /48 is still free.
    assert _resume(Client(REMOTE_ADDR="2001:db8:0:100::1")).status_code == 400


def test_tries_from_one_ipv6_48_are_counted_together(db, settings):
    _limit(settings, "resume_56", 5, 900)
    _limit(settings, "resume_48", 3, 900)
    for net56 in range(3):  # three /56s of one /48
        assert _resume(Client(REMOTE_ADDR=f"2001:db8:1:{net56 * 256:x}::1")).status_code == 400
    _assert_429(_resume(Client(REMOTE_ADDR="2001:db8:1:ff00::1")), 900)
    assert _resume(Client(REMOTE_ADDR="2001:db8:2::1")).status_code == 400


def test_a_site_wide_budget_of_wrong_codes_slows_everyone_and_warns_once(db, settings,
                                                                         caplog):
    _limit(settings, "resume_site", 3, 3600)
    code = Journey(Client()).record.resume_code
    with caplog.at_level(logging.WARNING, "checker.ratelimit"):
        for n in range(3):
            assert _resume(Client(REMOTE_ADDR=f"192.0.2.{50 + n}")).status_code == 400
        # Past the budget, even a right code from a new address waits.
        _assert_429(_resume(Client(REMOTE_ADDR="198.51.100.1"), code))
        _assert_429(_resume(Client(REMOTE_ADDR="198.51.100.2")))
    warnings = [r for r in caplog.records if "Site-wide limit" in r.getMessage()]
    assert len(warnings) == 1 and "resume_site" in warnings[0].getMessage()
    assert Questionnaire.objects.count() == 1


def test_an_empty_code_does_not_use_the_site_wide_budget(db, settings):
    _limit(settings, "resume_site", 1, 3600)
    for n in range(3):
        assert _resume(Client(REMOTE_ADDR=f"192.0.2.{60 + n}"), "").status_code == 400
    assert _resume(Client(REMOTE_ADDR="192.0.2.70")).status_code == 400
