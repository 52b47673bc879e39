"""The advert scanner on its corpus (tests/rules/advert_corpus.py): per-sign precision and
recall, offer-level detection, and the time to scan a 20,000-character text.

Usage: .venv/bin/python benchmarks/scan.py [--repeats N] [--quick] [--http PORT]
With --quick, one repeat (the smoke test CI runs). With --http, also posts the outside probe's
hostile inputs to the paste page of a runserver on 127.0.0.1:PORT (a throw-away database) and
times each answer.
Per sign: tp/fp/fn counted over every text (offers and legitimate controls) against the
signs a reader would tick; benign notes are scored against each control's expected notes.
Offer level: an unproven offer counts as flagged when it gets at least one warning sign; a
legitimate text counts as flagged when it gets any warning sign (benign notes do not count).
Timing: median of N scans of 20,000-character texts, next to a plain ``re.search`` and a
``str.lower`` over the same text in the same run.
"""

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rules.phrases import BENIGN_SIGNS, SCAN_SIGNS  # noqa: E402
from rules.scan import MAX_CHARS, scan  # noqa: E402
from tests.rules.advert_corpus import (  # noqa: E402
    DEV_LEGITIMATE,
    DEV_OFFERS,
    HELD_OUT_LEGITIMATE,
    HELD_OUT_OFFERS,
    LEGITIMATE,
    OFFERS,
)


def _score(offers, legitimate):
    """Counts per sign, and offer-level flags, for one half of the corpus."""
    tp, fp, fn = Counter(), Counter(), Counter()
    flagged_offers = {"en": [0, 0], "es": [0, 0]}
    flagged_legit = [0, 0]
    for text in (*offers, *legitimate):
        result = scan(text.text)
        got = set(result.signs)
        expected = text.signs | text.benign
        for sign in got & expected:
            tp[sign] += 1
        for sign in got - expected:
            fp[sign] += 1
        for sign in expected - got:
            fn[sign] += 1
        if text in legitimate:
            flagged_legit[0] += bool(result.warning_signs)
            flagged_legit[1] += 1
        else:
            flagged_offers[text.language][0] += bool(result.warning_signs)
            flagged_offers[text.language][1] += 1
    return tp, fp, fn, flagged_offers, flagged_legit


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def quality(name: str, offers, legitimate) -> None:
    tp, fp, fn, flagged_offers, flagged_legit = _score(offers, legitimate)
    print(f"\n{name}: per sign ({len(offers)} unproven offers, "
          f"{len(legitimate)} legitimate texts)")
    header = f"{'sign':<24}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>9}"
    print(header)
    print("-" * len(header))
    order = sorted(SCAN_SIGNS, key=lambda s: (s in BENIGN_SIGNS, s))
    for sign in order:
        t, f, n = tp[sign], fp[sign], fn[sign]
        if t + f + n:
            print(f"{sign:<24}{t:>5}{f:>5}{n:>5}{_ratio(t, t + f):>11}{_ratio(t, t + n):>9}")
    t, f, n = (sum(c[s] for s in SCAN_SIGNS - BENIGN_SIGNS) for c in (tp, fp, fn))
    print(f"{'all warning signs':<24}{t:>5}{f:>5}{n:>5}{_ratio(t, t + f):>11}"
          f"{_ratio(t, t + n):>9}")
    flagged = sum(f for f, _ in flagged_offers.values())
    total = sum(n for _, n in flagged_offers.values())
    print(f"{name}: offers flagged {flagged}/{total} ({_ratio(flagged, total)}; "
          + ", ".join(f"{lang} {f}/{n}" for lang, (f, n) in flagged_offers.items())
          + f"), legitimate texts flagged {flagged_legit[0]}/{flagged_legit[1]} "
          f"({_ratio(*flagged_legit)})")


