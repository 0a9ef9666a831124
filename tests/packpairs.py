"""The shipped plan's pack patterns paired with their forms before a rewrite: a robustness
round that makes a pack pattern linear (rounds 172, 173) proves the new form finds the base's
spans by comparing the two on generated listings. One helper for every such round (review 137:
the pairing was written out twice, word for word)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lintnews.packs import builtin_plan


def pack_pairs(pieces: Iterable[tuple[str, str]]) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(new, base) compiled for each plan pattern holding a rewritten piece: ``pieces`` are
    (new, old) substrings, the base pattern being the plan's with each new piece put back."""
    pieces = tuple(pieces)
    pairs = []
    for pattern, case in builtin_plan.PATTERN_IDS:
        base = pattern
        for new, old in pieces:
            base = base.replace(new, old)
        if base != pattern:
            flags = 0 if case else re.IGNORECASE
            pairs.append((re.compile(pattern, flags), re.compile(base, flags)))
    return pairs
