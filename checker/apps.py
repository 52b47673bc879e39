from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CheckerConfig(AppConfig):
    name = "checker"
    verbose_name = _("Stem cell offer checker")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import checks  # noqa: F401  (registers the deploy checks)
