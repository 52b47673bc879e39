"""The Spanish version: a complete catalogue, and pages and PDF that follow the language switch."""

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

import rules
from rules import aftercare, products, regulators, safety

from .. import pdfread

#: Every language besides the one the texts are written in has a complete catalogue.
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def _po(language: str) -> Path:
    return Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"


ES = {"HTTP_ACCEPT_LANGUAGE": "es"}


def _parse_po(path: Path) -> list[dict]:
    """Entries of a .po file: msgid, msgid_plural, msgstr (a list) and flags; header skipped.

    Small on purpose: it reads what makemessages writes (no obsolete entries, no previous-msgid
    comments kept, since scripts/messages passes --no-obsolete).
    """
    entries, entry, field = [], None, None

    def _close():
        if entry is not None and entry.get("msgid"):
            entries.append(entry)

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("#,"):
            _close()
            entry = {"flags": {f.strip() for f in line[2:].split(",")}, "msgstr": {}}
            field = None
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            value = ast.literal_eval(line)
            if isinstance(field, int):
                entry["msgstr"][field] += value
            else:
                entry[field] += value
        else:
            keyword, _, rest = line.partition(" ")
            value = ast.literal_eval(rest)
            if keyword in ("msgid", "msgctxt") and (entry is None or "msgid" in entry):
                _close()
                entry = {"flags": set(), "msgstr": {}}
            if keyword.startswith("msgstr"):
                index = int(keyword[7:-1]) if "[" in keyword else 0
                entry["msgstr"][index] = value
                field = index
            else:
                entry[keyword] = value
                field = keyword
    _close()
    return entries


@pytest.fixture(scope="module", params=TRANSLATED)
def language(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def catalogue(language):
    return _parse_po(_po(language))


@pytest.fixture(scope="module")
def plural_forms(language) -> int:
    header = _po(language).read_text(encoding="utf-8")
    return int(re.search(r"nplurals=(\d+)", header).group(1))


def test_every_language_has_a_catalogue():
    assert TRANSLATED == ["es"]
    for language in TRANSLATED:
        assert _po(language).is_file(), language


def test_each_catalogue_has_every_message_translated_and_none_fuzzy(catalogue):
    assert len(catalogue) > 400
    untranslated = [e["msgid"] for e in catalogue if not all(e["msgstr"].values())]
    fuzzy = [e["msgid"] for e in catalogue if "fuzzy" in e["flags"]]
    assert untranslated == []
    assert fuzzy == []


def test_plural_messages_have_every_plural_form_of_their_language(catalogue, plural_forms):
    plurals = [e for e in catalogue if "msgid_plural" in e]
    assert plurals
    for entry in plurals:
        assert sorted(entry["msgstr"]) == list(range(plural_forms)), entry["msgid"]


_PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\{.*?\}\}|<[^>]+>")


def test_every_translation_keeps_the_placeholders_and_markup_of_its_original(catalogue):
    for entry in catalogue:
        expected = sorted(_PLACEHOLDER.findall(entry.get("msgid_plural", entry["msgid"])))
        for form, text in entry["msgstr"].items():
            found = sorted(_PLACEHOLDER.findall(text))
            # The singular Spanish form may leave the number out, like English "one day".
            if form == 0 and "msgid_plural" in entry:
                expected_singular = sorted(_PLACEHOLDER.findall(entry["msgid"]))
                assert found == expected_singular, (entry["msgid"], text)
            else:
                assert found == expected, (entry["msgid"], text)


def test_the_catalogue_holds_the_rules_packages_texts(catalogue):
    ids = {e["msgid"] for e in catalogue}
    texts = [*rules.ANSWER_LABELS.values()]
    for q in rules.QUESTIONS:
        texts += [q.text, q.short, q.hint, q.ask]
    for sign in rules.WARNING_SIGNS:
        texts += [sign.label, sign.hint, sign.ask]
    for document in rules.DOCUMENTS:
        texts += [document.text, document.hint]
    for criterion in rules.CRITERIA:
        texts += [criterion.title, criterion.description, criterion.not_met, criterion.unknown]
    texts += [rule.explanation for rule in rules.RULES]
    texts += [v.title for v in rules.VERDICTS.values()]
    texts += [v.summary for v in rules.VERDICTS.values()]
    texts += [s.title for s in rules.SOURCES.values()]
    texts += [i.text for i in (*safety.ABSOLUTE_CONTRAINDICATIONS,
                               *safety.RELATIVE_CONTRAINDICATIONS, *safety.RED_FLAGS,
                               *safety.TRANSPLANT_RED_FLAGS)]
    checkpoints = (*safety.CHECKPOINTS, *safety.BASELINES.values(),
                   *safety.EARLY_BY_ROUTE.values(), safety.DONOR_SCREENING,
                   *safety.TRANSPLANT_CHECKPOINTS)
    texts += [t for c in checkpoints for t in (c.when, c.text)]
    texts += [n.text for n in safety.ROUTE_NOTES.values()]
    assert [t for t in texts if t not in ids] == []
    assert "Did they tell you the product is a medicine made from cells?" in ids


