"""The questionnaire's shared form parts, the warning signs page and the offer details page.

Rendered through our crispy template pack (templates/patient/). Every hint comes from the
rules catalogue, which cites its seed source; the offer page's hints cite theirs in
checker/offer.py. The forms of the catalogue's questions are in checker/question_forms.py.
"""

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypedDict

from django import forms
from django.forms.utils import ErrorList
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

import rules
from rules.catalogue import NO_WARNING_SIGNS, WARNING_SIGNS_UNSURE

from .offer import OFFER_FIELDS, OfferField

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def str_or_promise(text: str | Promise) -> Any:
    """A label or hint as Django's fields take it (their stubs know only str and lazy str)."""
    return text


class SummarisedForm(Protocol):
    """What an error summary reads of a form: a Django form, or a page's ``GroupForm``."""

    @property
    def errors(self) -> Mapping[str, ErrorList]: ...

    @property
    def fields(self) -> Mapping[str, forms.Field]: ...

    def __getitem__(self, name: str) -> forms.BoundField: ...

    def __iter__(self) -> Iterator[forms.BoundField]: ...


def error_summary(form: SummarisedForm,
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

    # The widget's own arguments (attrs, choices) are passed on as they come.
    def __init__(self, *args: Any, option_hints: Mapping[str, "StrOrPromise"] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.option_hints: Mapping[str, StrOrPromise] = option_hints or {}

    def create_option(self, name: str, value: Any, *args: Any,
                      **kwargs: Any) -> dict[str, Any]:
        option = super().create_option(name, value, *args, **kwargs)
        option["hint"] = self.option_hints.get(str(value), "")
        option["exclusive"] = self.input_type == "checkbox" and str(value) == NO_WARNING_SIGNS
        return option


class HintedCheckboxSelectMultiple(HintedRadioSelect, forms.CheckboxSelectMultiple):
    input_type = "checkbox"
    allow_multiple_selected = True


class LayoutItem(TypedDict):
    """One question of a page as the template lays it out: its field, and the text field
    shown inside it under one option (the number of days), if any."""

    field: forms.BoundField
    nested: forms.BoundField | None


class PageForm(forms.Form):
    """A form for one page.

    ``page_heading_field`` is shown as the page's <h1> legend; ``nested`` maps a choice
    field to a text field shown inside it, under the option whose value is ``nested_under``.
    ``answers`` are the answers that count so far: a page may word its question for them.
    """

    page_heading_field: str | None = None
    nested: dict[str, str] = {}
    nested_under = ""

    # Django's Form arguments (data, initial, ...) are passed on as they come.
    def __init__(self, *args: Any, answers: Mapping[str, Any] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.answers: Mapping[str, Any] = answers or {}

    def layout(self) -> list[LayoutItem]:
        children = set(self.nested.values())
        return [
            {"field": bf, "nested": self[self.nested[bf.name]] if bf.name in self.nested else None}
            for bf in self
            if bf.name not in children
        ]


class WarningSignsForm(PageForm):
    warning_signs = forms.MultipleChoiceField(
        label=_("Did any of these happen with this offer?"),
        help_text=_("Select all that apply. Each one is a sign that an offer may not be an "
                    "authorised treatment. If you are not sure about one, leave it unticked: "
                    "it will not count against the offer."),
        choices=[(w.id, _(w.label)) for w in rules.WARNING_SIGNS]
        + [(NO_WARNING_SIGNS, _("None of these")), (WARNING_SIGNS_UNSURE, _("Not sure"))],
        widget=HintedCheckboxSelectMultiple(
            # each sign's hint cites its source in the rules catalogue
            option_hints={
                **{w.id: _(w.hint) for w in rules.WARNING_SIGNS},
                WARNING_SIGNS_UNSURE: _("You do not know whether any of these happened."),
            },
        ),
        error_messages={
            "required": _("Select the signs that apply, 'None of these' or 'Not sure'"),
            "invalid_choice": _("Select only signs from the list"),
        },
    )
    page_heading_field = "warning_signs"

    def clean_warning_signs(self) -> list[str] | str:
        chosen = self.cleaned_data["warning_signs"]
        alone = {NO_WARNING_SIGNS: _("Select 'None of these' on its own, or only the signs "
                                     "that apply"),
                 WARNING_SIGNS_UNSURE: _("Select 'Not sure' on its own, or only the signs "
                                         "that apply")}
        for value, message in alone.items():
            if value in chosen and len(chosen) > 1:
                raise forms.ValidationError(message)
        if chosen == [WARNING_SIGNS_UNSURE]:
            return WARNING_SIGNS_UNSURE
        return [w for w in chosen if w != NO_WARNING_SIGNS]


def _offer_field(field: OfferField) -> forms.Field:
    return forms.CharField(
        label=str_or_promise(field.label), help_text=str_or_promise(field.hint),
        required=False, max_length=field.max_length,
        error_messages={"max_length": _("Enter %(limit_value)d characters or fewer")},
        widget=forms.TextInput(attrs={"maxlength": field.max_length, "autocomplete": "off"}),
    )


#: Optional details that help the doctor reading the report (all fields optional), one
#: field per entry of ``checker.offer.OFFER_FIELDS``.
OfferForm: type[PageForm] = type(
    "OfferForm", (PageForm,), {f.id: _offer_field(f) for f in OFFER_FIELDS})


class GroupForm:
    """The form of a page that may hold several questions: one part form per question shown,
    all bound to the same data (fields are named by question id, so no prefixes are needed).

    It answers what the views, ``error_summary`` and the templates ask of a form. Each part
    is validated on its own: the valid parts' answers can be saved while another part shows
    its error (``valid_data``), and every typed value stays on the page.
    """

    def __init__(self, parts: list[type[PageForm]], data: Mapping[str, Any] | None = None, *,
                 initial: Mapping[str, Any] | None = None,
                 answers: Mapping[str, Any] | None = None, grouped: bool = False) -> None:
        self.is_bound = data is not None
        self.parts = [cls(data, initial=dict(initial or {}), answers=answers) for cls in parts]
        #: A page built to hold several questions has its own heading, even with one shown.
        self.grouped = grouped and len(self.parts) > 1
        if self.grouped:
            for part in self.parts:
                part.page_heading_field = None
        self.page_heading_field = None if self.grouped or not self.parts else \
            self.parts[0].page_heading_field

    def is_valid(self) -> bool:
        return all([part.is_valid() for part in self.parts])

    @property
    def errors(self) -> dict[str, ErrorList]:
        return {name: errors for part in self.parts for name, errors in part.errors.items()}

    @property
    def cleaned_data(self) -> dict[str, Any]:
        return {k: v for part in self.parts for k, v in part.cleaned_data.items()}

    def valid_data(self) -> dict[str, Any]:
        """The answers of the parts that are valid (all of them on a valid page). A field
        the post does not carry at all is left as it is stored (a browser sends every field
        of the page, an empty text too)."""
        return {k: v for part in self.parts if part.is_bound and part.is_valid()
                for k, v in part.cleaned_data.items()
                if any(name.startswith(k) for name in part.data)}

    def given(self, name: str) -> bool:
        """Whether anything was sent for a field (a choice made or a text typed)."""
        data = self.parts[0].data if self.parts else {}
        values = data.getlist(name) if hasattr(data, "getlist") else [data.get(name)]
        return any(str(v or "").strip() for v in values)

    @property
    def fields(self) -> dict[str, forms.Field]:
        return {k: v for part in self.parts for k, v in part.fields.items()}

    def __getitem__(self, name: str) -> forms.BoundField:
        for part in self.parts:
            if name in part.fields:
                return part[name]
        raise KeyError(name)

    def __iter__(self) -> Iterator[forms.BoundField]:
        for part in self.parts:
            yield from part

    def layout(self) -> list[LayoutItem]:
        return [item for part in self.parts for item in part.layout()]
