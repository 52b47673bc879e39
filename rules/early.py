"""A result as soon as it is decided (issue 24): whether the answers so far already give a red
verdict that no answer still to come could change.

The verdict is monotone (a worse answer never gives a better verdict: tests/rules/
test_properties.py), so red is decided when the most favourable answers to every question not
yet answered still give red. The product is the one answer with no single most favourable
value: every product of the table is tried. The choices about the offer itself (its kind, who
offers it, the country, the illness, the cells, the way they are given, who pays) have no
order of "favourable" either, so nothing is decided until they are answered.
"""

from collections.abc import Mapping
from functools import lru_cache

from .applicability import applicable
from .catalogue import QUESTIONS, WARNING_SIGNS_ID
from .engine import assess
from .products import PRODUCTS
from .question_model import CELL_SOURCE, CHOICE, COUNTRY, DAYS, TOLD_KIND, YES, YES_NO
from .table import RED

#: The most favourable answer of each kind of question (days: long enough for any cells).
_BEST = {YES_NO: YES, TOLD_KIND: YES, DAYS: 42}
#: Questions whose most favourable answer is not a single value (whose cells: a donor's
#: cells are judged more kindly on a short time, one's own on a long one).
_OPEN_KINDS = (CHOICE, COUNTRY, CELL_SOURCE)


def _best_completion(answers: Mapping[str, object]) -> dict[str, object] | None:
    """The answers with every question not yet answered given its most favourable answer;
    None while a question about the offer itself is still open."""
    out = dict(answers)
    for question in QUESTIONS:
        if question.id in out or not applicable(question.id, out):
            continue
        if question.kind in _OPEN_KINDS:
            return None
        if question.kind in _BEST:
            out[question.id] = _BEST[question.kind]
        # A number or a product left empty stays empty (the product: tried below).
    out.setdefault(WARNING_SIGNS_ID, [])
    return out


def decided_red(answers: Mapping[str, object]) -> bool:
    """Whether the answers so far give red whatever is answered next.

    A pure function of the answers, asked for on every question page and several times for
    one report (has it a report, did it end early, how many questions were not asked); a
    decided red with no product named assesses every product of the table (about 18 ms), so
    the result is kept per set of answers."""
    try:
        key = frozenset((k, tuple(v) if isinstance(v, list) else v)
                        for k, v in answers.items())
        return _decided_red(key)
    except TypeError:  # a value that cannot be a key (not from a form): work it out
        return _decide(answers)


@lru_cache(maxsize=256)
def _decided_red(key: frozenset[tuple[str, object]]) -> bool:
    return _decide({k: list(v) if isinstance(v, tuple) else v for k, v in key})


def _decide(answers: Mapping[str, object]) -> bool:
    best = _best_completion(answers)
    if best is None or assess(best).verdict.id != RED:
        return False
    if "product" in answers or not applicable("product", best):
        return True
    return all(assess({**best, "product": p.name}).verdict.id == RED for p in PRODUCTS)


__all__ = ["decided_red"]
