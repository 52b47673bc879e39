"""checker.sessions reads sessions as Django's database backend does, without the ORM."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from checker.sessions import SessionStore

pytestmark = pytest.mark.django_db


def test_the_site_uses_it():
    assert settings.SESSION_ENGINE == "checker.sessions"


def test_a_saved_session_loads_what_was_stored():
    store = SessionStore()
    store["questionnaires"] = ["a", "b"]
    store.save()
    again = SessionStore(store.session_key)
    assert again["questionnaires"] == ["a", "b"]
    assert again.session_key == store.session_key


def test_an_expired_session_loads_empty_and_its_key_is_dropped():
    store = SessionStore()
    store["questionnaires"] = ["a"]
    store.save()
    Session.objects.filter(session_key=store.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1))
    again = SessionStore(store.session_key)
    assert again.load() == {}
    assert again.session_key is None


def test_a_made_up_key_is_never_adopted():
    made_up = "x" * 32
    store = SessionStore(made_up)
    assert "questionnaires" not in store
    store["questionnaires"] = ["a"]
    store.save()
    assert store.session_key != made_up
    assert not Session.objects.filter(session_key=made_up).exists()


def test_a_session_that_expires_later_still_loads():
    store = SessionStore()
    store["questionnaires"] = ["a"]
    store.set_expiry(60)
    store.save()
    assert SessionStore(store.session_key)["questionnaires"] == ["a"]
