"""The questionnaire's own behaviour: saving a page, finishing, resuming, its assessment."""

import pytest

import rules
from checker.models import Questionnaire
from checker.steps import STEPS, STEPS_BY_SLUG

from ..answers import ALL_ANSWERS, ROUTE_ANSWERS

pytestmark = pytest.mark.django_db


def test_saving_a_page_writes_its_fields_only_and_bumps_the_version_on_change():
    q = Questionnaire.objects.create(answers={"leaflet": "no"})
    q.save_page(STEPS_BY_SLUG["told"], {"atmp": "yes", "leaflet": "yes"})
    assert q.answers == {"leaflet": "no", "atmp": "yes"}  # the leaflet is on another page
    assert q.version == 1 and q.last_step == "seen"
    q.save_page(STEPS_BY_SLUG["told"], {"atmp": "yes"})
    assert q.version == 1  # nothing changed
    # A page saved in part keeps what is not given, and stays the page to come back to.
    q.save_page(STEPS_BY_SLUG["told"], {"regulator": "no"}, complete=False)
    assert q.answers == {"leaflet": "no", "atmp": "yes", "regulator": "no"}
    assert q.version == 2 and q.last_step == "told"


def test_empty_offer_details_are_dropped():
    q = Questionnaire.objects.create(offer={"clinic_name": "X", "price": "10"})
    q.save_page(STEPS_BY_SLUG["offer"], {"clinic_name": "", "price": "10", "condition": None})
    assert q.offer == {"price": "10"}
    assert q.last_step == "answers"


def test_an_empty_optional_answer_is_dropped_and_never_missing():
    q = Questionnaire.objects.create(answers={"offer_kind": "treatment",
                                              "authorisation_number": "EU/1/17/1181"})
    q.save_page(STEPS_BY_SLUG["seen"], {"authorisation_number": ""})
    assert "authorisation_number" not in q.answers
    assert "authorisation_number" not in q.unanswered()


def test_it_finishes_only_when_every_question_is_answered():
    q = Questionnaire.objects.create(answers={"atmp": "yes"})
    assert not q.finish() and q.finished_at is None and not q.has_report
    assert q.unanswered()[:3] == ["offer_kind", "provider", "country"]
    q.answers = dict(ALL_ANSWERS)
    q.save()
    assert q.finish() and q.has_report
    first = q.finished_at
    assert q.finish() and q.finished_at == first  # finishing again changes nothing


def test_it_resumes_where_the_patient_left_off():
    q = Questionnaire.objects.create()
    assert q.resume_url().endswith(f"/{STEPS[0].slug}/")
    q.last_step = "follow_up"
    assert q.resume_url().endswith("/follow_up/")
    q.last_step = "extraction_days"  # saved when each question had its own page
    assert q.resume_url().endswith("/follow_up/")
    q.last_step = "answers"
    assert q.resume_url().endswith("/answers/")
    q.answers = dict(ALL_ANSWERS)
    q.finish()
    assert f"/report/{q.pk}/" in q.resume_url()


def test_its_assessment_ignores_stored_keys_that_are_not_answer_ids():
    q = Questionnaire(answers={**ALL_ANSWERS, "stale": "x"})
    assert q.assessment().verdict.id == rules.assess(ALL_ANSWERS).verdict.id


@pytest.mark.parametrize("kind", sorted(ROUTE_ANSWERS))
def test_answers_that_do_not_apply_are_kept_but_ignored(kind):
    """Switching the offer kind keeps every answer; only those that apply count, in the
    assessment, the missing ones and the finish step alike."""
    every = {**ALL_ANSWERS, **ROUTE_ANSWERS["trial"], "offer_kind": kind}
    if kind == "transplant":  # a hospital's transplant for a blood disease
        every["condition_group"] = "blood_disease"
    q = Questionnaire.objects.create(answers=every)
    relevant = q.relevant_answers()
    assert all(rules.applicable(aid, relevant) for aid in relevant)
    assert q.assessment().answers.as_dict() == rules.parse_answers(relevant).as_dict()
    assert q.unanswered() == [] and q.finish()
    assert q.answers == every  # nothing dropped
    if kind == "transplant":  # a hospital's, for a blood disease: asked nothing more
        assert set(relevant) == {"offer_kind", "provider", "country", "condition_group"}
    if kind == "treatment":
        assert "trial_free" not in relevant and "leaflet" in relevant
