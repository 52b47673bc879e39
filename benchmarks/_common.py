"""Helpers shared by the benchmark scripts: a throw-away database and a table printer."""

import os
import statistics
import tempfile


def use_temporary_database() -> str:
    """Point Django at a fresh SQLite file in a temporary directory; returns the directory."""
    data_dir = tempfile.mkdtemp(prefix="checker-bench-")
    os.environ["CHECKER_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "checker.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-" + "x" * 40)
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    # Loopback without TLS: no redirect to https.
    os.environ.setdefault("DJANGO_HTTPS", "0")
    return data_dir


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def print_table(title: str, rows: list[tuple[str, list[float]]], unit: str = "ms") -> None:
    print(f"\n{title}")
    header = f"{'step':<40}{'n':>5}{'median':>10}{'p95':>10}{'max':>10}  ({unit})"
    print(header)
    print("-" * len(header))
    for name, values in rows:
        print(f"{name:<40}{len(values):>5}{statistics.median(values):>10.2f}"
              f"{percentile(values, 95):>10.2f}{max(values):>10.2f}")
