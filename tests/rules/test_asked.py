"""Which answers count and which questions are asked (rules.asked): the one place the pages,
the stored questionnaire and the report read it from."""

from hypothesis import given, settings

from rules import ANSWER_IDS, applicable
from rules.asked import asked, optional, relevant_answers, unanswered

from .strategies import full_answers


def test_an_answer_to_a_question_that_does_not_apply_does_not_count():
    answers = {"offer_kind": "treatment", "trial_ethics": "yes", "atmp": "no"}
    assert relevant_answers(answers) == {"offer_kind": "treatment", "atmp": "no"}
    assert "trial_ethics" not in asked(answers)


def test_a_hospital_transplant_for_a_blood_disease_is_asked_its_first_questions_only():
    answers = {"offer_kind": "transplant", "condition_group": "blood_disease",
               "provider": "hospital", "atmp": "no"}
    assert asked(answers) == ["offer_kind", "provider", "country", "condition_group"]
    assert "atmp" not in relevant_answers(answers)
    assert unanswered(answers) == ["country"]


def test_only_the_typed_identifiers_and_the_product_name_may_stay_empty():
    assert [a for a in ANSWER_IDS if optional(a)] == [
        "product", "authorisation_number", "trial_number"]
    assert "product" not in unanswered({"offer_kind": "treatment"})


@settings(max_examples=150, deadline=None)
@given(full_answers)
def test_what_counts_is_asked_in_order_and_what_is_missing_is_the_rest(answers):
    relevant = relevant_answers(answers)
    ids = asked(answers)
    assert list(relevant) == [a for a in ids if a in relevant]
    assert all(applicable(a, relevant) for a in ids)
    assert relevant_answers(relevant) == relevant
    assert unanswered(answers) == [a for a in ids if a not in relevant and not optional(a)]
    assert unanswered(relevant) == unanswered(answers)
