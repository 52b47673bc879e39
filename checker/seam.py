"""The one seam between storage and the rules: stored answers in, an Assessment out."""

import rules

from .models import Questionnaire


def assessment_for(questionnaire: Questionnaire) -> rules.Assessment:
    """Assess what is stored. Answers were validated on save, so this does not raise."""
    stored = {k: v for k, v in questionnaire.answers.items() if k in rules.ANSWER_IDS}
    return rules.assess(stored)


def unanswered(questionnaire: Questionnaire) -> list[str]:
    """The answer ids still missing, in questionnaire order."""
    return [aid for aid in rules.ANSWER_IDS if aid not in questionnaire.answers]


def has_report(questionnaire: Questionnaire) -> bool:
    """Finished, with every question answered: only then is there a report to show."""
    return questionnaire.finished_at is not None and not unanswered(questionnaire)
