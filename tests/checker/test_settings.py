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


def _manage(args, env_overrides, tmp_path):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("DJANGO_", "CHECKER_", "DATABASE_URL"))}
    env |= {"CHECKER_DATA_DIR": str(tmp_path / "data")} | env_overrides
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_without_debug_and_secret_key_a_command_that_hashes_with_it_is_refused(tmp_path):
    # unlockstaff looks the lock up by a hash keyed with SECRET_KEY: a made-up key would
    # find nothing and say it was done.
    migrated = _manage(["migrate", "--noinput"], {}, tmp_path)
    assert migrated.returncode == 0, migrated.stderr
    out = _manage(["unlockstaff", "ana"], {}, tmp_path)
    assert out.returncode != 0
    assert "ImproperlyConfigured" in out.stderr and "SECRET_KEY" in out.stderr
    keyed = _manage(["unlockstaff", "ana"], {"DJANGO_SECRET_KEY": "k" * 60}, tmp_path)
    assert keyed.returncode == 0, keyed.stderr


def test_settings_create_no_folder_and_migrate_creates_the_data_dir(tmp_path):
    data = tmp_path / "data"
    code = "import django; django.setup()"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60,
                   env=env | {"DJANGO_SETTINGS_MODULE": "checker.settings",
                              "CHECKER_DATA_DIR": str(data)})
    assert not data.exists()
    out = _manage(["migrate", "--noinput"], {}, tmp_path)
    assert out.returncode == 0, out.stderr
    assert (data / "db.sqlite3").is_file()
