"""Helpers shared by the benchmark scripts: a throw-away database and a table printer."""

import contextlib
import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def use_temporary_database() -> str:
    """Point Django at a fresh SQLite file in a temporary directory; returns the directory."""
    data_dir = tempfile.mkdtemp(prefix="checker-bench-")
    os.environ["CHECKER_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "checker.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-" + "x" * 40)
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    # Loopback without TLS: no redirect to https.
    os.environ.setdefault("DJANGO_HTTPS", "0")
    # Every benchmark journey comes from 127.0.0.1: lift the per-client creation limit.
    os.environ.setdefault("CHECKER_RATE_CREATE", "1000000,60")
    os.environ.setdefault("CHECKER_RATE_PDF_RENDER", "1000000,60")
    os.environ.setdefault("CHECKER_RENDER_SLOTS", "64")
    return data_dir


def reuse_collected_static(static_root: str | Path) -> bool:
    """Fill ``static_root`` from BENCH_STATIC_FROM, when set: a folder ``collectstatic`` filled
    earlier from this same checkout (the smoke tests collect once for all the scripts, since
    compressing every file costs seconds and gives the same files each time). False when
    it is not set: the caller runs collectstatic itself."""
    source = os.environ.get("BENCH_STATIC_FROM")
    if not source:
        return False

    def link_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, static_root, copy_function=link_or_copy, dirs_exist_ok=True)
    return True


def set_up_site() -> None:
    """The throw-away site's database (migrate: the cache table included) and its static
    files (reused when the suite collected them, else collected here)."""
    # Imported here: a script sets Django up (use_temporary_database, django.setup) after
    # importing this module.
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if not reuse_collected_static(settings.STATIC_ROOT):
        call_command("collectstatic", interactive=False, verbosity=0)


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


def free_port() -> int:
    """A free port on 127.0.0.1: from BENCH_PORTS ("8200-8299") when set, else any."""
    first, _, last = os.environ.get("BENCH_PORTS", "0-0").partition("-")
    for port in range(int(first), int(last or first) + 1):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise OSError(f"no free port in BENCH_PORTS={os.environ['BENCH_PORTS']}")


@contextlib.contextmanager
def server_on_loopback(command: list[str], env: dict[str, str]) -> Iterator[str]:
    """Start a server on a free 127.0.0.1 port ({port} in command), yield its base URL once
    it answers, and stop it on the way out, whatever happened."""
    port = free_port()
    server = subprocess.Popen([part.format(port=port) for part in command], cwd=ROOT,
                              env=env | {"GUNICORN_BIND": f"127.0.0.1:{port}"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)
