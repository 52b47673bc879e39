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


def stem_text(folded: str, language: str) -> Stemmed:
    stemmer = _stemmer(language)
    cache: dict[str, str] = {}
    parts: list[str] = []
    line_starts: list[int] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for token in _TOKEN.finditer(folded):
        word = token.group()
        if word in ".!?;\n":
            word = _STOP
            # a dot inside a number ("1.500") is not a sentence end
            if word == "." and token.end() < len(folded) and folded[token.end()].isdigit():
                continue
        else:
            stemmed = cache.get(word)
            if stemmed is None:
                stemmed = cache[word] = str(stemmer.stemWord(word))
            word = stemmed
        parts.append(word)
        line_starts.append(at)
        spans.append(token.span())
        at += len(word) + 1
    return Stemmed(" ".join(parts), line_starts, spans)


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


def compile_frames(language: str) -> tuple[tuple[Compiled, re.Pattern[str]], ...]:
    """Each frame rule with its frames for ``language`` as one regex over a line of stems.
    A bad frame, sign or source is an error here, at import."""
    compiled = []
    for rule in FRAMES:
        _check(rule)
        frames = [compile_frame(frame, language) for frame in getattr(rule, language)]
        pattern = re.compile("|".join(f"(?:{f})" for f in frames))
        if pattern.fullmatch(""):
            raise ValueError(f"claim frame {rule.id!r}: matches the empty line")
        compiled.append((Compiled.of(rule), pattern))
    return tuple(compiled)


def _check(rule: PhraseRule) -> None:
    where = f"claim frame {rule.id!r}"
    if rule.sign not in SCAN_SIGNS:
        raise ValueError(f"{where}: unknown sign id {rule.sign!r}")
    check_source(rule.source, where)
    if not rule.explanation or not rule.en or not rule.es:
        raise ValueError(f"{where}: needs an explanation and frames in English and Spanish")


def frame_matches(frames: tuple[tuple[Compiled, re.Pattern[str]], ...], folded: str,
                  language: str, deadline: float, clock: Callable[[], float],
                  ) -> Iterator[tuple[Compiled, int, int]]:
    """Each frame rule's matches, as spans of the folded text. Raises the index's
    ``OutOfTime`` once ``clock()`` passes ``deadline``."""
    stemmed = stem_text(folded, language)
    for compiled, pattern in frames:
        if clock() > deadline:
            raise OutOfTime
        for count, match in enumerate(pattern.finditer(stemmed.line)):
            if count % 64 == 63 and clock() > deadline:
                raise OutOfTime
            start, end = stemmed.folded_span(match.start(), match.end())
            yield compiled, start, end
