import re

import pytest

import rules
from checker.models import Questionnaire
from checker.steps import STEPS, STEPS_BY_SLUG, active_steps, shown_fields
from rules.asked import relevant_answers

from ..answers import LEGIT, ROUTE_ANSWERS, page_posts
from ..conftest import GREEN_POSTS, Journey, resume_code_of, verdict_of

TRIAL_POSTS = page_posts(ROUTE_ANSWERS["trial"])
#: A hospital's transplant for a blood disease: the one offer left to the haematology team.
ESTABLISHED_TRANSPLANT = {"offer_kind": "transplant", "provider": "hospital", "country": "ES",
                          "condition_group": "blood_disease"}


def _expected(record) -> str:
    return rules.assess(relevant_answers(record.answers)).verdict.id


def test_check_starts_a_new_questionnaire_and_redirects_to_the_offer_kind_page(client, db):
    response = client.get("/check/")
    assert response.status_code == 302
    assert re.fullmatch(r"/check/[0-9a-f-]{36}/offer_kind/", response["Location"])
    assert Questionnaire.objects.count() == 1


@pytest.mark.parametrize("kind", ["treatment", "trial"])
def test_each_page_asked_has_one_post_form_with_fields_named_by_question_id(journey, kind):
    journey.post("offer_kind", {"offer_kind": kind})
    for step in active_steps({"offer_kind": kind}):
        html = journey.client.get(journey.url(step.slug)).content.decode()
        assert html.count('<form method="post"') == 1, step.slug
        for field in shown_fields(step, ROUTE_ANSWERS[kind]):
            assert f'name="{field}"' in html, (step.slug, field)


def test_a_page_that_does_not_apply_is_skipped(journey):
    journey.post("offer_kind", {"offer_kind": "treatment"})
    # An old address of one question leads to the page that holds it now.
    response = journey.client.get(f"{journey.base}trial_free/")
    assert response["Location"] == journey.url("told") + "#answer-trial_free"
    # The trial's questions are not on it for a treatment.
    assert 'name="trial_free"' not in journey.client.get(journey.url("told")).content.decode()
    # A hospital's transplant for a blood disease is asked nothing more (judgement v3).
    for slug, value in ESTABLISHED_TRANSPLANT.items():
        journey.post(slug, {slug: value})
    assert journey.client.get(journey.url("atmp"))["Location"] == journey.url("answers")
    # Any other "transplant" is asked what a treatment is.
    journey.post("provider", {"provider": "private_clinic"})
    assert journey.client.get(journey.url("atmp")).status_code == 200


def test_progress_heading_hint_and_not_sure_are_on_the_page(journey):
    html = journey.client.get(journey.url("clean_room")).content.decode()
    steps = active_steps({})
    assert f"Page {steps.index(STEPS_BY_SLUG['told']) + 1} of {len(steps)}" in html
    assert '<h1 class="heading-l">What they told you, or showed you</h1>' in html
    text, hint = rules.wording("clean_room", {})
    # On a page of several questions each one is a fieldset with its question as legend.
    assert f'<legend class="fieldset__legend">\n      <h2 class="heading-m">{text}</h2>' in html
    assert "certified for good" not in html  # the hint, not the clinic question
    assert hint.split(".")[0] in html
    assert 'value="unsure"' in html and "Not sure" in html
    assert 'value="told"' in html and "Yes, and I have seen it in writing" in html


def test_the_number_of_pages_follows_the_offer_kind(journey):
    journey.post("offer_kind", {"offer_kind": "trial"})
    html = journey.client.get(journey.url("trial_free")).content.decode()
    total = len(active_steps({"offer_kind": "trial"}))
    assert f"of {total}" in html
    # The same number of pages for every kind of offer: the count does not jump.
    assert {len(active_steps({"offer_kind": k})) for k in rules.catalogue.OFFER_KINDS} == \
        {total} == {len(active_steps({}))}
    # Kind; who gives it and where; illness: then the result.
    assert total > len(active_steps(ESTABLISHED_TRANSPLANT)) == 3
    # Any other "transplant" is asked what a treatment is asked.
    assert active_steps({**ESTABLISHED_TRANSPLANT, "provider": "private_clinic"}) == \
        active_steps({**ESTABLISHED_TRANSPLANT, "offer_kind": "treatment"})
    assert "trial_free" not in [s.slug for s in active_steps({"offer_kind": "treatment"})]


