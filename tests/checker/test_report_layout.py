"""No word of the doctor's PDF is drawn over another, or off the page, in any language."""

import pytest

from .. import pdfread
from .report_cases import CASES, case_pdf

#: Points two word boxes may share: glyph boxes of neighbouring lines touch at most.
TOLERANCE = 0.5


def overlaps(words):
    """The pairs of words whose boxes overlap by more than the tolerance in both directions."""
    words = sorted(words, key=lambda w: w["top"])
    found = []
    for i, word in enumerate(words):
        for other in words[i + 1:]:
            if other["top"] >= word["bottom"] - TOLERANCE:
                break
            wide = min(word["x1"], other["x1"]) - max(word["x0"], other["x0"])
            high = min(word["bottom"], other["bottom"]) - max(word["top"], other["top"])
            if wide > TOLERANCE and high > TOLERANCE:
                found.append((word["text"], other["text"]))
    return found


def test_the_overlap_check_finds_words_drawn_over_each_other():
    a = {"text": "No", "x0": 10, "x1": 30, "top": 10, "bottom": 20}
    b = {"text": "se", "x0": 25, "x1": 40, "top": 12, "bottom": 22}
    c = {"text": "cumple", "x0": 41, "x1": 70, "top": 10, "bottom": 20}
    d = {"text": "below", "x0": 10, "x1": 30, "top": 22, "bottom": 32}
    assert overlaps([a, b, c, d]) == [("No", "se")]


def test_the_overlap_check_finds_words_drawn_over_each_other_in_a_rendered_pdf():
    from checker.report.pdf import html_to_pdf

    pdf = html_to_pdf('<p>Criterion heading</p><p class="x">No se cumple</p>',
                      css=".x { margin-top: -5mm; margin-left: 8mm; }")
    assert [overlaps(words) for _page, words in _words(pdf)] != [[]]


def _words(pdf):
    for page in pdfread.read(pdf):
        yield page, page.words()


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("verdict", sorted(CASES))
def test_no_word_is_drawn_over_another_or_off_the_page(verdict, language, paper):
    pdfs = [case_pdf(verdict, language, paper),
            case_pdf(verdict, language, paper, longest=True)]
    for pdf in pdfs:
        for page, words in _words(pdf):
            assert words
            assert overlaps(words) == [], (page.number, overlaps(words)[:5])
            for word in words:
                assert word["x0"] >= 0 and word["x1"] <= page.width, word["text"]
                assert word["top"] >= 0 and word["bottom"] <= page.height, word["text"]
