"""Constructions of unattributed claims, recognised around the matcher's anchors.

The rule pack (``rules/unattributed-claim.toml``) finds cheap anchors: an auxiliary before a
word shaped like a participle, a participle, a person noun, a document noun. Each module here
decides whether the words around an anchor make the construction an editor asks "who says
so?" of, and where its cue begins and ends:

- :mod:`.passive`: agentless passives of reporting, cognition and evaluation verbs with the
  complement each takes ("is regarded as", "had been rumoured", ", thought to be"), and
  received opinion ("widely praised", "well received");
- :mod:`.sources`: unnamed people as the source of a claim ("officials say", "a banking
  expert warned", "according to people familiar with the talks");
- :mod:`.provenance`: unnamed documents and research ("studies show", "amid reports that");
- :mod:`.holder`: a document, publisher or court case given just before a cue that holds its
  view ("The ONS published its survey. Unemployment is estimated to ..."): a hint;
(A transcript's, an interview's or a letter's paragraphs are their speaker's words:
:mod:`lintnews.document.turns`, shared with the loaded-language judge.)

The open-class words of each construction are word classes
(``lintnews/language/wordclasses/attribution.toml``, every inflection from the lexicon, see
:mod:`.lexicon`); the closed-class grammar around them is in :mod:`.grammar`. Whether a
source elsewhere in the sentence clears the cue is the attribution judge's question
(:mod:`lintnews.builtin.attribution`), not these modules'.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

# The (start, end) of the sentence around an anchor, asked for only when the cheap tests
# around the anchor pass (most anchors are not constructions).
Bounds = Callable[[], tuple[int, int]]

# How far from a cue the clause-reading tests look inside its sentence. A sentence of prose is
# far shorter; a page pasted as one "sentence" (no stops, or sentences glued together) is not,
# and reading all of it again for each of its cues made the judge's time grow with the square
# of its length (25 KB of glued sentences: 2 s; 100 KB: 17 s).
SENTENCE_REACH = 1500


# how far after a cue its sentence and the next one (with the sentences of a quotation whose
# tag names the speaker) are read for what names its source: three sentences of the longest
# prose, so that a page pasted as one sentence is not read to its end for each of its cues
FOLLOWING_REACH = 3 * SENTENCE_REACH


def near(lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The sentence ``[lo, hi)`` around the cue ``[start, end)``, cut to
    :data:`SENTENCE_REACH` on either side (the whole sentence, for any sentence of prose)."""
    return max(lo, start - SENTENCE_REACH), min(hi, end + SENTENCE_REACH)


class Cue(NamedTuple):
    """A construction found around an anchor.

    ``start``/``end``: the cue an editor sees flagged; ``question``: the message, naming the
    construction and asking the editor's question; ``identified``: ``None`` when nobody is
    identified, ``"described"`` when the cue's own words describe a source without naming it
    ("experts at the Halvorsen Institute"): a hint, not a warning. ``head``: the noun a vague
    source is headed by (a named member of it clears the cue), else ``""``. ``branch``: which
    branch of the construction made the cue ("passive:that:finite", "source:lead:say"), for
    calibration (``benchmarks/unattributed_constructions.py`` tallies precision per branch on
    judged warnings) and, since round 130, in two readings: a ``source:`` branch found at
    another rule's verb anchor ("Insurers fear that") is judged and reported as the
    vague-source rule's (:mod:`lintnews.builtin.attribution.decision`), and only a
    ``source:lead:plural:`` branch can be the strict frame of a ``group-speakers`` head
    (:mod:`lintnews.builtin.constructions.sources.unnamed`).
    """

    start: int
    end: int
    question: str
    identified: str | None = None
    head: str = ""
    severity: str | None = None  # "info" for a construction that is only a hint
    branch: str = ""
