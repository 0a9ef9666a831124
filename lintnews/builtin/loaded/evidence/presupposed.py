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
from lintnews.builtin.loaded.evidence.names import after_stamp
from lintnews.builtin.loaded.evidence.weather import weather_nouns
from lintnews.language.finite import WordSet, finite_forms
from lintnews.util.lazyregex import LazyRegex

_OPENS = LazyRegex(r"\s*[\"“‘']?(?:The|This|These|That|Those)\s+$")
# Round 173: the determiner right after a live blog's time stamp ("14:41 – The ferocious ...")
_DETERMINER = LazyRegex(r"(?:The|This|These|That|Those)[ \t]+$")
_HEAD_VERB = LazyRegex(r"[ \t]+([a-z][a-z]{2,})[ \t]+([a-z][a-z']+)\b")
# Round 173: a compound head, a noun modifier before the head noun ("The shoddy repair work is",
# "The ferocious tank battle has"; Quirk et al. 17.104-17.108, noun premodification), maybe with
# one short place phrase after it ("The ferocious tank battle near the river has continued"):
# the same presupposed verdict, on the compound's head. A closed list of place prepositions,
# not "of" ("The brutal winters of the 1960s" stays round 125's trap).
_COMPOUND_VERB = LazyRegex(
    r"[ \t]+([a-z][a-z]{2,})[ \t]+([a-z][a-z]{2,})"
    r"(?:[ \t]+(?:around|near|in|at|on|over|along|across|outside|inside)[ \t]+the[ \t]+[a-z]{3,})?"
    r"[ \t]+([a-z][a-z']+)\b")
# the finite auxiliaries a subject frame accepts as its verb (also read by .agent_conduct)
AUXILIARIES = frozenset("is are was were has have had will would can could may might must shall should "
                        "does do did".split())
_AUX = AUXILIARIES


@cache
def concrete_nouns() -> WordSet:
    """Nouns of things, creatures and sensations, with their plurals (empty when the file is
    missing: the evidence then reads every head as round 125 did)."""
    try:
        return WordSet(Path(__file__).with_name("concrete.txt").read_text(encoding="utf-8").strip())
    except OSError:
        return WordSet("")


def _stamped(text: str, start: int, lo: int) -> bool:
    """Round 173: does the determiner before the adjective follow a live blog's time stamp
    that opens its line ("14:41 – The ferocious tank battle has ...")? The entry's sentence
    opens there as after a full stop (round 107's :func:`after_stamp`)."""
    d = _DETERMINER.search(text, max(lo, start - 12), start)
    return d is not None and after_stamp(text, lo, d.start())


def definite_subject(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """The adjective after the determiner that opens the sentence, before a lower-case head
    noun and the finite verb ("The scandalous delay means")."""
    if not _OPENS.fullmatch(text, lo, start) and not _stamped(text, start, lo):
        return None
    m = _HEAD_VERB.match(text, end)
    if m is None:
        return None
    head, verb = m.group(1), m.group(2)
    forms = finite_forms()
    if verb not in _AUX and verb not in forms.past and verb not in forms.present:
        return _compound_subject(text, start, end)
    if head in forms.adjectives or head in _AUX or head in weather_nouns():
        return None  # (review 115: "The dreadful weather has kept boats in": the weather measured)
    if head in concrete_nouns():
        return None  # ("The craven dog hid": the creature described, no verdict presupposed)
    if verb not in _AUX and verb not in forms.past and verb not in forms.present:
        return None
    return Evidence("presupposed", Effect.EVALUATIVE,
                    f"in the definite subject '{text[start:m.end(1)]}': the verdict given as agreed")


def _compound_subject(text: str, start: int, end: int) -> Evidence | None:
    """Round 173: the adjective before a compound head, a noun modifier and its head noun, then
    the finite verb ("The shoddy repair work is there for all to see"). Neither word may be
    an adjective, an auxiliary or a finite verb (then the one-word head was the reading), nor
    a weather noun (the weather measured, review 115), and the head may not be a thing, a
    creature or a sensation ("The shambolic garden shed leaned": the shed described)."""
    m = _COMPOUND_VERB.match(text, end)
    if m is None:
        return None
    modifier, head, verb = m.group(1), m.group(2), m.group(3)
    forms = finite_forms()
    if verb not in _AUX and verb not in forms.past and verb not in forms.present:
        return None
    weather = weather_nouns()
    for word in (modifier, head):
        if word in forms.adjectives or word in _AUX or word in weather or word in forms.past \
                or word in forms.present:
            return None
    if head in concrete_nouns():
        return None
    return Evidence("presupposed", Effect.EVALUATIVE,
                    f"in the definite subject '{text[start:m.end(2)]}': the verdict given as agreed")
