"""DOUBT evidence: a verdict verb whose speaker is an unnamed source (round 78).

GUIDELINES.md's verdict-carrying said-verbs ("claimed", "admitted", "insisted") pass a verdict
on a speaker where "said" would do. With an unnamed source as the subject ("Friends of the
couple claim that", "Rail insiders privately admit that", "critics insist"), a group in the
plural that nobody can pin a statement on, there is no speaker for the verdict to fall on: the verb is the last word of the hearsay cue that the
unattributed-claim family flags ("which friends?"), and the editor's fix is to name the
source, after which the verb is judged again. Held at ``info`` (a hint: "claim" still tilts),
so one fault is reported once, in the category that says what is missing.

The source is read by the unattributed-claim family's own construction
(:func:`lintnews.builtin.constructions.sources.unnamed.unnamed_source`, word class
``attribution/source-nouns``): the verb counts as the source's when the cue it finds reaches
the verb (the construction's cue runs from the source's noun phrase to its verb). A named or
described source ("Ana Ruiz admitted", "two officials at the ministry claim") makes no such cue,
and one person, even unnamed ("a Republican state legislator claimed that"), is a speaker the
verdict falls on: only a plural head counts.
"""

from __future__ import annotations

import re

from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import QUANTIFIER_HEADS
from lintnews.builtin.constructions.sources.unnamed import unnamed_source
from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.util.lazyregex import LazyRegex

# The words before the verb in which its subject is looked for: a head, an of-phrase after it
# ("Friends of the former couple"), an adverb before the verb ("privately", "now")
_REACH = 80
_WORD = LazyRegex(r"[A-Za-z][\w'’-]*")


