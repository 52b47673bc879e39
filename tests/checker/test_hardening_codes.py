"""Resume codes that cannot be guessed at scale (issue 22, M2): 12 characters, derived from
the id with a key, stored only as a keyed hash; codes of 8 characters given before still open
their questionnaire, through the migration too."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client

from checker import codes
from checker.models import Questionnaire

from ..conftest import Journey, resume_code_of


def test_a_new_code_is_three_groups_of_four_readable_characters(db):
    code = Journey(Client()).record.resume_code
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4]
    assert set("".join(groups)) <= set(codes.ALPHABET)


def test_codes_differ_and_are_not_stored_anywhere_in_the_row(db):
    journeys = [Journey(Client()) for _ in range(20)]
    shown = {j.record.resume_code for j in journeys}
    assert len(shown) == 20
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM checker_questionnaire")
        stored = repr(cursor.fetchall())
    for code in shown:
        assert code not in stored and code.replace("-", "") not in stored


def test_the_code_shown_on_the_save_page_opens_the_questionnaire(db):
    journey = Journey(Client())
    code = resume_code_of(journey.client.get(journey.url("save")).content)
    assert len(code) == 14
    response = Client().post("/resume/", {"code": code.lower().replace("-", " ")})
    assert response.status_code == 302 and journey.qid in response["Location"]


def test_an_old_eight_character_code_still_opens_its_questionnaire(db):
    journey = Journey(Client())
    Questionnaire.objects.filter(pk=journey.qid).update(
        legacy_code_hash=codes.code_hash("7KQ4-M2XD"))
    response = Client().post("/resume/", {"code": "7kq4 m2xd"})
    assert response.status_code == 302 and journey.qid in response["Location"]
    # The old code opens only through the old code's hash, not as a prefix of a new one.
    assert Client().post("/resume/", {"code": journey.record.resume_code[:9]}).status_code == 400


def test_a_code_still_opens_its_questionnaire_while_the_secret_key_is_rotated(db, settings):
    journey = Journey(Client())
    code = journey.record.resume_code
    old_key = settings.SECRET_KEY
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = "a-new-key-" + "z" * 40, [old_key]
    assert journey.record.resume_code == code  # still shown as the patient wrote it down
    response = Client().post("/resume/", {"code": code})
    assert response.status_code == 302 and journey.qid in response["Location"]


def test_staff_can_check_a_new_or_an_old_code_with_the_reference(db):
    from checker.staff.forms import LookupForm
    from checker.staff.views import _find

    journey = Journey(Client())
    record = journey.record
    Questionnaire.objects.filter(pk=record.pk).update(
        legacy_code_hash=codes.code_hash("7KQ4-M2XD"))
    for typed, found in ((record.resume_code, True), ("7KQ4M2XD", True),
                         ("0000-0000-0000", False)):
        form = LookupForm({"reference": record.reference, "code": typed})
        assert form.is_valid(), form.errors
        assert (_find(form) == record) is found


BEFORE = [("checker", "0004_route_and_country_are_answers")]
AFTER = [("checker", "0005_resume_code_hash")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_every_old_code_working_and_drops_the_clear_codes():
    old = _migrate(BEFORE)
    model = old.get_model("checker", "Questionnaire")
    rows = [model.objects.create(resume_code=f"7KQ4-M2X{n}", reference=f"SC-AAAA-AAA{n}")
            for n in range(3)]
    _migrate(AFTER)
    columns = [c.name for c in connection.introspection.get_table_description(
        connection.cursor(), "checker_questionnaire")]
    assert "resume_code" not in columns
    for n, row in enumerate(rows):
        response = Client(REMOTE_ADDR=f"192.0.2.{n}").post("/resume/", {"code": f"7kq4-m2x{n}"})
        assert response.status_code == 302 and str(row.pk) in response["Location"]
        record = Questionnaire.objects.get(pk=row.pk)
        response = Client(REMOTE_ADDR=f"198.51.100.{n}").post("/resume/",
                                                               {"code": record.resume_code})
        assert response.status_code == 302 and str(row.pk) in response["Location"]
