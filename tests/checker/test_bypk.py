"""A questionnaire loaded with SQL compiled once (checker/bypk.py) is the one the ORM loads."""

import uuid

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from checker.bypk import ByPrimaryKey
from checker.models import Questionnaire

pytestmark = pytest.mark.django_db


def _fields(instance):
    return {f.attname: getattr(instance, f.attname) for f in Questionnaire._meta.concrete_fields}


def test_every_field_is_what_the_orm_loads():
    helper = get_user_model().objects.create_user("helper", password="x" * 12)
    made = Questionnaire.objects.create(
        answers={"offer_kind": "treatment", "signs": ["price"], "n": 3, "ñ": "ü"},
        offer={"price": "12000 €"}, last_step="country", version=4,
        finished_at=timezone.now(), assisted_by=helper)
    by_pk = ByPrimaryKey(Questionnaire)
    for key in (made.pk, str(made.pk)):
        with CaptureQueriesContext(connection) as queries:
            loaded = by_pk.get(key)
        assert len(queries) == 1
        orm = Questionnaire.objects.get(pk=made.pk)
        assert _fields(loaded) == _fields(orm)
        assert loaded.answers["ñ"] == "ü" and loaded.finished_at.tzinfo is not None
        assert not loaded._state.adding and loaded._state.db == orm._state.db
    loaded.answers["country"] = "MX"
    loaded.save()
    assert Questionnaire.objects.get(pk=made.pk).answers["country"] == "MX"


def test_no_such_row_is_none():
    Questionnaire.objects.create()
    assert ByPrimaryKey(Questionnaire).get(uuid.uuid4()) is None
