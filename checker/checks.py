from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def production_settings_present(app_configs, **kwargs):
    return [
        Error(
            f"{name} is not set.",
            hint="Production needs DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS.",
            id="checker.E001",
        )
        for name in settings.PRODUCTION_SETTINGS_MISSING
    ]
