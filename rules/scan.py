"""Reads a clinic's own text (an advert, a web page, a message, a quote) and points at the
claims that match a warning sign: ``scan(text) -> Scan``.

The text is folded one character at a time (lower case, accents removed, curly quotes and
dashes made plain), so a position in the folded text is the same position in the original
and every finding's ``start``/``end`` index the text exactly as given. (Text in decomposed
form, a letter followed by a combining accent, is folded with an offset map instead.)

A match does not count when, in its own clause, a negation comes just before it ("not
proven", "no hay garantías", "we do not promise a cure"), when its sentence warns about the
claim ("beware of clinics that promise a cure"), or, for claims about evidence, results and
safety, when it is hedged ("to find out whether it is safe and effective"). The scanner only
suggests: the patient confirms each sign.
"""

import re
import re._constants as _c  # the parsed form of a pattern, to find its first characters
import re._parser as _parser
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from .phrases import (
    BENIGN_SIGNS,
    CONDITIONS,
    MANY_CONDITIONS,
    PHRASES,
    SCAN_SIGNS,
    compile_pattern,
    expand,
)

ENGLISH, SPANISH = "en", "es"
LANGUAGES = (ENGLISH, SPANISH)
#: The longest text the scanner accepts (the command and the web page enforce it).
MAX_CHARS = 20_000


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


@dataclass(frozen=True, slots=True)
class Scan:
    language: str
    findings: tuple[Finding, ...]

    @property
    def signs(self) -> tuple[str, ...]:
        """Every sign found, in the order it first appears in the text."""
        return tuple(dict.fromkeys(f.sign for f in self.findings))

    @property
    def warning_signs(self) -> tuple[str, ...]:
        return tuple(s for s in self.signs if s not in BENIGN_SIGNS)

    def to_json_dict(self) -> dict:
        return {
            "language": self.language,
            "signs": list(self.signs),
            "findings": [
                {"sign": f.sign, "start": f.start, "end": f.end, "quote": f.quote,
                 "explanation": f.explanation, "source": f.source}
                for f in self.findings
            ],
        }


# --- folding ---------------------------------------------------------------------------------

