"""Every script in benchmarks/ runs, in its quick mode, so none breaks unnoticed.

A smoke test, not a timing: each script is run once with ``--quick`` (a round or a journey,
a few requests) and must exit 0 and print its table. Each uses its own throw-away SQLite
database (DATABASE_URL is not passed on, so the PostgreSQL run of the suite stays apart).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = sorted(p.name for p in BENCHMARKS.glob("*.py")
                 if 'if __name__ == "__main__":' in p.read_text())


def test_every_benchmark_is_a_script_with_a_quick_mode():
    assert {"assess.py", "load.py", "pages.py", "pdf_render.py", "questionnaire.py",
            "scan.py"} <= set(SCRIPTS)
    for name in SCRIPTS:
        assert "--quick" in (BENCHMARKS / name).read_text(), name


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "CHECKER_DATA_DIR")}


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory) -> dict[str, str]:
    """The static files collected once, as production collects them, for every script to
    copy (BENCH_STATIC_FROM) instead of compressing the same files again (seconds each)."""
    data_dir = tmp_path_factory.mktemp("bench-static")
    env = _clean_env() | {"CHECKER_DATA_DIR": str(data_dir),
                          "DJANGO_SECRET_KEY": "benchmark-only-" + "x" * 40,
                          "DJANGO_ALLOWED_HOSTS": "127.0.0.1"}
    done = subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput"],
                          cwd=BENCHMARKS.parent, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (data_dir / "staticfiles" / "staticfiles.json").exists()
    return {"BENCH_STATIC_FROM": str(data_dir / "staticfiles")}


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_benchmark_runs_in_its_quick_mode(script, tmp_path, collected_static):
    env = _clean_env() | collected_static
    done = subprocess.run([sys.executable, str(BENCHMARKS / script), "--quick"],
                          cwd=BENCHMARKS.parent, env=env | {"TMPDIR": str(tmp_path)},
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    # Every script prints a table: a header and a row per case at least.
    assert len(done.stdout.strip().splitlines()) >= 3, done.stdout[-3000:]
