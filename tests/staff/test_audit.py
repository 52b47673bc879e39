"""Every look at a patient's report leaves a line in the trail, which nobody can edit."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from checker.staff.models import AuditEntry

from .conftest import opened


def _trail():
    return list(AuditEntry.objects.order_by("pk").values_list("username", "reference", "action"))


def test_each_view_of_the_page_and_the_pdfs_is_recorded(staff_client, staff_user, finished):
    url = opened(staff_client, finished)
    assert AuditEntry.objects.count() == 0  # the look-up itself shows nothing yet
    name = f"stem-cell-offer-report-{finished.reference}.pdf"
    staff_client.get(url)
    staff_client.get(url)
    staff_client.get(f"{url}a4/view/{name}")
    staff_client.get(f"{url}letter/download/{name}")
    ref = finished.reference
    assert _trail() == [("ana", ref, "page"), ("ana", ref, "page"), ("ana", ref, "pdf_view"),
                        ("ana", ref, "pdf_download")]
    assert all(e.user == staff_user for e in AuditEntry.objects.all())


def test_starting_a_questionnaire_with_a_patient_is_recorded(staff_client, staff_user):
    staff_client.post("/staff/assist/")
    entry = AuditEntry.objects.get()
    assert entry.action == "assisted_start" and entry.user == staff_user
    from checker.models import Questionnaire
    assert entry.reference == Questionnaire.objects.get().reference


def test_sample_reports_are_not_patients_and_leave_no_trail(staff_client):
    staff_client.get("/staff/samples/green/")
    assert AuditEntry.objects.count() == 0


def test_the_trail_keeps_the_username_after_the_account_is_deleted(staff_client, staff_user,
                                                                    finished):
    staff_client.get(opened(staff_client, finished))
    staff_user.delete()
    entry = AuditEntry.objects.get()
    assert entry.user is None and entry.username == "ana"


@pytest.fixture
def admin_client_(db):
    admin = get_user_model().objects.create_superuser("root", password="x-admin-passphrase-9")
    client = Client()
    client.force_login(admin)
    return client


def test_administrators_see_the_trail_in_the_admin(admin_client_, staff_client, finished):
    staff_client.get(opened(staff_client, finished))
    response = admin_client_.get("/admin/staff/auditentry/")
    assert response.status_code == 200
    assert finished.reference in response.content.decode()


def test_the_trail_cannot_be_added_to_changed_or_deleted_in_the_admin(admin_client_,
                                                                      staff_client, finished):
    staff_client.get(opened(staff_client, finished))
    entry = AuditEntry.objects.get()
    assert admin_client_.get("/admin/staff/auditentry/add/").status_code == 403
    change_url = f"/admin/staff/auditentry/{entry.pk}/change/"
    page = admin_client_.get(change_url)
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert admin_client_.post(change_url, {"reference": "SC-0000-0000", "action": "page",
                                           "username": "x"}).status_code == 403
    assert admin_client_.post(f"/admin/staff/auditentry/{entry.pk}/delete/",
                              {"post": "yes"}).status_code == 403
    entry.refresh_from_db()
    assert entry.reference == finished.reference


def test_no_account_holds_add_change_or_delete_permissions_on_the_trail(db):
    from django.contrib.auth.models import Permission

    codenames = set(Permission.objects.filter(content_type__app_label="staff")
                    .values_list("codename", flat=True))
    assert codenames == {"view_auditentry", "use_staff_area"}


def test_staff_cannot_see_the_trail_in_the_admin(staff_client):
    response = staff_client.get("/admin/staff/auditentry/")
    assert response.status_code == 302  # to the admin login: staff accounts are not admins
