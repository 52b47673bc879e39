"""Bad input gets a clear message and a 4xx, never a 500, and never changes saved answers."""

import uuid

import pytest
from django.test import Client

from checker.models import Questionnaire

from ..conftest import GREEN_POSTS, Journey


@pytest.fixture
def answered(client, db):
    return Journey(client).answer_all()


def _snapshot(journey):
    record = journey.record
    return record.answers, record.offer, record.version


@pytest.mark.parametrize("slug,data,message", [
    ("atmp", {}, "Select &#x27;Yes&#x27;, &#x27;No&#x27; or &#x27;Not sure&#x27;"),
    ("atmp", {"atmp": "maybe"}, "Select &#x27;Yes&#x27;"),
    ("atmp", {"atmp": ""}, "Select &#x27;Yes&#x27;"),
    ("atmp", {"atmp": "told"}, "Select &#x27;Yes&#x27;"),  # "told" is for documents only
    ("offer_kind", {}, "Select the kind of offer"),
    ("offer_kind", {"offer_kind": "miracle"}, "Select the kind of offer"),
    ("country", {}, "Select the country"),
    ("country", {"country": "XX"}, "Select the country"),
    ("country", {"country": "Spain"}, "Select the country"),
    ("country", {"country": "es"}, "Select the country"),
    ("condition_group", {"condition_group": "everything"}, "Select one of the answers"),
    ("cell_type", {}, "Select one of the answers"),
    ("cell_type", {"cell_type": "stem"}, "Select one of the answers"),
    ("route", {"route": "teleportation"}, "Select one of the answers"),
    ("clean_room", {"clean_room": "shown"}, "Select one of the answers"),
    ("leaflet", {}, "Select one of the answers"),
    ("authorisation_number", {"authorisation_number": "x" * 41}, "40 characters or fewer"),
    ("authorisation_number", {"authorisation_number": "EU/1\x00/17"},
     "Null characters are not allowed"),
    ("authorisation_number", {"authorisation_number": "EU\x07/1/17"},
     "Enter only letters, numbers and punctuation"),
    # Judgement v3's questions (issue 27).
    ("provider", {}, "Select one of the answers"),
    ("provider", {"provider": "hotel"}, "Select one of the answers"),
    ("provider", {"provider": "HOSPITAL"}, "Select one of the answers"),
    ("payment", {}, "Select one of the answers"),
    ("payment", {"payment": "free"}, "Select one of the answers"),
    ("payment", {"payment": "none "}, "Select one of the answers"),
    ("product", {"product": "x" * 61}, "60 characters or fewer"),
    ("product", {"product": "Sphe\x00rox"}, "Null characters are not allowed"),
    ("product", {"product": "Sphe\x07rox"}, "Enter only letters, numbers and punctuation"),
    ("product", {"product": "Sphe\u202erox"}, "Enter only letters, numbers and punctuation"),
    ("extraction_days", {}, "Select when the cells would be given"),
    ("extraction_days", {"extraction_days": "-1"}, "whole number"),
    ("extraction_days", {"extraction_days": "366"}, "from 0 to 365"),
    ("extraction_days", {"extraction_days": "9" * 40}, "from 0 to 365"),
    ("extraction_days", {"extraction_days": "2.5"}, "whole number"),
    ("extraction_days", {"extraction_days": "٣"}, "whole number"),
    ("extraction_days", {"extraction_days": "days"}, "Enter the number"),
    ("extraction_days", {"extraction_days": "days", "extraction_days_number": "three"},
     "whole number"),
    # Own cells (the answers' cell type): "made in advance" is for a donor's cells only.
    ("extraction_days", {"extraction_days": "in_advance"}, "whole number"),
    ("warning_signs", {}, "Select the signs that apply"),
    ("warning_signs", {"warning_signs": ["aliens"]}, "Select only signs from the list"),
    ("warning_signs", {"warning_signs": ["none", "no_evidence"]}, "on its own"),
    ("warning_signs", {"warning_signs": ["unsure", "testimonials"]}, "on its own"),
    ("warning_signs", {"warning_signs": ["unsure", "none"]}, "on its own"),
    ("offer", {"clinic_name": "x" * 12000}, "200 characters or fewer"),
    ("offer", {"price": "x" * 101}, "100 characters or fewer"),
    ("offer", {"clinic_name": "nul\x00byte"}, "Null characters are not allowed"),
])
def test_bad_answers_get_a_form_error_and_keep_what_was_saved(answered, slug, data, message):
    before = _snapshot(answered)
    response = answered.post(slug, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert _snapshot(answered) == before


def test_the_product_takes_sixty_characters_and_no_more(answered):
    cells = GREEN_POSTS["cell_type"]
    assert answered.post("product", {**cells, "product": "x" * 60}).status_code == 302
    assert answered.record.answers["product"] == "x" * 60
    before = _snapshot(answered)
    html = answered.post("product", {**cells, "product": "y" * 61}).content.decode()
    assert 'value="' + "y" * 61 + '"' in html  # what was typed is shown back, not lost
    assert 'href="#id_product"' in html and 'aria-invalid="true"' in html
    assert _snapshot(answered) == before


def test_bad_input_on_the_follow_up_plan_keeps_what_was_saved(client, db):
    from ..answers import answers_for, page_posts

    answers = answers_for("treatment", condition_group="neurological", followup_plan="yes")
    journey = Journey(client).answer_all(posts=page_posts(answers))
    assert journey.record.answers["followup_plan"] == "yes"
    before = _snapshot(journey)
    for data in ({}, {"followup_plan": "soon"}, {"followup_plan": "told"}):
        response = journey.post("followup_plan", data)
        assert response.status_code == 400, data
        html = response.content.decode()
        assert "There is a problem" in html and "Select &#x27;Yes&#x27;" in html, data
    assert _snapshot(journey) == before


def test_an_old_product_typed_on_the_offer_page_is_neither_kept_nor_shown(answered):
    # The product's name is an answer since judgement v3; the offer page no longer has it.
    assert answered.post("offer", {"product": "Old name", "clinic_name": "A"}).status_code == 302
    assert "product" not in answered.record.offer
    Questionnaire.objects.filter(pk=answered.qid).update(
        offer={"product": "Stored before v3", "clinic_name": "A"})
    assert "Stored before v3" not in answered.client.get(answered.url("answers")).content.decode()
    assert "Stored before v3" not in answered.finish().content.decode()


def test_the_error_summary_links_to_an_input_that_exists(journey):
    html = journey.post("atmp", {}).content.decode()
    assert 'href="#id_atmp_0"' in html and 'id="id_atmp_0"' in html
    html = journey.post("extraction_days", {"extraction_days": "days"}).content.decode()
    assert 'href="#id_extraction_days_number"' in html and 'id="id_extraction_days_number"' in html
    html = journey.post("country", {"country": "XX"}).content.decode()
    assert 'href="#id_country"' in html and '<select class="select select--error"' in html
    html = journey.post("authorisation_number",
                        {"authorisation_number": "x" * 41}).content.decode()
    assert 'href="#id_authorisation_number"' in html and 'aria-invalid="true"' in html
    assert 'value="' + "x" * 41 + '"' in html  # what was typed is shown back, not lost


def test_bad_input_on_whose_cells_and_donor_days_keeps_what_was_saved(answered):
    answered.post("cell_type", {"cell_type": "unsure"})
    answered.post("cell_source", {"cell_source": "allogeneic"})
    answered.post("extraction_days", {"extraction_days": "in_advance"})
    before = _snapshot(answered)
    for slug, data, message in [
        ("cell_source", {"cell_source": "mine"}, "Select whose cells"),
        ("cell_source", {}, "Select whose cells"),
        ("extraction_days", {"extraction_days": "frozen"}, "whole number"),
    ]:
        response = answered.post(slug, data)
        assert response.status_code == 400, slug
        html = response.content.decode()
        assert "There is a problem" in html and message in html, slug
    assert _snapshot(answered) == before
    assert before[0]["extraction_days"] == "in_advance"


def test_a_post_to_a_page_that_does_not_apply_saves_nothing(answered):
    before = _snapshot(answered)
    # A trial's question on a treatment's page: not shown there, so not saved.
    response = answered.post("trial_free", {"trial_free": "no"})
    assert response.status_code == 400
    assert _snapshot(answered) == before
    # A page a hospital's transplant for a blood disease does not ask: it goes on.
    transplant = {"offer_kind": "transplant", "provider": "hospital", "country": "ES",
                  "condition_group": "blood_disease"}
    Questionnaire.objects.filter(pk=answered.qid).update(answers=transplant)
    before = _snapshot(answered)
    response = answered.post("told", GREEN_POSTS["told"])
    assert response.status_code == 302
    assert _snapshot(answered) == before


def test_bad_input_on_the_trial_pages_keeps_what_was_saved(client, db):
    from ..answers import ROUTE_ANSWERS, page_posts

    journey = Journey(client).answer_all(posts=page_posts(ROUTE_ANSWERS["trial"]))
    before = _snapshot(journey)
    for slug, data, message in [
        ("trial_number", {"trial_number": "N" * 41}, "40 characters or fewer"),
        ("trial_ethics", {"trial_ethics": "maybe"}, "Select one of the answers"),
        ("trial_free", {}, "Select &#x27;Yes&#x27;"),
        ("trial_insurance", {"trial_insurance": ""}, "Select one of the answers"),
        ("trial_consent", {"trial_consent": "signed"}, "Select one of the answers"),
    ]:
        response = journey.post(slug, data)
        assert response.status_code == 400, slug
        html = response.content.decode()
        assert "There is a problem" in html and message in html, slug
    assert _snapshot(journey) == before


def test_a_tampered_record_id_is_not_found(answered, client):
    for url in (f"/check/{uuid.uuid4()}/atmp/", f"/check/{uuid.uuid4()}/answers/",
                f"/report/{uuid.uuid4()}/", "/check/not-a-uuid/atmp/"):
        assert answered.client.get(url).status_code == 404
    assert answered.client.post(f"/check/{uuid.uuid4()}/atmp/", {"atmp": "no"}).status_code == 404


def test_another_browser_cannot_open_a_questionnaire_by_its_id(answered, db):
    before = _snapshot(answered)
    stranger = Client()
    assert stranger.get(answered.url("atmp")).status_code == 404
    assert stranger.post(answered.url("atmp"), {"atmp": "no"}).status_code == 404
    assert stranger.get(f"/report/{answered.qid}/").status_code == 404
    assert _snapshot(answered) == before


def test_an_unknown_page_is_not_found(journey):
    assert journey.client.get(journey.url("colour")).status_code == 404


def test_a_post_without_csrf_is_refused_and_changes_nothing(db):
    client = Client(enforce_csrf_checks=True)
    journey = Journey(client)
    response = client.post(journey.url("atmp"), {"atmp": "no"})
    assert response.status_code == 403
    assert "atmp" not in journey.record.answers


def test_unsupported_methods_are_refused(journey):
    assert journey.client.put(journey.url("atmp")).status_code == 405
    assert journey.client.post("/check/").status_code == 405


def test_a_double_submit_stores_the_answer_once(journey):
    told = {"atmp": "unsure", "clinical_trial": "no", "regulator": "no", "clean_room": "no",
            "administrator_authorised": "no", "cell_source": "unsure"}
    for _ in range(2):
        assert journey.post("atmp", told).status_code == 302
    record = journey.record
    assert record.answers == told
    assert record.version == 1


def test_two_tabs_do_not_undo_each_others_answers(journey):
    # Both tabs loaded their pages before either saved.
    journey.client.get(journey.url("atmp"))
    journey.client.get(journey.url("leaflet"))
    journey.post("leaflet", {"leaflet": "no"})
    journey.post("atmp", {"atmp": "yes"})
    assert journey.record.answers == {"leaflet": "no", "atmp": "yes"}


def test_finishing_twice_keeps_the_first_finish_time(answered):
    answered.finish()
    first = answered.record.finished_at
    answered.finish()
    assert answered.record.finished_at == first
    assert Questionnaire.objects.count() == 1
