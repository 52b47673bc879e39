"""A question page's fields kept per state of its form (checker/formcache.py) change no byte of
any page: every page, in many answer states, in English and Spanish, with and without errors,
is fetched with the cache off, then twice with it on (the second time from the cache), while
the cache holds the states seen before (a key that missed something would show the wrong
state's HTML)."""

import re

import pytest

import checker.formcache as formcache
import checker.pagecache as pagecache
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
#: Typed text is never kept, so it is tried apart below (copies: the shared sets stay whole).
_TYPED = ("product", "authorisation_number", "trial_number")
STATES = [{k: v for k, v in state.items() if k not in _TYPED} for state in STATES]


def _fetch(client, url: str, post: dict | None) -> tuple[int, bytes]:
    response = client.get(url) if post is None else client.post(url, post)
    return response.status_code, _TOKEN.sub(b"", response.content)


#: Fetched with neither cache, with the fields' cache alone (twice: the second from it), then
#: with the pages' cache too (twice).
_WAYS = ((False, False), (True, False), (True, False), (True, True), (True, True))


def _every_way(client, monkeypatch, url: str, post: dict | None = None):
    fetched = []
    for fields, pages in _WAYS:
        monkeypatch.setattr(formcache, "enabled", [fields])
        monkeypatch.setattr(pagecache, "enabled", [pages])
        fetched.append(_fetch(client, url, post))
    return fetched


@pytest.fixture
def hits(monkeypatch):
    """How many times the fields' cache and the pages' cache gave their kept text."""
    counted = [0, 0]
    get = formcache.get
    render_marked = pagecache._render_marked

    def counting(key):
        text = get(key)
        counted[0] += text is not None
        return text

    def rendered(*args):
        counted[1] -= 1
        return render_marked(*args)

    monkeypatch.setattr(formcache, "get", counting)
    monkeypatch.setattr(pagecache, "_render_marked", rendered)
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
            # Errors (nothing chosen, values that are no choice) in a few states, and the
            # page opened from check your answers (its Back link and address differ).
            urls = [journey.url(slug)]
            posts: tuple[dict | None, ...] = (None,)
            if number in _WITH_ERRORS:
                urls.append(journey.url(slug) + "?next=answers")
                posts = (None, {}, _wrong(slug))
            for url in urls:
                for post in posts:
                    plain, *cached = _every_way(client, monkeypatch, url, post)
                    assert plain[0] in (200, 400)
                    for other in cached:
                        assert other == plain, (slug, answers, post)
                    compared += 1
            # An empty post saves nothing: the state is the same for the next page.
            questionnaire.refresh_from_db()
            assert questionnaire.answers == answers
    assert compared > 80
    # Both caches were used: the fields' at least once a page, the pages' most of the time.
    assert hits[0] > compared
    assert compared * 2 + hits[1] > compared


def test_a_page_with_typed_text_is_rendered_every_time_and_not_kept(client, db, monkeypatch,
                                                                   hits):
    journey = Journey(client)
    questionnaire = Questionnaire.objects.get(pk=journey.qid)
    questionnaire.answers = answers_for("treatment", product="Zyx-Typed-42")
    questionnaire.save()
    plain, *cached = _every_way(client, monkeypatch, journey.url("product"))
    assert b"Zyx-Typed-42" in plain[1]
    assert all(other == plain for other in cached)
    assert hits == [0, 0]
    assert not any("Zyx-Typed-42" in text for text in formcache._kept.values())
    assert not any("Zyx-Typed-42" in text for text in pagecache._kept.values())
    # The same page posted with typed text and an error elsewhere: shown, not kept.
    plain, *cached = _every_way(client, monkeypatch, journey.url("product"),
                                {"product": "Other-Typed", "route": "zzz"})
    assert plain[0] == 400 and b"Other-Typed" in plain[1]
    assert all(other == plain for other in cached)
    assert not any("Other-Typed" in text for text in formcache._kept.values())
    assert not any("Other-Typed" in text for text in pagecache._kept.values())


