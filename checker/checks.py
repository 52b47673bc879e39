from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register
from django.core.checks import Warning as CheckWarning


@register(Tags.security, deploy=True)
def production_settings_present(app_configs: object, **kwargs: object) -> list[CheckMessage]:
    return [
        Error(
            f"{name} is not set.",
            hint="Production needs DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS.",
            id="checker.E001",
        )
        for name in settings.PRODUCTION_SETTINGS_MISSING
    ]


@register(Tags.staticfiles, deploy=True)
def static_files_collected(app_configs: object, **kwargs: object) -> list[CheckMessage]:
    # Without the manifest every page fails: {% static %} cannot name the hashed CSS file.
    from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage

    if not isinstance(staticfiles_storage, ManifestFilesMixin):
        return []
    if staticfiles_storage.exists(staticfiles_storage.manifest_name):
        return []
    return [
        Error(
            f"The static files have not been collected into {settings.STATIC_ROOT}.",
            hint="Run: python manage.py collectstatic --noinput",
            id="checker.E002",
        )
    ]


@register("checker", deploy=True)
def database_tables_present(app_configs: object, **kwargs: object) -> list[CheckMessage]:
    # Without the cache and rate-limit tables, starting a questionnaire, resuming and the
    # staff look-up cannot work. `migrate` creates both (0002_ratelimit_and_cache_table).
    from django.db import DatabaseError, connection

    wanted = {cache["LOCATION"] for cache in settings.CACHES.values()
              if cache["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"}
    wanted.add("checker_ratelimitwindow")
    try:
        existing = set(connection.introspection.table_names())
    except DatabaseError as error:
        return [Error(f"The database cannot be read: {type(error).__name__}.",
                      hint="Check DATABASE_URL (or CHECKER_DATA_DIR), then run: "
                           "python manage.py migrate", id="checker.E004")]
    return [
        Error(f"The database table {table} is missing.",
              hint="Run: python manage.py migrate", id="checker.E003")
        for table in sorted(wanted - existing)
    ]


@register(deploy=True)
def operator_disclosed(app_configs: object, **kwargs: object) -> list[CheckMessage]:
    """Patients should see who runs the site and how to reach them (IPDAS disclosures)."""
    if settings.DEBUG:
        return []
    return [
        CheckWarning(
            f"{name} is not set, so patients cannot see {what}.",
            hint=f"Set {name} in the environment (see README.md, Settings).",
            id=check_id,
        )
        for name, what, check_id in (
            ("CHECKER_OPERATOR", "who runs this site", "checker.W001"),
            ("CHECKER_CONTACT", "how to contact the people who run it", "checker.W002"),
        )
        if not getattr(settings, name, "")
    ]


@register(Tags.security, deploy=True)
def sqlite_file_private(app_configs: object, **kwargs: object) -> list[CheckMessage]:
    """The SQLite file holds health answers: no other account on the machine may read it."""
    import stat
    from pathlib import Path

    database = settings.DATABASES["default"]
    if not database["ENGINE"].endswith("sqlite3"):
        return []
    path = Path(str(database.get("NAME") or ""))
    if not path.is_file() or not stat.S_IMODE(path.stat().st_mode) & 0o077:
        return []
    return [CheckWarning(f"The database file {path.name} can be read by other accounts.",
                         hint="Run: python manage.py migrate (it makes the file 0600), or "
                              f"chmod 600 {path}", id="checker.W003")]


@register(deploy=True)
def renders_leave_workers_free(app_configs: object, **kwargs: object) -> list[CheckMessage]:
    """Render slots at or above the worker count would let PDFs take every worker."""
    import os

    workers = os.environ.get("WEB_CONCURRENCY", "").strip()
    if not workers.isdigit() or int(workers) > settings.RENDER_SLOTS:
        return []
    return [CheckWarning(
        f"CHECKER_RENDER_SLOTS ({settings.RENDER_SLOTS}) is not below WEB_CONCURRENCY "
        f"({workers}): PDF renders could take every worker.",
        hint="Leave CHECKER_RENDER_SLOTS unset (half the workers) or set it lower.",
        id="checker.W004")]
