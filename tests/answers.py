"""One set of "all answers" for each kind of offer, shared by every test.

``ALL_ANSWERS`` is what a legitimate treatment answers (Spherox, an authorised cell medicine
for a knee cartilage defect, given in a Spanish public hospital at no charge, every document
seen in writing, the patient's own cartilage cells grown for six weeks, follow-up planned, no
warning sign): green. It holds exactly the questions that
apply to it (``rules.applicable``), so the pages post each of them once. ``ROUTE_ANSWERS``
gives the same for a trial, a hospital exemption, compassionate use and a transplant.
``page_posts`` turns an answer set into what each questionnaire page posts.
"""

from typing import Any

from rules import QUESTIONS, WARNING_SIGNS_ID, applicable

#: What a legitimate offer answers to each question, whatever its kind: "yes" to every yes/no
#: and documents question (so a new one needs no entry here), and these for the others.
_LEGIT_OTHERS: dict[str, Any] = {
    "offer_kind": "treatment",
    "provider": "hospital",
    "payment": "none",
    "country": "ES",
    "condition_group": "cartilage_defect",
    "cell_type": "own_cartilage",
    "route": "surgical",
    "product": "Spherox",
    "authorisation_number": "EU/1/17/1181",
    "trial_number": "NCT01234567",
    "cell_source": "autologous",
    "extraction_days": 42,
}
#: A transplant's legitimate answers: a blood disease, in hospital (out of scope).
_TRANSPLANT = {"condition_group": "blood_disease"}
LEGIT: dict[str, Any] = {q.id: _LEGIT_OTHERS.get(q.id, "yes") for q in QUESTIONS}
assert all(LEGIT[q.id] in q.choices or q.id in _LEGIT_OTHERS for q in QUESTIONS)


def answers_for(offer_kind: str, **changes: Any) -> dict[str, Any]:
    """The legitimate answers that apply to an offer of this kind, with ``changes``."""
    base = {**LEGIT, "offer_kind": offer_kind,
            **(_TRANSPLANT if offer_kind == "transplant" else {}), **changes}
    out = {q.id: base[q.id] for q in QUESTIONS if applicable(q.id, base)}
    out[WARNING_SIGNS_ID] = base.get(WARNING_SIGNS_ID, [])
    return out


#: Every question that applies answered as a legitimate clinic treatment would: green.
ALL_ANSWERS: dict[str, Any] = answers_for("treatment")

#: The same for each kind of offer.
ROUTE_ANSWERS: dict[str, dict[str, Any]] = {
    kind: answers_for(kind)
    for kind in ("treatment", "trial", "hospital_exemption", "compassionate_use", "transplant")
}

#: Offer details as the offer page takes them.
OFFER_POST = {"clinic_name": "Clinica Ejemplo", "product": "Ejemplocel",
              "condition": "Knee osteoarthritis", "price": "6000 EUR"}


def all_answers(**changes: Any) -> dict[str, Any]:
    """``ALL_ANSWERS`` with some answers changed (a key set to None is left out)."""
    return {k: v for k, v in {**ALL_ANSWERS, **changes}.items() if v is not None}


def _post_value(answer_id: str, value: Any) -> Any:
    if answer_id == WARNING_SIGNS_ID:
        return value if isinstance(value, str) else (list(value) or ["none"])
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
