"""The pack's Python tags write exactly what the template loops they replace wrote."""

import pytest
from django.forms import ChoiceField, Form
from django.template import Context, Template
from django.utils import translation
from django.utils.safestring import mark_safe

from checker.forms import HintedCheckboxSelectMultiple, HintedRadioSelect
from checker.question_forms import question_form
from checker.steps import PART_FORMS

#: The loop templates/patient/_text.html had before ``select_options``, kept as the reference.
LOOP = Template(
    '{% with current=field.value|default_if_none:"" %}{% for value, label in '
    'field.field.choices %}<option value="{{ value }}"{% if value == current %} selected'
    '{% endif %}>{{ label }}</option>{% endfor %}{% endwith %}')
TAG = Template("{% load patient_pack %}{% select_options field %}")

#: The body of the choices loop in templates/patient/field.html before ``choice_input``.
CHOICE_LOOP = Template(
    '{% for choice in field %}<input class="choices__input" type="{{ widget_type }}" '
    'name="{{ choice.data.name }}" id="{{ choice.id_for_label }}" value="{{ choice.data.value }}"'
    '{% if choice.data.selected %} checked{% endif %}{% if choice.data.hint %} aria-describedby='
    '"{{ choice.id_for_label }}-hint"{% endif %}>\n        <label class="choices__label" for='
    '"{{ choice.id_for_label }}">{{ choice.choice_label }}</label>\n        '
    '{% if choice.data.hint %}<p class="hint choices__hint" id="{{ choice.id_for_label }}-hint">'
    '{{ choice.data.hint }}</p>{% endif %}|{% endfor %}')
CHOICE_TAG = Template("{% load patient_pack %}{% for choice in field %}"
                      "{% choice_input choice widget_type %}|{% endfor %}")


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


def _choice_fields():
    """Every radio and checkbox field of the questionnaire's pages (each question's form)."""
    for form_class in dict.fromkeys(PART_FORMS.values()):
        for name, field in form_class.base_fields.items():
            if getattr(field.widget, "input_type", "") in ("radio", "checkbox"):
                yield form_class, name, field


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_choice_is_the_same_html_as_the_template_loop(language):
    checked = 0
    with translation.override(language):
        for step, name, field in _choice_fields():
            values = [str(v) for v, _label in field.widget.choices]
            multiple = getattr(field.widget, "allow_multiple_selected", False)
            states = [None, {}, {name: "not-a-choice"}]
            states += [{name: [v] if multiple else v} for v in values]
            if multiple:
                states.append({name: values[:3]})
            for data in states:
                form = (step(initial={}) if data is None else step(_as_post(data)))
                context = Context({"field": form[name],
                                   "widget_type": field.widget.input_type})
                loop, tag = CHOICE_LOOP.render(context), CHOICE_TAG.render(context)
                assert tag == loop, (name, data)
                checked += 1
    assert checked > 100


def _as_post(data: dict):
    from django.http import QueryDict

    post = QueryDict(mutable=True)
    for key, value in data.items():
        post.setlist(key, value if isinstance(value, list) else [value])
    return post


def test_awkward_choices_escape_as_the_template_loop():
    class Hinted(Form):
        one = ChoiceField(choices=[("a&b", "<A>"), ("q\"", "Q")],
                          widget=HintedRadioSelect(option_hints={"a&b": "<hint> & more"}))
        many = ChoiceField(choices=[("x", "X"), ("none", "None of these")],
                           widget=HintedCheckboxSelectMultiple)

    for data in (None, {"one": "a&b"}, {"one": "q\""}):
        form = Hinted(data)
        for name in ("one", "many"):
            context = Context({"field": form[name],
                               "widget_type": form.fields[name].widget.input_type})
            assert CHOICE_TAG.render(context) == CHOICE_LOOP.render(context)
    assert "&lt;hint&gt; &amp; more" in CHOICE_TAG.render(
        Context({"field": Hinted()["one"], "widget_type": "radio"}))
