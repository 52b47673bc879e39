"""Who runs the site and how to reach them (settings), for the start and methodology pages.

Patient decision aids are trusted when they say who made them, who pays and how to reach
someone (the IPDAS criteria). The operator and the contact come from the environment
(``CHECKER_OPERATOR``, ``CHECKER_CONTACT``, optionally ``CHECKER_FUNDING``); a deploy
check warns in production when the first two are missing (checker/checks.py).
"""

import re

from django.conf import settings

_EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+$")


def contact_href(contact: str) -> str | None:
    """A link for the contact: mailto for an e-mail address, the address of a web page;
    None for anything else (a postal address or a telephone number is shown as text)."""
    contact = contact.strip()
    if _EMAIL.match(contact):
        return f"mailto:{contact}"
    if re.match(r"^https?://[^\s<>\"']+$", contact):
        return contact
    return None


def disclosures() -> dict[str, object]:
    contact = settings.CHECKER_CONTACT
    return {
        "operator": settings.CHECKER_OPERATOR,
        "contact": contact,
        "contact_href": contact_href(contact) if contact else None,
        "funding": settings.CHECKER_FUNDING,
    }