def test_a_full_journey_reaches_the_report(journey):
    journey.answer_all()
    report = journey.finish()
    assert report.status_code == 200
    record = journey.record
    assert verdict_of(report.content) == _expected(record)
    assert verdict_of(report.content) == "green"  # Spherox in a public hospital (issue 27)
    assert record.answers["extraction_days"] == 42
    assert record.answers["warning_signs"] == []
    assert record.answers["route"] == "surgical" and record.answers["country"] == "ES"
    assert record.answers["provider"] == "hospital" and record.answers["payment"] == "none"
    assert record.answers["product"] == "Spherox"
    assert record.answers["authorisation_number"] == "EU/1/17/1181"
    assert "route" not in record.offer and "country" not in record.offer
    assert record.finished_at is not None


#: The questions asked only for an illness that is not of bones or joints (the follow-up plan).
_OTHER_ILLNESS = [q.id for q in rules.QUESTIONS if q.asked_when == "other_illness"]
_CHOICE_QUESTIONS = [
    (kind, q.id, value)
    for kind in ("treatment", "trial")
    for q in rules.QUESTIONS
    if q.kind in ("yes_no", "told", "choice") and q.id in ROUTE_ANSWERS[kind]
    and (kind == "treatment" or q.id not in ROUTE_ANSWERS["treatment"])
    and q.id != "offer_kind"
    for value in q.choices
] + [("treatment", qid, value) for qid in _OTHER_ILLNESS
     for value in rules.QUESTIONS_BY_ID[qid].choices]
#: What the pages post besides the answer tested: whose cells, ready for when the cell type is
#: "Not sure", and the follow-up questions, ready for an illness that is not of bones or joints.
_READY = {"cell_source": "autologous", **{qid: LEGIT[qid] for qid in _OTHER_ILLNESS}}


@pytest.mark.parametrize("kind,qid,value", _CHOICE_QUESTIONS)
def test_every_choice_is_stored_and_assessed(client, db, kind, qid, value):
    answers = {**ROUTE_ANSWERS[kind], **_READY}
    if qid in _OTHER_ILLNESS:  # asked for an illness that is not of bones or joints
        answers["condition_group"] = "neurological"
    journey = Journey(client).answer_all({qid: {qid: value}}, posts=page_posts(answers))
    report = journey.finish()
    assert journey.record.answers[qid] == value
    assert verdict_of(report.content) == _expected(journey.record)


@pytest.mark.parametrize("posts,stored", [
    ({"cell_type": "unsure", "cell_source": "autologous", "extraction_days": "0"},
     ("autologous", 0)),
    ({"cell_type": "unsure", "cell_source": "allogeneic", "extraction_days": "12"},
     ("allogeneic", 12)),
    ({"cell_type": "unsure", "cell_source": "unsure", "extraction_days": "unsure"},
     ("unsure", "unsure")),
    ({"cell_type": "unsure", "cell_source": "autologous", "extraction_days": "days",
      "extraction_days_number": "14"}, ("autologous", 14)),
    ({"cell_type": "unsure", "cell_source": "allogeneic", "extraction_days_number": "365"},
     ("allogeneic", 365)),
    ({"cell_type": "unsure", "cell_source": "allogeneic", "extraction_days": "in_advance"},
     ("allogeneic", "in_advance")),
    ({"cell_type": "cord_or_placenta", "extraction_days": "in_advance"},
     (None, "in_advance")),
    ({"cell_type": "own_fat", "extraction_days": "days",
      "extraction_days_number": " 21 "}, (None, 21)),
])
def test_every_cells_answer_is_stored_and_assessed(client, db, posts, stored):
    overrides = {
        "cell_type": {"cell_type": posts["cell_type"]},
        "cell_source": {k: v for k, v in posts.items() if k == "cell_source"},
        "extraction_days": {"extraction_days": "",
                            **{k: v for k, v in posts.items() if k.startswith("extraction")}},
    }
    journey = Journey(client).answer_all(overrides)
    report = journey.finish()
    answers = relevant_answers(journey.record.answers)
    assert (answers.get("cell_source"), answers["extraction_days"]) == stored
    assert verdict_of(report.content) == _expected(journey.record)


