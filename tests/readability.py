"""Reading ease, our own way (no downloads): Flesch for English, Fernández-Huerta for Spanish.

Flesch (1948): 206.835 - 1.015 * words per sentence - 84.6 * syllables per word.
Fernández-Huerta (1959), in the form consistent with Flesch's: 206.84 - 0.60 * syllables
per 100 words - 1.02 * words per sentence. Both: 60 or more is plain, 50-60 fairly hard.

The syllable counters are heuristics (vowel groups, with the usual English silent "e" and
Spanish diphthong rules); good enough to compare texts, not to publish a score.
"""

import re

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?;:]+(?:\s|$)")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentences(text: str) -> int:
    parts = [p for p in _SENTENCE_END.split(text) if words(p)]
    return max(1, len(parts))


def syllables_en(word: str) -> int:
    if len(word) > 1 and word.isupper():
        return len(word)  # an abbreviation read letter by letter (MRI, GMP)
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s$", "", w)
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", w)
    w = re.sub(r"^y", "", w)
    count = len(re.findall(r"[aeiouy]{1,2}", w))
    return max(1, count)


_ES_STRONG = "aeoáéó"
_ES_VOWELS = "aeiouáéíóúü"


def syllables_es(word: str) -> int:
    """Vowel groups, split where two strong vowels meet (hiatus) or at an accented i/u."""
    w = word.lower()
    count = 0
    previous = ""
    for ch in w:
        if ch in _ES_VOWELS:
            hiatus = (previous in _ES_STRONG and ch in _ES_STRONG) or "í" in (ch, previous) \
                or "ú" in (ch, previous)
            if not previous or hiatus:
                count += 1
            previous = ch
        else:
            previous = ""
    # "y" at the end of a word is a vowel sound ("hoy", "muy") but shares its syllable.
    return max(1, count)


def flesch(text: str) -> float:
    ws = words(text)
    if not ws:
        return 100.0
    syl = sum(syllables_en(w) for w in ws)
    return 206.835 - 1.015 * len(ws) / sentences(text) - 84.6 * syl / len(ws)


def fernandez_huerta(text: str) -> float:
    ws = words(text)
    if not ws:
        return 100.0
    syl = sum(syllables_es(w) for w in ws)
    return 206.84 - 0.60 * 100 * syl / len(ws) - 1.02 * len(ws) / sentences(text)
