"""The ruleset version: a hash of the rules' content, stable across runs, new on any change."""

import dataclasses
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import rules
from rules import aftercare, eu, products, regulators, safety, version
from rules.sources import SOURCES
from rules.thresholds import PARAM_NOTES, PARAMS

ROOT = Path(__file__).resolve().parents[2]


def _tables(**changes) -> dict:
    return {**version.TABLES, **changes}


def test_the_version_is_a_short_hex_hash_of_the_tables():
    assert len(rules.RULESET_VERSION) == 12
    int(rules.RULESET_VERSION, 16)
    assert version.ruleset_version(version.TABLES) == rules.RULESET_VERSION


def test_the_version_is_the_same_in_every_process_whatever_the_hash_seed():
    code = "import rules; print(rules.RULESET_VERSION)"
    seen = set()
    for seed in ("0", "1", "12345"):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                             text=True, env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        seen.add(out.stdout.strip())
    assert seen == {rules.RULESET_VERSION}


def test_the_order_of_a_mapping_does_not_change_the_version():
    reversed_params = dict(reversed(list(PARAMS.items())))
    reversed_verdicts = dict(reversed(list(rules.VERDICTS.items())))
    assert list(reversed_params) != list(PARAMS)
    assert version.ruleset_version(
        _tables(params=reversed_params, verdicts=reversed_verdicts)) == rules.RULESET_VERSION


def _replace_rule(index: int, **changes) -> tuple:
    table = list(rules.RULES)
    table[index] = dataclasses.replace(table[index], **changes)
    return tuple(table)


def _rule_changes():
    """For every rule, one changed copy of the table per field of the rule."""
    for i, rule in enumerate(rules.RULES):
        first = rule.when[0]
        if first.days is not None:
            lo, hi = first.days
            when = (dataclasses.replace(first, days=(lo, hi + 1)), *rule.when[1:])
        else:
            when = (dataclasses.replace(first, values=(*first.values, "extra")), *rule.when[1:])
        other_outcome = next(o for o in (rules.MET, rules.NOT_MET, rules.UNKNOWN)
                             if o != rule.outcome)
        yield f"{rule.id}.when", _replace_rule(i, when=when)
        yield f"{rule.id}.outcome", _replace_rule(i, outcome=other_outcome)
        yield f"{rule.id}.explanation", _replace_rule(i, explanation=rule.explanation + " ")
        yield f"{rule.id}.source", _replace_rule(i, source="another-source")
        yield f"{rule.id}.decisive", _replace_rule(i, decisive=not rule.decisive)
        yield f"{rule.id}.criterion", _replace_rule(i, criterion=rule.criterion + "x")
        yield f"{rule.id}.id", _replace_rule(i, id=rule.id + "x")


def _canonical_once(monkeypatch) -> None:
    """Each table but the rules, and each rule, is put into canonical form once, not once per
    changed copy (1,085 copies): they are the same unchanged, frozen objects every time, so
    the version is the one the real function gives (checked first); only the changed rule and
    the whole hash are worked out afresh for each copy."""
    real = version.canonical
    unchanged = [table for name, table in version.TABLES.items() if name != "rules"]
    done = {id(value): real(value) for value in (*unchanged, *rules.RULES)}
    label, table = next(_rule_changes())
    expected = version.ruleset_version(_tables(rules=table))
    monkeypatch.setattr(version, "canonical",
                        lambda value: done[id(value)] if id(value) in done else real(value))
    assert version.ruleset_version(_tables(rules=table)) == expected, label
    assert version.ruleset_version(version.TABLES) == rules.RULESET_VERSION


def test_any_change_to_any_rule_gives_a_new_version(monkeypatch):
    _canonical_once(monkeypatch)
    versions = {rules.RULESET_VERSION}
    count = 0
    for label, table in _rule_changes():
        new = version.ruleset_version(_tables(rules=table))
        assert new != rules.RULESET_VERSION, label
        versions.add(new)
        count += 1
    assert count == 7 * len(rules.RULES)
    assert len(versions) == count + 1  # and no two changes collide


def test_dropping_adding_or_reordering_rules_gives_a_new_version():
    for table in (rules.RULES[1:], (*rules.RULES, rules.RULES[0]), tuple(reversed(rules.RULES))):
        assert version.ruleset_version(_tables(rules=table)) != rules.RULESET_VERSION


def test_a_change_to_a_threshold_criterion_verdict_question_or_warning_sign_gives_a_new_version():
    criterion = rules.CRITERIA[0]
    verdict_id, verdict = next(iter(rules.VERDICTS.items()))
    sign = rules.WARNING_SIGNS[0]
    changed = {
        "params": {**PARAMS, "autologous_min_days": PARAMS["autologous_min_days"] + 1},
        "criteria": (dataclasses.replace(criterion, questions=criterion.questions[1:]),
                     *rules.CRITERIA[1:]),
        "verdicts": {**rules.VERDICTS,
                     verdict_id: dataclasses.replace(verdict, summary=verdict.summary + ".")},
        "questions": (dataclasses.replace(rules.QUESTIONS[0], kind="days"),
                      *rules.QUESTIONS[1:]),
        "warning_signs": (dataclasses.replace(sign, serious=not sign.serious),
                          *rules.WARNING_SIGNS[1:]),
        "answer_labels": {**rules.ANSWER_LABELS, "yes": "Yes, in writing"},
    }
    for name, table in changed.items():
        assert version.ruleset_version(_tables(**{name: table})) != rules.RULESET_VERSION, name


