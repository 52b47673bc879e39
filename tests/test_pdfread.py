"""The tests' PDF reader (tests/pdfread.py) measures what WeasyPrint drew: sizes, boxes,
words, pages and text, on small documents whose geometry is known from their CSS."""

import pytest

from checker.report.pdf import html_to_pdf

from . import pdfread

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
PAGE = "@page { size: A4; margin: 20mm } body { margin: 0 } p { margin: 0 }"


def _read(body: str, css: str = "") -> tuple[pdfread.Page, ...]:
    return pdfread.read(html_to_pdf(f"<html lang='en'><body>{body}</body></html>",
                                    css=PAGE + css))


def test_a_character_has_its_css_size_and_starts_at_the_margin():
    (page,) = _read('<p style="font-size: 12pt">Hello world</p>')
    assert page.number == 1
    assert (page.width, page.height) == pytest.approx(A4, abs=0.1)
    assert "".join(c["text"] for c in page.chars) == "Helloworld"
    assert {round(c["size"], 2) for c in page.chars} == {12.0}
    first = page.chars[0]
    assert first["x0"] == pytest.approx(20 * MM, abs=0.5)
    # The box is one font size high, and starts at the top margin (the line's half-leading
    # and the font's ascent put it at most a few points lower).
    assert first["bottom"] - first["top"] == pytest.approx(12.0, abs=0.01)
    assert 20 * MM - 0.5 <= first["top"] <= 20 * MM + 4
    assert all(a["x1"] <= b["x0"] + 0.5 for a, b in zip(page.chars[:4], page.chars[1:5],
                                                       strict=True))


def test_sizes_follow_the_css_including_a_smaller_span():
    (page,) = _read('<p style="font-size: 9pt">Body <small style="font-size: 7.5pt">'
                    "note</small></p>")
    sizes = {c["text"]: round(c["size"], 2) for c in page.chars}
    assert sizes["B"] == 9.0 and sizes["n"] == 7.5


def test_words_split_at_spaces_and_by_size_only_when_asked():
    (page,) = _read('<p style="font-size: 10pt">one two<sup style="font-size: 7pt">3</sup>'
                    "</p>")
    assert [w["text"] for w in page.words()] == ["one", "two3"]
    assert [w["text"] for w in page.words(by_size=True)] == ["one", "two", "3"]
    one, two = page.words()
    assert one["x1"] < two["x0"] and one["size"] == pytest.approx(10.0, abs=0.01)


def test_each_page_is_read_with_its_number_and_text():
    pages = _read('<p>First page</p><p style="break-before: page">Second page</p>')
    assert [p.number for p in pages] == [1, 2]
    assert [p.text.strip() for p in pages] == ["First page", "Second page"]
    assert pdfread.page_texts(html_to_pdf("<p>x</p>", css=PAGE)) == ["x"]


def test_a_hyphen_that_ends_a_line_is_read_as_the_hyphen_drawn():
    pdf = html_to_pdf('<p style="width: 25mm; font-size: 12pt">well-known self-made '
                      "long-standing</p>", css=PAGE)
    pages, text = pdfread.read(pdf), pdfread.text(pdf)
    chars = "".join(c["text"] for c in pages[0].chars)
    assert chars == "well-knownself-madelong-standing"
    assert "".join(text.split()) == "well-knownself-madelong-standing"
    assert len(pages[0].text.splitlines()) >= 3  # the lines did break at the hyphens


def test_the_same_pdf_is_read_once():
    pdf = html_to_pdf("<p>Once</p>", css=PAGE)
    assert pdfread.read(pdf) is pdfread.read(bytes(bytearray(pdf)))
