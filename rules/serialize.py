"""The JSON shape of an assessment (used by ``manage.py assess`` and any API)."""

from .engine import Assessment
from .safety import safety_json
from .version import REVIEWED_ON, RULESET_VERSION


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
             "already_seen": d.seen}
            for d in a.documents_to_request
        ],
        "answers": a.answers.as_dict(),
        "safety": safety_json(),
    }
