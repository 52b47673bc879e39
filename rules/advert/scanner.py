"""``scan(text) -> Scan``: the findings in a clinic's own text (see ``rules.scan``)."""

import functools
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NotRequired, TypedDict

from ..phrases import MANY_CONDITIONS, check_phrases
from .context import Compiled, Context, from_agency_or_register
from .index import Language, compile_language, matches
from .model import BENIGN_SIGNS, OutOfTime
from .stemmed import Frames, compile_frames, frame_matches
from .text import LANGUAGES, detect, fold

#: The longest text the scanner accepts (the command and the web page enforce it).
MAX_CHARS = 20_000
#: Seconds a scan may take. Every pattern is bounded, so a scan of MAX_CHARS characters
#: takes a few tens of milliseconds (a quarter of a second for the worst text we know, on a
#: busy machine); the budget is a second line of defence: past it the scan ends with what
#: it found so far and says so (``Scan.complete`` is False).
BUDGET_SECONDS = 2.0
#: The most findings a scan returns, in text order (a real advert has a few dozen). A text
#: made of one claim repeated would otherwise give thousands, and a page or a JSON document
#: thousands of entries long; past this the scan stops and says so, as for the budget.
MAX_FINDINGS = 200
#: Conditions named within this many characters of each other count as one list.
_LIST_WINDOW = 400


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    sign: str
    start: int
    end: int
    quote: str
    explanation: str
    source: str

    @property
    def benign(self) -> bool:
        return self.sign in BENIGN_SIGNS


class FindingDict(TypedDict):
    sign: str
    start: int
    end: int
    quote: str
    explanation: str
    source: str


class ScanDict(TypedDict):
    language: str
    signs: list[str]
    findings: list[FindingDict]
    #: Only when the time budget ran out (then False): the contract's keys stay as they were.
    complete: NotRequired[bool]


@dataclass(frozen=True, slots=True)
class Scan:
    language: str
    findings: tuple[Finding, ...]
    #: False when the scan stopped early (the time budget ran out, or ``MAX_FINDINGS`` were
    #: found): the findings are those found before it stopped.
    complete: bool = True
    #: True when it was the time budget that stopped the scan.
    timed_out: bool = False

    @property
    def signs(self) -> tuple[str, ...]:
        """Every sign found, in the order it first appears in the text."""
        return tuple(dict.fromkeys(f.sign for f in self.findings))

    @property
    def warning_signs(self) -> tuple[str, ...]:
        return tuple(s for s in self.signs if s not in BENIGN_SIGNS)

    def to_json_dict(self) -> ScanDict:
        result: ScanDict = {
            "language": self.language,
            "signs": list(self.signs),
            "findings": [
                {"sign": f.sign, "start": f.start, "end": f.end, "quote": f.quote,
                 "explanation": f.explanation, "source": f.source}
                for f in self.findings
            ],
        }
        if not self.complete:
            result["complete"] = False
        return result


@dataclass(frozen=True)
class _Tables:
    list_exceptions: Compiled
    phrases: dict[str, Language]
    frames: dict[str, Frames]


@functools.cache
def tables() -> _Tables:
    """The phrase table, checked (``rules.phrases.check_phrases``: every pattern bounded,
    every id and source known) and compiled for each language.

    About half a second, paid once per process: before the first scan's time budget starts,
    or at a server's start (gunicorn.conf.py warms it in the master, and a table that fails
    its check stops the server there). Not at import, which every management command and
    every process that loads the site's addresses would pay without scanning anything.
    """
    check_phrases()
    return _Tables(Compiled.of(MANY_CONDITIONS),
                   {language: compile_language(language) for language in LANGUAGES},
                   {language: compile_frames(language) for language in LANGUAGES})

# start, end, rule id, sign, explanation, source
_Span = tuple[int, int, str, str, str, str]


def scan(text: str, language: str | None = None, *, budget: float | None = None,
         clock: Callable[[], float] = time.monotonic) -> Scan:
    """The claims in ``text`` that point at a warning sign (or a reassuring note).

    ``language`` is ``"en"`` or ``"es"``; by default it is detected from the text. Past
    ``budget`` seconds (``BUDGET_SECONDS`` by default, read from ``clock``), or at
    ``MAX_FINDINGS`` findings, the scan stops and ``complete`` is False.
    """
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    tables()  # compiled before the budget starts
    deadline = clock() + (BUDGET_SECONDS if budget is None else budget)
    folded, offsets = fold(text)
    if language is None:
        language = detect(text, folded)
    spans, complete = _counted(folded, language, deadline, clock)
    timed_out = not complete
    merged = _without_overlaps(spans)
    if len(merged) > MAX_FINDINGS:
        merged, complete = merged[:MAX_FINDINGS], False
    findings = []
    for start, end, rule_id, sign, explanation, source in merged:
        if offsets is not None:
            start, end = offsets[start], offsets[end]
        findings.append(Finding(rule_id, sign, start, end, text[start:end], explanation, source))
    return Scan(language, tuple(findings), complete, timed_out)


