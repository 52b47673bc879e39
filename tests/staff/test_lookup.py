"""Staff reach a patient's report only through the reference the patient gives."""

import re

import pytest
from django.utils import timezone

from checker.models import Questionnaire
from checker.staff.forms import normalise_reference
from checker.staff.models import AuditEntry

from .conftest import LEGIT_ANSWERS, look_up, opened


@pytest.mark.parametrize("typed", ["SC-7KQ4-M2XD", "sc-7kq4-m2xd", " sc 7KQ4 M2XD ",
                                   "SC7KQ4M2XD", "7kq4-m2xd", "SC-7KQ4-M2XO"[:-1] + "D",
                                   "sc.7kq4.m2xd"])
def test_references_are_read_forgivingly(typed):
    assert normalise_reference(typed) == "SC-7KQ4-M2XD"


def test_letters_that_look_like_digits_are_read_as_the_digits():
    assert normalise_reference("SC-7KQ4-MOIL") == "SC-7KQ4-M011"


@pytest.mark.parametrize("typed", ["", "SC", "SC-7KQ4", "XX-7KQ4-M2XD", "SC-7KQ4-M2XD-1",
                                   "<script>", "SC-7KQ4-M2X!"])
def test_things_that_are_not_references_are_refused(typed):
    assert normalise_reference(typed) is None


def test_the_look_up_page_has_a_reference_form(staff_client):
    html = staff_client.get("/staff/").content.decode()
    form = re.search(r'<form method="post" action="/staff/".*?</form>', html, re.S).group(0)
    assert 'name="reference"' in form and 'name="code"' in form
    assert "csrfmiddlewaretoken" in form


def test_a_typed_reference_opens_the_report_preview(staff_client, finished):
    typed = finished.reference.lower().replace("-", " ")
    response = look_up(staff_client, typed)
    assert response.status_code == 302
    assert response["Location"] == f"/staff/reports/{finished.pk}/"


def test_a_matching_resume_code_is_accepted_too(staff_client, finished):
    response = look_up(staff_client, finished.reference, finished.resume_code.lower())
    assert response.status_code == 302


def test_a_resume_code_that_does_not_match_keeps_the_report_closed(staff_client, finished):
    wrong = "0000-0000" if finished.resume_code != "0000-0000" else "1111-1111"
    response = look_up(staff_client, finished.reference, wrong)
    assert response.status_code == 404
    assert "No finished report has that reference" in response.content.decode()
    assert staff_client.get(f"/staff/reports/{finished.pk}/").status_code == 404


def test_an_unknown_reference_gets_the_form_again_and_is_recorded(staff_client, staff_user, db):
    response = look_up(staff_client, "SC-0000-0000")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'href="#id_reference"' in html
    entry = AuditEntry.objects.get()
    assert (entry.user, entry.reference, entry.action) == (staff_user, "SC-0000-0000",
                                                          AuditEntry.NOT_FOUND)


@pytest.mark.parametrize("data", [{}, {"reference": ""}, {"reference": "hello"},
                                  {"reference": "x" * 12000},
                                  {"reference": "SC-0000-0000", "code": "nonsense!"}])
def test_bad_input_gets_a_clear_error_not_a_crash(staff_client, db, data):
    response = staff_client.post("/staff/", data)
    assert response.status_code == 400
    assert 'class="error-message"' in response.content.decode()
    assert AuditEntry.objects.count() == 0


def test_an_unfinished_questionnaire_gets_the_same_answer_as_an_unknown_one(staff_client,
                                                                          staff_user, db,
                                                                          settings):
    # Finding 7: 409 for unfinished, 404 for unknown, uncounted, told which references exist.
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "staff_lookup": (2, 900)}
    unfinished = Questionnaire.objects.create(answers={"atmp": "yes"})
    unknown = look_up(staff_client, "SC-0000-0000")
    response = look_up(staff_client, unfinished.reference)
    assert response.status_code == unknown.status_code == 404
    assert _error_text(response) == _error_text(unknown)
    assert staff_client.get(f"/staff/reports/{unfinished.pk}/").status_code == 404
    assert [e.action for e in AuditEntry.objects.order_by("pk")] == [AuditEntry.NOT_FOUND] * 2
    assert AuditEntry.objects.order_by("pk").last().reference == unfinished.reference
    assert look_up(staff_client, "SC-0000-0001").status_code == 429  # both were counted


def _error_text(response) -> str:
    import re

    return re.search(r'class="error-summary".*?</div>', response.content.decode(), re.S).group()


def test_staff_cannot_open_a_report_by_its_id_without_the_reference(staff_client, finished):
    base = f"/staff/reports/{finished.pk}/"
    name = f"stem-cell-offer-report-{finished.reference}.pdf"
    for url in (base, f"{base}a4/view/{name}", f"{base}a4/download/{name}"):
        assert staff_client.get(url).status_code == 404
    assert AuditEntry.objects.count() == 0


def test_looking_a_report_up_does_not_open_the_patients_own_pages(staff_client, finished):
    opened(staff_client, finished)
    assert staff_client.get(f"/report/{finished.pk}/").status_code == 404
    assert staff_client.get(f"/check/{finished.pk}/atmp/").status_code == 404
    assert staff_client.get(f"/check/{finished.pk}/answers/").status_code == 404


def test_one_looked_up_report_does_not_open_another(staff_client, finished):
    other = Questionnaire.objects.create(answers=dict(LEGIT_ANSWERS), finished_at=timezone.now())
    opened(staff_client, finished)
    assert staff_client.get(f"/staff/reports/{other.pk}/").status_code == 404


def test_a_pdf_url_with_a_wrong_name_or_paper_is_not_found(staff_client, finished):
    opened(staff_client, finished)
    base = f"/staff/reports/{finished.pk}/"
    assert staff_client.get(f"{base}a4/view/stem-cell-offer-report-SC-0000-0000.pdf"
                            ).status_code == 404
    name = f"stem-cell-offer-report-{finished.reference}.pdf"
    assert staff_client.get(f"{base}a3/view/{name}").status_code == 404
    assert staff_client.get(f"{base}a4/print/{name}").status_code == 404


def test_guessing_references_is_slowed_down(staff_client, finished, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "staff_lookup": (3, 900)}
    for n in range(3):
        assert look_up(staff_client, f"SC-0000-000{n}").status_code == 404
    response = look_up(staff_client, finished.reference)
    assert response.status_code == 429
    assert "Too many tries" in response.content.decode()
    assert 800 < int(response["Retry-After"]) <= 900


def test_no_staff_page_lists_patients_reports(staff_client, finished):
    for url in ("/staff/", "/staff/assist/", "/staff/samples/"):
        html = staff_client.get(url).content.decode()
        assert finished.reference not in html and str(finished.pk) not in html


def test_questionnaires_are_not_in_the_django_admin():
    from django.contrib import admin

    assert not admin.site.is_registered(Questionnaire)
