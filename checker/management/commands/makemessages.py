"""Django's makemessages, also finding strings marked with ``gettext_lazy as _lazy``.

xgettext only knows the usual names (``_``, ``gettext``, ``gettext_lazy``...); modules that
need both the eager and the lazy form import the lazy one as ``_lazy``.
"""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=_lazy"]
