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


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_benchmark_runs_in_its_quick_mode(script, tmp_path, collected_static):
    # The static files collected once (tests/conftest.py), which each script copies
    # (BENCH_STATIC_FROM) instead of compressing the same files again.
    env = _clean_env() | {"BENCH_STATIC_FROM": str(collected_static)}
    done = subprocess.run([sys.executable, str(BENCHMARKS / script), "--quick"],
                          cwd=BENCHMARKS.parent, env=env | {"TMPDIR": str(tmp_path)},
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    # Every script prints a table: a header and a row per case at least.
    assert len(done.stdout.strip().splitlines()) >= 3, done.stdout[-3000:]
