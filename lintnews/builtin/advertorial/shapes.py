"""The advertorial family's view of headline-shaped lines.

The detector lives in :mod:`lintnews.builtin.constructions.headline_lines` (round 80), below
the three families, so that the unattributed and the loaded families read the same lines as
other stories' headlines; this module keeps the names the advertorial modules import.
"""

from __future__ import annotations

from lintnews.builtin.constructions.headline_lines import (
    JUDGED,
    LABEL_RULES,
    SHAPE_RULE,
    Shapes,
    check,
    picture_caption,
    score_line,
)

__all__ = ["JUDGED", "LABEL_RULES", "SHAPE_RULE", "Shapes", "check", "picture_caption", "score_line"]
