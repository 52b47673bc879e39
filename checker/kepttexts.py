"""Rendered HTML kept per process (issue 26): the page cache (``pagecache``) and the fields
cache (``formcache``) each keep their texts in a ``KeptTexts``, bounded (the oldest used go
first) and emptied whenever a setting changes (as in tests) or runserver's reloader sees a
file change (a template may have changed). ``generation()`` goes into every key, so a text
rendered before such a change and kept after it is never found again.
"""

import contextlib
import itertools
from collections import OrderedDict
from collections.abc import Callable, Hashable

from django.core.signals import setting_changed
from django.utils.autoreload import file_changed

_generations = itertools.count()
_current = [next(_generations)]
#: What to empty on a change: every KeptTexts, and the callers' own remembered values.
_on_change: list[Callable[[], None]] = []


class KeptTexts(OrderedDict[Hashable, str]):
    """Texts by key, at most ``limit`` of them when one is kept."""

    def __init__(self) -> None:
        super().__init__()
        _on_change.append(self.clear)

    def fetch(self, key: Hashable) -> str | None:
        text = self.get(key)
        if text is not None:
            # Dropped meanwhile by another thread (runserver)? The text is still right.
            with contextlib.suppress(KeyError):
                self.move_to_end(key)
        return text

    def keep(self, key: Hashable, text: str, limit: int) -> None:
        self[key] = text
        while len(self) > limit:
            try:
                self.popitem(last=False)
            except KeyError:  # emptied meanwhile by another thread
                break


def generation() -> int:
    return _current[0]


def also_on_change(empty: Callable[[], None]) -> None:
    """Call ``empty`` too whenever the kept texts are emptied."""
    _on_change.append(empty)


def _changed(**kwargs: object) -> None:
    _current[0] = next(_generations)
    for empty in _on_change:
        empty()


setting_changed.connect(_changed)


def _file_changed(**kwargs: object) -> None:
    """runserver's reloader saw a file change (returns None, so the reloader still restarts
    for a Python file, as without this)."""
    _changed()


file_changed.connect(_file_changed)
