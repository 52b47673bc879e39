"""Which questionnaires this browser session may open.

A questionnaire's id in a URL is not enough on its own: the session that created it, or
that entered its resume code, must also hold it. Staff open reports by reference instead.
"""

from django.http import Http404, HttpRequest

from .bypk import ByPrimaryKey
from .models import Questionnaire

#: Its SQL compiled once (checker/bypk.py): each question page loads its questionnaire.
_QUESTIONNAIRES = ByPrimaryKey(Questionnaire)

_OWNED = "questionnaires"
_MAX_OWNED = 20


def remember(request: HttpRequest, questionnaire: Questionnaire) -> None:
    """Let this browser session open the questionnaire."""
    owned = [q for q in request.session.get(_OWNED, []) if q != str(questionnaire.pk)]
    request.session[_OWNED] = [str(questionnaire.pk), *owned][:_MAX_OWNED]


def forget(request: HttpRequest, questionnaire_id: object) -> None:
    request.session[_OWNED] = [q for q in request.session.get(_OWNED, [])
                               if q != str(questionnaire_id)]


def owned_or_404(request: HttpRequest, qid: object) -> Questionnaire:
    if str(qid) not in request.session.get(_OWNED, []):
        raise Http404
    questionnaire = _QUESTIONNAIRES.get(qid)
    if questionnaire is None:
        raise Http404
    return questionnaire  # type: ignore[return-value]