def test_the_catalogue_holds_every_regulators_product_and_after_treatment_text(catalogue):
    # What the report shows of the regulators, products and after-treatment signs: each
    # translated (every entry of the catalogue is, test above), so none shows in English on a
    # report in another language.
    ids = {e["msgid"] for e in catalogue if all(e["msgstr"].values())}
    texts = [regulators.NOT_EU_AUTHORISATION]
    for regulator in regulators.REGULATORS.values():
        texts += [regulator.name, regulator.check, regulator.report]
        texts += [regulator.note] if regulator.note else []
    for product in products.PRODUCTS:
        texts += [product.what, *(a.note for a in product.approvals)]
    texts += [sign.label for sign in (*aftercare.SIGNS, *aftercare.TRANSPLANT_SIGNS)]
    texts += [t for c in (*safety.CHECKPOINTS, *safety.TRANSPLANT_CHECKPOINTS)
              for t in (c.when, c.text)]
    assert len(texts) > 3 * len(regulators.REGULATORS)
    assert [t for t in texts if t not in ids] == []


def test_the_compiled_catalogue_translates_rules_texts_and_plurals():
    with translation.override("es"):
        assert translation.gettext(rules.QUESTIONS_BY_ID["atmp"].text) == (
            "¿Le dijeron que el producto es un medicamento hecho con células?")
        assert translation.gettext(rules.ANSWER_LABELS["unsure"]) == "No estoy seguro/a"
        assert translation.ngettext("%(days)d day", "%(days)d days", 1) % {"days": 1} == "1 día"
        assert translation.ngettext("%(days)d day", "%(days)d days", 21) % {"days": 21} == (
            "21 días")


# --- the language switch --------------------------------------------------------------------

class _Forms(HTMLParser):
    """The forms of a page with their action, method, hidden inputs and submit buttons."""

    def __init__(self):
        super().__init__()
        self.forms, self._button = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({**attrs, "hidden": {}, "buttons": []})
        elif tag == "input" and attrs.get("type") == "hidden" and self.forms:
            self.forms[-1]["hidden"][attrs["name"]] = attrs.get("value", "")
        elif tag == "button" and self.forms:
            self._button = {**attrs, "text": ""}
            self.forms[-1]["buttons"].append(self._button)

    def handle_data(self, data):
        if self._button is not None:
            self._button["text"] += data

    def handle_endtag(self, tag):
        if tag == "button":
            self._button = None


def _language_form(html: bytes) -> dict:
    parser = _Forms()
    parser.feed(html.decode())
    (form,) = [f for f in parser.forms if f.get("class") == "language-switch"]
    return form


def _switch(client, page: str, language: str):
    """Press a language button on page as a browser without JavaScript would."""
    form = _language_form(client.get(page).content)
    assert form["method"] == "post"
    (button,) = [b for b in form["buttons"] if b["value"] == language]
    return client.post(form["action"], {**form["hidden"], button["name"]: button["value"]})


def test_the_footer_switch_is_a_plain_post_form_with_each_language_named_in_itself(client, db):
    form = _language_form(client.get("/").content)
    assert form["action"] == "/i18n/setlang/"
    assert form["hidden"]["next"] == "/"
    assert "csrfmiddlewaretoken" in form["hidden"]
    buttons = {b["value"]: b for b in form["buttons"]}
    assert buttons["en"]["text"].strip() == "English" and buttons["en"]["lang"] == "en"
    assert buttons["es"]["text"].strip() == "Español" and buttons["es"]["lang"] == "es"
    assert all(b["type"] == "submit" and b["name"] == "language" for b in buttons.values())


def test_switching_to_spanish_keeps_the_page_and_checks_the_csrf_token(db):
    browser = Client(enforce_csrf_checks=True)
    response = _switch(browser, "/privacy/", "es")
    assert response.status_code == 302
    assert response["Location"] == "/privacy/"
    page = browser.get("/privacy/").content.decode()
    assert '<html lang="es">' in page
    assert "Su privacidad" in page
    assert 'aria-current="true">Español</button>' in page

    _switch(browser, "/privacy/", "en")
    assert "Your privacy" in browser.get("/privacy/").content.decode()


def test_the_switch_refuses_a_forged_post_without_its_token(db):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post("/i18n/setlang/", {"language": "es", "next": "/"})
    assert response.status_code == 403
    assert '<html lang="en">' in browser.get("/").content.decode()


