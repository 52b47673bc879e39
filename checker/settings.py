"""Django settings, read from the environment.

DEBUG is off unless DJANGO_DEBUG asks for it. Outside DEBUG and the test runner the site
refuses to start without DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS. SQLite is the embedded
default database; DATABASE_URL points the site at PostgreSQL instead. The production
variables are listed in README.md ("Production").
"""

import ipaddress
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from checker.env import env_bool as _env_bool
from checker.env import env_int as _env_int
from checker.env import env_list as _env_list
from checker.env import env_rate as _env_rate
from checker.headers import static_headers

BASE_DIR = Path(__file__).resolve().parent.parent


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
# Outside DEBUG and tests there is no made-up key: the key signs sessions and keys the
# hashes of the sign-in throttle, so a key that changed per process would make
# ``unlockstaff`` clear nothing. Django refuses whatever reads an empty SECRET_KEY
# (ImproperlyConfigured), and checker/wsgi.py refuses to serve.

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "crispy_forms",
    "csp",
    # Country names in every language (the offer's country, issue 12).
    "django_countries",
    "checker",
    "checker.staff",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise, so static files keep their far-future caching; before everything
    # else, so even error responses from later middleware get the headers.
    "checker.middleware.privacy_headers",
    "checker.middleware.CSPMiddleware",  # django-csp's, the header built once
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, so it answers before any view or CSRF reads the body, and its answers pass
    # back through everything above: refuses non-UTF-8 form bodies, answers HEAD like GET,
    # turns ratelimit.RateLimited into the 429 page (checker/middleware.py).
    "checker.middleware.RequestGuard",
]

ROOT_URLCONF = "checker.urls"
WSGI_APPLICATION = "checker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "OPTIONS": {
            # Django's cached loader, with each run of constant nodes rendered once per language.
            "loaders": [("checker.templatefold.Loader", [
                "django.template.loaders.filesystem.Loader",
                "django.template.loaders.app_directories.Loader"])],
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "checker.staff.assisting.assisting",
            ],
        },
    },
]

#: Created where it is first needed (``manage.py migrate``, ``collectstatic``), not here.
DATA_DIR = Path(os.environ.get("CHECKER_DATA_DIR", BASE_DIR / "var"))
_SQLITE_OPTIONS = {
    # WAL lets readers and one writer work at once; the timeout makes a writer wait
    # for the lock instead of failing under concurrent patients.
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
# Reusing a connection for a minute saves a TCP and TLS handshake, or Django's set-up of a
# SQLite connection, per request. runserver starts a thread per request: DEBUG keeps none.
_CONN_MAX_AGE = _env_int("DJANGO_CONN_MAX_AGE", 0 if DEBUG else 60)


def _database_from_url(url: str) -> dict[str, Any]:
    try:
        database: dict[str, Any] = dj_database_url.parse(  # type: ignore[assignment]
            url,
            # The health check replaces a dropped connection instead of failing the request.
            conn_max_age=_CONN_MAX_AGE,
            conn_health_checks=True,
        )
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL cannot be used: {error}") from None
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database["OPTIONS"] = _SQLITE_OPTIONS | database.get("OPTIONS", {})
    return database


if os.environ.get("DATABASE_URL", "").strip():
    DATABASES = {"default": _database_from_url(os.environ["DATABASE_URL"].strip())}
else:
    DATABASES = {"default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("CHECKER_SQLITE_PATH", DATA_DIR / "db.sqlite3"),
        "OPTIONS": _SQLITE_OPTIONS, "CONN_MAX_AGE": _CONN_MAX_AGE,
    }}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Shared by every worker and server without another service to run. `migrate` creates its
