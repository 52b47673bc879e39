import json
import subprocess
import sys
from pathlib import Path

import pytest

from ..answers import all_answers

ROOT = Path(__file__).resolve().parents[2]
GREEN_ANSWERS = all_answers(cell_source="allogeneic", extraction_days=12)


def run_assess(stdin: str | bytes, *args: str):
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "manage.py", "assess", *(args or ("-",))],
        input=data, capture_output=True, cwd=ROOT, timeout=60,
    )


def test_it_prints_the_assessment_as_json():
    out = run_assess(json.dumps({"answers": GREEN_ANSWERS}))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["verdict"] == "green"
    assert set(result["criteria"]) == {"authorisation", "gmp", "same_day_extraction",
                                       "follow_up"}
    assert result["criteria"]["gmp"]["status"] == "met"
    finding = result["criteria"]["same_day_extraction"]["findings"][0]
    assert finding["rule"] == "allogeneic_cultured" and finding["source"] == "itrt-guide"
    assert result["warning_signs"] == [] and result["questions_to_ask"] == []
    assert [d["id"] for d in result["documents_to_request"]][:2] == ["authorisation", "leaflet"]
    assert [f["id"] for f in result["safety"]["red_flags"]][0] == "fever"
    assert result["safety"]["contraindications"]["absolute"][0]["source"] == "regencord-safety"


def test_it_reads_a_file(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"answers": {"extraction_days": 0,
                                            "warning_signs": ["no_evidence"]}}))
    out = run_assess("", str(path))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["verdict"] == "red"
    assert result["warning_signs"][0]["id"] == "no_evidence"
    assert {q["about"] for q in result["questions_to_ask"]} >= {"atmp", "no_evidence"}


@pytest.mark.parametrize("stdin,field", [
    ("not json", "input"),
    (b"\xff\xfe", "input"),
    ("[]", "answers"),
    ('{"answers": {"colour": "blue"}}', "colour"),
    ('{"answers": {"atmp": "perhaps"}}', "atmp"),
    ('{"answers": {"extraction_days": 400}}', "extraction_days"),
    ('{"answers": {"extraction_days": -3}}', "extraction_days"),
    ('{"answers": {"warning_signs": ["aliens"]}}', "warning_signs"),
    ('{"answers": {}, "extra": 1}', "extra"),
])
def test_bad_input_prints_one_line_naming_the_field_and_exits_2(stdin, field):
    out = run_assess(stdin)
    assert out.returncode == 2
    err = out.stderr.decode()
    assert err.count("\n") <= 1 and "Traceback" not in err
    assert err.startswith(f"error: {field}")
    assert out.stdout == b""


def test_a_missing_file_is_bad_input():
    out = run_assess("", "/nonexistent/answers.json")
    assert out.returncode == 2
    assert "cannot read" in out.stderr.decode()
