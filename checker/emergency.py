"""The emergency number on the after-treatment pages, for the country the person chooses.

The choice is posted back to the same page (never put in the address, never stored) and the
page is shown again with that country's number as a ``tel:`` link. Without a choice, or for a
country rules/emergency.py does not list, the number is 112 with a note to use the local
number if it does not work.
"""

from collections.abc import Iterable
from typing import Any, TypedDict

from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from rules import emergency
from rules.sources import SOURCES


class SourceRef(TypedDict):
    """A source as the pages show it: by publisher and title, linked (``id`` is an
    attribute only)."""

    id: str
    name: str
    title: str
    url: str


class EmergencyCall(TypedDict):
    """The number an after-treatment page offers to call, and for which country."""

    number: str
    #: False: the fallback 112, shown with the note to use the local number.
    listed: bool
    country: str
    country_code: str
    sources: list[SourceRef]


def source_refs(ids: Iterable[str]) -> list[SourceRef]:
    """Sources by name and address, for the pages (no source id is shown to a patient)."""
    refs: list[SourceRef] = []
    for source_id in dict.fromkeys(ids):
        source = SOURCES[source_id]
        refs.append({"id": source.id, "name": source.publisher, "title": gettext(source.title),
                     "url": source.url})
    return refs


class WhereForm(forms.Form):
    """"Where are you now?": one country from the list; nothing else is accepted."""

    where = forms.ChoiceField(
        label=_("Where are you now?"),
        help_text=_("Choose the country to see its number for an ambulance."),
        error_messages={"required": _("Choose the country you are in now"),
                        "invalid_choice": _("Choose the country you are in now")},
    )

    # Django's Form takes data, files, initial and more: passed on as they come.
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        where = self.fields["where"]
        assert isinstance(where, forms.ChoiceField)
        where.choices = [("", gettext("Choose a country")),
                         *((code, str(name)) for code, name in countries)]


def emergency_call(country: str | None) -> EmergencyCall:
    """The number to show: the country's own when listed, otherwise 112 and the note."""
    listed = emergency.number_for(country)
    name = str(countries.name(country)) if country else ""
    if listed is None or country is None:  # a listed number has its country
        return {"number": emergency.FALLBACK, "listed": False, "country": name,
                "country_code": country or "", "sources": source_refs(["ec-112"])}
    return {"number": listed.number, "listed": True, "country": name, "country_code": country,
            "sources": source_refs([listed.source])}


def from_request(request: HttpRequest) -> tuple[WhereForm, EmergencyCall, int]:
    """The country form and the number for this request: a GET shows 112; a POST with a
    country from the list shows that country's number; anything else is a 400 with the
    form's error."""
    if request.method != "POST":
        return WhereForm(), emergency_call(None), 200
    form = WhereForm(request.POST)
    if form.is_valid():
        return form, emergency_call(form.cleaned_data["where"]), 200
    return form, emergency_call(None), 400
