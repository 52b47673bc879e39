"""The phrase table's import check (``rules.phrases`` runs it): an unknown sign or source
id, a duplicate rule id, a rule without an explanation, a pattern that does not compile or
that matches the empty string, or that can match more than ``MAX_WIDTH`` characters (an
unbounded repeat) is an error then. Bounded patterns tried only at word starts keep a scan
linear in the text's length: no match attempt can run on to the end of the text."""

import importlib
import re
from collections.abc import Collection, Sequence

from ..sources import check_source
from .model import ConditionGroup, ListRule, PhraseRule, compile_pattern

# The regex parser of Python 3.11+ (sre_parse is its deprecated alias), for a pattern's
# widest match.
_sre_parse = importlib.import_module("re._parser")

#: The longest match any table pattern may have (after its spaces are expanded).
MAX_WIDTH = 800


def width(pattern: str) -> int:
    """The most characters a table pattern can match (huge for an unbounded repeat)."""
    return int(_sre_parse.parse(compile_pattern(pattern).pattern).getwidth()[1])


def check_bounded(where: str, pattern: str) -> None:
    if width(pattern) > MAX_WIDTH:
        raise ValueError(f"{where}: pattern {pattern!r} can match more than {MAX_WIDTH} "
                         "characters (bound every repeat, e.g. {0,20} for *)")


def check_table(phrases: Sequence[PhraseRule], conditions: Sequence[ConditionGroup],
                many_conditions: ListRule, signs: Collection[str]) -> None:
    """Raise ``ValueError`` naming the first problem in the table."""
    seen: set[str] = set()
    entries: list[PhraseRule | ListRule] = [*phrases, many_conditions]
    for rule in entries:
        where = f"phrase rule {rule.id!r}"
        if rule.id in seen:
            raise ValueError(f"{where}: duplicate rule id")
        seen.add(rule.id)
        if rule.sign not in signs:
            raise ValueError(f"{where}: unknown sign id {rule.sign!r}")
        check_source(rule.source, where)
        if not rule.explanation:
            raise ValueError(f"{where}: no explanation")
    patterned = [(f"phrase rule {r.id!r}", r.en, r.es, (*r.requires, *r.unless))
                 for r in phrases]
    patterned += [(f"condition group {g.id!r}", g.en, g.es, ()) for g in conditions]
    for where, en, es, context in patterned:
        if not en or not es:
            raise ValueError(f"{where}: needs patterns in English and Spanish")
        for pattern in (*en, *es, *context):
            try:
                compiled, bare = compile_pattern(pattern), re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{where}: pattern {pattern!r} does not compile ({exc})") from None
            if compiled.fullmatch("") or bare.fullmatch(""):
                raise ValueError(f"{where}: pattern {pattern!r} matches the empty string")
            check_bounded(where, pattern)
    if len({g.id for g in conditions}) != len(conditions):
        raise ValueError("condition groups: duplicate id")
    if not 2 <= many_conditions.min_groups <= len(conditions):
        raise ValueError("many_conditions_list: min_groups out of range")
    for pattern in many_conditions.unless:
        try:
            compile_pattern(pattern)
            check_bounded("many_conditions_list", pattern)
        except re.error as exc:
            raise ValueError(f"many_conditions_list: pattern {pattern!r} does not compile "
                             f"({exc})") from None
