"""The whole journey over real HTTP (a live server), with cookies and CSRF as a browser."""

import http.cookiejar
import re
import urllib.parse
import urllib.request

import pytest

import rules
from checker.models import Questionnaire
from checker.steps import STEPS

from ..conftest import GREEN_POSTS, verdict_of

YES_NO = [q.id for q in rules.QUESTIONS if q.kind == "yes_no"]


class Browser:
    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path: str):
        with self.opener.open(self.base + path, timeout=30) as response:
            return response.geturl(), response.read().decode()

    def submit(self, url: str, html: str, data: dict):
        """Post the page's first form with its CSRF token, following the redirect."""
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **data}, doseq=True)
        request = urllib.request.Request(url, data=body.encode(), headers={"Referer": url})
        with self.opener.open(request, timeout=30) as response:
            return response.geturl(), response.read().decode()


CASES = {
    "green": {},
    "amber": {**{q: {q: "unsure"} for q in YES_NO},
              "cells": {"cell_source": "unsure", "extraction_days": "unsure"},
              "warning_signs": {"warning_signs": ["no_evidence"]}},
    "red": {**{q: {q: "no"} for q in YES_NO},
            "cells": {"cell_source": "allogeneic", "extraction_days": "0"},
            "warning_signs": {"warning_signs": [w.id for w in rules.WARNING_SIGNS]}},
}


@pytest.mark.parametrize("verdict", CASES)
def test_a_journey_over_http_reaches_the_report_with_the_answers_given(live_server, verdict):
    browser = Browser(live_server.url)
    url, html = browser.get("/check/")
    posts = {**GREEN_POSTS, **CASES[verdict]}
    for step in STEPS:
        assert url.endswith(f"/{step.slug}/"), url
        url, html = browser.submit(url, html, posts[step.slug])
    assert url.endswith("/answers/")
    url, html = browser.submit(url, html, {})
    assert "/report/" in url
    assert verdict_of(html) == verdict
    record = Questionnaire.objects.get()
    for step in STEPS:
        for field, value in posts[step.slug].items():
            stored = getattr(record, step.store).get(field)
            if field == "warning_signs":
                assert stored == [v for v in value if v != "none"]
            elif field == "extraction_days" and value.isdigit():
                assert stored == int(value)
            else:
                assert stored == value, field
