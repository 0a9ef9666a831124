"""A vague group's view illustrated by a named speaker in the next sentence.

News writing sums up a group and then names one speaker who illustrates it: "Residents say
the road is dangerous. Mary Jones, 62, who lives on the corner, said ...", "Analysts expect a
cut. Sarah Lin, chief economist at Harbour Capital, said ...". GUIDELINES.md clears a cue whose
source is named in the next sentence; :mod:`.members` clears it only where the speaker's
description repeats the group's noun ("One resident, X,"), and this module reads the other
descriptions (an age, a relative clause, a title before the name or with no article, a role noun
of a member).

What it must not read as an illustration, because the words say otherwise: a next sentence that
opens in contrast ("But", "However", "In response") or whose verb answers ("denied",
"rejected", "insisted"); a speaker who holds the office of the other side ("the mayor, X", "the
company's chief executive, X", "X, the minister responsible"); a name that speaks no words ("Mary
Jones was hurt there"); a group kept anonymous on purpose ("sources", "insiders", "people
familiar with": a named person next does not make them known). A bare name with a speech verb,
a spokesman of a named body, or a speaker placed in the very thing the group talks about ("the
zoo" after "the zoo mistreats") is weaker evidence: a hint.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Literal

from lintnews.builtin.attribution.facts import next_in_paragraph
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import QUANTIFIER_HEADS

if TYPE_CHECKING:
    from lintnews.document.document import Document

Verdict = Literal["named", "described"]

ILLUSTRATED_NOTE = " The next sentence names {speaker}: check they speak for the group, and say so here."

# the source nouns whose members a story illustrates by name: groups that judge or take part.
# Not those whose anonymity is the point (sources, insiders, aides, officials, "people").
_MEMBER_CLASSES = ("opinion-holders", "participant-nouns")
_MORE_MEMBERS = frozenset(("politician", "lawmaker", "legislator", "voter", "consumer", "investor",
                           "dealer", "banker", "employer", "builder", "member", "medic"))
# words that keep a group anonymous on purpose, in its own sentence
_ANONYMOUS = re.compile(
    r"(?i)\b(?:anonym\w*|unnamed|unidentified|familiar\s+with|not\s+to\s+be\s+named|"
    r"not\s+authori[sz]ed|speak\s+publicly|on\s+condition)\b")

# a next sentence that answers the group rather than illustrating it
_CONTRAST_OPENS = re.compile(
    r"[\s\"“‘'\-–—]*(?:But|However|Yet|Still|Meanwhile|Nevertheless|Nonetheless|Instead|Though|"
    r"Although|In\s+response|Responding|Replying|By\s+contrast|In\s+contrast|On\s+the\s+other\s+hand|"
    r"Others|Not\s+everyone)\b")
_ANSWERING_VERBS = re.compile(
    r"(?i)\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|disput(?:es|ed)|insist(?:s|ed)?|"
    r"counter(?:s|ed)|defend(?:s|ed)|respond(?:s|ed)|repl(?:y|ies|ied)|rebut(?:s|ted)?|refut(?:es|ed)|"
    r"contradict(?:s|ed)?|disagree(?:s|d)?|downplay(?:s|ed)|played\s+down|hit\s+back|"
    r"rubbished|brushed\s+(?:off|aside))\b")
# the verb of a speaker who illustrates a view
_SPEECH = (r"(?:said|says|told|tells|added|adds|explained|explains|noted|notes|warned|warns|called|calls|"
           r"described|describes|argued|argues|wrote|writes|recalled|recalls|complained|complains|"
           r"agreed|agrees|fears|feared|worries|worried|thinks|thought|believes|believed)\b")
# a person's name: two capitalised words or more, after a courtesy or academic title if any
_TITLE = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Rev|Cllr|Councillor)\.?\s+)"
_PERSON = (rf"(?P<title>{_TITLE})?(?P<name>[A-Z][a-z][\w’'-]*(?:\s+(?:de|da|van|von|al|bin)\s+)?"
           rf"(?:\s+[A-Z][a-z][\w’'-]*){{1,2}})")
# an apposition or a postmodifier of the name, up to the verb or the stop
_APPOS = r"(?P<appos>(?:\s+of\s+[^,.;:!?\"“”]{1,60}?)?(?:\s*,[^.;:!?\"“”]{1,160}?,)?)"
# a subject tag: "[One father,] Marco Bell, 58, who ..., said"; '"...," Marco Bell, a nurse, said'
_SUBJECT = re.compile(
    rf"[\s\"“‘'\-–—]*(?:[^\"“”]{{0,200}}?[,.!?][\"”]\s*,?\s*)?"
    rf"(?P<before>(?:[^,.;:!?\"“”]{{1,60}}?,\s+)?){_PERSON}{_APPOS}\s*,?\s*(?:\w+ly\s+|also\s+|later\s+)?{_SPEECH}")
# an inverted tag: '"...," said Helen Marsh, 47, a childminder who lives opposite.'
_INVERTED = re.compile(
    rf"[\s\"“‘']*[^\"“”]{{0,400}}?[,.!?][\"”]\s*,?\s*(?:said|says|added|adds|wrote|writes|recalled)\s+"
    rf"(?P<before>){_PERSON}(?P<appos>(?:\s+of\s+[^,.;:!?\"“”]{{1,60}})?(?:\s*,[^.;:!?\"“”]{{1,200}})?)\s*[.!?]")

_ARTICLE = re.compile(r"(?i)^\s*,?\s*(?:an?|one)\s")
_AGE = re.compile(r"^\s*,\s*\d{1,3}\s*,")
_RELATIVE = re.compile(r"(?i)^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:an?\s+[^,]{1,60}?\s+)?who\b")
_DEFINITE = re.compile(r"(?i)^\s*,?\s*(?:the|its|his|her|their)\s|^\s*,?\s*(?:the\s+)?[\w-]+['’]s\s")
_POSSESSIVE_NAME = re.compile(r"^(?:the\s+)?[A-Z][\w-]*['’]s\s")
_SPOKESPERSON = re.compile(r"(?i)\bspokes(?:man|woman|person|people)\b|\bpress\s+secretary\b")
# "One father,", "One mother of three,": a member counted, its role noun given
_ONE_ROLE = re.compile(r"(?i)^\s*(?:one|another)\s+[\w-]+(?:\s+[\w-]+){0,3}\s*,\s*$")


@cache
def _member_lemmas() -> frozenset[str]:
    """The lemmas of the groups a story illustrates by a member."""
    lemmas: set[str] = set(_MORE_MEMBERS)
    for cls in _MEMBER_CLASSES:
        lemmas |= set(lx.lemmas(cls))
    return frozenset(lemmas)


@cache
def _office_titles() -> re.Pattern[str]:
    """A title of office anywhere in a description ("the minister responsible")."""
    return re.compile(rf"(?i)\b(?:{lx.alternation('office-titles', lx.NOUN)})\b")


def _illustrable(phrase: str, head: str) -> bool:
    """Is the group one a story illustrates by a named member: a noun of judging or taking part
    ("critics", "residents"), or a quantifier counting some noun ("some parents"), never a group
    anonymous on purpose?"""
    nouns = lx.forms("source-nouns", lx.NOUN)
    words = [w.lower().strip(",.") for w in phrase.split()]
    known = [nouns[w] for w in words if w in nouns]
    if known:
        return all(lemma in _member_lemmas() for lemma in known)
    # a quantifier and a noun outside the source nouns ("some parents"), not a bare one ("some say")
    return head in QUANTIFIER_HEADS and len(words) > 1 and words[-1] not in QUANTIFIER_HEADS


def illustrating_speaker(doc: Document, si: int, start: int, end: int, head: str) -> tuple[Verdict, str] | None:
    """The verdict on a vague group whose next sentence names a speaker who illustrates it:
    ("named", name) where the speaker is described (an age, a relative clause, an indefinite or
    no-article title, a title before the name, a counted member's role), ("described", name) for
    weaker evidence, ``None`` where no such speaker is named or the next sentence answers."""
    text = doc.text
    s = doc.sentences[si]
    if not _illustrable(text[start:end], head) or _ANONYMOUS.search(text, s.start, s.end):
        return None
    nxt = next_in_paragraph(doc, si)
    if nxt is None or _CONTRAST_OPENS.match(text, nxt.start, nxt.end):
        return None
    if _ANSWERING_VERBS.search(text, nxt.start, nxt.end):
        return None
    m = _SUBJECT.match(text, nxt.start, nxt.end) or _INVERTED.match(text, nxt.start, nxt.end)
    if m is None:
        return None
    verdict = _verdict(m, text[s.start : s.end])
    return None if verdict is None else (verdict, m.group("name"))


def _verdict(m: re.Match[str], group_sentence: str) -> Verdict | None:
    """Whether the speaker's description makes the speaker an illustration ("named"), a weaker
    one ("described"), or the other side (``None``)."""
    before, appos, title = m.group("before").strip(), m.group("appos") or "", m.group("title")
    offices = _office_titles()
    if before:
        if _ONE_ROLE.match(before):
            return "named"  # "One father, Marco Bell, said"
        if _POSSESSIVE_NAME.match(before) and _SPOKESPERSON.search(before):
            return "described"  # "Labour's health spokesman, David Kerr,": a named body's voice
        if _DEFINITE.match(before) and offices.search(before):
            return None  # "the mayor, Tom Hale,", "The company's chief executive, X,": the answering side
        if _DEFINITE.match(before) or not _ARTICLE.match(before):
            return None  # a description the words do not read
    if _DEFINITE.match(appos) and offices.search(appos):
        return None  # "X, the minister responsible,": the office the group's view is put to
    if _SPOKESPERSON.search(appos):
        return "described"
    described = bool(title) or bool(_ARTICLE.match(appos) or _AGE.match(appos) or _RELATIVE.match(appos)
                                    or (appos.strip() and offices.search(appos)) or appos.lstrip().startswith("of "))
    if not described:
        return "described"  # a bare name and a speech verb: weaker evidence
    if _placed_in_subject(appos, group_sentence):
        return "described"  # "Gemma Ross, who runs the zoo," after "the zoo mistreats": its side, maybe
    return "named"


def _placed_in_subject(appos: str, group_sentence: str) -> bool:
    """Does the description place the speaker in a thing the group's sentence names definitely
    ("who runs the zoo" after "the zoo mistreats its animals")?"""
    things = {w.lower() for w in re.findall(r"(?i)\bthe\s+([a-z][\w-]{2,})", group_sentence)}
    return any(w.lower() in things for w in re.findall(r"(?i)\bthe\s+([a-z][\w-]{2,})", appos))
