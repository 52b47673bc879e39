"""Time each questionnaire page (GET and POST), in-process and over HTTP, and whole journeys.

Usage: .venv/bin/python benchmarks/questionnaire.py [--journeys N] [--quick]
Prints a table of median / p95 / max milliseconds per step. Runs on a throw-away SQLite
database; the HTTP part starts `manage.py runserver` on a free loopback port.
"""

import argparse
import http.cookiejar
import os
import re
import sys
import time
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    print_table,
    server_on_loopback,
    set_up_site,
    use_temporary_database,
)

use_temporary_database()

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402

from checker.steps import STEPS  # noqa: E402
from tests.answers import page_posts  # noqa: E402

#: What each page posts for a legitimate offer (every question that applies answered). The
#: pages a journey is asked follow from its answers, so a journey follows the redirects and
#: posts only those (the shared answer set of the tests: it never goes stale).
GREEN_POSTS = page_posts()


def _slug(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[1]


def in_process(journeys: int) -> list[tuple[str, list[float]]]:
    timings: dict[str, list[float]] = defaultdict(list)
    # One client for all journeys, as one server process serves many patients: a new
    # Client would load the middleware again (whitenoise scans every static file then).
    client = Client()
    for _ in range(journeys):
        client.cookies.clear()  # a new patient: no session
        t0 = time.perf_counter()
        url = client.get("/check/")["Location"]
        timings["GET /check/ (create)"].append((time.perf_counter() - t0) * 1000)
        start = time.perf_counter()
        while _slug(url) != "answers":
            slug = _slug(url)
            t0 = time.perf_counter()
            assert client.get(url).status_code == 200
            timings[f"GET  {slug}"].append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            response = client.post(url, GREEN_POSTS[slug])
            timings[f"POST {slug}"].append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 302, (slug, response.content[:500])
            url = response["Location"]
        t0 = time.perf_counter()
        assert client.get(url).status_code == 200
        timings["GET  answers"].append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        report = client.post(url)["Location"]
        timings["POST answers (finish)"].append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        page = client.get(report)
        timings["GET  report page"].append((time.perf_counter() - t0) * 1000)
        timings["whole journey"].append((time.perf_counter() - start) * 1000)
        pdf = re.search(r'href="([^"]+\.pdf)"', page.content.decode()).group(1)
        for label in ("GET  PDF (first: rendered)", "GET  PDF (again: stored bytes)"):
            t0 = time.perf_counter()
            response = client.get(pdf)
            timings[label].append((time.perf_counter() - t0) * 1000)
            assert response["Content-Type"] == "application/pdf"
    return list(timings.items())


def over_http(journeys: int) -> list[tuple[str, list[float]]]:
    command = [sys.executable, "manage.py", "runserver", "--noreload", "--nothreading",
               "127.0.0.1:{port}"]
    with server_on_loopback(command, os.environ | {"DJANGO_DEBUG": "0"}) as base:
        timings: dict[str, list[float]] = defaultdict(list)
        for _ in range(journeys):
            opener = urllib.request.build_opener(
                urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
            start = time.perf_counter()
            with opener.open(base + "/check/") as r:
                url, html = r.geturl(), r.read().decode()
            for _ in STEPS:  # at most every page once
                slug = _slug(url)
                if slug == "answers":
                    break
                t0 = time.perf_counter()
                with opener.open(url) as r:
                    html = r.read().decode()
                timings[f"GET  {slug}"].append((time.perf_counter() - t0) * 1000)
                token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
                body = urllib.parse.urlencode(
                    {"csrfmiddlewaretoken": token, **GREEN_POSTS[slug]}, doseq=True)
                t0 = time.perf_counter()
                # POST and the redirected GET of the next page, as a browser does.
                with opener.open(urllib.request.Request(url, data=body.encode())) as r:
                    url, html = r.geturl(), r.read().decode()
                timings[f"POST {slug} + next GET"].append((time.perf_counter() - t0) * 1000)
            if _slug(url) != "answers":
                raise AssertionError("the pages never reached check your answers")
            timings["whole journey"].append((time.perf_counter() - start) * 1000)
        return list(timings.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--journeys", type=int, default=30)
    parser.add_argument("--quick", action="store_true", help="a smoke test: one journey")
    args = parser.parse_args()
    if args.quick:
        args.journeys = 1
    set_up_site()
    in_process(1 if args.quick else 3)  # warm up templates and imports
    print_table(f"In-process (Django test client), {args.journeys} journeys",
                in_process(args.journeys))
    print_table(f"Over HTTP (runserver, one thread), {args.journeys} journeys",
                over_http(args.journeys))


if __name__ == "__main__":
    main()
