"""Security and privacy headers, as the start page sends them."""

import re
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@pytest.fixture
def start_page(client):
    response = client.get("/")
    assert response.status_code == 200
    return response


def _csp(response) -> dict[str, str]:
    directives = (part.strip() for part in response["Content-Security-Policy"].split(";"))
    return dict(part.split(" ", 1) for part in directives if part)


def test_the_content_security_policy_allows_only_our_own_files(start_page):
    csp = _csp(start_page)
    assert csp["default-src"] == "'self'"
    assert csp["script-src"] == "'self'"
    assert csp["style-src"] == "'self'"
    assert csp["img-src"] == "'self' data:"
    assert csp["object-src"] == "'none'"
    assert csp["base-uri"] == "'none'"
    assert csp["form-action"] == "'self'"
    assert csp["frame-ancestors"] == "'none'"


def test_the_content_security_policy_never_allows_inline_code(start_page):
    policy = start_page["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert "nonce-" not in policy


def test_browsers_may_not_guess_content_types(start_page):
    assert start_page["X-Content-Type-Options"] == "nosniff"


def test_the_referrer_never_leaves_the_site(start_page):
    assert start_page["Referrer-Policy"] in {"same-origin", "no-referrer"}


def test_no_other_site_may_frame_the_page(start_page):
    assert start_page["X-Frame-Options"] == "DENY"


def test_the_page_shares_no_window_with_other_sites(start_page):
    assert start_page["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_page_asks_for_no_camera_microphone_location_or_payment(start_page):
    policy = start_page["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy


def test_pages_are_not_cached_unless_a_view_allows_it(start_page):
    assert start_page["Cache-Control"] == "no-store"


def test_an_error_page_gets_the_same_headers(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert response["Cache-Control"] == "no-store"
    assert "camera=()" in response["Permissions-Policy"]


def test_plain_http_in_development_and_tests_sends_no_hsts(start_page):
    # HSTS over plain HTTP would be ignored; production sends it (test_production.py).
    assert "Strict-Transport-Security" not in start_page


@pytest.mark.parametrize("template", sorted(TEMPLATES.rglob("*.html")),
                         ids=lambda path: str(path.relative_to(TEMPLATES)))
def test_no_template_has_inline_script_or_style_the_policy_would_block(template):
    html = template.read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)", html, re.IGNORECASE)
    assert not re.search(r"<style\b", html, re.IGNORECASE)
    assert not re.search(r"\sstyle\s*=", html, re.IGNORECASE)
    assert not re.search(r"\son[a-z]+\s*=", html, re.IGNORECASE)
