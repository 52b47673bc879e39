"""One form per catalogue question, built from its kind; each field named by the question id.

Headings and hints come from the rules catalogue (each entry cites its source), worded for
the case at hand by ``rules.wording`` (the days question for a donor's cells, for example).
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django import forms
from django.core.signals import setting_changed
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

import rules
from rules.applicability import case_holds
from rules.catalogue import (
    CELL_SOURCE,
    COUNTRY,
    DAYS,
    IN_ADVANCE,
    TEXT,
    TOLD_KIND,
    UNSURE,
    YES_NO,
    Question,
)
from rules.thresholds import MAX_EXTRACTION_DAYS

from .forms import HintedRadioSelect, PageForm

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def _required_message(question: Question) -> "StrOrPromise":
    if question.kind == YES_NO:
        return _("Select 'Yes', 'No' or 'Not sure'")
    if question.kind == CELL_SOURCE:
        return _("Select whose cells they are, or 'Not sure'")
    if question.id == "offer_kind":
        return _("Select the kind of offer, or 'Not sure'")
    return _("Select one of the answers, or 'Not sure'")


class QuestionForm(PageForm):
    """A page holding one question: its heading and hint are worded for the answers so far."""

    question_id = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        text, hint = rules.wording(self.question_id, self.answers)
        field = self.fields[self.question_id]
        field.label, field.help_text = _(text), _(hint)  # source: the question's source


#: "Yes" to a documents question means the patient saw it in writing (issue 12).
SEEN_IN_WRITING = _("Yes, and I have seen it in writing")


def choice_label(question: Question, value: str) -> "StrOrPromise":
    if question.kind == TOLD_KIND and value == rules.catalogue.YES:
        return SEEN_IN_WRITING
    return _(question.label(value))


def _choice_field(question: Question) -> forms.ChoiceField:
    message = _required_message(question)
    return forms.ChoiceField(
        choices=[(v, choice_label(question, v)) for v in question.choices],
        widget=HintedRadioSelect(option_hints={
            v: _(question.option_hint(v)) for v in question.choices if question.option_hint(v)
        }),
        error_messages={"required": message, "invalid_choice": message},
    )


#: The country choices per language, made once (django-countries sorts some 250 translated
#: names on every pass), forgotten when a setting changes (COUNTRIES_OVERRIDE in a test).
_COUNTRY_CHOICES: dict[str | None, tuple[tuple[str, str], ...]] = {}


def _forget_countries(**kwargs: object) -> None:
    _COUNTRY_CHOICES.clear()


setting_changed.connect(_forget_countries)


def _country_choices() -> tuple[tuple[str, str], ...]:
    """Every country by its name in the active language, after "Not sure"."""
    language = get_language()
    choices = _COUNTRY_CHOICES.get(language)
    if choices is None:
        choices = (("", gettext("Select a country")), (UNSURE, gettext("Not sure")),
                   *((code, str(name)) for code, name in countries))
        _COUNTRY_CHOICES[language] = choices
    return choices


def _country_field() -> forms.ChoiceField:
    message = _("Select the country, or 'Not sure'")
    return forms.ChoiceField(choices=_country_choices, widget=forms.Select,
                             error_messages={"required": message, "invalid_choice": message})


class TextQuestionForm(QuestionForm):
    """An optional text (an identifier, the product's name): whitespace runs become one space;
    at most the question's ``max_length`` characters, counted before they are joined."""

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        typed = data.get(self.question_id)
        if isinstance(typed, str):
            if any(not ch.isprintable() and not ch.isspace() for ch in typed):
                self.add_error(self.question_id, _("Enter only letters, numbers and "
                                                   "punctuation"))
            else:
                data[self.question_id] = " ".join(typed.split())
        return data


def _text_field(question: Question) -> forms.CharField:
    return forms.CharField(
        required=False, max_length=question.max_length, strip=True,
        error_messages={"max_length": _("Enter %(limit_value)d characters or fewer")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


SAME_DAY, NUMBER_OF_DAYS, DAYS_UNSURE = "0", "days", "unsure"


class DaysForm(QuestionForm):
    """The days from taking the cells to giving them: a choice, with the number typed under
    "After a number of days"; "made in advance" is offered for a donor's cells only.

    ``extraction_days`` takes the catalogue's values directly too (a number, ``unsure``,
    ``in_advance``), so a patient picks "the same day" or "not sure" without typing.
    """

    question_id = "extraction_days"
    extraction_days = forms.CharField(required=False, widget=HintedRadioSelect)
    extraction_days_number = forms.CharField(
        label=_("Number of days"),
        help_text=_("For example, 21. Three weeks is 21 days."),
        required=False,
        max_length=12,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off",
                                      "class": "input-short"}),
    )
    page_heading_field = "extraction_days"
    nested = {"extraction_days": "extraction_days_number"}
    nested_under = NUMBER_OF_DAYS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.donor = case_holds("donor", self.answers)
        choices = [(SAME_DAY, _("The same day")), (NUMBER_OF_DAYS, _("After a number of days"))]
        if self.donor:
            choices.append((IN_ADVANCE, _(rules.ANSWER_LABELS[IN_ADVANCE])))
        choices.append((DAYS_UNSURE, _("Not told or not sure")))
        self.fields["extraction_days"].widget.choices = choices
        stored = self.initial.get("extraction_days")
        if isinstance(stored, int) and stored > 0:
            self.initial["extraction_days"] = NUMBER_OF_DAYS
            self.initial["extraction_days_number"] = str(stored)
        elif stored is not None:
            self.initial["extraction_days"] = str(stored)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        choice = (data.get("extraction_days") or "").strip()
        typed = (data.get("extraction_days_number") or "").strip()
        if choice == DAYS_UNSURE:
            data["extraction_days"] = UNSURE
        elif choice == IN_ADVANCE and self.donor:
            data["extraction_days"] = IN_ADVANCE
        elif choice == NUMBER_OF_DAYS or (not choice and typed):
            if not typed:
                self.add_error("extraction_days_number", _("Enter the number of days"))
            else:
                data["extraction_days"] = self._days(typed, "extraction_days_number")
        elif choice:
            data["extraction_days"] = self._days(choice, "extraction_days")
        else:
            self.add_error("extraction_days",
                           _("Select when the cells would be given, or 'Not told or not "
                             "sure'"))
        data.pop("extraction_days_number", None)
        return data

    def _days(self, raw: str, field: str) -> int | None:
        if not raw.isascii() or not raw.isdigit():
            self.add_error(field, _("Enter the number of days as a whole number, like 21"))
            return None
        # Leading zeros dropped and the length compared first: int() of thousands of digits
        # is refused by Python itself.
        raw = raw.lstrip("0") or "0"
        if len(raw) > len(str(MAX_EXTRACTION_DAYS)) or int(raw) > MAX_EXTRACTION_DAYS:
            self.add_error(field, gettext("Enter a number of days from 0 to %(max)d")
                           % {"max": MAX_EXTRACTION_DAYS})
            return None
        return int(raw)


_FIELDS: dict[str, Callable[[Question], forms.Field]] = {
    COUNTRY: lambda q: _country_field(),
    TEXT: _text_field,
}


def question_form(question_id: str) -> type[PageForm]:
    """The form of the page holding one catalogue question."""
    question = rules.QUESTIONS_BY_ID[question_id]
    if question.kind == DAYS:
        return DaysForm
    base = TextQuestionForm if question.kind == TEXT else QuestionForm
    field = _FIELDS.get(question.kind, _choice_field)(question)
    assert question.kind in (YES_NO, TOLD_KIND, CELL_SOURCE, COUNTRY, TEXT) or question.choices
    return type(f"{question_id.title().replace('_', '')}Form", (base,), {
        question_id: field, "page_heading_field": question_id, "question_id": question_id,
        "__module__": __name__,
    })
