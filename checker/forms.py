"""The questionnaire's forms: one per page, each field named by its rules question id.

Rendered through our crispy template pack (templates/patient/). Every hint comes from the
rules catalogue, which cites its seed source; the offer page's hints cite theirs below.
"""

from typing import TYPE_CHECKING, Any

from django import forms
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

import rules
from rules.catalogue import CELL_SOURCE, NO_WARNING_SIGNS, YES_NO, Question
from rules.thresholds import MAX_EXTRACTION_DAYS

from .offer import OFFER_FIELDS, ROUTES, OfferField

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def str_or_promise(text: str | Promise) -> Any:
    """A label or hint as Django's fields take it (their stubs know only str and lazy str)."""
    return text


def error_summary(form: forms.Form,
                  extra: tuple[tuple[str, str], ...] = ()) -> list[dict[str, str]]:
    """The error summary of a page (patient and staff forms alike): ``extra`` messages
    first, each with the id it links to, then the form's errors in page order, each
    linking to its field's first input (the first option of a radio or checkbox group)."""
    items = [{"anchor": anchor, "message": message} for anchor, message in extra]
    for name, errors in form.errors.items():
        field = form[name] if name in form.fields else next(iter(form))
        anchor = field.auto_id
        if getattr(field.field.widget, "input_type", "") in ("radio", "checkbox"):
            anchor += "_0"
        items.extend({"anchor": anchor, "message": str(e)} for e in errors)
    return items


