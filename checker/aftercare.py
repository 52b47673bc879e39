"""Already treated: the signs that need an ambulance now or a doctor today, the card to show
them, where to report.

Nothing on this path is stored: no questionnaire, no session, no log line with what was
typed. The only database row it touches is the card PDF's rate-limit counter, under a keyed
hash of the client's address (checker/ratelimit.py). The checklist answers with a redirect
whose URL names only the outcome (/after-treatment/urgent/, /after-treatment/today/ or
/after-treatment/no-signs/), so the three pages are plain public pages that work on their
own; the country for the emergency number is posted back to the same page
(checker/emergency.py). The card's own checklist carries the signs the patient has to the
card. The card is rendered from the posted form straight into a PDF through the project's
static-only renderer (checker.report.html_to_pdf) and sent with ``Cache-Control: no-store``.
"""

import functools
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypedDict

from django import forms
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from rules import aftercare, safety
from rules.regulators import regulator_for

from . import emergency, ratelimit
from .forms import error_summary
from .redact import neutralise
from .renderslots import render_slot
from .report.render import html_to_pdf, resolve_static

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

#: The longest text each card field accepts (the contract: 200 characters).
CARD_MAX = 200
CARD_FILENAME = "what-i-was-given.pdf"
#: Above this many characters in all, the card uses its compact layout.
CARD_DENSE_FROM = 500


# --- Content --------------------------------------------------------------------------------

class SignItem(TypedDict):
    id: str
    label: str
    source: str


class Level(TypedDict):
    """One group of the checklist: the signs that need an ambulance, or a doctor today."""

    id: str
    title: str
    signs: list[SignItem]
    sources: list[emergency.SourceRef]


class CheckupItem(TypedDict):
    id: str
    when: str
    what: str
    source: str


class ReportingRow(TypedDict):
    """Where to report a side effect in one country: its regulator's route."""

    country: str
    name: str
    report: str
    url: str
    sources: list[emergency.SourceRef]


class PageSources(TypedDict):
    urgent_sources: list[emergency.SourceRef]
    sign_sources: list[emergency.SourceRef]
    checkup_sources: list[emergency.SourceRef]
    reporting_sources: list[emergency.SourceRef]
    eu_reporting_sources: list[emergency.SourceRef]
    other_reporting_sources: list[emergency.SourceRef]


def _sign(s: aftercare.Sign) -> SignItem:
    return {"id": s.id, "label": gettext(s.label), "source": s.source}


def sign_levels() -> list[Level]:
    """The checklist's signs in two groups, the ambulance's first, translated."""
    return [{"id": level, "title": gettext(title),
             "signs": [_sign(s) for s in aftercare.signs_at(level)],
             "sources": emergency.source_refs([aftercare.LEVEL_SOURCES[level]])}
            for level, title in aftercare.LEVELS.items()]


def red_flags() -> list[SignItem]:
    """Every sign as one flat list: the report's "If you have already had the treatment" box."""
    return [_sign(s) for s in aftercare.SIGNS]


#: The follow-up schedule is kept once, for the doctor and for the patient
#: (rules.safety.CHECKPOINTS); after the treatment the check before it is past.
_AFTER = tuple(c for c in safety.CHECKPOINTS if c.id != "baseline")


def checkups() -> list[CheckupItem]:
    return [{"id": c.id, "when": gettext(c.when), "what": gettext(c.text), "source": c.source}
            for c in _AFTER]


#: Countries whose reporting route the no-signs page names (rules/regulators.py).
_REPORTING_COUNTRIES = (
    ("ES", _("Spain")),
    ("US", _("United States")),
    ("GB", _("United Kingdom")),
    ("MX", _("Mexico")),
)


def reporting() -> list[ReportingRow]:
    rows: list[ReportingRow] = []
    for code, country in _REPORTING_COUNTRIES:
        regulator = regulator_for(code)
        if regulator is None:  # every listed country has one (tests/checker/test_aftercare.py)
            continue
        rows.append({"country": str(country), "name": gettext(regulator.name),
                     "report": gettext(regulator.report), "url": regulator.report_url,
                     "sources": emergency.source_refs([regulator.source])})
    return rows


def _content() -> dict[str, object]:
    return {"checkups": checkups(), "reporting": reporting(), "red_flags": red_flags(),
            "levels": sign_levels(), "call": emergency.emergency_call(None), **_sources()}


