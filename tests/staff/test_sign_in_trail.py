"""Staff sign-ins, right and wrong, are on the audit trail and in the log; and attempts sent
at once cannot all be checked before the first is counted (issue 22, lows)."""

import logging

from django.test import Client, RequestFactory

from checker.staff import throttle
from checker.staff.models import AuditEntry

from .conftest import PASSWORD


def _sign_in(client, username, password):
    return client.post("/staff/sign-in/", {"username": username, "password": password})


def test_a_sign_in_is_on_the_trail_and_in_the_log(staff_user, caplog):
    with caplog.at_level(logging.INFO, "checker.staff"):
        assert _sign_in(Client(), "ana", PASSWORD).status_code == 302
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.user, entry.username, entry.reference) == (
        AuditEntry.SIGN_IN, staff_user, "ana", "")
    assert "Staff sign-in: ana" in caplog.text


def test_a_failed_sign_in_is_on_the_trail_and_logged_as_a_warning(staff_user, caplog):
    with caplog.at_level(logging.WARNING, "checker.staff"):
        _sign_in(Client(), "ana", "wrong-password")
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.user) == (AuditEntry.SIGN_IN_FAILED, staff_user)
    assert "Staff sign-in failed for the account ana" in caplog.text


def test_a_name_that_is_no_account_is_not_kept_it_may_be_a_password(db, caplog):
    with caplog.at_level(logging.WARNING, "checker.staff"):
        _sign_in(Client(), "my-secret-passphrase", "x")
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.user, entry.username) == (AuditEntry.SIGN_IN_FAILED, None, "")
    assert "my-secret-passphrase" not in caplog.text
    assert "a name that is no account" in caplog.text


def test_attempts_in_flight_at_once_are_counted_before_any_is_checked(db, settings):
    # Eight sign-ins sent at once for a new username each claim their try before any
    # password is checked: only the free ones go on to be checked.
    request = RequestFactory().post("/staff/sign-in/", REMOTE_ADDR="192.0.2.80")
    allowed = [throttle.claim(request, "new-name") for _ in range(8)]
    free = settings.STAFF_SIGN_IN_THROTTLE["free_failures"]
    assert allowed == [True] * free + [False] * (8 - free)


def test_a_right_password_does_not_count_against_a_shared_clinic_address(staff_user,
                                                                          settings):
    settings.STAFF_SIGN_IN_THROTTLE = {**settings.STAFF_SIGN_IN_THROTTLE,
                                       "client_lock_after": 3}
    for _ in range(6):
        client = Client()
        assert _sign_in(client, "ana", PASSWORD).status_code == 302
        client.post("/staff/sign-out/")
