"""Validated answers: the one input ``assess()`` takes.

``parse_answers`` accepts the JSON shape (``{"offer_kind": "treatment", "atmp": "yes",
"extraction_days": 0, "country": "ES", "trial_number": "NCT01234567", "warning_signs":
["no_evidence"], ...}``) and raises ``AnswerError`` naming the field for anything else (the
web layer turns it into a 400 with an error summary). A question left out is "not answered"
and is scored like "Not sure"; an empty text answer is "not answered" too.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from .catalogue import (
    ANSWER_IDS,
    COUNTRY,
    COUNTRY_CODES,
    DAYS,
    IN_ADVANCE,
    NO_WARNING_SIGNS,
    QUESTIONS,
    TEXT,
    UNSURE,
    WARNING_SIGNS,
    WARNING_SIGNS_BY_ID,
    WARNING_SIGNS_ID,
    WARNING_SIGNS_UNSURE,
    Question,
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
    #: not answered or answered "Not sure", an empty tuple for "None of these".
    warning_signs: tuple[str, ...] | None
    #: The checklist was answered "Not sure".
    warning_signs_unsure: bool = False
    _index: dict[str, Answer] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", dict(self.values))

    def get(self, question_id: str) -> Answer:
        return self._index[question_id]

    def as_dict(self) -> dict[str, object]:
        """The JSON shape, leaving out what was not answered."""
        out: dict[str, object] = {k: v for k, v in self.values if v is not None}
        if self.warning_signs_unsure:
            out[WARNING_SIGNS_ID] = WARNING_SIGNS_UNSURE
        elif self.warning_signs is not None:
            out[WARNING_SIGNS_ID] = list(self.warning_signs)
        return out


def _parse_days(value: object) -> Answer:
    if value in (UNSURE, IN_ADVANCE):
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise AnswerError(
            "extraction_days",
            f"must be a whole number of days from 0 to {MAX_EXTRACTION_DAYS}, 'unsure' or "
            f"'in_advance'",
        )
    if not 0 <= value <= MAX_EXTRACTION_DAYS:
        raise AnswerError(
            "extraction_days", f"{value} is out of range (0 to {MAX_EXTRACTION_DAYS})"
        )
    return value


def _parse_country(value: object) -> Answer:
    if value == UNSURE:
        return UNSURE
    if isinstance(value, str) and value.strip().upper() in COUNTRY_CODES:
        return value.strip().upper()
    raise AnswerError("country", f"{value!r} is not an ISO 3166-1 alpha-2 country code or "
                                 f"'unsure'")


def _parse_text(question: Question, value: object) -> Answer:
    if not isinstance(value, str):
        raise AnswerError(question.id,
                          f"must be text of at most {question.max_length} characters")
    if any(not ch.isprintable() and not ch.isspace() for ch in value):
        raise AnswerError(question.id, "must not contain control characters")
    text = " ".join(value.split())
    if len(text) > question.max_length:
        raise AnswerError(question.id,
                          f"is {len(text)} characters long (at most {question.max_length})")
    return text or None


def _parse_value(question: Question, value: object) -> Answer:
    if question.kind == DAYS:
        return _parse_days(value)
    if question.kind == COUNTRY:
        return _parse_country(value)
    if question.kind == TEXT:
        return _parse_text(question, value)
    if isinstance(value, str) and value in question.choices:
        return value
    allowed = ", ".join(repr(c) for c in question.choices)
    raise AnswerError(question.id, f"{value!r} is not one of {allowed}")


def _parse_signs(value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
        raise AnswerError(WARNING_SIGNS_ID, "must be a list of warning sign ids, or 'unsure'")
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
    values = tuple(
        (q.id, None if raw.get(q.id) is None else _parse_value(q, raw.get(q.id)))
        for q in QUESTIONS
    )
    signs = raw.get(WARNING_SIGNS_ID)
    if signs == WARNING_SIGNS_UNSURE:
        return Answers(values, None, warning_signs_unsure=True)
    return Answers(values, None if signs is None else _parse_signs(signs))