# table (checker/migrations/0002_ratelimit_and_cache_table.py); the rate limits count in
# their own table (checker.models.RateLimitWindow), not here.
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
#: English dates day-month-year ("22 November 2026"), not Django's US "Nov. 22, 2026".
FORMAT_MODULE_PATH = ["checker.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "staticfiles"
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


# WhiteNoise answers before the other middleware: CSP and frame headers for static files.
WHITENOISE_ADD_HEADERS_FUNCTION = static_headers

#: scope: (max hits, window in seconds), e.g. CHECKER_RATE_RESUME="5,900". Fixed windows
#: counted per client address (an IPv6 client's /64) and per browser session; ``scope_56``
#: and ``scope_48`` count an IPv6 client's /56 and /48 too, and ``scope_site`` is one budget
#: for the whole site (checker/ratelimit.py). The README's Production section has the table.
RATE_LIMITS = {
    "resume": _env_rate("CHECKER_RATE_RESUME", (5, 900)),  # every resume code tried
    "resume_56": _env_rate("CHECKER_RATE_RESUME_56", (15, 900)),
    "resume_48": _env_rate("CHECKER_RATE_RESUME_48", (30, 900)),
    # Wrong resume codes from everyone together: past it, every resume try waits.
    "resume_site": _env_rate("CHECKER_RATE_RESUME_SITE", (1000, 3600)),
    "create": _env_rate("CHECKER_RATE_CREATE", (60, 600)),  # new questionnaires
    # Look-ups of references that do not exist, so a reference cannot be guessed by trying.
    "staff_lookup": _env_rate("CHECKER_RATE_STAFF_LOOKUP", (20, 900)),
    # Fresh report PDF renders (a quarter to one second of CPU each).
    "pdf_render": _env_rate("CHECKER_RATE_PDF_RENDER", (30, 3600)),
    # After-treatment card PDFs (every one is a fresh render).
    "card_pdf": _env_rate("CHECKER_RATE_CARD_PDF", (20, 3600)),
    # Adverts scanned on the paste page.
    "advert_scan": _env_rate("CHECKER_RATE_ADVERT_SCAN", (30, 3600)),
}
#: PDFs rendered at once by all the app's processes on one machine (renders wait for none:
#: past it, a 429 with a short Retry-After), so renders never take every worker. Keep it
#: below the worker count (WEB_CONCURRENCY); by default half of it.
RENDER_SLOTS = _env_int("CHECKER_RENDER_SLOTS", max(
    1, _env_int("WEB_CONCURRENCY", (os.cpu_count() or 1) * 2 + 1) // 2))
#: Where the render slots' lock files live (one folder shared by the processes of a machine).
#: Tests use a folder of their own process, so test runs side by side do not share slots.
RENDER_SLOTS_DIR = Path(os.environ.get(
    "CHECKER_RENDER_SLOTS_DIR",
    Path(tempfile.gettempdir()) / f"checker-test-slots-{os.getpid()}" if TESTING
    else DATA_DIR / "render-slots"))

#: The reverse proxies in front of the app, as addresses or networks
#: (CHECKER_TRUSTED_PROXIES="127.0.0.1,::1,10.0.0.0/8"). X-Forwarded-For is read only when
#: the request comes from one of them, so the rate limits key on the client's address
#: instead of the proxy's (checker/clientaddr.py). Empty: the header is ignored.
TRUSTED_PROXIES = _env_list("CHECKER_TRUSTED_PROXIES", [])
try:
    for _proxy in TRUSTED_PROXIES:
        ipaddress.ip_network(_proxy, strict=False)
except ValueError:
    raise ImproperlyConfigured(
        "CHECKER_TRUSTED_PROXIES lists the proxies' addresses or networks, such as "
        f"127.0.0.1,10.0.0.0/8 (no longer a count of proxies), not {_proxy!r}") from None

#: Answers are deleted this many days after their last change (manage.py purge_expired).
RETENTION_DAYS = _env_int("CHECKER_RETENTION_DAYS", 30)
if RETENTION_DAYS < 1:
    raise ImproperlyConfigured("CHECKER_RETENTION_DAYS must be 1 or more")
#: A patient's browser keeps the questionnaire open this long after it was started or resumed
#: (CHECKER_SESSION_HOURS, default 48); after that, the resume code opens it. Short, so a
#: shared or lost computer does not keep health answers a click away for a month, and never
#: longer than the answers themselves are kept.
SESSION_COOKIE_AGE = min(_env_int("CHECKER_SESSION_HOURS", 48), RETENTION_DAYS * 24) * 3600
if SESSION_COOKIE_AGE < 3600:
    raise ImproperlyConfigured("CHECKER_SESSION_HOURS must be 1 or more")
SESSION_ENGINE = "checker.sessions"  # Django's database sessions, read in one query
#: The staff audit trail is deleted this many days after each entry (purge_expired).
AUDIT_RETENTION_DAYS = _env_int("CHECKER_AUDIT_RETENTION_DAYS", 365)
if AUDIT_RETENTION_DAYS < 1:
    raise ImproperlyConfigured("CHECKER_AUDIT_RETENTION_DAYS must be 1 or more")

# Our own small template pack (templates/patient/): GOV.UK and NHS question-page patterns
# without their branding.
CRISPY_ALLOWED_TEMPLATE_PACKS = ("patient",)
CRISPY_TEMPLATE_PACK = "patient"

# --- Security ------------------------------------------------------------------------------
#: The site is reached over HTTPS: redirect plain HTTP, mark cookies Secure, send HSTS. On by
#: default in production; DJANGO_HTTPS=0 only for a loopback test without TLS.
HTTPS = _env_bool("DJANGO_HTTPS", not (DEBUG or TESTING))
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = _env_int("DJANGO_HSTS_SECONDS", 365 * 24 * 3600) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = _env_bool("DJANGO_HSTS_PRELOAD", False)
# Asking browsers to preload HSTS binds every subdomain of the registered domain for good:
# that is the host's decision about its whole domain (DJANGO_HSTS_PRELOAD=1), not ours.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
# Only behind a proxy that sets (and overwrites) X-Forwarded-Proto; trusted blindly, the
# header would let anyone claim HTTPS. gunicorn already honours it from 127.0.0.1.
if _env_bool("DJANGO_TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = _env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# The __Host- prefix makes browsers refuse the cookie unless it is Secure, for this exact
# host and path "/", so a sibling subdomain cannot plant or read it.
SESSION_COOKIE_NAME = "__Host-sessionid" if HTTPS else "sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken" if HTTPS else "csrftoken"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
# No JavaScript of ours reads the CSRF token: it travels in the form.
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = "Lax"
# The language choice says nothing about health, but gets the same flags as the others.
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# No inline script or style anywhere: styles are in static/css; the one script, static/js/
# print.js, only shows the save page's Print button (the page works without it).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

#: Who runs this site, how to reach them, and (optionally) how the site is paid for and any
#: conflict of interest: shown on the start page and on /how-it-works/ (checker/disclosures.py).
#: A deploy check warns in production when the operator or the contact is missing.
CHECKER_OPERATOR = os.environ.get("CHECKER_OPERATOR", "").strip()
CHECKER_CONTACT = os.environ.get("CHECKER_CONTACT", "").strip()
CHECKER_FUNDING = os.environ.get("CHECKER_FUNDING", "").strip()

# Our forms are a few short fields: anything bigger is not a patient, and is refused with a
# 400 before it is parsed. No form takes a file.
DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 200
DATA_UPLOAD_MAX_NUMBER_FILES = 0

# --- Logging -------------------------------------------------------------------------------
# Health answers are special-category data: keep them out of logs. Request lines name
# questionnaires, references and codes, so every handler redacts them (checker/redact.py),
# and errors are never mailed (a mailed error report carries the posted answers). Loggers
# that write what was typed at DEBUG (django.template: whole contexts; django.db.backends:
# SQL with its parameters) stay at INFO or above whatever DJANGO_LOG_LEVEL says.
_LOG_LEVEL = os.environ.get("DJANGO_LOG_LEVEL", "WARNING").upper()
_NOT_DEBUG = "INFO" if _LOG_LEVEL in ("DEBUG", "NOTSET") else _LOG_LEVEL
_PINNED = {"level": _NOT_DEBUG, "filters": ["redact"]}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "redact": {"()": "checker.redact.RedactFilter"},
        # Tracebacks cut to their last frames, at most 20 a minute per process.
        "short": {"()": "checker.logfilters.ShortErrors"},
    },
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["short", "redact"]},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["redact"],
        },
    },
    "root": {"handlers": ["console"], "level": _LOG_LEVEL},
    "loggers": {
        "django": {"handlers": ["console"], "level": _LOG_LEVEL, "propagate": False},
        "django.request": {"filters": ["redact"]},
        "django.template": _PINNED,
        "django.db.backends": _PINNED,
        "django.db.backends.schema": _PINNED,
        "weasyprint": _PINNED,
        "fontTools": _PINNED,
        "django.server": {
            "handlers": ["django.server"],
            "filters": ["redact"],
            "level": "INFO",
            "propagate": False,
        },
    },
}


# Staff area ---------------------------------------------------------------------------------
# Clinic staff sign in to look reports up by reference and to fill the questionnaire in with
# a patient (checker/staff/). Patients never have accounts.
LOGIN_URL = "staff:sign-in"
# Every sign-in form (ours and the admin's) goes through the throttle.
AUTHENTICATION_BACKENDS = ["checker.staff.backends.ThrottledModelBackend"]
#: A staff or admin session ends after this long, so a shared clinic computer does not stay
#: signed in (checker/staff/apps.py sets it on every sign-in, the admin's included).
STAFF_SESSION_SECONDS = _env_int("CHECKER_STAFF_SESSION_SECONDS", 8 * 3600)
#: Failed sign-ins: free tries, then doubling waits, then a lock (see checker/staff/throttle.py).
STAFF_SIGN_IN_THROTTLE = {
    "free_failures": 3,
    "max_delay_seconds": 60,
    "lock_after": _env_int("CHECKER_STAFF_LOCK_AFTER", 10),  # per username
    "client_lock_after": _env_int("CHECKER_STAFF_CLIENT_LOCK_AFTER", 30),  # per address
    "lock_seconds": _env_int("CHECKER_STAFF_LOCK_SECONDS", 900),
}
