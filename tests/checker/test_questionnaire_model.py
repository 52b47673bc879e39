"""The questionnaire's own behaviour: saving a page, finishing, resuming, its assessment."""

import pytest

from checker.models import Questionnaire
from checker.steps import STEPS, STEPS_BY_SLUG

from ..answers import ALL_ANSWERS

pytestmark = pytest.mark.django_db


def test_saving_a_page_writes_its_fields_only_and_bumps_the_version_on_change():
    q = Questionnaire.objects.create(answers={"leaflet": "no"})
    q.save_page(STEPS_BY_SLUG["atmp"], {"atmp": "yes", "leaflet": "yes"})
    assert q.answers == {"leaflet": "no", "atmp": "yes"}
    assert q.version == 1 and q.last_step == STEPS[1].slug
    q.save_page(STEPS_BY_SLUG["atmp"], {"atmp": "yes"})
    assert q.version == 1  # nothing changed


def test_empty_offer_details_are_dropped():
    q = Questionnaire.objects.create(offer={"country": "Spain", "price": "10"})
    q.save_page(STEPS_BY_SLUG["offer"], {"country": "", "price": "10", "route": None})
    assert q.offer == {"price": "10"}
    assert q.last_step == "answers"


def test_it_finishes_only_when_every_question_is_answered():
    q = Questionnaire.objects.create(answers={"atmp": "yes"})
    assert not q.finish() and q.finished_at is None and not q.has_report
    assert q.unanswered()[0] == "clinical_trial"
    q.answers = dict(ALL_ANSWERS)
    q.save()
    assert q.finish() and q.has_report
    first = q.finished_at
    assert q.finish() and q.finished_at == first  # finishing again changes nothing


def test_it_resumes_where_the_patient_left_off():
    q = Questionnaire.objects.create()
    assert q.resume_url().endswith(f"/{STEPS[0].slug}/")
    q.last_step = "cells"
    assert q.resume_url().endswith("/cells/")
    q.last_step = "answers"
    assert q.resume_url().endswith("/answers/")
    q.answers = dict(ALL_ANSWERS)
    q.finish()
    assert f"/report/{q.pk}/" in q.resume_url()


def test_its_assessment_ignores_stored_keys_that_are_not_answer_ids():
    q = Questionnaire(answers={**ALL_ANSWERS, "stale": "x"})
    assert q.assessment().verdict.id == "green"
