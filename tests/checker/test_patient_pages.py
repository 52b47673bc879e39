"""The patient's pages: the count agrees everywhere, "Save and come back later" keeps the
answer chosen on the page, and dates read day-month-year."""

import re

import pytest
from django.template import Context, Template
from django.test import Client
from django.utils import translation

from checker.models import Questionnaire
from checker.steps import STEPS, active_steps

from ..answers import ROUTE_ANSWERS, answers_for
from ..conftest import GREEN_POSTS, Journey, resume_code_of


def test_the_start_page_promises_as_many_questions_as_the_pages_count_to(client, db):
    html = client.get("/").content.decode()
    promised = int(re.search(r"(\d+) short pages, about", html).group(1))
    assert promised == len(active_steps({})) == len(active_steps({"offer_kind": "treatment"}))
    journey = Journey(client)
    first = client.get(journey.url(STEPS[0].slug)).content.decode()
    assert f"Page 1 of {promised}" in first
    last = client.get(journey.url(STEPS[-1].slug)).content.decode()
    assert f"Page {promised} of {promised}" in last


def test_the_retention_period_in_the_copy_comes_from_the_settings(client, db, settings):
    settings.RETENTION_DAYS = 7
    assert "deleted automatically 7 days after your last change" in client.get("/").content.decode()
    journey = Journey(client)
    assert "7 days after your last change" in client.get(journey.url("save")).content.decode()


def test_save_is_a_submit_button_inside_each_question_form(journey):
    seen: set[str] = set()
    # Each kind of offer, a cell type left unsure (which asks whose cells) and an illness not
    # of bones or joints (which asks for a follow-up plan), so every page is asked once.
    for answers in [*ROUTE_ANSWERS.values(), answers_for("treatment", cell_type="unsure"),
                    answers_for("treatment", condition_group="neurological")]:
        Questionnaire.objects.filter(pk=journey.qid).update(answers=answers)
        for step in active_steps(answers):
            if step.slug in seen:
                continue
            seen.add(step.slug)
            response = journey.client.get(journey.url(step.slug))
            assert response.status_code == 200, step.slug
            html = response.content.decode()
            form = html[html.index('<form method="post"'):]
            form = form[:form.index("</form>")]
            assert re.search(r'<button[^>]*type="submit"[^>]*name="save"', form), step.slug
            # Continue comes first, so Enter in a text field continues rather than saves.
            assert form.index("Continue") < form.index('name="save"'), step.slug
    assert seen == {step.slug for step in STEPS}


def test_save_and_come_back_later_keeps_the_answer_chosen_on_the_page(journey):
    journey.post("atmp", {"atmp": "yes"})
    response = journey.post("clinical_trial", {"clinical_trial": "no", "save": "1"})
    assert response.status_code == 302 and response["Location"] == journey.url("save")
    assert journey.record.answers == {"atmp": "yes", "clinical_trial": "no"}
    code = resume_code_of(journey.client.get(response["Location"]).content)
    other = Client()
    back = other.post("/resume/", {"code": code})
    assert back["Location"] == journey.url("regulator")
    page = other.get(journey.url("clinical_trial")).content.decode()
    assert re.search(r'value="no"\s+checked', page)


def test_save_with_nothing_chosen_shows_the_code_and_stores_nothing(journey):
    journey.post("atmp", {"atmp": "yes"})
    response = journey.post("clinical_trial", {"save": "1"})
    assert response.status_code == 302 and response["Location"] == journey.url("save")
    assert journey.record.answers == {"atmp": "yes"}
    assert journey.record.last_step == "told"  # the page that holds it


def test_save_keeps_a_whole_grouped_page(journey):
    journey.answer_all()
    post = {**GREEN_POSTS["offer"], "clinic_name": "Clinica Otra", "save": "1"}
    assert journey.post("offer", post)["Location"] == journey.url("save")
    assert journey.record.offer["clinic_name"] == "Clinica Otra"
    assert journey.record.offer["price"] == GREEN_POSTS["offer"]["price"]


@pytest.mark.parametrize("language,expected", [("en", "22 November 2026"),
                                               ("es", "22 de noviembre de 2026")])
def test_dates_read_day_month_year(language, expected):
    import datetime

    with translation.override(language):
        rendered = Template('{{ day|date:"DATE_FORMAT" }}').render(
            Context({"day": datetime.date(2026, 11, 22)}))
    assert rendered == expected
