"""DOUBT evidence: three uses in which a loaded word is no verdict of the writer's (round 79).

- *Willingness after a modal* ("I would happily have stayed", "she will gladly help"): an
  editorial adverb right after "would", "will", "could", "'d" ... says how willing someone is,
  an adverb of manner of the verb that follows, not the writer's comment on a fact
  ("Happily, no one was hurt").
- *A comparison's clause* ("more boring than either side admits", "worse than ministers
  concede"): a verdict verb closing a "than"/"as" clause with no complement reports no
  statement; the clause measures a degree against an attitude, and "said" would not do.
- *A listed headline* (the lines under a "Most read", "Related", "Trending" label): page
  furniture pasted into the text, another story's headline, not the article's voice (the
  advertorial family flags the block; round 72's :func:`related_link` reads the inline form
  "READ MORE: ...").

Each is ``info`` (a doubt), not dropped: an editor may still want to see the word.
"""

from __future__ import annotations

import re

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.util.lazyregex import LazyRegex

# A modal right before the adverb (optionally "not"/"n't" between): the adverb grades the
# willingness of the verb after it
_MODAL_BEFORE = LazyRegex(r"(?:\b(?:would|will|could|should|might|shall|can)|['’]d|['’]ll)"
                          r"(?:\s+(?:not|also|still|all|both))?\s+$", re.IGNORECASE)
# Adverbs of the editorial list that also grade willingness
_WILLING = frozenset(("happily", "gladly", "cheerfully"))


def willing(text: str, start: int, lo: int, word: str) -> Evidence | None:
    """An editorial adverb of gladness right after a modal: "would happily have sat"."""
    if word.lower() not in _WILLING:
        return None
    if _MODAL_BEFORE.search(text, max(lo, start - 24), start) is None:
        return None
    return Evidence("willingness", Effect.DOUBT, "after a modal: how willing, not the writer's comment")


# "than"/"as" opening the clause, then a short subject (at most four words, no verb of its own
# is checked: the clause is short), then the verb, then the clause's end
_COMPARISON_BEFORE = LazyRegex(r"\b(?:than|as)\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
_CLAUSE_END = LazyRegex(r"\s*(?:[.,;:!?)\u2014\u2013]|\Z|\n|(?:to\s+)?(?:it|so|them|this)\s*[.,;:!?])")


def comparison_clause(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """A verdict verb closing a comparison's clause with nothing after it: "than either side
    admits", "as the minister claims." (Not "than she admitted that ...": a clause follows.)"""
    if _CLAUSE_END.match(text, end) is None:
        return None
    if _COMPARISON_BEFORE.search(text, max(lo, start - 50), start) is None:
        return None
    return Evidence("comparison", Effect.DOUBT, "closes a comparison's clause: no statement reported")


# A lone line that labels a list of other stories' headlines
_LIST_LABEL = LazyRegex(r"[ \t]*(?:most[ \t]+(?:read|popular|viewed|shared|watched)|related(?:[ \t]+(?:stories|articles|"
                        r"content|news|coverage))?|trending(?:[ \t]+now)?|more[ \t]+(?:stories|news|from[ \t]+[^\n]{1,40})|"
                        r"you[ \t]+may[ \t]+also[ \t]+like|recommended(?:[ \t]+for[ \t]+you)?|top[ \t]+stories|"
                        r"(?:read|see)[ \t]+(?:more|also|next))[ \t]*:?[ \t]*$", re.IGNORECASE)
_LIST_LINES = 8      # headlines under the label that are read as the list
_HEADLINE_CHARS = 110  # a longer line, or one ending a sentence, is copy, not a listed headline


def listed_headline(text: str, start: int) -> Evidence | None:
    """The word is on a line of a list of headlines under a "Most read" or "Related" label:
    each line between the label and the word is short and ends with no sentence mark."""
    line_start = text.rfind("\n", 0, start) + 1
    for _ in range(_LIST_LINES):
        line_end = text.find("\n", line_start)
        line = text[line_start: len(text) if line_end < 0 else line_end].rstrip()
        if not line or len(line) > _HEADLINE_CHARS or line.endswith((".", "!", ":")):
            return None
        if line_start == 0:
            return None
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        prev = text[prev_start: line_start - 1]
        if _LIST_LABEL.fullmatch(prev):
            return Evidence("listed headline", Effect.DOUBT, f"another story's headline under '{prev.strip()}'")
        line_start = prev_start
    return None
