"""Regression tests for the probe's findings (issue 11) that need production as it runs:
gunicorn, a database set up by `migrate` alone, and settings read afresh from the
environment."""

import concurrent.futures
import http.client
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .test_production import ROOT, _free_port, _production_env, data_dir  # noqa: F401

WORKERS = "4"


def _request(port, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def server(data_dir, tmp_path_factory):  # noqa: F811
    """gunicorn on a database that only `migrate` set up (no createcachetable)."""
    port = _free_port()
    access_log = tmp_path_factory.mktemp("logs") / "access.log"
    env = _production_env(data_dir, DJANGO_HTTPS="0", GUNICORN_BIND=f"127.0.0.1:{port}",
                          WEB_CONCURRENCY=WORKERS, GUNICORN_ACCESS_LOG=str(access_log),
                          CHECKER_RATE_RESUME="5,900")
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen([str(gunicorn), "checker.wsgi"], cwd=ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        try:
            _request(port, "GET", "/")
            break
        except OSError:
            assert process.poll() is None, process.stdout.read()
            assert time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.2)
    yield port, access_log
    process.terminate()
    process.communicate(timeout=30)


def test_3_migrate_alone_is_the_whole_database_set_up(server):
    port, _log = server
    status, headers, _body = _request(port, "GET", "/check/")
    assert status == 302 and "/check/" in headers["Location"]


def test_17_the_server_header_does_not_name_gunicorn(server):
    port, _log = server
    _status, headers, _body = _request(port, "GET", "/")
    assert "gunicorn" not in headers.get("Server", "").lower()


def test_11_a_latin1_form_body_is_a_400_with_security_headers_under_gunicorn(server):
    port, _log = server
    status, headers, _body = _request(
        port, "POST", "/resume/", body="code=%E9".encode("latin-1"),
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=latin-1"})
    assert status == 400
    assert "Content-Security-Policy" in headers and headers["X-Frame-Options"] == "DENY"


def test_14_control_characters_in_a_path_are_escaped_in_the_access_log(server):
    port, access_log = server
    _request(port, "GET", "/forged%0A127.0.0.1%20-%20-%20%22GET%20/admin/%22%20200%00end")
    time.sleep(0.5)
    lines = access_log.read_text().splitlines()
    assert not any(line.startswith("127.0.0.1 - -") for line in lines)
    assert any("/forged\\n127.0.0.1" in line and "\\x00end" in line for line in lines)


def _csrf(port):
    _status, headers, body = _request(port, "GET", "/resume/")
    cookie = re.search(r"csrftoken=([^;]+)", headers["Set-Cookie"]).group(1)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    return cookie, token


def test_17_thirty_parallel_wrong_codes_let_at_most_five_through(server):
    port, _log = server
    cookie, token = _csrf(port)

    def wrong_code(n):
        status, _headers, _body = _request(
            port, "POST", "/resume/", body=f"csrfmiddlewaretoken={token}&code=0000-{n:04d}",
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     "Cookie": f"csrftoken={cookie}", "X-Forwarded-For": f"203.0.113.{n}"})
        return status

    with concurrent.futures.ThreadPoolExecutor(30) as pool:
        statuses = list(pool.map(wrong_code, range(30)))
    assert statuses.count(400) == 5, statuses  # checked, and found wrong
    assert statuses.count(429) == 25, statuses  # refused without looking
    # X-Forwarded-For from a client that is not a configured proxy changed nothing.


def _python(env, script):
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, text=True,
                          capture_output=True, timeout=180)


_JOURNEY = r"""
import django, logging, os
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
assert logging.getLogger("django").isEnabledFor(logging.DEBUG)
logging.getLogger("checker.probe").debug("debug-lines-are-written")
from django.test import Client
from tests.conftest import GREEN_POSTS, Journey
client = Client()
journey = Journey(client)
offer = {**GREEN_POSTS["offer"], "clinic_name": "Zyxwvut Clinic", "condition": "Qwertyuiop"}
journey.answer_all({"offer": offer, "extraction_days": {"extraction_days": "317"}})
assert journey.record.answers["extraction_days"] == 317
journey.finish()
record = journey.record
client.post("/resume/", {"code": record.resume_code})
print("SECRETS", record.reference, record.resume_code, record.pk)
"""


@pytest.mark.parametrize("debug", ["0", "1"])
def test_4_at_debug_level_nothing_the_patient_typed_reaches_the_logs(data_dir, tmp_path,  # noqa: F811
                                                                     debug):
    env = _production_env(data_dir, DJANGO_HTTPS="0", DJANGO_LOG_LEVEL="DEBUG", DJANGO_DEBUG=debug,
                          DJANGO_SETTINGS_MODULE="checker.settings",
                          CHECKER_SQLITE_PATH=str(tmp_path / "db.sqlite3"))
    out = _python(env, _JOURNEY)
    assert out.returncode == 0, out.stderr[-3000:]
    secrets = out.stdout.split("SECRETS", 1)[1].split()
    logs = out.stderr
    assert "debug-lines-are-written" in logs
    for secret in ("Zyxwvut", "Qwertyuiop", "317", *secrets, secrets[2].replace("-", "")):
        assert secret not in logs, secret


_LANGUAGE = r"""
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.test import Client
response = Client().post("/i18n/setlang/", {"language": "es", "next": "/"}, secure=True,
                         headers={"host": "checker.example.org"})
print(response.cookies["django_language"].output())
"""


def test_16_the_language_cookie_is_secure_http_only_and_same_site(data_dir, tmp_path):  # noqa: F811
    env = _production_env(data_dir, DJANGO_SETTINGS_MODULE="checker.settings",
                          CHECKER_SQLITE_PATH=str(tmp_path / "db.sqlite3"))
    out = _python(env, _LANGUAGE)
    assert out.returncode == 0, out.stderr[-3000:]
    cookie = out.stdout.lower()
    assert "django_language=es" in cookie
    assert "secure" in cookie and "httponly" in cookie and "samesite=lax" in cookie
