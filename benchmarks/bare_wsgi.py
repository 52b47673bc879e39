"""The site's WSGI app with two extra URLs: the same trivial Django view without middleware
(/__bare__/) and behind the site's own middleware (/__bare_mw__/).

benchmarks/pages.py serves this under the project's own gunicorn.conf.py, so each page of
the site is measured against the cheapest response Django itself can give, from the same
server, the same workers and in the same run. Never deployed: only the benchmark loads it.
"""

from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpResponse
from django.urls import path

from checker.wsgi import application as site

BARE_PATH = "/__bare__/"
MIDDLEWARE_PATH = "/__bare_mw__/"


def bare_view(request):
    return HttpResponse("<!doctype html><title>bare</title><p>A bare Django view.</p>")


urlpatterns = [path(BARE_PATH.strip("/") + "/", bare_view),
               path(MIDDLEWARE_PATH.strip("/") + "/", bare_view)]


class ViewHandler(WSGIHandler):
    """Django's request handling with the site's middleware and a URL conf of the one view."""

    def get_response(self, request):
        request.urlconf = __name__
        return super().get_response(request)


class BareHandler(ViewHandler):
    """Django's request handling with no middleware and a URL conf of the one view."""

    def load_middleware(self, is_async=False):
        from django.core.handlers.exception import convert_exception_to_response

        self._view_middleware = []
        self._template_response_middleware = []
        self._exception_middleware = []
        self._middleware_chain = convert_exception_to_response(self._get_response)


bare = BareHandler()
behind_middleware = ViewHandler()


def application(environ, start_response):
    if environ.get("PATH_INFO") == BARE_PATH:
        return bare(environ, start_response)
    if environ.get("PATH_INFO") == MIDDLEWARE_PATH:
        return behind_middleware(environ, start_response)
    return site(environ, start_response)
