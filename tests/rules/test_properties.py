"""Property: making any one answer worse never makes the verdict better."""

from hypothesis import given, settings
from hypothesis import strategies as st

from rules import AMBER, GREEN, QUESTIONS, RED, WARNING_SIGNS, assess
from rules.catalogue import YES_NO

from .strategies import full_answers

RANK = {GREEN: 0, AMBER: 1, RED: 2}
WORSE = {"yes": ("unsure", "no"), "unsure": ("no",), "no": ()}
YES_NO_IDS = [q.id for q in QUESTIONS if q.kind == YES_NO]


def worse_variants(answers):
    """Every answer set that differs from ``answers`` by one answer made worse."""
    for qid in YES_NO_IDS:
        for worse in WORSE[answers[qid]]:
            yield answers | {qid: worse}
    days = answers["extraction_days"]
    if isinstance(days, int):
        for fewer in {0, days // 2, days - 1} - {days}:
            if 0 <= fewer < days:
                yield answers | {"extraction_days": fewer}
    for sign in WARNING_SIGNS:
        if sign.id not in answers["warning_signs"]:
            yield answers | {"warning_signs": [*answers["warning_signs"], sign.id]}


@settings(max_examples=300, deadline=None)
@given(full_answers)
def test_a_worse_answer_never_gives_a_better_verdict(answers):
    base = RANK[assess(answers).verdict.id]
    for variant in worse_variants(answers):
        assert RANK[assess(variant).verdict.id] >= base, variant


@settings(max_examples=200, deadline=None)
@given(full_answers, st.sampled_from(YES_NO_IDS), st.sampled_from(["no", "unsure"]))
def test_green_needs_every_yes(answers, qid, value):
    assert assess(answers | {qid: value}).verdict.id != GREEN


@settings(max_examples=200, deadline=None)
@given(full_answers)
def test_same_day_is_always_red(answers):
    assert assess(answers | {"extraction_days": 0}).verdict.id == RED


@settings(max_examples=200, deadline=None)
@given(full_answers)
def test_verdict_reasons_are_never_empty(answers):
    result = assess(answers)
    assert result.reasons
    assert all(r.message for r in result.reasons)