def test_the_days_page_is_worded_for_a_donors_cells_and_offers_in_advance_only_then(journey):
    journey.post("cell_type", {"cell_type": "own_fat"})
    html = journey.client.get(journey.url("extraction_days")).content.decode()
    assert 'value="in_advance"' not in html
    assert rules.wording("extraction_days", {"cell_type": "own_fat"})[0] in html
    response = journey.post("extraction_days", {"extraction_days": "in_advance"})
    assert response.status_code == 400
    journey.post("cell_type", {"cell_type": "donor_adult"})
    html = journey.client.get(journey.url("extraction_days")).content.decode()
    assert 'value="in_advance"' in html
    donor = rules.wording("extraction_days", {"cell_type": "donor_adult"})[0]
    assert donor in html.replace("&#x27;", "'")


@pytest.mark.parametrize("signs,stored", [
    (["none"], []),
    ("unsure", "unsure"),
    (["no_evidence"], ["no_evidence"]),
    (["travel_package", "testimonials"], ["travel_package", "testimonials"]),
    ([w.id for w in rules.WARNING_SIGNS], [w.id for w in rules.WARNING_SIGNS]),
])
def test_warning_signs_are_stored_and_assessed(client, db, signs, stored):
    journey = Journey(client).answer_all({"warning_signs": {"warning_signs": signs}})
    report = journey.finish()
    assert journey.record.answers["warning_signs"] == stored
    assert verdict_of(report.content) == _expected(journey.record)


def test_the_offer_page_is_optional(client, db):
    journey = Journey(client).answer_all({"offer": {}})
    assert journey.record.offer == {}
    assert verdict_of(journey.finish().content) == _expected(journey.record)


def test_check_your_answers_lists_every_answer_asked_with_a_change_link(journey):
    journey.answer_all()
    html = journey.client.get(journey.url("answers")).content.decode()
    assert html.index('<form method="post"') < html.index("data-resume-code")
    for step in active_steps(journey.record.answers):
        assert f'href="{journey.url(step.slug)}?next=answers"' in html
    assert 'name="trial_free"' not in html and "Is taking part free for you?" not in html
    # Grouped by page, one Change link each, and no question numbers.
    assert html.count(">Change<") == len(active_steps(journey.record.answers))
    assert not re.search(r"\b\d+[a-z]?\. ", html.split("<main", 1)[1].split("</main>")[0])
    assert "42 days" in html and "None of these" in html and "Clinica Ejemplo" in html
    assert "Spain" in html and "EU/1/17/1181" in html and "Spherox" in html
    assert "A public or university hospital, or its trial unit" in html
    assert "Ejemplocel" not in html  # the offer page no longer takes a product's name


def test_a_change_returns_to_check_your_answers(journey):
    journey.answer_all()
    response = journey.client.post(journey.url("leaflet") + "?next=answers",
                                   {**GREEN_POSTS["seen"], "leaflet": "no"})
    assert response["Location"] == journey.url("answers")
    assert journey.record.answers["leaflet"] == "no"
    page = journey.client.get(journey.url("leaflet") + "?next=answers").content.decode()
    assert f'href="{journey.url("answers")}"' in page  # the back link returns there too


