"""Reading a rendered PDF in the tests: each page's size, its characters (text, size and box)
and its text, through PDFium (pypdfium2, Google's PDF engine behind a maintained binding).

Characters are measured as pdfplumber (pdfminer), which the tests used before, measures
them, so the print and layout thresholds keep their meaning: ``size`` is the font size times
the text's scale on the page, ``bottom`` the font's descent below the baseline, ``top`` one
font size above that, all in points from the page's top left corner. On every report case
(4 verdicts, 2 languages, 2 papers, typical and longest) both readers gave the same
characters, sizes, tops and bottoms; ``x0``/``x1`` differ by at most 1.4 pt, PDFium's box
covering a glyph's overhang (the tail of a j or a q), which only makes the margin checks a
little stricter. tests/test_pdfread.py checks the reader against geometry set in CSS.

PDFium reads a report about fifteen times faster than pdfminer and seven times faster than
pypdf's text extraction, and each PDF is read once per test process however many tests look
at it: reading had come to cost the report tests more than rendering.
"""

import ctypes
import functools
import math
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

#: Characters closer than this (points) on a line belong to one word; a line is the chars
#: within this of each other vertically (pdfplumber's extract_words defaults).
X_TOLERANCE = Y_TOLERANCE = 3.0
#: PDFium reports a hyphen that ends a line as U+0002 (a character) and U+FFFE (in the
#: text): it is the hyphen drawn on the page, as pdfminer and pypdf read it.
_HYPHENS = {"\x02": "-", "\ufffe": "-"}


@dataclass(frozen=True)
class Page:
    #: 1 for the first page, as pdfplumber's page_number.
    number: int
    width: float
    height: float
    #: The drawn characters (no spaces or line breaks), in the order the page draws them,
    #: each {"text", "size", "x0", "x1", "top", "bottom"}, and "space_after": True on one
    #: that a space or line break follows (where ``words`` splits).
    chars: tuple[dict, ...]
    #: The page's text as a reader copies it, lines ending in a line break.
    text: str

    def words(self, *, by_size: bool = False) -> list[dict]:
        """The page's words in drawing order, each {"text", "size", "x0", "x1", "top",
        "bottom"}: runs of characters on one line with no space or gap between (and of one
        size, when ``by_size``; ``size`` is the first character's), as pdfplumber's
        ``extract_words(use_text_flow=True)``, with ``extra_attrs=["size"]`` when ``by_size``.
        """
        words: list[dict] = []
        current: list[dict] = []
        for char in self.chars:
            if current and not _same_word(current[-1], char, by_size):
                words.append(_word(current))
                current = []
            current.append(char)
        if current:
            words.append(_word(current))
        return words


def _same_word(last: dict, char: dict, by_size: bool) -> bool:
    return (not last.get("space_after")
            and (not by_size or abs(char["size"] - last["size"]) < 0.01)
            and abs(char["top"] - last["top"]) <= Y_TOLERANCE
            and -X_TOLERANCE <= char["x0"] - last["x1"] <= X_TOLERANCE)


def _word(chars: list[dict]) -> dict:
    return {"text": "".join(c["text"] for c in chars), "size": chars[0]["size"],
            "x0": min(c["x0"] for c in chars), "x1": max(c["x1"] for c in chars),
            "top": min(c["top"] for c in chars), "bottom": max(c["bottom"] for c in chars)}


def _chars(textpage, height: float) -> tuple[dict, ...]:
    chars: list[dict] = []
    rect, matrix = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX()
    for index in range(textpage.count_chars()):
        text = _HYPHENS.get(text := chr(pdfium_c.FPDFText_GetUnicode(textpage, index)), text)
        if not text.strip():
            if chars:  # a space or line break (drawn or added by PDFium) ends a word
                chars[-1]["space_after"] = True
            continue
        pdfium_c.FPDFText_GetLooseCharBox(textpage, index, rect)
        pdfium_c.FPDFText_GetMatrix(textpage, index, ctypes.byref(matrix))
        scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
        size = pdfium_c.FPDFText_GetFontSize(textpage, index) * scale
        bottom = height - rect.bottom
        chars.append({"text": text, "size": size, "x0": rect.left, "x1": rect.right,
                      "top": bottom - size, "bottom": bottom})
    return tuple(chars)


@functools.lru_cache(maxsize=64)
def read(pdf: bytes) -> tuple[Page, ...]:
    """The pages of ``pdf``; the same bytes are read once per process, so the pages (and
    their characters) are shared: read them, never change them."""
    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for number, page in enumerate(document, 1):
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range().translate(str.maketrans(_HYPHENS))
                pages.append(Page(number, width, height, _chars(textpage, height), text))
            finally:
                textpage.close()
                page.close()
        return tuple(pages)
    finally:
        document.close()


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text."""
    return [page.text for page in read(pdf)]


def text(pdf: bytes, between: str = "") -> str:
    """The whole document's text, the pages joined by ``between``."""
    return between.join(page_texts(pdf))
