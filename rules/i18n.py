"""Marks user-facing text for translation without importing Django.

``_`` returns its argument unchanged. Django's ``makemessages`` still finds every
``_("...")`` call in this package, and the web app translates the stored message id
when it displays it (``gettext`` in Python, ``{% translate %}`` in templates).
"""


def _(message: str) -> str:
    return message

