"""How a stored answer reads, in the current language: one wording for the check-your-answers
page, the report page and the PDF."""

from typing import Any

from django.utils.translation import gettext, ngettext
from django_countries import countries

import rules
from rules.catalogue import COUNTRY, TEXT, TOLD_KIND, UNSURE, WARNING_SIGNS_UNSURE, YES


def country_name(code: object) -> str:
    """A country's name in the current language, from its ISO code ("Not sure" for unsure)."""
    if code == UNSURE or not isinstance(code, str):
        return gettext("Not sure")
    return str(countries.name(code)) or code


def answer_label(answer_id: str, value: Any) -> str:
    if value is None:
        question = rules.QUESTIONS_BY_ID.get(answer_id)
        if question is not None and question.kind == TEXT:
            return gettext("Not given")
        return gettext("Not answered")
    if answer_id == rules.WARNING_SIGNS_ID:
        if value == WARNING_SIGNS_UNSURE:
            return gettext("Not sure")
        if not value:
            return gettext("None of these")
        return "; ".join(gettext(rules.WARNING_SIGNS_BY_ID[w].label) for w in value)
    if answer_id == "extraction_days":
        if value == 0:
            return gettext("The same day")
        if isinstance(value, int):
            return ngettext("%(days)d day", "%(days)d days", value) % {"days": value}
        if value == UNSURE:
            return gettext("Not told or not sure")
    question = rules.QUESTIONS_BY_ID[answer_id]
    if question.kind == COUNTRY:
        return country_name(value)
    if question.kind == TEXT:
        return str(value)
    if question.kind == TOLD_KIND and value == YES:
        return gettext("Yes, and I have seen it in writing")
    return gettext(question.label(value))
