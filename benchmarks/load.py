"""A bounded load test: many concurrent patient journeys against gunicorn on loopback.

Each journey: start, every question page (GET then POST), check answers, finish, report
page, PDF (when the report links one). Answers are random per journey; afterwards every
stored questionnaire must hold exactly the answers its journey sent.

    .venv/bin/python benchmarks/load.py --journeys 200 --concurrency 50        # SQLite
    ./scripts/with-postgres .venv/bin/python benchmarks/load.py --concurrency 50  # PostgreSQL
    .venv/bin/python benchmarks/load.py --journeys 100 --concurrency 20 --kill-workers 4
    .venv/bin/python benchmarks/load.py --quick        # smoke test: 4 journeys, one kill

With ``--kill-workers N``, N gunicorn workers are killed with SIGKILL while journeys run
(spread evenly over the run; gunicorn starts replacements). A request cut off by a kill is
sent again, as a patient would press reload, and counted as "retried". No answer a journey
saw accepted may be lost or mixed with another journey's.

Traffic goes only to 127.0.0.1, the run is bounded by --journeys and --timeout, and the
server is stopped at the end.
"""

import argparse
import http.client
import http.cookiejar
import os
import random
import re
import signal
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    percentile,
    server_on_loopback,
    set_up_site,
    use_temporary_database,
)

if not os.environ.get("DATABASE_URL"):
    use_temporary_database()
else:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "checker.settings")
    os.environ.setdefault("CHECKER_DATA_DIR", tempfile.mkdtemp(prefix="checker-load-"))
os.environ.setdefault("DJANGO_SECRET_KEY", "load-test-only-" + "y" * 40)
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1")
os.environ.setdefault("DJANGO_HTTPS", "0")  # loopback without TLS: no redirect to https
# Every journey comes from 127.0.0.1: lift the per-client limits (creation and PDF renders),
# and let every worker render at once: this measures the journeys, not the limiters.
os.environ.setdefault("CHECKER_RATE_CREATE", "1000000,60")
os.environ.setdefault("CHECKER_RATE_PDF_RENDER", "1000000,60")
os.environ.setdefault("CHECKER_RENDER_SLOTS", "64")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

import rules  # noqa: E402
from checker.models import Questionnaire  # noqa: E402
from checker.steps import ANSWERS, STEPS, STEPS_BY_SLUG, shown_fields  # noqa: E402

#: Countries a journey picks from: Spain, elsewhere in the EU, outside it, and not sure.
COUNTRIES = ["ES", "DE", "MX", "TH", "US", "unsure"]


def random_answers(rng: random.Random) -> tuple[dict, dict]:
    """One journey's answers to every question, chosen at random, and its offer details.
    Which pages are asked follows from the answers (a trial skips the price, a transplant
    everything): the journey posts only the pages the server leads it to."""
    answers: dict = {}
    for q in rules.QUESTIONS:
        if q.kind == "country":
            answers[q.id] = rng.choice(COUNTRIES)
        elif q.kind == "days":
            answers[q.id] = rng.choice(["unsure", 0, rng.randint(1, 365)])
        elif q.kind == "text":
            answers[q.id] = rng.choice([f"NCT{rng.randint(10**7, 10**8 - 1)}", "EU/1/17/1181",
                                        f"REF-{rng.randint(1, 10**6)}"])
        else:
            answers[q.id] = rng.choice(q.choices)
    answers[rules.WARNING_SIGNS_ID] = rng.sample([w.id for w in rules.WARNING_SIGNS],
                                                 rng.randint(0, 3))
    offer = {"clinic_name": f"Clinic {rng.randint(1, 10**9)}",
             "price": f"{rng.randint(1000, 20000)} EUR"}
    return answers, offer


def page_body(slug: str, answers: dict, offer: dict) -> dict:
    """What the page ``slug`` posts for these answers."""
    step = STEPS_BY_SLUG[slug]
    if step.store != ANSWERS:
        return dict(offer)
    body = {}
    for field in step.fields:
        value = answers[field]
        if field == rules.WARNING_SIGNS_ID:
            body[field] = list(value) or ["none"]
        else:
            body[field] = str(value)
    return body


def expected_store(answers: dict, offer: dict, asked: list[str]) -> tuple[dict, dict]:
    """The answers and offer the server should hold after the pages ``asked`` were posted."""
    # A page holds several questions and saves those it shows (checker/steps.py).
    fields = [f for slug in asked if STEPS_BY_SLUG[slug].store == ANSWERS
              for f in shown_fields(STEPS_BY_SLUG[slug], answers)]
    return {f: answers[f] for f in fields}, dict(offer)


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []
        self.retried = 0

    def timed(self, step, fn):
        t0 = time.perf_counter()
        try:
            return fn()
        finally:
            with self.lock:
                self.latency[step].append((time.perf_counter() - t0) * 1000)