def _text_of(texts, limit: int = MAX_CHARS) -> str:
    joined = "\n\n".join(t.text for t in texts)
    return (joined * (limit // len(joined) + 1))[:limit]


def _median_ms(function, text: str, repeats: int, clock=time.perf_counter) -> float:
    times = []
    for _ in range(repeats):
        start = clock()
        function(text)
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def speed(repeats: int) -> None:
    texts = {
        "offers, mixed English/Spanish": _text_of(OFFERS),
        "offers, Spanish only": _text_of([t for t in OFFERS if t.language == "es"]),
        "legitimate texts": _text_of(LEGITIMATE),
        "one claim repeated": ("No side effects, guaranteed results! " * 600)[:MAX_CHARS],
    }
    reference = re.compile(r"guaranteed results")
    print(f"\nTime to scan {MAX_CHARS:,} characters (median of {repeats} runs, ms)")
    header = (f"{'text':<32}{'findings':>9}{'scan':>9}{'scan cpu':>10}{'re.search':>11}"
              f"{'str.lower':>11}{'scan/lower':>12}")
    print(header)
    print("-" * len(header))
    for name, text in texts.items():
        assert len(text) == MAX_CHARS
        findings = len(scan(text).findings)
        scan_ms = _median_ms(scan, text, repeats)
        cpu_ms = _median_ms(scan, text, repeats, clock=time.process_time)
        re_ms = _median_ms(reference.search, text, repeats)
        lower_ms = _median_ms(str.lower, text, repeats)
        print(f"{name:<32}{findings:>9}{scan_ms:>9.2f}{cpu_ms:>10.2f}{re_ms:>11.3f}"
              f"{lower_ms:>11.3f}{scan_ms / max(lower_ms, 1e-6):>12.0f}")
    print("target: under 50 ms for 20,000 characters (wall clock; 'scan cpu' is this "
          "process's CPU time, less affected by other load on the machine)")


#: The outside probe's inputs (3 to 32 s of CPU each before the patterns were bounded).
PROBES = ("111.", "111,", "€111.", "1.11.111.1111.", "111 ", "hotel ")


def hostile(repeats: int) -> None:
    print(f"\nHostile input at {MAX_CHARS:,} characters (median of {repeats} runs, ms)")
    header = f"{'input':<20}{'findings':>9}{'complete':>10}{'scan cpu':>10}{'str.lower':>11}"
    print(header)
    print("-" * len(header))
    for unit in PROBES:
        text = (unit * MAX_CHARS)[:MAX_CHARS]
        result = scan(text)
        cpu_ms = _median_ms(scan, text, repeats, clock=time.process_time)
        lower_ms = _median_ms(str.lower, text, repeats)
        print(f"{unit!r:<20}{len(result.findings):>9}{str(result.complete):>10}"
              f"{cpu_ms:>10.1f}{lower_ms:>11.3f}")


def over_http(port: int) -> None:
    """Each probe input posted to /check/<id>/advert/ of a single-threaded runserver."""
    import http.cookiejar
    import os
    import subprocess
    import urllib.parse
    import urllib.request

    from benchmarks._common import ROOT, use_temporary_database

    use_temporary_database()
    env = os.environ | {"DJANGO_DEBUG": "0"}
    for command in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True)
    server = subprocess.Popen([sys.executable, "manage.py", "runserver", "--noreload",
                               "--nothreading", f"127.0.0.1:{port}"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        qid = ""
        for _ in range(100):
            try:
                with opener.open(base + "/check/", timeout=30) as r:
                    qid = r.geturl().split("/")[4]
                break
            except OSError:
                time.sleep(0.2)
        if not qid:
            raise SystemExit(f"no answer from the server on {base}")
        url = f"{base}/check/{qid}/advert/"
        print("\nHostile input posted to the paste page over HTTP (runserver, one thread)")
        print(f"{'input':<20}{'status':>8}{'complete':>10}{'ms':>10}")
        for unit in PROBES:
            with opener.open(url) as r:
                token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"',
                                  r.read().decode()).group(1)
            body = urllib.parse.urlencode({"csrfmiddlewaretoken": token,
                                           "advert_text": (unit * MAX_CHARS)[:MAX_CHARS]})
            start = time.perf_counter()
            with opener.open(urllib.request.Request(url, data=body.encode())) as r:
                status, page = r.status, r.read()
            ms = (time.perf_counter() - start) * 1000
            complete = b'data-scan-complete="false"' not in page
            print(f"{unit!r:<20}{status:>8}{str(complete):>10}{ms:>10.0f}")
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=31)
    parser.add_argument("--quick", action="store_true", help="a smoke test: one repeat")
    parser.add_argument("--http", type=int, metavar="PORT",
                        help="also post the probe's inputs to a runserver on this port")
    args = parser.parse_args()
    if args.quick:
        args.repeats = 1
    quality("development half", DEV_OFFERS, DEV_LEGITIMATE)
    quality("held-out half", HELD_OUT_OFFERS, HELD_OUT_LEGITIMATE)
    speed(args.repeats)
    hostile(max(3, args.repeats // 5))
    if args.http:
        over_http(args.http)


if __name__ == "__main__":
    main()
