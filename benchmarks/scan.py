"""The advert scanner on its corpus (tests/rules/advert_corpus.py): per-sign precision and
recall, offer-level detection, and the time to scan a 20,000-character text.

Usage: .venv/bin/python benchmarks/scan.py [--repeats N] [--quick]
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
from tests.rules.advert_corpus import LEGITIMATE, OFFERS  # noqa: E402


def quality() -> None:
    tp, fp, fn = Counter(), Counter(), Counter()
    flagged_offers = {"en": [0, 0], "es": [0, 0]}
    flagged_legit = [0, 0]
    for text in (*OFFERS, *LEGITIMATE):
        result = scan(text.text)
        got = set(result.signs)
        expected = text.signs | text.benign
        for sign in got & expected:
            tp[sign] += 1
        for sign in got - expected:
            fp[sign] += 1
        for sign in expected - got:
            fn[sign] += 1
        if text in LEGITIMATE:
            flagged_legit[0] += bool(result.warning_signs)
            flagged_legit[1] += 1
        else:
            flagged_offers[text.language][0] += bool(result.warning_signs)
            flagged_offers[text.language][1] += 1

    print(f"\nPer sign on the corpus ({len(OFFERS)} unproven offers, "
          f"{len(LEGITIMATE)} legitimate texts)")
    header = f"{'sign':<24}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>9}"
    print(header)
    print("-" * len(header))
    order = sorted(SCAN_SIGNS, key=lambda s: (s in BENIGN_SIGNS, s))
    for sign in order:
        t, f, n = tp[sign], fp[sign], fn[sign]
        precision = f"{t / (t + f):.2f}" if t + f else "-"
        recall = f"{t / (t + n):.2f}" if t + n else "-"
        print(f"{sign:<24}{t:>5}{f:>5}{n:>5}{precision:>11}{recall:>9}")
    t, f, n = (sum(c[s] for s in SCAN_SIGNS - BENIGN_SIGNS) for c in (tp, fp, fn))
    print(f"{'all warning signs':<24}{t:>5}{f:>5}{n:>5}{t / (t + f):>11.2f}{t / (t + n):>9.2f}")

    print("\nOffer level")
    for language, (flagged, total) in flagged_offers.items():
        print(f"  unproven offers flagged ({language}): {flagged}/{total}")
    print(f"  legitimate texts flagged:     {flagged_legit[0]}/{flagged_legit[1]}")


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=31)
    parser.add_argument("--quick", action="store_true", help="a smoke test: one repeat")
    args = parser.parse_args()
    if args.quick:
        args.repeats = 1
    quality()
    speed(args.repeats)


if __name__ == "__main__":
    main()
