"""The clinical safety content: data in rules/, with ids and checked sources."""

import json
from pathlib import Path

import pytest

from rules import SOURCES, aftercare, assess, safety, to_json_dict

ROOT = Path(__file__).resolve().parents[2]


def test_every_safety_entry_has_a_unique_id_text_and_known_source():
    entries = [*safety.ABSOLUTE_CONTRAINDICATIONS, *safety.RELATIVE_CONTRAINDICATIONS,
               *safety.CHECKPOINTS, *safety.RED_FLAGS]
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    assert all(e.text and e.source in SOURCES for e in entries)
    assert all(n.source in SOURCES for n in safety.ROUTE_NOTES.values())


def test_the_red_flags_are_the_after_treatment_checklist_signs():
    # One list: the report and /after-treatment/ name the same signs by the same ids.
    assert [f.id for f in safety.RED_FLAGS] == [s.id for s in aftercare.SIGNS]
    assert [f.text for f in safety.RED_FLAGS] == [s.label for s in aftercare.SIGNS]
    assert safety.RED_FLAGS[0].id == "chest_pain"  # the ambulance signs first


def test_an_unknown_source_fails_the_check():
    original = safety.RED_FLAGS
    try:
        safety.RED_FLAGS = (*original, safety.SafetyItem("x", "text", "no-such-source"))
        with pytest.raises(ValueError, match="unknown source id"):
            safety._check()
    finally:
        safety.RED_FLAGS = original


def test_the_assessment_json_carries_the_safety_content():
    data = json.loads(json.dumps(to_json_dict(assess({}))))
    assert [f["id"] for f in data["safety"]["red_flags"]] == [f.id for f in safety.RED_FLAGS]
    assert data["safety"]["route_notes"]["intrathecal"]["source"] == "regenamex-side-effects"
    assert {c["id"] for c in data["safety"]["checkpoints"]} >= {"baseline", "three_months"}


@pytest.mark.parametrize("package", ["checker", "rules"])
def test_no_module_is_over_400_lines(package):
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / package).rglob("*.py")
            if "migrations" not in p.parts
            and (n := len(p.read_text("utf-8").splitlines())) > 400}
    assert long == {}


def _texts(checkpoints):
    return " ".join(c.text for c in checkpoints)


def test_intrathecal_cells_for_ms_get_no_knee_scales_and_no_injection_site():
    chosen = safety.checkpoints_for("intrathecal", "neurological", "own_bone_marrow")
    text = _texts(chosen)
    assert "WOMAC" not in text and "ODI" not in text and "injection site" not in text
    assert "EDSS" in text and "bladder" in text
    assert [c.id for c in chosen] == ["baseline", "early", "first_weeks", "three_months",
                                      "long_term"]


def test_a_knee_injection_gets_the_knee_scales_and_the_injection_site():
    text = _texts(safety.checkpoints_for("joint", "osteoarthritis", "own_fat", "autologous"))
    assert "WOMAC" in text and "injection site" in text and "donor" not in text.lower()


@pytest.mark.parametrize(("cell_type", "cell_source", "donor"), [
    ("donor_adult", None, True), ("cord_or_placenta", None, True),
    ("embryonic_or_fetal", None, True), ("unsure", "allogeneic", True),
    ("unsure", "unsure", True), ("unsure", "autologous", False),
    ("own_fat", None, False), ("own_bone_marrow", "autologous", False),
    ("a_new_cell_type", None, True),
])
def test_donor_cells_get_the_donor_screening_item(cell_type, cell_source, donor):
    chosen = safety.checkpoints_for("joint", "osteoarthritis", cell_type, cell_source)
    assert ("donor" in [c.id for c in chosen]) is donor
    if donor:
        assert safety.DONOR_SCREENING.source == "eu-tcd-2004"


def test_an_unknown_route_or_illness_keeps_the_general_check_ups():
    assert safety.checkpoints_for("a_new_route", "a_new_illness", "own_fat") == \
        safety.CHECKPOINTS


def test_a_transplant_gets_the_transplant_teams_follow_up_from_a_clinical_source():
    chosen = safety.checkpoints_for(transplant=True)
    assert chosen == safety.TRANSPLANT_CHECKPOINTS
    assert all(c.source == "ebmt-handbook" for c in chosen)
    assert all(not SOURCES[f.source].seller for f in safety.TRANSPLANT_RED_FLAGS)


def test_the_eye_has_a_route_note_from_the_eye_injury_report():
    assert safety.ROUTE_NOTES["eye"].source == "kuriyan-2017"
