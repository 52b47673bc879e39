"""Error responses that Django has no handler for.

400, 403, 404 and 500 need no code: Django's default handlers render templates/400.html and
the others, and its CSRF failure view renders templates/403_csrf.html.
"""

from django.shortcuts import render


def too_many_requests(request, retry_after: int):
    """The one 429 page for every rate limit, with Retry-After in seconds."""
    seconds = max(1, int(retry_after))
    response = render(request, "429.html", {"wait_minutes": (seconds + 59) // 60}, status=429)
    response["Retry-After"] = str(seconds)
    return response


def bad_request(request):
    """The plain 400 page, rendered before the body is read (so it never reads it)."""
    return render(request, "400.html", status=400)