class HintedRadioSelect(forms.RadioSelect):
    """Radios whose options may each carry a hint (``option_hints`` by value)."""

    def __init__(self, *args, option_hints=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.option_hints = option_hints or {}

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        option["hint"] = self.option_hints.get(str(value), "")
        option["exclusive"] = str(value) == NO_WARNING_SIGNS
        return option


class HintedCheckboxSelectMultiple(HintedRadioSelect, forms.CheckboxSelectMultiple):
    input_type = "checkbox"
    allow_multiple_selected = True


class PageForm(forms.Form):
    """A form for one page.

    ``page_heading_field`` is shown as the page's <h1> legend; ``nested`` maps a choice
    field to a text field shown inside it, under the option whose value is ``nested_under``.
    """

    page_heading_field: str | None = None
    nested: dict[str, str] = {}
    nested_under = ""

    def layout(self) -> list[dict]:
        children = set(self.nested.values())
        return [
            {"field": bf, "nested": self[self.nested[bf.name]] if bf.name in self.nested else None}
            for bf in self
            if bf.name not in children
        ]


def _choice_labels(question: Question) -> "list[tuple[str, StrOrPromise]]":
    return [(value, _(question.label(value))) for value in question.choices]


def _required_message(question: Question) -> "StrOrPromise":
    if question.kind == CELL_SOURCE:
        return _("Select whose cells they are, or 'Not sure'")
    return _("Select 'Yes', 'No' or 'Not sure'")


def question_field(question_id: str, **kwargs) -> forms.ChoiceField:
    question = rules.QUESTIONS_BY_ID[question_id]
    message = _required_message(question)
    return forms.ChoiceField(
        label=_(question.text),
        help_text=_(question.hint),  # source: question.source
        choices=_choice_labels(question),
        widget=HintedRadioSelect,
        error_messages={"required": message, "invalid_choice": message},
        **kwargs,
    )


def _text_field(question: Question) -> forms.CharField:
    """A stopgap for the v2 text and country questions (the web helper's pages replace it)."""
    return forms.CharField(label=_(question.text), help_text=_(question.hint),
                           required=False, max_length=rules.catalogue.MAX_TEXT)


def yes_no_form(question_id: str) -> type[PageForm]:
    """The form of a page holding one question with its own choices (or a short text)."""
    question = rules.QUESTIONS_BY_ID[question_id]
    if question.kind in (rules.catalogue.TEXT, rules.catalogue.COUNTRY):
        return type(f"{question_id.title().replace('_', '')}Form", (PageForm,),
                    {question_id: _text_field(question), "page_heading_field": question_id})
    assert question.kind != YES_NO or question.choices
    return type(
        f"{question_id.title().replace('_', '')}Form",
        (PageForm,),
        {question_id: question_field(question_id), "page_heading_field": question_id},
    )


SAME_DAY, NUMBER_OF_DAYS, DAYS_UNSURE = "0", "days", "unsure"


class CellsForm(PageForm):
    """Questions 8a and 8b: whose cells, and the days from extraction to application.

    ``extraction_days`` takes the catalogue's values directly (a number of days, or
    ``unsure``), and also ``days`` with the number typed in ``extraction_days_number``,
    so a patient picks "the same day" or "not sure" without typing anything.
    """

    cell_source = question_field("cell_source")
    extraction_days = forms.CharField(
        label=_(rules.QUESTIONS_BY_ID["extraction_days"].text),
        help_text=_(rules.QUESTIONS_BY_ID["extraction_days"].hint),  # source: itrt-guide
        required=False,
        widget=HintedRadioSelect(choices=[
            (SAME_DAY, _("The same day")),
            (NUMBER_OF_DAYS, _("After a number of days")),
            (DAYS_UNSURE, _("Not told or not sure")),
        ]),
    )
    extraction_days_number = forms.CharField(
        label=_("Number of days"),
        help_text=_("For example, 21. Three weeks is 21 days."),
        required=False,
        max_length=12,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off",
                                      "class": "input-short"}),
    )

    nested = {"extraction_days": "extraction_days_number"}
    nested_under = NUMBER_OF_DAYS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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
            data["extraction_days"] = rules.catalogue.UNSURE
        elif choice == NUMBER_OF_DAYS or (not choice and typed):
            if not typed:
                self.add_error("extraction_days_number", _("Enter the number of days"))
            else:
                data["extraction_days"] = self._days(typed, "extraction_days_number")
        elif choice:
            data["extraction_days"] = self._days(choice, "extraction_days")
        else:
            self.add_error("extraction_days",
                           _("Select when the cells would be given back, or 'Not told or not "
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


class WarningSignsForm(PageForm):
    warning_signs = forms.MultipleChoiceField(
        label=_("Did any of these happen with this offer?"),
        help_text=_("Select all that apply. Each one is a sign that an offer may not be an "
                    "authorised treatment. If you are not sure about one, leave it unticked: "
                    "it will not count against the offer."),
        choices=[(w.id, _(w.label)) for w in rules.WARNING_SIGNS]
        + [(NO_WARNING_SIGNS, _("None of these"))],
        widget=HintedCheckboxSelectMultiple(
            # each sign's hint cites its source in the rules catalogue
            option_hints={w.id: _(w.hint) for w in rules.WARNING_SIGNS},
        ),
        error_messages={
            "required": _("Select the signs that apply, or 'None of these'"),
            "invalid_choice": _("Select only signs from the list"),
        },
    )
    page_heading_field = "warning_signs"

    def clean_warning_signs(self):
        chosen = self.cleaned_data["warning_signs"]
        if NO_WARNING_SIGNS in chosen and len(chosen) > 1:
            raise forms.ValidationError(
                _("Select 'None of these' on its own, or only the signs that apply"))
        return [w for w in chosen if w != NO_WARNING_SIGNS]


def _offer_field(field: OfferField) -> forms.Field:
    label, hint = str_or_promise(field.label), str_or_promise(field.hint)
    if field.max_length is None:
        return forms.ChoiceField(
            label=label, help_text=hint, required=False,
            choices=list(ROUTES.items()), widget=HintedRadioSelect,
            error_messages={"invalid_choice": _("Select one of the ways listed")},
        )
    return forms.CharField(
        label=label, help_text=hint, required=False, max_length=field.max_length,
        error_messages={"max_length": _("Enter %(limit_value)d characters or fewer")},
        widget=forms.TextInput(attrs={"maxlength": field.max_length, "autocomplete": "off"}),
    )


#: Optional details that help the doctor reading the report (all fields optional), one
#: field per entry of ``checker.offer.OFFER_FIELDS``.
OfferForm: type[PageForm] = type(
    "OfferForm", (PageForm,), {f.id: _offer_field(f) for f in OFFER_FIELDS})
