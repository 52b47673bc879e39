"""The suite runs on the database DATABASE_URL names (SQLite when it is unset).

.ci/run sets CHECKER_EXPECT_DATABASE=postgresql for its second run, so a DATABASE_URL that
was silently ignored fails here instead of passing on SQLite twice.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from checker.models import Questionnaire

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_the_suite_runs_on_the_expected_database():
    assert connection.vendor == os.environ.get("CHECKER_EXPECT_DATABASE", "sqlite")


@pytest.mark.django_db
def test_answers_survive_a_round_trip_through_the_database():
    answers = {"atmp": "no", "extraction_days": 0, "warning_signs": ["pay_to_join", "ñ"]}
    saved = Questionnaire.objects.create(answers=answers)
    assert Questionnaire.objects.get(pk=saved.pk).answers == answers
    assert Questionnaire.objects.filter(answers__atmp="no").count() == 1


def _database_settings(env_overrides):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    code = ("import json; from django.conf import settings; "
            "print(json.dumps(settings.DATABASES['default'], default=str))")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, text=True,
                          capture_output=True, timeout=60,
                          env=env | {"DJANGO_SETTINGS_MODULE": "checker.settings"}
                          | env_overrides)


def test_a_postgresql_url_gives_persistent_checked_connections():
    out = _database_settings({"DATABASE_URL": "postgres://app:s3cret@db.internal:5433/checker"})
    database = json.loads(out.stdout)
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["PORT"], database["NAME"]) == ("db.internal", 5433,
                                                                      "checker")
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True


def test_without_a_url_sqlite_keeps_its_concurrency_options():
    database = json.loads(_database_settings({}).stdout)
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in database["OPTIONS"]["init_command"]
    assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_a_sqlite_url_keeps_the_concurrency_options_too():
    database = json.loads(_database_settings({"DATABASE_URL": "sqlite:////tmp/x.db"}).stdout)
    assert database["NAME"] == "/tmp/x.db"
    assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_an_unusable_url_is_refused_without_echoing_its_password():
    out = _database_settings({"DATABASE_URL": "mysqlx://app:s3cret@db/checker"})
    assert out.returncode != 0
    assert "DATABASE_URL cannot be used" in out.stderr
    assert "s3cret" not in out.stderr
