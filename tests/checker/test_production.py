"""The site as production runs it: settings from the documented variables, collected static
files, and gunicorn. Each test starts Python afresh, since settings are read at start-up."""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from ..conftest import copy_static

ROOT = Path(__file__).resolve().parents[2]
HOST = "checker.example.org"


def _clean_env(data_dir, **overrides):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("DJANGO_", "GUNICORN_")) and k not in {
               "DATABASE_URL", "WEB_CONCURRENCY", "CHECKER_OPERATOR", "CHECKER_CONTACT",
               "CHECKER_FUNDING"}}
    return env | {"CHECKER_DATA_DIR": str(data_dir)} | overrides


def _production_env(data_dir, **overrides):
    """The variables README.md documents for production behind a TLS-terminating proxy."""
    documented = {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": f"{HOST},testserver,127.0.0.1",
        "DJANGO_CSRF_TRUSTED_ORIGINS": f"https://{HOST}",
        "DJANGO_TRUST_X_FORWARDED_PROTO": "1",
        "CHECKER_OPERATOR": "Asociación Ejemplo de Pacientes",
        "CHECKER_CONTACT": "contacto@example.org",
    }
    return _clean_env(data_dir, **(documented | overrides))


def _manage(env, *args):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, text=True,
                          capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory, collected_static):
    """A production data directory whose static files have been collected (by
    `manage.py collectstatic`, once per run: tests/conftest.py), and migrated."""
    data_dir = tmp_path_factory.mktemp("production")
    copy_static(collected_static, data_dir)
    out = _manage(_production_env(data_dir), "migrate", "--noinput")
    assert out.returncode == 0, out.stderr
    return data_dir


def test_the_deploy_check_is_clean_with_the_production_variables(data_dir):
    out = _manage(_production_env(data_dir), "check", "--deploy", "--fail-level", "WARNING")
    assert out.returncode == 0, out.stderr
    assert "System check identified no issues" in out.stdout


def test_the_deploy_check_warns_until_the_operator_and_contact_are_set(data_dir):
    out = _manage(_production_env(data_dir, CHECKER_OPERATOR="", CHECKER_CONTACT=""),
                  "check", "--deploy", "--fail-level", "WARNING")
    assert out.returncode != 0
    assert "checker.W001" in out.stderr and "CHECKER_OPERATOR is not set" in out.stderr
    assert "checker.W002" in out.stderr and "CHECKER_CONTACT is not set" in out.stderr


def test_the_deploy_check_fails_without_secret_key_and_hosts(tmp_path):
    out = _manage(_clean_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert out.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in out.stderr
    assert "DJANGO_ALLOWED_HOSTS is not set" in out.stderr


def test_the_deploy_check_fails_until_static_files_are_collected(tmp_path):
    out = _manage(_production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert out.returncode != 0
    assert "checker.E002" in out.stderr
    assert "collectstatic --noinput" in out.stderr


def test_the_deploy_check_warns_when_https_is_switched_off(tmp_path):
    out = _manage(_production_env(tmp_path, DJANGO_HTTPS="0"),
                  "check", "--deploy", "--fail-level", "WARNING")
    assert out.returncode != 0
    for check in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert check in out.stderr


def test_collectstatic_writes_hashed_compressed_files_and_a_manifest(data_dir):
    static = data_dir / "staticfiles"
    manifest = json.loads((static / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/site.css"]
    assert hashed != "css/site.css"
    assert (static / hashed).exists()
    # WhiteNoise skips files that compression does not shrink; the admin's CSS always does.
    assert any(static.rglob("*.css.gz"))


_SMOKE = """
import json, django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="checker.example.org")
page = client.get("/", secure=True)
css = next(line.split('href="')[1].split('"')[0] for line in page.content.decode().splitlines()
           if "stylesheet" in line and "site" in line)
static = client.get(css, secure=True)
login = client.get("/admin/login/", secure=True)
from django.contrib.auth.models import User
User.objects.filter(username="staff").delete()
User.objects.create_superuser("staff", password="a long test password")
signed_in = client.post("/admin/login/", {"username": "staff", "password": "a long test password"},
                        secure=True)
def flags(cookie):
    return {"name": cookie.key, "secure": bool(cookie["secure"]),
            "httponly": bool(cookie["httponly"]), "samesite": cookie["samesite"]}
plain = client.get("/")
print(json.dumps({
    "status": page.status_code, "headers": dict(page.headers), "css": css,
    "static_status": static.status_code, "static_cache": static.headers.get("Cache-Control"),
    "cookies": sorted((flags(c) for c in [*login.cookies.values(), *signed_in.cookies.values()]),
                      key=lambda c: c["name"]),
    "plain_status": plain.status_code, "plain_location": plain.headers.get("Location"),
}))
"""


@pytest.fixture(scope="module")
def production_responses(data_dir):
    env = _production_env(data_dir, DJANGO_SETTINGS_MODULE="checker.settings")
    out = subprocess.run([sys.executable, "-c", _SMOKE], cwd=ROOT, env=env, text=True,
                         capture_output=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_production_sends_hsts_for_a_year_with_subdomains(production_responses):
    assert production_responses["status"] == 200
    hsts = production_responses["headers"]["Strict-Transport-Security"]
    assert hsts == "max-age=31536000; includeSubDomains"


def test_production_redirects_plain_http_to_https(production_responses):
    assert production_responses["plain_status"] == 301
    assert production_responses["plain_location"] == f"https://{HOST}/"


def test_production_cookies_are_secure_http_only_same_site_and_host_bound(production_responses):
    flags = {"secure": True, "httponly": True, "samesite": "Lax"}
    assert production_responses["cookies"] == [
        {"name": "__Host-csrftoken"} | flags,  # from the sign-in form
        {"name": "__Host-csrftoken"} | flags,  # rotated on signing in
        {"name": "__Host-sessionid"} | flags,
    ]


def test_production_serves_hashed_static_files_with_long_caching(production_responses):
    assert production_responses["css"].startswith("/static/css/site.")
    assert production_responses["css"] != "/static/css/site.css"
    assert production_responses["static_status"] == 200
    assert "max-age=315360000" in production_responses["static_cache"]
    assert "immutable" in production_responses["static_cache"]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310  (loopback)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_gunicorn_serves_the_site_and_its_logs_hold_no_ids_codes_or_queries(data_dir, tmp_path):
    port = _free_port()
    access_log = tmp_path / "access.log"
    env = _production_env(data_dir, DJANGO_HTTPS="0", GUNICORN_BIND=f"127.0.0.1:{port}",
                          WEB_CONCURRENCY="1", GUNICORN_ACCESS_LOG=str(access_log),
                          DJANGO_LOG_LEVEL="INFO")
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen([str(gunicorn), "checker.wsgi"], cwd=ROOT, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status = _get(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                assert server.poll() is None, server.stdout.read()
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
        assert status == 200
        secret_path = "/q/6f1c2a3b-1234-4abc-9def-0123456789ab/SC-7KQ4-M2XD/7KQ4-M2XD/"
        assert _get(f"http://127.0.0.1:{port}{secret_path}?atmp=yes") == 404
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    logs = access_log.read_text() + output
    assert '"GET /q/[id]/[reference]/[code]/ HTTP/1.1" 404' in logs
    assert "Not Found: /q/[id]/[reference]/[code]/" in logs
    for secret in ("6f1c2a3b", "7KQ4", "atmp"):
        assert secret not in logs