_PUNCTUATION = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc\u00b4`\u2032", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u00a0\u2007\u2009\u200a\u202f\u3000\t\r\f\v", " "),
}


class _FoldTable(dict):
    """``str.translate`` table that maps every character to exactly one character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _PUNCTUATION.get(char)
        if folded is None:
            lower = char.lower()
            if len(lower) != 1:
                lower = char
            base = "".join(c for c in unicodedata.normalize("NFKD", lower)
                           if not unicodedata.combining(c))
            folded = base if len(base) == 1 else lower
        self[code] = folded
        return folded


_FOLD = _FoldTable()
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, only when combining marks had to be dropped, the original index
    of each folded character (plus ``len(text)`` at the end)."""
    if text.isascii():
        return text.lower(), None
    if not _COMBINING.search(text):
        return text.translate(_FOLD), None
    kept = [i for i, c in enumerate(text) if not unicodedata.combining(c)]
    folded = "".join(text[i] for i in kept).translate(_FOLD)
    return folded, [*kept, len(text)]


# --- language --------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z']+")
_EN_WORDS = frozenset({
    "the", "and", "of", "to", "with", "for", "is", "are", "your", "you", "our", "we", "this",
    "that", "it", "be", "will", "can", "was", "were", "has", "have", "not", "from", "by", "at",
    "or", "an", "as", "all", "cells", "treatment", "patients", "after",
    # words of adverts, for texts too short to have many of the above
    "price", "payment", "offer", "results", "package", "includes", "included",
    "free", "safe", "guaranteed", "cure", "stem", "therapy", "book", "now", "only", "today",
})
_ES_WORDS = frozenset({
    "el", "la", "los", "las", "de", "del", "que", "y", "en", "con", "para", "por", "su", "sus",
    "es", "son", "una", "un", "se", "le", "usted", "al", "como", "mas", "nuestro", "nuestra",
    "nuestros", "celulas", "tratamiento", "pacientes", "tras", "sin",
    # words of adverts, for texts too short to have many of the above
    "precio", "pago", "oferta", "resultados", "paquete", "incluye", "incluido", "gratis",
    "seguro", "garantizado", "cura", "madre", "terapia", "reserve", "ahora", "solo", "hoy",
})

_EN_ENDINGS = re.compile(r"[a-z](?:ing|ed|ly|tion|tions|ness|ful|ity|'s)\b|\b(?:th|wh)[a-z]+")
_ES_ENDINGS = re.compile(r"[a-z](?:ados?|adas?|idos?|idas?|cion|ciones|mente|dad|dades|amos|"
                         r"emos|imos|ientos?|encias?|ias|ios)\b|\b(?:ll|qu)[a-z]+")


def detect_language(text: str) -> str:
    """English or Spanish, by counting common words (Spanish punctuation tips a tie)."""
    return _detect(text, fold(text)[0])


def _detect(text: str, folded: str) -> str:
    en = es = 0
    for word in _WORD.findall(folded):
        if word in _EN_WORDS:
            en += 1
        elif word in _ES_WORDS:
            es += 1
    if any(c in text for c in "ñ¿¡"):
        es += 2
    if es == en:  # a short text: look at the endings of its words instead
        en += len(_EN_ENDINGS.findall(folded))
        es += len(_ES_ENDINGS.findall(folded)) + sum(c in "áéíóúÁÉÍÓÚ" for c in text)
    return SPANISH if es > en else ENGLISH


# --- context: negation, warnings, hedges ------------------------------------------------------

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


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: object
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None
    unless: re.Pattern[str] | None


def _alternation(patterns) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return compile_pattern("|".join(f"(?:{p})" for p in patterns))


@dataclass(frozen=True, slots=True)
class _Matcher:
    """One pattern of a rule (or of a condition group), compiled on its own."""

    pattern: re.Pattern[str]
    owner: int  # index of the rule or group: at most one match per owner per position
    compiled: _Compiled | None = None
    group: str = ""


@dataclass(frozen=True, slots=True)
class _Language:
    #: Matchers by the first one, two or three characters their matches can start with:
    #: at a word start only the few matchers filed under the text's next characters are
    #: tried, so a long text costs one pass over its words, not one regex pass per rule.
    index: dict[str, tuple[_Matcher, ...]]
    anywhere: tuple[_Matcher, ...]
    #: What ``_tried_at`` found for each three characters met so far.
    cache: dict[str, tuple[_Matcher, ...]]
    #: Zero-width match at each word start where some filed prefix begins (a trie of them).
    starts: re.Pattern[str]


_PREFIX = 3
_MAX_PREFIXES = 400


def _compile(language: str) -> _Language:
    # (pattern, owner, compiled rule or None, condition group id)
    owned: list[tuple[str, int, _Compiled | None, str]] = []
    for owner, rule in enumerate(PHRASES):
        compiled = _Compiled(rule, _alternation(getattr(rule, language)),
                             _alternation(rule.requires), _alternation(rule.unless))
        owned += [(p, owner, compiled, "") for p in getattr(rule, language)]
    for owner, group in enumerate(CONDITIONS, start=len(PHRASES)):
        owned += [(p, owner, None, group.id) for p in getattr(group, language)]
    # one regex per prefix and owner: the owner's patterns filed under that prefix
    filed: dict[str, dict[int, list]] = {}
    loose: dict[int, list] = {}
    for pattern, owner, compiled, group in owned:
        prefixes = _prefixes(pattern)
        places = [loose] if prefixes is None or "" in prefixes else [
            filed.setdefault(prefix, {}) for prefix in prefixes]
        for place in places:
            place.setdefault(owner, [compiled, group]).append(pattern)

    def matchers(by_owner: dict[int, list]) -> tuple[_Matcher, ...]:
        return tuple(_Matcher(_alternation(patterns), owner, compiled=compiled, group=group)
                     for owner, (compiled, group, *patterns) in sorted(by_owner.items()))

    index = {prefix: matchers(by_owner) for prefix, by_owner in filed.items()}
    anywhere = matchers(loose)
    starts = re.compile(r"(?<![\w])\S") if anywhere else re.compile(
        rf"(?<![\w])(?={_trie(index)})")
    return _Language(index, anywhere, {}, starts)


def _trie(keys) -> str:
    """A regex matching any of ``keys`` as a prefix, built as a trie (each character tested
    once); a key that ends at a node makes its longer keys unnecessary."""
    root: dict = {}
    for key in keys:
        node = root
        for char in key:
            if node.get("") is True:
                break
            node = node.setdefault(char, {})
        else:
            node.clear()
            node[""] = True

    def build(node: dict) -> str:
        ends = sorted(c for c, child in node.items() if c and child.get("") is True)
        deeper = [re.escape(c) + build(child) for c, child in sorted(node.items())
                  if c and child.get("") is not True]
        parts = ([("[" + "".join(re.escape(c) for c in ends) + "]") if len(ends) > 1
                  else re.escape(ends[0])] if ends else []) + deeper
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return build(root)


def _prefixes(pattern: str) -> set[str] | None:
    """The strings of up to three characters that every match of ``pattern`` starts with
    one of (shorter when the pattern allows no more), read from the parsed regex; ``None``
    when that cannot be told, and then the pattern is tried at every word start."""
    try:
        found = _sequence(_parser.parse(expand(pattern)), _PREFIX)
    except Exception:  # an unusual construct only costs speed, never a finding
        return None
    return None if found is None else {text for text, _open in found}


def _sequence(items, room: int) -> set[tuple[str, bool]] | None:
    """(prefix, open) pairs for a sequence of parsed items; ``open`` means the sequence was
    read to its end, so what follows it continues the prefix."""
    current = {("", True)}
    for op, av in items:
        following: set[tuple[str, bool]] = set()
        for prefix, is_open in current:
            if not is_open or len(prefix) >= room:
                following.add((prefix[:room], False))
                continue
            item = _item(op, av, room - len(prefix))
            if item is None:
                following.add((prefix, False))
                continue
            for text, item_open in item:
                joined = prefix + text
                following.add((joined[:room], item_open and len(joined) < room))
        if len(following) > _MAX_PREFIXES:
            return None
        current = following
    return current


def _item(op, av, room: int) -> set[tuple[str, bool]] | None:
    if op is _c.LITERAL:
        return {(chr(av), True)}
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < 64:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
                chars.update("0123456789")
            else:
                return None
        return {(c, True) for c in chars}
    if op is _c.BRANCH:
        found: set[tuple[str, bool]] = set()
        for branch in av[1]:
            part = _sequence(branch, room)
            if part is None:
                return None
            found |= part
        return found
    if op is _c.SUBPATTERN:
        return _sequence(av[3], room)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, body = av
        once = _sequence(body, room)
        if once is None:
            return None
        # one pass of the body; when it may repeat, what follows is not known here
        found = {(text, is_open and high == 1) for text, is_open in once}
        if low == 0:
            found.add(("", True))
        return found
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {("", True)}
    return None


_LIST_EXCEPTIONS = _Compiled(MANY_CONDITIONS, None, None, _alternation(MANY_CONDITIONS.unless))
_COMPILED = {language: _compile(language) for language in LANGUAGES}
#: Conditions named within this many characters of each other count as one list.
_LIST_WINDOW = 400


#: A sentence longer than this on either side of a match is cut there, so one very long
#: "sentence" (a text without full stops) costs no more per finding than a normal one.
_SENTENCE_REACH = 300


class _Context:
    def __init__(self, folded: str):
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

    def counts(self, start: int, end: int, sign: str, compiled: _Compiled | None) -> bool:
        begin, finish = self.sentence(start, end)
        prefix = self.folded[begin:start]
        words = _WORD.findall(_CLAUSE_END.split(prefix)[-1])[-_NEGATION_WINDOW:]
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


def scan(text: str, language: str | None = None) -> Scan:
    """The claims in ``text`` that point at a warning sign (or a reassuring note).

    ``language`` is ``"en"`` or ``"es"``; by default it is detected from the text.
    """
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    folded, offsets = fold(text)
    if language is None:
        language = _detect(text, folded)
    context = _Context(folded)
    spans: list[tuple[int, int, str, str, str, str]] = []
    mentions: list[tuple[int, int, str]] = []
    for matcher, start, end in _matches(_COMPILED[language], folded):
        if matcher.compiled is None:
            if context.counts(start, end, MANY_CONDITIONS.sign, _LIST_EXCEPTIONS):
                mentions.append((start, end, matcher.group))
            continue
        rule = matcher.compiled.rule
        if context.counts(start, end, rule.sign, matcher.compiled):
            spans.append((start, end, rule.id, rule.sign, rule.explanation, rule.source))
    spans.extend(_condition_list(folded, mentions))
    spans = _without_overlaps(spans)
    findings = []
    for start, end, rule_id, sign, explanation, source in spans:
        if offsets is not None:
            start, end = offsets[start], offsets[end]
        findings.append(Finding(rule_id, sign, start, end, text[start:end], explanation, source))
    return Scan(language, tuple(findings))


_WORD_START = re.compile(r"(?<![\w])\S")
_CACHE_LIMIT = 50_000


def _tried_at(language: _Language, head: str) -> tuple[_Matcher, ...]:
    """The matchers filed under ``head`` (three characters) or its first two or one."""
    tried = language.cache.get(head)
    if tried is None:
        index = language.index
        tried = (*index.get(head, ()), *index.get(head[:2], ()), *index.get(head[:1], ()),
                 *language.anywhere)
        if len(language.cache) < _CACHE_LIMIT:
            language.cache[head] = tried
    return tried


def _matches(language: _Language, folded: str):
    """Each rule's and condition group's non-overlapping matches, left to right (the
    longest when several of its patterns match at one place). Every match starts at a word
    start; at each, only the patterns filed under the next characters are tried."""
    ends: dict[int, int] = {}
    for word in language.starts.finditer(folded):
        position = word.start()
        tried = _tried_at(language, folded[position:position + _PREFIX])
        if not tried:
            continue
        best: dict[int, tuple[_Matcher, int]] = {}
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


def _condition_list(folded: str, mentions: list[tuple[int, int, str]]):
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


def _without_overlaps(spans):
    """Sorted by position; of two overlapping findings of the same sign, the longer stays."""
    kept: list[tuple] = []
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


assert all(rule.sign in SCAN_SIGNS for rule in PHRASES)
