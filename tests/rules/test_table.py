"""The tables are checked when they load: bad entries fail at import, not later."""

import ast
import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

import rules
from rules import SOURCES, catalogue, table

RULES_DIR = Path(rules.__file__).parent


def _check_with(monkeypatch, name, value):
    monkeypatch.setattr(table, name, value)
    table._check_table()


def test_the_shipped_tables_pass_their_check():
    table._check_table()
    catalogue._check_catalogue()


def test_it_rejects_a_rule_on_an_unknown_question(monkeypatch):
    bad = dataclasses.replace(table.RULES[0], id="x", when=(table.When("colour", ("yes",)),))
    with pytest.raises(ValueError, match="unknown question id 'colour'"):
        _check_with(monkeypatch, "RULES", (*table.RULES, bad))


def test_it_rejects_a_rule_without_a_source(monkeypatch):
    bad = dataclasses.replace(table.RULES[0], id="x", source="")
    with pytest.raises(ValueError, match="missing source"):
        _check_with(monkeypatch, "RULES", (*table.RULES, bad))


def test_it_rejects_a_source_that_is_not_a_seed(monkeypatch):
    bad = dataclasses.replace(table.RULES[0], id="x", source="wikipedia")
    with pytest.raises(ValueError, match="unknown source id 'wikipedia'"):
        _check_with(monkeypatch, "RULES", (*table.RULES, bad))


def test_it_rejects_a_duplicate_rule_id(monkeypatch):
    with pytest.raises(ValueError, match="duplicate rule id"):
        _check_with(monkeypatch, "RULES", (*table.RULES, table.RULES[0]))


def test_it_rejects_an_unknown_criterion(monkeypatch):
    bad = dataclasses.replace(table.RULES[0], id="x", criterion="vibes")
    with pytest.raises(ValueError, match="unknown criterion 'vibes'"):
        _check_with(monkeypatch, "RULES", (*table.RULES, bad))


def test_it_rejects_an_answer_value_the_question_does_not_take(monkeypatch):
    rule = next(r for r in table.RULES if r.criterion == "authorisation")
    bad = dataclasses.replace(rule, id="x", when=(table.When("atmp", ("maybe",)),))
    with pytest.raises(ValueError, match="not answers to 'atmp'"):
        _check_with(monkeypatch, "RULES", (*table.RULES, bad))


def test_it_rejects_a_gap_in_the_rules(monkeypatch):
    without = tuple(r for r in table.RULES if r.id != "days_unknown")
    with pytest.raises(ValueError, match="no rule covers"):
        _check_with(monkeypatch, "RULES", without)


def test_it_rejects_a_catalogue_entry_with_an_unknown_source(monkeypatch):
    bad = dataclasses.replace(catalogue.WARNING_SIGNS[0], id="x", source="a-blog")
    monkeypatch.setattr(catalogue, "WARNING_SIGNS", (*catalogue.WARNING_SIGNS, bad))
    with pytest.raises(ValueError, match="unknown source id 'a-blog'"):
        catalogue._check_catalogue()


def test_it_rejects_a_rule_on_a_question_outside_its_criterion(monkeypatch):
    rule = next(r for r in table.RULES if r.criterion == "follow_up")
    bad = dataclasses.replace(rule, id="x", when=(table.When("atmp", ("yes",)),))
    with pytest.raises(ValueError, match="not a question of its criterion"):
        _check_with(monkeypatch, "RULES", (*table.RULES, bad))


def test_it_rejects_a_gap_for_one_offer_kind_only(monkeypatch):
    without = tuple(r for r in table.RULES if r.id != "trial_free_no")
    with pytest.raises(ValueError, match="'offer_kind': 'trial'.*'trial_free': 'no'"):
        _check_with(monkeypatch, "RULES", without)


def test_the_question_ids_are_the_contract():
    # Issue 12 (v2): the offer kind first; the ITRT questions keep their ids and order.
    ids = [q.id for q in rules.QUESTIONS]
    assert ids[0] == "offer_kind"
    itrt = ["atmp", "clinical_trial", "regulator", "clean_room", "authorisation_document",
            "administrator_authorised", "leaflet", "cell_source", "extraction_days",
            "pain_followup", "imaging_followup"]
    assert [i for i in ids if i in itrt] == itrt
    assert set(ids) >= {"country", "condition_group", "cell_type", "route", "trial_number",
                        "authorisation_number"}
    # Issue 27 (v3): who offers it right after the kind of offer; what is paid; the product;
    # a follow-up plan for illnesses other than of bones and joints.
    assert ids[1] == "provider"
    assert set(ids) >= {"payment", "product", "followup_plan"}
    assert rules.QUESTIONS_BY_ID["provider"].choices == ("hospital", "private_clinic", "unsure")
    assert rules.QUESTIONS_BY_ID["payment"].choices == ("none", "travel_only", "treatment",
                                                        "unsure")
    assert rules.QUESTIONS_BY_ID["product"].max_length == 60
    assert set(rules.QUESTIONS_BY_ID["condition_group"].choices) >= {
        "cartilage_defect", "gvhd", "crohns_fistula", "spinal_cord_injury", "eye_surface",
        "eye_retina", "eye"}
    assert set(rules.QUESTIONS_BY_ID["cell_type"].choices) >= {
        "own_cartilage", "own_eye_surface", "platelet_rich_plasma"}
    assert {w.id for w in rules.WARNING_SIGNS} >= {
        "no_evidence", "many_conditions", "origin_unexplained", "no_protocol_or_ethics",
        "no_risks_claim", "unjustified_cost", "guaranteed_results", "pressure_to_decide",
        "no_medical_evaluation", "pay_for_trial",
    }
    assert [c.id for c in rules.CRITERIA] == [
        "offer", "product", "authorisation", "trial", "gmp", "same_day_extraction",
        "follow_up"]
    assert list(rules.VERDICTS) == ["red", "amber", "green", "out_of_scope"]


def test_every_source_is_listed_in_the_readmes_or_is_a_public_independent_source():
    # Issue 27: sources beyond the READMEs may be added, with their public address, and only
    # when they are not written by a seller (a clinical or regulatory source).
    shared = Path(__file__).resolve().parents[3] / "shared"
    readmes = [shared / "seeds" / "README.md", shared / "sources" / "README.md"]
    if not all(readme.exists() for readme in readmes):
        pytest.skip("shared/seeds/ and shared/sources/ are not beside this checkout")
    text = "".join(readme.read_text() for readme in readmes)
    for source_id, source in SOURCES.items():
        if f"`{source_id}`" not in text:
            assert source.url.startswith("https://") and not source.seller, source_id


def test_rules_imports_nothing_from_django():
    for path in RULES_DIR.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.split(".")[0] == "django" for n in names), path.name
    code = ("import sys, rules; rules.assess({}); "
            "print(any(m.startswith('django') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=RULES_DIR.parent, check=True)
    assert out.stdout.strip() == "False"
