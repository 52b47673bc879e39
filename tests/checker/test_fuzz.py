"""Property-based fuzzing of every form endpoint: generated and garbage bodies.

Whatever is sent: never a 500, never a change to another patient's questionnaire, and the
stored answers always remain a valid answer set for the rules.
"""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rules
from checker.forms import OfferForm
from checker.models import Questionnaire
from checker.offer import OFFER_LIMITS
from checker.steps import STEPS

from ..conftest import Journey

FIELD_NAMES = sorted({f for s in STEPS for f in s.fields} | {"extraction_days_number", "code",
                                                              "csrfmiddlewaretoken"})
ANSWER_VALUES = ["yes", "no", "unsure", "none", "autologous", "allogeneic", "days", "0", "21",
                 "-1", "366", "1e3", " 7 ", "", "joint", *[w.id for w in rules.WARNING_SIGNS]]
values = st.one_of(st.sampled_from(ANSWER_VALUES), st.text(max_size=300),
                   st.integers().map(str))
bodies = st.dictionaries(
    st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=20)),
    st.one_of(values, st.lists(values, max_size=5)),
    max_size=8,
)
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def _assert_valid_store(record: Questionnaire) -> None:
    rules.parse_answers(record.answers)  # raises if an answer is corrupted
    assert set(record.offer) <= set(OfferForm.base_fields)
    for key, limit in OFFER_LIMITS.items():
        assert len(record.offer.get(key, "")) <= limit


@pytest.fixture
def two_patients(db):
    mine, theirs = Journey(Client()), Journey(Client()).answer_all()
    return mine, theirs


@FUZZ
@given(slug=st.sampled_from([s.slug for s in STEPS] + ["answers"]), body=bodies)
def test_generated_bodies_never_500_and_never_touch_another_patient(two_patients, slug, body):
    mine, theirs = two_patients
    before = (theirs.record.answers, theirs.record.offer, theirs.record.version)
    response = mine.post(slug, body)
    assert response.status_code in (302, 400), response.status_code
    _assert_valid_store(mine.record)
    after = theirs.record
    assert (after.answers, after.offer, after.version) == before


@FUZZ
@given(raw=st.binary(max_size=2000),
       content_type=st.sampled_from(["application/x-www-form-urlencoded",
                                     "multipart/form-data; boundary=xyz", "application/json",
                                     "text/plain", "multipart/form-data"]),
       slug=st.sampled_from([s.slug for s in STEPS]))
def test_garbage_bodies_never_500(two_patients, raw, content_type, slug):
    mine, theirs = two_patients
    before = theirs.record.version
    response = mine.client.generic("POST", mine.url(slug), raw, content_type=content_type)
    assert response.status_code < 500
    _assert_valid_store(mine.record)
    assert theirs.record.version == before


@FUZZ
@given(body=bodies)
def test_the_resume_form_never_500s(db, body):
    response = Client().post("/resume/", body)
    assert response.status_code in (302, 400, 429)


CHARSETS = ["utf-8", "UTF-8", "latin-1", "iso-8859-1", "utf-16", "utf-16-le", "utf-32",
            "cp1252", "shift_jis", "koi8-r", "x-unknown", "", '"utf-8"']
# Built as text: Python itself refuses to turn more than 4,300 digits into an int.
huge_numbers = st.one_of(
    st.tuples(st.sampled_from("123456789"), st.integers(min_value=3, max_value=6000),
              st.sampled_from("0123456789")).map(lambda t: t[0] + t[2] * t[1]),
    st.integers(min_value=1, max_value=6000).map(lambda n: "0" * n + "7"),
    st.integers(min_value=3, max_value=6000).map(lambda n: "-" + "9" * n),
    st.integers(min_value=3, max_value=6000).map(lambda n: "1e" + "9" * n),
)


@FUZZ
@given(body=bodies, charset=st.sampled_from(CHARSETS),
       url=st.sampled_from(["extraction_days", "country", "trial_number", "offer", "atmp",
                            "answers", "/resume/", "/admin/login/",
                            "/i18n/setlang/", "/staff/sign-in/"]))
def test_odd_charsets_never_500(two_patients, body, charset, url):
    mine, theirs = two_patients
    before = theirs.record.version
    encoded = "&".join(f"{k}={v}" for k, v in body.items() if isinstance(v, str))
    raw = encoded.encode(charset if charset.strip('"') in ("utf-8", "UTF-8") else "latin-1",
                         errors="replace")
    content_type = "application/x-www-form-urlencoded" + (f"; charset={charset}" if charset
                                                          else "")
    target = url if url.startswith("/") else mine.url(url)
    response = mine.client.generic("POST", target, raw, content_type=content_type)
    assert response.status_code < 500
    if raw and charset.strip('"').lower() not in ("utf-8", ""):
        assert response.status_code == 400
    _assert_valid_store(mine.record)
    assert theirs.record.version == before


@FUZZ
@given(days=huge_numbers, field=st.sampled_from(["extraction_days", "extraction_days_number"]))
def test_huge_numbers_are_a_400_never_a_500(two_patients, days, field):
    mine, _theirs = two_patients
    # The page's follow-up questions answered, so the number alone decides.
    response = mine.post("extraction_days", {"pain_followup": "yes", "imaging_followup": "yes",
                                             "followup_plan": "yes", "extraction_days": "days",
                                             field: days})
    if days.lstrip("0") == "7":
        # Zero-padded 7: read as 7, or (past the typed field's 12 characters) refused.
        expected = 302 if field == "extraction_days" or len(days) <= 12 else 400
        assert response.status_code == expected
        if expected == 302:
            assert mine.record.answers["extraction_days"] == 7
    else:
        assert response.status_code == 400, days[:40]
    _assert_valid_store(mine.record)
