"""Constant runs rendered once per language (checker/templatefold.py) change no byte of any
page: each page is fetched with the folding loader and with plain, unfolded templates."""

import re

from django.template import engines
from django.template.loaders import cached

import checker.templatefold as templatefold
from checker.templatefold import ConstantRun

from ..conftest import GREEN_POSTS, Journey

_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"')


def _reset_templates():
    for loader in engines["django"].engine.template_loaders:
        if isinstance(loader, cached.Loader):
            loader.reset()


def _pages(journey) -> list[tuple[int, bytes]]:
    """Every page of a journey and a page with errors, in English then Spanish (a run kept
    for one language must not show in the other)."""
    client = journey.client
    paths = ["/", "/privacy/", "/how-it-works/", "/resume/", "/after-treatment/",
             journey.url("save"), "/no-such-page/"]
    paths += [journey.url(slug) for slug in GREEN_POSTS]
    responses = []
    for language in ("en", "es"):
        client.cookies["django_language"] = language
        responses += [client.get(path) for path in paths]
        responses.append(client.post(journey.first_url, {}))
    return [(r.status_code, _TOKEN.sub(b"", r.content)) for r in responses]


def test_every_page_is_byte_identical_with_and_without_folding(client, db, monkeypatch):
    _reset_templates()
    journey = Journey(client)
    folded = _pages(journey)
    monkeypatch.setattr(templatefold, "fold", lambda nodelist: nodelist)
    _reset_templates()
    plain = _pages(journey)
    monkeypatch.undo()
    _reset_templates()
    assert folded[0][1] != folded[len(folded) // 2][1]  # the Spanish page is Spanish
    assert len(folded) == len(plain) > 30
    for (status, page), (plain_status, plain_page) in zip(folded, plain, strict=True):
        assert status == plain_status
        assert page == plain_page


def test_the_layout_is_folded_and_the_fold_is_used(client, db):
    from django.templatetags.i18n import TranslateNode

    client.get("/privacy/")
    template = engines["django"].engine.get_template("base.html")
    runs = template.nodelist.get_nodes_by_type(ConstantRun)
    used = [run for run in runs if run.rendered]
    assert any(run.nodelist.get_nodes_by_type(TranslateNode) for run in used)
    # A quoted {% static %} or {% url %} is kept as Django keeps it (the string itself, not a
    # Variable): folded too, none left outside a run.
    from django.template.defaulttags import URLNode
    from django.templatetags.static import StaticNode

    assert any(run.nodelist.get_nodes_by_type(StaticNode) for run in used)
    assert any(run.nodelist.get_nodes_by_type(URLNode) for run in used)
    outside = [n for n in template.nodelist if isinstance(n, URLNode | StaticNode)]
    assert outside == []


def test_warm_loads_every_site_template_folded_before_any_request():
    _reset_templates()
    loaded = templatefold.warm()
    assert loaded >= 20
    cache = engines["django"].engine.template_loaders[0].get_template_cache
    assert "checker/step.html" in cache and "base.html" in cache
    assert getattr(cache["base.html"], "folded", False)
