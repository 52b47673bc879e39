"""The advert scanner on hostile text: every pattern bounded by construction, the probe's
inputs and our own worst cases at the length limit scanned whole, and a time budget that
ends a scan with what it found so far and says so."""

import itertools

import pytest

from rules.advert.check import MAX_WIDTH, width
from rules.advert.frames import FRAMES
from rules.advert.scanner import MAX_FINDINGS
from rules.advert.stemmed import compile_frame
from rules.phrases import CONDITIONS, MANY_CONDITIONS, PHRASES
from rules.scan import MAX_CHARS, scan

try:
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]


def _at_limit(unit: str) -> str:
    return (unit * (MAX_CHARS // len(unit) + 1))[:MAX_CHARS]


#: The outside probe's inputs (each took 3 to 32 s of CPU before), then our own.
HOSTILE = {
    "probe-dots": "111.", "probe-commas": "111,", "probe-euro": "€111.",
    "probe-growing": "1.11.111.1111.", "probe-spaces": "111 ", "probe-hotel": "hotel ",
    "money": "$1,000,000 ", "digits": "1", "letters": "a",
    "conditions": "knee, hip, diabetes, autism, ",
    "travel": "hotel, flights, transfers, ", "claim": "no side effects ", "dashes": "- ",
    "pay": "pay to join the trial study $ 1000 ", "harvest": "harvest and then inject ",
    "not": "not ", "combining": "e\u0301", "stems": "eliminate pain restore function ",
    "spanish": "sin efectos secundarios, en la misma sesión, ",
    "percent": "95% 95 % 9.5% ", "quotes": "\"safe\" ", "newlines": "cells\n",
}

_UNBOUNDED = sre_parse.MAXREPEAT


def _patterns():
    for rule in PHRASES:
        yield from (*rule.en, *rule.es, *rule.requires, *rule.unless)
    for group in CONDITIONS:
        yield from (*group.en, *group.es)
    yield from MANY_CONDITIONS.unless


def test_every_table_pattern_has_a_bounded_width():
    widths = [width(p) for p in _patterns()]
    assert len(widths) > 150
    assert max(widths) <= MAX_WIDTH


def test_every_claim_frame_compiles_to_a_bounded_pattern():
    for rule, language in itertools.product(FRAMES, ("en", "es")):
        for frame in getattr(rule, language):
            low, high = sre_parse.parse(compile_frame(frame, language)).getwidth()
            assert low > 0 and high < 2_000, (rule.id, frame)
            assert high < _UNBOUNDED


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_at_the_limit_is_scanned_whole(name):
    text = _at_limit(HOSTILE[name])
    # a budget so loose it cannot flake (a scan takes well under 0.2 s): it must not run out
    result = scan(text, budget=5.0)
    assert not result.timed_out
    # whole, or cut at the most findings a scan returns, and then it says so
    assert result.complete is (len(result.findings) < MAX_FINDINGS)
    for finding in result.findings[:50]:
        assert text[finding.start:finding.end] == finding.quote


def test_a_scan_past_its_budget_ends_with_what_it_found_and_says_so():
    ticks = itertools.count()
    text = _at_limit("Guaranteed results! ")
    # a clock that moves one second each time it is read: the budget runs out at once
    result = scan(text, budget=3.0, clock=lambda: float(next(ticks)))
    assert result.complete is False and result.timed_out
    assert len(result.findings) < len(scan(text).findings)
    assert result.to_json_dict()["complete"] is False


def test_a_complete_scan_keeps_the_contract_keys():
    result = scan("We guarantee results.")
    assert result.complete and set(result.to_json_dict()) == {"language", "signs", "findings"}


def test_many_different_words_that_all_need_the_stemmer_are_scanned_whole():
    """Distinct words starting like the frames' stems (each one goes through the stemmer)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = (f"rep{a}{b}{c}ing" for a, b, c in itertools.product(letters, repeat=3))
    text = " ".join(itertools.islice(words, 2000))[:MAX_CHARS]
    for language in ("en", "es"):
        result = scan(text, language=language, budget=5.0)
        assert result.complete and not result.timed_out
