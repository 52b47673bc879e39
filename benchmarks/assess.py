"""How long ``rules.assess`` takes, in microseconds per call, over the judgement scenarios.

Pure Python, no Django, no database: the answer sets of tests/rules/test_scenarios.py (real
offers from the seeds and each legal route) and the legitimate answers of each offer kind,
each assessed as a raw mapping (parsing included) and as parsed ``Answers``; also the JSON
of ``manage.py assess`` (``to_json_dict``). Prints the median of several rounds.

    .venv/bin/python benchmarks/assess.py [--rounds 7] [--calls 2000] [--quick]
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import rules  # noqa: E402
from tests.answers import ROUTE_ANSWERS  # noqa: E402
from tests.rules import test_scenarios as scenarios  # noqa: E402

CASES = {
    "cancun": scenarios.CANCUN,
    "juventa": scenarios.JUVENTA,
    "bangkok": scenarios.BANGKOK,
    "point_of_care": scenarios.POINT_OF_CARE,
    "marrow_transplant": scenarios.MARROW_TRANSPLANT,
    **{f"legit_{kind}": answers for kind, answers in ROUTE_ANSWERS.items()},
}


def _per_call(fn, calls: int, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        times.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--quick", action="store_true", help="a smoke test: a few calls")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.calls = 1, 3
    print(f"ruleset {rules.RULESET_VERSION}, {len(rules.RULES)} rules, "
          f"median of {args.rounds} rounds x {args.calls} calls")
    print(f"{'case':22} {'assess(dict) us':>16} {'assess(Answers) us':>19} {'+ JSON us':>10}")
    totals = []
    for name, answers in CASES.items():
        parsed = rules.parse_answers(answers)
        raw = _per_call(lambda a=answers: rules.assess(a), args.calls, args.rounds)
        pre = _per_call(lambda p=parsed: rules.assess(p), args.calls, args.rounds)
        js = _per_call(lambda a=answers: rules.to_json_dict(rules.assess(a)), args.calls,
                       args.rounds)
        totals.append(raw)
        print(f"{name:22} {raw:16.1f} {pre:19.1f} {js:10.1f}")
    print(f"{'mean':22} {statistics.mean(totals):16.1f}")


if __name__ == "__main__":
    main()
