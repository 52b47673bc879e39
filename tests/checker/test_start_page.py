"""The start page: Start now near the top, and a time promise that holds (issue 24)."""

import math
import re
from html.parser import HTMLParser

import pytest

from checker.promise import LONGEST_TREATMENT, WARNING_SIGNS_TICKED
from checker.steps import active_steps

from ..answers import answers_for, page_posts
from ..conftest import Journey


def test_the_start_page_renders(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Check a stem cell treatment offer" in response.content


class _MainText(HTMLParser):
    """The words a patient reads in <main>: its text, buttons included, but not the names in
    a list to choose from."""

    def __init__(self):
        super().__init__()
        self.depth, self.words = 0, 0
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.depth += 1
        if tag == "select":  # a list of every country is looked through, not read
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth -= 1
        if tag == "select":
            self.skip -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.words += len(data.split())


def _words(html: str) -> int:
    parser = _MainText()
    parser.feed(html)
    return parser.words


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_time_promise_holds_for_the_longest_treatment_journey(client, db, language):
    """Every word on the pages of the longest treatment journey, read at 200 words a minute,
    plus 3 seconds a tap, fits in the minutes the start page promises."""
    client.cookies["django_language"] = language
    start = client.get("/").content.decode()
    found = re.search(r'data-pages="(\d+)" data-minutes="(\d+)"', start)
    pages, minutes = int(found.group(1)), int(found.group(2))
    longest = {k: v for k, v in LONGEST_TREATMENT.items() if k != "offer_kind"}
    answers = answers_for("treatment", **longest, cell_source="autologous",
                          warning_signs=["travel_package", "testimonials"])
    steps = active_steps(answers)
    assert len(steps) == pages
    posts = page_posts(answers, {})
    journey = Journey(client)
    words, taps = 0, 1  # the start page is read before the promise starts
    for step in steps:
        words += _words(client.get(journey.url(step.slug)).content.decode())
        data = posts[step.slug]
        taps += 1 + sum(len(v) if isinstance(v, list) else 1 for k, v in data.items()
                        if k not in ("product", "authorisation_number", "trial_number"))
        assert journey.post(step.slug, data).status_code == 302, step.slug
    words += _words(client.get(journey.url("answers")).content.decode())
    taps += 1
    assert WARNING_SIGNS_TICKED == 2
    seconds = words * 60 / 200 + taps * 3
    print(f"{language}: {words} words, {taps} taps: {seconds / 60:.1f} of {minutes} minutes")
    assert math.ceil(seconds / 60) <= minutes
    # And the promise is not padded: within two minutes of the measure.
    assert minutes - seconds / 60 < 3
