"""docs/hazard-log.md: every hazard complete, its risk from the matrix, every named test real.

Test names are collected by parsing the test files with ``ast`` (nothing is run or imported),
so a renamed or deleted test fails here instead of leaving a control without its proof.
"""

import ast
import re
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LOG = ROOT / "docs" / "hazard-log.md"

SEVERITIES = ("Minor", "Significant", "Considerable", "Major", "Catastrophic")
LIKELIHOODS = ("Very low", "Low", "Medium", "High", "Very high")
#: Risk by likelihood (rows, Very low first) and severity (columns, Minor first).
MATRIX = (
    (1, 1, 2, 2, 3),
    (1, 2, 2, 3, 4),
    (2, 2, 3, 3, 4),
    (2, 3, 3, 4, 5),
    (3, 4, 4, 5, 5),
)
FIELDS = ("Cause", "Effect on a patient", "Severity", "Likelihood", "Risk", "Control", "Tests")
_TEST_REF = re.compile(r"`(tests/[\w/]+\.py)::([\w:]+)`")


def parse_log(text: str) -> list[dict]:
    """The hazards: id, title and each ``- **Field:** value`` (values may run over lines)."""
    hazards = []
    for block in re.split(r"^### ", text, flags=re.M)[1:]:
        heading, _, body = block.partition("\n")
        found = re.match(r"(H\d{2}) (.+)", heading.strip())
        assert found, f"a hazard heading must start with its id: {heading!r}"
        fields = {}
        for item in re.split(r"^- ", body, flags=re.M)[1:]:
            field = re.match(r"\*\*(.+?):\*\*\s*(.*)", item, flags=re.S)
            if field:
                fields[field.group(1)] = re.sub(r"\s+", " ", field.group(2)).strip()
        hazards.append({"id": found.group(1), "title": found.group(2), **fields})
    return hazards


@cache
def _tests_in(path: str) -> frozenset[str]:
    """``test_x`` and ``TestY::test_x`` names defined in a test file, without running it."""
    file = ROOT / path
    if not file.is_file():
        return frozenset()
    tree = ast.parse(file.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith(
                "test"):
            names.add(node.name)
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            names.update(f"{node.name}::{item.name}" for item in node.body
                         if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
                         and item.name.startswith("test"))
    return frozenset(names)


@pytest.fixture(scope="module")
def hazards():
    return parse_log(LOG.read_text(encoding="utf-8"))


def test_the_log_names_at_least_twelve_hazards_with_unique_ids_in_order(hazards):
    ids = [h["id"] for h in hazards]
    assert len(ids) >= 12
    assert ids == [f"H{i:02d}" for i in range(1, len(ids) + 1)]


def test_every_hazard_has_every_field_filled_in(hazards):
    for hazard in hazards:
        missing = [f for f in FIELDS if not hazard.get(f)]
        assert missing == [], hazard["id"]


def test_every_risk_follows_from_severity_and_likelihood(hazards):
    for hazard in hazards:
        assert hazard["Severity"] in SEVERITIES, hazard["id"]
        assert hazard["Likelihood"] in LIKELIHOODS, hazard["id"]
        expected = MATRIX[LIKELIHOODS.index(hazard["Likelihood"])][
            SEVERITIES.index(hazard["Severity"])]
        assert hazard["Risk"] == str(expected), hazard["id"]


def test_every_hazard_names_a_test_and_every_named_test_exists(hazards):
    missing = []
    for hazard in hazards:
        refs = _TEST_REF.findall(hazard["Tests"])
        assert refs, f"{hazard['id']} names no test as tests/path.py::test_name"
        missing += [f"{hazard['id']}: {path}::{name}" for path, name in refs
                    if name not in _tests_in(path)]
    assert missing == []


def test_the_log_covers_the_hazards_the_issue_names(hazards):
    titles = " ".join(h["title"].lower() for h in hazards)
    for words in ("false green", "false red", "lost or mixed answer", "in a log",
                  "wrong person", "mistranslation", "stale rule", "brute force",
                  "pdf renderer fetches a url", "wrong identifier link", "urgent care",
                  "transplant"):
        assert words in titles, words


# --- the checker of the log checks what it should -------------------------------------------

_GOOD = """
### H01 Something
- **Cause:** a
- **Effect on a patient:** b
- **Severity:** Major
- **Likelihood:** Low
- **Risk:** 3
- **Control:** c
- **Tests:** `tests/test_hazard_log.py::test_every_risk_follows_from_severity_and_likelihood`
"""


def test_the_parser_reads_fields_that_run_over_several_lines():
    (hazard,) = parse_log(_GOOD.replace("- **Control:** c", "- **Control:** one\n  two"))
    assert hazard["id"] == "H01" and hazard["title"] == "Something"
    assert hazard["Control"] == "one two"
    assert _TEST_REF.findall(hazard["Tests"]) == [
        ("tests/test_hazard_log.py", "test_every_risk_follows_from_severity_and_likelihood")]


@pytest.mark.parametrize("change, check", [
    (("Risk:** 3", "Risk:** 2"), test_every_risk_follows_from_severity_and_likelihood),
    (("- **Cause:** a\n", ""), test_every_hazard_has_every_field_filled_in),
    (("::test_every_risk", "::test_no_such_test"),
     test_every_hazard_names_a_test_and_every_named_test_exists),
    (("tests/test_hazard_log.py", "tests/no_such_file.py"),
     test_every_hazard_names_a_test_and_every_named_test_exists),
])
def test_a_broken_entry_fails_its_check(change, check):
    check(parse_log(_GOOD))  # the good entry passes
    with pytest.raises(AssertionError):
        check(parse_log(_GOOD.replace(*change)))


def test_test_names_are_read_from_functions_and_test_classes(tmp_path, monkeypatch):
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_x.py").write_text(
        "def test_a(): pass\ndef helper(): pass\n"
        "class TestB:\n    def test_c(self): pass\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    _tests_in.cache_clear()
    try:
        assert _tests_in("tests/test_x.py") == {"test_a", "TestB::test_c"}
    finally:
        _tests_in.cache_clear()
