"""No questionnaire id, reference, code or query string reaches a log line."""

import io
import logging

import pytest

from checker.redact import RedactFilter, redact

ID = "6f1c2a3b-1234-4abc-9def-0123456789ab"
REFERENCE = "SC-7KQ4-M2XD"
CODE = "7KQ4-M2XD"


@pytest.mark.parametrize(("line", "expected"), [
    (f"GET /q/{ID}/report/ HTTP/1.1", "GET /q/[id]/report/ HTTP/1.1"),
    (f"GET /q/{ID.replace('-', '')}/ HTTP/1.1", "GET /q/[id]/ HTTP/1.1"),
    (f"GET /q/{ID.upper()}/", "GET /q/[id]/"),
    (f"Not Found: /staff/{REFERENCE}/", "Not Found: /staff/[reference]/"),
    (f"/resume/{CODE}/", "/resume/[code]/"),
    (f"/resume/{CODE.lower()}/", "/resume/[code]/"),
    ("GET /resume/?code=7KQ4-M2XD&atmp=yes HTTP/1.1", "GET /resume/?[redacted] HTTP/1.1"),
    (f"Key (resume_code)=({CODE}) already exists.", "Key (resume_code)=([code]) already exists."),
])
def test_identifying_parts_of_a_line_are_replaced(line, expected):
    assert redact(line) == expected


@pytest.mark.parametrize("line", [
    "GET /questions/cell-type/ HTTP/1.1",
    "GET /static/css/site.3f2a9c1b7e4d.css HTTP/1.1",
    "[21/Nov/2026 08:08:44] \"GET / HTTP/1.1\" 200 1234",
    "release-abcd-efgh-2",
])
def test_ordinary_words_dates_and_file_names_are_kept(line):
    assert redact(line) == line


def test_the_filter_redacts_arguments_and_tracebacks():
    try:
        raise ValueError(f"duplicate key {CODE}")
    except ValueError:
        record = logging.LogRecord("django.request", logging.ERROR, __file__, 1,
                                   "Internal Server Error: %s", (f"/q/{ID}/",), exc_info=True)
        record.exc_info = __import__("sys").exc_info()
    assert RedactFilter().filter(record) is True
    text = logging.Formatter().format(record)
    assert ID not in text and CODE not in text
    assert "Internal Server Error: /q/[id]/" in text
    assert "ValueError: duplicate key [code]" in text


def _configured(logger):
    """The handlers settings.LOGGING gave a logger (pytest adds its own capturing ones)."""
    return [handler for handler in logger.handlers if handler.name in {"console", "django.server"}]


@pytest.fixture
def server_log():
    """What the configured django.server handler (runserver's request log) writes."""
    (handler,) = _configured(logging.getLogger("django.server"))
    stream = io.StringIO()
    old = handler.setStream(stream)
    yield stream
    handler.setStream(old)


def test_runserver_request_lines_are_redacted(server_log):
    request_line = f"GET /q/{ID}/report/?code={CODE} HTTP/1.1"
    logging.getLogger("django.server").info('"%s" %s %s', request_line, "200", "512",
                                            extra={"status_code": 200})
    line = server_log.getvalue()
    assert '"GET /q/[id]/report/?[redacted] HTTP/1.1" 200 512' in line
    assert ID not in line and CODE not in line


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


def test_django_request_warnings_are_redacted(client):
    collect = _Collect()
    logger = logging.getLogger("django.request")
    logger.addHandler(collect)
    try:
        response = client.get(f"/q/{ID}/resume/{CODE}/?ref={REFERENCE}")
    finally:
        logger.removeHandler(collect)
    assert response.status_code == 404
    assert collect.lines == ["Not Found: /q/[id]/resume/[code]/"]


def test_django_errors_go_only_to_the_redacting_console_never_to_mail():
    for name in ("django", "django.request", "django.security"):
        logger = logging.getLogger(name)
        assert not any(type(h).__name__ == "AdminEmailHandler" for h in logger.handlers)
    (handler,) = _configured(logging.getLogger("django"))
    assert any(isinstance(f, RedactFilter) for f in handler.filters)
    assert logging.getLogger("django").propagate is False
