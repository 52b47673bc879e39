"""Claims over word forms: the folded text as a line of word stems, and the claim frames
(``rules.advert.frames``) compiled into patterns over it.

Each word is reduced to its Snowball stem in the text's language ("eliminates",
"eliminated", "eliminating" are all ``elimin``; "regenera", "regeneramos", "regeneración"
are ``regener``), so one frame covers every form of a claim. A frame is written in plain
words, stemmed when it is compiled:

- words separated by ``|`` fill one slot: ``pain|symptoms|inflammation``;
- a word ending in ``*`` is a raw stem prefix, not stemmed: ``regenera*``;
- slots separated by a space are adjacent words; ``~N`` between two slots allows up to N
  other words in between (never across the end of a sentence).

Every repeat is bounded, so a frame's match attempt reads a bounded stretch of the line.
A match is mapped back to the folded text (the first slot's word to the last one's), where
the context (negation, reported speech, hedges) decides whether it counts.
"""

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer  # type: ignore[import-untyped]

from ..sources import check_source
from .context import Compiled
from .frames import FRAMES
from .model import SCAN_SIGNS, OutOfTime, PhraseRule

_TOKEN = re.compile(r"[^\W_]{1,40}|[.!?;\n]")
_ENDS = frozenset(".!?;\n")
#: A sentence end in the line of stems: frames never reach across it.
_STOP = "."
_GAP_WORD = r"[^\s.]{1,40}"
_STEMMERS = {"en": "english", "es": "spanish"}


@lru_cache(maxsize=2)
def _stemmer(language: str):  # type: ignore[no-untyped-def]
    return snowballstemmer.stemmer(_STEMMERS[language])


def stem(word: str, language: str) -> str:
    return str(_stemmer(language).stemWord(word))


@dataclass(frozen=True, slots=True)
class Stemmed:
    """The line of stems of a folded text, and where each stem's word is in that text."""

    line: str
    #: Where each token starts in ``line``, and the folded span of its word.
    line_starts: list[int]
    spans: list[tuple[int, int]]

    def folded_span(self, start: int, end: int) -> tuple[int, int]:
        """The folded text's span from the word at ``line[start]`` to the one at
        ``line[end - 1]``."""
        first = bisect_right(self.line_starts, start) - 1
        last = bisect_right(self.line_starts, end - 1) - 1
        return self.spans[first][0], self.spans[last][1]


#: Stems already computed, per language, kept across scans (the Snowball stemmers are pure
#: Python: a word costs tens of microseconds, and adverts repeat their words).
_KNOWN: dict[str, dict[str, str]] = {}
_KNOWN_LIMIT = 50_000
_HEAD = 3


def stem_text(folded: str, language: str, heads: frozenset[str] | None = None,
              deadline: float = float("inf"),
              clock: Callable[[], float] = lambda: 0.0) -> Stemmed:
    """The line of stems of ``folded``. With ``heads`` (the first characters of every stem a
    frame looks for), a longer word that starts otherwise cannot fill a slot and is kept
    as it is, unstemmed: only the few words that might matter pay for the stemmer."""
    stemmer = _stemmer(language)
    known = _KNOWN.setdefault(language, {})
    parts: list[str] = []
    line_starts: list[int] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for count, token in enumerate(_TOKEN.finditer(folded)):
        if count % 256 == 255 and clock() > deadline:
            raise OutOfTime
        word = token.group()
        if word in _ENDS:
            # a dot inside a number ("1.500") is not a sentence end
            if word == "." and folded[token.end():token.end() + 1].isdigit():
                continue
            word = _STOP
        elif heads is None or len(word) <= _HEAD or word[:_HEAD] in heads:
            stemmed = known.get(word)
            if stemmed is None:
                stemmed = str(stemmer.stemWord(word))
                if len(known) < _KNOWN_LIMIT:
                    known[word] = stemmed
            word = stemmed
        parts.append(word)
        line_starts.append(at)
        spans.append(token.span())
        at += len(word) + 1
    return Stemmed(" ".join(parts), line_starts, spans)


def frame_words(frame: str, language: str) -> set[str]:
    """The stems (and raw stem prefixes) a frame looks for."""
    return {word[:-1] if word.endswith("*") else stem(word, language)
            for part in frame.split() if not part.startswith("~")
            for word in part.split("|")}


def compile_frame(frame: str, language: str) -> str:
    """A frame in the notation above as a regex over a line of stems."""
    pieces: list[str] = []
    gap = 0
    for part in frame.split():
        if part.startswith("~"):
            gap = int(part[1:])
            if not pieces or not 0 < gap <= 12:
                raise ValueError(f"frame {frame!r}: a gap is ~1 to ~12, between two words")
            continue
        if pieces:
            pieces.append(f" (?:{_GAP_WORD} ){{0,{gap}}}" if gap else " ")
        gap = 0
        words = []
        for word in part.split("|"):
            if not word or not re.fullmatch(r"[a-z0-9']+\*?", word):
                raise ValueError(f"frame {frame!r}: {word!r} is not a word")
            words.append(re.escape(word[:-1]) + r"\w{0,20}" if word.endswith("*")
                         else re.escape(stem(word, language)))
        pieces.append("(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")")
    if gap or not pieces:
        raise ValueError(f"frame {frame!r}: must start and end with a word")
    return r"(?<![^\s])(?:" + "".join(pieces) + r")(?![^\s])"


@dataclass(frozen=True, slots=True)
class Frames:
    """The frame rules compiled for one language."""

    rules: tuple[tuple[Compiled, re.Pattern[str]], ...]
    #: The first characters of every stem the frames look for.
    heads: frozenset[str]


def compile_frames(language: str) -> Frames:
    """Each frame rule with its frames for ``language`` as one regex over a line of stems.
    A bad frame, sign or source is an error here, at import."""
    compiled = []
    words: set[str] = set()
    for rule in FRAMES:
        _check(rule)
        frames = getattr(rule, language)
        pattern = re.compile("|".join(f"(?:{compile_frame(f, language)})" for f in frames))
        if pattern.fullmatch(""):
            raise ValueError(f"claim frame {rule.id!r}: matches the empty line")
        compiled.append((Compiled.of(rule), pattern))
        for frame in frames:
            words |= frame_words(frame, language)
    return Frames(tuple(compiled), frozenset(w[:_HEAD] for w in words))


def _check(rule: PhraseRule) -> None:
    where = f"claim frame {rule.id!r}"
    if rule.sign not in SCAN_SIGNS:
        raise ValueError(f"{where}: unknown sign id {rule.sign!r}")
    check_source(rule.source, where)
    if not rule.explanation or not rule.en or not rule.es:
        raise ValueError(f"{where}: needs an explanation and frames in English and Spanish")


def frame_matches(frames: Frames, folded: str, language: str, deadline: float,
                  clock: Callable[[], float]) -> Iterator[tuple[Compiled, int, int]]:
    """Each frame rule's matches, as spans of the folded text. Raises ``OutOfTime`` once
    ``clock()`` passes ``deadline``."""
    stemmed = stem_text(folded, language, frames.heads, deadline, clock)
    for compiled, pattern in frames.rules:
        if clock() > deadline:
            raise OutOfTime
        for count, match in enumerate(pattern.finditer(stemmed.line)):
            if count % 64 == 63 and clock() > deadline:
                raise OutOfTime
            start, end = stemmed.folded_span(match.start(), match.end())
            yield compiled, start, end
