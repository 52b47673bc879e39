"""A "told" or a plain "yes" is never "seen in writing": on the page, in the PDF, in the JSON.

For every verdict's typical answers, in English and Spanish, the answers are turned into
their hearsay version (every documents answer "told", every yes/no answer "yes") and into
their "no" version. The hearsay version may say "seen in writing" no more often than the
"no" version, whose only such words are the legend above the findings table.
"""

import json
import re

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

import rules
from checker.report.patient import add_patient_page
from checker.report.pdf import render_pdf
from rules.catalogue import TOLD_KIND, YES_NO
from rules.serialize import to_json_dict

from .. import pdfread
from .report_cases import CASES, make_context

#: "Seen in writing" as the PDF and the page say it, whitespace removed, lower case.
SEEN = {"en": ("seeninwriting", "seenitinwriting"),
        "es": ("vistoporescrito",)}


def _with(answers: dict, *, told: str, yes_no: str) -> dict:
    out = dict(answers)
    for question_id in answers:
        question = rules.QUESTIONS_BY_ID.get(question_id)
        if question is not None and question.kind == TOLD_KIND:
            out[question_id] = told
        elif question is not None and question.kind == YES_NO:
            out[question_id] = yes_no
    return out


def hearsay(answers: dict) -> dict:
    return _with(answers, told="told", yes_no="yes")


def all_no(answers: dict) -> dict:
    return _with(answers, told="no", yes_no="no")


def _count(text: str, language: str) -> int:
    squashed = re.sub(r"\s+", "", text).lower()
    return sum(squashed.count(words) for words in SEEN[language])


def _pdf_text(answers: dict) -> str:
    pdf = render_pdf(make_context(answers))
    return pdfread.text(pdf)


def _page_text(answers: dict) -> str:
    html = render_to_string("report/result.html", {
        **add_patient_page(make_context(answers)).as_context(), "pdf_url": "/a4.pdf",
        "pdf_letter_url": "/letter.pdf"}, request=RequestFactory().get("/report/x/"))
    return re.sub(r"<[^>]+>", " ", html[html.index("<main"):html.index("</main>")])


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("verdict", sorted(CASES))
def test_told_and_plain_yes_say_seen_in_writing_no_more_often_than_no(verdict, language):
    with translation.override(language):
        told = _pdf_text(hearsay(CASES[verdict]))
        said_no = _pdf_text(all_no(CASES[verdict]))
        told_page = _page_text(hearsay(CASES[verdict]))
        no_page = _page_text(all_no(CASES[verdict]))
    assert _count(told, language) <= _count(said_no, language)
    assert _count(told_page, language) <= _count(no_page, language)


@pytest.mark.parametrize("verdict", sorted(CASES))
def test_the_json_never_calls_told_or_a_plain_yes_seen(verdict):
    result = json.loads(json.dumps(to_json_dict(rules.assess(hearsay(CASES[verdict])))))
    assert "seen_in_writing" not in result["evidence"].values()
    yes_no = [q for q, v in hearsay(CASES[verdict]).items()
              if q in rules.QUESTIONS_BY_ID and rules.QUESTIONS_BY_ID[q].kind == YES_NO
              and v == "yes"]
    assert all(result["evidence"][q] == "said_yes" for q in yes_no)


def test_the_counting_finds_seen_in_writing_where_a_document_was_seen():
    seen = {**CASES["green"], "leaflet": "yes"}
    with translation.override("es"):
        assert _count(_pdf_text(seen), "es") > _count(_pdf_text(all_no(seen)), "es")
