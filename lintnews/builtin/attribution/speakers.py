"""Speakers and bodies named near a vague group, who may be (but are not said to be) its own.

"Observers said ... The mission, led by Karin Holm, said", "Officials said ... the coastguard
said", "Analysts agreed ... '...,' Demir said", "Others praised it. Hiroshi Ito, a professor
of law, said": the reader most likely meets the group's source, but the words do not say so.
Each test here lowers a warning to a hint, with the note that says where the source is.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from lintnews.builtin.attribution.coverage import TAG_TAIL, vouches_for_previous
from lintnews.builtin.attribution.facts import (
    OPENS_QUOTE,
    DocFacts,
    identifies,
    next_in_paragraph,
    quoted_after_lone_sentence,
    tag_sentence,
)
from lintnews.builtin.attribution.illustrated import ANONYMOUS_GROUP, CONTRAST_OPENS
from lintnews.builtin.constructions import FOLLOWING_REACH, SENTENCE_REACH
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import QUANTIFIER_HEADS
from lintnews.builtin.constructions.sources.phrase import SPOKESPERSON
from lintnews.document import sourcing
from lintnews.document.speech import NAME
from lintnews.language.wordclasses import alternation_of
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document, Sentence


WHERE_SPOKE_NOTE = " The sentence names who spoke where they said it: if it is their view, say so here."
# "at a press conference in Ramallah, where Fares spoke along with ...": who spoke at the
# occasion where the group said it, named in the same sentence
WHERE_NAMED_SPOKE = LazyRegex(
    rf",\s+(?:at\s+which|where)\s+(?-i:{NAME})\s+(?:\w+ly\s+|also\s+)?(?:spoke|speaks|talked|addressed|presented)\b"
)


BODY_NOTE = " They read as officials of the body named earlier in the sentence: say so (\"the authority's officials\")."
# an absolute "with" clause opened by bare "officials" and a participle: "..., with officials blaming"
_WITH_OFFICIALS = LazyRegex(r"(?i)\bwith\s+$")
_BARE_OFFICIALS = re.compile(r"(?i)officials\s+\w+ing\b")
# a body the sentence names before: "the Syrian government's water authority", "the ministry"
_BODY_BEFORE = LazyRegex(r"(?i)\b(?:the|its|their)\s+((?:[\w’'-]+\s+){0,4}[\w’'-]+)")


def officials_of_named_body(text: str, s_start: int, cue_start: int, cue_end: int) -> bool:
    """Is the cue a bare "officials" opening an absolute "with" clause, after a body its
    sentence has named ("The SDF stopped after a request by the water authority, with
    officials blaming air raids")? The officials most likely are that body's; the words do
    not say so: a hint. ("Residents fled, with officials warning ..." names no body.)"""
    if not _BARE_OFFICIALS.match(text, cue_start, cue_end + 1) or not _WITH_OFFICIALS.search(text, max(s_start, cue_start - 6), cue_start):
        return False
    bodies = (sourcing.INSTITUTIONS | _SINGULAR_BODIES) - _NOT_BODIES
    return any(w.lower().replace("’", "'").removesuffix("'s") in bodies
               for m in _BODY_BEFORE.finditer(text, s_start, cue_start) for w in m.group(1).split())


_SINGULAR_BODIES = frozenset(("authority", "central-bank", "bank", "utility", "operator"))
# institution words that are no body the officials could belong to ("the report", "the data")
_NOT_BODIES = frozenset("statement report study survey data documents filing lawsuit complaint indictment figures "
                        "poll census records court-filing affidavit paper website family campaign".split())


AUTHORITY_NOTE = " The next sentence names the body that speaks: if they are its officials, say so here."
AUTHORITY_BEFORE_NOTE = " The sentence before names the body that speaks: if they are its officials, say so here."
COLLECTIVE_NOTE = " The next sentence names the body they speak for: name it here."
# the next sentence opens with a definite collective noun that points back at the group and
# names it or its leader in apposition, then speaks ("The mission, led by former minister Karin
# Holm, said", "The coalition, which includes Oxfam and Care, said"): the group is identified
# in the next sentence, as the guidelines allow
_COLLECTIVE_NAMED = LazyRegex(
    r"[\s\"“]*(?:(?:But|And|However),?\s+)?The\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:mission|delegation|team|panel|coalition|alliance|network|group|observers|monitors)"
    r"\s*,\s+(?:(?:led|headed|chaired|run|organised|organized|coordinated)\s+by|which\s+includes?|"
    r"made\s+up\s+of|including)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,4}?(?:the\s+)?(?-i:[A-Z][\w'’-]+)[^.;:!?]{0,120}?,\s+(?:\w+ly\s+)?"
    r"(?:said|says|told|tells|reported|reports|found|finds|concluded|wrote|writes|added|noted|warned|stated)\b"
)


def collective_named_next(doc: Document, si: int, head: str) -> bool:
    """Is the cue's group a plural of people ("international observers said"), and does the
    next sentence of the paragraph (or the next paragraph's first) open with a definite
    collective noun that names it or its leader before speaking ("The mission, led by former
    Danish minister Karin Holm, said ...")? The reader learns in the next sentence whose
    observers they were: a hint to say so at once. A bare "The mission said" names nobody."""
    if head not in lx.plural_nouns("source-nouns") or si + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[si + 1]
    if nxt.block > doc.sentences[si].block + 1 or doc.in_headline(nxt.start):
        return False
    return _COLLECTIVE_NAMED.match(doc.text, nxt.start, nxt.end) is not None


# the heads whose group a public body speaks for: "officials", "authorities"
# officials, authorities, and the "chiefs" of a public service in tabloid and local copy
# ("Health chiefs warned ... The health board said"): round 68
_AUTHORITY_HEADS = frozenset(("official", "authority", "chief"))


def according_to_person_after(doc: Document, si: int, cue_end: int, facts: DocFacts) -> bool:
    """Does a named person's "according to" close the cue's sentence ("Farmers are seen by the
    police as squatters, according to Omar Ruiz, an expert on land law.")? The person vouches
    for the report that the group holds the view, as a lead does ("Ruiz said the police see
    ..."): a hint, not a warning. An institution or an outlet ("according to Reuters") is left
    alone: it passes the group's words on, it does not answer for them."""
    text = doc.text
    s = doc.sentences[si]
    for m in facts.near(s.start, s.end, cue_end, cue_end):
        if m.kind != "named" or m.style != "according" or m.start < cue_end or not identifies(m):
            continue
        words = m.phrase.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and not any(
                w.lower().rstrip(".,").removesuffix("'s") in _BODY_WORDS for w in words)\
                and _role_apposition().match(text, m.src_start + len(m.phrase)) is not None\
                and ";" not in text[cue_end : m.start]:
            return True
    return False


@cache
def _role_apposition() -> re.Pattern[str]:
    """A person's role in apposition to a name: "Omar Ruiz, an expert on", "Ana Roe, professor
    of", "Li Wei, a senior official" (a noun of ``source-nouns``, ``office-titles`` or
    ``expertise-titles``); an outlet's or a body's name has none ("according to Al Jazeera.")."""
    roles = {f for cls in ("source-nouns", "office-titles", "expertise-titles") for f in lx.forms(cls, lx.NOUN)}
    alt = alternation_of(roles)
    # (a chief officer's initials are a role too: "Kiril Dmitri, CEO of the fund")
    return re.compile(rf",\s+(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:{alt}|(?-i:CEO|CFO|COO|CTO))\b")


def authority_body_next(doc: Document, si: int, cue_start: int, cue_end: int, head: str, facts: DocFacts) -> bool:
    """Is the cue's group officials or authorities, and does the next sentence end with a public
    body's tag or open with its lead ("..., according to Turkish authorities. The boat sank off
    the coast, the Turkish coastguard said in a statement.")? The body says which authority it
    was; whether the officials are its own the words do not say: a hint. A person's tag, or a
    party's or a company's, names no authority; nor does another country's body ("Philippine
    officials said. The Chinese foreign ministry said ...": a capitalised modifier of the body
    that the group's phrase does not have)."""
    lemma = lx.forms("source-nouns", lx.NOUN).get(head)
    if lemma not in _AUTHORITY_HEADS or si + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[si + 1]
    if nxt.block > doc.sentences[si].block + 1 or doc.in_headline(nxt.start):
        return False
    if CONTRAST_OPENS.match(doc.text, nxt.start, nxt.end):
        return False  # "But the health board said ...": the body answers its people's view
    s = doc.sentences[si]
    if ANONYMOUS_GROUP.search(doc.text, s.start, s.end):
        return False  # "officials speaking on condition of anonymity": the body does not name them
    return _body_speaks(doc, si, nxt, cue_start, cue_end, facts)


def authority_body_before(doc: Document, si: int, cue_start: int, cue_end: int, head: str, facts: DocFacts) -> bool:
    """Is the cue's group bare officials or authorities opening its sentence, right after a
    sentence whose lead is a public body ("The defence ministry said 200 troops would go.
    Officials added that the first would land on Monday.")? The story has named the body
    that speaks and refers back to it, as "the ministry's officials" would: a hint, as the
    body named next is. A group after a break, or placed by words of its own ("Chinese
    officials", "officials in Kyiv"), is not the body's."""
    lemma = lx.forms("source-nouns", lx.NOUN).get(head)
    if lemma not in _AUTHORITY_HEADS or si == 0:
        return False
    text = doc.text
    s, prev = doc.sentences[si], doc.sentences[si - 1]
    if s.block > prev.block + 1 or doc.in_headline(prev.start) or doc.in_headline(s.start):
        return False
    if text[s.start : cue_start].strip(" \"“-–—") or not _BARE_AUTHORITY.fullmatch(text, cue_start, cue_end):
        return False
    return _body_speaks(doc, si, prev, cue_start, cue_end, facts)


# bare "Officials said", "Authorities added" (no modifier or place of their own) and the verb
_BARE_AUTHORITY = re.compile(r"(?i)(?:officials|authorities)\s+(?:have\s+|had\s+|also\s+|later\s+)?[a-z]+")


def _body_speaks(doc: Document, si: int, nxt: Sentence, cue_start: int, cue_end: int, facts: DocFacts) -> bool:
    """Does ``nxt`` (the sentence after the cue's sentence ``si``, or before it) speak through a
    public body named as the definite subject of its lead or tag ("the coastguard said", "the
    Tennessee Bureau of Investigation said"), one the cue's group may belong to?"""
    bodies = lx.forms("public-bodies", lx.NOUN)
    text = doc.text
    group = text[cue_start:cue_end].split()
    # the kind of civil body the group's own modifier gives ("union officials", "league
    # officials"): that body, named as the next lead, speaks for them as a ministry does (round 97)
    civil = lx.forms("civil-bodies", lx.NOUN)
    kinds = {w.lower() for w in group if w.lower() in civil}
    for m in facts.mentions(nxt.start, nxt.end):
        if m.kind != "named" or m.style not in ("subject", "inverted"):
            continue
        words = m.phrase.split()
        if words[0].lower() != "the" or not any(w.lower() in bodies or w.lower() in kinds for w in words[1:]):
            continue  # "the coastguard", "the Tennessee Bureau of Investigation", "the dockers' union X"
        places = {w for w in group[1:] if w[:1].isupper() and w.lower() not in civil}
        if group and group[0][:1].isupper() and group[0].lower() not in civil and (text[doc.sentences[si].start : cue_start].strip(" \"“-–—")
                                                 or group[0].lower() not in _COMMON_MODIFIERS):
            places.add(group[0])  # "Philippine officials said", not "State officials said"
        if places and any(w[:1].isupper() for w in words[1:]) and not places & set(words[1:]):
            # "the Chinese foreign ministry" after "Philippine officials"; a group with no
            # place of its own ("state officials", "federal safety officials") may be any
            # body's, and "the Tennessee Bureau" after "Tennessee authorities" is the same place
            continue
        if vouches_for_previous(text, m, nxt.start, nxt.end) or TAG_TAIL.fullmatch(text, m.end, nxt.end):
            return True
    return False


# words that open a group's phrase with a capital only because they open the sentence: no place
_COMMON_MODIFIERS = frozenset("state federal local city county regional provincial government senior top "
                              "security health police fire rescue school safety administration some many "
                              "other several two three according officials authorities".split())


def opinion_group(head: str) -> bool:
    """Is the vague source a group that judges (analysts, critics, "others"), not one whose
    anonymity is the point (officials, sources, aides)? See the ``opinion-holders`` class."""
    if head in QUANTIFIER_HEADS:
        return True
    lemma = lx.forms("source-nouns", lx.NOUN).get(head)
    return lemma is not None and lemma in lx.lemmas("opinion-holders")


# an inverted tag: ', said Eid,' (not ', with Mattis calling')
_SAID_TAG = LazyRegex(r"[\W]*(?:said|says|told|added|wrote|explained)\b")
_MEDIA_WORDS = frozenset("media press reports news".split())
_DATA_WORDS = frozenset("data figures statistics numbers".split())  # "Recent data from the X show": no speaker
# a body, not a person: "China Railway Corp said" (in a digest, often another story's tag)
_BODY_WORDS = sourcing.INSTITUTIONS | frozenset("corp corporation inc ltd co plc llc group holdings".split())
_STOP = re.compile(r"\s*[.!?]")


# a tag that goes on with a participle of speech: "..., Schuster says, pointing out that ..."
_TAG_GOES_ON = LazyRegex(
    r"\s*,\s+(?:adding|noting|pointing\s+out|explaining|saying|stressing|arguing|warning)\b[^\"“”.!?]*(?:[.!?]|$)")
# a speaker who speaks for a body: most often the side the group's view is put to, not one of them
# an inverted tag right after a closing quotation mark: 'if prices "keep falling," said Dr Ana Silva'
_QUOTE_THEN_TAG = LazyRegex(r"[,.!?]?[\"”](?:\s*,)?\s*(?:said|says|added|adds|wrote|writes)\s+$")


def next_quotes_speaker(doc: Document, si: int, facts: DocFacts) -> str:
    """The person the next sentence of the paragraph quotes, or "": a sentence that opens with
    a quotation and closes with its tag ('"...," Demir said.', '"...," said Paul Saunders,
    executive director of X.'). That is how a piece brings in one of the group it has just
    summed up ("Analysts agreed that ... '...,' Demir said."); whether the speaker is one of
    them the words do not say, so the caller makes the cue a hint. A sentence that only
    reports a named person ("Mr Jones said the government ...") is as often the other side
    answering: it is left alone. (Unlike :func:`vouches_for_previous`, whose next sentence
    must not be a quotation: there the quotation's tag attributes the quotation only.)"""
    sentences = doc.sentences
    nxt = next_in_paragraph(doc, si)
    if nxt is None:
        return ""
    text = doc.text
    opens = OPENS_QUOTE.match(text, nxt.start) is not None
    # a quotation over several sentences: its tag is in the sentence where it closes
    tag = sentences[tag_sentence(doc, si + 1)]
    for m in facts.mentions(tag.start, tag.end):
        if m.kind != "named" or not identifies(m) or m.style not in ("subject", "inverted"):
            continue
        if not opens and (m.style != "inverted"
                          or not _QUOTE_THEN_TAG.match(text, m.start - 1, m.src_start)) \
                and not (m.style == "subject" and _SAYS_THEN_QUOTES.match(text, m.end, tag.end)):
            # a sentence that quotes a phrase and closes with the tag ('It would help, but if
            # prices "keep falling, the bank will act," said Dr Ana Silva.') quotes its speaker
            # as one that opens with the quotation does; one that only reports a named person
            # does not
            continue
        words = m.phrase.split()
        if (words[0].lower() in ("the", "his", "her", "their", "its") or m.phrase.lower() in _MEDIA_WORDS
                or any(w.lower() in _DATA_WORDS or w.lower() in lx.forms("report-nouns", lx.NOUN) for w in words)
                or words[-1].lower().rstrip(".").removesuffix("'s") in _BODY_WORDS):
            continue  # "the ministry said", "China Railway Corp said": a body, often the one that answers
        if SPOKESPERSON.search(text, max(tag.start, m.src_start - 40), min(tag.end, m.end + 60)):
            continue  # '"...," State Department spokesperson Mark Toner said': the body answering
        if m.style == "subject" and _SAYS_THEN_QUOTES.match(text, m.end, tag.end):
            return m.phrase  # 'Dr Jo Pike, a food scientist at X, said: "..."' (round 160)
        if m.style == "inverted":
            if _SAID_TAG.match(text, m.start):
                return m.phrase  # '"...," said Paul Saunders, executive director of X.'
            continue  # ", with Mattis calling": no tag
        tail = TAG_TAIL.match(text, m.end, tag.end)
        if _STOP.match(text, m.end) or (tail is not None and (tail.end() == tag.end or "." in text[m.end : tail.end()])):
            return m.phrase  # '"...," Demir said.' (a quotation may go on after it)
        going_on = _TAG_GOES_ON.match(text, m.end, tag.end)
        if going_on is not None:
            # '"...," Schuster says, pointing out that the jets lack the gear.': the tag goes on
            # with the speaker's next point, still the quotation's tag
            return m.phrase
    return ""


# round 160: the speaker first, then the verb and a colon before the quotation ('Dr Jo Pike, a
# food scientist at X, said: "..."'): the sentence quotes its speaker as one that opens with the
# quotation does (the mention may end before the verb, its apposition between)
_SAYS_THEN_QUOTES = LazyRegex(
    r"(?:(?:,[^\"“”.;:!?]{1,120},)?\s*(?:said|says|added|adds|explained|explains|warned|warns))?\s*:\s*[\"“]")


# bare quantifiers that set a side against the one just given ("Some praised it. Others ...")
CONTRAST_QUANTIFIERS = frozenset(("others", "some"))
_OPENING = " \t\"“‘'-–—"


def role_speaker_next(doc: Document, si: int) -> str:
    """The person the next sentence of the paragraph opens with, named in full (two capitalised
    words or more) and placed by a role in apposition, as the subject of a verb of saying or
    thinking after the apposition ("Hiroshi Ito, a professor of law at X, said ...", "Wibke
    Werner, deputy director of the tenants' association, thinks ..."), or "". After a bare
    "others" or "some", who have no noun of their own, that person is most often the one of
    them the writer goes on to name; a body ("the ministry said"), a pronoun or a name with no
    role does not place anyone."""
    nxt = next_in_paragraph(doc, si)
    if nxt is None:
        return ""
    text = doc.text
    m = _NAME_OPENS.match(text, nxt.start, nxt.end)
    if m is None or len(m.group(1).split()) < 2 or any(
            w.lower().rstrip(".,").removesuffix("'s") in _BODY_WORDS for w in m.group(1).split()):
        return ""
    role = _role_apposition().match(text, m.end(1), nxt.end)
    if role is None or _ROLE_SPEAKER_VERB.match(text, role.end(), nxt.end) is None:
        return ""
    return m.group(1)


# a sentence that opens with a name and a comma (its apposition follows)
_NAME_OPENS = LazyRegex(rf"[\s\"“‘'\-–—]*(?:(?:But|And|Yet|Still|However|Meanwhile),?\s+)?((?-i:{NAME}))(?=,)")


def bare(phrase: str) -> bool:
    """Is the quantifier of the cue bare, no noun of the group after it ("others praised", not
    "some analysts say")?"""
    nouns = lx.forms("source-nouns", lx.NOUN)
    return not any(w.lower().strip(",.") in nouns for w in phrase.split()[1:])


# the verb of the named person after the role's apposition closes, saying or holding a view
_ROLE_SPEAKER_VERB = LazyRegex(
    r"[^.;:!?\"“”]{0,160}?,\s+(?:\w+ly\s+)?(?:said|says|told|tells|added|adds|wrote|writes|noted|notes|warned|"
    r"explained|argued|argues|thinks|thought|believes|believed|agreed|agrees|"
    r"called|calls|praised|praises|criticised|criticized|criticises|criticizes|contends|contended)\b"
)


VOX_POP_NOTE = (" One person who was there is quoted in their own words: the quotation is theirs, and"
                " which one of them is worth saying if the story can.")
# what a quotation's closing tag may hold after its speaker: the relative that says why the
# speaker is not named, the verb, the hearer, when or where ('..., who asked not to be named,
# told The Gleaner.') (round 173: the blanks before the comma and before the verb go with them:
# each later part opens with blanks of its own, and "\s*" there with no comma or verb after it put
# two runs side by side, a run of blanks after the speaker split every way: over 15 s at 10,000)
_VOX_TAG_TAIL = LazyRegex(
    r"(?:\s*,\s*who\s+[^,.;:!?\"“”]{1,60},)?(?:\s*,)?(?:\s*(?:said|says|told|tells|added|recalled)\b)?"
    r"(?:\s+(?:reporters|(?:the\s+)?(?-i:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})))?"
    r"(?:\s+(?:on|in|at|last|this|yesterday|earlier|later)\b[^,;:\"“”.]{0,40})?[\s.!\"”’]*"
)
_QUOTE_CLOSES = LazyRegex(r"[,!?]\s*[\"”]\s*$")


def _one_participant(head: str) -> bool:
    """Is ``head`` a singular of ``participant-nouns`` ("resident", "passenger", "worker"): one
    person who was there, not a group?"""
    lemma = lx.forms("source-nouns", lx.NOUN).get(head)
    return (lemma is not None and lemma in lx.lemmas("participant-nouns")
            and head not in lx.plural_nouns("source-nouns"))


def vox_pop_tag(doc: Document, si: int, cue_start: int, cue_end: int, head: str) -> bool:
    """Is the unnamed source one person who was there (a singular of ``participant-nouns``:
    "one resident", "a passenger"), the speaker of the closing tag of a double-quoted quotation
    ('"You could see vans pull up at midnight," one resident said.')? The words are the
    resident's own, quoted as the guidelines give a described speaker's quotation; which
    resident is a hint, not a warning. A view about others in the writer's voice ("one resident
    said the council had lied") is no quotation and stays."""
    if not _one_participant(head):
        return False
    text = doc.text
    s = doc.sentences[si]
    closes = _QUOTE_CLOSES.search(text, max(s.start, cue_start - 6), cue_start)
    if closes is None:
        return False
    q = doc.quotation_at(closes.end() - 1 - (len(closes.group()) - len(closes.group().rstrip())))
    if q is None or q.single or q.start < doc.sentences[max(0, si - _QUOTE_BACK)].start:
        return False
    return _VOX_TAG_TAIL.fullmatch(text, cue_end, s.end) is not None


# round 160: one person opening the sentence as the speaker of the direct quotation that follows
# the verb ('One neighbour, who asked not to be named, said: "..."', 'A nurse told the Courier:
# "..."'): the person's head noun, an optional relative clause set off by commas, the verb, an
# optional hearer, then a colon or comma right before the opening double quotation mark
_ONE_SPEAKER_QUOTES = LazyRegex(
    r"(?:A|An|One)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)"
    r"(?:\s*,\s*who\s+[^,.;:!?\"“”]{1,60},)?\s*(?:said|says|told|tells|added|adds|recalled)"
    r"(?:\s+(?:reporters|this\s+(?:newspaper|paper|website|reporter)|(?:the\s+)?(?-i:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})))?"
    r"\s*[:,]\s*(?=[\"“])")
# what may close the sentence after the quotation: its end marks only
_QUOTE_ENDS_SENTENCE = LazyRegex(r"[\s.!?]*$")


def _one_person_there(word: str) -> bool:
    """Is ``word`` a singular of ``participant-nouns`` ("neighbour", "nurse"), read from the
    class's own forms (a nurse need not be a source noun to be met where things happen)?"""
    return (lx.forms("participant-nouns", lx.NOUN).get(word) is not None
            and word not in lx.plural_nouns("participant-nouns"))


def vox_pop_quote_after(doc: Document, si: int, cue_start: int, cue_end: int) -> bool:
    """Round 160: is the unnamed source one person who was there (a singular of
    ``participant-nouns``: "one neighbour", "a nurse") opening the sentence as the speaker of a
    double-quoted quotation that follows the verb and closes the sentence ('One neighbour, who
    asked not to be named, said: "He wouldn't hurt a fly."')? The words are the described
    speaker's own, the guidelines' first rule, as :func:`vox_pop_tag`'s with the tag after the
    quotation: a hint, not a warning. A plural group ("Residents said: ..."), "a source", or the
    person's view told in the writer's words ("One neighbour said the man was violent") stays."""
    text = doc.text
    s = doc.sentences[si]
    if text[s.start : cue_start].strip(" \t\n\"“‘'") or cue_start - s.start > 4:
        return False
    m = _ONE_SPEAKER_QUOTES.match(text, cue_start, min(s.end, cue_start + SENTENCE_REACH))
    if m is None or m.end() < cue_end or not _one_person_there(m.group("head")):
        return False
    q = doc.quotation_at(m.end())
    if q is None or q.single or q.start != m.end():
        return False
    # the quotation runs to its sentence's end (a quotation of several sentences: to the end of
    # the one where it closes)
    last = doc.sentences[doc.sentence_index(max(q.start, q.end - 1))]
    return _QUOTE_ENDS_SENTENCE.match(text, q.end, last.end) is not None


# a sentence that is one double-quoted quotation closed by a pronoun's tag: '"You could feel the
# heat from the car park," he said.'
_PRONOUN_QUOTED = LazyRegex(
    r"[\s]*[\"“][^\"“”]{1,400}?[,!?][\"”]\s*(?:he|she)\s+(?:said|added|recalled|told\s+\w+)\b")
# one person opening the sentence: "A worker at a neighbouring unit said", "One passenger said"
_ONE_PERSON_OPENS = LazyRegex(r"[\s\"“]*(?:A|An|One)\s")


def vox_pop_quoted_next(doc: Document, si: int, cue_start: int, cue_end: int, head: str) -> bool:
    """Is the unnamed source one person who was there (a singular of ``participant-nouns``)
    opening the sentence ("A worker at a neighbouring unit said staff were told to leave."),
    and is the next sentence of the paragraph that person's own words, a double-quoted
    quotation closed by "he said" / "she said"? The reader meets a described witness quoted
    at length, as :func:`vox_pop_tag`'s: a hint (round 97). A plural group, a sentence that
    does not open with the person, or a next sentence that names another speaker stays."""
    if not _one_participant(head):
        return False
    text = doc.text
    s = doc.sentences[si]
    if text[s.start : cue_start].strip() or not _ONE_PERSON_OPENS.match(text, cue_start, cue_end):
        return False
    nxt = next_in_paragraph(doc, si)
    if nxt is None:
        return False
    return _PRONOUN_QUOTED.match(text, nxt.start, min(nxt.end, nxt.start + SENTENCE_REACH)) is not None


# how many sentences back a quotation may open and still close at the tag
_QUOTE_BACK = 4


PROFESSION_NOTE = (" A speaker of a learned profession is named next: if they are one of these experts,"
                   " say so here.")
# the generic heads of expertise, whose members a learned profession may be
_GENERIC_EXPERTS = frozenset(("expert", "specialist"))


# the verbs of :func:`_profession_speaker`'s speaker, which every match of it holds
_PROFESSION_VERBS = r"(?:said|says|told|tells|noted|notes|added|adds|warned|warns|explained|explains|wrote|writes|cautioned)"
_PROFESSION_VERB = re.compile(rf"{_PROFESSION_VERBS}\b")


@cache
def _profession_speaker() -> re.Pattern[str]:
    """A named speaker of a learned profession (``expert-professions``), in apposition before
    the verb ("Dr Ann Cole, a psychologist at Leeds who studies sleep, noted") or after an
    inverted tag ("said Dr Ann Cole, a psychologist at Leeds")."""
    prof = lx.alternation("expert-professions", lx.NOUN)
    verbs = _PROFESSION_VERBS
    role = rf",\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,3}}?(?i:{prof})\b"
    return re.compile(
        rf"(?-i:{NAME}){role}[^.;:!?\"“”]{{0,120}}?,\s*(?:\w+ly\s+)?{verbs}\b"
        rf"|\b{verbs}\s+(?-i:{NAME}){role}"
    )


def profession_speaker_near(doc: Document, si: int, start: int, after: int) -> bool:
    """Is the group "experts" (or "specialists"), and is a speaker of a learned profession named
    after it, in its sentence or the next of its paragraph ("Some experts caution against it. Dr
    Ann Cole, a psychologist at Leeds, noted that the sample was small")? A psychologist is an
    expert, most likely one of those meant; the words do not say so: a hint."""
    nouns = lx.forms("source-nouns", lx.NOUN)
    if not any(nouns.get(w.lower()) in _GENERIC_EXPERTS for w in doc.text[start:after].split()):
        return False  # (the noun itself, or the one a quantifier counts: "Some experts")
    end = doc.sentences[si].end
    nxt = next_in_paragraph(doc, si) or quoted_after_lone_sentence(doc, si)
    if nxt is not None:
        end = doc.sentences[tag_sentence(doc, si + 1)].end
    end = min(end, after + FOLLOWING_REACH)  # (a page pasted as one sentence: not to its end)
    if qualified_consensus(doc, si, start, after):
        return False  # round 148: "experts agree ... Dr Ann Cole, a psychologist, said it could help but"
    # (round 67: the pattern, 2 KB, compiled and tried only where one of its verbs is)
    return (_PROFESSION_VERB.search(doc.text, after, end) is not None
            and _profession_speaker().search(doc.text, after, end) is not None)


def qualified_consensus(doc: Document, si: int, start: int, after: int) -> bool:
    """Round 148: does the cue ``doc.text[start:after]`` claim a group's agreement ("fitness
    experts agree that ..."), and does what follows, in its sentence or the next of its
    paragraph, put a reservation ("said the data could help but should not replace a coach")?
    One voice with a reservation, named next, is no member of a consensus vouching for it: the
    agreement stays nobody's."""
    text = doc.text
    if not _AGREEMENT.search(text, start, after) or si + 1 >= len(doc.sentences):
        return False
    # (the next sentence, as far as the named member is read; review 121: from its start, not
    # from the cue, so that the writer's own reservation in the cue's sentence, "experts agree
    # that ..., but not all of them use it", is not taken for the next speaker's)
    begin = max(after, doc.sentences[si + 1].start)
    end = doc.sentences[tag_sentence(doc, si + 1)].end
    return _QUALIFIED.search(text, begin, min(end, after + FOLLOWING_REACH)) is not None


# round 148: a verb of a field's agreement closing the cue ("experts agree", "specialists concur")
_AGREEMENT = LazyRegex(r"(?i)\b(?:agree|agrees|concur|concurs)\W*\Z")
# a reservation in what the next speaker says: a concession with a negation after it ("could
# help but should not replace", "but it is no cure", "but cannot"), or "however" as a
# connective, a comma after it ("However, ...", "..., however, ..."; review 121: not the
# adverb of degree, "however tired they are")
_QUALIFIED = LazyRegex(r"(?i)\bbut\s+(?:[\w’'-]+\s+){0,3}?(?:not|never|no|cannot|[\w]+n[’']t)\b|\bhowever\s*,")


PRONOUN_TELLER_NOTE = " The next sentence closes on what {name} said: if it is their account, say so here."
# a closing pronoun tag: ", she said.", ", he told the paper."
_PRONOUN_TAG = LazyRegex(r",\s+(?:she|he)\s+(?:said|says|added|told\s+\w+|explained|recalled|admitted)\b[^,;:\"“”]{0,40}[.!]?\s*$")
# the named person the sentence opens on: "Nwosu and her partner ...", "Ana Ruiz ..."
_OPENS_ON_NAME = LazyRegex(rf"(?-i:(?P<name>{NAME}))\s+(?:and\s+(?:his|her)\b|[a-z])")
_NOT_NAMES = frozenset("the a an it this that these those there he she they we i in on at by after before but and".split())


def pronoun_teller_next(doc: Document, si: int) -> str:
    """The person the next sentence of the paragraph opens on and closes by quoting with a
    pronoun ("Nwosu and her partner remortgaged their homes, she said."), or "". A profile or a
    first-person account tells the subject's own story this way: the claim just before it ("It is
    no secret that the restaurant lost money") is as likely theirs as nobody's, so the caller
    makes the cue a hint. A tag with no named opener ("The pier shut, she said.") or a plural
    ("they said") is left alone."""
    nxt = next_in_paragraph(doc, si)
    if nxt is None or nxt.end - nxt.start > SENTENCE_REACH:
        return ""
    text = doc.text
    body = text[nxt.start : nxt.end]
    if _PRONOUN_TAG.search(body) is None:
        return ""
    m = _OPENS_ON_NAME.match(body)
    if m is None or m.group("name").split()[0].lower() in _NOT_NAMES:
        return ""
    return m.group("name")


PLACED_MEMBER_NOTE = (" The next sentence names {name}, placed by what they do: if they are one of these,"
                      " say so here.")
# a speaker placed in a tag by a relative clause of what they do ("Carol Minchin, who runs a
# farm shop in Burrowbridge")
_DOER_CLAUSE = LazyRegex(r",\s+who\s+(?:also\s+|now\s+|still\s+)?[a-z]+(?:s|ed)\b")


@cache
def _public_words() -> re.Pattern[str]:
    """A public body named in lower case in a speaker's role ("the council's highways chief",
    "a police officer"): the side that answers the group, not one of it. A capitalised name
    ("the Refugee Council") may be any body, and is not read, nor a body word it owns ("the
    Refugee Council's office")."""
    alt = lx.alternation("public-bodies", lx.NOUN)
    return re.compile(rf"(?<![\w-])(?:{alt})(?:['’]s)?(?![\w-])|spokes(?:man|woman|person)")


def participant_placed_next(doc: Document, si: int, facts: DocFacts, head: str) -> str:
    """The person the next sentence of the paragraph quotes (:func:`next_quotes_speaker`) when
    the cue's group is of people met where things happen ("traders", "residents", "aid
    workers": the ``participant-nouns`` class) and a relative clause places the speaker by what
    they do ('"...," said Carol Minchin, who runs a farm shop.'), or "". That is how a piece
    brings in one of the group it has just summed up. A title is not enough: "Workers say ...
    Jo Blake, a manager at the plant, said" is as often the side that answers (round 67), and
    "chief researcher at X" an outside expert (round 42); nor is a public body in the clause
    ("who heads the council's waste team"), and a bare name places nobody."""
    lemma = lx.forms("source-nouns", lx.NOUN).get(head)
    if lemma is None or lemma not in lx.lemmas("participant-nouns"):
        return ""
    text = doc.text
    speaker = next_quotes_speaker(doc, si, facts)
    if speaker:
        tag = doc.sentences[tag_sentence(doc, si + 1)]
        at = text.find(speaker, tag.start, tag.end)
        if at < 0:
            return ""
        after = at + len(speaker)
        placed = _DOER_CLAUSE.match(text, after, tag.end)
    else:
        # "Local traders said ... Priya Halsey, who owns a bookshop on the square, said ...":
        # the next sentence opens with the speaker, placed, and the verb of saying after
        tag = next_in_paragraph(doc, si)  # type: ignore[assignment]
        opens = None if tag is None else _NAME_OPENS.match(text, tag.start, tag.end)
        if tag is None or opens is None or len(opens.group(1).split()) < 2:
            return ""
        speaker, after = opens.group(1), opens.end(1)
        placed = _DOER_CLAUSE.match(text, after, tag.end)
        if placed is None or _ROLE_SPEAKER_VERB.match(text, placed.end(), tag.end) is None:
            return ""
    if placed is None:
        return ""
    for m in _public_words().finditer(text, after, tag.end):
        if _NAMED_OWNER.search(text, max(after, m.start() - 40), m.start()) is None:
            return ""
    return speaker


# a capitalised owner right before the body word: "the Refugee Council's office" is that body's
# office, not a public one
_NAMED_OWNER = LazyRegex(r"[A-Z][\w-]*['’]s\s+$")