def _sources() -> PageSources:
    """The sources the pages cite beside their lists, by name (templates show no ids)."""
    return {
        "urgent_sources": emergency.source_refs([aftercare.URGENT_SOURCE]),
        "sign_sources": emergency.source_refs(s.source for s in aftercare.SIGNS),
        "checkup_sources": emergency.source_refs(c.source for c in _AFTER),
        "reporting_sources": emergency.source_refs([aftercare.REPORTING_SOURCE]),
        "eu_reporting_sources": emergency.source_refs([aftercare.EU_REPORTING_SOURCE]),
        "other_reporting_sources": emergency.source_refs([aftercare.OTHER_REPORTING_SOURCE]),
    }


# --- Forms ----------------------------------------------------------------------------------

class SignsForm(forms.Form):
    """The checklist. Values outside the list are tolerated next to a real sign (see clean)."""

    def __init__(self, data: QueryDict | None = None) -> None:
        super().__init__(data)
        chosen = data.getlist("signs") if data is not None else []
        self.chosen: list[str] = [v for v in chosen if v]  # an empty value ticks nothing

    def clean(self) -> dict[str, Any]:
        if aftercare.outcome(self.chosen) is None:
            if any(v not in aftercare.VALUES for v in self.chosen):
                raise forms.ValidationError(
                    gettext("Select only signs from the list, 'None of these' or 'Not sure'"))
            raise forms.ValidationError(
                gettext("Select the signs you have now, 'None of these' or 'Not sure'"))
        return {"outcome": aftercare.outcome(self.chosen)}


def _readable(value: str) -> str:
    if "\ufffd" in value:
        # The body was not UTF-8 (Django decodes it with replacement characters).
        raise forms.ValidationError(
            _("We could not read this text. Type it again using letters, numbers and "
              "punctuation."))
    # Control characters (other than line breaks and tabs, made spaces) have no place here.
    cleaned = "".join(" " if c in "\t\r\n" else c for c in value
                      if c in "\t\r\n" or unicodedata.category(c) != "Cc")
    # Bidi overrides, isolates and marks would reorder what the doctor reads, as on the report.
    return " ".join(neutralise(cleaned).split())


#: The card's own labels: the doctor reads them, so they speak for the patient.
CARD_LABELS = {
    "product": _("Product or treatment"),
    "clinic": _("Clinic or doctor"),
    "country": _("Country"),
    "date": _("Date given"),
    "route": _("Where in the body, and how"),
    "cell_type": _("Type of cells"),
    "notes": _("What I was told it contained"),
}


def _card_field(label: "StrOrPromise", hint: "StrOrPromise" = "") -> forms.CharField:
    return forms.CharField(
        label=label, help_text=hint, required=False, max_length=CARD_MAX, strip=True,
        error_messages={"max_length": _("Enter %(limit_value)d characters or fewer")},
    )


class CardForm(forms.Form):
    """"What I was given": every field optional, nothing kept after the PDF is sent."""

    product = _card_field(_("Name of the product or treatment"),
                          _("As written on any paper, label or invoice you were given."))
    clinic = _card_field(_("Clinic or doctor who gave it"),
                         _("With the town or city, and a phone number if you have one."))
    country = _card_field(_("Country where it was given"))
    date = _card_field(_("Date it was given"), _("For example, 3 November 2026."))
    route = _card_field(_("Where and how it was given"),
                        _("For example: into the right knee; into a vein (a drip); into the "
                          "spine (intrathecal)."))
    cell_type = _card_field(_("Type of cells"),
                            _("For example: your own cells from fat or bone marrow, donor "
                              "cells, umbilical cord cells."))
    notes = _card_field(_("What you were told it contained"),
                        _("Anything else the clinic told you about it."))
    signs = forms.MultipleChoiceField(
        label=_("Signs you have now"), required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick them again here: the card prints them by name for the doctor. "
                    "Nothing is saved."),
        choices=[(s.id, s.label) for s in aftercare.SIGNS],
        error_messages={"invalid_choice": _("Select only signs from the list")},
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        for name in CARD_LABELS:
            value = cleaned.get(name)
            if value:
                try:
                    cleaned[name] = _readable(value)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return cleaned


def _form_errors(form: SignsForm) -> list[dict[str, str]]:
    if form.non_field_errors():
        anchor = f"sign-{aftercare.SIGNS[0].id}"
        return [{"anchor": anchor, "message": str(m)} for m in form.non_field_errors()]
    return error_summary(form)


