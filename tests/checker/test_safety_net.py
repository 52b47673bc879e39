"""Controls the hazard log (docs/hazard-log.md) names that no other test module covers."""

import re

import pytest
from django.utils import translation

from checker.report.pdf import render_pdf

from .. import pdfread
from .report_cases import CASES, make_context


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("verdict", sorted(CASES))
def test_every_report_says_when_to_get_medical_help_at_once(verdict, language):
    """H11: whatever the verdict, the PDF lists the signs that need urgent care."""
    with translation.override(language):
        context = make_context(CASES[verdict])
        pdf = render_pdf(context)
        # After a transplant, the transplant team is who to call.
        heading = translation.gettext(
            "After the transplant, the patient calls the transplant team at once for"
            if verdict == "out_of_scope" else "After treatment, get medical help at once for")
    text = _squash(pdfread.text(pdf))
    assert _squash(heading) in text
    assert len(context.after_treatment["red_flags"]) >= 4
    for flag in context.after_treatment["red_flags"]:
        assert _squash(flag["label"]) in text
