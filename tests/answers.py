"""One set of "all answers", derived from the catalogue and shared by every test.

For each question kind, the answer a legitimate offer gives; so a question added to the
catalogue is answered here without a change. ``page_posts`` turns an answer set into what
each questionnaire page posts.
"""

from typing import Any

from rules import QUESTIONS, WARNING_SIGNS_ID
from rules.catalogue import AUTOLOGOUS, CELL_SOURCE, DAYS, YES_NO

#: What a legitimate offer answers, by question kind (four weeks is enough culture time
#: for any cells).
LEGIT_BY_KIND: dict[str, Any] = {YES_NO: "yes", CELL_SOURCE: AUTOLOGOUS, DAYS: 28}

#: Every question answered as a legitimate offer would, and no warning sign: green.
ALL_ANSWERS: dict[str, Any] = {
    **{q.id: LEGIT_BY_KIND[q.kind] for q in QUESTIONS}, WARNING_SIGNS_ID: [],
}

#: Offer details as the offer page takes them.
OFFER_POST = {"clinic_name": "Clinica Ejemplo", "country": "Spain",
              "condition": "Knee osteoarthritis", "price": "6000 EUR", "route": "joint"}


def all_answers(**changes: Any) -> dict[str, Any]:
    """``ALL_ANSWERS`` with some answers changed."""
    return {**ALL_ANSWERS, **changes}


def _post_value(answer_id: str, value: Any) -> Any:
    if answer_id == WARNING_SIGNS_ID:
        return list(value) or ["none"]
    return str(value)


def page_posts(answers: dict[str, Any] | None = None,
               offer: dict[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """What each page posts to give ``answers`` (default: all answers) and ``offer``."""
    from checker.steps import ANSWERS, STEPS

    answers = ALL_ANSWERS if answers is None else answers
    offer = OFFER_POST if offer is None else offer
    return {
        step.slug: ({f: _post_value(f, answers[f]) for f in step.fields if f in answers}
                    if step.store == ANSWERS else dict(offer))
        for step in STEPS
    }
