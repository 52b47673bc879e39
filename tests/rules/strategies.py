"""Hypothesis strategies for answer sets, shared by the property tests.

``full_answers`` answers every question (a few left unanswered), for an offer kind the checker
judges; questions that do not apply to that kind are answered too, as an outside corpus may.
"""

from hypothesis import strategies as st

from rules import QUESTIONS, WARNING_SIGNS
from rules.catalogue import CHOICE, COUNTRY, DAYS, TEXT
from rules.rule_model import JUDGED

DAYS_ANSWERS = st.one_of(st.sampled_from(["unsure", "in_advance"]),
                         st.integers(min_value=0, max_value=365))
COUNTRIES = st.sampled_from(["ES", "FR", "DE", "MX", "US", "TH", "BR", "unsure"])
NUMBERS = st.sampled_from(["NCT01234567", "2022-500014-26-00", "2010-020118-23",
                           "ISRCTN12345678", "EU/1/17/1181", "COFEPRIS 123", None])
PRODUCT_NAMES = st.sampled_from(["Spherox", "Holoclar", "NeuroNata-R", "Ryoncil", "Alofisel",
                                 "Kymriah", "Unknowncel", None])


def answer_for(question):
    if question.id == "offer_kind":
        return st.sampled_from(JUDGED)
    if question.kind == DAYS:
        strategy = DAYS_ANSWERS
    elif question.kind == COUNTRY:
        strategy = COUNTRIES
    elif question.kind == TEXT:
        return PRODUCT_NAMES if question.id == "product" else NUMBERS
    else:
        strategy = st.sampled_from(question.choices)
    # Now and then a question is left unanswered.
    return st.one_of(strategy, st.just(None)) if question.kind != CHOICE else strategy


SIGNS = st.one_of(
    st.lists(st.sampled_from([w.id for w in WARNING_SIGNS]), unique=True, max_size=4),
    st.just("unsure"),
)

random_answers = st.fixed_dictionaries(
    {q.id: answer_for(q) for q in QUESTIONS} | {"warning_signs": SIGNS}
).map(lambda d: {k: v for k, v in d.items() if v is not None})


@st.composite
def near_legit_answers(draw):
    """A legitimate offer of some kind (tests/answers.py) with up to three answers changed:
    near the green / amber / red boundaries, where a wrong rule shows."""
    from ..answers import answers_for

    answers = dict(answers_for(draw(st.sampled_from(JUDGED))))
    for question in draw(st.lists(st.sampled_from(QUESTIONS), max_size=3, unique=True)):
        answers[question.id] = draw(answer_for(question))
    if draw(st.booleans()):
        answers["warning_signs"] = draw(SIGNS)
    return {k: v for k, v in answers.items() if v is not None}


full_answers = st.one_of(random_answers, near_legit_answers())
