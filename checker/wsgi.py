import os

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "checker.settings")
django_application = get_wsgi_application()

from django.conf import settings  # noqa: E402  (settings are configured by now)

from checker import tmpfolders  # noqa: E402
from checker.guard import RequestGuard  # noqa: E402
from checker.staticfirst import StaticFirst  # noqa: E402

if settings.PRODUCTION_SETTINGS_MISSING:
    raise ImproperlyConfigured(
        "Refusing to serve in production without "
        + " and ".join(settings.PRODUCTION_SETTINGS_MISSING)
        + " (set DJANGO_DEBUG=1 for local development)."
    )

# Requests Django would decode in another charset, or whose multipart body it cannot read,
# are refused before Django sees them (checker/guard.py). Static files are answered by
# WhiteNoise before Django makes a request of them (checker/staticfirst.py).
application = RequestGuard(StaticFirst(django_application))

# A temporary folder per worker, so fonts a killed worker leaves are removed by the next one
# to start (checker/tmpfolders.py).
tmpfolders.install()
