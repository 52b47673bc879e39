"""Staff accounts, a finished patient questionnaire, and clients signed in as each."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from checker.models import Questionnaire
from checker.staff.accounts import ensure_group
from checker.staff.models import AuditEntry

from ..answers import ALL_ANSWERS

PASSWORD = "a-long-staff-passphrase-42"

#: Every question answered as a legitimate offer would (tests/answers.py).
LEGIT_ANSWERS = ALL_ANSWERS


def make_user(username: str, *, staff: bool, **extra):
    user = get_user_model().objects.create_user(username, password=PASSWORD, **extra)
    if staff:
        user.groups.add(ensure_group())
    return user


@pytest.fixture
def staff_user(db):
    return make_user("ana", staff=True, first_name="Ana", last_name="García")


@pytest.fixture
def plain_user(db):
    return make_user("bob", staff=False)


@pytest.fixture
def staff_client(staff_user):
    client = Client()
    client.force_login(staff_user)
    # The sign-in is on the trail too (tests/staff/test_sign_in_trail.py); the tests that use
    # this client look at what comes after it.
    AuditEntry.objects.filter(action=AuditEntry.SIGN_IN).delete()
    return client


@pytest.fixture
def plain_client(plain_user):
    client = Client()
    client.force_login(plain_user)
    return client


@pytest.fixture
def finished(db):
    """A patient's finished questionnaire (made directly, without the patient's session)."""
    return Questionnaire.objects.create(answers=dict(LEGIT_ANSWERS), finished_at=timezone.now(),
                                        offer={"clinic_name": "Clinica Ejemplo"})


def look_up(client, reference: str, code: str = ""):
    return client.post("/staff/", {"reference": reference, "code": code})


def opened(client, questionnaire) -> str:
    """Look the report up as staff; the URL of its staff preview."""
    response = look_up(client, questionnaire.reference)
    assert response.status_code == 302, response.content[:2000]
    return response["Location"]