def test_a_change_that_brings_new_questions_asks_them_first(journey):
    journey.answer_all()
    response = journey.client.post(journey.url("offer_kind") + "?next=answers",
                                   {"offer_kind": "trial"})
    # The first new question that needs an answer (the trial number is optional).
    assert response["Location"] == journey.url("trial_ethics") + "?next=answers"
    # The treatment's answers are kept, not lost: changing back needs nothing new.
    response = journey.client.post(journey.url("offer_kind") + "?next=answers",
                                   {"offer_kind": "treatment"})
    assert response["Location"] == journey.url("answers")
    assert journey.record.answers["authorisation_number"] == "EU/1/17/1181"


def test_finishing_with_unanswered_questions_lists_them(journey):
    journey.post("offer_kind", {"offer_kind": "treatment"})
    response = journey.client.post(journey.url("answers"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert 'href="#answer-country"' in html
    assert 'href="#answer-authorisation_number"' not in html  # optional
    assert 'href="#answer-trial_free"' not in html  # not asked
    assert journey.record.finished_at is None


def test_a_transplant_finishes_after_who_gives_it_where_and_for_what(journey):
    journey.post("offer_kind", {"offer_kind": "transplant"})
    html = journey.client.post(journey.url("answers")).content.decode()
    assert 'href="#answer-provider"' in html and 'href="#answer-condition_group"' in html
    for slug, value in ESTABLISHED_TRANSPLANT.items():
        journey.post(slug, {slug: value})
    response = journey.client.post(journey.url("answers"))
    assert response.status_code == 302
    report = journey.client.get(response["Location"])
    assert verdict_of(report.content) == _expected(journey.record) == "out_of_scope"


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
    journey.post("offer_kind", {"offer_kind": "trial"})
    journey.post("trial_number", {"trial_number": "NCT01234567"})
    journey.post("offer_kind", {"offer_kind": "treatment"})
    journey.post("atmp", {"atmp": "no"})
    journey.post("country", {"country": "MX"})
    journey.post("cell_source", {"cell_source": "allogeneic"})
    journey.post("extraction_days", {"extraction_days": "days",
                                     "extraction_days_number": "12"})
    html = journey.client.get(journey.url("atmp")).content.decode()
    assert re.search(r'value="no"\s+checked', html)
    html = journey.client.get(journey.url("extraction_days")).content.decode()
    assert re.search(r'value="days"\s+checked', html)
    assert 'value="12"' in html
    html = journey.client.get(journey.url("country")).content.decode()
    assert re.search(r'<option value="MX" selected>', html)
    journey.post("offer_kind", {"offer_kind": "trial"})
    html = journey.client.get(journey.url("trial_number")).content.decode()
    assert 'value="NCT01234567"' in html


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


def test_the_v3_pages_show_their_question_hint_and_every_choice(journey):
    journey.post("condition_group", {"condition_group": "neurological"})
    for slug in ("provider", "payment", "followup_plan"):
        question = rules.QUESTIONS_BY_ID[slug]
        html = journey.client.get(journey.url(slug)).content.decode().replace("&#x27;", "'")
        text, hint = rules.wording(slug, {"condition_group": "neurological"})
        assert f'<h2 class="heading-m">{text}</h2>' in html, slug
        assert hint.split(".")[0] in html, slug
        assert re.findall(rf'name="{slug}" id="[^"]+" value="(\w+)"', html) == \
            list(question.choices), slug
    html = journey.client.get(journey.url("product")).content.decode().replace("&#x27;", "'")
    assert rules.QUESTIONS_BY_ID["product"].text in html
    assert 'name="product"' in html and 'maxlength="60"' in html
    number = journey.client.get(journey.url("authorisation_number")).content.decode()
    assert 'maxlength="40"' in number  # each text question has its own limit
    # Optional: an empty name goes on, and is not stored.
    cells = GREEN_POSTS["cell_type"]
    assert journey.post("product", {**cells, "product": "  "}).status_code == 302
    assert "product" not in journey.record.answers
    # Typed with odd spacing, it is kept as one line.
    assert journey.post("product", {**cells, "product": "  Sph-erox \t 2 "}).status_code == 302
    assert journey.record.answers["product"] == "Sph-erox 2"
