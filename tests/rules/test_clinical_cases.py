"""Judgement v3 against realistic offers: the clinical reviewer's development set
(shared/cases/clinical-dev.json), each through ``manage.py assess`` exactly as outside checks
run it, and our own further offers (v3_cases.py). Every verdict must be one the reviewer
accepts; none may be a false green."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from .v3_cases import CASES

_DEV = Path(__file__).resolve().parents[3] / "shared" / "cases" / "clinical-dev.json"


def _dev_cases():
    if not _DEV.exists():
        return []
    return [(c["id"], c["story"], c["answers"], tuple(c["acceptable"]))
            for c in json.loads(_DEV.read_text())["cases"]]


def _assess_command(answers, tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"answers": answers}))
    out = io.StringIO()
    call_command("assess", str(path), stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.skipif(not _DEV.exists(), reason="shared/cases/ is not beside this checkout")
@pytest.mark.parametrize("case_id,story,answers,acceptable", _dev_cases(),
                         ids=[c[0] for c in _dev_cases()])
def test_every_development_case_gets_an_acceptable_verdict(case_id, story, answers, acceptable,
                                                          tmp_path):
    data = _assess_command(answers, tmp_path)
    assert data["verdict"] in acceptable, (case_id, story, data["reasons"])


@pytest.mark.parametrize("case_id,story,answers,acceptable", CASES, ids=[c[0] for c in CASES])
def test_our_own_offers_get_an_acceptable_verdict(case_id, story, answers, acceptable, tmp_path):
    data = _assess_command(answers, tmp_path)
    assert data["verdict"] in acceptable, (case_id, story, data["reasons"])


def test_a_green_verdict_says_what_it_rests_on_and_a_trial_is_not_an_authorised_treatment(
        tmp_path):
    trial = next(c for c in CASES if c[0] == "O13")[2]
    data = _assess_command(trial, tmp_path)
    assert data["verdict"] == "green" and data["basis"] == "registered_trial"
    assert data["verdict_title"] == "Consistent with a registered clinical trial"
    spherox = next(c for c in CASES if c[0] == "O05")[2]
    data = _assess_command(spherox, tmp_path)
    assert data["basis"] == "authorised_product"
    assert data["product"] == {
        "input": "Spherox", "matched": True, "name": "Spherox", "status": "authorised",
        "where": ["EU"], "indications": ["cartilage_defect"], "indication_matches": True,
        "match": "authorised_here"}


def test_the_patients_label_is_kept_beside_the_kind_judged(tmp_path):
    sold = next(c for c in CASES if c[0] == "O03")[2]
    data = _assess_command(sold, tmp_path)
    assert data["claimed_offer_kind"] == "hospital_exemption"
    assert data["offer_kind"] == "treatment"
    rules = [f["rule"] for f in data["criteria"]["offer"]["findings"]]
    assert "label_hospital_route_sold" in rules
