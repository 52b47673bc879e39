"""Hypothesis strategies for answer sets, shared by the property tests."""

from hypothesis import strategies as st

from rules import QUESTIONS, WARNING_SIGNS
from rules.catalogue import DAYS

DAYS_ANSWERS = st.one_of(st.just("unsure"), st.integers(min_value=0, max_value=365))


def answer_for(question):
    if question.kind == DAYS:
        return DAYS_ANSWERS
    return st.sampled_from(question.choices)


full_answers = st.fixed_dictionaries(
    {q.id: answer_for(q) for q in QUESTIONS}
    | {"warning_signs": st.lists(st.sampled_from([w.id for w in WARNING_SIGNS]), unique=True)}
)
