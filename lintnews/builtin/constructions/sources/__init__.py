"""Unnamed sources: people nobody names as the source of a claim.

The construction: a noun phrase headed by a person or group noun ("officials", "a military
source", "people", or a quantifier standing alone: "many", "some", "others", "those who"),
with an indefinite, quantified or cardinal determiner or none (a bare plural), any modifiers
("senior", "London-based", "Downing Street"), and no name or identifying apposition, that is

- the subject of a speech, cognition or complaint verb, in any tense, after any auxiliaries
  and adverbs ("critics have long argued", "with forecasters warning"), at the start of a
  clause ("..., though officials say", "She said senior aides had warned");
- the object of "according to", or the subject of an inverted tag (", say officials.");
- or marked as anonymous by its own words ("people familiar with the talks", "a source close
  to the minister", "who spoke on condition of anonymity").

Not a source: a definite phrase refers back to one already introduced ("the experts", "these
insiders"); a name right after the noun or in an apposition names it ("spokeswoman Jane
Roe", "critics, including Ana Ruiz,"); a place or an organisation used as a modifier
identifies nobody ("Downing Street aides" stays vague), but one in a prepositional phrase
("experts at the Halvorsen Institute") or as an owner ("the company's executives") describes
the source: a hint, not a warning.

A package of small modules, each with one job, imported in one direction (lowest first):
:mod:`.heads` (determiners and heads: a definite phrase's referent, the story's first "the
source", a counted or modifying head), :mod:`.phrase` (reading the noun phrase around its
head: its extent, asides, hallmarks of anonymity, clause edges), :mod:`.names` (names and
identifying appositions), :mod:`.verbs` (the subject's verb: does it report a claim),
:mod:`.relatives` (relative clauses and by-phrase agents) and :mod:`.unnamed` (the entry,
:func:`unnamed_source`, trying each position a source takes, and its cue).
"""

from __future__ import annotations

from lintnews.builtin.constructions.grammar import DEFINITE
from lintnews.builtin.constructions.sources.heads import FirstMention
from lintnews.builtin.constructions.sources.unnamed import unnamed_source

# (``DEFINITE`` is re-exported for the judge's definite-description test)
__all__ = ["DEFINITE", "FirstMention", "unnamed_source"]
