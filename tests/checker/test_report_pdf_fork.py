"""The warm renderer survives a fork: gunicorn's workers are forked from a warm master."""

import gc
import os
from datetime import UTC, datetime

import rules
from checker.report import render as pdf
from checker.staff.preview import sample_context
from checker.staff.samples import SAMPLES


def _render() -> bytes:
    return pdf.render_pdf(sample_context(SAMPLES[rules.AMBER], datetime(2026, 1, 1, tzinfo=UTC)))


def test_a_forked_child_that_exits_leaves_the_parents_fonts_in_place():
    _render()
    folder = pdf._local.css[1]._folder
    assert folder is not None and any(folder.iterdir())
    pid = os.fork()
    if pid == 0:  # the child: a worker that renders, then is recycled (its caches dropped)
        code = 1
        try:
            assert _render().startswith(b"%PDF")
            pdf.reset_caches()
            gc.collect()
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert folder.is_dir() and any(folder.iterdir())
    assert _render().startswith(b"%PDF")
