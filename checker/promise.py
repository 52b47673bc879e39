"""The start page's time promise: "N short pages, about M minutes" (issue 24).

Measured, not guessed: the words a patient reads on the longest treatment journey (every
question, hint, choice and choice hint, in the active language) at 200 words a minute, plus
3 seconds a tap, with half as many words again for what every page has (the progress line,
the buttons, the headings of the pages) and for check your answers, which shows the questions
again with their answers; rounded up.
tests/checker/test_start_page.py renders those pages and checks the promise holds.
"""

import math
from functools import cache

from django.utils.translation import get_language, gettext

import rules
from rules.asked import asked
from rules.catalogue import Question

from .question_forms import choice_label
from .steps import TREATMENT_PAGES, active_steps

#: The longest treatment journey: the cell type not known (whose cells is asked), an illness
#: of the joints (the pain and scan questions), two warning signs ticked.
LONGEST_TREATMENT = {"offer_kind": "treatment", "cell_type": "unsure",
                     "condition_group": "osteoarthritis"}
WORDS_PER_MINUTE, SECONDS_PER_TAP, PAGE_FURNITURE = 200, 3, 1.5
WARNING_SIGNS_TICKED = 2


def _words(text: object) -> int:
    return len(str(text).split())


def _question_words(question: Question) -> int:
    text, hint = rules.wording(question.id, LONGEST_TREATMENT)
    words = _words(gettext(text)) + _words(gettext(hint))
    for value in question.choices:
        words += _words(choice_label(question, value))
        if question.option_hint(value):
            words += _words(gettext(question.option_hint(value)))
    return words


def reading() -> tuple[int, int]:
    """(words, taps) of the longest treatment journey, Start now and See my result included."""
    ids = asked(LONGEST_TREATMENT)
    questions = [rules.QUESTIONS_BY_ID[i] for i in ids if i in rules.QUESTIONS_BY_ID]
    words = sum(_question_words(q) for q in questions)
    words += sum(_words(gettext(w.label)) + _words(gettext(w.hint)) for w in rules.WARNING_SIGNS)
    taps = (sum(q.kind != rules.catalogue.TEXT for q in questions) + WARNING_SIGNS_TICKED
            + len(active_steps(LONGEST_TREATMENT)) + 2)
    return words, taps


@cache
def _minutes(language: str) -> int:
    words, taps = reading()
    seconds = words * 60 / WORDS_PER_MINUTE * PAGE_FURNITURE + taps * SECONDS_PER_TAP
    return math.ceil(seconds / 60)


def promise() -> dict[str, int]:
    """The start page's figures: pages a treatment offer asks, and minutes."""
    return {"pages": TREATMENT_PAGES, "minutes": _minutes(get_language() or "en")}
