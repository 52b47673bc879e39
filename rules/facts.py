"""What the rules read: the answers, with some read as classes (see ``rule_model``).

- ``country``: ``es`` (Spain), ``eu`` (another EU or EEA state), ``outside_eu``, or not known.
- ``trial_number`` and ``authorisation_number``: the register format of the typed number
  (``rules.identifiers``), or ``not_given``.
- ``cell_source``: whose cells, from the cell type when it says and from "whose cells"
  otherwise (``rules.applicability.whose_cells``); answers that disagree count as not sure.
"""

from .answers import Answer, Answers
from .applicability import DONOR, OWN, whose_cells
from .catalogue import ALLOGENEIC, AUTOLOGOUS, COUNTRY, QUESTIONS_BY_ID, TEXT, UNSURE
from .identifiers import classify
from .regulators import regulator_for

ES, EU, OUTSIDE_EU, NOT_GIVEN = "es", "eu", "outside_eu", "not_given"
COUNTRY_CLASSES = (ES, EU, OUTSIDE_EU, UNSURE)


def country_class(code: Answer) -> str | None:
    if not isinstance(code, str) or code == UNSURE:
        return None if code is None else UNSURE
    if code == "ES":
        return ES
    regulator = regulator_for(code)
    return EU if regulator is not None and regulator.eu else OUTSIDE_EU


def facts(answers: Answers) -> dict[str, Answer]:
    out: dict[str, Answer] = {}
    for qid, value in answers.values:
        kind = QUESTIONS_BY_ID[qid].kind
        if kind == COUNTRY:
            out[qid] = country_class(value)
        elif kind == TEXT:
            out[qid] = NOT_GIVEN if value is None else classify(str(value))[0]
        else:
            out[qid] = value
    whose = whose_cells(answers.get("cell_type"), answers.get("cell_source"))
    out["cell_source"] = {OWN: AUTOLOGOUS, DONOR: ALLOGENEIC}.get(whose, UNSURE)
    return out


__all__ = ["COUNTRY_CLASSES", "ES", "EU", "NOT_GIVEN", "OUTSIDE_EU", "country_class", "facts"]