def test_each_cache_keeps_at_most_its_limit(client, db, monkeypatch):
    monkeypatch.setattr(formcache, "MAX_STATES", 3)
    monkeypatch.setattr(pagecache, "MAX_PAGES", 2)
    formcache._kept.clear()
    pagecache._kept.clear()
    journey = Journey(client)
    questionnaire = Questionnaire.objects.get(pk=journey.qid)
    for kind in ("treatment", "trial", "unsure", "transplant", "hospital_exemption"):
        questionnaire.answers = {"offer_kind": kind}
        questionnaire.save()
        assert client.get(journey.url("offer_kind")).status_code == 200
    assert len(formcache._kept) == 3
    assert len(pagecache._kept) == 2
    for kept in (formcache._kept, pagecache._kept):
        assert 'value="hospital_exemption" checked' in list(kept.values())[-1]
        assert 'value="treatment" checked' not in "".join(kept.values())


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("path", ["/", "/?from=<leaflet>&x=\"1\""])
def test_the_start_page_is_the_same_with_the_cache(client, db, monkeypatch, hits, language,
                                                   path):
    client.cookies["django_language"] = language
    plain, *cached = _every_way(client, monkeypatch, path)
    assert plain[0] == 200
    assert all(other == plain for other in cached)
    assert hits[1] >= -1  # rendered once at most, then kept
    # Its address goes back in the language switch, escaped as the template escapes it.
    if "?" in path:
        assert b'value="/?from=%3Cleaflet%3E&amp;x=%221%22"' in plain[1]


def test_each_patient_gets_their_own_token_and_addresses(client, db):
    first, second = Journey(client), Journey(client.__class__())
    pages = [journey.client.get(journey.url("offer_kind")).content.decode()
             for journey in (first, second)]
    tokens = [_TOKEN.findall(page.encode()) for page in pages]
    assert tokens[0] and tokens[1] and tokens[0] != tokens[1]
    assert first.qid in pages[0] and first.qid not in pages[1]
    assert second.qid in pages[1] and second.qid not in pages[0]
    assert "\ue000" not in pages[0] + pages[1]


def test_the_kept_render_never_sees_the_patients_questionnaire(client, db, monkeypatch):
    """The page kept for everyone in a state is rendered without the questionnaire, so a
    template that came to show any of it could not put one patient's data in the kept page."""
    seen: list[set[str]] = []
    render_marked = pagecache._render_marked
    pagecache._kept.clear()

    def spy(template_name, context, own):
        seen.append(set(context))
        return render_marked(template_name, context, own)

    monkeypatch.setattr(pagecache, "_render_marked", spy)
    journey = Journey(client)
    assert journey.client.get(journey.url("offer_kind")).status_code == 200
    assert seen, "the page was not kept"
    assert "questionnaire" not in seen[0] and {"form", "heading"} <= seen[0]


def test_a_changed_file_under_runserver_empties_both_caches(client, db, tmp_path):
    from django.utils.autoreload import file_changed

    journey = Journey(client)
    assert client.get(journey.url("offer_kind")).status_code == 200
    assert formcache._kept or pagecache._kept
    results = file_changed.send(sender=None, file_path=tmp_path / "step.html")
    assert formcache._kept == {} and pagecache._kept == {}
    # Neither receiver stops the reloader from restarting for a Python file.
    assert not any(result for receiver, result in results
                   if receiver.__module__ == "checker.kepttexts")


def test_the_country_choices_are_made_once_per_language_and_again_after_a_setting_change():
    from django.test import override_settings
    from django.utils import translation

    from checker.question_forms import _country_choices

    with translation.override("en"):
        english = _country_choices()
        assert _country_choices() is english
        assert ("ES", "Spain") in english
    with translation.override("es"):
        assert ("ES", "España") in _country_choices()
    # A changed setting (COUNTRIES_* in a test) makes them again.
    with override_settings(COUNTRIES_FIRST=["ES"]), translation.override("en"):
        assert _country_choices() is not english
    with translation.override("en"):
        assert _country_choices() is not english and _country_choices() == english
