"""Measures PDF rendering of a typical report: first render, repeated renders, peak memory.

Run: .venv/bin/python benchmarks/pdf_render.py [--runs 30] [--profile] [--floor] [--quick]

Targets (issue 13), compared in the same run so machine load cancels out: the report's first
render at most 0.6 x the first render of the reference document (a plain 4-page WeasyPrint
document, REFERENCE_HTML, rendered with WeasyPrint's defaults in a fresh process); the
stored-bytes path (``pdf_bytes`` of a report already rendered) under 0.02 x; the peak
resident memory of a worker under 120 MB.

"First render, cold" is the first PDF a fresh process makes (stylesheets parsed, fonts
loaded, cffi types parsed); "first render, warmed worker" is the same after
``checker.report.pdf.warm_up()``, which gunicorn workers run when they start (its own cost is
printed too); "repeated" are the renders after it, which reuse the per-process stylesheets
and fonts. Each first render runs in its own subprocess, so nothing is warm. Peak memory is
the worker's maximum resident set size after all renders (what a gunicorn worker would hold).
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "checker.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

from benchmarks._common import use_temporary_database  # noqa: E402

#: The reference document: 4 A4 pages of plain headings and paragraphs (about 11,000
#: characters, like the old 4-page report), no stylesheet of ours.
_PARAGRAPH = ("A plain paragraph of the reference document, with ordinary words of "
              "ordinary length, set in the default font at the default size, so that "
              "WeasyPrint lays out and draws text and nothing else. ")
REFERENCE_HTML = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                  "<title>Reference</title></head><body>"
                  + "".join(f"<h2>Section {n}</h2>" + f"<p>{_PARAGRAPH * 2}</p>" * 3
                            for n in range(1, 9))
                  + "</body></html>")

def _context():
    # The typical report: the red sample report of the staff area (most reasons, questions
    # and warning signs), with a full offer.
    from datetime import UTC, datetime

    import rules
    from checker.staff.preview import sample_context
    from checker.staff.samples import SAMPLES

    return sample_context(SAMPLES[rules.RED], datetime(2026, 11, 21, tzinfo=UTC))


def _setup():
    import django

    django.setup()
    import weasyprint  # noqa: F401  (import cost is paid at worker start, not per request)


def _one_reference_render() -> None:
    """Child process: time the first render of the reference document."""
    _setup()
    from weasyprint import HTML

    start, cpu_start = time.perf_counter(), time.process_time()
    pdf = HTML(string=REFERENCE_HTML).write_pdf()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    pages = PdfPages.count(pdf)
    print(json.dumps({"ms": elapsed * 1000, "cpu_ms": cpu * 1000, "bytes": len(pdf),
                      "chars": len(REFERENCE_HTML), "pages": pages}))


def _stored_bytes(runs: int) -> tuple[list[float], list[float]]:
    """The stored-bytes path: ``pdf_bytes`` of a report rendered and stored once before."""
    from django.core.management import call_command
    from django.utils import timezone

    import rules
    from checker.models import Questionnaire, ReportPDF
    from checker.report.pdf import pdf_bytes
    from checker.staff.samples import SAMPLES

    call_command("migrate", verbosity=0)
    sample = SAMPLES[rules.RED]
    questionnaire = Questionnaire.objects.create(answers=dict(sample.answers),
                                                 offer=dict(sample.offer),
                                                 finished_at=timezone.now())
    first = pdf_bytes(questionnaire, "a4")
    assert ReportPDF.objects.filter(questionnaire=questionnaire).count() == 1
    wall, cpu = [], []
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        again = pdf_bytes(questionnaire, "a4")
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
        assert again == first
    return wall, cpu


def _one_first_render(warm: bool) -> None:
    """Child process: time one first render after Django and WeasyPrint are imported."""
    _setup()
    from checker.report.pdf import render_pdf, warm_up

    warm_cpu = time.process_time()
    if warm:
        warm_up()
    warm_cpu = time.process_time() - warm_cpu
    start, cpu_start = time.perf_counter(), time.process_time()
    pdf = render_pdf(_context())
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"ms": elapsed * 1000, "cpu_ms": cpu * 1000, "bytes": len(pdf),
                      "rss_mb": peak_kb / 1024, "warm_up_cpu_ms": warm_cpu * 1000}))


def _floor(context, runs: int, *, warm: bool = True) -> list[tuple[str, list[float]]]:
    """What WeasyPrint needs at least for the report's text: lower bounds, warm, CPU ms.

    Each row renders the report's own visible text (the same words, about 9,800
    characters) as plain paragraphs, then adds one thing issue 13 requires: our fonts and
    stylesheet, the PDF/UA-1 tags, the running header and footer on every page. The last row
    is the report itself. If even the plain rows exceed the target, no change to the
    report's markup can meet it.
    """
    import re

    from django.template.loader import render_to_string
    from weasyprint import HTML

    from checker.report import render as report

    html = render_to_string("report/pdf.html", report.pdf_context(context))
    head, body = html.split("<body", 1)
    body = body.split(">", 1)[1]
    running = "".join(re.findall(r'<div class="running-[a-z]+".*?</div>', body))
    words = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).split()
    paragraphs = "".join("<p>" + " ".join(words[i:i + 60]) + "</p>"
                         for i in range(0, len(words), 60))
    plain = f"{head}<body>{paragraphs}</body></html>"
    with_running = f"{head}<body>{running}{paragraphs}</body></html>"
    fetcher, font_config, sheets, _images = report._stylesheets("a4", report.REPORT_STYLESHEETS)

    def ours(document: str, variant: str | None):
        return lambda: HTML(string=document, base_url=report._BASE_URL,
                            url_fetcher=fetcher).write_pdf(
            stylesheets=sheets, font_config=font_config, pdf_variant=variant)

    variants = [
        ("same text as plain paragraphs", lambda: HTML(string=plain).write_pdf()),
        ("  in our fonts and stylesheet", ours(plain, None)),
        ("  + PDF/UA-1 tags", ours(plain, report.PDF_VARIANT)),
        ("  + running header and footer", ours(with_running, report.PDF_VARIANT)),
        ("the report (render_pdf)", lambda: report.render_pdf(context)),
    ]
    rows = []
    for name, render in variants:
        if warm:
            render()
        cpu = []
        for _ in range(runs):
            start = time.process_time()
            render()
            cpu.append((time.process_time() - start) * 1000)
        rows.append((name, cpu))
    return rows


class PdfPages:
    @staticmethod
    def count(pdf: bytes) -> int:
        import io

        from pypdf import PdfReader

        return len(PdfReader(io.BytesIO(pdf)).pages)


def _percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--first-runs", type=int, default=10)
    parser.add_argument("--profile", action="store_true", help="print where repeated renders "
                        "spend their time")
    parser.add_argument("--floor", action="store_true", help="print lower bounds: the "
                        "report's text as plain paragraphs, then with each required feature")
    parser.add_argument("--child", choices=("cold", "warm", "reference"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="a smoke test: one run of each, "
                        "with --floor and --profile")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.first_runs, args.floor, args.profile = 1, 1, True, True
    use_temporary_database()
    if args.child == "reference":
        _one_reference_render()
        return
    if args.child:
        _one_first_render(args.child == "warm")
        return

    # Cold, warmed and reference children alternate, so load from other work hits all alike.
    firsts, warmed, references = [], [], []
    for _ in range(args.first_runs):
        for kind, results in (("cold", firsts), ("warm", warmed), ("reference", references)):
            out = subprocess.run([sys.executable, __file__, "--child", kind], check=True,
                                 capture_output=True, text=True).stdout
            results.append(json.loads(out.strip().splitlines()[-1]))

    _setup()
    from checker.report.pdf import render_pdf

    context_start = time.perf_counter()
    context = _context()
    context_ms = (time.perf_counter() - context_start) * 1000
    render_pdf(context)  # warm the per-process stylesheets and fonts
    repeated, repeated_cpu = [], []
    for _ in range(args.runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        pdf = render_pdf(context)
        repeated.append((time.perf_counter() - start) * 1000)
        repeated_cpu.append((time.process_time() - cpu_start) * 1000)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stored, stored_cpu = _stored_bytes(args.runs)

    rows = [
        ("reference document, first", [f["ms"] for f in references],
         [f["cpu_ms"] for f in references]),
        ("first render, cold", [f["ms"] for f in firsts], [f["cpu_ms"] for f in firsts]),
        ("first render, warmed worker", [f["ms"] for f in warmed],
         [f["cpu_ms"] for f in warmed]),
        ("repeated render", repeated, repeated_cpu),
        ("stored bytes (pdf_bytes)", stored, stored_cpu),
    ]
    # CPU time as well as wall time: on a shared 2-core machine other work inflates the
    # wall clock, while the CPU time is what one render costs a worker.
    print(f"{'what':<32}{'median ms':>11}{'p95 ms':>10}{'CPU median':>12}{'CPU p95':>10}"
          f"{'runs':>6}")
    for name, wall, cpu in rows:
        print(f"{name:<32}{statistics.median(wall):>11.1f}{_percentile(wall, 95):>10.1f}"
              f"{statistics.median(cpu):>12.1f}{_percentile(cpu, 95):>10.1f}{len(wall):>6}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'build_report (context)':<32}{context_ms:>11.1f}")
    warm_up_cpu = [f["warm_up_cpu_ms"] for f in warmed]
    print(f"{'warm_up() at worker start':<32}{'':>11}{'':>10}"
          f"{statistics.median(warm_up_cpu):>12.1f}{_percentile(warm_up_cpu, 95):>10.1f}")
    reference_cpu = statistics.median(f["cpu_ms"] for f in references)
    reference_ms = statistics.median(f["ms"] for f in references)
    print()
    print(f"reference document: {references[0]['pages']} A4 pages, "
          f"{references[0]['chars']} characters of HTML")
    print("ratio to the reference document's first render (median CPU; wall in brackets):")
    for name, wall, cpu in rows[1:]:
        print(f"  {name:<30}{statistics.median(cpu) / reference_cpu:>6.2f} x"
              f"  ({statistics.median(wall) / reference_ms:.2f} x)")
    print()
    print(f"PDF size: {len(pdf) / 1024:.0f} KiB, {PdfPages.count(pdf)} A4 pages")
    print(f"peak RSS, worker after {args.runs + 1} renders: {rss_mb:.0f} MB")
    print(f"peak RSS, fresh process after one render: "
          f"{max(f['rss_mb'] for f in firsts):.0f} MB cold, "
          f"{max(f['rss_mb'] for f in warmed):.0f} MB warmed")

    if args.floor:
        print()
        print("lower bounds, warm worker: the report's words without its structure, adding "
              "what issue 13 requires")
        print(f"{'what':<34}{'CPU median':>12}{'ratio':>9}")
        # The quick mode (a smoke test) times each variant's first render, unwarmed.
        for name, cpu in _floor(context, args.runs, warm=not args.quick):
            print(f"{name:<34}{statistics.median(cpu):>12.1f}"
                  f"{statistics.median(cpu) / reference_cpu:>8.2f}x")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(min(5, args.runs)):
            render_pdf(context)
        profiler.disable()
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(30)
        print(stream.getvalue())


if __name__ == "__main__":
    main()
