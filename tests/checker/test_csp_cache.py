"""The site's CSP middleware builds the policy once (checker/middleware.py) and writes the
same header django-csp would, on every response, including after a settings change."""

import pytest
from csp.decorators import csp_exempt, csp_update
from csp.middleware import CSPMiddleware as DjangoCSP
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from checker.middleware import CSPMiddleware

pytestmark = pytest.mark.django_db


def _headers(middleware_class, view, path="/"):
    request = RequestFactory().get(path)
    middleware = middleware_class(view)
    middleware.process_request(request)
    response = middleware.process_response(request, view(request))
    return {k: v for k, v in response.items() if "Security-Policy" in k}


def _plain(request):
    return HttpResponse("x")


@csp_update({"img-src": ["https://example.org"]})
def _updated(request):
    return HttpResponse("x")


@csp_exempt()
def _exempt(request):
    return HttpResponse("x")


def _nonce(request):
    return HttpResponse(str(request.csp_nonce))


@pytest.mark.parametrize("view", [_plain, _updated, _exempt, _nonce])
def test_the_same_headers_as_django_csp(view):
    ours = _headers(CSPMiddleware, view)
    assert ours == _headers(DjangoCSP, view)
    assert (view is _exempt) == (ours == {})
    assert (view is _updated) == ("https://example.org" in str(ours))


def test_a_changed_setting_changes_the_header():
    before = _headers(CSPMiddleware, _plain)["Content-Security-Policy"]
    policy = {"DIRECTIVES": {"default-src": ["'none'"]}}
    with override_settings(CONTENT_SECURITY_POLICY=policy,
                           CONTENT_SECURITY_POLICY_REPORT_ONLY=policy):
        changed = _headers(CSPMiddleware, _plain)
        assert changed == _headers(DjangoCSP, _plain)
        assert changed["Content-Security-Policy"] == "default-src 'none'"
        assert changed["Content-Security-Policy-Report-Only"] == "default-src 'none'"
    assert _headers(CSPMiddleware, _plain)["Content-Security-Policy"] == before
