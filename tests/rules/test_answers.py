import pytest

from rules import AnswerError, parse_answers


@pytest.mark.parametrize("raw,field", [
    ({"colour": "blue"}, "colour"),
    ({"atmp": "maybe"}, "atmp"),
    ({"atmp": True}, "atmp"),
    ({"cell_source": "yes"}, "cell_source"),
    ({"extraction_days": -1}, "extraction_days"),
    ({"extraction_days": 366}, "extraction_days"),
    ({"extraction_days": 2.5}, "extraction_days"),
    ({"extraction_days": "3"}, "extraction_days"),
    ({"extraction_days": True}, "extraction_days"),
    ({"warning_signs": "no_evidence"}, "warning_signs"),
    ({"warning_signs": ["bogus"]}, "warning_signs"),
    ({"warning_signs": ["none", "no_evidence"]}, "warning_signs"),
    ({"warning_signs": [1]}, "warning_signs"),
    (["atmp"], "answers"),
    # v2 (issue 12)
    ({"offer_kind": "clinic"}, "offer_kind"),
    ({"atmp": "told"}, "atmp"),
    ({"trial_free": "told"}, "trial_free"),
    ({"clean_room": "seen"}, "clean_room"),
    ({"country": "XX"}, "country"),
    ({"country": "Spain"}, "country"),
    ({"country": 34}, "country"),
    ({"extraction_days": "in advance"}, "extraction_days"),
    ({"warning_signs": "maybe"}, "warning_signs"),
    ({"cell_type": "stem"}, "cell_type"),
    ({"route": "spine"}, "route"),
    ({"condition_group": "cancer"}, "condition_group"),
    ({"authorisation_number": "x" * 41}, "authorisation_number"),
])
def test_it_rejects_bad_answers_naming_the_field(raw, field):
    with pytest.raises(AnswerError) as exc:
        parse_answers(raw)
    assert exc.value.field == field
    assert str(exc.value).startswith(f"{field}: ")


def test_it_accepts_none_of_these_as_no_warning_signs():
    assert parse_answers({"warning_signs": ["none"]}).warning_signs == ()


def test_it_keeps_warning_signs_in_catalogue_order_without_duplicates():
    parsed = parse_answers({"warning_signs": ["unjustified_cost", "no_evidence", "no_evidence"]})
    assert parsed.warning_signs == ("no_evidence", "unjustified_cost")


def test_missing_answers_are_not_answered():
    parsed = parse_answers({"atmp": "yes"})
    assert parsed.get("atmp") == "yes"
    assert parsed.get("leaflet") is None
    assert parsed.warning_signs is None
    assert parsed.as_dict() == {"atmp": "yes"}


@pytest.mark.parametrize("days", [0, 1, 365, "unsure"])
def test_it_accepts_the_day_range_and_unsure(days):
    assert parse_answers({"extraction_days": days}).get("extraction_days") == days


@pytest.mark.parametrize("raw,field,value", [
    ({"country": " es "}, "country", "ES"),
    ({"country": "unsure"}, "country", "unsure"),
    ({"extraction_days": "in_advance"}, "extraction_days", "in_advance"),
    ({"clean_room": "told"}, "clean_room", "told"),
    ({"offer_kind": "compassionate_use"}, "offer_kind", "compassionate_use"),
    ({"trial_number": "  NCT0123  4567 "}, "trial_number", "NCT0123 4567"),
])
def test_it_accepts_the_v2_values(raw, field, value):
    assert parse_answers(raw).get(field) == value


def test_warning_signs_unsure_is_kept_as_unsure():
    parsed = parse_answers({"warning_signs": "unsure"})
    assert parsed.warning_signs is None and parsed.warning_signs_unsure
    assert parsed.as_dict() == {"warning_signs": "unsure"}
