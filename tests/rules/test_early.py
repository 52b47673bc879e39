"""A result as soon as it is decided (rules.early.decided_red): never before every answer
still to come would give red too."""

from hypothesis import given, settings
from hypothesis import strategies as st

from rules import QUESTIONS, RED, applicable, assess
from rules.early import decided_red

from .strategies import full_answers

SALE = {"offer_kind": "treatment", "provider": "private_clinic", "country": "MX",
        "payment": "treatment"}


def _prefix(answers, upto):
    """The answers to the first ``upto`` questions that apply, as the pages would have them."""
    out = {}
    for question in QUESTIONS[:upto]:
        if question.id in answers and applicable(question.id, out):
            out[question.id] = answers[question.id]
    return out


@settings(max_examples=300, deadline=None)
@given(full_answers, st.integers(min_value=1, max_value=len(QUESTIONS)))
def test_a_decided_red_stays_red_whatever_is_answered_next(answers, upto):
    prefix = _prefix(answers, upto)
    if decided_red(prefix):
        completed = {k: v for k, v in answers.items()
                     if k in prefix or k not in {q.id for q in QUESTIONS[:upto]}}
        assert assess(completed).verdict.id == RED, (prefix, completed)


def test_an_unproven_drip_for_autism_sold_by_a_clinic_is_decided_after_the_offer_pages():
    answers = {**SALE, "condition_group": "neurological", "cell_type": "cord_or_placenta",
               "route": "intravenous"}
    assert decided_red(answers)
    assert not decided_red({k: v for k, v in answers.items() if k != "route"})


def test_a_trial_that_charges_is_decided_once_the_payment_is_known():
    answers = {"offer_kind": "trial", "provider": "private_clinic", "country": "PA",
               "condition_group": "neurological", "cell_type": "donor_adult",
               "route": "joint", "payment": "treatment"}
    assert decided_red(answers)
    assert not decided_red({**answers, "payment": "none"})


def test_nothing_is_decided_for_a_knee_injection_until_the_days_are_known():
    answers = {**SALE, "condition_group": "osteoarthritis", "cell_type": "own_fat",
               "route": "joint"}
    assert not decided_red(answers)
    assert decided_red({**answers, "product": "", "atmp": "yes", "clinical_trial": "yes",
                        "regulator": "yes", "clean_room": "yes",
                        "authorisation_document": "yes", "administrator_authorised": "yes",
                        "leaflet": "yes", "extraction_days": 0})


def test_a_product_still_to_be_named_could_be_authorised_so_nothing_is_decided():
    # NeuroNata-R is conditionally approved in Korea for ALS: amber, not red, if named.
    answers = {"offer_kind": "treatment", "provider": "hospital", "country": "KR",
               "condition_group": "neurological", "cell_type": "own_bone_marrow",
               "route": "intrathecal", "payment": "treatment"}
    assert not decided_red(answers)
    assert decided_red({**answers, "product": "Unknowncel"})
