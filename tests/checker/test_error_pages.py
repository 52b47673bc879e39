"""Error pages speak plain words inside the site's own layout, and never show a traceback."""

from django.test import Client, RequestFactory
from django.views import defaults

from checker.errors import too_many_requests

SITE_NAME = b"Stem cell offer checker"


def _assert_plain_page(response, status, heading):
    assert response.status_code == status
    assert SITE_NAME in response.content  # extends base.html
    assert f"<h1>{heading}</h1>".encode() in response.content
    assert b'href="/"' in response.content  # a way back to the start
    assert b"Traceback" not in response.content


def test_an_unknown_address_gets_the_plain_404_page(client):
    _assert_plain_page(client.get("/no-such-page/"), 404, "We cannot find this page")


def test_a_server_error_gets_the_plain_500_page():
    # Django renders 500.html without a request context: the page must not need one.
    response = defaults.server_error(RequestFactory().get("/"))
    _assert_plain_page(response, 500, "Sorry, something went wrong on our side")


def test_a_forbidden_page_gets_the_plain_403_page():
    response = defaults.permission_denied(RequestFactory().get("/"), exception=None)
    _assert_plain_page(response, 403, "You cannot open this page")


def test_a_bad_request_gets_the_plain_400_page():
    response = defaults.bad_request(RequestFactory().get("/"), exception=None)
    _assert_plain_page(response, 400, "We could not read what was sent")


def test_a_form_without_its_csrf_token_gets_a_plain_page_about_cookies():
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "x"})
    _assert_plain_page(response, 403, "Your form could not be sent")
    assert b"cookies" in response.content
    # Not Django's own CSRF page, whose inline styles the Content-Security-Policy blocks.
    assert b"<style" not in response.content


def test_a_rate_limit_asks_to_wait_a_few_minutes(rf):
    response = too_many_requests(rf.get("/"), retry_after=120)
    _assert_plain_page(response, 429, "Too many tries")
    assert b"wait a few minutes and try again" in response.content
    assert response["Retry-After"] == "120"


def test_the_rate_limit_page_says_how_long_to_wait(rf):
    response = too_many_requests(rf.get("/"), retry_after=601)
    assert response["Retry-After"] == "601"
    assert 'data-wait-minutes="11"' in response.content.decode()
