"""Shared fixtures and helpers for the checker tests."""

import fcntl
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread
from whitenoise.middleware import WhiteNoiseMiddleware

from checker.steps import PAGE_OF_SLUG, STEPS

from .answers import page_posts

#: What each page posts for a legitimate offer (all answers, and offer details).
GREEN_POSTS = page_posts()


#: The files that take longest, longest first (measured with --durations=0). With
#: --dist loadfile a file runs whole on one worker, and scripts/test keeps this order
#: (--no-loadscope-reorder): a long file handed out last would keep one core busy alone at
#: the end while the other waits. The rest follow, the most tests first.
SLOWEST_FILES = (
    "tests/browser/test_journey.py",
    "tests/test_benchmarks.py",
    "tests/browser/test_pages.py",
    "tests/checker/test_report_print.py",
    "tests/browser/test_after_treatment.py",
    "tests/browser/test_patient_pages.py",
    "tests/checker/test_report_doctor.py",
    "tests/rules/test_properties.py",
    "tests/checker/test_formcache.py",
    "tests/checker/test_report_pdf.py",
    "tests/browser/test_save_and_resume.py",
    "tests/browser/test_error_states.py",
    "tests/browser/test_methodology.py",
    "tests/checker/test_report_evidence.py",
    "tests/checker/test_production.py",
    "tests/checker/test_hardening_production.py",
    "tests/browser/test_advert.py",
    "tests/checker/test_assess_command.py",
    "tests/checker/test_settings.py",
    "tests/checker/test_report_layout.py",
    "tests/browser/test_keyboard.py",
    "tests/browser/test_staff.py",
    "tests/checker/test_questionnaire.py",
    "tests/checker/test_fuzz.py",
    "tests/browser/test_small_screen.py",
    "tests/checker/test_report_views.py",
    "tests/checker/test_hardening_lows.py",
)


def pytest_collection_modifyitems(items):
    """The slowest files first, then the others by their number of tests (most first)."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item.nodeid.split("::")[0]] = counts.get(item.nodeid.split("::")[0], 0) + 1
    rank = {name: i for i, name in enumerate(SLOWEST_FILES)}

    def key(item):
        name = item.nodeid.split("::")[0]
        return (rank.get(name, len(rank)), -counts[name], name)

    items.sort(key=key)


class _NoDelayServer(ThreadedWSGIServer):
    """The live server of the browser and HTTP tests, answering without a 40 ms stall.

    Django's test server writes a response's headers and its body separately; with Nagle's
    algorithm on, the body waits for the client to acknowledge the headers, which a client
    delays by up to 40 ms. Each question page took 60 ms over the live server for about
    15 ms of work. Gunicorn, which serves the site, turns Nagle off on its sockets too.
    """

    def get_request(self):
        connection, address = super().get_request()
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return connection, address


# pytest-django's live_server makes a LiveServerThread, which makes its server_class.
LiveServerThread.server_class = _NoDelayServer


#: WhiteNoise's table of the static files found by the finders, per process, for each
#: set of settings and files it was made from (see _finder_files_once).
_FINDER_FILES: dict[tuple, dict] = {}
_add_files_from_finders = WhiteNoiseMiddleware.add_files_from_finders


def _finder_files_once(self) -> None:
    """WhiteNoise's add_files_from_finders, made once per process for the same files.

    Each test client loads the middleware anew, and WhiteNoise (serving from the finders in
    tests, as in development) then builds a response for each of the 400 static files: a
    ninth of a second each time, a minute of the suite's CPU. The table depends only on
    the settings it reads and the files (their paths, sizes and times, all in the key), so
    an unchanged key gets the same table; anything changed builds it again.
    """
    found: dict[str, str] = {}
    for finder in finders.get_finders():
        for path, storage in finder.list(None):
            prefix = (getattr(storage, "prefix", None) or "").strip("/")
            url = "".join((self.static_prefix, prefix, "/" if prefix else "",
                           path.replace("\\", "/")))
            found.setdefault(url, storage.path(path))
    stats = {url: os.stat(path) for url, path in found.items()}
    key = (type(self), self.static_prefix, self.max_age, self.allow_all_origins, self.charset,
           self.add_headers_function, self.index_file,
           repr(getattr(settings, "WHITENOISE_IMMUTABLE_FILE_TEST", None)),
           repr(getattr(settings, "WHITENOISE_MIMETYPES", None)),
           settings.STORAGES["staticfiles"]["BACKEND"],
           tuple(sorted((url, found[url], s.st_size, s.st_mtime_ns) for url, s in stats.items())))
    table = _FINDER_FILES.get(key)
    if table is None:
        before = dict(self.files)
        _add_files_from_finders(self)
        table = {url: f for url, f in self.files.items() if before.get(url) is not f}
        _FINDER_FILES[key] = table
    self.files.update(table)


WhiteNoiseMiddleware.add_files_from_finders = _finder_files_once

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory) -> Path:
    """The static files as production collects them (`manage.py collectstatic`, hashed names
    and compressed copies), collected once for the whole run and shared by the xdist workers
    under a lock: compressing every file costs seconds and gives the same files each time.
    Copy it with copy_static; nothing writes into it."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, which holds each worker's own
    data_dir = shared / "collected-static"
    with open(shared / "collected-static.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (data_dir / "done").exists():
            env = {k: v for k, v in os.environ.items()
                   if not k.startswith(("DJANGO_", "GUNICORN_")) and k != "DATABASE_URL"}
            env |= {"CHECKER_DATA_DIR": str(data_dir), "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
                    "DJANGO_SECRET_KEY": "collectstatic-only-" + "x" * 40}
            done = subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput"],
                                  cwd=ROOT, env=env, capture_output=True, text=True,
                                  timeout=600)
            assert done.returncode == 0, done.stderr[-3000:]
            (data_dir / "done").touch()
    return data_dir / "staticfiles"


def copy_static(source: Path, data_dir: Path) -> None:
    """Put collected static files into a data folder's staticfiles/ (STATIC_ROOT), as hard
    links where the file system allows."""
    def link_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, data_dir / "staticfiles", copy_function=link_or_copy)


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


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing():
    """Every test signs in with MD5: the production hasher costs ~0.5 s a password, paid on
    each account made and each sign-in (staff, admin, browser tests). No test reads how a
    password is stored; tests/staff/test_*.py check what signing in allows."""
    from django.test import override_settings

    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


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
