"""Pages that group related questions, the early result and the language buttons (issue 24).

A journey is counted as a patient lives it: every page shown from the start page to the
result, both included, and every tap (a radio, a checkbox, a choice in a list, a button;
typing is not a tap): Start now, each page's choices and its button, and "See my result".
"""

import itertools

import pytest
from django.template.loader import render_to_string

import rules
from checker.report.context import report_context
from checker.report.render import pdf_context
from checker.steps import (
    ANSWERS,
    STEP_OF,
    STEPS,
    STEPS_BY_SLUG,
    active_steps,
    before,
    relevant_answers,
    shown_fields,
)

from ..answers import ROUTE_ANSWERS, answers_for, page_posts
from ..conftest import Journey, verdict_of

#: A red clinic in Mexico: a private clinic selling the patient's own fat cells into a vein,
#: taken and given back the same day, nothing in writing, two warning signs.
RED_MEXICO = answers_for(
    "treatment", provider="private_clinic", country="MX", condition_group="osteoarthritis",
    cell_type="own_fat", route="intravenous", payment="treatment", product="",
    authorisation_number="", atmp="no", clinical_trial="no", regulator="no", clean_room="no",
    administrator_authorised="no", authorisation_document="no", leaflet="no",
    extraction_days=0, pain_followup="no", imaging_followup="no",
    warning_signs=["travel_package", "testimonials"])
#: Every answer "Not sure" for a treatment (the cell type too, so whose cells is asked).
ALL_UNSURE = {"offer_kind": "treatment", **{
    q.id: "unsure" for q in rules.QUESTIONS if q.id != "offer_kind"
    and q.kind != rules.catalogue.TEXT}, "warning_signs": "unsure"}
ALL_UNSURE = {k: v for k, v in ALL_UNSURE.items() if rules.applicable(k, ALL_UNSURE)}
#: The most pages and taps a clinic treatment may take (issue 24).
MAX_PAGES, MAX_TAPS = 12, 30


def _taps(data: dict) -> int:
    """Taps to fill a page from its POST data, its button included."""
    chosen = sum(len(v) if isinstance(v, list) else 1 for k, v in data.items()
                 if k in STEP_OF and rules.QUESTIONS_BY_ID.get(k, None) is not None
                 and rules.QUESTIONS_BY_ID[k].kind != rules.catalogue.TEXT)
    signs = data.get(rules.WARNING_SIGNS_ID)
    chosen += len(signs) if isinstance(signs, list) else (1 if signs else 0)
    return chosen + 1


def walk(client, answers: dict, *, early: bool = False) -> tuple[int, int, Journey, object]:
    """Answer the pages as the redirects lead; (pages, taps, journey, the result)."""
    posts = page_posts(answers, {})
    journey = Journey(client)
    pages, taps, url = 1, 1, journey.first_url  # the start page, and Start now
    while "/check/" in url and not url.endswith("/answers/"):
        pages += 1
        slug = url.rstrip("/").rsplit("/", 1)[1]
        html = client.get(url).content.decode()
        data = dict(posts[slug])
        if early and 'name="result_now"' in html:
            data["result_now"] = "1"
            data = {k: v for k, v in data.items() if k not in STEPS_BY_SLUG[slug].fields}
            taps += 1
        else:
            taps += _taps(data)
        response = client.post(url, data)
        assert response.status_code == 302, (slug, response.content[:3000])
        url = response["Location"]
    if url.endswith("/answers/"):
        pages += 1
        taps += 1  # See my result
        response = client.post(url)
        assert response.status_code == 302
        url = response["Location"]
    result = client.get(url)
    assert result.status_code == 200 and verdict_of(result.content)
    return pages + 1, taps, journey, result


@pytest.mark.parametrize("answers", [RED_MEXICO, ROUTE_ANSWERS["trial"], ALL_UNSURE,
                                     ROUTE_ANSWERS["treatment"]],
                         ids=["red-mexico", "green-trial", "all-not-sure", "green-treatment"])
def test_a_complete_journey_fits_the_page_and_tap_budget(client, db, answers):
    pages, taps, _, _ = walk(client, answers)
    print(f"pages={pages} taps={taps}")
    assert pages <= MAX_PAGES and taps <= MAX_TAPS


