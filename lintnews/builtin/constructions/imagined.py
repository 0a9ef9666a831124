"""A view put in an imagined speaker's mouth: "one could argue that", "you might say the club
has lost its way".

The pack pattern finds "one" or "you" with a modal of possibility and a verb of stating a view
("argue", "say", "claim", "contend"). Who the speaker is and what follows the verb decide what
it is (round 74):

- **"one" with a view after it** is an opinion held by nobody the reader can weigh, the
  encyclopedia's "it could be argued": a warning. A view needs a content clause after the verb
  ("that" and a clause, or a subject and a finite verb soon after it, as
  :func:`.informant.content_clause` reads it: "one could argue that the plan is too dear", "one
  might say the club has lost its way"), or the verb set in its clause as a parenthesis or a
  closing tag ("The plan, one might argue, was doomed").
- **"you" with a view after it** is the writer addressing the reader: "you could argue the
  phone is overpriced" is the writer's own view, hedged with a modal, put to the reader as
  something the reader may say. GUIDELINES.md: hedges about the author's own uncertainty
  ("may", "could") that attribute nothing are not a cue. A hint, not silence: the writer may
  still be passing on a view the copy should own or source.
- **With no view after it**, either speaker states none (the verbs in their other senses): a
  thing obtained ("you can claim a refund", "can claim up to £500 in tax relief"), a greeting
  or an answer ("you can say goodbye to tangled cables", "say no to the upgrade"), words to
  speak ("you can say 'Hey Siri, set a timer'"), a quarrel or a struggle ("you can argue with
  the referee", "contend with the crowds"). A hint: the grammar that tells them apart is a
  missing clause.
"""

from __future__ import annotations

from lintnews.builtin.constructions import Bounds, Cue
from lintnews.builtin.constructions.grammar import Token, left, right
from lintnews.builtin.constructions.informant import content_clause

# the marks that set a parenthesis or a closing tag off from its clause
_OPEN_MARKS = frozenset((",", "—", "–", "("))
_CLOSE_MARKS = frozenset((",", "—", "–", ")", ".", "!", "?", ";"))
# prepositions of a phrase of manner before the clause: "one can say with confidence that"
_MANNER = frozenset("with without for in beyond at".split())

NO_VIEW_QUESTION = ("'{cue}': no view follows it (a thing to claim, words to say, a quarrel), so nobody's "
                    "opinion is reported; if one is, say whose.")
READER_QUESTION = ("'{cue}': the writer's own view, put to the reader as something the reader may say; "
                   "if it is somebody else's, say whose.")


def imagined_speaker(text: str, start: int, end: int, where: Bounds) -> Cue:
    """The cue of an imagined speaker's verb at ``text[start:end]`` ("one could argue", "you
    might say"): a warning for "one" with a view after it, else a hint (see the module)."""
    lo, hi = where()
    before = left(text, start, lo, 40)
    after = right(text, end, hi)
    aside = bool(before) and before[0].text in _OPEN_MARKS and (not after or after[0].text in _CLOSE_MARKS)
    j = _past_manner(after)
    view = aside or _that_clause(after, j) or content_clause(after, j)
    cue = text[start:end]
    if not view:
        return Cue(start, end, NO_VIEW_QUESTION.format(cue=cue), severity="info", branch="imagined:no-view")
    if cue[:3].lower() == "you":
        return Cue(start, end, READER_QUESTION.format(cue=cue), severity="info", branch="imagined:reader")
    return Cue(start, end, "", branch="imagined:aside" if aside else "imagined:clause")


def _past_manner(after: list[Token]) -> int:
    """Where the clause after the verb starts, past a short phrase of manner before "that"
    ("with some confidence that", "for certain that"): else 0."""
    if not after or after[0].low not in _MANNER:
        return 0
    for k in range(1, min(len(after), 5)):
        if not after[k].word:
            return 0
        if after[k].low == "that":
            return k
    return 0


def _that_clause(after: list[Token], j: int) -> bool:
    """"that" and a word after it ("one could contend that the crowds spoil the town", whose
    bare plural and base verb the finite-verb reading does not take): a clause, unless the
    word is "again" ("you can say that again": "that" is the words just said)."""
    return (j + 1 < len(after) and after[j].low == "that" and after[j + 1].word
            and after[j + 1].low != "again")
