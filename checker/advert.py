"""The paste page: the clinic's own text, its red-flag claims marked, warning signs suggested.

``GET /check/<id>/advert/`` shows a text box. Posting ``advert_text`` scans it (rules.scan)
and shows the text with each finding as ``<mark data-sign="ID">`` and its explanation, with
a form that goes back to the warning-signs page with the suggested signs ticked. Posting that
form keeps only the suggested sign ids in the session, never the text (checker/suggestions.py,
whose hooks the warning-signs page calls); nothing is saved to the questionnaire until the
patient submits the warning-signs page, where each suggested sign can be unticked. The pasted
text is never stored or logged.

Each finding's title and explanation are in the text's language (a Spanish advert is
explained in Spanish, whatever the page's language), marked with ``lang``. Text that says
the cells are given back the same day, or that no medicines agency checks the product,
gets a link to the question it answers. A scan that stopped early says so.
"""

from collections.abc import Sequence

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

import rules
from rules.advert.model import NO_AGENCY
from rules.phrases import SAME_DAY_PROCEDURE
from rules.scan import MAX_CHARS, Finding, scan

from . import ratelimit, suggestions
from .forms import error_summary
from .models import Questionnaire
from .ownership import owned_or_404
from .steps import STEP_OF, WARNING_SIGNS_SLUG

#: The question a same-day procedure answers ("the same day"), and the one a text saying no
#: agency checks the product answers ("no").
CELLS_SLUG = "extraction_days"
REGULATOR_SLUG = "regulator"


class AdvertForm(forms.Form):
    advert_text = forms.CharField(
        label=gettext_lazy("The clinic's advert, web page, message or quote"),
        help_text=gettext_lazy("Copy the text and paste it here, up to 20,000 characters. It "
                               "is checked on this page only: it is not saved, and nobody "
                               "else sees it."),
        max_length=MAX_CHARS,
        strip=False,
        error_messages={
            "required": gettext_lazy("Paste the clinic's text to check it"),
            "max_length": gettext_lazy("The text is too long: paste at most 20,000 "
                                       "characters"),
        },
    )

    def clean_advert_text(self) -> str:
        text: str = self.cleaned_data["advert_text"]
        if not text.strip():
            raise forms.ValidationError(_("Paste the clinic's text to check it"))
        return text


class SuggestForm(forms.Form):
    """The signs to tick on the warning-signs page: ids only, checked against the catalogue."""

    sign = forms.MultipleChoiceField(
        choices=lambda: [(w.id, w.id) for w in rules.WARNING_SIGNS], required=False)


@never_cache
@require_http_methods(["GET", "POST"])
def advert(request: HttpRequest, qid: object) -> HttpResponse:
    questionnaire = owned_or_404(request, qid)
    signs_url = reverse("checker-step", args=[questionnaire.pk, WARNING_SIGNS_SLUG])
    if request.method == "POST" and "advert_text" not in request.POST:
        suggest = SuggestForm(request.POST)
        if not suggest.is_valid():
            return _page(request, questionnaire, AdvertForm(), signs_url, status=400,
                         problem=_("Those warning signs are not on the list. Paste the text "
                                   "again to check it."))
        suggestions.remember(request, questionnaire, suggest.cleaned_data["sign"])
        return redirect(signs_url)
    form = AdvertForm(request.POST if request.method == "POST" else None)
    if not form.is_bound:
        return _page(request, questionnaire, form, signs_url)
    if not form.is_valid():
        return _page(request, questionnaire, form, signs_url, status=400)
    text = form.cleaned_data["advert_text"]
    ratelimit.attempt("advert_scan", request)  # each scan is counted (429 past the limit)
    result = scan(text)
    with translation.override(result.language):
        explained = _explained(result.findings)
    context = {
        "language": result.language,
        "complete": result.complete,
        "pieces": _pieces(text, result.findings),
        "explained": [f for f in explained if not f["benign"]],
        "reassuring": [f for f in explained if f["benign"]],
        "suggested": [rules.WARNING_SIGNS_BY_ID[s] for s in result.signs
                      if s in rules.WARNING_SIGNS_BY_ID],
        "same_day": SAME_DAY_PROCEDURE in result.signs,
        "cells_url": _question_url(questionnaire, CELLS_SLUG),
        "no_agency": NO_AGENCY in result.signs,
        "regulator_url": _question_url(questionnaire, REGULATOR_SLUG),
    }
    return _page(request, questionnaire, AdvertForm(), signs_url, result=context)


def _question_url(questionnaire: Questionnaire, question_id: str) -> str:
    """The page that holds a question, at the question (pages hold several: issue 24)."""
    return questionnaire.step_url(STEP_OF[question_id]) + f"#answer-{question_id}"


def _page(request: HttpRequest, questionnaire: Questionnaire, form: AdvertForm, signs_url: str,
          *, status: int = 200, result: dict[str, object] | None = None,
          problem: str = "") -> HttpResponse:
    errors = error_summary(form) if form.is_bound else []
    if problem:
        errors.append({"anchor": "id_advert_text", "message": problem})
    return render(request, "checker/advert.html", {
        "questionnaire": questionnaire,
        "form": form,
        "errors": errors,
        "back_url": signs_url,
        "result": result,
        "max_chars": MAX_CHARS,
    }, status=status)


def _pieces(text: str, findings: Sequence[Finding]) -> list[dict[str, str | int | bool]]:
    """The text cut into plain pieces and marked pieces; where two findings overlap, the
    first one marks the shared characters."""
    pieces: list[dict[str, str | int | bool]] = []
    at = 0
    for number, finding in enumerate(findings, start=1):
        start = max(finding.start, at)
        if start >= finding.end:
            continue
        if start > at:
            pieces.append({"text": text[at:start]})
        pieces.append({"text": text[start:finding.end], "sign": finding.sign,
                       "number": number, "benign": finding.benign})
        at = finding.end
    if at < len(text):
        pieces.append({"text": text[at:]})
    return pieces


def _explained(findings: Sequence[Finding]) -> list[dict[str, str | int | bool]]:
    """Each finding with its number, its sign's name and its explanation, in the active
    language (the caller makes it the text's)."""
    rows: list[dict[str, str | int | bool]] = []
    for number, finding in enumerate(findings, start=1):
        sign = rules.WARNING_SIGNS_BY_ID.get(finding.sign)
        rows.append({
            "number": number,
            "sign": finding.sign,
            "title": _(sign.label) if sign else _sign_title(finding.sign),
            "quote": finding.quote,
            "explanation": _(finding.explanation),
            "source": finding.source,
            "benign": finding.benign,
        })
    return rows


def _sign_title(sign_id: str) -> str:
    titles = {
        SAME_DAY_PROCEDURE: _("Cells taken and given back the same day"),
        NO_AGENCY: _("No medicines agency checks it, the text says"),
        "authorised_product": _("An authorised cell medicine is named"),
        "registered_trial": _("A trial register number is given"),
        "free_participation": _("Taking part is said to be free"),
    }
    return titles.get(sign_id, sign_id)
