"""Migration 0004: ``route`` and ``country`` move from the offer details into the answers,
and nothing a patient typed is lost."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("checker", "0003_reportpdf_ruleset")]
AFTER = [("checker", "0004_route_and_country_are_answers")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_route_and_country_move_into_the_answers_and_unknown_text_stays():
    old = _migrate(BEFORE)
    Questionnaire = old.get_model("checker", "Questionnaire")
    moved = Questionnaire.objects.create(
        offer={"clinic_name": "Clinica", "country": "México", "route": "intrathecal"},
        answers={"atmp": "no"})
    english = Questionnaire.objects.create(offer={"country": "Spain", "route": "joint"})
    unknown = Questionnaire.objects.create(offer={"country": "Atlantis", "price": "9"})
    kept = Questionnaire.objects.create(offer={"route": "joint", "country": "DE"},
                                        answers={"route": "eye"})
    new = _migrate(AFTER)
    Questionnaire = new.get_model("checker", "Questionnaire")

    record = Questionnaire.objects.get(pk=moved.pk)
    assert record.offer == {"clinic_name": "Clinica"}
    assert record.answers == {"atmp": "no", "route": "intrathecal", "country": "MX"}
    assert record.version == moved.version + 1
    assert Questionnaire.objects.get(pk=english.pk).answers == {"route": "joint",
                                                                "country": "ES"}
    record = Questionnaire.objects.get(pk=unknown.pk)
    assert record.offer == {"country": "Atlantis", "price": "9"}
    assert record.answers == {}
    assert record.version == unknown.version
    record = Questionnaire.objects.get(pk=kept.pk)
    assert record.answers == {"route": "eye", "country": "DE"}
    assert record.offer == {}

    # And back: the values return to the offer details.
    old = _migrate(BEFORE)
    record = old.get_model("checker", "Questionnaire").objects.get(pk=moved.pk)
    assert record.offer == {"clinic_name": "Clinica", "country": "MX", "route": "intrathecal"}
    assert record.answers == {"atmp": "no"}
    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes("checker"))
