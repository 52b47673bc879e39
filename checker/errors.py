"""Error responses that Django has no handler for.

400, 403, 404 and 500 need no code: Django's default handlers render templates/400.html and
the others, and its CSRF failure view renders templates/403_csrf.html.
"""

from django.shortcuts import render


def too_many_requests(request, retry_after: int | None = None):
    """The 429 page for a rate limit, with Retry-After in seconds when it is known."""
    response = render(request, "429.html", status=429)
    if retry_after is not None:
        response["Retry-After"] = str(max(1, int(retry_after)))
    return response
