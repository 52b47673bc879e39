"""Validated answers: the one input ``assess()`` takes.

``parse_answers`` accepts the JSON shape (``{"atmp": "yes", "extraction_days": 0,
"warning_signs": ["no_evidence"], ...}``) and raises ``AnswerError`` naming the field for
anything else. A question left out is "not answered" and is scored like "Not sure".
"""

from collections.abc import Mapping
from dataclasses import dataclass

from .catalogue import (
    ANSWER_IDS,
    DAYS,
    NO_WARNING_SIGNS,
    QUESTIONS,
    UNSURE,
    WARNING_SIGNS,
    WARNING_SIGNS_BY_ID,
    WARNING_SIGNS_ID,
)
from .thresholds import MAX_EXTRACTION_DAYS

Answer = str | int | None


class AnswerError(ValueError):
    """An answer set that cannot be assessed; ``field`` names the offending id."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class Answers:
    #: One entry per question, in catalogue order; ``None`` for not answered.
    values: tuple[tuple[str, Answer], ...]
    #: The warning signs that apply, in catalogue order; ``None`` when the checklist was
    #: not answered, an empty tuple for "None of these".
    warning_signs: tuple[str, ...] | None

    def get(self, question_id: str) -> Answer:
        for qid, value in self.values:
            if qid == question_id:
                return value
        raise KeyError(question_id)

    def as_dict(self) -> dict[str, object]:
        """The JSON shape, leaving out what was not answered."""
        out: dict[str, object] = {k: v for k, v in self.values if v is not None}
        if self.warning_signs is not None:
            out[WARNING_SIGNS_ID] = list(self.warning_signs)
        return out


def _parse_days(value: object) -> Answer:
    if value == UNSURE:
        return UNSURE
    if isinstance(value, bool) or not isinstance(value, int):
        raise AnswerError(
            "extraction_days",
            f"must be a whole number of days from 0 to {MAX_EXTRACTION_DAYS}, or 'unsure'",
        )
    if not 0 <= value <= MAX_EXTRACTION_DAYS:
        raise AnswerError(
            "extraction_days", f"{value} is out of range (0 to {MAX_EXTRACTION_DAYS})"
        )
    return value


def _parse_signs(value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
        raise AnswerError(WARNING_SIGNS_ID, "must be a list of warning sign ids")
    chosen = set()
    for item in value:
        if item == NO_WARNING_SIGNS:
            continue
        if not isinstance(item, str) or item not in WARNING_SIGNS_BY_ID:
            raise AnswerError(WARNING_SIGNS_ID, f"unknown warning sign {item!r}")
        chosen.add(item)
    if chosen and NO_WARNING_SIGNS in value:
        raise AnswerError(WARNING_SIGNS_ID, "'none' cannot be combined with warning signs")
    return tuple(w.id for w in WARNING_SIGNS if w.id in chosen)


def parse_answers(raw: object) -> Answers:
    """Validate an answer mapping keyed by question id; raise ``AnswerError`` if invalid."""
    if not isinstance(raw, Mapping):
        raise AnswerError("answers", "must be an object mapping question ids to answers")
    for key in raw:
        if key not in ANSWER_IDS:
            raise AnswerError(str(key), "unknown question id")
    values: list[tuple[str, Answer]] = []
    for q in QUESTIONS:
        value = raw.get(q.id)
        if value is None:
            values.append((q.id, None))
        elif q.kind == DAYS:
            values.append((q.id, _parse_days(value)))
        elif isinstance(value, str) and value in q.choices:
            values.append((q.id, value))
        else:
            allowed = ", ".join(repr(c) for c in q.choices)
            raise AnswerError(q.id, f"{value!r} is not one of {allowed}")
    signs = raw.get(WARNING_SIGNS_ID)
    return Answers(tuple(values), None if signs is None else _parse_signs(signs))
