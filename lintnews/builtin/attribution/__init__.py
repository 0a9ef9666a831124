"""The attribution check: is a hearsay cue backed by a source the reader can identify?

A package of small modules, each with one job, imported in one direction (lowest first):
:mod:`.facts` (what a judge call reads of the whole document), :mod:`.coverage` (does a
mention in the sentence vouch for the cue), :mod:`.cues` (the cue at a rule's anchor),
:mod:`.clearing` (what makes a claim nobody's unnamed view), :mod:`.frames` (a named
institution as a passive's frame), :mod:`.offices` (officials of a body the copy identifies),
:mod:`.illustrated` (a named speaker next who illustrates a vague group's view),
:mod:`.members` (a named member of a vague group), :mod:`.documents` (reports, polls, research), :mod:`.speakers` (speakers
and bodies named near a group), :mod:`.doubt` (the cases lowered to ``info`` and their notes)
and :mod:`.decision` (the entry, :func:`judge`, and the decision in one place).

The plugin imports this package on the first call of its judge
(``lintnews.builtin.plugin``), so a check with no hearsay cue never loads it.
"""

from __future__ import annotations

from lintnews.builtin.attribution.decision import judge
from lintnews.builtin.attribution.documents import RESEARCH_REACH_BLOCKS

__all__ = ["RESEARCH_REACH_BLOCKS", "judge"]
