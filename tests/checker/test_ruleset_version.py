"""One ruleset version and review date on the methodology page, the result page, the PDF and in
``manage.py assess``; a stored PDF made by other rules is never served."""

import json
import re

import pytest
from django.core.management import call_command
from django.utils import formats, translation

import rules
from checker.models import ReportPDF

from .. import pdfread
from ..conftest import Journey


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_text(pdf: bytes) -> str:
    return _squash(pdfread.text(pdf))


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_version_and_review_date_match_on_every_surface(client, db, capsys, tmp_path,
                                                            language):
    version = rules.RULESET_VERSION
    headers = {"HTTP_ACCEPT_LANGUAGE": language}

    methodology = client.get("/how-it-works/", **headers).content.decode()
    assert re.search(r'<main[^>]*data-ruleset="([^"]+)"', methodology).group(1) == version

    journey = Journey(client).answer_all()
    finished = client.post(journey.url("answers"), **headers)
    page = client.get(finished["Location"], **headers).content.decode()
    found = re.search(r'data-ruleset="([^"]+)" data-reviewed-on="([^"]+)"', page)
    assert found.groups() == (version, rules.REVIEWED_ON.isoformat())

    pdf_url = re.search(r'href="([^"]+a4\.pdf)"', page).group(1)
    pdf = _pdf_text(client.get(pdf_url, **headers).content)
    with translation.override(language):
        reviewed = formats.date_format(rules.REVIEWED_ON, "DATE_FORMAT")
        for surface in (methodology, page):
            assert reviewed in surface
        line = translation.gettext("Rules version %(version)s, last reviewed on %(reviewed)s.")
    assert _squash(line % {"version": version, "reviewed": reviewed}) in pdf

    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"answers": {"atmp": "yes"}}))
    call_command("assess", str(answers))
    printed = json.loads(capsys.readouterr().out)
    assert printed["ruleset"] == version
    assert printed["reviewed_on"] == rules.REVIEWED_ON.isoformat()


def test_a_stored_pdf_made_by_other_rules_is_rendered_again(client, db, monkeypatch):
    journey = Journey(client).answer_all()
    page = journey.finish().content.decode()
    pdf_url = re.search(r'href="([^"]+a4\.pdf)"', page).group(1)
    old = client.get(pdf_url).content
    assert rules.RULESET_VERSION in _pdf_text(old)
    assert ReportPDF.objects.filter(ruleset=rules.RULESET_VERSION).count() == 1

    monkeypatch.setattr(rules, "RULESET_VERSION", "0123456789ab")
    new = client.get(pdf_url).content
    assert "0123456789ab" in _pdf_text(new)
    assert list(ReportPDF.objects.values_list("ruleset", flat=True)) == ["0123456789ab"]
    assert client.get(pdf_url).content == new  # and stored again for these rules
