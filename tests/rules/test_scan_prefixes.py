"""The advert scanner's prefix reader (rules/advert/prefixes.py): what a pattern's matches
start with, read without Python's private regex modules."""

import re

import pytest

from rules.advert.index import trie
from rules.advert.prefixes import prefixes
from rules.phrases import CONDITIONS, PHRASES


@pytest.mark.parametrize("pattern,expected", [
    ("cure", {"cur"}),
    ("ab|ac", {"ab", "ac"}),
    ("(?:a|b)c", {"ac", "bc"}),
    ("[1-3]x", {"1x", "2x", "3x"}),
    ("x?yz", {"xyz", "yz"}),
    ("a(?:b)*", {"a", "ab"}),
    ("(?<!fat )deposit", {"dep"}),
    ("no side", {"no"}),  # a space is a run of spaces or hyphens: the prefix stops there
    ("\\w+ing", {""}),
    ("[^a]bc", {""}),
    ("a{2", {"a{2"}),  # a brace that opens no repeat is a literal, as in Python's parser
])
def test_it_reads_the_first_characters(pattern, expected):
    assert prefixes(pattern) == expected


@pytest.mark.parametrize("pattern", ["(?P<name>a)", "(a)\\1", "(?i)a", "(?>a)", "(a"])
def test_unusual_syntax_gives_no_prefixes_so_the_pattern_is_tried_everywhere(pattern):
    assert prefixes(pattern) is None


def test_every_table_pattern_is_filed_by_prefix():
    patterns = [p for r in PHRASES for p in (*r.en, *r.es)]
    patterns += [p for g in CONDITIONS for p in (*g.en, *g.es)]
    assert [p for p in patterns if not prefixes(p) or "" in (prefixes(p) or ())] == []


def test_the_trie_matches_exactly_the_keys_as_prefixes():
    regex = re.compile(trie(["cur", "cu", "ab", "ac", "x"]))
    for text in ("cure", "cu", "ab", "acx", "x"):
        assert regex.match(text), text
    for text in ("c", "a", "ba", "y"):
        assert not regex.match(text), text
