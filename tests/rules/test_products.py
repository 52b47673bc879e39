"""The products table (rules/products.py): names and EU numbers matched, what a match means
for the patient's illness and country, and the checks made when it loads."""

import dataclasses

import pytest

from rules import assess
from rules.products import (
    PRODUCTS,
    Product,
    _check_products,
    match_product,
    product_class,
)
from rules.sources import SOURCES

from ..answers import all_answers


@pytest.mark.parametrize("typed", ["Spherox", "SPHEROX", " spherox ", "Sphe-rox"])
def test_a_name_matches_whatever_its_case_spaces_or_hyphens(typed):
    assert match_product(typed).id == "spherox"


@pytest.mark.parametrize("typed,product_id", [
    ("darvadstrocel", "alofisel"), ("Neuro-Nata R", "neuronata"), ("remestemcel-L", "ryoncil"),
    ("Lenzumestrocel", "neuronata"), ("tisagenlecleucel", "kymriah")])
def test_common_names_and_aliases_match(typed, product_id):
    assert match_product(typed).id == product_id


def test_accents_are_ignored():
    assert match_product("Holoclár").id == "holoclar"


@pytest.mark.parametrize("number", ["EU/1/17/1181", "eu/1/17/01181", "EU / 1 / 17 / 1181 / 001"])
def test_an_eu_number_matches_its_product(number):
    assert match_product(None, number).id == "spherox"


def test_an_unknown_name_is_a_finding_not_an_error():
    assert match_product("Ejemplocel") is None
    result = assess(all_answers(product="Ejemplocel", authorisation_number=None))
    (finding,) = result.criterion("product").findings
    assert finding.rule == "product_unknown" and "does not know" in finding.message
    assert result.verdict.id == "amber"


@pytest.mark.parametrize("condition,country,expected", [
    ("cartilage_defect", "ES", "authorised_here"),
    ("cartilage_defect", "FR", "authorised_here"),
    ("cartilage_defect", "US", "elsewhere"),
    ("osteoarthritis", "ES", "other_illness"),
    ("eye", "ES", "other_illness"),
    ("cartilage_defect", "unsure", "where_unknown"),
])
def test_a_match_is_judged_for_the_illness_and_the_country(condition, country, expected):
    eu = country in ("ES", "FR")
    assert product_class(match_product("Spherox"), True, condition, country, eu) == expected


@pytest.mark.parametrize("name,group", [("Holoclar", "eye"), ("Alofisel", "autoimmune"),
                                        ("Ryoncil", "blood_disease"), ("NC1", "neurological")])
def test_a_broader_group_chosen_for_a_products_illness_is_unclear_not_another_illness(name,
                                                                                      group):
    assert product_class(match_product(name), True, group, "US", False) in (
        "indication_unclear", "withdrawn")


def test_a_withdrawn_product_is_withdrawn_whatever_the_illness_chosen():
    assert product_class(match_product("Alofisel"), True, "autoimmune", "ES",
                         True) == "withdrawn"


def test_conditional_withdrawn_and_exempted_products_are_told_apart():
    assert product_class(match_product("Stemirac"), True, "spinal_cord_injury", "JP",
                         False) == "conditional_here"
    assert product_class(match_product("Alofisel"), True, "crohns_fistula", "ES",
                         True) == "withdrawn"
    assert product_class(match_product("NC1"), True, "spinal_cord_injury", "ES",
                         True) == "exemption_here"


def test_a_conditional_approval_is_never_green():
    answers = all_answers(country="KR", condition_group="neurological", product="NeuroNata-R",
                          authorisation_number=None, route="intrathecal",
                          cell_type="own_bone_marrow", extraction_days=30, followup_plan="yes")
    result = assess(answers)
    assert result.verdict.id == "amber"
    assert result.criterion("product").findings[0].rule == "product_conditional_here"


def test_every_product_cites_an_independent_register():
    for product in PRODUCTS:
        for approval in product.approvals:
            assert not SOURCES[approval.source].seller, product.id


def test_the_table_refuses_a_seller_as_the_source_of_an_approval(monkeypatch):
    bad = dataclasses.replace(
        PRODUCTS[0], id="bad",
        approvals=(dataclasses.replace(PRODUCTS[0].approvals[0], source="itrt-guide"),))
    monkeypatch.setattr("rules.products.PRODUCTS", (*PRODUCTS, bad))
    with pytest.raises(ValueError, match="seller"):
        _check_products()


def test_the_table_refuses_an_unknown_illness(monkeypatch):
    bad = Product("bad", "Bad", (), "x", ("knees",), PRODUCTS[0].approvals)
    monkeypatch.setattr("rules.products.PRODUCTS", (*PRODUCTS, bad))
    with pytest.raises(ValueError, match="unknown condition"):
        _check_products()
