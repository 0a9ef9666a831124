"""Has the story named, before a point, a body or person headed by a word ("the Harbour
Gallery" before "the gallery")? Asked of one document many times, answered by reading it once.

The round 75 holder shapes (:mod:`.holders`) accept a definite agent in a cue's next sentence
("This was confirmed by the gallery") when the story named it earlier. Each such cue searched
the whole text before its next sentence again: in a long paragraph of such pairs the run was
quadratic (200 KB: 8.7 s, thirteen times the 50 KB run; review 75). Whether a prefix of the
text names the head only grows with the prefix, so for each head word this keeps how far the
text is known to hold no such name and where it is known to hold one, and reads only the
stretch between: each character once per head, however many cues ask.

It holds nothing beyond its document: one instance lives on the judge's
:class:`~lintnews.builtin.attribution.facts.DocFacts`, made for one judge call.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lintnews.document.document import Document

# how far before the stretch already read a name may start and still end inside the new one
# (up to four capitalised words and the head: "Gallery of Modern Art" is read from its start)
_OVERLAP = 400
# How many paragraphs before the asking paragraph the story's name may stand (round split142):
# the story's own paragraphs, not another story's in an archive file, and inside the context a
# part of a large file is linted with (``lintnews.execution.split.MARGIN_BLOCKS``; a test keeps
# the two in step). The whole text before was read: a name 30 paragraphs before a part vouched
# in a one-process run only.
NAMED_HEAD_REACH_BLOCKS = 25


def _pattern(head: str) -> re.Pattern[str]:
    """A name ending in the head ("the Harbour Gallery"), or headed by it ("Gallery of the
    Arts"); not one that is only an article or demonstrative and the head ("The Gallery")."""
    cap = re.escape(head[:1].upper() + head[1:].lower())
    return re.compile(rf"\b(?:(?!(?:The|A|An|This|That)\b)[A-Z][\w'’&.-]*\s+){{1,4}}{cap}\b"
                      rf"|\b{cap}\s+(?:of|for)\s+(?:the\s+)?[A-Z]")


class NamedHeads:
    """Per head word: the longest prefix of the text known to name none, and the shortest
    known to name one."""

    __slots__ = ("_known", "doc", "text")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        # (head, where the reach starts) -> [pattern, longest prefix with no name, shortest
        # prefix with one (-1: none known)]
        self._known: dict[tuple[str, int], tuple[re.Pattern[str], int, int]] = {}

    def before(self, head: str, before: int) -> bool:
        """Does ``text[:before]``, from :data:`NAMED_HEAD_REACH_BLOCKS` paragraphs before the one
        ``before`` is in, name a body or person whose name ends in (or is headed by) ``head``? A
        head of under three letters, or not all letters, never counts."""
        if len(head) < 3 or not head.isalpha():
            return False
        doc = self.doc
        since = doc.blocks[max(0, doc.block_index(before) - NAMED_HEAD_REACH_BLOCKS)].start if doc.blocks else 0
        key = (head.lower(), since)
        pattern, clear, named = self._known.get(key) or (_pattern(head), since, -1)
        if before <= clear:
            return False
        if 0 <= named <= before:
            return True
        # (read from just before the stretch known to be clear: a name may straddle its end)
        if pattern.search(self.text, max(since, clear - _OVERLAP), before) is not None:
            self._known[key] = (pattern, clear, before if named < 0 else min(named, before))
            return True
        self._known[key] = (pattern, before, named)
        return False
