"""The warning signs a pasted advert suggests (checker/advert.py), and the warning-signs
page's hooks that use them (set on its ``Step`` in checker/steps.py; the step view calls
them).

The suggested sign ids are kept in the session by questionnaire, never the pasted text, until
the patient submits the warning-signs page: it opens with them ticked, names them in a panel,
and once saved the suggestions are dropped. Nothing is saved to the questionnaire here.
"""

from typing import TYPE_CHECKING, Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

import rules

if TYPE_CHECKING:
    from .models import Questionnaire

#: Session key: {questionnaire id: [suggested warning-sign ids]}. Never the pasted text.
SESSION_KEY = "advert_suggested_signs"


def remember(request: HttpRequest, questionnaire: "Questionnaire", signs: list[str]) -> None:
    """Keep the signs a scan suggested for this questionnaire (catalogue ids only)."""
    suggested = dict(request.session.get(SESSION_KEY, {}))
    suggested[str(questionnaire.pk)] = [s for s in signs if s in rules.WARNING_SIGNS_BY_ID]
    request.session[SESSION_KEY] = suggested


def _suggested(request: HttpRequest, questionnaire: "Questionnaire") -> list[str]:
    found = request.session.get(SESSION_KEY, {}).get(str(questionnaire.pk), [])
    return [s for s in found if s in rules.WARNING_SIGNS_BY_ID]


def initial(request: HttpRequest, questionnaire: "Questionnaire",
            stored: dict[str, Any]) -> dict[str, Any]:
    """The warning-signs page's starting answers: what is saved, plus the signs suggested
    from a pasted text, ticked for the patient to confirm or untick."""
    suggested = _suggested(request, questionnaire)
    if not suggested:
        return stored
    saved = stored.get(rules.WARNING_SIGNS_ID)
    current = list(saved) if isinstance(saved, list) else []
    return {**stored, rules.WARNING_SIGNS_ID: current + [s for s in suggested
                                                        if s not in current]}


def context(request: HttpRequest, questionnaire: "Questionnaire") -> dict[str, object]:
    """For the warning-signs page: the link to the paste page, and the signs it suggested."""
    return {
        "advert_url": reverse("checker-advert", args=[questionnaire.pk]),
        "advert_suggested": [_(rules.WARNING_SIGNS_BY_ID[s].label)
                             for s in _suggested(request, questionnaire)],
    }


def saved(request: HttpRequest, questionnaire: "Questionnaire") -> None:
    """Once the patient submits the warning-signs page, the suggestions have done their job."""
    if SESSION_KEY in request.session:
        suggested = dict(request.session[SESSION_KEY])
        if suggested.pop(str(questionnaire.pk), None) is not None:
            request.session[SESSION_KEY] = suggested
