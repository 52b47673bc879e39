"""The PDF report: its content for each verdict, paper sizes, fonts, and hostile input."""

import io
import re

import pytest
from django.utils import translation
from pypdf import PdfReader

import rules
from checker.offer import OFFER_LIMITS
from checker.report import render as report
from checker.report.doctor import add_doctor
from checker.report.doctor_offer import offer_questions
from checker.report.pdf import html_to_pdf, make_url_fetcher, render_pdf

from .. import pdfread
from .report_cases import CASES, MAX_A4_PAGES, MAX_A4_PAGES_LONGEST, REFERENCE, make_context

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)


def _squash(text: str) -> str:
    """Text without line breaks or spacing, so wrapped lines still match."""
    return re.sub(r"\s+", "", text)


def _text(pdf: bytes) -> str:
    return pdfread.text(pdf, "\n")


@pytest.fixture(scope="module", params=sorted(CASES))
def rendered(request):
    answers = CASES[request.param]
    context = make_context(answers)
    pdf = render_pdf(context)
    return request.param, context, pdf, _squash(_text(pdf))


def test_the_pdf_shows_the_reference_and_the_verdict(rendered):
    verdict, context, _pdf, text = rendered
    assert REFERENCE in text
    assert context.verdict["id"] == verdict
    assert _squash(rules.VERDICTS[verdict].title) in text


def test_the_pdf_shows_every_answer_as_the_patient_reported_it(rendered):
    _verdict, context, _pdf, text = rendered
    doctor = add_doctor(context).doctor()
    shown = [a for row in doctor["findings"] for a in row["reported"]]
    # Every question put to this patient, and only those (a skipped one was never asked):
    # those that describe the offer in "The offer", the others in the findings.
    values = context.answer_values
    in_offer = set(offer_questions(values))
    assert {a["id"] for a in shown} == {q.id for q in rules.QUESTIONS
                                        if rules.applicable(q.id, values)} - in_offer
    assert in_offer <= {f.get("question") for f in doctor["facts"]} | {
        q for q in ("authorisation_number", "trial_number") if values.get(q)}
    # ...each once, though some conditions read the same question.
    assert len(shown) == len({a["id"] for a in shown})
    for answer in shown:
        assert _squash(f"{answer['label']}:{answer['text']}") in text
    # Every warning sign, in the doctor's words (report/doctor_voice.py).
    signs = doctor["signs"]["reported"] if doctor["signs"] else []  # none for a transplant
    assert len(signs) == (max(1, len(context.warning_signs)) if doctor["signs"] else 0)
    for sign in signs:
        assert _squash(sign) in text


def test_the_pdf_gives_every_condition_with_its_status_and_what_to_verify(rendered):
    _verdict, context, _pdf, text = rendered
    doctor = add_doctor(context).doctor()
    for row in doctor["findings"]:
        assert _squash(row["title"]) in text
        assert _squash(row["status_label"]) in text
        assert _squash(row["verify"]) in text
    # Every reason, in the doctor's words (report/doctor_voice.py).
    assert len(doctor["verdict"]["reasons"]) == len(context.reasons)
    for reason in doctor["verdict"]["reasons"]:
        assert _squash(reason["text"]) in text


def test_the_pdf_lists_what_is_outstanding_and_the_safety_points(rendered):
    verdict, context, _pdf, text = rendered
    doctor = add_doctor(context).doctor()
    for ask in doctor["questions"]:
        assert _squash(ask["text"]) in text
    for document in context.documents:
        assert (_squash(document["text"]) in text) is (not document["seen"])
    # A transplant is not judged: no screening list or check-ups of a cell injection, and
    # no warning-signs row (they were never asked); the urgent signs stay.
    judged = verdict != "out_of_scope"
    for item in (*context.safety["absolute"], *context.safety["relative"]):
        assert (_squash(item["text"]) in text) is judged
    for checkpoint in add_doctor(context).checkpoints:
        assert _squash(checkpoint["what"]) in text
    # ...and a transplant gets the transplant team's follow-up instead.
    assert len(doctor["checkpoints"]) == len(context.safety["checkpoints"]) > 0
    assert ("Warningsigns(ITRTlist)" in text) is judged
    for flag in context.after_treatment["red_flags"]:
        assert _squash(flag["label"]) in text
    assert "Doctor'snotes" in text
    assert "notadiagnosis" in text


def test_a_typical_report_fits_on_two_a4_pages(rendered):
    _verdict, _context, pdf, text = rendered
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) <= MAX_A4_PAGES
    assert f"Page1of{len(pages)}" in text


def test_every_page_names_the_reference_the_date_and_the_language(rendered):
    _verdict, _context, pdf, _text = rendered
    for page in pdfread.page_texts(pdf):
        header = _squash(page)
        assert _squash(f"Reference {REFERENCE} · 21 November 2026 · English") in header


def test_the_pdf_is_a4_by_default_and_us_letter_on_request():
    context = make_context(CASES["amber"])
    for paper, size in (("a4", A4), ("letter", LETTER)):
        page = PdfReader(io.BytesIO(render_pdf(context, paper=paper))).pages[0]
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size,
                                                                                         abs=0.5)


def test_an_unknown_paper_size_is_refused():
    with pytest.raises(ValueError, match="paper"):
        render_pdf(make_context(CASES["green"]), paper="a3")


