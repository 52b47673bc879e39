"""The whole journey over real HTTP (a live server), with cookies and CSRF as a browser."""

import http.cookiejar
import re
import urllib.parse
import urllib.request

import pytest

import rules
from checker.models import Questionnaire
from checker.steps import STEPS, active_steps
from rules.asked import relevant_answers

from ..answers import ROUTE_ANSWERS, all_answers, page_posts
from ..conftest import verdict_of


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


def _posts(answers):
    return page_posts(answers)


RED_TREATMENT = all_answers(
    country="MX", condition_group="neurological", cell_type="cord_or_placenta",
    provider="private_clinic", payment="treatment", product="CelulaMax",
    route="intrathecal", atmp="unsure", clean_room="told", authorisation_document="told",
    administrator_authorised="told", leaflet="no", extraction_days=0,
    # Not an illness of bones or joints: a follow-up plan is asked instead of scales and MRI.
    pain_followup=None, imaging_followup=None, followup_plan="no",
    warning_signs=["travel_package", "upfront_payment", "testimonials"])
AMBER_TREATMENT = all_answers(
    clean_room="told", authorisation_document="unsure", extraction_days="unsure",
    cell_type="unsure", cell_source="unsure", warning_signs="unsure")

#: One journey per offer kind (a legitimate offer of each), and a red and an amber one.
CASES = {
    **{kind: (answers, None) for kind, answers in ROUTE_ANSWERS.items()},
    "red": (RED_TREATMENT, "red"),
    "amber": (AMBER_TREATMENT, "amber"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_journey_over_http_reaches_the_report_with_the_answers_given(live_server, case):
    answers, verdict = CASES[case]
    expected = verdict or rules.assess(answers).verdict.id
    browser = Browser(live_server.url)
    url, html = browser.get("/check/")
    posts = _posts(answers)
    visited = []
    while not url.endswith("/answers/") and "/report/" not in url:
        slug = url.rstrip("/").rsplit("/", 1)[1]
        visited.append(slug)
        assert len(visited) <= len(STEPS), visited
        assert f"Page {len(visited)} of " in html, slug
        url, html = browser.submit(url, html, posts[slug])
    assert visited == [s.slug for s in active_steps(answers)]
    if case == "transplant":
        # A hospital's transplant for a blood disease: the result after its third page.
        assert len(visited) == 3
    else:
        url, html = browser.submit(url, html, {})
    assert "/report/" in url
    assert verdict_of(html) == expected
    if case == "transplant":
        assert expected == "out_of_scope" and "haematology" in html
    record = Questionnaire.objects.get()
    assert relevant_answers(record.answers) == {
        k: v for k, v in answers.items() if k in relevant_answers(answers)}
