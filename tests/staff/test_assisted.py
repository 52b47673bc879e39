"""Staff fill the questionnaire in with a patient; the report says so, and by whom."""

from checker.models import Questionnaire
from checker.steps import STEPS, active_steps
from tests.answers import ALL_ANSWERS
from tests.conftest import GREEN_POSTS

from .conftest import opened


def start(client) -> Questionnaire:
    response = client.post("/staff/assist/")
    assert response.status_code == 302
    questionnaire = Questionnaire.objects.latest("created_at")
    assert response["Location"] == f"/check/{questionnaire.pk}/{STEPS[0].slug}/"
    return questionnaire


def answer_all(client, questionnaire) -> None:
    for step in STEPS:
        response = client.post(f"/check/{questionnaire.pk}/{step.slug}/", GREEN_POSTS[step.slug])
        assert response.status_code == 302, step.slug
    response = client.post(f"/check/{questionnaire.pk}/answers/")
    assert response.status_code == 302


def test_starting_needs_a_post(staff_client):
    assert staff_client.get("/staff/assist/").status_code == 200
    assert Questionnaire.objects.count() == 0


def test_the_questionnaire_records_which_staff_account_helped(staff_client, staff_user):
    questionnaire = start(staff_client)
    assert questionnaire.assisted_by == staff_user


def test_staff_go_through_the_normal_question_pages_to_the_patients_report(staff_client):
    questionnaire = start(staff_client)
    answer_all(staff_client, questionnaire)
    response = staff_client.get(f"/report/{questionnaire.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-verdict="green"' in html
    assert "Filled in with help from ana" in html
    # What the patient leaves with: the PDF, or the code to open the report at home.
    assert f'data-resume-code="{questionnaire.resume_code}"' in html
    assert f'href="/report/{questionnaire.pk}/a4.pdf"' in html


def test_the_staff_preview_says_it_was_filled_in_with_help_from_the_account(staff_client):
    questionnaire = start(staff_client)
    answer_all(staff_client, questionnaire)
    html = staff_client.get(opened(staff_client, questionnaire)).content.decode()
    assert "Filled in with help from ana" in html


def test_a_report_the_patient_did_alone_does_not_claim_staff_help(staff_client, finished):
    html = staff_client.get(opened(staff_client, finished)).content.decode()
    assert "Filled in with help from" not in html


def test_starting_the_next_patient_closes_the_previous_one(staff_client):
    first = start(staff_client)
    second = start(staff_client)
    assert staff_client.get(f"/check/{first.pk}/told/").status_code == 404
    assert staff_client.get(f"/check/{second.pk}/told/").status_code == 200
    assert Questionnaire.objects.get(pk=first.pk)  # the patient's answers are kept


def test_signing_out_closes_the_questionnaire_on_this_computer(staff_client):
    questionnaire = start(staff_client)
    staff_client.post("/staff/sign-out/")
    assert staff_client.get(f"/check/{questionnaire.pk}/told/").status_code == 404


def test_the_patient_can_carry_on_alone_with_the_resume_code(staff_client, client):
    questionnaire = start(staff_client)
    staff_client.post(f"/check/{questionnaire.pk}/atmp/", {"atmp": "no"})
    response = client.post("/resume/", {"code": questionnaire.resume_code})
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200


def _bar(html: str) -> str:
    start = html.find('class="assist-bar"')
    return html[start:html.index("</nav>", start)] if start != -1 else ""


def test_every_patient_page_shows_the_staff_bar_while_assisting(staff_client):
    questionnaire = start(staff_client)
    pages = [f"/check/{questionnaire.pk}/{step.slug}/" for step in active_steps(ALL_ANSWERS)]
    answer_all(staff_client, questionnaire)
    pages += [f"/check/{questionnaire.pk}/answers/", f"/report/{questionnaire.pk}/",
              f"/check/{questionnaire.pk}/save/", f"/check/{questionnaire.pk}/delete/", "/",
              "/privacy/", "/how-it-works/"]
    for url in pages:
        response = staff_client.get(url)
        assert response.status_code == 200, url
        bar = _bar(response.content.decode())
        assert "Filled in with help from ana (clinic staff)" in bar, url
        assert 'href="/staff/assist/">Next patient</a>' in bar, url
        assert 'action="/staff/sign-out/"' in bar and "Sign out" in bar, url


def test_no_staff_bar_before_assisting_on_the_staff_pages_or_for_a_patient(staff_client, client,
                                                                           db):
    assert _bar(staff_client.get("/").content.decode()) == ""  # signed in, not assisting
    questionnaire = start(staff_client)
    assert _bar(staff_client.get("/staff/").content.decode()) == ""  # staff have their own
    assert _bar(client.get("/").content.decode()) == ""
    staff_client.post("/staff/sign-out/")
    assert _bar(staff_client.get("/").content.decode()) == ""
    assert questionnaire.pk
