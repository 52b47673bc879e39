"""The probe's low findings of issue 22 that are fixed in code (the others are argued in the
README's Production section)."""

import os
import stat
import subprocess
import sys

from django.test import Client

from checker import aftercare, tmpfolders
from checker.management.commands.migrate import keep_private

from .test_production import ROOT, _production_env


def test_the_patient_session_lasts_two_days_not_the_whole_retention(db, settings):
    assert settings.SESSION_COOKIE_AGE == 48 * 3600 < settings.RETENTION_DAYS * 24 * 3600
    client = Client()
    client.get("/check/")
    assert client.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 48 * 3600


def test_the_card_drops_bidi_controls_like_the_report(db, monkeypatch):
    seen = {}

    def render(html, **kwargs):
        seen["html"] = html
        return b"%PDF-card"

    monkeypatch.setattr(aftercare, "html_to_pdf", render)
    typed = "Cell\u202eneGeR\u2066x\u2069 \u200fbatch\u061c 7"
    assert Client().post("/after-treatment/card.pdf", {"product": typed}).status_code == 200
    for control in "\u202e\u2066\u2069\u200f\u061c":
        assert control not in seen["html"]
    assert "CellneGeRx batch 7" in seen["html"]


def test_migrate_makes_the_sqlite_file_and_its_folder_private(tmp_path):
    old = os.umask(0o022)
    try:
        name = tmp_path / "data" / "db.sqlite3"
        keep_private(str(name))
        assert stat.S_IMODE(name.stat().st_mode) == 0o600
        assert stat.S_IMODE(name.parent.stat().st_mode) & 0o066 == 0
        name.chmod(0o644)
        (tmp_path / "data" / "db.sqlite3-wal").write_bytes(b"")
        keep_private(str(name))
        assert stat.S_IMODE(name.stat().st_mode) == 0o600
        assert stat.S_IMODE((tmp_path / "data" / "db.sqlite3-wal").stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_the_deploy_check_warns_about_a_database_others_can_read(tmp_path):
    env = _production_env(tmp_path)
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput"], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    (tmp_path / "db.sqlite3").chmod(0o644)
    out = subprocess.run([*manage, "check", "--deploy", "--fail-level", "WARNING"], cwd=ROOT,
                         env=env, capture_output=True, text=True)
    assert "checker.W003" in out.stderr


def test_a_dead_workers_temporary_folder_is_removed_by_the_next_one(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (tmp_path / dead / "weasyprint-abc").mkdir(parents=True)
    (tmp_path / dead / "weasyprint-abc" / "font.otf").write_bytes(b"font")
    alive = tmp_path / str(os.getpid())
    alive.mkdir()
    assert tmpfolders.sweep(tmp_path) == [dead]
    assert not (tmp_path / dead).exists() and alive.exists()


def test_a_twelve_character_resume_code_is_redacted_from_log_lines():
    from checker.redact import redact

    assert redact("GET /resume/7KQ4-M2XD-9F3A/ x") == "GET /resume/[code]/ x"
    assert redact("code 7kq4-m2xd-9f3a typed") == "code [code] typed"
    assert redact("SC-7KQ4-M2XD") == "[reference]"
