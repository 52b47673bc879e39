"""The tests' one-per-process table of static files (tests/conftest.py, _finder_files_once):
shared while the files and settings are the same, made again when either changes."""

from whitenoise.middleware import WhiteNoiseMiddleware


def _middleware() -> WhiteNoiseMiddleware:
    return WhiteNoiseMiddleware(lambda request: None)


def test_the_table_is_shared_until_a_file_changes(tmp_path, settings):
    settings.STATICFILES_DIRS = [*settings.STATICFILES_DIRS, tmp_path]
    style = tmp_path / "probe.css"
    style.write_text("a { color: blue }")
    first, second = _middleware(), _middleware()
    assert second.files["/static/probe.css"] is first.files["/static/probe.css"]
    assert second.files.keys() == first.files.keys()

    style.write_text("a { color: darkred }")  # another size: the table is made again
    third = _middleware()
    assert third.files["/static/probe.css"] is not first.files["/static/probe.css"]
    headers = dict(third.files["/static/probe.css"].get_response("GET", {}).headers)
    assert headers["Content-Length"] == str(len("a { color: darkred }"))


def test_a_new_file_and_a_changed_setting_each_make_a_new_table(tmp_path, settings):
    settings.STATICFILES_DIRS = [*settings.STATICFILES_DIRS, tmp_path]
    before = _middleware()
    (tmp_path / "added.css").write_text("b { margin: 0 }")
    after = _middleware()
    assert "/static/added.css" not in before.files and "/static/added.css" in after.files

    settings.WHITENOISE_MAX_AGE = 7
    aged = _middleware()
    headers = dict(aged.files["/static/added.css"].get_response("GET", {}).headers)
    assert headers["Cache-Control"] == "max-age=7, public"
