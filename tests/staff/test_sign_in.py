"""Signing in: fields username and password, CSRF, and failures slowed down then locked."""

from datetime import timedelta

import pytest
from django.test import Client

from checker.staff.models import SignInFailures

from .conftest import PASSWORD


def sign_in(client, username="ana", password=PASSWORD, **extra):
    return client.post("/staff/sign-in/", {"username": username, "password": password}, **extra)


def age_failures(seconds: int) -> None:
    """Pretend the recorded failures happened ``seconds`` earlier."""
    for row in SignInFailures.objects.all():
        row.last_failure -= timedelta(seconds=seconds)
        row.save()


def fail(client, times: int, username="ana", pause=61, **extra):
    for _ in range(times):
        assert sign_in(client, username, "wrong-password", **extra).status_code == 400
        age_failures(pause)


def test_staff_sign_in_with_username_and_password_and_land_on_the_look_up(client, staff_user):
    response = sign_in(client)
    assert response.status_code == 302 and response["Location"] == "/staff/"
    assert client.get("/staff/").status_code == 200


def test_after_signing_in_staff_go_where_they_were_going(client, staff_user):
    response = client.post("/staff/sign-in/?next=/staff/samples/",
                           {"username": "ana", "password": PASSWORD, "next": "/staff/samples/"})
    assert response["Location"] == "/staff/samples/"


def test_a_next_address_on_another_site_is_ignored(client, staff_user):
    response = client.post("/staff/sign-in/", {"username": "ana", "password": PASSWORD,
                                               "next": "https://evil.example/"})
    assert response["Location"] == "/staff/"


def test_the_staff_session_ends_after_a_working_day(client, staff_user, settings):
    sign_in(client)
    assert client.session.get_expiry_age() == settings.STAFF_SESSION_SECONDS


def test_a_wrong_password_gets_a_clear_message_and_no_session(client, staff_user):
    response = sign_in(client, password="not-it")
    assert response.status_code == 400
    assert "The username or password is not right" in response.content.decode()
    assert client.get("/staff/").status_code == 302


@pytest.mark.parametrize("data", [{}, {"username": "ana"}, {"password": "x"},
                                  {"username": "a" * 5000, "password": "x"}])
def test_incomplete_sign_ins_get_a_form_error(client, staff_user, data):
    response = client.post("/staff/sign-in/", data)
    assert response.status_code == 400
    assert 'class="error-summary"' in response.content.decode()


def test_signing_in_without_the_csrf_token_is_refused(staff_user):
    client = Client(enforce_csrf_checks=True)
    assert sign_in(client).status_code == 403
    assert client.get("/staff/").status_code == 302


def test_after_three_failures_the_next_try_must_wait(client, staff_user):
    fail(client, 3, pause=0)
    response = sign_in(client)  # even the right password
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert "Wait 1 second" in response.content.decode()
    assert client.get("/staff/").status_code == 302
    age_failures(2)
    assert sign_in(client).status_code == 302


def test_the_wait_doubles_with_each_further_failure(client, staff_user):
    fail(client, 6)
    age_failures(-61)  # the last failure was just now
    response = sign_in(client)
    assert response.status_code == 429
    assert response["Retry-After"] == str(2 ** (6 - 3))


def test_ten_failures_lock_the_account_even_for_the_right_password(client, staff_user):
    fail(client, 10)
    age_failures(-61)
    response = sign_in(client)
    assert response.status_code == 429
    assert "locked for 15 minutes" in response.content.decode()
    age_failures(600)
    assert sign_in(client).status_code == 429
    age_failures(301)
    assert sign_in(client).status_code == 302


def test_a_locked_username_is_locked_from_every_address(client, staff_user):
    fail(client, 10, REMOTE_ADDR="10.0.0.1")
    age_failures(-61)
    response = sign_in(Client(), REMOTE_ADDR="10.0.0.2")
    assert response.status_code == 429


def test_the_admin_sign_in_honours_the_same_lock(client, staff_user):
    staff_user.is_staff = True
    staff_user.save()
    fail(client, 10)
    age_failures(-61)
    response = client.post("/admin/login/", {"username": "ana", "password": PASSWORD,
                                             "next": "/admin/"})
    assert response.status_code == 200  # the admin's own form error, not signed in
    assert client.get("/admin/").status_code == 302


def test_many_usernames_tried_from_one_address_lock_that_address(client, staff_user, settings):
    settings.STAFF_SIGN_IN_THROTTLE = {**settings.STAFF_SIGN_IN_THROTTLE,
                                       "client_lock_after": 4}
    for name in ("carla", "dan", "eve", "fay"):
        sign_in(client, name, "guess")
        age_failures(61)
    age_failures(-61)
    assert sign_in(client).status_code == 429  # a real account, from the locked address
    assert sign_in(Client(), REMOTE_ADDR="10.9.9.9").status_code == 302


def test_a_successful_sign_in_clears_the_usernames_failures(client, staff_user):
    fail(client, 2, pause=0)
    assert sign_in(client).status_code == 302
    client.post("/staff/sign-out/")
    # Three more free tries (from another address, whose count was never cleared).
    fail(client, 3, pause=0, REMOTE_ADDR="10.1.1.1")
    assert SignInFailures.objects.filter(key__startswith="user:").get().failures == 3


def test_failure_counts_hold_no_username_or_address_in_clear(client, staff_user):
    fail(client, 1, REMOTE_ADDR="192.0.2.7")
    keys = " ".join(SignInFailures.objects.values_list("key", flat=True))
    assert "ana" not in keys and "192.0.2.7" not in keys
    assert SignInFailures.objects.count() == 2


def test_old_failures_are_forgotten(client, staff_user):
    fail(client, 5)
    age_failures(901)
    sign_in(client, "someone-else", "x")  # any failure sweeps the expired rows
    assert SignInFailures.objects.filter(failures__gte=5).count() == 0
    assert sign_in(client).status_code == 302


def test_an_administrator_can_lift_a_usernames_lock(client, staff_user):
    import io

    from django.core.management import call_command

    fail(client, 10, REMOTE_ADDR="10.0.0.1")
    age_failures(-61)
    assert sign_in(Client(), REMOTE_ADDR="10.0.0.2").status_code == 429
    out = io.StringIO()
    call_command("unlockstaff", "ANA ", stdout=out)
    assert "Cleared 10 failed sign-in(s)" in out.getvalue()
    assert sign_in(Client(), REMOTE_ADDR="10.0.0.2").status_code == 302
