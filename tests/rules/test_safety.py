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
    assert safety.RED_FLAGS[0].id == "fever"


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
