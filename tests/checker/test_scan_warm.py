"""The advert scanner's table is checked and compiled once per process: at a server's start
(gunicorn.conf.py, in the master before the fork) or before the first scan, never at import,
which every management command would pay."""

import logging
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from rules import phrases
from rules.advert import scanner

ROOT = Path(__file__).resolve().parents[2]


def test_loading_the_site_compiles_no_scanner_table():
    probe = ("import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'checker.settings'; "
             "django.setup(); import checker.urls, checker.advert; "
             "from rules.advert import scanner; print(scanner.tables.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "0"


def test_the_server_warm_up_compiles_the_table_before_any_fork(db):
    scanner.tables.cache_clear()
    warm_up = runpy.run_path(str(ROOT / "gunicorn.conf.py"))["_warm_up"]
    warm_up(logging.getLogger("test"))
    assert scanner.tables.cache_info().currsize == 1


def test_a_table_that_fails_its_check_stops_the_warm_up(monkeypatch, db):
    scanner.tables.cache_clear()
    monkeypatch.setattr(phrases, "PHRASES", (*phrases.PHRASES, phrases.PHRASES[0]))
    warm_up = runpy.run_path(str(ROOT / "gunicorn.conf.py"))["_warm_up"]
    with pytest.raises(ValueError, match="duplicate rule id"):
        warm_up(logging.getLogger("test"))
    monkeypatch.undo()
    scanner.tables.cache_clear()


def test_the_first_scan_compiles_the_table_before_its_time_budget_starts():
    scanner.tables.cache_clear()
    started = []

    def clock():
        started.append(scanner.tables.cache_info().currsize)
        return 0.0

    scanner.scan("We guarantee results.", "en", clock=clock)
    assert started and started[0] == 1  # compiled before the budget's clock was first read
