import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _serve(env_overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env |= env_overrides
    return subprocess.run([sys.executable, "-c", "import checker.wsgi"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_it_refuses_to_serve_in_production_without_secret_key_and_hosts():
    out = _serve({})
    assert out.returncode != 0
    assert "DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS" in out.stderr


def test_it_serves_in_production_with_both_set():
    out = _serve({"DJANGO_SECRET_KEY": "x" * 60, "DJANGO_ALLOWED_HOSTS": "example.org"})
    assert out.returncode == 0, out.stderr


def test_it_rejects_a_malformed_boolean():
    out = _serve({"DJANGO_DEBUG": "maybe"})
    assert out.returncode != 0
    assert "DJANGO_DEBUG must be one of" in out.stderr


def _debug_with(env_overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    code = "from django.conf import settings; print(settings.DEBUG)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, text=True, check=True,
                         env=env | {"DJANGO_SETTINGS_MODULE": "checker.settings"} | env_overrides,
                         capture_output=True, timeout=60)
    return out.stdout.strip()


def test_debug_is_off_unless_asked_for():
    assert _debug_with({}) == "False"
    assert _debug_with({"DJANGO_DEBUG": "1"}) == "True"
