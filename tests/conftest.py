"""Shared fixtures and helpers for the checker tests."""

import re

import pytest

from checker.steps import PAGE_OF_SLUG, STEPS

from .answers import page_posts

#: What each page posts for a legitimate offer (all answers, and offer details).
GREEN_POSTS = page_posts()


def verdict_of(html: bytes | str) -> str | None:
    text = html.decode() if isinstance(html, bytes) else html
    found = re.search(r'data-verdict="(\w+)"', text)
    return found.group(1) if found else None


def resume_code_of(html: bytes | str) -> str:
    text = html.decode() if isinstance(html, bytes) else html
    return re.search(r'data-resume-code="([^"]+)"', text).group(1)


class Journey:
    """Drives one patient's questionnaire through a Django test client."""

    def __init__(self, client):
        self.client = client
        response = client.get("/check/")
        assert response.status_code == 302
        self.first_url = response["Location"]
        self.base = self.first_url.rsplit("/", 2)[0] + "/"
        self.qid = self.base.rstrip("/").rsplit("/", 1)[1]

    def url(self, slug: str) -> str:
        """A page's address; a question's id gives the page that holds it."""
        page = PAGE_OF_SLUG.get(slug)
        return f"{self.base}{page.slug if page else slug}/"

    def post(self, slug: str, data: dict, **kwargs):
        return self.client.post(self.url(slug), data, **kwargs)

    def answer_all(self, overrides: dict | None = None, posts: dict | None = None):
        """Go through the pages asked, in order, as the redirects lead (skipped pages are
        not posted), until check your answers."""
        posts = {slug: dict(data) for slug, data in
                 (GREEN_POSTS if posts is None else posts).items()}
        for slug, data in (overrides or {}).items():
            # An override by a question's own slug goes to the page that holds it.
            page = PAGE_OF_SLUG[slug].slug if slug in PAGE_OF_SLUG else slug
            posts[page] = data if page == "offer" else {**posts.get(page, {}), **data}
        url = self.first_url
        for _ in STEPS:
            slug = url.rstrip("/").rsplit("/", 1)[1]
            response = self.client.post(url, posts[slug])
            assert response.status_code == 302, (slug, response.content[:2000])
            url = response["Location"]
            if url.endswith("/answers/") or "/report/" in url:
                return self  # a hospital's transplant for a blood disease: its result
        raise AssertionError("the pages never reached check your answers")

    def finish(self):
        response = self.client.post(self.url("answers"))
        assert response.status_code == 302, response.content[:2000]
        return self.client.get(response["Location"])

    @property
    def record(self):
        from checker.models import Questionnaire

        return Questionnaire.objects.get(pk=self.qid)


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request with Accept-Language: es makes
    LocaleMiddleware activate Spanish in this thread, and it would stay for the next test."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def journey(client, db):
    return Journey(client)
