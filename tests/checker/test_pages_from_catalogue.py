"""The questionnaire's pages are built from each question's ``page`` (issue 21): they keep
today's slugs, order, headings and fields, and every question is on a page that exists. A
question added later joins its page after these (tests/rules/test_one_entry.py)."""

import rules
from checker import steps
from checker.report import doctor_voice

#: The answer pages as they are: (slug, heading, fields in page order).
PAGES = (
    ("offer_kind", "", ("offer_kind",)),
    ("provider", "Who would treat you, and where", ("provider", "country")),
    ("condition_group", "", ("condition_group",)),
    ("cell_type", "The cells, and how you would get them",
     ("cell_type", "route", "payment", "product")),
    ("told", "What they told you, or showed you",
     ("cell_source", "atmp", "clinical_trial", "regulator", "clean_room",
      "administrator_authorised", "trial_ethics", "trial_free", "trial_insurance")),
    ("seen", "What you have seen in writing",
     ("authorisation_document", "authorisation_number", "leaflet", "trial_consent",
      "trial_number")),
    ("follow_up", "When you get the cells, and after",
     ("extraction_days", "pain_followup", "imaging_followup", "followup_plan")),
    ("warning_signs", "", ("warning_signs",)),
)


def test_the_pages_keep_their_slugs_order_headings_and_fields():
    today = {field for _slug, _heading, fields in PAGES for field in fields}
    answer_pages = [(s.slug, str(s.heading), tuple(f for f in s.fields if f in today))
                    for s in steps.STEPS if s.store == steps.ANSWERS]
    assert answer_pages == list(PAGES)
    for step in steps.STEPS:  # a question added later comes after today's on its page
        fields = list(step.fields)
        assert fields[:len([f for f in fields if f in today])] == \
            [f for f in fields if f in today], step.slug
    assert steps.STEPS[-1].slug == steps.OFFER_STEP


def test_every_question_is_on_the_page_it_names():
    slugs = {s.slug for s in steps.STEPS}
    for question in rules.QUESTIONS:
        assert question.page in slugs, question.id
        assert steps.STEP_OF[question.id].slug == question.page
        assert question.id in steps.STEP_OF[question.id].fields


def test_the_doctors_asks_come_from_the_questions_and_signs():
    assert set(doctor_voice.ASKS) == {q.id for q in rules.QUESTIONS} | \
        {s.id for s in rules.WARNING_SIGNS}
    assert str(doctor_voice.ASKS["trial_consent"]) == \
        "May the patient take the consent form home before signing?"
