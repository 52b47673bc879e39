"""Whether a match counts, from the words around it.

A match does not count when, in its own clause, a negation comes just before it ("not
proven", "no hay garantías", "we do not promise a cure"), when its sentence warns about the
claim or reports someone else's ("beware of clinics that promise a cure", "some clinics
claim", "the agency warns"), when an agency or a committee is the one who found a product
safe or effective, when its sentence is a question, or, for claims about evidence, results
and safety, when it is hedged ("to find out whether it is safe and effective"). A rule's own
``requires`` and ``unless`` patterns are looked for in the same sentence.
``from_agency_or_register`` tells an agency's approval or appraisal, or a trial register's
record, from an advert (and from a warning letter, which quotes a clinic's claims).
"""

import re
from bisect import bisect_left, bisect_right
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
    r"bewar\w{0,20}|wary|skeptic\w{0,20}|sceptic\w{0,20}|suspicious|caution\w{0,20}|"
    r"red flags?|warning signs?|"
    r"be careful|watch out|clinics that|providers that|anyone who|fraud\w{0,20}|scams?|"
    r"desconf\w{1,24}|cuidado|sospech\w{1,24}|alerta|senal(?:es)? de (?:alarma|alerta)|precaucion|"
    r"clinicas que|quienes|fraude\w{0,20}|estafa\w{0,20}|"
    # reported speech: someone else's claim, quoted to warn about it
    r"(?:some|many|these|such|certain|other|unlicensed|unproven) (?:\w{1,24} ){0,2}"
    r"(?:clinics|providers|companies|sellers|websites|businesses|centres|centers)|"
    r"(?:they|clinics|providers|companies|sellers) (?:\w{1,24} ){0,1}(?:claim|promise|"
    r"advertise|say|state|market)|(?:false|misleading|unproven|unsupported) claims?|"
    r"(?:agency|fda|ema|aemps|cofepris|regulators?|ministry|authorities) "
    r"(?:\w{1,24} ){0,2}(?:warns?|warned|advises?|alerts?|cautions?|reminds?)|"
    r"(?:algun[oa]s|ciert[oa]s|estas|dichas|otras|muchas) (?:\w{1,24} ){0,2}(?:clinicas|"
    r"centros|empresas|webs|paginas)|(?:afirman|prometen|anuncian|aseguran|dicen) que|"
    r"afirmaciones (?:falsas|enganosas|no)|"
    r"(?:agencia|aemps|cofepris|fda|ema|ministerio|autoridades) (?:\w{1,24} ){0,2}"
    r"(?:advierte\w{0,4}|alerta\w{0,4}|recuerda\w{0,4}|desaconseja\w{0,4})"
)
#: An agency or a committee as the one who found a product safe or effective (an approval,
#: an appraisal), not a seller: the claim is the agency's conclusion.
_AGENCY_SPEAKS = compile_pattern(
    r"(?:agency|fda|food and drug administration|ema|chmp|committee|nice|regulators?|aemps|"
    r"agencia|comite) (?:\w{1,24} ){0,2}(?:found|concluded|determined|approved|approves|"
    r"reviewed|granted|recommend\w{0,3}|considered|noted|concluyo|determino|aprobo|autorizo|"
    r"recomienda)"
)
#: Words that mark a text as an agency's approval or appraisal, or a trial register's
#: record; a warning letter to a clinic (which quotes the clinic's claims) never is.
_REGISTER_MARKS = compile_pattern(
    r"clinicaltrials\.gov|eudract|eu ct|isrctn|study type|tipo de estudio|"
    r"eligibility(?: criteria)?|inclusion criteria|criterios de (?:inclusion|exclusion)|"
    r"primary (?:outcome|endpoint)|variable principal|estado: en reclutamiento|"
    r"recruitment status|sponsor:|promotor:"
)
_APPROVAL_MARKS = compile_pattern(
    r"technology appraisal|marketing authori[sz]ation|autorizacion de comercializacion|"
    r"ficha tecnica|summary of product characteristics|list price|precio de lista|"
    r"(?:the )?(?:food and drug administration|agency|european commission|ema) (?:has )?"
    r"(?:approved|approves|granted|authori[sz]ed)|fda approves|"
    r"(?:the )?committee (?:concluded|noted|recommended)|el comite (?:concluyo|recomendo)"
)
_LETTER_MARKS = compile_pattern(
    r"warning letter|violations?|untitled letter|complaint|respondents?|"
    r"carta de advertencia|infraccion\w{0,3}|expediente sancionador"
)
#: Texts longer than this are not read for the marks beyond it (they come first).
_MARKS_REACH = 4000


def from_agency_or_register(folded: str) -> bool:
    """Whether the text is an agency's approval or appraisal, or a trial register's record:
    one approval mark, or two different register marks, and no mark of a letter that
    quotes a clinic's claims."""
    head = folded[:_MARKS_REACH]
    if _LETTER_MARKS.search(head):
        return False
    if _APPROVAL_MARKS.search(head):
        return True
    return len({m.group() for m in _REGISTER_MARKS.finditer(head)}) >= 2
_HEDGES = compile_pattern(
    r"whether|if|may|might|could|potential\w{0,20}|hope\w{0,20}|aims? to|to (?:test|see|find out|"
    r"determine|assess|check|learn|study|evaluate|investigate)|si (?:es|son|el|la|los|las|"
    r"este|esta)|para (?:ver|saber|evaluar|comprobar|determinar|estudiar|investigar)|"
    r"puede que|podria\w{0,20}|posible\w{0,20}|potencial\w{0,20}|esperanza|objetivo"
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
        self._marks: dict[int, tuple[list[int], list[int]]] = {}

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        i = bisect_right(self.ends, start)
        begin = self.ends[i - 1] if i else 0
        j = bisect_right(self.ends, max(start, end - 1))
        finish = self.ends[j] if j < len(self.ends) else len(self.folded)
        return max(begin, start - _SENTENCE_REACH), min(finish, end + _SENTENCE_REACH)

    def _found(self, pattern: re.Pattern[str], begin: int, finish: int) -> bool:
        """Whether a match of ``pattern`` lies within folded[begin:finish]. Each pattern runs
        once over the whole text (a linear pass), then each question is a binary search."""
        marks = self._marks.get(id(pattern))
        if marks is None:
            found = list(pattern.finditer(self.folded))
            marks = self._marks[id(pattern)] = ([m.start() for m in found],
                                                [m.end() for m in found])
        starts, ends = marks
        i = bisect_left(starts, begin)
        return i < len(starts) and ends[i] <= finish

    def _asks(self, end: int) -> bool:
        """Whether the match ending at ``end`` is in a question: a question asks, it does
        not claim ("Will I have to pay to take part? No.")."""
        i = bisect_left(self.ends, end)
        return i < len(self.ends) and self.folded[self.ends[i] - 1] == "?"

    def counts(self, start: int, end: int, sign: str, compiled: Compiled | None) -> bool:
        """Whether the match folded[start:end] for ``sign`` counts in its sentence."""
        begin, finish = self.sentence(start, end)
        prefix = self.folded[begin:start]
        words = WORD.findall(_CLAUSE_END.split(prefix)[-1])[-_NEGATION_WINDOW:]
        if _NEGATIONS.intersection(words) or any(w.endswith("n't") for w in words):
            return False
        if sign not in BENIGN_SIGNS:
            if self._asks(end):
                return False
            if self._found(_CAUTION, begin, finish) or self._found(_AGENCY_SPEAKS, begin, finish):
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
