import json
import subprocess
import sys
from pathlib import Path

import pytest

from ..answers import all_answers

ROOT = Path(__file__).resolve().parents[2]
GREEN_ANSWERS = all_answers(cell_type="donor_adult", extraction_days=12)


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
    assert set(result["criteria"]) == {"offer", "authorisation", "gmp", "same_day_extraction",
                                       "follow_up"}
    assert result["criteria"]["gmp"]["status"] == "met"
    finding = result["criteria"]["same_day_extraction"]["findings"][0]
    assert finding["rule"] == "allogeneic_prepared" and finding["source"] == "itrt-guide"
    assert result["warning_signs"] == [] and result["questions_to_ask"] == []
    assert [d["id"] for d in result["documents_to_request"]][:2] == ["authorisation", "leaflet"]
    assert [f["id"] for f in result["safety"]["red_flags"]][0] == "fever"
    assert result["safety"]["contraindications"]["absolute"][0]["source"] == "regencord-safety"
    # v2: the identifiers typed in and the regulator of the country.
    assert result["identifiers"] == [{
        "question": "authorisation_number", "kind": "eu_register", "value": "EU/1/17/1181",
        "url": "https://ec.europa.eu/health/documents/community-register/html/h1181.htm",
        "register": "Union Register of medicinal products", "source": "trial-registries"}]
    regulator = result["regulator"]
    assert regulator["country"] == "ES" and "AEMPS" in regulator["name"]
    assert regulator["report_url"] == "https://www.notificaram.es/"
    assert {"check", "report"} <= set(regulator)
    assert result["evidence"]["leaflet"] == "seen_in_writing"
    assert result["evidence"]["atmp"] == "said_yes"


def test_a_transplant_is_out_of_scope_and_an_unknown_country_has_no_regulator():
    out = run_assess(json.dumps({"answers": {"offer_kind": "transplant", "country": "unsure"}}))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["verdict"] == "out_of_scope" and result["criteria"] == {}
    assert result["regulator"] is None and result["identifiers"] == []


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
    ('{"answers": {"offer_kind": "clinic"}}', "offer_kind"),
    ('{"answers": {"country": "XX"}}', "country"),
    ('{"answers": {"trial_number": "%s"}}' % ("1" * 41), "trial_number"),
    ('{"answers": {"leaflet": "seen"}}', "leaflet"),
    ('{"answers": {"extraction_days": "frozen"}}', "extraction_days"),
    ('{"answers": {"warning_signs": "maybe"}}', "warning_signs"),
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
