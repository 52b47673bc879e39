"""Error responses that Django has no handler for.

400, 403, 404 and 500 need no code: Django's default handlers render templates/400.html and
the others, and its CSRF failure view renders templates/403_csrf.html.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def too_many_requests(request: HttpRequest, retry_after: int,
                      response: HttpResponse | None = None) -> HttpResponse:
    """The one "too many requests" answer for every limit: status 429 with Retry-After in
    seconds. ``response`` is a page of the view's own (a form with its message) to send as
    the 429; without it, the 429 page, which says how many minutes to wait."""
    seconds = max(1, int(retry_after))
    if response is None:
        response = render(request, "429.html", {"wait_minutes": (seconds + 59) // 60})
    response.status_code = 429
    response["Retry-After"] = str(seconds)
    return response


def bad_request(request: HttpRequest) -> HttpResponse:
    """The plain 400 page, rendered before the body is read (so it never reads it)."""
    return render(request, "400.html", status=400)
