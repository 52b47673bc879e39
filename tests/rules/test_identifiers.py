"""Trial and medicine numbers (trial-registries): the format gives the register and the record's
address; a number in no known format is a finding, never an error."""

import pytest

from rules import AnswerError, assess, parse_answers
from rules.identifiers import classify, identify


@pytest.mark.parametrize("text,kind,value,url", [
    ("NCT01234567", "nct", "NCT01234567", "https://clinicaltrials.gov/study/NCT01234567"),
    (" nct 0123 4567 ", "nct", "NCT01234567", "https://clinicaltrials.gov/study/NCT01234567"),
    ("2010-020118-23", "eudract", "2010-020118-23",
     "https://www.clinicaltrialsregister.eu/ctr-search/search?query=2010-020118-23"),
    ("EudraCT 2010-020118-23", "eudract", "2010-020118-23",
     "https://www.clinicaltrialsregister.eu/ctr-search/search?query=2010-020118-23"),
    ("2022-500014-26-00", "eu_ct", "2022-500014-26-00",
     "https://euclinicaltrials.eu/ctis-public/view/2022-500014-26-00"),
    ("ISRCTN12345678", "isrctn", "ISRCTN12345678", "https://www.isrctn.com/ISRCTN12345678"),
    ("EU/1/14/987", "eu_register", "EU/1/14/987",
     "https://ec.europa.eu/health/documents/community-register/html/h987.htm"),
    ("eu/1/17/1181/001", "eu_register", "EU/1/17/1181/001",
     "https://ec.europa.eu/health/documents/community-register/html/h1181.htm"),
    ("EU/1/17/0181", "eu_register", "EU/1/17/0181",
     "https://ec.europa.eu/health/documents/community-register/html/h181.htm"),
])
def test_known_formats_give_the_public_record(text, kind, value, url):
    identifier = identify(text, "trial_number")
    assert (identifier.kind, identifier.value, identifier.url) == (kind, value, url)
    assert identifier.register and identifier.source == "trial-registries"


@pytest.mark.parametrize("text", ["NCT1234567", "NCT012345678", "2010-02011-23", "COFEPRIS 123",
                                  "2022-400014-26-00", "ISRCTN1234", "EU/2/14/987", "12345",
                                  "javascript:alert(1)"])
def test_other_numbers_are_of_unknown_kind_with_no_link(text):
    kind, value = classify(text)
    assert kind == "unknown" and value == " ".join(text.split())
    assert identify(text, "authorisation_number").url == ""


def test_numbers_are_listed_on_the_assessment_in_question_order():
    result = assess({"offer_kind": "unsure", "trial_number": "NCT01234567",
                     "authorisation_number": "Licence 7"})
    assert [(q, i.kind) for q, i in result.identifiers] == [
        ("trial_number", "nct"), ("authorisation_number", "unknown")]


@pytest.mark.parametrize("raw", ["x" * 41, 12345, ["NCT01234567"], "NCT\x0001234567"])
def test_a_number_that_is_not_short_text_is_refused_naming_the_field(raw):
    with pytest.raises(AnswerError) as exc:
        parse_answers({"trial_number": raw})
    assert exc.value.field == "trial_number"


def test_an_empty_number_is_not_answered():
    assert parse_answers({"authorisation_number": "   "}).get("authorisation_number") is None
