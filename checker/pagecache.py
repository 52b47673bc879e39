"""Whole pages rendered once per state and kept, with each patient's own parts put in after.

A question page (and the start page) is the same HTML for every patient in the same state
(the language, the page, its form's state, "Page X of N"...), except for a few strings that
are each patient's own: the CSRF token, the page's address (the form's action, and the
language switch's way back) and the Back link's address, which hold the questionnaire's id.
``render`` renders the page once per state with a marker in place of each of these, keeps
that text, and for each request puts the patient's own strings, escaped as the template
would have escaped them, in place of the markers. What a page shows beyond its context (the
staff bar while staff assist a patient) is not kept: such a page is rendered as before.

The caller gives the key: everything else the page's context holds, as the page shows it
(checker/step_view.py, checker/views.py). tests/checker/test_formcache.py fetches every page
in many states with and without the cache and compares them.
"""

import re
import secrets
from collections.abc import Hashable, Mapping
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render as render_page
from django.template.loader import get_template
from django.utils.html import conditional_escape
from django.utils.translation import get_language

from .kepttexts import KeptTexts, generation
from .staff.assisting import assisting

#: At most this many rendered pages are kept per process (the oldest used go first).
MAX_PAGES = 128
#: Off in the tests that compare pages with and without the cache.
enabled = [True]

_kept = KeptTexts()

# Markers no page text can hold: private-use characters around a random word of this process.
_NONCE = secrets.token_hex(8)
_MARKER = re.compile("\ue000" + _NONCE + r"(\w+)\ue001")
CSRF, PATH = "csrf_token", "path"


def _marker(name: str) -> str:
    return f"\ue000{_NONCE}{name}\ue001"


class _MarkedRequest:
    """What the page templates read of the request: only its full path, here a marker."""

    def get_full_path(self) -> str:
        return _marker(PATH)


def _render_marked(template_name: str, context: Mapping[str, Any],
                   own: tuple[str, ...]) -> str:
    """The page with markers for the request's own parts (the context processors' values the
    pages read: the request and the CSRF token; nothing else of theirs is shown)."""
    marked = {**context, **{name: _marker(name) for name in own},
              "request": _MarkedRequest(), CSRF: _marker(CSRF)}
    return get_template(template_name).render(marked)


def render(request: HttpRequest, template_name: str, context: dict[str, Any],
           key: Hashable | None, *, own: tuple[str, ...] = (), private: tuple[str, ...] = (),
           status: int = 200) -> HttpResponse:
    """``django.shortcuts.render``, the page kept under ``key`` (None: not kept); ``own``
    names the context's strings that are each patient's own (put in per request), and
    ``private`` the values the kept page must never show (the patient's questionnaire): they
    are left out of the render that is kept, so a template that came to show one would differ
    from the page rendered without the cache, which the cache tests compare."""
    if key is None or not enabled[0] or assisting(request):
        return render_page(request, template_name, context, status=status)
    full_key = (generation(), get_language(), template_name, key)
    text = _kept.fetch(full_key)
    if text is None:
        shared = {name: value for name, value in context.items() if name not in private}
        text = _render_marked(template_name, shared, own)
        _kept.keep(full_key, text, MAX_PAGES)
    values = {name: str(conditional_escape(context[name])) for name in own}
    values[PATH] = str(conditional_escape(request.get_full_path()))
    values[CSRF] = str(conditional_escape(get_token(request)))
    return HttpResponse(_MARKER.sub(lambda found: values[found.group(1)], text), status=status)
