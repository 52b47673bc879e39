"""Template tags of our crispy template pack (templates/patient/), for its costly loops.

A country list is some 250 options, a question some 3 to 15 choices: the template language's
loops, with a dozen looked-up and escaped values per choice, cost more than the rest of the
page. These tags write the same HTML in Python (tests/checker/test_patient_pack.py compares
each with the template it replaces).
"""

import html
from typing import Any

from django import template
from django.forms import BoundField
from django.forms.boundfield import BoundWidget
from django.template.base import Parser, Token
from django.utils.formats import localize
from django.utils.safestring import SafeString, mark_safe

from checker import formcache
from checker.forms import GroupForm

register = template.Library()

#: The fields of a page, as ``{% include %}`` renders them.
PAGE_FORM_TEMPLATE = "patient/uni_form.html"


class PageFormNode(template.Node):
    """``{% include "patient/uni_form.html" %}``, its HTML kept per state of the form
    (checker/formcache.py)."""

    def render(self, context: template.Context) -> str:
        form = context.get("form")
        key = (formcache.state_key(form, context.autoescape)
               if formcache.enabled[0] and isinstance(form, GroupForm) else None)
        if key is not None:
            kept = formcache.get(key)
            if kept is not None:
                return kept
        assert context.template is not None  # rendered inside a page's template
        text = context.template.engine.get_template(PAGE_FORM_TEMPLATE).render(context)
        if key is not None:
            formcache.keep(key, text)
        return text


@register.tag
def page_form(parser: Parser, token: Token) -> PageFormNode:
    """The form in the context's ``form``: its fields, as patient/uni_form.html lays them."""
    return PageFormNode()


def _escape(text: Any) -> str:
    # django.utils.html.conditional_escape without its lazy-string wrapper, a third of the
    # cost of a long list: safe strings as they are, anything else escaped the same way.
    if hasattr(text, "__html__"):
        return str(text.__html__())
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


#: Between the input, its label and its hint: the template's own line breaks and indent.
_BREAK = "\n        "


@register.simple_tag
def choice_input(choice: BoundWidget, widget_type: str) -> SafeString:
    """One radio or checkbox of a choice field: its input, its label and its hint if any."""
    data = choice.data
    ident = _escape(choice.id_for_label)
    hint = data.get("hint")
    described = f' aria-describedby="{ident}-hint"' if hint else ""
    checked = " checked" if data["selected"] else ""
    hint_html = (f'<p class="hint choices__hint" id="{ident}-hint">{_escape(hint)}</p>'
                 if hint else "")
    return mark_safe(  # noqa: S308  (every value and label is escaped here)
        f'<input class="choices__input" type="{_escape(widget_type)}" '
        f'name="{_escape(data["name"])}" id="{ident}" value="{_escape(localize(data["value"]))}"'
        f"{checked}{described}>{_BREAK}"
        f'<label class="choices__label" for="{ident}">{_escape(choice.choice_label)}</label>'
        f"{_BREAK}{hint_html}")
