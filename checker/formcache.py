"""A question page's fields, rendered once per state of the form and kept (issue 26).

The fields of a page (templates/patient/uni_form.html and the templates it includes) were more
than half the time of a question page, and their HTML depends on nothing but the form: which
questions are shown, each one's wording (worded for the answers so far), its choices and their
hints, the value chosen and the errors, in the active language. ``{% page_form %}`` (in
checker/templatetags/patient_pack.py) renders the fields the normal way the first time a state
is seen and keeps the text, under a key made of

* the active language, whether autoescaping is on and the settings (any setting_changed, as
  in tests, starts afresh);
* per part of the page: its form class (the fields, widgets, hints and layout a class
  declares), its heading field, prefix and id format;
* per field: its name, label, hint, choices (values and labels, as the widget holds them),
  its value and its errors, each as the page shows them.

Anything a form changes per request (a question worded for earlier answers, the days
question's choices for a donor's cells, a heading given to the page instead) is read into
the key, so the same key always means the same HTML (tests/checker/test_formcache.py renders
every page in many answer states, both languages, with errors, with and without the cache).

Typed text is never kept: a form with any text typed into a text box, or a value that is
not one of its field's choices, is rendered every time. So the kept states are the pages'
choices, and at most ``MAX_STATES`` of them.
"""

from collections.abc import Hashable
from typing import Any

from django.forms import BoundField
from django.utils.choices import CallableChoiceIterator, normalize_choices
from django.utils.translation import get_language

from .forms import GroupForm
from .kepttexts import KeptTexts, also_on_change, generation

#: At most this many rendered states are kept per process (the oldest used go first).
MAX_STATES = 256
#: At most this many lists made by callable choices (one per language) are remembered.
MAX_CALLABLE_CHOICES = 16

_kept = KeptTexts()
#: Off in the tests that compare the HTML with and without the cache.
enabled = [True]


class _Uncacheable(Exception):
    """A form whose state is not kept: typed text, or a value that is not a choice."""


def _value_key(value: Any) -> Hashable:
    if isinstance(value, list | tuple):
        return ("list", tuple(_value_key(v) for v in value))
    if value is None or isinstance(value, str | int | bool):
        return (type(value).__name__, value)
    raise _Uncacheable


#: The key and the values of choices a callable gives (the countries), by the object it
#: returned: kept with the object, so that its id stays its own.
_listed: dict[int, tuple[object, tuple[tuple[str, str], ...], frozenset[str]]] = {}
also_on_change(_listed.clear)


def _listed_choices(choices: Any) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """The choices as shown (values and labels as text) and the set of their values."""
    if isinstance(choices, CallableChoiceIterator):
        made = choices.func()
        known = _listed.get(id(made))
        if known is not None and known[0] is made:
            return known[1], known[2]
        listed = tuple((str(v), str(label)) for v, label in normalize_choices(made))
        values = frozenset(v for v, _label in listed)
        if len(_listed) >= MAX_CALLABLE_CHOICES:
            _listed.clear()
        _listed[id(made)] = (made, listed, values)
        return listed, values
    listed = tuple((str(value), str(label)) for value, label in choices)
    return listed, frozenset(v for v, _label in listed)


def _field_key(bound: BoundField) -> Hashable:
    value = bound.value()
    choices = getattr(bound.field.widget, "choices", None)
    if choices is None:
        if value not in (None, ""):
            raise _Uncacheable  # typed text
        listed: tuple[tuple[str, str], ...] = ()
    else:
        listed, allowed = _listed_choices(choices)
        chosen = value if isinstance(value, list | tuple) else [value]
        if any(v not in (None, "") and str(v) not in allowed for v in chosen):
            raise _Uncacheable
    return (bound.name, str(bound.label), str(bound.help_text), listed, _value_key(value),
            tuple(str(e) for e in bound.errors))


def state_key(form: GroupForm, autoescape: bool) -> Hashable | None:
    """The key of a page's fields as shown, or None when they are not to be kept."""
    try:
        parts = tuple(
            (type(part), part.page_heading_field, part.prefix, part.auto_id,
             tuple(_field_key(bound) for bound in part))
            for part in form.parts)
    except _Uncacheable:
        return None
    return (generation(), get_language(), autoescape, parts)


def get(key: Hashable) -> str | None:
    return _kept.fetch(key)


def keep(key: Hashable, text: str) -> None:
    _kept.keep(key, text, MAX_STATES)