@pytest.mark.parametrize("data", [
    {"language": "xx", "next": "/privacy/"},
    {"language": "es", "next": "https://evil.example/"},
    {"next": "/privacy/"},
])
def test_a_bad_switch_request_never_fails_or_leaves_the_site(client, db, data):
    response = client.post("/i18n/setlang/", data)
    assert response.status_code == 302
    assert response["Location"].startswith("/")


# --- pages and PDF in Spanish ----------------------------------------------------------------

def test_the_start_page_is_in_spanish_for_a_spanish_browser(client, db):
    page = client.get("/", **ES).content.decode()
    assert '<html lang="es">' in page
    assert "Compruebe una oferta de tratamiento con células madre" in page
    assert "«No estoy seguro/a»" in page
    assert "Check a stem cell treatment offer" not in page


#: The pages' posts for an offer sold by a private clinic.
SOLD = {"provider": {"provider": "private_clinic"}, "payment": {"payment": "treatment"}}


def test_a_question_page_shows_the_spanish_question_hint_and_not_sure_answer(journey):
    _switch(journey.client, "/", "es")
    page = journey.client.get(journey.url("atmp")).content.decode()
    with translation.override("es"):
        text, hint = (translation.gettext(t) for t in rules.wording("atmp", {}))
    assert text in page and text.startswith("¿") and hint.split(".")[0] in page
    # Asked as what they were told (issue 24): "not sure" is "they did not say, or not sure".
    assert "No me lo dijeron, o no estoy seguro/a" in page
    # The fifth page: kind; who gives it and where; illness; the cells; what they told you.
    assert "Página 5 de" in page and "Lo que le han dicho" in page
    assert "Not sure" not in page
    country = journey.client.get(journey.url("country")).content.decode()
    assert "Seleccione un país" in country and ">México</option>" in country
    assert ">Alemania</option>" in country


def test_a_spanish_answer_page_explains_errors_in_spanish(journey):
    _switch(journey.client, "/", "es")
    page = journey.post("atmp", {}).content.decode()
    assert "Hay un problema" in page
    assert "Seleccione «Sí», «No» o «No estoy seguro/a»" in page


def test_check_your_answers_and_the_report_are_in_spanish(journey):
    _switch(journey.client, "/", "es")
    # Sold by a private clinic: "not a cell medicine" and the same day are red (issue 27).
    journey.answer_all({"atmp": {"atmp": "no"}, "clean_room": {"clean_room": "told"},
                        "extraction_days": {"extraction_days": "0"}, **SOLD})
    answers = journey.client.get(journey.url("answers")).content.decode()
    assert "Revise sus respuestas" in answers
    with translation.override("es"):
        followup = translation.gettext(rules.QUESTIONS_BY_ID["pain_followup"].text)
    assert followup in answers.replace("&#x27;", "'")
    assert "El mismo día" in answers and "España" in answers

    report = journey.finish().content.decode()
    assert "No siga adelante" in report
    assert "No firme ni pague nada." in report  # what to do next, for red
    assert "Su código privado para volver (no lo comparta)" in report
    assert "Se lo dijeron, pero no le mostraron nada por escrito" in report
    assert "Quién regula allí los tratamientos con células" in report
    assert "Do not go ahead" not in report


@pytest.fixture
def finished_red(journey):
    journey.answer_all({"atmp": {"atmp": "no"}, "clinical_trial": {"clinical_trial": "unsure"},
                        "warning_signs": {"warning_signs": ["no_evidence", "guaranteed_results"]},
                        **SOLD})
    journey.finish()
    return journey


def _pdf_text(pdf: bytes) -> tuple[str, int]:
    pages = pdfread.page_texts(pdf)
    return re.sub(r"\s+", "", "\n".join(pages)), len(pages)


def test_the_pdf_follows_the_language_of_the_page(finished_red):
    client, qid = finished_red.client, finished_red.qid
    english, _ = _pdf_text(client.get(f"/report/{qid}/a4.pdf").content)
    _switch(client, f"/report/{qid}/", "es")
    response = client.get(f"/report/{qid}/a4.pdf")
    assert response.status_code == 200
    spanish, pages = _pdf_text(response.content)

    assert pages <= 2
    with translation.override("es"):
        for question in rules.QUESTIONS:
            if question.id in finished_red.record.answers:
                assert re.sub(r"\s+", "", translation.gettext(question.short)) in spanish
    assert "Nosigaadelante" in spanish
    assert "informeparaunasegundaopinión" in spanish
    assert "Donotgoahead" not in spanish
    assert "Donotgoahead" in english


def test_every_verdict_fits_two_a4_pages_in_spanish():
    from checker.report.pdf import render_pdf

    from .report_cases import CASES, make_context

    with translation.override("es"):
        for name, answers in CASES.items():
            _text, pages = _pdf_text(render_pdf(make_context(answers)))
            assert pages <= 2, name
