"""python manage.py createstaff NAME: password from STAFF_PASSWORD, a prompt, or exit code 2."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client

from checker.staff.accounts import GROUP_NAME
from checker.staff.management.commands import createstaff

GOOD = "correct-horse-battery-staple-7"


def run(*args, **env):
    out = io.StringIO()
    call_command("createstaff", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def password(monkeypatch):
    monkeypatch.setenv("STAFF_PASSWORD", GOOD)


def test_the_new_account_signs_in_on_the_sign_in_page_and_uses_the_staff_area(db, password):
    assert "Created clinic staff account 'carmen'" in run("carmen")
    client = Client()
    response = client.post("/staff/sign-in/", {"username": "carmen", "password": GOOD})
    assert response.status_code == 302
    assert client.get("/staff/").status_code == 200


def test_the_account_is_in_the_clinic_staff_group_and_is_not_an_admin(db, password):
    run("carmen", "--name", "Carmen Ruiz Soto")
    user = get_user_model().objects.get(username="carmen")
    assert list(user.groups.values_list("name", flat=True)) == [GROUP_NAME]
    assert user.has_perm("staff.use_staff_area")
    assert not user.is_staff and not user.is_superuser
    assert (user.first_name, user.last_name) == ("Carmen", "Ruiz Soto")


@pytest.mark.parametrize("weak", ["short1", "password1234", "12345678901"])
def test_a_weak_password_is_refused_with_exit_code_2(db, monkeypatch, weak):
    monkeypatch.setenv("STAFF_PASSWORD", weak)
    with pytest.raises(CommandError, match="The password was refused") as error:
        run("carmen")
    assert error.value.returncode == 2
    assert not get_user_model().objects.filter(username="carmen").exists()


def test_without_a_password_and_without_a_terminal_it_stops_with_exit_code_2(db, monkeypatch):
    monkeypatch.delenv("STAFF_PASSWORD", raising=False)
    monkeypatch.setattr(createstaff.sys, "stdin", io.StringIO(""))
    with pytest.raises(CommandError, match="STAFF_PASSWORD") as error:
        run("carmen")
    assert error.value.returncode == 2


def test_an_empty_password_variable_is_refused(db, monkeypatch):
    monkeypatch.setenv("STAFF_PASSWORD", "")
    with pytest.raises(CommandError, match="empty") as error:
        run("carmen")
    assert error.value.returncode == 2


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_in_a_terminal_it_asks_for_the_password_twice(db, monkeypatch):
    monkeypatch.delenv("STAFF_PASSWORD", raising=False)
    monkeypatch.setattr(createstaff.sys, "stdin", _Terminal())
    answers = iter([GOOD, GOOD])
    monkeypatch.setattr(createstaff.getpass, "getpass", lambda prompt: next(answers))
    run("carmen")
    assert get_user_model().objects.get(username="carmen").check_password(GOOD)


def test_two_different_typed_passwords_are_refused(db, monkeypatch):
    monkeypatch.delenv("STAFF_PASSWORD", raising=False)
    monkeypatch.setattr(createstaff.sys, "stdin", _Terminal())
    answers = iter([GOOD, GOOD + "x"])
    monkeypatch.setattr(createstaff.getpass, "getpass", lambda prompt: next(answers))
    with pytest.raises(CommandError, match="not the same") as error:
        run("carmen")
    assert error.value.returncode == 2


def test_an_existing_account_is_left_alone_without_update(db, password):
    user = get_user_model().objects.create_user("carmen", password="old-passphrase-123")
    with pytest.raises(CommandError, match="exists already") as error:
        run("carmen")
    assert error.value.returncode == 2
    user.refresh_from_db()
    assert user.check_password("old-passphrase-123") and not user.groups.exists()


def test_update_gives_an_existing_account_the_password_and_the_group(db, password):
    get_user_model().objects.create_user("carmen", password="old-passphrase-123")
    assert "Updated" in run("carmen", "--update")
    user = get_user_model().objects.get(username="carmen")
    assert user.check_password(GOOD) and user.has_perm("staff.use_staff_area")


@pytest.mark.parametrize("name", ["", "   ", "has space", "semi;colon", "x" * 151])
def test_a_bad_username_is_refused_with_exit_code_2(db, password, name):
    with pytest.raises(CommandError) as error:
        run(name)
    assert error.value.returncode == 2
    assert get_user_model().objects.count() == 0


def test_the_demo_account_is_refused_outside_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG") as error:
        call_command("demostaff", stdout=io.StringIO())
    assert error.value.returncode == 2
    assert get_user_model().objects.count() == 0


def test_in_debug_the_demo_account_gets_a_fresh_printed_password_that_works(db, settings):
    settings.DEBUG = True
    for _ in range(2):  # a second run (another `make run`) resets the password
        out = io.StringIO()
        call_command("demostaff", stdout=out)
        printed = out.getvalue().split("password ")[1].split()[0]
        client = Client()
        assert client.post("/staff/sign-in/", {"username": "demo-staff",
                                               "password": printed}).status_code == 302
        assert client.get("/staff/").status_code == 200
    assert get_user_model().objects.count() == 1
