"""A question page's fields kept per state of its form (checker/formcache.py) change no byte of
any page: every page, in many answer states, in English and Spanish, with and without errors,
is fetched with the cache off, then twice with it on (the second time from the cache), while
the cache holds the states seen before (a key that missed something would show the wrong
state's HTML)."""

import re

import pytest

import checker.formcache as formcache
from checker.models import Questionnaire
from checker.steps import ANSWERS, STEPS, STEPS_BY_SLUG, applies

from ..answers import ROUTE_ANSWERS, answers_for
from ..conftest import Journey

_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"')

#: Answer states: each kind of offer's legitimate answers, none at all, a donor's cells (the
#: days question offers "made in advance"), every choice "not sure", a different illness and
#: country (other wording), warning signs ticked, and a few answered only up to a page.
STATES: list[dict[str, object]] = [
    {},
    *ROUTE_ANSWERS.values(),
    answers_for("treatment", cell_type="donor_adult", extraction_days="in_advance"),
    answers_for("treatment", cell_type="unsure", condition_group="osteoarthritis",
                extraction_days=0, country="MX", provider="private_clinic",
                warning_signs=["no_evidence", "many_conditions"]),
    answers_for("trial", provider="unsure", country="unsure", payment="treatment"),
    {"offer_kind": "unsure"},
    {"offer_kind": "treatment", "provider": "private_clinic", "country": "US"},
    {k: v for k, v in answers_for("compassionate_use").items() if k not in ("atmp", "leaflet")},
]
_WITH_ERRORS = (0, 1, 7)
for _state in STATES:
    for _key, _value in list(_state.items()):
        if _key in ("product", "authorisation_number", "trial_number"):
            del _state[_key]  # typed text: never kept, so tried apart below


def _fetch(client, url: str, post: dict | None) -> tuple[int, bytes]:
    response = client.get(url) if post is None else client.post(url, post)
    return response.status_code, _TOKEN.sub(b"", response.content)


def _three_ways(client, monkeypatch, url: str, post: dict | None = None):
    monkeypatch.setattr(formcache, "enabled", [False])
    plain = _fetch(client, url, post)
    monkeypatch.setattr(formcache, "enabled", [True])
    first = _fetch(client, url, post)
    again = _fetch(client, url, post)
    return plain, first, again


@pytest.fixture
def hits(monkeypatch):
    counted = [0]
    get = formcache.get

    def counting(key):
        text = get(key)
        counted[0] += text is not None
        return text

    monkeypatch.setattr(formcache, "get", counting)
    return counted


#: The answers typed as text: anything typed there is valid, and saved.
_TEXT = ("product", "authorisation_number", "trial_number", "extraction_days_number")


def _wrong(slug: str) -> dict[str, str]:
    """A post with a value that is not a choice for every choice on the page."""
    return {f: "zzz" for f in STEPS_BY_SLUG[slug].fields if f not in _TEXT}


def _pages(answers: dict[str, object]) -> list[str]:
    return [s.slug for s in STEPS if s.store == ANSWERS and applies(s, answers)]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_in_every_state_is_the_same_with_the_cache(client, db, monkeypatch, hits,
                                                              language):
    journey = Journey(client)
    client.cookies["django_language"] = language
    questionnaire = Questionnaire.objects.get(pk=journey.qid)
    compared = 0
    for number, answers in enumerate(STATES):
        questionnaire.answers = dict(answers)
        questionnaire.save()
        relevant = questionnaire.relevant_answers()
        for slug in _pages(relevant):
            # Errors (nothing chosen, values that are no choice) in a few states.
            posts = (None, {}, _wrong(slug)) if number in _WITH_ERRORS else (None,)
            for post in posts:
                plain, first, again = _three_ways(client, monkeypatch, journey.url(slug), post)
                assert plain[0] in (200, 400)
                assert first == plain, (slug, answers, post)
                assert again == plain, (slug, answers, post)
                compared += 1
            # An empty post saves nothing: the state is the same for the next page.
            questionnaire.refresh_from_db()
            assert questionnaire.answers == answers
    assert compared > 80
    assert hits[0] > compared  # the cache was used (the second fetch at least)


def test_a_page_with_typed_text_is_rendered_every_time_and_not_kept(client, db, monkeypatch,
                                                                   hits):
    journey = Journey(client)
    questionnaire = Questionnaire.objects.get(pk=journey.qid)
    questionnaire.answers = answers_for("treatment", product="Zyx-Typed-42")
    questionnaire.save()
    plain, first, again = _three_ways(client, monkeypatch, journey.url("product"))
    assert b"Zyx-Typed-42" in plain[1]
    assert first == plain and again == plain
    assert hits[0] == 0
    assert not any("Zyx-Typed-42" in text for text in formcache._kept.values())
    # The same page posted with typed text and an error elsewhere: shown, not kept.
    plain, first, again = _three_ways(client, monkeypatch, journey.url("product"),
                                      {"product": "Other-Typed", "route": "zzz"})
    assert plain[0] == 400 and b"Other-Typed" in plain[1]
    assert first == plain and again == plain
    assert not any("Other-Typed" in text for text in formcache._kept.values())


def test_the_cache_keeps_at_most_its_limit(client, db, monkeypatch):
    monkeypatch.setattr(formcache, "MAX_STATES", 3)
    formcache._kept.clear()
    journey = Journey(client)
    questionnaire = Questionnaire.objects.get(pk=journey.qid)
    for kind in ("treatment", "trial", "unsure", "transplant", "hospital_exemption"):
        questionnaire.answers = {"offer_kind": kind}
        questionnaire.save()
        assert client.get(journey.url("offer_kind")).status_code == 200
    assert len(formcache._kept) == 3
    last = list(formcache._kept.values())[-1]
    assert 'value="hospital_exemption" checked' in last
