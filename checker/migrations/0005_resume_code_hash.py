"""Resume codes are no longer stored: a keyed hash of a longer code derived from the id, and
a keyed hash of the code given before (which keeps working), replace the clear code."""

from django.db import migrations, models

from checker.codes import code_hash, derive_resume_code


def hash_codes(apps, schema_editor):
    questionnaire = apps.get_model("checker", "Questionnaire")
    for row in questionnaire.objects.only("pk", "resume_code").iterator():
        questionnaire.objects.filter(pk=row.pk).update(
            code_hash=code_hash(derive_resume_code(row.pk)),
            legacy_code_hash=code_hash(row.resume_code) if row.resume_code else "")


class Migration(migrations.Migration):

    dependencies = [
        ("checker", "0004_route_and_country_are_answers"),
    ]

    operations = [
        migrations.AddField(
            model_name="questionnaire", name="code_hash",
            field=models.CharField(editable=False, max_length=64, null=True),
        ),
        migrations.AddField(
            model_name="questionnaire", name="legacy_code_hash",
            field=models.CharField(blank=True, db_index=True, default="", editable=False,
                                   max_length=64),
            preserve_default=False,
        ),
        migrations.RunPython(hash_codes, migrations.RunPython.noop, elidable=False),
        migrations.RemoveField(model_name="questionnaire", name="resume_code"),
        migrations.AlterField(
            model_name="questionnaire", name="code_hash",
            field=models.CharField(editable=False, max_length=64, unique=True),
        ),
    ]
