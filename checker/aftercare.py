"""Already treated: the signs that need a doctor now, the card to show them, where to report.

Nothing on this path is stored: no questionnaire, no session, no log line with what was
typed. The only database row it touches is the card PDF's rate-limit counter, under a keyed
hash of the client's address (checker/ratelimit.py). The checklist answers with a redirect
whose URL names only the outcome (/after-treatment/urgent/ or /after-treatment/no-signs/),
so both pages are plain public pages that work on their own. The card is rendered from the
posted form straight into a PDF through the project's static-only renderer
(checker.report.html_to_pdf) and sent with ``Cache-Control: no-store``.
"""

import functools
import unicodedata

from django import forms
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from rules import aftercare
from rules.regulators import regulator_for

from . import ratelimit
from .forms import error_summary
from .redact import neutralise
from .renderslots import render_slot
from .report.pdf import html_to_pdf, resolve_static

#: The longest text each card field accepts (the contract: 200 characters).
CARD_MAX = 200
CARD_FILENAME = "what-i-was-given.pdf"
#: Above this many characters in all, the card uses its compact layout.
CARD_DENSE_FROM = 500


# --- Content --------------------------------------------------------------------------------

def sign_groups() -> list[dict]:
    """The checklist's signs by group, translated, each with its source."""
    return [
        {"id": group, "title": gettext(title),
         "signs": [{"id": s.id, "label": gettext(s.label), "source": s.source}
                   for s in aftercare.signs_in(group)]}
        for group, title in aftercare.GROUPS.items()
    ]


def red_flags() -> list[dict]:
    """Every sign as one flat list: the report's "If you have already had the treatment" box."""
    return [{"id": s.id, "label": gettext(s.label), "source": s.source}
            for s in aftercare.SIGNS]


def checkups() -> list[dict]:
    return [{"id": c.id, "when": gettext(c.when), "what": gettext(c.what), "source": c.source}
            for c in aftercare.CHECKUPS]


#: Countries whose reporting route the no-signs page names (rules/regulators.py).
_REPORTING_COUNTRIES = (
    ("ES", _("Spain")),
    ("US", _("United States")),
    ("GB", _("United Kingdom")),
    ("MX", _("Mexico")),
)


def reporting() -> list[dict]:
    rows = []
    for code, country in _REPORTING_COUNTRIES:
        regulator = regulator_for(code)
        if regulator is None:  # every listed country has one (tests/checker/test_aftercare.py)
            continue
        rows.append({"country": str(country), "name": gettext(regulator.name),
                     "report": gettext(regulator.report), "url": regulator.report_url,
                     "source": regulator.source})
    return rows


def _content() -> dict:
    return {"checkups": checkups(), "reporting": reporting(), "red_flags": red_flags(),
            "urgent_source": aftercare.URGENT_SOURCE,
            "reporting_source": aftercare.REPORTING_SOURCE, **_sources()}


def _sources() -> dict:
    """The source ids the pages cite beside their lists (templates name none themselves)."""
    return {
        "sign_sources": list(dict.fromkeys(s.source for s in aftercare.SIGNS)),
        "checkup_sources": list(dict.fromkeys(c.source for c in aftercare.CHECKUPS)),
        "eu_reporting_source": aftercare.EU_REPORTING_SOURCE,
        "other_reporting_source": aftercare.OTHER_REPORTING_SOURCE,
    }


# --- Forms ----------------------------------------------------------------------------------

class SignsForm(forms.Form):
    """The checklist. Values outside the list are tolerated next to a real sign (see clean)."""

    def __init__(self, data=None):
        super().__init__(data)
        chosen = data.getlist("signs") if data is not None else []
        self.chosen: list[str] = [v for v in chosen if v]  # an empty value ticks nothing

    def clean(self):
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


def _card_field(label, hint=""):
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

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        for name in self.fields:
            value = cleaned.get(name)
            if value:
                try:
                    cleaned[name] = _readable(value)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return cleaned


def _form_errors(form) -> list[dict]:
    if form.non_field_errors():
        anchor = f"sign-{aftercare.SIGNS[0].id}"
        return [{"anchor": anchor, "message": m} for m in form.non_field_errors()]
    return error_summary(form)


@functools.cache
def _card_css() -> str:
    """The card's own stylesheet, after the report's (static/css/card-pdf.css)."""
    return resolve_static("/static/css/card-pdf.css").read_text("utf-8")


# --- Views ----------------------------------------------------------------------------------

def _signs_page(request, form, status=200, chosen=()):
    return render(request, "aftercare/start.html", {
        "groups": sign_groups(), "chosen": set(chosen), "none": aftercare.NONE,
        "unsure": aftercare.UNSURE, "errors": _form_errors(form) if form.is_bound else [],
        "urgent_source": aftercare.URGENT_SOURCE, **_sources(),
    }, status=status)


# No CSRF check here: the checklist stores nothing and only redirects to a public page, and a
# person with cookies blocked must still reach the urgent advice.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def start(request):
    if request.method == "GET":
        return _signs_page(request, SignsForm())
    form = SignsForm(request.POST)
    if not form.is_valid():
        return _signs_page(request, form, status=400, chosen=form.chosen)
    target = ("aftercare-urgent" if form.cleaned_data["outcome"] == aftercare.URGENT
              else "aftercare-no-signs")
    return redirect(target)


@require_GET
def urgent(request):
    return render(request, "aftercare/urgent.html",
                  {**_content(), "card_form": CardForm(), "urgent": True})


@require_GET
def no_signs(request):
    return render(request, "aftercare/no_signs.html", {**_content(), "urgent": False})


def _card_page(request, form, status=200, errors=None):
    return render(request, "aftercare/card.html", {
        **_content(), "card_form": form,
        "errors": errors if errors is not None else
        (error_summary(form) if form.is_bound else []),
    }, status=status)


@require_GET
def card(request):
    return _card_page(request, CardForm())


def _no_store(response):
    # What was typed is in the PDF and in a form sent back with errors: keep no copy anywhere.
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def card_pdf(request):
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
    rows = [{"id": name, "label": str(CARD_LABELS[name]), "value": form.cleaned_data[name]}
            for name in form.fields]
    html = render_to_string("aftercare/card_pdf.html", {
        "rows": rows, "printed": timezone.localdate(), "red_flags": red_flags(),
        # Long answers get smaller type and no writing lines, so the card stays one page.
        "dense": sum(len(r["value"]) for r in rows) > CARD_DENSE_FROM,
        "urgent_source": aftercare.URGENT_SOURCE, **_sources(),
    })
    with render_slot():
        pdf = html_to_pdf(html, paper="a4", css=_card_css())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{CARD_FILENAME}"'
    return _no_store(response)
