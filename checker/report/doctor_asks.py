"""The questions for the clinic on the doctor's PDF: in the doctor's words, each once, the
most important first, at most ``MAX_ASKS``.

The engine's ``questions_to_ask`` are the patient's ("Can I take the consent form home?").
Here each becomes its doctor's version (``doctor_voice.ASKS``; the patient's text when there
is none), questions that ask the same thing are merged, a question an outstanding document
already answers is left to that document, and the rest are ranked: what a condition that is
not met reads, then a serious warning sign, then what a condition not known reads, then the
rest, each group in the engine's order.
"""

from typing import TypedDict

import rules
from rules.table import CRITERIA_BY_ID

from . import doctor_voice
from .model import Report

#: A page of questions is a list a doctor can go through in one consultation.
MAX_ASKS = 10


class DoctorAsk(TypedDict):
    #: The question or warning sign id it is about.
    about: str
    text: str
    source: str


def _rank(report: Report) -> dict[str, int]:
    """Each question or sign id's importance: 0 (a condition not met reads it) to 2."""
    rank: dict[str, int] = {}
    for status, level in ((rules.NOT_MET, 0), (rules.UNKNOWN, 2)):
        for c in report.criteria:
            if c["status"] == status and c["id"] in CRITERIA_BY_ID:
                for question in CRITERIA_BY_ID[c["id"]].questions:
                    rank.setdefault(question, level)
    for sign in report.warning_signs:
        rank.setdefault(sign["id"], 1 if sign["serious"] else 2)
    return rank


def doctor_asks(report: Report, covered: set[str]) -> list[DoctorAsk]:
    """The questions to print: ``{"about", "text", "source"}``; ``covered`` holds the question
    ids an outstanding document already asks for."""
    rank = _rank(report)
    asks = [a for a in report.questions_to_ask if a["about"] not in covered]
    ordered = sorted(enumerate(asks), key=lambda pair: (rank.get(pair[1]["about"], 3),
                                                        pair[0]))
    out: list[DoctorAsk] = []
    seen: set[str] = set()
    for _index, ask in ordered:
        version = doctor_voice.ASKS.get(ask["about"])
        text = str(version) if version is not None else ask["text"]
        if text in seen:
            continue
        seen.add(text)
        out.append({"about": ask["about"], "text": text, "source": ask["source"]})
        if len(out) == MAX_ASKS:
            break
    return out