@functools.cache
def _card_css() -> str:
    """The card's own stylesheet, after the report's (static/css/card-pdf.css)."""
    return resolve_static("/static/css/card-pdf.css").read_text("utf-8")


# --- Views ----------------------------------------------------------------------------------

def _signs_page(request: HttpRequest, form: SignsForm, status: int = 200,
                chosen: Iterable[str] = ()) -> HttpResponse:
    return render(request, "aftercare/start.html", {
        "levels": sign_levels(), "chosen": set(chosen), "none": aftercare.NONE,
        "unsure": aftercare.UNSURE, "errors": _form_errors(form) if form.is_bound else [],
        **_sources(),
    }, status=status)


_TARGETS = {aftercare.URGENT: "aftercare-urgent",
            aftercare.SEE_A_DOCTOR_TODAY: "aftercare-today",
            aftercare.NO_SIGNS: "aftercare-no-signs"}


# No CSRF check here: the checklist stores nothing and only redirects to a public page, and a
# person with cookies blocked must still reach the urgent advice.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return _signs_page(request, SignsForm())
    form = SignsForm(request.POST)
    if not form.is_valid():
        return _signs_page(request, form, status=400, chosen=form.chosen)
    return redirect(_TARGETS[form.cleaned_data["outcome"]])


def _outcome_page(request: HttpRequest, template: str, extra: dict[str, object]) -> HttpResponse:
    """An outcome page, with the emergency number for the country posted back to it."""
    where, call, status = emergency.from_request(request)
    return render(request, template, {
        **_content(), **extra, "where_form": where, "call": call,
        "errors": error_summary(where) if where.is_bound else [],
    }, status=status)


# The country form posts back here: nothing is stored, and it must work without cookies.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def urgent(request: HttpRequest) -> HttpResponse:
    return _outcome_page(request, "aftercare/urgent.html",
                         {"card_form": CardForm(), "urgent": True})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def today(request: HttpRequest) -> HttpResponse:
    return _outcome_page(request, "aftercare/today.html",
                         {"card_form": CardForm(), "urgent": True})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def no_signs(request: HttpRequest) -> HttpResponse:
    return _outcome_page(request, "aftercare/no_signs.html", {"urgent": False})


def _card_page(request: HttpRequest, form: "CardForm", status: int = 200,
               errors: list[dict[str, str]] | None = None) -> HttpResponse:
    return render(request, "aftercare/card.html", {
        **_content(), "card_form": form,
        "errors": errors if errors is not None else
        (error_summary(form) if form.is_bound else []),
    }, status=status)


@require_GET
def card(request: HttpRequest) -> HttpResponse:
    return _card_page(request, CardForm())


def _no_store(response: HttpResponse) -> HttpResponse:
    # What was typed is in the PDF and in a form sent back with errors: keep no copy anywhere.
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def card_pdf(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        # The card is made from the form; there is nothing to get. 405 with the form.
        form = CardForm()
        message = gettext("The card is made from this form: fill in what you know, then "
                          "choose 'Download the card (PDF)'.")
        response = _card_page(request, form, status=405,
                              errors=[{"anchor": form["product"].auto_id, "message": message}])
        response["Allow"] = "POST"
        return _no_store(response)
    form = CardForm(request.POST)
    if not form.is_valid():
        return _no_store(_card_page(request, form, status=400))
    # Every card is a fresh render: counted per address and per session (429 past it).
    ratelimit.attempt("card_pdf", request)
    rows = [{"id": name, "label": str(label), "value": form.cleaned_data[name]}
            for name, label in CARD_LABELS.items()]
    ticked = set(form.cleaned_data["signs"])
    html = render_to_string("aftercare/card_pdf.html", {
        "rows": rows, "printed": timezone.localdate(),
        # The signs the patient has, by name, in the checklist's order; the others to watch.
        "signs_now": [gettext(s.label) for s in aftercare.SIGNS if s.id in ticked],
        "red_flags": [f for f in red_flags() if f["id"] not in ticked],
        # Long answers get smaller type and fewer writing lines, so the card stays one page.
        "dense": sum(len(r["value"]) for r in rows) > CARD_DENSE_FROM,
        **_sources(),
    })
    with render_slot():
        pdf = html_to_pdf(html, paper="a4", css=_card_css())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{CARD_FILENAME}"'
    return _no_store(response)
