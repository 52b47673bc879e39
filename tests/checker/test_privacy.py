from datetime import timedelta

from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from checker.models import Questionnaire, ReportPDF

from ..conftest import Journey


def _age(journey, days):
    Questionnaire.objects.filter(pk=journey.qid).update(
        updated_at=timezone.now() - timedelta(days=days))


def test_purge_deletes_answers_older_than_the_retention_period(db, settings, capsys):
    settings.RETENTION_DAYS = 30
    old, recent = Journey(Client()).answer_all(), Journey(Client()).answer_all()
    ReportPDF.objects.create(questionnaire=old.record, version=1, paper="a4", language="en",
                             pdf=b"%PDF")
    _age(old, 31)
    _age(recent, 29)
    call_command("purge_expired")
    assert list(Questionnaire.objects.values_list("pk", flat=True)) == [recent.record.pk]
    assert ReportPDF.objects.count() == 0
    out = capsys.readouterr().out
    assert "deleted 1 questionnaire(s)" in out
    assert "SC-" not in out


def test_purge_dry_run_deletes_nothing(db, settings, capsys):
    settings.RETENTION_DAYS = 30
    journey = Journey(Client())
    _age(journey, 40)
    call_command("purge_expired", "--dry-run")
    assert Questionnaire.objects.count() == 1
    assert "would delete 1" in capsys.readouterr().out


def test_purge_deletes_expired_sessions(db):
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session

    store = SessionStore()
    store["x"] = 1
    store.set_expiry(-10)
    store.create()
    assert Session.objects.count() == 1
    call_command("purge_expired")
    assert Session.objects.count() == 0


def test_delete_my_answers_now_removes_them_and_their_pdf(client, db):
    journey = Journey(client).answer_all()
    ReportPDF.objects.create(questionnaire=journey.record, version=1, paper="a4",
                             language="en", pdf=b"%PDF")
    page = client.get(journey.url("answers")).content.decode()
    assert f'href="/check/{journey.qid}/delete/"' in page
    # The link asks to confirm on a page of its own; nothing is deleted yet.
    confirm = client.get(f"/check/{journey.qid}/delete/")
    assert confirm.status_code == 200
    assert f'action="/check/{journey.qid}/delete/"' in confirm.content.decode()
    assert "Yes, delete my answers" in confirm.content.decode()
    assert Questionnaire.objects.count() == 1 and ReportPDF.objects.count() == 1
    response = client.post(f"/check/{journey.qid}/delete/")
    assert response.status_code == 302 and response["Location"] == "/deleted/"
    assert Questionnaire.objects.count() == 0 and ReportPDF.objects.count() == 0
    assert client.get(journey.url("atmp")).status_code == 404
    assert "have been deleted" in client.get("/deleted/").content.decode()


def test_only_the_owner_can_delete(client, db):
    journey = Journey(client)
    stranger = Client()
    assert stranger.post(f"/check/{journey.qid}/delete/").status_code == 404
    assert stranger.get(f"/check/{journey.qid}/delete/").status_code == 404
    assert client.put(f"/check/{journey.qid}/delete/").status_code == 405
    assert Questionnaire.objects.count() == 1


def test_the_delete_confirmation_goes_back_to_the_report_once_finished(client, db):
    journey = Journey(client).answer_all()
    unfinished = client.get(f"/check/{journey.qid}/delete/").content.decode()
    assert f'href="/check/{journey.qid}/answers/">No, keep my answers' in unfinished
    journey.finish()
    finished = client.get(f"/check/{journey.qid}/delete/").content.decode()
    assert f'href="/report/{journey.qid}/">No, keep my answers' in finished


def test_creating_questionnaires_is_rate_limited(client, db, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "create": (2, 600)}
    assert client.get("/check/").status_code == 302
    assert client.get("/check/").status_code == 302
    response = client.get("/check/")
    assert response.status_code == 429
    assert "wait a few minutes" in response.content.decode().lower()
    assert Questionnaire.objects.count() == 2


def test_the_privacy_page_states_the_retention_period(client, db, settings):
    settings.RETENTION_DAYS = 14
    html = client.get("/privacy/").content.decode()
    assert "14 days after your last change" in html
