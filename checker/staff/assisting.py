"""The staff bar on the patient's pages while a member of staff fills them in with a patient.

A context processor (settings.TEMPLATES): ``assisting`` is set on every page outside the staff
area when the signed-in staff account has started a questionnaire with a patient in this
browser session (``staff.views.assist``), so the patient and the staff member can see that
this is assisted, with "Next patient" and "Sign out" at hand.
"""

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from .accounts import PERMISSION

#: Questionnaires started here with a patient, forgotten when the next one starts.
ASSISTED = "staff_assisted"


def assisting(request: HttpRequest) -> dict[str, Any]:
    # No session cookie, no staff session: the patient's own pages never open a session here.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return {}
    match = getattr(request, "resolver_match", None)
    if match is not None and match.namespace == "staff":
        return {}  # the staff pages have their own bar
    user = getattr(request, "user", None)
    if (user is None or not user.is_authenticated or not request.session.get(ASSISTED)
            or not user.has_perm(PERMISSION)):
        return {}
    return {"assisting": {"helper": user.get_username()}}
