"""Bodies far larger than any of our forms are refused with a plain 400, never a 500."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

POSTABLE = "/admin/login/"


def _assert_refused_plainly(response):
    assert response.status_code == 400
    assert b"We could not read what was sent" in response.content
    assert b"Traceback" not in response.content


def test_a_100_kib_form_is_refused_with_a_plain_400(client):
    _assert_refused_plainly(client.post(POSTABLE, {"username": "x" * 100_000, "password": "y"}))


def test_a_raw_body_over_the_limit_is_refused_with_a_plain_400(client):
    body = b"a=" + b"x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    _assert_refused_plainly(
        client.post(POSTABLE, body, content_type="application/x-www-form-urlencoded"))


def test_300_fields_are_refused_with_a_plain_400(client):
    body = "&".join(f"f{n}=1" for n in range(300))
    _assert_refused_plainly(
        client.post(POSTABLE, body, content_type="application/x-www-form-urlencoded"))


def test_a_file_upload_is_refused_with_a_plain_400(client):
    upload = SimpleUploadedFile("scan.pdf", b"%PDF-1.4 not really", "application/pdf")
    _assert_refused_plainly(client.post(POSTABLE, {"username": "x", "file": upload}))


@pytest.mark.django_db
def test_a_body_under_the_limit_reaches_the_form(client):
    response = client.post(POSTABLE, {"username": "x" * 1000, "password": "y"})
    assert response.status_code == 200  # the login form again, with its error message
