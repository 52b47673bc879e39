"""The running header and footer of a tagged PDF as artifacts, not content (PDF/UA-1).

WeasyPrint 70 draws the text of page-margin boxes (our running header, rules line and
footer) as marked content with structure elements that hang outside the tag tree. PDF/UA
wants page furniture marked as ``/Artifact``, so a screen reader skips it and the tree holds
only the document. ``install()`` wraps three WeasyPrint functions, once per process:

- ``document.draw_page``: before a page is drawn, every box inside its margin boxes is
  flagged as page furniture;
- ``Stream.marked``: a flagged box is drawn inside ``/Artifact`` marked content, with no
  MCID;
- ``tags._build_box_tree``: a margin box adds nothing to the tag tree.

Only what is drawn in the page margins changes; untagged PDFs (the after-treatment card)
are drawn as before, since ``marked`` does nothing there. Pinned to the WeasyPrint in
``requirements.lock``: ``tests/checker/test_report_pdfua.py`` fails if an upgrade changes
these functions' behaviour.
"""

import contextlib
from collections.abc import Iterator
from typing import Any

_FLAG = "_checker_artifact"
_installed = False


def _flag(box: Any) -> None:
    setattr(box, _FLAG, True)
    for child in getattr(box, "children", ()) or ():
        _flag(child)


def install() -> None:
    """Patch WeasyPrint once (idempotent)."""
    global _installed
    if _installed:
        return
    # Imported late: WeasyPrint loads Pango, which only PDFs need.
    from weasyprint import document
    from weasyprint.formatting_structure import boxes
    from weasyprint.pdf import tags
    from weasyprint.pdf.stream import Stream

    draw_page = document.draw_page
    marked = Stream.marked
    build_box_tree = tags._build_box_tree

    def draw_page_with_artifacts(page: Any, stream: Any) -> None:
        for child in page.children:
            if isinstance(child, boxes.MarginBox):
                _flag(child)
        draw_page(page, stream)

    @contextlib.contextmanager
    def marked_or_artifact(self: Any, box: Any, tag: str) -> Iterator[None]:
        if getattr(box, _FLAG, False):
            with self.artifact():
                yield
        else:
            with marked(self, box, tag):
                yield

    def build_without_margins(box: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        if isinstance(box, boxes.MarginBox):
            return iter(())
        built: Iterator[Any] = build_box_tree(box, *args, **kwargs)
        return built

    document.draw_page = draw_page_with_artifacts
    Stream.marked = marked_or_artifact
    tags._build_box_tree = build_without_margins
    _installed = True
