"""What every match of a table pattern starts with: the strings of up to three characters
the scanner files the pattern under (see ``rules.advert.index``).

The pattern is read by a small parser of its own, for the regex syntax the phrase table
uses (literals, escapes, character sets, groups, alternation, repeats, lookarounds); any
other construct makes ``prefixes`` return ``None`` and the pattern is then tried at every
word start, which costs speed, never a finding. The parser builds the same tree as Python's
own (alternatives' common first items moved out, single characters merged into a set,
non-capturing groups spliced in), so a pattern is filed under the same prefixes.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import expand

#: Prefixes are at most this long.
PREFIX = 3
#: More possible prefixes than this at any point of a pattern: tried at every word start.
_MAX_PREFIXES = 400
_UNBOUNDED = -1
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_OCTAL = "01234567"


# --- the parsed form --------------------------------------------------------------------------
# Nodes compared by value (eq=True) are the ones Python's parser compares by value when it
# moves a common first item out of alternatives; the others compare by identity.

@dataclass(frozen=True)
class _Literal:
    char: str


@dataclass(frozen=True)
class _Set:
    """A character set: ``("char", c)``, ``("range", lo, hi)`` code points,
    ``("category", letter)`` for ``\\d``, ``\\w``..., and ``("negate",)`` first if negated."""

    members: tuple[tuple[str | int, ...], ...]


@dataclass(frozen=True)
class _At:
    """A zero-width anchor: ``^``, ``$``, ``\\b``, ``\\B``, ``\\A``, ``\\Z``."""

    kind: str


@dataclass(frozen=True)
class _Opaque:
    """Matches one character the prefix cannot tell: ``.`` (``"any"``) or ``[^x]``
    (``"not x"``)."""

    kind: str


@dataclass(frozen=True, eq=False)
class _Look:
    """A lookahead or lookbehind: zero width."""

    body: "list[_Node]"


@dataclass(frozen=True, eq=False)
class _Group:
    """A capturing group (non-capturing ones are spliced into their sequence)."""

    body: "list[_Node]"


@dataclass(frozen=True, eq=False)
class _Branch:
    alternatives: "list[list[_Node]]"


@dataclass(frozen=True, eq=False)
class _Repeat:
    low: int
    high: int  # _UNBOUNDED for no upper limit
    body: "list[_Node]"


@dataclass(frozen=True, eq=False)
class _Possessive:
    """A possessive repeat (``x*+``): its prefix is not read."""

    body: "list[_Node]"


_Node = _Literal | _Set | _At | _Opaque | _Look | _Group | _Branch | _Repeat | _Possessive

_CATEGORIES = {"d": "d", "D": "D", "s": "s", "S": "S", "w": "w", "W": "W"}
_ANCHORS = {"A", "b", "B", "Z"}
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            "\\": "\\"}


class _Reader:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0

    def peek(self) -> str | None:
        return self.text[self.at] if self.at < len(self.text) else None

    def take(self) -> str:
        if self.at >= len(self.text):
            raise ValueError("unexpected end of pattern")
        char = self.text[self.at]
        self.at += 1
        return char

    def match(self, char: str) -> bool:
        if self.peek() == char:
            self.at += 1
            return True
        return False

    def digits(self, allowed: str, most: int) -> str:
        found = ""
        while len(found) < most and (char := self.peek()) is not None and char in allowed:
            found += self.take()
        return found


def parse(pattern: str) -> list[_Node]:
    """The parsed form of ``pattern``; ``ValueError`` for syntax the scanner does not use."""
    reader = _Reader(pattern)
    items = _alternation(reader)
    if reader.peek() is not None:
        raise ValueError("unbalanced parenthesis")
    return items


def _alternation(reader: _Reader) -> list[_Node]:
    alternatives = [_sequence_of(reader)]
    while reader.match("|"):
        alternatives.append(_sequence_of(reader))
    if len(alternatives) == 1:
        return alternatives[0]
    items: list[_Node] = []
    while all(alternatives) and all(a[0] == alternatives[0][0] for a in alternatives):
        items.append(alternatives[0][0])
        for alternative in alternatives:
            del alternative[0]
    members: list[tuple[str | int, ...]] = []
    for alternative in alternatives:
        if len(alternative) != 1:
            break
        node = alternative[0]
        if isinstance(node, _Literal):
            members.append(("char", node.char))
        elif isinstance(node, _Set) and node.members[0] != ("negate",):
            members.extend(node.members)
        else:
            break
    else:
        items.append(_Set(tuple(dict.fromkeys(members))))
        return items
    items.append(_Branch(alternatives))
    return items


def _sequence_of(reader: _Reader) -> list[_Node]:
    items: list[_Node | tuple[str, list[_Node]]] = []  # ("group", body): spliced at the end
    while (char := reader.peek()) is not None and char not in "|)":
        reader.take()
        if char == "\\":
            items.append(_escape(reader, in_set=False))
        elif char == "[":
            items.append(_set(reader))
        elif char in "?*+{":
            _repeat(reader, char, items)
        elif char == ".":
            items.append(_Opaque("any"))
        elif char == "(":
            items.append(_group(reader))
        elif char in "^$":
            items.append(_At(char))
        else:
            items.append(_Literal(char))
    spliced: list[_Node] = []
    for item in items:
        if isinstance(item, tuple):
            spliced.extend(item[1])
        else:
            spliced.append(item)
    return spliced


def _group(reader: _Reader) -> "_Node | tuple[str, list[_Node]]":
    if not reader.match("?"):
        body = _alternation(reader)
        _close(reader)
        return _Group(body)
    kind = reader.take()
    if kind == "<":
        kind += reader.take()
        if kind not in ("<=", "<!"):
            raise ValueError(f"unsupported group (?{kind}")
    if kind not in (":", "=", "!", "<=", "<!"):
        raise ValueError(f"unsupported group (?{kind}")
    body = _alternation(reader)
    _close(reader)
    return ("group", body) if kind == ":" else _Look(body)


def _close(reader: _Reader) -> None:
    if not reader.match(")"):
        raise ValueError("missing )")


def _repeat(reader: _Reader, char: str, items: list[_Node | tuple[str, list[_Node]]]) -> None:
    if char == "{":
        if reader.peek() == "}":
            items.append(_Literal("{"))
            return
        here = reader.at
        low_text = reader.digits(_DIGITS, len(reader.text))
        high_text = reader.digits(_DIGITS, len(reader.text)) if reader.match(",") else low_text
        if not reader.match("}"):
            reader.at = here
            items.append(_Literal("{"))
            return
        low = int(low_text) if low_text else 0
        high = int(high_text) if high_text else _UNBOUNDED
        if high != _UNBOUNDED and high < low:
            raise ValueError("min repeat greater than max repeat")
    else:
        low, high = {"?": (0, 1), "*": (0, _UNBOUNDED), "+": (1, _UNBOUNDED)}[char]
    if not items:
        raise ValueError("nothing to repeat")
    last = items[-1]
    if isinstance(last, _At | _Repeat | _Possessive):
        raise ValueError("nothing to repeat or multiple repeat")
    body: list[_Node] = last[1] if isinstance(last, tuple) else [last]
    if reader.match("+"):
        items[-1] = _Possessive(body)
        return
    reader.match("?")  # lazy or greedy: the same first characters
    items[-1] = _Repeat(low, high, body)


def _escape(reader: _Reader, in_set: bool) -> _Node:
    letter = reader.take()
    if letter in _CATEGORIES:
        return _Set((("category", _CATEGORIES[letter]),))
    if letter in _ANCHORS and not (in_set and letter == "b"):
        if in_set:
            raise ValueError(f"bad escape \\{letter}")
        return _At(letter)
    if letter in _ESCAPES:
        return _Literal(_ESCAPES[letter])
    if letter in "xu":
        width = 2 if letter == "x" else 4
        code = reader.digits(_HEX, width)
        if len(code) != width:
            raise ValueError(f"incomplete escape \\{letter}{code}")
        return _Literal(chr(int(code, 16)))
    if letter.isascii() and (letter.isalpha() or letter.isdigit()):
        raise ValueError(f"unsupported escape \\{letter}")  # \U, \N, octal, backreferences
    return _Literal(letter)


def _set(reader: _Reader) -> _Node:
    negate = reader.match("^")
    members: list[tuple[str | int, ...]] = []
    while True:
        char = reader.take()
        if char == "]" and members:
            break
        first = _set_member(reader, char)
        if reader.match("-"):
            last = reader.take()
            if last == "]":
                members += [first, ("char", "-")]
                break
            end = _set_member(reader, last)
            if first[0] != "char" or end[0] != "char":
                raise ValueError("bad character range")
            low, high = ord(str(first[1])), ord(str(end[1]))
            if high < low:
                raise ValueError("bad character range")
            members.append(("range", low, high))
        else:
            members.append(first)
    members = list(dict.fromkeys(members))
    if len(members) == 1 and members[0][0] == "char":
        char = str(members[0][1])
        return _Opaque(f"not {char}") if negate else _Literal(char)
    return _Set((("negate",), *members) if negate else tuple(members))


def _set_member(reader: _Reader, char: str) -> tuple[str | int, ...]:
    if char != "\\":
        return ("char", char)
    node = _escape(reader, in_set=True)
    if isinstance(node, _Literal):
        return ("char", node.char)
    if isinstance(node, _Set):
        return node.members[0]
    raise ValueError("unsupported escape in a set")


# --- the prefixes -----------------------------------------------------------------------------

_Prefixes = set[tuple[str, bool]]


def prefixes(pattern: str) -> set[str] | None:
    """The strings of up to three characters that every match of ``pattern`` starts with
    one of (shorter when the pattern allows no more); ``None`` when that cannot be told, and
    then the pattern is tried at every word start. ``pattern`` is in the table's notation:
    spaces are expanded first (``rules.advert.model.expand``)."""
    try:
        found = _sequence(parse(expand(pattern)), PREFIX)
    except (ValueError, RecursionError):  # an unusual construct only costs speed
        return None
    return None if found is None else {text for text, _open in found}


def _sequence(items: Iterable[_Node], room: int) -> _Prefixes | None:
    """(prefix, open) pairs for a sequence of parsed items; ``open`` means the sequence was
    read to its end, so what follows it continues the prefix."""
    current = {("", True)}
    for node in items:
        following: _Prefixes = set()
        for prefix, is_open in current:
            if not is_open or len(prefix) >= room:
                following.add((prefix[:room], False))
                continue
            item = _item(node, room - len(prefix))
            if item is None:
                following.add((prefix, False))
                continue
            for text, item_open in item:
                joined = prefix + text
                following.add((joined[:room], item_open and len(joined) < room))
        if len(following) > _MAX_PREFIXES:
            return None
        current = following
    return current


def _item(node: _Node, room: int) -> _Prefixes | None:
    if isinstance(node, _Literal):
        return {(node.char, True)}
    if isinstance(node, _Set):
        chars = _chars(node.members)
        return None if chars is None else {(c, True) for c in chars}
    if isinstance(node, _Branch):
        found: _Prefixes = set()
        for alternative in node.alternatives:
            part = _sequence(alternative, room)
            if part is None:
                return None
            found |= part
        return found
    if isinstance(node, _Group):
        return _sequence(node.body, room)
    if isinstance(node, _Repeat):
        once = _sequence(node.body, room)
        if once is None:
            return None
        # one pass of the body; when it may repeat, what follows is not known here
        found = {(text, is_open and node.high == 1) for text, is_open in once}
        if node.low == 0:
            found.add(("", True))
        return found
    if isinstance(node, _At | _Look):
        return {("", True)}
    return None


def _chars(members: Sequence[tuple[str | int, ...]]) -> set[str] | None:
    chars: set[str] = set()
    for member in members:
        if member[0] == "char":
            chars.add(str(member[1]))
        elif member[0] == "range" and int(member[2]) - int(member[1]) < 64:
            chars.update(chr(c) for c in range(int(member[1]), int(member[2]) + 1))
        elif member == ("category", "d"):
            chars.update(_DIGITS)
        else:
            return None
    return chars

