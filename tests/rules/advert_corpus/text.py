"""One text of the advert corpus, with the signs a careful reader would tick."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    id: str
    language: str
    signs: frozenset[str]
    text: str
    source: str = "written"
    benign: frozenset[str] = frozenset()


def _t(id, language, signs, text, source="written", benign=()):
    return Text(id, language, frozenset(signs), text.strip(), source, frozenset(benign))
