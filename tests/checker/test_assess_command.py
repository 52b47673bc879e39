import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ..answers import all_answers

ROOT = Path(__file__).resolve().parents[2]
#: Spherox for a knee cartilage defect in a Spanish public hospital (judgement v3).
GREEN_ANSWERS = all_answers()


def run_assess(stdin: str | bytes, *args: str):
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "manage.py", "assess", *(args or ("-",))],
        input=data, capture_output=True, cwd=ROOT, timeout=60,
    )


def run_assess_here(stdin: str | bytes, monkeypatch) -> subprocess.CompletedProcess:
    """As run_assess, in this process: the command line as manage.py hands it to Django
    (execute_from_command_line), the exit code from its SystemExit. What the bad-input tests
    check (the exit code, the one line on standard error, nothing on standard output) needs
    no new Python for each input (~1.5 s each); the tests above run the real manage.py."""
    from django.core.management import execute_from_command_line

    data = stdin.encode() if isinstance(stdin, str) else stdin
    stdout, stderr = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = 0
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            execute_from_command_line(["manage.py", "assess", "-"])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return subprocess.CompletedProcess(["manage.py", "assess", "-"], code,
                                       stdout.getvalue().encode(), stderr.getvalue().encode())


def test_it_prints_the_assessment_as_json():
    out = run_assess(json.dumps({"answers": GREEN_ANSWERS}))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["verdict"] == "green"
    assert set(result["criteria"]) == {"offer", "product", "authorisation", "gmp",
                                       "same_day_extraction", "follow_up"}
    assert result["criteria"]["gmp"]["status"] == "met"
    finding = result["criteria"]["same_day_extraction"]["findings"][0]
    assert finding["rule"] == "autologous_cultured" and finding["outcome"] == "met"
    # v3: what green rests on, the patient's label, and what the product's name matched.
    assert result["basis"] == "authorised_product"
    assert result["verdict_title"] == "Consistent with an authorised treatment"
    assert result["claimed_offer_kind"] == result["offer_kind"] == "treatment"
    assert result["product"] == {
        "input": "Spherox", "matched": True, "name": "Spherox", "status": "authorised",
        "where": ["EU"], "indications": ["cartilage_defect"], "indication_matches": True,
        "match": "authorised_here"}
    assert result["criteria"]["product"]["status"] == "met"
    assert result["warning_signs"] == [] and result["questions_to_ask"] == []
    assert [d["id"] for d in result["documents_to_request"]][:2] == ["authorisation", "leaflet"]
    flags = [f["id"] for f in result["safety"]["red_flags"]]
    # The signs for an ambulance come first (issue 24), a fever among those for a doctor today.
    assert flags[0] == "chest_pain" and "fever" in flags[flags.index("seizure"):]
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
    out = run_assess(json.dumps({"answers": {
        "offer_kind": "transplant", "provider": "hospital", "country": "unsure",
        "condition_group": "blood_disease"}}))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["verdict"] == "out_of_scope" and result["criteria"] == {}
    assert result["regulator"] is None and result["identifiers"] == []
    assert result["basis"] is None and result["product"] is None


def test_a_sold_transplant_or_trial_keeps_the_label_beside_the_kind_judged():
    out = run_assess(json.dumps({"answers": {
        "offer_kind": "transplant", "provider": "private_clinic", "country": "MX",
        "condition_group": "neurological", "product": "CelulaMax"}}))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["claimed_offer_kind"] == "transplant" and result["offer_kind"] == "treatment"
    assert result["verdict"] in ("red", "amber") and result["basis"] is None
    assert result["product"] == {
        "input": "CelulaMax", "matched": False, "name": "", "status": "", "where": [],
        "indications": [], "indication_matches": None, "match": "unknown_product"}


def test_a_green_trial_says_it_rests_on_a_registered_trial():
    from ..answers import ROUTE_ANSWERS

    out = run_assess(json.dumps({"answers": ROUTE_ANSWERS["trial"]}))
    result = json.loads(out.stdout)
    assert result["verdict"] == "green" and result["basis"] == "registered_trial"
    assert result["verdict_title"] == "Consistent with a registered clinical trial"


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
    ('{"answers": {"provider": "hotel"}}', "provider"),
    ('{"answers": {"payment": "free"}}', "payment"),
    ('{"answers": {"product": "' + "x" * 61 + '"}}', "product"),
    ('{"answers": {"product": "a\\u0007b"}}', "product"),
    ('{"answers": {"followup_plan": "told"}}', "followup_plan"),
    ('{"answers": {"trial_number": "%s"}}' % ("1" * 41), "trial_number"),
    ('{"answers": {"leaflet": "seen"}}', "leaflet"),
    ('{"answers": {"extraction_days": "frozen"}}', "extraction_days"),
    ('{"answers": {"warning_signs": "maybe"}}', "warning_signs"),
])
def test_bad_input_prints_one_line_naming_the_field_and_exits_2(stdin, field, monkeypatch):
    out = run_assess_here(stdin, monkeypatch)
    assert out.returncode == 2
    err = out.stderr.decode()
    assert err.count("\n") <= 1 and "Traceback" not in err
    assert err.startswith(f"error: {field}")
    assert out.stdout == b""


def test_bad_input_exits_2_from_manage_py_too():
    # The real command line, once: the exit code and the line reach the shell.
    out = run_assess('{"answers": {"atmp": "perhaps"}}')
    assert out.returncode == 2 and out.stdout == b""
    assert out.stderr.decode().startswith("error: atmp")


def test_a_missing_file_is_bad_input():
    out = run_assess("", "/nonexistent/answers.json")
    assert out.returncode == 2
    assert "cannot read" in out.stderr.decode()
