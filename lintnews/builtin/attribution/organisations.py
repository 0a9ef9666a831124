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

Round 88: groups that take a side ("critics of the deal argue", "privacy advocates say",
"supporters claim") are read the same way: campaigning bodies speak for such groups, so one
named next ("The Rail Users' Union said in a submission ...", "Campaign group Safe Streets
says ...") is a hint too. A next sentence in contrast or answering ("The Trust denied ...")
is the other side and leaves the warning.

Round 100: a people's own body named beside them. "Surveyors and opposition politicians have
accused officials of ignoring the rules, and the Institute of Chartered Surveyors said in a
report that ...": the body whose proper name is made of the group's own noun ("Surveyors",
"Farmers' Union", "College of Nurses") speaks for such people, in the same sentence after them
or opening the next. Whether it voiced the same charge the words do not say: a hint (the
mayor or the council answering them names no one of theirs, and the warning stays).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from lintnews.builtin.attribution.coverage import SENTENCE_OPENER
from lintnews.builtin.attribution.facts import next_can_attribute, next_in_paragraph
from lintnews.builtin.attribution.illustrated import ANSWERING_VERBS, CONTRAST_OPENS
from lintnews.builtin.constructions import lexicon as lx

if TYPE_CHECKING:
    from lintnews.builtin.attribution.facts import DocFacts
    from lintnews.document.document import Document

ORGANISATION_NOTE = " The next sentence names {body}: if it is one of them, say so here."
MEMBERS_BODY_NOTE = " The body named beside them, {body}, is made of such people: if it speaks for them, say so here."

# source-noun heads (as written) whose members are organisations, not people
_BODY_HEADS = frozenset(("group", "groups"))
# round 156: the country a body's national branch is named for, closing its name ("Bus Users UK")
_NATIONAL_BRANCH = frozenset("uk us usa scotland wales cymru ireland england europe canada australia".split())
# source-noun heads of a side taken, whom campaigning bodies speak for (round 88)
_SIDE_HEADS = frozenset(
    "critic critics opponent opponents sceptic sceptics skeptic skeptics campaigner campaigners activist "
    "activists supporter supporters backer backers proponent proponents advocate advocates".split()
)
# the heads of a state body's name: the side groups call on or answer, not one of them
_STATE = frozenset(
    "ministry department government office police army forces force council authority authorities "
    "administration cabinet parliament court commission embassy presidency kremlin".split()
)

# a body's acronym in brackets after its name, and the small words inside such a name
_ACRONYM = re.compile(r"\s\([A-Z][A-Z&-]{1,9}\)\s")
_NAME_JOINERS = frozenset(("and", "of", "for", "on", "in", "&"))
_NAME_INNER = frozenset(("of", "the", "and", "for", "&"))  # "the charity Friends of the Earth"
_PLACE_JOINERS = frozenset(("of", "for"))  # "the Wildlife Trust for Northshire" (round 106)


@cache
def _kind_before() -> re.Pattern[str]:
    """A campaigning body's kind written before its name with no article, opening the sentence
    ("Cycling campaign group ", "Pressure group ", "The charity "): news style's apposition."""
    kinds = lx.alternation("civil-bodies", lx.NOUN)
    return re.compile(rf"\W*(?:[Tt]he\s+)?(?:[A-Za-z][\w-]*\s+){{0,2}}?(?:{kinds}|[Cc]ampaign\s+group|"
                      rf"(?:[Pp]ressure|[Ll]obby|[Aa]dvocacy|[Cc]ommunity|[Aa]ction)\s+group)\s+")


class _KindBefore:
    """(the pattern built on first use, from the lexicon)"""

    def fullmatch(self, text: str, start: int, end: int) -> re.Match[str] | None:
        return _kind_before().fullmatch(text, start, end)


_KIND_BEFORE = _KindBefore()
# round 111: the record the body speaks in, fronted before it ("In a report published in June,
# the charity X said"): where the body said it, not who; at most eight words before the comma
_FRONTED_RECORD = re.compile(
    r"\W*(?:In|Under)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|study|survey|"
    r"assessment|analysis|briefing|review|update|letter|submission)\b(?:[ \t]+[\w’'-]+){0,8}?\s*,\s*"
)