def test_the_version_reads_a_questions_accepted_answers():
    # A question's answers are a property of its kind, not a field: they count too.
    data = version.canonical(rules.QUESTIONS[0])
    assert data["choices"] == list(rules.QUESTIONS[0].choices)


@pytest.mark.parametrize("value", [object(), len, 1j, b"bytes"])
def test_anything_that_is_not_plain_content_is_refused(value):
    with pytest.raises(TypeError):
        version.canonical({"x": value})


def test_canonical_data_is_plain_json_with_sorted_sets_and_mappings():
    data = version.canonical({"b": {3, 1, 2}, "a": (date(2026, 1, 2), None, True, 1.5)})
    assert data == {"mapping": [["a", ["2026-01-02", None, True, "1.5"]],
                                ["b", {"set": [1, 2, 3]}]]}
    json.dumps(data)


def _changed_version(monkeypatch, module, name, value) -> str:
    monkeypatch.setattr(module, name, value)
    return version.ruleset_version(version.tables())


def _first_replaced(items: tuple, **changes) -> tuple:
    return (dataclasses.replace(items[0], **changes), *items[1:])


def test_the_tables_read_now_give_the_version_the_rules_have():
    assert version.ruleset_version(version.tables()) == rules.RULESET_VERSION


def test_a_regulators_eu_flag_gives_a_new_version(monkeypatch):
    brazil = regulators.REGULATORS["BR"]
    assert not brazil.eu
    changed = {**regulators.REGULATORS, "BR": dataclasses.replace(brazil, eu=True)}
    assert _changed_version(monkeypatch, regulators, "REGULATORS", changed) \
        != rules.RULESET_VERSION


def test_eu_membership_gives_a_new_version(monkeypatch):
    assert _changed_version(monkeypatch, eu, "EU_MEMBERS", eu.EU_MEMBERS - {"MT"}) \
        != rules.RULESET_VERSION
    monkeypatch.undo()
    assert _changed_version(monkeypatch, eu, "EEA_ONLY", eu.EEA_ONLY | {"CH"}) \
        != rules.RULESET_VERSION


def test_a_products_status_gives_a_new_version(monkeypatch):
    product = products.PRODUCTS[0]
    approval = product.approvals[0]
    other = next(s for s in products.STATUSES if s != approval.status)
    changed = (dataclasses.replace(product, approvals=_first_replaced(product.approvals,
                                                                      status=other)),
               *products.PRODUCTS[1:])
    assert _changed_version(monkeypatch, products, "PRODUCTS", changed) \
        != rules.RULESET_VERSION


def test_a_safety_or_after_treatment_text_gives_a_new_version(monkeypatch):
    cases = [
        (safety, "RED_FLAGS", "text"),
        (safety, "ABSOLUTE_CONTRAINDICATIONS", "text"),
        (safety, "CHECKPOINTS", "text"),
        (aftercare, "SIGNS", "label"),
    ]
    for module, name, field in cases:
        items = getattr(module, name)
        changed = _first_replaced(items, **{field: getattr(items[0], field) + " (changed)"})
        assert _changed_version(monkeypatch, module, name, changed) != rules.RULESET_VERSION, \
            name
        monkeypatch.undo()


def test_the_rules_were_reviewed_at_this_version():
    assert rules.RULESET_VERSION == version.REVIEWED_VERSION, (
        "The rules changed since their last review. Check every changed rule against its "
        "source, then set rules/version.py REVIEWED_ON to today's date and REVIEWED_VERSION "
        f"to {rules.RULESET_VERSION!r}.")
    assert isinstance(rules.REVIEWED_ON, date)
    assert date(2025, 1, 1) <= rules.REVIEWED_ON <= date.today()


def test_the_assess_json_names_the_ruleset_and_its_review_date():
    data = rules.to_json_dict(rules.assess({}))
    assert data["ruleset"] == rules.RULESET_VERSION
    assert data["reviewed_on"] == rules.REVIEWED_ON.isoformat()
    date.fromisoformat(data["reviewed_on"])


# --- sources and thresholds as the methodology page shows them -------------------------------

FURTHER_SOURCES = ("ema-cat-2020", "fda-consumer-2021", "aemps-rd477", "cuende-2021",
                   "isscr-guide", "trial-registries", "turner-2017")


def test_the_further_sources_are_listed_with_their_addresses():
    for source_id in FURTHER_SOURCES:
        assert SOURCES[source_id].url.startswith("https://"), source_id


def test_every_address_is_https_and_the_sellers_pages_are_marked():
    for source in SOURCES.values():
        assert source.url == "" or source.url.startswith("https://"), source.id
    sellers = {s.id for s in SOURCES.values() if s.seller}
    # shared/sources/README.md, "Who wrote the seeds": all five seeds are sellers' pages.
    assert sellers == {"bookimed-safety", "medicoexperts-safety", "regenamex-side-effects",
                       "itrt-guide", "regencord-safety"}


def test_every_threshold_says_what_it_means_and_where_it_comes_from():
    assert set(PARAM_NOTES) == set(PARAMS)
    for name, note in PARAM_NOTES.items():
        assert note.meaning.strip(), name
        assert note.source in SOURCES, name
