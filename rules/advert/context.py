"""Whether a match counts, from the words around it.

A match does not count when, in its own clause, a negation comes just before it ("not
proven", "no hay garantías", "we do not promise a cure"), when its sentence warns about the
claim ("beware of clinics that promise a cure"), or, for claims about evidence, results and
safety, when it is hedged ("to find out whether it is safe and effective"). A rule's own
``requires`` and ``unless`` patterns are looked for in the same sentence.
"""

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from .model import BENIGN_SIGNS, ListRule, PhraseRule, compile_pattern
from .text import WORD

#: A sentence ends at . ! ? ; or a line break (a dot inside a number does not end it).
_SENTENCE_END = re.compile(r"[!?;\n\u00bf\u00a1]|[.](?!\d)")
#: A clause also ends at a comma, a colon, a dash between spaces, or "and", "but", "y", "pero".
_CLAUSE_END = re.compile(r"[,:()\"]| - |\b(?:and|but|or|y|e|pero|o|aunque|although)\b")
_NEGATIONS = frozenset({
    "not", "no", "never", "nor", "neither", "without", "cannot", "cant", "dont", "doesnt",
    "isnt", "arent", "wont", "didnt", "havent", "hasnt", "shouldnt", "unable", "nunca", "jamas",
    "sin", "ni", "tampoco", "ningun", "ninguna", "ninguno", "nadie", "nada"
})
_NEGATION_WINDOW = 4
_CAUTION = compile_pattern(
    r"bewar\w*|wary|skeptic\w*|sceptic\w*|suspicious|caution\w*|red flags?|warning signs?|"
    r"be careful|watch out|clinics that|providers that|anyone who|fraud\w*|scams?|"
    r"desconf\w+|cuidado|sospech\w+|alerta|senal(?:es)? de (?:alarma|alerta)|precaucion|"
    r"clinicas que|quienes|fraude\w*|estafa\w*"
)
_HEDGES = compile_pattern(
    r"whether|if|may|might|could|potential\w*|hope\w*|aims? to|to (?:test|see|find out|"
    r"determine|assess|check|learn|study|evaluate|investigate)|si (?:es|son|el|la|los|las|"
    r"este|esta)|para (?:ver|saber|evaluar|comprobar|determinar|estudiar|investigar)|"
    r"puede que|podria\w*|posible\w*|potencial\w*|esperanza|objetivo"
)
_HEDGE_WINDOW = 60
_HEDGED_SIGNS = frozenset({"no_evidence", "guaranteed_results", "no_risks_claim"})
#: A sentence longer than this on either side of a match is cut there, so one very long
#: "sentence" (a text without full stops) costs no more per finding than a normal one.
_SENTENCE_REACH = 300


def alternation(patterns: Sequence[str]) -> re.Pattern[str]:
    """Table patterns as one regex (the first that matches wins)."""
    return compile_pattern("|".join(f"(?:{p})" for p in patterns))


def optional_alternation(patterns: Sequence[str]) -> re.Pattern[str] | None:
    return alternation(patterns) if patterns else None


@dataclass(frozen=True, slots=True)
class Compiled:
    """A rule with its sentence patterns compiled."""

    rule: PhraseRule | ListRule
    requires: re.Pattern[str] | None
    unless: re.Pattern[str] | None

    @classmethod
    def of(cls, rule: PhraseRule | ListRule) -> "Compiled":
        requires = rule.requires if isinstance(rule, PhraseRule) else ()
        return cls(rule, optional_alternation(requires), optional_alternation(rule.unless))


class Context:
    """The sentences of one folded text, and what was already searched in them."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.ends = [m.end() for m in _SENTENCE_END.finditer(folded)]
        self._searched: dict[tuple[int, int, int], bool] = {}

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        i = bisect_right(self.ends, start)
        begin = self.ends[i - 1] if i else 0
        j = bisect_right(self.ends, max(start, end - 1))
        finish = self.ends[j] if j < len(self.ends) else len(self.folded)
        return max(begin, start - _SENTENCE_REACH), min(finish, end + _SENTENCE_REACH)

    def _found(self, pattern: re.Pattern[str], begin: int, finish: int) -> bool:
        """Whether ``pattern`` occurs in folded[begin:finish], remembered per sentence."""
        key = (id(pattern), begin, finish)
        found = self._searched.get(key)
        if found is None:
            found = self._searched[key] = pattern.search(self.folded, begin, finish) is not None
        return found

    def counts(self, start: int, end: int, sign: str, compiled: Compiled | None) -> bool:
        """Whether the match folded[start:end] for ``sign`` counts in its sentence."""
        begin, finish = self.sentence(start, end)
        prefix = self.folded[begin:start]
        words = WORD.findall(_CLAUSE_END.split(prefix)[-1])[-_NEGATION_WINDOW:]
        if _NEGATIONS.intersection(words) or any(w.endswith("n't") for w in words):
            return False
        if sign not in BENIGN_SIGNS:
            if self._found(_CAUTION, begin, finish):
                return False
            if sign in _HEDGED_SIGNS and _HEDGES.search(prefix[-_HEDGE_WINDOW:]):
                return False
        if compiled is not None:
            if compiled.requires is not None and not self._found(compiled.requires, begin,
                                                                 finish):
                return False
            if compiled.unless is not None and self._found(compiled.unless, begin, finish):
                return False
        return True
