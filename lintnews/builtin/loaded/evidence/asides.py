"""DOUBT evidence: three uses in which a loaded word is no verdict of the writer's (round 79).

- *Willingness after a modal* ("I would happily have stayed", "she will gladly help"): an
  editorial adverb right after "would", "will", "could", "'d" ... says how willing someone is,
  an adverb of manner of the verb that follows, not the writer's comment on a fact
  ("Happily, no one was hurt").
- *A comparison's clause* ("more boring than either side admits", "worse than ministers
  concede"): a verdict verb closing a "than"/"as" clause with no complement reports no
  statement; the clause measures a degree against an attitude, and "said" would not do.
- *A listed headline* (the lines under a "Most read", "Related", "Trending" label; round 80:
  any line the shared detector reads as another story's headline, in a run or a timeline):
  page furniture pasted into the text, not the article's voice (the advertorial family flags
  the block; round 72's :func:`related_link` reads the inline form "READ MORE: ...").
- *A reader call-out* (round 90: "Have you been hit by a scam? Email us at ...", "Got a kitchen
  disaster for us? Send a voice note to ...", "be the first to know when disaster strikes. Sign
  up"): a sentence that speaks to the reader ("you", "your", "us", "our") in a paragraph that
  gives a way to reach the outlet (an e-mail address, a phone number, "sign up", "contact us",
  "get in touch"). An emotive word there names the reader's own experience that the outlet asks
  about, not the writer's verdict on the story.

- *A press release's company note* (round 162: "About Acme Ltd: Acme is a leading,
  award-winning maker of world-class pumps ..."): the paragraph that opens "About <name>:" is
  the issuer's description of itself, pasted from the release (the "boilerplate" or "notes to
  editors" of public-relations practice), not the article's voice; the advertorial family
  reports the block where it promotes.

Each is ``info`` (a doubt), not dropped: an editor may still want to see the word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.builtin.shared.headlines import other_story
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document

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


def listed_headline(doc: Document, start: int) -> Evidence | None:
    """The word is on a line that is another story's headline: under a "Most read" or
    "Related" label, in a run of headlines or a timeline of earlier stories (round 80: the
    detector the advertorial family reports the lines with, in
    :mod:`lintnews.builtin.shared.headlines`)."""
    why = other_story(doc, start)
    if why is None:
        return None
    return Evidence("listed headline", Effect.DOUBT, why)


# A way to reach the outlet in the paragraph: an e-mail address, a phone number of 9+ digits,
# or the fixed calls of a newsroom's call-out and sign-up lines
_CONTACT = LazyRegex(
    r"[\w.+-]+@[\w-]+\.[\w.]+|(?:\d[\d ]{8,}\d)"
    r"|\b(?:sign\s+up|subscribe|contact\s+(?:us|our|the)|get\s+in\s+touch|e-?mail\s+us|call\s+us|"
    r"write\s+to\s+us|message\s+us|dm\s+us|tell\s+us)\b",
    re.IGNORECASE,
)
# The sentence speaks to the reader, or in the outlet's own first person plural
_READER = LazyRegex(r"\b(?:you|your|us|our)\b", re.IGNORECASE)
_CALLOUT_REACH = 400  # a call-out is a short paragraph: no search past this on either side


def reader_callout(text: str, start: int, lo: int, hi: int,
                   asked: dict[tuple[int, int], bool] | None = None) -> Evidence | None:
    """The word is in a reader call-out: a sentence to "you" in a paragraph giving a contact.
    The contact is looked for first: its window is bounded (:data:`_CALLOUT_REACH`), the
    sentence's is not, so each sentence is asked once, its answer kept in ``asked`` (the
    caller's per-document record, keyed by the sentence's bounds): many hits in one long
    sentence with no "you" would otherwise search it once per hit (review 113)."""
    a = text.rfind("\n", max(0, start - _CALLOUT_REACH), start) + 1 or max(0, start - _CALLOUT_REACH)
    b = text.find("\n", start, start + _CALLOUT_REACH)
    if b < 0:
        b = min(len(text), start + _CALLOUT_REACH)
    if _CONTACT.search(text, a, b) is None:
        return None
    speaks = asked.get((lo, hi)) if asked is not None else None
    if speaks is None:
        speaks = _READER.search(text, lo, hi) is not None
        if asked is not None:
            asked[(lo, hi)] = speaks
    if not speaks:
        return None
    return Evidence("reader call-out", Effect.DOUBT,
                    "a call-out to readers that gives a contact: the reader's experience asked about, not a verdict")


# The opening of a release's company note: "About", up to six capitalised words of a name (a
# "the" allowed first), a colon (round 162); at the start of the line that holds the word
_ABOUT_NOTE = LazyRegex(r"[ \t*_#]*About\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,5}[ \t]*[:*]")
_NOTE_REACH = 1200  # a company note is one paragraph: no search past this before the word


def release_boilerplate(text: str, start: int) -> Evidence | None:
    """The word is in a paragraph opening "About <name>:", a press release's note on the
    company that issued it (the issuer's self-description, not the writer's verdict)."""
    a = text.rfind("\n", max(0, start - _NOTE_REACH), start) + 1
    if a == 0 and start > _NOTE_REACH:
        return None
    if text[a:a + 8].lstrip(" \t*_#")[:5] != "About":
        return None  # (a string test first: most lines open otherwise)
    m = _ABOUT_NOTE.match(text, a, start)
    if m is None:
        return None
    return Evidence("company note", Effect.DOUBT,
                    "in a release's 'About ...:' note: the issuer describes itself, not the writer")
