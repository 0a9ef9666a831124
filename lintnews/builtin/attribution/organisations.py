"""Groups of organisations illustrated by one of them, named next.

"Humanitarian groups warned that the city was running short of food. The World Food Programme
said its last convoy arrived three weeks ago": the groups are bodies, and the next sentence of
the paragraph opens with one of them, named by its proper name (its last word a noun of the word
class ``civil-bodies``, or "International"), speaking. Whether it is one of
the groups the words do not say, so a hint to name it where the groups speak (round 85), as
round 83's forecasters beside their named service are. A state body that speaks next ("The
Interior Ministry said", "Police said") is most often the side that answers the groups, not
one of them, and a pronoun or a definite description ("The agency said") names none: both
leave the warning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lintnews.builtin.attribution.coverage import SENTENCE_OPENER
from lintnews.builtin.attribution.facts import next_in_paragraph
from lintnews.builtin.constructions import lexicon as lx

if TYPE_CHECKING:
    from lintnews.builtin.attribution.facts import DocFacts
    from lintnews.document.document import Document

ORGANISATION_NOTE = " The next sentence names {body}: if it is one of them, say so here."

# source-noun heads (as written) whose members are organisations, not people
_BODY_HEADS = frozenset(("group", "groups"))
# the heads of a state body's name: the side groups call on or answer, not one of them
_STATE = frozenset(
    "ministry department government office police army forces force council authority authorities "
    "administration cabinet parliament court commission embassy presidency kremlin".split()
)


def organisation_named_next(doc: Document, si: int, head: str, facts: DocFacts) -> str | None:
    """The proper name of an organisation that opens the next sentence of the paragraph as
    its speaker, when the cue's group is a group of bodies ("rights groups say"), else
    ``None``."""
    if head not in _BODY_HEADS:
        return None
    nxt = next_in_paragraph(doc, si)
    if nxt is None:
        return None
    text = doc.text
    for m in facts.mentions(nxt.start, nxt.end):
        if m.style != "subject" or m.kind != "named":
            continue
        if not SENTENCE_OPENER.fullmatch(text, nxt.start, m.src_start):
            return None  # the first source of the sentence must open it
        words = m.phrase.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return None  # "The agency", "It", "Oxfam": a description, a pronoun, or one word
        if any(w.lower() in _STATE for w in words):
            return None  # "The Interior Ministry said": the other side
        last = words[-1].lower()
        if last not in lx.forms("civil-bodies", lx.NOUN) and last != "international":
            return None  # "Jane Roe said", "Harbour Bank said": a person, a company
        return "the " + m.phrase[4:] if m.phrase.startswith("The ") else m.phrase
    return None