def unnamed_speaker(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """The verdict verb ``text[start:end]`` is the verb of an unnamed source's cue: a source
    noun ("Critics claim") or a quantifier heading one (round 104: "Some councillors privately
    admit", "Many insist"), as the unattributed-claim family reads them."""
    nouns = lx.plural_nouns("source-nouns")
    bare = _bare_plural_subject(text, start, lo)
    if bare is not None:
        return Evidence("unnamed speaker", Effect.DOUBT,
                        f"the verb of a bare plural of people ('{bare}'): the source is missing, not a verdict on a speaker")
    for m in _WORD.finditer(text, max(lo, start - _REACH), start):
        low = m.group().lower().replace("’", "'")
        if low not in nouns and low not in QUANTIFIER_HEADS:
            continue
        cue = unnamed_source(text, m.start(), m.end(), lambda: (lo, hi))
        if cue is not None and cue.identified is None and cue.start <= start < cue.end:
            who = text[cue.start:m.end()]
            return Evidence("unnamed speaker", Effect.DOUBT,
                            f"the verb of an unnamed source ('{who}'): the source is missing, not a verdict on a speaker")
    return None


# Round 160: the sentence's subject a bare plural of people, no determiner, no name ("Fellow
# runners claimed that", "Birdwatchers claim that", "Patients' groups have long claimed that",
# "Rivals privately concede that"): a group nobody can pin the statement on, as the source
# nouns' are, whatever the head (a runner, a birdwatcher, a parent); the verdict verb is the
# last word of a missing source. The head is a plural of the people nouns or of the agent
# shapes (-ers, -ists, -ians, -ants, -ents) or of the source nouns; up to three words, the first
# alone capitalised, maybe a place after them; at the sentence's start or a coordinated clause's.
_BARE_SUBJECT = LazyRegex(
    r"[\s\"'“‘(]*(?P<np>[A-Za-z][a-z-]*(?:['’]s|s['’])?(?:\s+(?!(?:have|had|has|\w+ly)\b)[a-z][a-z-]*(?:['’]s|s['’])?){0,2})\s+"
    # (a place after the head: "neighbours in the adjoining block claim")
    r"(?:(?:in|at|from|near|on|across|around)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?"
    r"(?:(?:have|had|now|also|long|still|often|privately|openly|publicly|repeatedly|quickly)\s+){0,3}$")
# A clause coordinated after a comma or a semicolon opens its own subject ("Families are
# living in damp flats, and neighbours in the next block claim ...")
_CLAUSE_OPENING = LazyRegex(r"(?:,\s+(?:and|but|while)|;)\s+")
_NOT_BARE = frozenset(
    "the a an this that these those his her their its our your my some many most all several few both "
    "they we you i it there such other one two three four five six seven eight nine ten".split())
_AGENT_SHAPES = ("ers", "ists", "ians", "ants", "ents")
# Round 169: a vague quantifier before the bare plural ("Some residents claimed", "Many
# commuters insist"; Quirk et al. 5.25, the assertive and universal quantifiers): the group is
# as unnamed as the bare plural's. Not a number ("Two residents claimed": counted witnesses),
# not "most" of a named body ("most of the board"): the quantifier heads the noun directly.
_VAGUE_QUANTIFIER = LazyRegex(r"[\s\"'“‘(]*(?:[Ss]ome|[Mm]any|[Ss]everal)\s+(?=[a-z])")


def _bare_plural_subject(text: str, start: int, lo: int) -> str | None:
    """The bare plural subject the verb at ``start`` opens the sentence after, or None."""
    opening = lo
    for c in _CLAUSE_OPENING.finditer(text, lo, start):
        opening = c.end()
    if (q := _VAGUE_QUANTIFIER.match(text, opening, start)) is not None:
        opening = q.end()  # round 169: "Some residents claimed": the quantified group, as bare
    m = _BARE_SUBJECT.fullmatch(text, opening, start)
    if m is None:
        return None
    words = m.group("np").split()
    if words[0].lower().rstrip("'’s") in _NOT_BARE or words[0].lower() in _NOT_BARE:
        return None
    head = words[-1]
    if not head.endswith("s") or head.endswith("ss") or (len(words) > 1 and not head.islower()):
        return None
    low = head.lower()
    from lintnews.builtin.loaded.evidence.evidence import classes

    if low not in classes().people and low not in lx.plural_nouns("source-nouns") and not low.endswith(_AGENT_SHAPES):
        return None
    return m.group("np")


# An agentless passive of a verb of opinion ("is generally considered", "was widely regarded as",
# "are often seen as", "is thought to be"), then up to four words of its complement before the
# candidate ("one of the", "a"); no clause boundary (comma, semicolon, "and", "but") on the way.
_PASSIVE_VIEW_BEFORE = LazyRegex(
    r"(?<![\w'’-])(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|still|long|now|also|often)\s+){0,2}"
    r"(?:considered|regarded\s+as|seen\s+as|viewed\s+as|deemed|reputed\s+to\s+be|believed\s+to\s+be|"
    r"thought\s+(?:of\s+as|to\s+be)|reckoned\s+(?:to\s+be\s+)?)"
    r"(?:\s+(?!(?:and|but|or|which|who)\b)[\w'’-]+){0,4}\s+$",
    re.IGNORECASE,
)
_VIEW_REACH = 90


def passive_view(text: str, start: int, lo: int) -> Evidence | None:
    """The word is in the complement of an agentless view ("is generally considered one of the finest").

    The sentence reports a view and hides whose it is: the unattributed-claim family flags the
    cue ("considered by whom?"), and the praise is the view's content, not the writer's own
    verdict until a source is named; so one fault is reported once, in the category that says
    what is missing (as :func:`unnamed_speaker` does for a verdict verb). Held at ``info``.
    """
    before = re.split(r"[,;:]", text[max(lo, start - _VIEW_REACH):start])[-1]
    m = _PASSIVE_VIEW_BEFORE.search(before)
    if m is None:
        return None
    return Evidence("agentless view", Effect.DOUBT,
                    f"the content of a view whose holder is missing ('{m.group().strip()}'): the source is the fault")


# The impersonal passive of a verdict verb (round 98: "It is often claimed that", "it was
# widely asserted that", "it has long been insisted that"): "it" is the dummy subject, and the
# verb names no speaker for its verdict to fall on
_IMPERSONAL_BEFORE = LazyRegex(
    r"(?<![\w'’-])it\s+(?:is|was|has\s+been|had\s+been|is\s+being|was\s+being|will\s+be|may\s+be|can\s+be)\s+"
    r"(?:(?:\w+ly|often|long|also|still|sometimes|now|once|much)\s+){0,2}$",
    re.IGNORECASE,
)


def impersonal_passive(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """A verdict verb in the impersonal passive before its clause ("It is often claimed that
    ..."): no speaker is judged; the unattributed-claim family flags the missing source
    ("claimed by whom?"), as for :func:`unnamed_speaker`. Held at ``info``."""
    if not text[end:end + 6].lstrip(" \t").startswith("that"):
        return None
    if _IMPERSONAL_BEFORE.search(text, max(lo, start - 40), start) is None:
        return None
    return Evidence("impersonal passive", Effect.DOUBT,
                    "an impersonal passive ('it is ... claimed that'): no speaker, the source is the fault")
