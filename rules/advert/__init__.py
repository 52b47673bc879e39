"""The advert scanner's parts (pure Python, no Django). Import the public API from
``rules.phrases`` (the phrase table) and ``rules.scan`` (``scan``, ``fold``,
``detect_language``, ``MAX_CHARS``).

- ``model``: sign ids (and the ids still pending in the catalogue), rule types, shared
  pattern fragments, the pattern notation.
- ``claims``, ``offers``, ``trials``, ``conditions``: the phrase rules as data, by theme.
- ``frames``: the kinds of claim as frames over word stems, as data; ``stemmed``: the line
  of stems and the frames compiled over it.
- ``check``: the table's import check.
- ``text``: folding and language detection.
- ``context``: negations, warnings, reported speech, questions, hedges, agency sources and
  a rule's sentence patterns.
- ``prefixes``: what each pattern's matches start with, read by a small regex parser.
- ``index``: the patterns filed by prefix, and the matching pass over a text.
- ``scanner``: ``scan`` and its results.
"""
