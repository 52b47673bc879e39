import pytest
from django.test import Client

from checker.codes import ALPHABET, new_code, normalise

from ..conftest import Journey, resume_code_of


def test_resume_page_has_one_code_field(client, db):
    html = client.get("/resume/").content.decode()
    assert html.count('name="code"') == 1


def test_a_valid_code_brings_the_patient_back_where_they_left_off(journey, db):
    journey.post("atmp", {"atmp": "yes"})
    journey.post("clinical_trial", {"clinical_trial": "no"})
    code = resume_code_of(journey.client.get(journey.url("save")).content)
    other = Client()
    response = other.post("/resume/", {"code": code.lower().replace("-", " ")})
    assert response.status_code == 302
    assert response["Location"] == journey.url("regulator")
    page = other.get(journey.url("clinical_trial")).content.decode()
    assert 'value="no"\n        checked' in page or 'value="no" checked' in page


def test_answers_given_but_not_finished_resume_at_check_your_answers(client, db):
    journey = Journey(client).answer_all()
    response = Client().post("/resume/", {"code": journey.record.resume_code})
    assert response["Location"] == journey.url("answers")


def test_a_finished_questionnaire_resumes_at_the_report(client, db):
    journey = Journey(client).answer_all()
    journey.finish()
    other = Client()
    response = other.post("/resume/", {"code": journey.record.resume_code})
    assert response["Location"] == f"/report/{journey.qid}/"
    assert other.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("code", ["", "nope", "0000-0000", "x" * 5000, "<script>"])
def test_a_wrong_code_gets_the_form_again_with_a_clear_message(client, db, code):
    response = client.post("/resume/", {"code": code})
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert 'href="#id_code"' in html
    assert "<script>" not in html


def test_repeated_wrong_codes_are_slowed_down(client, db, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "resume": (3, 900)}
    journey = Journey(Client())
    for _ in range(3):
        assert client.post("/resume/", {"code": "0000-0000"}).status_code == 400
    response = client.post("/resume/", {"code": journey.record.resume_code})
    assert response.status_code == 429
    assert "Too many tries" in response.content.decode()
    assert 800 < int(response["Retry-After"]) <= 900
    # Another client is not affected.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert other.post("/resume/", {"code": journey.record.resume_code}).status_code == 302


def test_codes_are_readable_and_forgiving():
    code = new_code()
    assert len(code) == 9 and code[4] == "-"
    assert set(code.replace("-", "")) <= set(ALPHABET)
    assert normalise(code.lower()) == code
    assert normalise("o1il-abcd") == "0111-ABCD"
    assert normalise("abc") is None
    assert normalise("ABCD-EFG!") is None
