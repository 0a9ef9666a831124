"""EVALUATIVE evidence: a disjunct of the writer's attitude, by derivation (round 61).

"Depressingly, the repairs have not begun", "But maddeningly, nobody would say why",
"Hilariously enough, the sign was misspelt": an -ly adverb that opens its sentence (or follows a
conjunction) and is set off by a comma tells readers how to feel about what follows. Listing
such adverbs one by one (round 30's "frustratingly", "maddeningly") never ends; deriving them
does. The adverb's base is

(a) the -ing participle of an object-experiencer ("psych") verb, word class
    ``loaded/psych-verbs`` with every form from the lexicon ("depressing" -> "Depressingly");
    with "un-" too ("Unsurprisingly"): the terms of the ``loaded-language/disjunct`` rule,
    derived when the rules are built (the pack's ``adverbs_of_participles``);
(b) an evaluative adjective of the lexicon ("absurd" -> "Absurdly"): the -ly form is already
    a hit of the emotive, judgement or puffery rule, and this evidence raises it.

Manner, time, degree and frequency adverbs ("Slowly,", "Eventually,", "Technically,") have
neither base, so they are left out by construction; so are the -edly forms of psych verbs
("Excitedly, the children ran"), which say how the subject felt, not what the writer thinks.
The same adverb inside a clause ("she spoke hilariously well") is no disjunct.
"""

from __future__ import annotations

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.builtin.loaded.evidence.names import SENTENCE_LEAD
from lintnews.util.lazyregex import LazyRegex

# What may stand before the disjunct in its sentence: nothing, or a coordinating conjunction
# ("But sadly,", "And, tellingly,", "And yet, depressingly,")
_CONJUNCTIONS = frozenset(("but", "and", "yet", "so", "or", "and yet", "but then"))
# set off: a comma right after it, or "enough," ("Oddly enough, ..."); round 136: or the
# experiencer's "for" phrase before the comma (Quirk et al. 8.127: "Fortunately for us, ..."):
# "Frustratingly for residents, ...", "Maddeningly for the club's fans, ...", up to four words
# and then the comma: no relative clause ("Irritatingly for those who ..." is left alone)
_SET_OFF = LazyRegex(r"(?:\s+enough)?(?:\s+for\s+[\w'’-]+(?:\s+(?!(?:who|that|which|when|if|as)\b)[\w'’-]+){0,3})?\s*,")

KIND = "derived disjunct"


def opens_disjunct(text: str, start: int, end: int, lo: int) -> bool:
    """Does ``text[start:end]`` open its sentence (or follow a conjunction that does) and is it
    set off by a comma ("Depressingly,", "And, gallingly,", "Oddly enough,", "Frustratingly for
    residents,")?"""
    if _SET_OFF.match(text, end) is None:
        return False
    lead = text[lo:start].strip(SENTENCE_LEAD + ",").lower()
    return not lead or lead.endswith(":") or " ".join(lead.replace(",", " ").split()) in _CONJUNCTIONS


def disjunct(text: str, start: int, end: int, lo: int, base: str) -> Evidence | None:
    """The evidence for a derived disjunct whose base (``base``, for the explanation) is
    already known to be a psych participle or an evaluative adjective."""
    if not opens_disjunct(text, start, end, lo):
        return None
    return Evidence(KIND, Effect.EVALUATIVE, f"a comment of the writer's attitude opening the sentence, from '{base}'")
