"""The JSON shape of an assessment (used by ``manage.py assess`` and any API).

The keys of v1 are kept; v3 adds ``basis`` (what a green verdict rests on, else null),
``product`` (what the product's name or EU number matched: input, matched, name, status,
where, indications, indication_matches; null when neither was typed) and
``claimed_offer_kind`` (the patient's label; ``offer_kind`` is the kind as judged); v2 adds
``offer_kind``, ``identifiers`` (kind, value, url),
``regulator`` (name, check, report, report_url, ...; null when the country is not known or has
no entry) and ``evidence`` (how each yes / no / documents answer was given). Texts are the
catalogue's English message ids, placeholders filled in.
"""

from .engine import Assessment
from .regulators import NOT_EU_AUTHORISATION
from .safety import safety_json
from .version import REVIEWED_ON, RULESET_VERSION


def _regulator(a: Assessment) -> dict[str, object] | None:
    r = a.regulator
    if r is None:
        return None
    return {
        "country": r.country,
        "name": r.name,
        "check": r.check,
        "report": r.report,
        "report_url": r.report_url,
        "note": r.note,
        "eu": r.eu,
        # Another country's licence is not an EU authorisation.
        "not_eu_authorisation": "" if r.eu else NOT_EU_AUTHORISATION,
        "source": r.source,
    }


def _product(a: Assessment) -> dict[str, object] | None:
    m = a.product
    if m is None:
        return None
    return {
        "input": m.input,
        "matched": m.product is not None,
        "name": m.product.name if m.product else "",
        "status": m.status,
        "where": list(m.where),
        "indications": list(m.product.indications) if m.product else [],
        "indication_matches": m.indication_matches,
        "match": m.fact,
    }


def to_json_dict(a: Assessment) -> dict[str, object]:
    return {
        # Which rules made this assessment (the methodology page shows the same version).
        "ruleset": RULESET_VERSION,
        "reviewed_on": REVIEWED_ON.isoformat(),
        "verdict": a.verdict.id,
        "verdict_title": a.verdict.title,
        "reasons": [{"text": r.message, "source": r.source} for r in a.reasons],
        "criteria": {
            c.id: {
                "status": c.status,
                "findings": [
                    {
                        "rule": f.rule,
                        "outcome": f.outcome,
                        "explanation": f.message,
                        "source": f.source,
                        "questions": list(f.questions),
                    }
                    for f in c.findings
                ],
            }
            for c in a.criteria
        },
        "warning_signs": [{"id": s.id, "text": s.label, "source": s.source}
                          for s in a.warning_signs],
        "questions_to_ask": [{"about": q.about, "text": q.text, "source": q.source}
                             for q in a.questions_to_ask],
        "documents_to_request": [
            {"id": d.document.id, "text": d.document.text, "source": d.document.source,
             "already_seen": d.seen, "told": d.told}
            for d in a.documents_to_request
        ],
        "answers": a.answers.as_dict(),
        "safety": safety_json(),
        "offer_kind": a.offer_kind,
        "identifiers": [
            {"question": question, "kind": i.kind, "value": i.value, "url": i.url,
             "register": i.register, "source": i.source}
            for question, i in a.identifiers
        ],
        "regulator": _regulator(a),
        "evidence": dict(a.evidence),
        "claimed_offer_kind": a.claimed_kind,
        "basis": a.green_basis or None,
        "product": _product(a),
    }
