"""Django settings, read from the environment.

DEBUG is off unless DJANGO_DEBUG asks for it. Outside DEBUG and the test runner the site
refuses to start without DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS. SQLite is the embedded
default database.
"""

import os
import secrets
import sys
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    if raw.strip().lower() in _TRUE:
        return True
    if raw.strip().lower() in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of 1/0, true/false, yes/no, on/off")


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None


def _env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def _env_rate(name: str, default: tuple[int, int]) -> tuple[int, int]:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        hits, window = (int(x) for x in raw.split(","))
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be 'hits,seconds', not {raw!r}") from None
    return hits, window


DEBUG = _env_bool("DJANGO_DEBUG", False)
TESTING = "pytest" in sys.modules or sys.argv[1:2] == ["test"]

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = _env_list("DJANGO_ALLOWED_HOSTS", [])
#: Serving without these is refused outside DEBUG and tests (see checker/wsgi.py and the
#: deploy check in checker/checks.py); management commands such as ``assess`` still run.
PRODUCTION_SETTINGS_MISSING = [
    name for name, value in (("DJANGO_SECRET_KEY", SECRET_KEY),
                             ("DJANGO_ALLOWED_HOSTS", ALLOWED_HOSTS)) if not value
]
if DEBUG or TESTING:
    SECRET_KEY = SECRET_KEY or "insecure-key-for-local-development-and-tests-only"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["localhost", "127.0.0.1", "[::1]"]
    PRODUCTION_SETTINGS_MISSING = []
elif not SECRET_KEY:
    # A throw-away key: nothing signed with it outlives this process.
    SECRET_KEY = secrets.token_urlsafe(50)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "crispy_forms",
    "checker",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "checker.urls"
WSGI_APPLICATION = "checker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATA_DIR = Path(os.environ.get("CHECKER_DATA_DIR", BASE_DIR / "var"))
DATA_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("CHECKER_SQLITE_PATH", DATA_DIR / "db.sqlite3"),
        "OPTIONS": {
            # WAL lets readers and one writer work at once; the timeout makes a writer wait
            # for the lock instead of failing under concurrent patients.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The rate limiters count in the cache, so it must be shared by every worker and server:
# the database is, without another service to run.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "checker_cache",
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "staticfiles"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Serve files straight from STATICFILES_DIRS without collectstatic in development and tests.
WHITENOISE_USE_FINDERS = DEBUG or TESTING

#: scope: (max hits, window in seconds), e.g. CHECKER_RATE_RESUME="5,900".
RATE_LIMITS = {
    "resume": _env_rate("CHECKER_RATE_RESUME", (5, 900)),  # wrong resume codes
    "create": _env_rate("CHECKER_RATE_CREATE", (60, 600)),  # new questionnaires
}

#: Answers are deleted this many days after their last change (manage.py purge_expired).
RETENTION_DAYS = _env_int("CHECKER_RETENTION_DAYS", 30)
if RETENTION_DAYS < 1:
    raise ImproperlyConfigured("CHECKER_RETENTION_DAYS must be 1 or more")
# A browser session never outlives the answers it opens.
SESSION_COOKIE_AGE = RETENTION_DAYS * 24 * 3600

# Our own small template pack (templates/patient/): GOV.UK and NHS question-page patterns
# without their branding.
CRISPY_ALLOWED_TEMPLATE_PACKS = ("patient",)
CRISPY_TEMPLATE_PACK = "patient"

# Health answers are special-category data: keep them out of logs.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