def organisation_named_next(doc: Document, si: int, head: str, facts: DocFacts) -> str | None:
    """The proper name of an organisation that opens the next sentence of the paragraph as
    its speaker, when the cue's group is a group of bodies ("rights groups say"), else
    ``None``."""
    side = head.lower() in _SIDE_HEADS
    if head not in _BODY_HEADS and not side:
        return None
    nxt = next_in_paragraph(doc, si)
    if nxt is None:
        return None
    text = doc.text
    if side and (CONTRAST_OPENS.match(text, nxt.start, nxt.end) or facts.found(ANSWERING_VERBS, nxt.start, nxt.end)):
        return None  # "Critics say ... The Trust denied it": the side the group's view is put to
    for m in facts.mentions(nxt.start, nxt.end):
        if m.style != "subject" or m.kind != "named":
            continue
        fronted = _FRONTED_RECORD.match(text, nxt.start, m.src_start)
        opens = fronted.end() if fronted else nxt.start
        if (side or fronted) and _KIND_BEFORE.fullmatch(text, opens, m.src_start):
            # "Cycling campaign group Pedal Safe says": the body's kind, then its name; round
            # 111: "In a report published in June, the charity X said" after "humanitarian groups"
            return m.phrase
        if not SENTENCE_OPENER.fullmatch(text, opens, m.src_start):
            return None  # the first source of the sentence must open it
        words = m.phrase.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        # round 105: "The Coastal Justice and Transparency Network (CJTN)": a name that carries
        # its acronym is a body's (people have none); its inner "and", "of" are the name's
        acronym = len(words) > 1 and _ACRONYM.search(text, m.src_start, m.verb_end) is not None
        if acronym:
            words = [w for w in words if w not in _NAME_JOINERS]
        # round 106: "The Wildlife Trust for Northshire": the body's kind, then "for" or "of"
        # and its place; the head is the word before the joiner
        head_end = len(words)
        if not acronym and len(words) > 2 and words[-2] in _PLACE_JOINERS and words[-3][:1].isupper():
            head_end = len(words) - 2
            words = words[:-2] + words[-1:]
        if (len(words) > 1 and words[0] in lx.forms("civil-bodies", lx.NOUN) and words[-1][:1].isupper()
                and all(w[:1].isupper() or w in _NAME_INNER for w in words[1:])):
            # round 111: "the charity Medical Aid Now said": the body's kind stated, then its name
            return "the " + " ".join(words)
        if _kind_after_name(words):
            return "the " + " ".join(words)  # round 160: "The Filton Avenue Safe Streets group said"
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return None  # "The agency", "It", "Oxfam": a description, a pronoun, or one word
        if any(w.lower() in _STATE for w in words):
            return None  # "The Interior Ministry said": the other side
        last = words[head_end - 1].lower()
        if (not acronym and last not in lx.forms("civil-bodies", lx.NOUN) and last != "international"
                and not (len(words) > 2 and last in _NATIONAL_BRANCH)):
            # (round 156: a body's national branch closes its name as "International" does:
            # "Bus Users UK", "Shelter Scotland"; a name of three words at least)
            return None  # "Jane Roe said", "Harbour Bank said": a person, a company
        return "the " + m.phrase[4:] if m.phrase.startswith("The ") else m.phrase
    return None


def _kind_after_name(words: list[str]) -> bool:
    """Round 160: is the speaker a body's proper name of two words or more followed by its kind
    in lower case ("the Filton Avenue Safe Streets group", "the Harbour Road residents'
    association")? News style names a small campaign so; the kind says it is a civil body, not
    a person or a company (a state word in the name is the other side, as for a full name)."""
    if len(words) < 3 or not (words[-1] == "group" or words[-1] in lx.forms("civil-bodies", lx.NOUN)):
        return False
    name = words[:-1]
    if name[-1].endswith(("'", "’")) and name[-1][:1].islower():
        name = name[:-1]  # "residents'" before "association": the members' word
    return (len(name) >= 2 and all(w[:1].isupper() for w in name)
            and not any(w.lower() in _STATE for w in name))


# a name's word as its plain noun: "Surveyors" -> "surveyor", "Farmers'" -> "farmer"
def _stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s").rstrip("'")
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def members_body_named(doc: Document, si: int, start: int, end: int, facts: DocFacts) -> str | None:
    """The proper name of a body made of the vague group's own people ("the Institute of
    Chartered Surveyors" for "surveyors and politicians"), speaking in the cue's sentence after
    it or opening the next sentence of the paragraph, else ``None``."""
    text = doc.text
    verbs = lx.forms("source-verbs")
    stems = {_stem(w) for w in re.findall(r"[A-Za-z]{5,}", text[start:end])
             if w.lower().endswith("s") and w.lower() not in verbs}
    if not stems:
        return None
    sentence = doc.sentences[si]
    found = [m for m in facts.mentions(sentence.start, sentence.end) if m.start >= end]
    if next_can_attribute(doc, si, facts):
        nxt = doc.sentences[si + 1]
        found += [m for m in facts.mentions(nxt.start, nxt.end) if SENTENCE_OPENER.fullmatch(text, nxt.start, m.src_start)]
    for m in found:
        if m.kind != "named" or m.style != "subject":
            continue
        words = [w for w in m.phrase.split() if w.lower() not in ("the", "of", "for", "and")]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue  # "Jane Roe said" is one person's word; "the council" no body of theirs
        if any(_stem(w) in stems for w in words[1:] + words[:1]):
            return "the " + m.phrase[4:] if m.phrase.startswith("the ") or m.phrase.startswith("The ") else m.phrase
    return None
