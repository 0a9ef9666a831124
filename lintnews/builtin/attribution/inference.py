"""A doubt adverb of the writer's own inference or irony, not of hearsay (round 73).

GUIDELINES.md counts "apparently" as a cue only "when it reports hearsay, not when it reports
appearance", and every doubt adverb only when it "stands in for a source". Some uses stand in
for nobody: the writer infers from evidence the text gives, reads someone's words, or casts
doubt in their own voice on a label. The grammar marks a few of these clearly:

- **evidence or perception in the frame**: a thing that shows ("the photos show", "judging
  by"), the writer's own seeing ("I saw"), a visible state ("could be seen") in the sentence
  or the one before, or a colon after the adverb's clause giving a state that persists ("He
  apparently forgot his keys: they were still on the table");
- **a reading of words**: "Apparently, he was referring to ...", "by which she apparently
  meant": what someone's words (given in the text) were about;
- **a present-tense state of ignorance** the writer reads off what someone wrote or did:
  "Apparently, the author knows nothing of ..." (a past event of not knowing stays hearsay);
- **the writer's first person**: "I, apparently, am the problem"; "By the time I arrived,
  the cases were apparently considered closed" (a memoir's own observation); not with a verb
  of being told ("I was told", "I heard"), which is the hearsay of an unnamed informant;
- **"supposedly" on a label**: before a quality adjective and its noun ("the supposedly
  independent panel", "supposedly great newspapers") or on what someone professes, its object
  moved out ("everything the bishops supposedly believe"). Such a sneer still doubts a claim
  somebody makes for the thing (its makers', its own), so the guidelines' doubt adverb is not
  cleared: it is lowered to a hint. A participle ("a supposedly haunted house") or a predicate
  ("the panel is supposedly independent") reports a state someone vouches for: warned.

Every one of these is a hint (``info``), never silence: the writer may still have been told.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from lintnews.builtin.constructions import lexicon as lx
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document

EVIDENCE_NOTE = (" The sentence gives what it is inferred from (evidence, the writer's own view):"
                 " if someone told you, say who.")
READING_NOTE = " It reads as the writer's reading of the words given in the text: if it is someone else's, say whose."
IGNORANCE_NOTE = " It reads as the writer's inference about what someone knows: if someone told you, say who."
FIRST_PERSON_NOTE = " It is in the writer's own first-person account: if someone told you, say who."
LABEL_NOTE = (" It doubts a label in the writer's own voice: whose claim is the label? If it is"
              " the writer's scorn, it may read as loaded; if it is hearsay, say whose.")

_APPARENTLY = "apparently"
_SUPPOSEDLY = "supposedly"

# -- evidence and perception ---------------------------------------------------------------
_PERCEPTION = LazyRegex(
    r"(?i)\b(?:judging\s+(?:by|from)|to\s+judge\s+(?:by|from)|(?:from|by)\s+the\s+looks?\s+of|"
    r"(?:can|could)\s+(?:clearly\s+)?be\s+seen|(?:is|was|were|are)\s+(?:clearly\s+)?visible|"
    r"(?-i:I|We)\s+(?:could\s+)?(?:saw|see|watched|noticed|spotted|found))\b"
)
# the writer's first-person subject; and verbs of being told or of learning, which make it the
# hearsay of an unnamed informant ("I'm told", "I heard", "we understand")
_FIRST_PERSON = LazyRegex(r"(?<![\w’'])(?-i:I)(?![\w’'])")
_INFORMED = LazyRegex(
    r"(?i)\b(?:told|tells|informed|heard|hear|hears|learned|learnt|gather|gathered|understand|"
    r"understood|according|reportedly|rumou?red)\b"
)
# a colon after the adverb's clause and a clause of a state that persists ("they were still on
# the table"): the evidence the writer reasons from
_COLON_STATE = LazyRegex(
    r"(?i):\s+(?:they|it|he|she|(?:the|his|her|their|its)\s+[\w’'-]+)\s+(?:was|were|is|are)\s+still\b"
)
# "Apparently, he was referring to", "she apparently meant" (not "meant to": an intention);
# read from right after the adverb, so its space first (review 73: without it "she apparently
# meant" was never read); the blanks possessive, as nothing after them starts with one
_HEAD_ROOM = r"\s*+(?:,\s*+)?(?:[\w’'-]+\s+){0,3}?(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?"
# "Apparently, this individual who wrote the article knows nothing of ...": a present state of
# not knowing; a past one ("did not know about the leak") is an event someone reported
# (the blanks around the comma possessive: "\s*,?\s*" split a long run of blanks every way
# between the two before failing, quadratic in the run; review 73)
_IGNORANCE = LazyRegex(
    r"(?i)\s*+,?\s*+(?:[\w’'-]+\s+){0,8}?(?:knows?\s+(?:nothing|little)|(?:does|do)(?:\s+not|n[’']t)\s+"
    r"(?:know|understand|realise|realize|grasp|remember)|(?:has|have)\s+(?:no\s+idea|never\s+(?:heard|read|seen))|"
    r"(?:is|are)\s+(?:unaware|ignorant|oblivious))\b"
)
# what ends a clause whose verb's object has moved out ("everything they supposedly believe
# as priests", "the values it supposedly upholds.")
_GAP_END = r"(?=\s*(?:[.,;:!?)—–]|$|\s(?:as|when|while|and|or|but|if)\b))"


# How far from the adverb (characters, each way) its sentence and the one before are read for
# an informant, evidence or the first person: every cue in a sentence read the whole sentence,
# so a page pasted as one sentence with thousands of cues took time in the square of its
# length (review 73); an ordinary sentence is read whole.
FRAME_CHARS = 600


@cache
def _meaning() -> LazyRegex:
    verbs = lx.alternation("meaning-verbs")
    return LazyRegex(rf"(?i){_HEAD_ROOM}(?:{verbs})\b(?!\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+)")


@cache
def _evidence() -> LazyRegex:
    # (a short phrase may follow the noun: "the scratches on the frame suggest")
    return LazyRegex(rf"(?i)\b(?:{lx.alternation('evidence-nouns')})\s+(?:(?:of|on|in|from|at)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?)?"
                     rf"(?:[\w’'-]+\s+)?(?:{lx.alternation('showing-verbs')})\b")


@cache
def _label() -> LazyRegex:
    # the quality adjective, then a noun (a word that is not a verb's particle or a stop)
    # (the lemmas as written and their adjective forms: the lexicon tags a few only as nouns)
    words = "|".join(sorted(lx.lemmas("label-qualities") | set(lx.forms("label-qualities", ("JJ",))), key=len, reverse=True))
    return LazyRegex(rf"(?i)\s+(?:{words})\s+(?!(?:to|that|and|or|of|in|for|by|as)\b)[a-z][\w-]*")


@cache
def _professed() -> LazyRegex:
    present = lx.alternation("professed-verbs", ("VB", "VBP", "VBZ"))
    return LazyRegex(rf"(?i)\s+(?:{present})(?:\s+(?:in|for|by))?{_GAP_END}")


def writers_own(doc: Document, si: int, cue_start: int, cue_end: int) -> str:
    """The note for a doubt adverb (or a cue with "apparently" in it) that the grammar marks as
    the writer's own inference or irony, or "" where it may be hearsay and stays a warning."""
    text = doc.text
    cue = text[cue_start:cue_end].lower()
    s = doc.sentences[si]
    s_lo, s_hi = max(s.start, cue_start - FRAME_CHARS), min(s.end, cue_end + FRAME_CHARS)
    if _SUPPOSEDLY in cue and cue.split()[-1] == _SUPPOSEDLY:
        if _label().match(text, cue_end, s.end) or _professed().match(text, cue_end, s.end):
            return LABEL_NOTE
    if _SUPPOSEDLY in cue and _FIRST_PERSON.search(text, max(s.start, cue_start - 4), cue_start) \
            and not _INFORMED.search(text, s_lo, s_hi):
        return FIRST_PERSON_NOTE  # "I, supposedly, am the ringleader"
    if _APPARENTLY not in cue:
        return ""
    at = cue_start + cue.index(_APPARENTLY) + len(_APPARENTLY)
    if _meaning().match(text, at, s.end) and _words_given(doc, si, s_lo, s_hi):
        return READING_NOTE
    if _IGNORANCE.match(text, at, s.end):
        return IGNORANCE_NOTE
    if _INFORMED.search(text, s_lo, s_hi):
        return ""  # "I was told he had apparently left": an informant, unnamed
    frame = [(s_lo, s_hi)]
    if si and doc.sentences[si - 1].block == s.block:
        prev = doc.sentences[si - 1]
        p_lo = max(prev.start, prev.end - FRAME_CHARS)
        if not _INFORMED.search(text, p_lo, prev.end):
            frame.append((p_lo, prev.end))
    for lo, hi in frame:
        if _PERCEPTION.search(text, lo, hi) or _evidence().search(text, lo, hi):
            return EVIDENCE_NOTE
    if _COLON_STATE.search(text, at, s_hi):
        return EVIDENCE_NOTE
    if _FIRST_PERSON.search(text, s_lo, s_hi):
        return FIRST_PERSON_NOTE
    return ""


# someone's words in the text: a quotation mark, or a verb of saying or writing
_WORDS = LazyRegex(r"(?i)[\"“”]|\b(?:wrote|writes|said|says|tweeted|posted|texted|messaged|told|replied|remarked)\b")


def _words_given(doc: Document, si: int, lo: int, hi: int) -> bool:
    """Does the sentence (read from ``lo`` to ``hi``) or the one before it (its last
    :data:`FRAME_CHARS`) give someone's words to be read?"""
    if _WORDS.search(doc.text, lo, hi):
        return True
    if si == 0:
        return False
    prev = doc.sentences[si - 1]
    return _WORDS.search(doc.text, max(prev.start, prev.end - FRAME_CHARS), prev.end) is not None
