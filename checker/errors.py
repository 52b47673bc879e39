"""Error responses that Django has no handler for.

400, 403, 404 and 500 need no code: Django's default handlers render templates/400.html and
the others, and its CSRF failure view renders templates/403_csrf.html.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def too_many_requests(request: HttpRequest, retry_after: int | None = None,
                      response: HttpResponse | None = None) -> HttpResponse:
    """The one "too many requests" answer: status 429 with Retry-After in seconds when it is
    known. ``response`` is a page of the view's own (a form with its message) to send as
    the 429; without it, the 429 page."""
    if response is None:
        response = render(request, "429.html")
    response.status_code = 429
    if retry_after is not None:
        response["Retry-After"] = str(max(1, int(retry_after)))
    return response