def test_a_red_journey_offers_its_result_early_and_says_the_rest_was_not_asked(client, db):
    pages, taps, journey, result = walk(client, RED_MEXICO, early=True)
    print(f"early: pages={pages} taps={taps}")
    assert pages <= 7 and taps <= 15
    assert verdict_of(result.content) == "red"
    html = result.content.decode()
    assert "data-ended-early" in html and "The report is fuller with them." in html
    record = journey.record
    assert record.ended_early and record.has_report and record.unanswered()
    # The link goes on to the first page still to answer; answering it all ends the note.
    first = STEP_OF[record.unanswered()[0]]
    assert journey.url(first.slug) in html
    # From "Change your answers", check your answers leads back to the result, not to errors.
    again = journey.client.post(journey.url("answers"))
    assert again.status_code == 302 and again["Location"] == f"/report/{record.pk}/"
    # The doctor's PDF says so too, with the number of questions not asked.
    missing = len(record.unanswered())
    pdf = render_to_string("report/pdf.html", pdf_context(report_context(record)))
    assert f'data-not-asked="{missing}"' in pdf
    assert f"{missing} questions were not asked" in pdf
    journey.answer_all(posts=page_posts(RED_MEXICO))
    report = journey.finish()
    assert "data-ended-early" not in report.content.decode()
    assert not journey.record.ended_early
    full = render_to_string("report/pdf.html", pdf_context(report_context(journey.record)))
    assert "data-not-asked" not in full


def test_see_your_result_now_is_offered_only_once_red_is_decided(journey):
    # Asked for without a decided result, it goes on as Continue does.
    response = journey.post("offer_kind", {"offer_kind": "treatment", "result_now": "1"})
    assert response["Location"] == journey.url("provider")
    assert journey.record.finished_at is None
    green = ROUTE_ANSWERS["treatment"]
    posts = page_posts(green)
    for step in active_steps(green):
        html = journey.client.get(journey.url(step.slug)).content.decode()
        assert 'name="result_now"' not in html, step.slug
        journey.post(step.slug, posts[step.slug])


def test_a_hospital_transplant_for_a_blood_disease_reaches_its_result_by_page_four(client, db):
    pages, taps, _, result = walk(client, ROUTE_ANSWERS["transplant"])
    # Start, three question pages, the result.
    assert pages == 5 and verdict_of(result.content) == "out_of_scope"


@pytest.mark.parametrize("kind", ["treatment", "trial", "hospital_exemption",
                                  "compassionate_use"])
@pytest.mark.parametrize("cell_type,condition", itertools.product(
    ["own_fat", "donor_adult", "exosomes", "unsure"], ["osteoarthritis", "neurological"]))
def test_a_page_shows_only_questions_decided_by_earlier_pages(kind, cell_type, condition):
    answers = answers_for(kind, cell_type=cell_type, condition_group=condition,
                          cell_source="allogeneic")
    for step in (s for s in STEPS if s.store == ANSWERS):
        earlier = before(step, relevant_answers(answers))
        decided = [f for f in step.fields if rules.applicable(f, earlier)]
        assert shown_fields(step, answers) == [
            f for f in step.fields if rules.applicable(f, relevant_answers(answers))] == \
            decided, step.slug


def test_an_error_on_one_question_keeps_and_saves_the_others(journey):
    journey.post("offer_kind", {"offer_kind": "treatment"})
    response = journey.post("cell_type", {"cell_type": "own_fat", "product": "Cellmax"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'href="#id_route_0"' in html and 'href="#id_payment_0"' in html
    assert 'value="Cellmax"' in html
    assert journey.record.answers["cell_type"] == "own_fat"
    assert journey.record.answers["product"] == "Cellmax"
    assert journey.record.last_step == "cell_type"


def test_an_old_address_of_one_question_leads_to_its_page(journey):
    journey.post("offer_kind", {"offer_kind": "treatment"})
    response = journey.client.get(f"{journey.base}atmp/?next=answers")
    assert response.status_code == 302
    assert response["Location"] == journey.url("told") + "?next=answers#answer-atmp"
    assert journey.client.get(f"{journey.base}no_such_page/").status_code == 404


def test_the_language_button_saves_what_is_chosen_and_shows_the_page_in_spanish(journey):
    journey.post("offer_kind", {"offer_kind": "treatment"})
    response = journey.post("provider", {"provider": "private_clinic", "language": "es"})
    assert response.status_code == 302 and response["Location"] == journey.url("provider")
    assert response.cookies["django_language"].value == "es"
    assert journey.record.answers["provider"] == "private_clinic"  # nothing lost
    html = journey.client.get(journey.url("provider")).content.decode()
    assert '<html lang="es">' in html
    assert 'form="page-form" name="language" value="en"' in html
    # An unknown language changes nothing, and is no error.
    response = journey.post("provider", {"language": "xx"})
    assert response.status_code == 302 and "django_language" not in response.cookies
    assert journey.record.answers["provider"] == "private_clinic"