def counted(text: str, language: str | None = None) -> list[tuple[int, int, str]]:
    """Every match that counts, before overlapping ones are merged: (start, end, rule id)
    in folded text. For tests of single rules."""
    folded, _offsets = fold(text)
    spans, _complete = _counted(folded, language or detect(text, folded), float("inf"),
                                time.monotonic)
    return [(start, end, rule_id) for start, end, rule_id, *_ in spans]


def _counted(folded: str, language: str, deadline: float,
             clock: Callable[[], float]) -> tuple[list[_Span], bool]:
    context = Context(folded)
    spans: list[_Span] = []
    mentions: list[tuple[int, int, str]] = []
    complete = True
    try:
        _phrases(folded, language, context, spans, mentions, deadline, clock)
        for compiled, start, end in frame_matches(tables().frames[language], folded, language,
                                                  deadline, clock):
            rule = compiled.rule
            if context.counts(start, end, rule.sign, compiled):
                spans.append((start, end, rule.id, rule.sign, rule.explanation, rule.source))
    except OutOfTime:
        complete = False
    spans.extend(_condition_list(folded, mentions))
    if from_agency_or_register(folded):
        spans = [s for s in spans if s[3] not in _AGENCY_TOPICS]
    return spans, complete


#: What an agency's approval or appraisal, or a trial register's record, is expected to talk
#: about (results, safety, price, the conditions a product is for) without selling anything.
_AGENCY_TOPICS = frozenset({
    "no_evidence", "guaranteed_results", "no_risks_claim", "unjustified_cost",
    "many_conditions", "origin_unexplained", "same_day_procedure",
})


def _phrases(folded: str, language: str, context: Context, spans: list[_Span],
             mentions: list[tuple[int, int, str]], deadline: float,
             clock: Callable[[], float]) -> None:
    """The phrase table's matches that count, into ``spans`` (conditions into ``mentions``)."""
    compiled_tables = tables()
    for matcher, start, end in matches(compiled_tables.phrases[language], folded, deadline,
                                       clock):
        if matcher.compiled is None:
            if context.counts(start, end, MANY_CONDITIONS.sign,
                              compiled_tables.list_exceptions):
                mentions.append((start, end, matcher.group))
            continue
        rule = matcher.compiled.rule
        if context.counts(start, end, rule.sign, matcher.compiled):
            spans.append((start, end, rule.id, rule.sign, rule.explanation, rule.source))


def _condition_list(folded: str, mentions: list[tuple[int, int, str]]) -> list[_Span]:
    """The mentions of conditions that, with their neighbours, make a list of unrelated
    ones (``MANY_CONDITIONS``)."""
    mentions.sort()
    chosen: set[int] = set()
    for i, (start, _end, _group) in enumerate(mentions):
        window = []
        for j in range(i, len(mentions)):
            if mentions[j][0] - start > _LIST_WINDOW:
                break
            window.append(j)
        groups = {mentions[j][2] for j in window}
        names = {folded[mentions[j][0]:mentions[j][1]] for j in window}
        if MANY_CONDITIONS.holds(len(names), len(groups)):
            chosen.update(window)
    rule = MANY_CONDITIONS
    return [(mentions[j][0], mentions[j][1], rule.id, rule.sign, rule.explanation, rule.source)
            for j in sorted(chosen)]


def _without_overlaps(spans: Iterable[_Span]) -> list[_Span]:
    """Sorted by position; of two overlapping findings of the same sign, the longer stays."""
    kept: list[_Span] = []
    last_end_by_sign: dict[str, int] = {}
    index_by_sign: dict[str, int] = {}
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end, _rule, sign = span[:4]
        if start < last_end_by_sign.get(sign, -1):
            previous = kept[index_by_sign[sign]]
            if end > previous[1]:
                kept[index_by_sign[sign]] = (previous[0], end, *previous[2:])
                last_end_by_sign[sign] = end
            continue
        index_by_sign[sign] = len(kept)
        kept.append(span)
        last_end_by_sign[sign] = end
    return kept
