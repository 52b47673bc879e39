"""How a stored answer reads, in the current language: one wording for the check-your-answers
page, the report page and the PDF."""

from django.utils.translation import gettext, ngettext

import rules


def answer_label(answer_id: str, value) -> str:
    if value is None:
        return gettext("Not answered")
    if answer_id == rules.WARNING_SIGNS_ID:
        if not value:
            return gettext("None of these")
        return "; ".join(gettext(rules.WARNING_SIGNS_BY_ID[w].label) for w in value)
    if answer_id == "extraction_days":
        if value == 0:
            return gettext("The same day")
        if isinstance(value, int):
            return ngettext("%(days)d day", "%(days)d days", value) % {"days": value}
        return gettext("Not told or not sure")
    return gettext(rules.ANSWER_LABELS[value])
