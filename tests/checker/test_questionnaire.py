import re

import pytest

import rules
from checker.models import Questionnaire
from checker.steps import STEPS

from ..conftest import GREEN_POSTS, Journey, resume_code_of, verdict_of


def test_check_starts_a_new_questionnaire_and_redirects_to_the_first_page(client, db):
    response = client.get("/check/")
    assert response.status_code == 302
    assert re.fullmatch(r"/check/[0-9a-f-]{36}/atmp/", response["Location"])
    assert Questionnaire.objects.count() == 1


def test_each_question_page_has_one_post_form_with_fields_named_by_question_id(journey):
    for step in STEPS:
        html = journey.client.get(journey.url(step.slug)).content.decode()
        assert html.count('<form method="post"') == 1, step.slug
        for field in step.fields:
            assert f'name="{field}"' in html, (step.slug, field)


def test_progress_heading_hint_and_not_sure_are_on_the_page(journey):
    html = journey.client.get(journey.url("clean_room")).content.decode()
    number = [s.slug for s in STEPS].index("clean_room") + 1
    assert f"Question {number} of {len(STEPS)}" in html
    question = rules.QUESTIONS_BY_ID["clean_room"]
    assert f'<h1 class="heading-l">{question.text}</h1>' in html
    assert "certified for good" not in html  # the hint, not the clinic question
    assert "contamination" in html
    assert 'value="unsure"' in html and "Not sure" in html


def test_a_full_journey_reaches_a_green_report(journey):
    journey.answer_all()
    report = journey.finish()
    assert report.status_code == 200
    assert verdict_of(report.content) == "green"
    record = journey.record
    assert record.answers["extraction_days"] == 28
    assert record.answers["warning_signs"] == []
    assert record.offer["route"] == "joint"
    assert record.finished_at is not None


@pytest.mark.parametrize("qid", [q.id for q in rules.QUESTIONS if q.kind == "yes_no"])
@pytest.mark.parametrize("value", ["yes", "no", "unsure"])
def test_every_yes_no_value_is_stored_and_assessed(client, db, qid, value):
    journey = Journey(client).answer_all({qid: {qid: value}})
    report = journey.finish()
    assert journey.record.answers[qid] == value
    expected = rules.assess(journey.record.answers).verdict.id
    assert verdict_of(report.content) == expected
    if value != "yes":
        assert expected != "green"


@pytest.mark.parametrize("post,stored,verdict", [
    ({"cell_source": "autologous", "extraction_days": "0"}, ("autologous", 0), "red"),
    ({"cell_source": "allogeneic", "extraction_days": "12"}, ("allogeneic", 12), "green"),
    ({"cell_source": "unsure", "extraction_days": "unsure"}, ("unsure", "unsure"), "amber"),
    ({"cell_source": "autologous", "extraction_days": "days",
      "extraction_days_number": "14"}, ("autologous", 14), "red"),
    ({"cell_source": "allogeneic", "extraction_days_number": "365"}, ("allogeneic", 365),
     "green"),
    ({"cell_source": "autologous", "extraction_days": "days",
      "extraction_days_number": " 21 "}, ("autologous", 21), "green"),
])
def test_every_cells_answer_is_stored_and_assessed(client, db, post, stored, verdict):
    journey = Journey(client).answer_all({"cells": post})
    report = journey.finish()
    record = journey.record
    assert (record.answers["cell_source"], record.answers["extraction_days"]) == stored
    assert verdict_of(report.content) == verdict


@pytest.mark.parametrize("signs,verdict", [
    (["none"], "green"),
    (["no_evidence"], "amber"),
    (["no_evidence", "many_conditions", "unjustified_cost"], "red"),
    (["pay_for_trial"], "red"),
    ([w.id for w in rules.WARNING_SIGNS], "red"),
])
def test_warning_signs_are_stored_and_assessed(client, db, signs, verdict):
    journey = Journey(client).answer_all({"warning_signs": {"warning_signs": signs}})
    report = journey.finish()
    assert journey.record.answers["warning_signs"] == [s for s in signs if s != "none"]
    assert verdict_of(report.content) == verdict


def test_the_offer_page_is_optional(client, db):
    journey = Journey(client).answer_all({"offer": {}})
    assert journey.record.offer == {}
    assert verdict_of(journey.finish().content) == "green"


def test_check_your_answers_lists_every_answer_with_a_change_link(journey):
    journey.answer_all()
    html = journey.client.get(journey.url("answers")).content.decode()
    assert html.index('<form method="post"') < html.index("data-resume-code")
    for step in STEPS:
        assert f'href="{journey.url(step.slug)}?next=answers"' in html
    assert "28 days" in html and "None of these" in html and "Clinica Ejemplo" in html


def test_a_change_returns_to_check_your_answers(journey):
    journey.answer_all()
    response = journey.client.post(journey.url("leaflet") + "?next=answers", {"leaflet": "no"})
    assert response["Location"] == journey.url("answers")
    assert journey.record.answers["leaflet"] == "no"
    page = journey.client.get(journey.url("leaflet") + "?next=answers").content.decode()
    assert f'href="{journey.url("answers")}"' in page  # the back link returns there too


def test_finishing_with_unanswered_questions_lists_them(journey):
    journey.post("atmp", {"atmp": "yes"})
    response = journey.client.post(journey.url("answers"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert 'href="#answer-clinical_trial"' in html
    assert journey.record.finished_at is None


def test_the_report_is_not_shown_before_the_questionnaire_is_finished(journey):
    journey.answer_all()
    response = journey.client.get(f"/report/{journey.qid}/")
    assert response.status_code == 302
    assert response["Location"] == journey.url("answers")


def test_the_resume_code_is_shown_on_answers_and_report_pages(journey):
    journey.answer_all()
    code = journey.record.resume_code
    assert resume_code_of(journey.client.get(journey.url("answers")).content) == code
    assert resume_code_of(journey.finish().content) == code
    assert resume_code_of(journey.client.get(journey.url("save")).content) == code


def test_answers_are_preselected_when_going_back(journey):
    journey.post("atmp", {"atmp": "no"})
    journey.post("cells", {"cell_source": "allogeneic", "extraction_days": "days",
                           "extraction_days_number": "12"})
    html = journey.client.get(journey.url("atmp")).content.decode()
    assert re.search(r'value="no"\s+checked', html)
    html = journey.client.get(journey.url("cells")).content.decode()
    assert re.search(r'value="days"\s+checked', html)
    assert 'value="12"' in html


def test_answers_never_appear_in_urls(journey):
    responses = [journey.post(s.slug, GREEN_POSTS[s.slug]) for s in STEPS]
    responses.append(journey.client.post(journey.url("answers")))
    allowed = {journey.url(s.slug) for s in STEPS} | {journey.url("answers"),
                                                        f"/report/{journey.qid}/"}
    for response in responses:
        # Every redirect is a bare page address: an id and a page name, nothing answered.
        assert response["Location"] in allowed


def test_the_pages_are_not_cached(journey):
    response = journey.client.get(journey.url("atmp"))
    assert "no-store" in response["Cache-Control"]
