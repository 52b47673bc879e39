"""The advert scanner's corpus, in two halves fixed before the scanner was tuned.

``DEV`` (development) is what the phrase and claim rules were tuned on; ``HELD_OUT`` was
never used to tune them and measures how the scanner does on texts it has not seen. Each
half has unproven offers (``*_OFFERS``) and legitimate texts (``*_LEGITIMATE``): the first
45 texts (``original``) alternate between the halves in their order, and each half has new
texts of its own (``dev``, ``held_out``), in two batches: the second held-out batch was
written after the last round of tuning and scored once. ``OFFERS`` and ``LEGITIMATE`` are
both halves. Shared by tests/rules/test_scan.py and benchmarks/scan.py.
"""

from . import dev, held_out, original
from .text import Text

__all__ = [
    "DEV_LEGITIMATE", "DEV_OFFERS", "HELD_OUT_LEGITIMATE", "HELD_OUT_OFFERS", "LEGITIMATE",
    "OFFERS", "Text",
]

DEV_OFFERS: tuple[Text, ...] = (*original.OFFERS[0::2], *dev.OFFERS, *dev.OFFERS_2)
HELD_OUT_OFFERS: tuple[Text, ...] = (*original.OFFERS[1::2], *held_out.OFFERS,
                                     *held_out.OFFERS_2)
DEV_LEGITIMATE: tuple[Text, ...] = (*original.LEGITIMATE[0::2], *dev.LEGITIMATE,
                                      *dev.LEGITIMATE_2)
HELD_OUT_LEGITIMATE: tuple[Text, ...] = (*original.LEGITIMATE[1::2], *held_out.LEGITIMATE,
                                          *held_out.LEGITIMATE_2)

OFFERS: tuple[Text, ...] = (*DEV_OFFERS, *HELD_OUT_OFFERS)
LEGITIMATE: tuple[Text, ...] = (*DEV_LEGITIMATE, *HELD_OUT_LEGITIMATE)
