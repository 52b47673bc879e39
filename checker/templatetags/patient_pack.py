"""Template tags of our crispy template pack (templates/patient/), for its costly loops.

A country list is some 250 options: the template language's loop, with a comparison and two
escaped values per option, cost more than the rest of the page. ``select_options`` writes
the same HTML in Python (tests/checker/test_patient_pack.py compares it with the loop).
"""

import html
from typing import Any

from django import template
from django.forms import BoundField
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


def _escape(text: Any) -> str:
    # django.utils.html.conditional_escape without its lazy-string wrapper, a third of the
    # cost of a long list: safe strings as they are, anything else escaped the same way.
    if hasattr(text, "__html__"):
        return text.__html__()
    return html.escape(str(text))


@register.simple_tag
def select_options(field: BoundField) -> SafeString:
    """``<option value="…"[ selected]>…</option>`` for each choice, the field's value selected."""
    current = field.value()
    if current is None:
        current = ""
    return mark_safe("".join(  # noqa: S308  (every value and label is escaped here)
        f'<option value="{_escape(value)}"'
        f'{" selected" if value == current else ""}>{_escape(label)}</option>'
        for value, label in field.field.choices))  # type: ignore[attr-defined]
