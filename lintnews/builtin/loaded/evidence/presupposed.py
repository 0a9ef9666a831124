"""EVALUATIVE evidence: an emotive adjective inside the definite subject that opens its
sentence (round 125).

"The scandalous delay means a winter of long drives", "This reckless scheme has cost the town
dearly": a definite description presupposes its content (Strawson; Quirk et al. 5.27, the
definite article of given information), so an evaluative adjective inside it hands the reader
the writer's verdict as something already agreed, not as a claim the sentence asserts. The
frame is narrow: "The" or a demonstrative ("This", "These", "That", "Those") opens the
sentence, the adjective follows it, then one lower-case head noun, then the clause's finite verb (an auxiliary or modal, or a past or
third-person present form the lexicon holds: :mod:`lintnews.language.finite`). The judge asks
for it only of an emotive or judgement adjective not measured as loaded (the ``_stance`` path),
and only where no literal, weather, voice or name evidence has spoken first.

Traps (tests/test_loaded_round125.py): "The brutal winters of the 1960s" (no finite verb after
the head), "A savage delay means" (indefinite: asserts, presupposes nothing), "The delay was
scandalous" (the predicative reading, judged elsewhere), a quoted speaker's "The scandalous
delay means".

Review 115: "That" and "Those" are as definite as "This" and "These" ("That reckless scheme has
cost the town dearly" is the same presupposed verdict); a weather noun as the head ("The
dreadful weather has kept boats in harbour") measures the weather, as round 68's harsh weather
does (:mod:`lintnews.builtin.loaded.evidence.weather`), and presupposes no verdict on anyone.
At the merge, older traps showed the same of a thing, a creature or a sensation as the head ("The
craven dog hid", "The shambolic garden shed leaned", "The loathsome smell lingered"): the
adjective describes what it is. Which nouns those are is WordNet's word (``concrete.txt``
beside this module, from ``benchmarks/wordnet_concrete.py``; kept as one string, as
:mod:`lintnews.language.finite` keeps its words, and read on the first definite subject).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.builtin.loaded.evidence.weather import weather_nouns
from lintnews.language.finite import WordSet, finite_forms
from lintnews.util.lazyregex import LazyRegex

_OPENS = LazyRegex(r"\s*[\"“‘']?(?:The|This|These|That|Those)\s+$")
_HEAD_VERB = LazyRegex(r"[ \t]+([a-z][a-z]{2,})[ \t]+([a-z][a-z']+)\b")
_AUX = frozenset("is are was were has have had will would can could may might must shall should "
                 "does do did".split())


@cache
def concrete_nouns() -> WordSet:
    """Nouns of things, creatures and sensations, with their plurals (empty when the file is
    missing: the evidence then reads every head as round 125 did)."""
    try:
        return WordSet(Path(__file__).with_name("concrete.txt").read_text(encoding="utf-8").strip())
    except OSError:
        return WordSet("")


def definite_subject(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """The adjective after the determiner that opens the sentence, before a lower-case head
    noun and the finite verb ("The scandalous delay means")."""
    if not _OPENS.fullmatch(text, lo, start):
        return None
    m = _HEAD_VERB.match(text, end)
    if m is None:
        return None
    head, verb = m.group(1), m.group(2)
    forms = finite_forms()
    if head in forms.adjectives or head in _AUX or head in weather_nouns():
        return None  # (review 115: "The dreadful weather has kept boats in": the weather measured)
    if head in concrete_nouns():
        return None  # ("The craven dog hid": the creature described, no verdict presupposed)
    if verb not in _AUX and verb not in forms.past and verb not in forms.present:
        return None
    return Evidence("presupposed", Effect.EVALUATIVE,
                    f"in the definite subject '{text[start:m.end(1)]}': the verdict given as agreed")
