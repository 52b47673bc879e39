"""The phrase table compiled for one language, and the matches it finds in folded text.

Each pattern is filed under the first one, two or three characters its matches can start
with (``rules.advert.prefixes``). At a word start only the few patterns filed under the
text's next characters are tried, so a long text costs one pass over its words, not one
regex pass per rule; word starts where no filed prefix begins are skipped by one regex, a
trie of the prefixes.
"""

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..phrases import CONDITIONS, PHRASES
from .context import Compiled, alternation
from .model import OutOfTime
from .prefixes import PREFIX, prefixes


@dataclass(frozen=True, slots=True)
class Matcher:
    """One pattern of a rule (or of a condition group), compiled on its own."""

    pattern: re.Pattern[str]
    owner: int  # index of the rule or group: at most one match per owner per position
    compiled: Compiled | None = None  # None for a condition group
    group: str = ""  # the condition group's id


@dataclass(frozen=True, slots=True)
class Language:
    #: Matchers by the first one, two or three characters their matches can start with.
    index: dict[str, tuple[Matcher, ...]]
    #: Matchers whose first characters cannot be told: tried at every word start.
    anywhere: tuple[Matcher, ...]
    #: What ``_tried_at`` found for each three characters met so far.
    cache: dict[str, tuple[Matcher, ...]]
    #: Zero-width match at each word start where some filed prefix begins (a trie of them).
    starts: re.Pattern[str]


# The patterns of one owner filed in one place: its compiled rule (None for a condition
# group), its condition group id ("" for a rule), then the patterns.
_Filed = dict[int, tuple[Compiled | None, str, list[str]]]


def compile_language(language: str) -> Language:
    """The table's patterns for ``language`` ("en" or "es"), filed by prefix."""
    # (pattern, owner, compiled rule or None, condition group id)
    owned: list[tuple[str, int, Compiled | None, str]] = []
    for owner, rule in enumerate(PHRASES):
        compiled = Compiled.of(rule)
        owned += [(p, owner, compiled, "") for p in getattr(rule, language)]
    for owner, group in enumerate(CONDITIONS, start=len(PHRASES)):
        owned += [(p, owner, None, group.id) for p in getattr(group, language)]
    # one regex per prefix and owner: the owner's patterns filed under that prefix
    filed: dict[str, _Filed] = {}
    loose: _Filed = {}
    for pattern, owner, rule_compiled, group_id in owned:
        found = prefixes(pattern)
        places = [loose] if found is None or "" in found else [
            filed.setdefault(prefix, {}) for prefix in found]
        for place in places:
            place.setdefault(owner, (rule_compiled, group_id, []))[2].append(pattern)

    def matchers(by_owner: _Filed) -> tuple[Matcher, ...]:
        return tuple(Matcher(alternation(patterns), owner, compiled=compiled, group=group)
                     for owner, (compiled, group, patterns) in sorted(by_owner.items()))

    index = {prefix: matchers(by_owner) for prefix, by_owner in filed.items()}
    anywhere = matchers(loose)
    starts = re.compile(r"(?<![\w])\S") if anywhere else re.compile(
        rf"(?<![\w])(?={trie(index)})")
    return Language(index, anywhere, {}, starts)


_CACHE_LIMIT = 50_000


def _tried_at(language: Language, head: str) -> tuple[Matcher, ...]:
    """The matchers filed under ``head`` (three characters) or its first two or one."""
    tried = language.cache.get(head)
    if tried is None:
        index = language.index
        tried = (*index.get(head, ()), *index.get(head[:2], ()), *index.get(head[:1], ()),
                 *language.anywhere)
        if len(language.cache) < _CACHE_LIMIT:
            language.cache[head] = tried
    return tried


#: Word starts between two looks at the clock.
CLOCK_EVERY = 64


def matches(language: Language, folded: str, deadline: float = float("inf"),
            clock: Callable[[], float] = lambda: 0.0) -> Iterator[tuple[Matcher, int, int]]:
    """Each rule's and condition group's non-overlapping matches, left to right (the
    longest when several of its patterns match at one place). Every match starts at a word
    start; at each, only the patterns filed under the next characters are tried. Raises
    ``OutOfTime`` once ``clock()`` passes ``deadline``."""
    ends: dict[int, int] = {}
    for count, word in enumerate(language.starts.finditer(folded)):
        if count % CLOCK_EVERY == 0 and clock() > deadline:
            raise OutOfTime
        position = word.start()
        tried = _tried_at(language, folded[position:position + PREFIX])
        if not tried:
            continue
        best: dict[int, tuple[Matcher, int]] = {}
        for matcher in tried:
            if position < ends.get(matcher.owner, 0):
                continue
            match = matcher.pattern.match(folded, position)
            if match and match.end() > position:
                previous = best.get(matcher.owner)
                if previous is None or match.end() > previous[1]:
                    best[matcher.owner] = (matcher, match.end())
        for owner, (matcher, end) in sorted(best.items()):
            ends[owner] = end
            yield matcher, position, end


# A trie node: a child per next character, and ``"": True`` where a key ends.
_TrieNode = dict[str, "_TrieNode | bool"]


def trie(keys: Iterable[str]) -> str:
    """A regex matching any of ``keys`` as a prefix, built as a trie (each character tested
    once); a key that ends at a node makes its longer keys unnecessary."""
    root: _TrieNode = {}
    for key in keys:
        node = root
        for char in key:
            if node.get("") is True:
                break
            child = node.setdefault(char, {})
            assert isinstance(child, dict)
            node = child
        else:
            node.clear()
            node[""] = True

    def ends_here(child: _TrieNode | bool) -> bool:
        return isinstance(child, dict) and child.get("") is True

    def build(node: _TrieNode) -> str:
        ends = sorted(c for c, child in node.items() if c and ends_here(child))
        deeper = [re.escape(c) + build(child) for c, child in sorted(node.items())
                  if c and isinstance(child, dict) and not ends_here(child)]
        parts = ([("[" + "".join(re.escape(c) for c in ends) + "]") if len(ends) > 1
                  else re.escape(ends[0])] if ends else []) + deeper
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return build(root)
