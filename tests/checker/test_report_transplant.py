"""A transplant's PDF: the transplant team's follow-up and urgent signs, nothing of a cell
injection, and no empty findings table (issue 23)."""

import re

import pytest
from django.utils import translation

from checker.report.doctor import add_doctor
from checker.report.pdf import render_pdf
from rules import aftercare

from .. import pdfread
from .report_cases import CASES, make_context


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", "", pdfread.text(pdf))


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_transplant_pdf_has_the_haematology_follow_up_and_no_injection_box(language, paper):
    with translation.override(language):
        context = make_context(CASES["out_of_scope"])
        doctor = add_doctor(context).doctor()
        text = _text(render_pdf(context, paper=paper))
        fever = translation.gettext(aftercare.SIGNS_BY_ID["fever"].label)
        site = translation.gettext(aftercare.SIGNS_BY_ID["site"].label)
        transplant = [translation.gettext(s.label) for s in aftercare.TRANSPLANT_SIGNS]
    # No findings table (nothing was judged) and no injection signs or contraindications.
    assert doctor["findings"] == [] and doctor["signs"] is None and not doctor["screen"]
    assert re.sub(r"\s+", "", fever) not in text and re.sub(r"\s+", "", site) not in text
    assert "38.5" not in text and "38,5" not in text
    for label in transplant:
        assert re.sub(r"\s+", "", label) in text
    assert ("38.0°C" if language == "en" else "38,0°C") in text
    assert [c["id"] for c in doctor["checkpoints"]][0] == "transplant_before"


def test_the_findings_legend_is_not_printed_without_a_table():
    with translation.override("en"):
        text = _text(render_pdf(make_context(CASES["out_of_scope"])))
    assert "Saidyes" not in text and "Findings" not in text
