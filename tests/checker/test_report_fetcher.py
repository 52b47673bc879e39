"""The PDF renderer's URL fetcher serves the project's static files and nothing else."""

import pytest
from django.conf import settings

from checker.report.pdf import StaticFilesOnly, make_url_fetcher, resolve_static

STATIC = settings.STATICFILES_DIRS[0]


def test_it_serves_a_static_file_with_its_content_type():
    response = make_url_fetcher().fetch("/static/css/pdf.css")
    assert response.read() == (STATIC / "css" / "pdf.css").read_bytes()
    assert response.content_type == "text/css"


def test_it_serves_the_shipped_fonts():
    path = resolve_static("/static/fonts/atkinson-hyperlegible-latin-400-normal.woff")
    assert path.read_bytes()[:4] == b"wOFF"


@pytest.mark.parametrize("url", [
    "file:///etc/passwd",
    "file:///static/css/pdf.css",
    "http://example.com/static/css/pdf.css",
    "https://example.com/static/css/pdf.css",
    "data:text/css;base64," + "A" * 10_000,
    "ftp://example.com/x",
    "/static/../checker/settings.py",
    "/static/%2e%2e/checker/settings.py",
    "/static/css/../../checker/settings.py",
    "/static/css/..%2f..%2fchecker/settings.py",
    "/static//etc/passwd",
    "/static/",
    "/static/css",
    "/static/css/missing.css",
    "/static/css/pdf.css\x00.png",
    "/checker/settings.py",
    "static/css/pdf.css",
])
def test_it_refuses_anything_but_an_existing_file_under_a_static_dir(url):
    with pytest.raises(StaticFilesOnly):
        resolve_static(url)
    with pytest.raises(StaticFilesOnly):
        make_url_fetcher().fetch(url)


def test_a_symlink_out_of_the_static_dir_is_refused(tmp_path, settings):
    (tmp_path / "secret.txt").write_text("secret")
    static = tmp_path / "static"
    static.mkdir()
    (static / "link.txt").symlink_to(tmp_path / "secret.txt")
    (static / "ok.txt").write_text("ok")
    settings.STATICFILES_DIRS = [static]
    assert resolve_static("/static/ok.txt").read_text() == "ok"
    with pytest.raises(StaticFilesOnly):
        resolve_static("/static/link.txt")
