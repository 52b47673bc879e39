"""The pack's Python tags write exactly what the template loops they replace wrote."""

import pytest
from django.forms import ChoiceField, Form
from django.template import Context, Template
from django.utils import translation
from django.utils.safestring import mark_safe

from checker.question_forms import question_form

#: The loop templates/patient/_text.html had before ``select_options``, kept as the reference.
LOOP = Template(
    '{% with current=field.value|default_if_none:"" %}{% for value, label in '
    'field.field.choices %}<option value="{{ value }}"{% if value == current %} selected'
    '{% endif %}>{{ label }}</option>{% endfor %}{% endwith %}')
TAG = Template("{% load patient_pack %}{% select_options field %}")


class Awkward(Form):
    """Values and labels that need escaping, a number, a lazy label and an empty choice."""

    pick = ChoiceField(choices=[("", "Choose"), ("a&b", "<b>A & B</b>"), ("\"q'", "Quotes"),
                                (3, "Three"), ("x", translation.gettext_lazy("Not sure")),
                                ("safe", mark_safe("<i>already safe</i>"))])


def _both(field) -> tuple[str, str]:
    context = Context({"field": field})
    return LOOP.render(context), TAG.render(context)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("data", [None, {}, {"country": "ES"}, {"country": "unsure"},
                                  {"country": "XX"}, {"country": "<es>"}])
def test_the_country_options_are_the_same_html_as_the_template_loop(language, data):
    form_class = question_form("country")
    with translation.override(language):
        form = form_class(data) if data is not None else form_class(initial={"country": "MX"})
        loop, tag = _both(form["country"])
    assert tag == loop
    assert loop.count("<option") > 200


@pytest.mark.parametrize("data", [None, {"pick": "a&b"}, {"pick": "\"q'"}, {"pick": "3"},
                                  {"pick": ""}])
def test_escaping_and_selection_match_the_template_loop(data):
    loop, tag = _both(Awkward(data)["pick"])
    assert tag == loop
    assert "&lt;b&gt;A &amp; B&lt;/b&gt;" in tag and "<i>already safe</i>" in tag
