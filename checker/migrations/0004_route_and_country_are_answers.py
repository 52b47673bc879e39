"""Judgement v2 (issue 12): ``route`` and ``country`` move from the offer details into the
answers, where the rules read them.

``route`` keeps its value (the ids are the same). ``country`` was free text: a name in
English or Spanish, or a two-letter code, becomes its ISO 3166-1 alpha-2 code; text that
names no country stays in the offer details as it was typed (the report shows it, and the
country question is asked again). An answer already given is never overwritten.
"""

from django.db import migrations

ROUTES = {"joint", "intravenous", "intrathecal", "surgical", "eye", "other", "unsure"}


def country_code(text: str) -> str:
    """The ISO code of a country typed as a name (English or Spanish) or a code; "" if none."""
    from django_countries import countries

    text = text.strip()
    if not text:
        return ""
    if len(text) == 2 and countries.alpha2(text):
        return countries.alpha2(text)
    for language in ("en", "es"):
        code = countries.by_name(text, language=language)
        if code:
            return code
    return ""


def forwards(apps, schema_editor):
    Questionnaire = apps.get_model("checker", "Questionnaire")
    for record in Questionnaire.objects.exclude(offer={}).iterator():
        offer, answers = dict(record.offer), dict(record.answers)
        route = offer.get("route")
        if route in ROUTES:
            answers.setdefault("route", route)
            offer.pop("route")
        typed = offer.get("country")
        code = country_code(typed) if isinstance(typed, str) else ""
        if code:
            answers.setdefault("country", code)
            offer.pop("country")
        if offer != record.offer or answers != record.answers:
            record.offer, record.answers = offer, answers
            record.version += 1
            record.save(update_fields=["offer", "answers", "version"])


def backwards(apps, schema_editor):
    Questionnaire = apps.get_model("checker", "Questionnaire")
    for record in Questionnaire.objects.iterator():
        offer, answers = dict(record.offer), dict(record.answers)
        for key in ("route", "country"):
            if key in answers and key not in offer:
                offer[key] = answers.pop(key)
        if offer != record.offer:
            record.offer, record.answers = offer, answers
            record.version += 1
            record.save(update_fields=["offer", "answers", "version"])


class Migration(migrations.Migration):

    dependencies = [
        ("checker", "0003_reportpdf_ruleset"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]
