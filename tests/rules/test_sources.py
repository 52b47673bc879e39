"""The source list: one entry per id, and a second entry with the same id is refused."""

import dataclasses

import pytest

from rules import sources


def test_a_duplicate_source_id_is_refused():
    first = sources._LISTED[0]
    copy = dataclasses.replace(first, title="Another title", url="")
    with pytest.raises(ValueError, match=f"source '{first.id}': listed twice"):
        sources._by_id((*sources._LISTED, copy))


def test_every_listed_source_is_kept_once():
    assert len(sources.SOURCES) == len(sources._LISTED)
    assert list(sources.SOURCES) == [s.id for s in sources._LISTED]


def test_the_sources_the_scanner_cites_keep_their_address():
    for source_id in ("ema-cat-2020", "fda-consumer-2021", "turner-2017", "cuende-2021",
                      "trial-registries"):
        assert sources.SOURCES[source_id].url.startswith("https://")
