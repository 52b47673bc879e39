"""Unwrap the shipped WOFF fonts into the TrueType files the PDF renderer reads.

Run: .venv/bin/python scripts/pdf_fonts.py  (after changing a file in static/fonts)

WOFF is the same font in a compressed wrapper; WeasyPrint unwraps it with fontTools each
time a worker first renders a PDF, which cost more than a tenth of that render. The glyphs,
metrics and names are unchanged, so the SIL OFL (static/fonts/OFL.txt) still applies.
"""

from pathlib import Path

from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "static" / "fonts"


def main() -> None:
    for woff in sorted(FONTS.glob("*.woff")):
        font = TTFont(woff)
        font.flavor = None
        font.flavorData = None
        font.save(woff.with_suffix(".ttf"), reorderTables=False)
        print(woff.with_suffix(".ttf").name)


if __name__ == "__main__":
    main()