def journey(base: str, seed: int, rec: Recorder) -> tuple[str, tuple[dict, dict]]:
    rng = random.Random(seed)
    answers, offer = random_answers(rng)
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def fetch(url, data=None):
        for attempt in range(6):
            request = urllib.request.Request(url, data=data)
            try:
                with opener.open(request, timeout=60) as response:
                    return (response.geturl(), response.read(),
                            response.headers.get("Content-Type", ""))
            except (http.client.RemoteDisconnected, http.client.IncompleteRead, ConnectionError,
                    urllib.error.URLError) as exc:
                # A worker killed mid-request or mid-response: send it again, as a patient
                # would reload (the answers are the same, so saving them twice is harmless).
                if isinstance(exc, urllib.error.HTTPError) or attempt == 5:
                    raise
                with rec.lock:
                    rec.retried += 1
                time.sleep(0.3)
        raise AssertionError("unreachable")

    def form_post(url, html, body):
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        data = urllib.parse.urlencode({"csrfmiddlewaretoken": token.decode(), **body},
                                      doseq=True).encode()
        return fetch(url, data)

    url, html, _ = rec.timed("start (GET /check/)", lambda: fetch(base + "/check/"))
    qid = url.split("/")[4]
    asked: list[str] = []
    for _ in STEPS:  # the server leads from page to page; at most every page once
        slug = url.rstrip("/").rsplit("/", 1)[1]
        if slug == "answers" or "/report/" in url:
            break  # a hospital's transplant for a blood disease: its result straight away
        url, html, _ = rec.timed(f"GET  {slug}", lambda u=url: fetch(u))
        body = page_body(slug, answers, offer)
        new_url, html, _ = rec.timed(f"POST {slug}",
                                     lambda u=url, h=html, b=body: form_post(u, h, b))
        if new_url == url:
            raise AssertionError(f"{slug}: the answer was refused")
        asked.append(slug)
        url = new_url
    if "/report/" not in url:
        if not url.rstrip("/").endswith("/answers"):
            raise AssertionError("the pages never reached check your answers")
        url, html, _ = rec.timed("POST answers (finish)", lambda: form_post(url, html, {}))
    if "/report/" not in url:
        raise AssertionError("finishing did not reach the report")
    rec.timed("GET  report page", lambda: fetch(url))
    pdf = re.search(rb'href="([^"]+\.pdf)"', html)
    if pdf:
        _, body, ctype = rec.timed("GET  PDF", lambda: fetch(base + pdf.group(1).decode()))
        if not body.startswith(b"%PDF") or "application/pdf" not in ctype:
            raise AssertionError("the PDF link did not return a PDF")
    return qid, expected_store(answers, offer, asked)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The parent's pid is the 2nd field after the command name in parentheses.
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def kill_a_worker(rng: random.Random) -> int | None:
    """SIGKILL one gunicorn worker (a grandchild of this process); its pid, if any."""
    workers = [w for master in _children(os.getpid()) for w in _children(master)]
    if not workers:
        return None
    victim = rng.choice(workers)
    os.kill(victim, signal.SIGKILL)
    return victim


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--journeys", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--timeout", type=float, default=600, help="seconds, for the whole run")
    parser.add_argument("--kill-workers", type=int, default=0, metavar="N",
                        help="kill -9 N gunicorn workers during the run")
    parser.add_argument("--quick", action="store_true", help="a smoke test: 4 journeys, 2 "
                        "concurrent, 2 workers, one of them killed")
    args = parser.parse_args()
    if args.quick:
        args.journeys, args.concurrency, args.workers, args.kill_workers = 4, 2, 2, 1

    set_up_site()
    Questionnaire.objects.all().delete()
    vendor = connection.vendor
    connection.close()

    env = os.environ | {"DJANGO_DEBUG": "0", "WEB_CONCURRENCY": str(args.workers)}
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"]
    with server_on_loopback(command, env) as base:
        rec = Recorder()
        done: list[tuple[str, tuple[dict, dict]]] = []
        started = time.perf_counter()
        deadline = started + args.timeout
        killer = random.Random(1)
        kills: list[int] = []
        # Kill i happens once (i + 1) / (N + 1) of the journeys have finished.
        kill_at = [(i + 1) * args.journeys // (args.kill_workers + 1)
                   for i in range(args.kill_workers)]
        finished = 0
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            futures = [pool.submit(journey, base, seed, rec) for seed in range(args.journeys)]
            for future in as_completed(futures, timeout=max(1, deadline - time.perf_counter())):
                finished += 1
                try:
                    done.append(future.result())
                except (OSError, AssertionError, urllib.error.HTTPError) as exc:
                    rec.errors.append(f"{type(exc).__name__}: {exc}")
                while kill_at and finished >= kill_at[0]:
                    kill_at.pop(0)
                    victim = kill_a_worker(killer)
                    if victim:
                        kills.append(victim)
        wall = time.perf_counter() - started

    lost = mixed = 0
    stored = {str(q.pk): q for q in Questionnaire.objects.all()}
    for qid, (answers, offer) in done:
        record = stored.get(qid)
        if record is None:
            lost += 1
            continue
        if record.answers != answers or record.offer != offer or record.finished_at is None:
            mixed += 1

    print(f"\nLoad test on {vendor}: {args.journeys} journeys, {args.concurrency} concurrent, "
          f"gunicorn with {args.workers} workers, {os.cpu_count()} cores")
    print(f"wall time {wall:.1f} s, {len(done) / wall:.2f} journeys/s, "
          f"{sum(len(v) for v in rec.latency.values()) / wall:.1f} requests/s")
    print(f"completed {len(done)}, errors {len(rec.errors)}, lost answers {lost}, "
          f"mixed-up answers {mixed}, stored questionnaires {len(stored)}")
    if args.kill_workers:
        print(f"workers killed with SIGKILL {len(kills)} of {args.kill_workers} asked, "
              f"requests cut off and sent again {rec.retried}")
    header = f"{'step':<28}{'n':>6}{'p50':>9}{'p90':>9}{'p99':>9}{'max':>9}  (ms)"
    print(header)
    print("-" * len(header))
    for step, values in rec.latency.items():
        print(f"{step:<28}{len(values):>6}{percentile(values, 50):>9.1f}"
              f"{percentile(values, 90):>9.1f}{percentile(values, 99):>9.1f}{max(values):>9.1f}")
    for error in rec.errors[:10]:
        print("error:", error)
    failed = rec.errors or lost or mixed or len(done) != args.journeys
    return 1 if failed or len(kills) != args.kill_workers else 0


if __name__ == "__main__":
    sys.exit(main())
