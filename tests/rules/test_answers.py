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
