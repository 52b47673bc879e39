"""Throughput of each page as a ratio to a bare Django view, same gunicorn, same run.

The project's own gunicorn.conf.py serves the site plus one bare Django view (no
middleware, benchmarks/bare_wsgi.py) on loopback, with production settings on a throw-away
SQLite database. Each round loads every page in turn with ``ab -c 8`` (apache2-utils; a
small Python client when ``ab`` is missing), each page right after the bare view, and
prints requests per second and their ratio, so a machine shared with other work still
compares like with like. A question page is asked with the session cookie of the patient
who owns it.

    .venv/bin/python benchmarks/pages.py [--rounds 3] [--requests 2000] [--workers 4]
    .venv/bin/python benchmarks/pages.py --quick      # smoke test: every page once, few requests
"""

import argparse
import http.client
import http.cookiejar
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    server_on_loopback,
    set_up_site,
    use_temporary_database,
)

use_temporary_database()

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

BARE = "/__bare__/"
STATIC = "/static/css/site.css"


def pages(base: str) -> tuple[dict[str, str], str]:
    """The pages to load (name: path) and the session cookie that opens the question pages."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(base + "/check/") as response:
        first = response.geturl()[len(base):]
        html = response.read().decode()
    # The country is asked on the provider page (pages group questions: issue 24).
    country = first.replace("/offer_kind/", "/provider/")
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    # The stylesheet the pages link, by its hashed name from collectstatic.
    static = re.search(r'href="(/static/css/site[^"]*\.css)"', html)
    return {
        "bare Django view": BARE,
        "the same, site's middleware": "/__bare_mw__/",
        "start page /": "/",
        "privacy page": "/privacy/",
        "question page (offer_kind)": first,
        "question page (provider, country)": country,
        "static file (CSS)": static.group(1) if static else STATIC,
    }, cookie


def with_ab(url: str, requests: int, concurrency: int, cookie: str) -> float:
    command = ["ab", "-q", "-n", str(requests), "-c", str(concurrency), "-C", cookie, url]
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600)
    failed = int(re.search(r"Failed requests:\s+(\d+)", out.stdout).group(1))
    non_2xx = re.search(r"Non-2xx responses:\s+(\d+)", out.stdout)
    if failed or non_2xx:
        raise AssertionError(f"{url}: failed or non-2xx responses\n{out.stdout}")
    return float(re.search(r"Requests per second:\s+([\d.]+)", out.stdout).group(1))


def with_python(url: str, requests: int, concurrency: int, cookie: str) -> float:
    """A small stand-in for ab: ``concurrency`` threads, one connection per request."""
    host, port = url.split("/")[2].split(":")
    path = "/" + url.split("/", 3)[3]
    left = [requests]
    lock = threading.Lock()
    errors: list[str] = []

    def client():
        while True:
            with lock:
                if left[0] == 0:
                    return
                left[0] -= 1
            connection = http.client.HTTPConnection(host, int(port), timeout=60)
            connection.request("GET", path, headers={"Cookie": cookie})
            response = connection.getresponse()
            response.read()
            connection.close()
            if response.status != 200:
                errors.append(f"{url}: {response.status}")

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise AssertionError(errors[0])
    return requests / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--requests", type=int, default=2000, help="per page and round")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--only", default="",
                        help="only the pages whose name contains this (e.g. static, question)")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke test: one round of 20 requests per page")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.requests = 1, 20
    load = with_ab if shutil.which("ab") else with_python

    set_up_site()
    env = os.environ | {"DJANGO_DEBUG": "0", "WEB_CONCURRENCY": str(args.workers),
                        "DJANGO_SETTINGS_MODULE": settings.SETTINGS_MODULE,
                        "GUNICORN_ERROR_LOG": os.devnull}
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py",
               "--pythonpath", str(Path(__file__).resolve().parent), "bare_wsgi:application"]
    results: dict[str, list[float]] = {}
    ratios: dict[str, list[float]] = {}
    with server_on_loopback(command, env) as base:
        targets, cookie = pages(base)
        targets = {name: path for name, path in targets.items()
                   if path == BARE or args.only in name}
        for path in targets.values():  # each worker's first requests load templates
            load(base + path, min(args.requests, 100), args.concurrency, cookie)
        for _ in range(args.rounds):
            for name, path in targets.items():
                # The bare view just before each page: load from other work on the machine
                # changes over seconds, so each ratio compares neighbouring measurements.
                bare = load(base + BARE, args.requests, args.concurrency, cookie)
                rate = bare if path == BARE else load(base + path, args.requests,
                                                      args.concurrency, cookie)
                results.setdefault(name, []).append(rate)
                ratios.setdefault(name, []).append(rate / bare)

    client = "ab" if load is with_ab else "a Python client (ab is not installed)"
    print(f"\n{args.rounds} round(s) of {args.requests} requests per page, {client}, "
          f"-c {args.concurrency}, gunicorn.conf.py with {args.workers} workers, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; ratio = the page's "
          "req/s / the bare view's, measured just before it")
    header = f"{'page':<30}{'req/s per round':>34}{'ratio per round':>28}{'median':>8}"
    print(header + f"{'worst':>7}")
    print("-" * (len(header) + 7))
    for name, rates in results.items():
        per_round = " ".join(f"{r:7.0f}" for r in rates)
        per_ratio = " ".join(f"{r:5.2f}" for r in ratios[name])
        print(f"{name:<30}{per_round:>34}{per_ratio:>28}{statistics.median(ratios[name]):>8.2f}"
              f"{min(ratios[name]):>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
