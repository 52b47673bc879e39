"""Judgement v3, principle 4: independent sources decide. Every decisive rule, every serious
warning sign and every red reason the engine gives itself rests on at least one source not
written by a seller; the check at import refuses a decisive rule that cites only a seller.
Principle 6: the regulators named for the countries the reviewers found missing."""

import dataclasses

import pytest

import rules.table as table
from rules import RULES, SOURCES, WARNING_SIGNS, assess
from rules.regulators import regulator_for
from rules.version import TABLES, ruleset_version


def test_every_decisive_rule_cites_an_independent_source():
    decisive = [r for r in RULES if r.decisive]
    assert len(decisive) >= 10
    for rule in decisive:
        assert any(not SOURCES[s].seller for s in rule.sources), rule.id


def test_every_serious_warning_sign_cites_an_independent_source():
    for sign in WARNING_SIGNS:
        if sign.serious:
            assert not SOURCES[sign.source].seller, sign.id


def test_the_table_refuses_a_decisive_rule_that_rests_on_a_seller_alone():
    rule = next(r for r in RULES if r.decisive)
    bad = dataclasses.replace(rule, source="itrt-guide", also=())
    with pytest.raises(ValueError, match="not written by a seller"):
        table._check_rule(bad)


def test_a_red_verdicts_reasons_cite_independent_sources():
    result = assess({"offer_kind": "treatment", "provider": "private_clinic",
                     "payment": "treatment", "condition_group": "neurological",
                     "route": "intravenous", "extraction_days": 0,
                     "warning_signs": ["guaranteed_results", "travel_package", "testimonials"]})
    assert result.verdict.id == "red"
    assert all(not SOURCES[r.source].seller for r in result.reasons)


@pytest.mark.parametrize("code", ["GE", "BS", "DO", "CH", "CR", "PE", "AR", "BR", "CN", "RU",
                                  "KZ", "RS", "GB"])
def test_the_countries_the_reviewers_found_missing_have_a_regulator(code):
    regulator = regulator_for(code)
    assert regulator is not None and not regulator.eu


def test_northern_cyprus_and_the_us_361_claim_are_explained():
    assert "north of the island" in regulator_for("CY").note
    assert "361 HCT/P" in regulator_for("US").note
    assert "registration" in regulator_for("US").note


def test_the_version_changes_with_a_regulators_eu_flag_and_a_products_status():
    before = ruleset_version(TABLES)
    regulators = dict(TABLES["regulators"])
    regulators["BR"] = dataclasses.replace(regulators["BR"], eu=True)
    assert ruleset_version({**TABLES, "regulators": regulators}) != before
    products = list(TABLES["products"])
    first = products[0]
    products[0] = dataclasses.replace(first, approvals=(
        dataclasses.replace(first.approvals[0], status="withdrawn"),))
    assert ruleset_version({**TABLES, "products": tuple(products)}) != before


def test_the_thresholds_that_decide_a_red_verdict_cite_independent_sources():
    from rules.thresholds import PARAM_NOTES

    for name in ("same_day", "signs_for_red"):
        assert not SOURCES[PARAM_NOTES[name].source].seller, name
