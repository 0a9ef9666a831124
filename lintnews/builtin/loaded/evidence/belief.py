"""VOICE evidence: a view the writer reports as someone's mistake, or a role an actor plays
(round 105).

- *Mistaken belief*: "mistaking the dose for an unnecessary repeat", "misread the delay as a
  snub", "confused the drill with a real alarm": the verb says the view after "for", "as" or
  "with" is wrong and someone else's (the subject's), so the writer does not hold it.
- *A role played*: "X is quietly menacing as the uncle who insists he is only ...": in a
  review, an adjective before "as the <role> who" and the relative clause after it describe
  the character (his menace, his insisting), not the writer's verdict on a real person. Praise
  of the performance ("brilliant as the uncle") is the writer's and is not covered here, nor an
  adverb or a praise word inside the character's clause ("plays her as a woman who is
  magnificently aware of ...", "... who is heartbreakingly slow to see it"): the reviewer grading
  the portrayal (review of round 105, D79 and D81).

Each reads a bounded window of the sentence before or after the hit (a few words).
"""

from __future__ import annotations

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.util.lazyregex import LazyRegex

# the verb of mistaken belief, its object (up to four words) and the preposition that takes
# the mistaken view, then up to three words (a determiner, an adjective) before the hit
_MISTAKEN_BEFORE = LazyRegex(
    r"(?i)(?<![\w-])(?:mistak(?:e|es|en|ing)|mistook|misread(?:s|ing)?|misinterpret(?:s|ed|ing)?"
    r"|misjudg(?:e|es|ed|ing)|confus(?:e|es|ed|ing))"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:for|as|with)(?:\s+[\w'’-]+){0,3}\s+$")
_REACH = 90  # characters looked back: the verb, its object, the preposition, a noun phrase


def mistaken_view(text: str, start: int, lo: int) -> Evidence | None:
    """The hit inside the view a verb of mistaken belief reports ("mistaking it for an
    unnecessary repeat"): the view is the mistaken party's, not the writer's."""
    m = _MISTAKEN_BEFORE.search(text, max(lo, start - _REACH), start)
    if m is None:
        return None
    return Evidence("mistaken view", Effect.VOICE,
                    f"a view reported as mistaken ('{' '.join(m.group().split()[:3])} ...')")


# "as the uncle who", "as a widowed farmer whose": a role noun (one or two words) before a
# relative pronoun
_ROLE = r"as\s+(?:the|a|an|his|her|their)\s+(?:[a-z][\w'’-]*\s+){1,2}(?:who|whose)\b"
_ROLE_AFTER = LazyRegex(r"\s+" + _ROLE)
# a copula (and an adverb of degree or manner) before the adjective: "is quietly menacing"
_COPULA_BEFORE = LazyRegex(r"(?i)(?<![\w-])(?:is|was|are|were|be|been|remains|plays\s+it)\s+(?:\w+ly\s+)?$")
_ROLE_BEFORE = LazyRegex(r"(?<![\w-])" + _ROLE + r"[^.;!?]{0,80}$")
_CAST_BEFORE = LazyRegex(r"(?i)(?<![\w-])(?:is|was|are|were|stars|starred|plays|played|cast)\b")


def played_role(text: str, start: int, end: int, lo: int, hi: int, praise: bool = False) -> Evidence | None:
    """The hit describes a character an actor plays: an adjective after a copula and before
    "as the <role> who" ("is quietly menacing as the uncle who"; not for praise, which judges
    the performance), or a word in the relative clause after that role ("as the uncle who
    insists")."""
    if not praise and _ROLE_AFTER.match(text, end, hi) is not None \
            and _COPULA_BEFORE.search(text, max(lo, start - 30), start) is not None:
        return Evidence("role", Effect.VOICE, "describes the character an actor plays ('as the ... who')")
    if praise or text[start:end].lower().endswith("ly"):
        # an adverb inside the character's description ("plays her as a woman who is
        # heartbreakingly slow to see it") grades the portrayal: the reviewer's own verdict
        return None
    m = _ROLE_BEFORE.search(text, max(lo, start - 140), start)
    if m is not None and _CAST_BEFORE.search(text, max(lo, m.start() - 60), m.start()) is not None:
        return Evidence("role", Effect.VOICE, "inside the description of a character an actor plays")
    return None