def _fonts(pdf: bytes) -> dict[str, bool]:
    """Each font's name and whether its file is embedded."""
    fonts = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
                else font
            descriptor = descendant["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


def test_the_pdf_embeds_only_the_shipped_font_accents_included():
    fonts = _fonts(render_pdf(make_context(CASES["red"])))
    assert fonts
    assert all("Atkinson-Hyperlegible" in name for name in fonts), fonts
    assert all(fonts.values()), fonts
    assert any(name.endswith("Atkinson-Hyperlegible-Bold") for name in fonts)


def test_the_pdf_fonts_are_the_page_fonts_unwrapped_with_the_same_faces():
    from django.conf import settings
    from fontTools.ttLib import TTFont

    static = settings.STATICFILES_DIRS[0]
    woffs = sorted((static / "fonts").glob("*.woff"))
    assert woffs
    for woff in woffs:
        page, pdf = TTFont(woff), TTFont(woff.with_suffix(".ttf"))
        assert sorted(pdf.keys()) == sorted(page.keys())
        for tag in sorted(page.keys()):
            if tag not in ("GlyphOrder", "head"):  # head keeps its own checksum adjustment
                assert pdf.getTableData(tag) == page.getTableData(tag), (woff.name, tag)

    def faces(name):
        """Each @font-face without spaces, file type or font-display (a browser setting)."""
        css = re.sub(r"\s+", "", (static / "css" / name).read_text())
        css = re.sub(r'font-display:swap;|\.(woff|ttf)"\)format\("(woff|truetype)"\)', "", css)
        return re.findall(r"@font-face{[^}]*}", css)

    assert len(faces("pdf-fonts.css")) == len(woffs)
    assert faces("pdf-fonts.css") == faces("fonts.css")


def test_the_warm_up_parses_the_reports_stylesheets_and_the_report_loads_no_image():
    report.reset_caches()
    report.warm_up()
    _fetcher, _fonts, sheets, images = report._stylesheets("a4", report.REPORT_STYLESHEETS)
    assert len(sheets) == len(report.REPORT_STYLESHEETS) + 1  # and the paper size
    assert set(report.REPORT_STYLESHEETS) <= set(report._local.css[2])
    asked = []
    for verdict in CASES:
        render_pdf(make_context(CASES[verdict]), url_fetcher=_recording_fetcher(asked))
    # Shapes are drawn by CSS: nothing is fetched while the report renders, so the first
    # report of a warmed worker costs no more than the next.
    assert asked == []
    assert images == {}


def test_after_the_warm_up_no_report_has_cffi_parse_a_glyph_array_type():
    # WeasyPrint's font subsetting asks cffi for hb_codepoint_t[n], n = glyphs used and the
    # highest glyph id; each new n costs a pycparser parse (~2.5 ms) unless warm_up() did it.
    from weasyprint.text.ffi import ffi

    report.warm_up()
    longest = report._glyph_counts()
    assert longest > 100  # the fonts were found
    parsed = set(ffi._parsed_types)
    assert {f"hb_codepoint_t[{n}]" for n in range(1, longest + 1)} <= parsed
    for language in ("en", "es"):
        for verdict in CASES:
            with translation.override(language):
                render_pdf(make_context(CASES[verdict]))
    assert not {t for t in set(ffi._parsed_types) - parsed if "hb_codepoint_t" in t}


HOSTILE = {
    "clinic_name": '<img src="file:///etc/passwd">',
    "condition": "<style>body{display:none}</style>",
    # As long as the offer page accepts.
    "price": "x" * OFFER_LIMITS["price"],
}


def _recording_fetcher(asked):
    class Recording(type(make_url_fetcher())):
        def fetch(self, url, headers=None):
            asked.append(url)
            return super().fetch(url, headers)

    return Recording()


#: The product's name is an answer (judgement v3), typed like the offer's details: at most 60
#: characters, shown back as "not matched".
HOSTILE_PRODUCT = '<link rel="attachment" href="file:///etc/hostname">'


def test_hostile_offer_text_is_printed_as_text_and_fetches_or_embeds_nothing():
    asked = []
    assert len(HOSTILE_PRODUCT) <= rules.QUESTIONS_BY_ID["product"].max_length
    pdf = render_pdf(make_context({**CASES["red"], "product": HOSTILE_PRODUCT}, offer=HOSTILE),
                     url_fetcher=_recording_fetcher(asked))
    assert all(url.startswith("/static/") for url in asked), asked
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.attachments == {}
    assert b"/EmbeddedFile" not in pdf
    text = _squash(_text(pdf))
    for field in ("clinic_name", "condition"):
        assert _squash(HOSTILE[field]) in text
    assert _squash(HOSTILE_PRODUCT) in text
    assert "x" * OFFER_LIMITS["price"] in text
    # <style> did not hide the body, and the long word did not push the report off the page.
    assert _squash(rules.VERDICTS["red"].title) in text
    assert len(reader.pages) <= MAX_A4_PAGES_LONGEST


def test_html_that_asks_for_files_or_attachments_gets_none_of_them():
    asked = []
    html = (
        '<html><head><link rel="attachment" href="/static/css/pdf.css">'
        '<link rel="attachment" href="file:///etc/hostname">'
        '<link rel="stylesheet" href="http://example.com/x.css"></head><body>'
        '<img src="file:///etc/passwd"><img src="/static/../checker/settings.py">'
        '<img src="data:image/svg+xml;base64,' + "A" * 100_000 + '">'
        '<a rel="attachment" href="/static/css/fonts.css">attached</a> visible</body></html>'
    )
    pdf = html_to_pdf(html, url_fetcher=_recording_fetcher(asked))
    assert PdfReader(io.BytesIO(pdf)).attachments == {}
    assert b"/EmbeddedFile" not in pdf
    assert "visible" in _text(pdf)
    # Each was asked for and refused: nothing outside /static/ was read.
    assert "file:///etc/passwd" in asked
    assert "http://example.com/x.css" in asked
    assert b"DATABASES" not in pdf and b"root:" not in pdf
