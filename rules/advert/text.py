"""The text as the phrase patterns read it: folded one character at a time (lower case,
accents removed, curly quotes and dashes made plain), and its language.

Folding keeps one character for one, so a position in the folded text is the same position
in the original and every finding's ``start``/``end`` index the text exactly as given. (Text
in decomposed form, a letter followed by a combining accent, is folded with an offset map
instead.)
"""

import re
import unicodedata

ENGLISH, SPANISH = "en", "es"
LANGUAGES = (ENGLISH, SPANISH)

_PUNCTUATION = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc\u00b4`\u2032", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u00a0\u2007\u2009\u200a\u202f\u3000\t\r\f\v", " "),
}


class _FoldTable(dict[int, str]):
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

#: A word of folded text.
WORD = re.compile(r"[a-z']+")
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
    return detect(text, fold(text)[0])


def detect(text: str, folded: str) -> str:
    """``detect_language`` for a text already folded."""
    en = es = 0
    for word in WORD.findall(folded):
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
