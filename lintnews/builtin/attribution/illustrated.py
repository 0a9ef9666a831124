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

from lintnews.builtin.attribution.facts import next_in_paragraph, quoted_after_lone_sentence
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions import near
from lintnews.builtin.constructions.grammar import QUANTIFIER_HEADS
from lintnews.builtin.constructions.sources.phrase import SPOKESPERSON
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.builtin.attribution.facts import DocFacts
    from lintnews.document.document import Document

Verdict = Literal["named", "described"]

ILLUSTRATED_NOTE = " The next sentence names {speaker}: check they speak for the group, and say so here."

# the source nouns whose members a story illustrates by name, by what names one of them: a
# credential for experts, a stance for critics and supporters, a described person for those
# who live, work or take part. Not those whose anonymity is the point (sources, insiders,
# aides, officials, "people"), nor observers and commentators (anyone may be one).
_KIND_OF = {
    **dict.fromkeys(("expert", "analyst", "economist", "scientist", "researcher", "historian", "scholar",
                     "academic", "specialist", "strategist", "forecaster", "theorist"), "expert"),
    **dict.fromkeys(("critic", "opponent", "sceptic", "skeptic", "detractor", "campaigner", "activist",
                     "environmentalist", "conservationist"), "against"),
    **dict.fromkeys(("supporter", "backer", "proponent", "advocate"), "for"),
}
_MORE_MEMBERS = frozenset(("politician", "lawmaker", "legislator", "voter", "consumer", "investor",
                           "dealer", "employer", "builder", "medic"))
_MEDICAL = frozenset(("doctor", "physician", "medic"))
# titles of expertise beyond the class's (the expert heads themselves, as titles)
_EXPERT_TITLES = frozenset(("economist", "economists", "scientist", "historian", "lecturer", "professor",
                            "fellow", "analyst", "researcher", "strategist", "forecaster"))
# a stance against or for the thing the group judges, in the speaker's description
_AGAINST = LazyRegex(r"(?i)\b(?:against|oppos\w*|critic\w*|object\w*|protest\w*|campaign\w*|petition\w*|"
                      r"fought|fights|(?:chairs|chaired|leads|led|founded|runs|ran)\s+(?:the\s+)?(?-i:[A-Z])|"
                      # round 109: the same office as a noun ("leader of the Independent group",
                      # "founder of Clean Air Now"): a named body's head, as "who leads the X" is
                      r"(?:leader|chair|chairman|chairwoman|chairperson|founder|co-founder|convenor|convener)\s+"
                      r"of\s+(?:the\s+)?(?-i:[A-Z]))")
_FOR = LazyRegex(r"(?i)\b(?:backed|backs|support\w*|voted\s+for|in\s+favour|champion\w*|campaign\w*\s+for)\b")
# the office of the side a group's view is put to, in the speaker's description
_ANSWERING_OFFICE = LazyRegex(
    r"(?i)\b(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:minister|mayor|spokes\w+|chief|director|manager|"
    r"secretary|chairman|chairwoman|chair|president|governor|head|leader|boss|commissioner|owner)\b"
    r"|\bwho\s+(?:heads|headed|leads|led|runs|ran|manages|managed|owns|owned)\s+(?:the|its)\b")
# the expert groups a learned profession belongs to ("scientists": "a glaciologist")
_BROAD_EXPERTS = frozenset(("scientist", "researcher", "expert", "specialist", "academic"))
# a body of members, named: its officer speaks for them ("the Redmere Supporters Club")
_MEMBERS_BODY = LazyRegex(r"(?-i:[A-Z][\w’'-]*\s+)(?-i:Club|Association|Union|Federation|Society|Alliance|"
                           r"Guild|League|Forum|Network|Collective)\b")
# a body that speaks for the people a story's group is made of, in a title before the name:
# "Parish council chair X" for residents (the lowest tier of local government is the village's
# own), "Union rep X" for workers, "Residents' association chairman X"; an office of such a body
# is a hint, not an answer (a district council or a company answers them)
_REPRESENTATIVE = LazyRegex(
    r"(?i)\b(?:parish|community|neighbourhood|neighborhood)\s+council\b|\b(?:trade\s+)?union\b|"
    r"\b(?:residents|tenants|parents|supporters|fans|villagers|staff|workers)[’']?\s+"
    r"(?:association|group|committee|club|forum|council|union|rep|representative)\b")
# a rank below the top of an office ("deputy head", "assistant manager"): after a workplace's
# people ("staff", "colleagues"), the holder is one of them, not the management that answers
_SUBORDINATE = LazyRegex(r"(?i)\b(?:deputy|assistant|vice|associate|junior)\b")
_WORKPLACE_GROUPS = frozenset(("staff", "colleague", "employee"))
_RELATIVE_START = LazyRegex(r"(?i),?\s+who\b")
# words that keep a group anonymous on purpose, in its own sentence
ANONYMOUS_GROUP = LazyRegex(
    r"(?i)\b(?:anonym\w*|unnamed|unidentified|familiar\s+with|not\s+to\s+be\s+named|"
    r"not\s+authori[sz]ed|speak\s+publicly|on\s+condition)\b")

# a next sentence that answers the group rather than illustrating it
CONTRAST_OPENS = LazyRegex(
    r"[\s\"“‘'\-–—]*(?:But|However|Yet|Still|Meanwhile|Nevertheless|Nonetheless|Instead|Though|"
    r"Although|In\s+response|Responding|Replying|By\s+contrast|In\s+contrast|On\s+the\s+other\s+hand|"
    r"Others|Not\s+everyone)\b")
ANSWERING_VERBS = LazyRegex(
    r"(?i)\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|disputed|insist(?:s|ed)?|"
    # ("disputes" as a verb takes its object; "stalled by funding disputes." is the plural noun)
    r"disputes(?=\s+(?:the|that|this|these|those|it|them|any|claims?|suggestions?|reports?)\b)|"
    r"counter(?:s|ed)|defend(?:s|ed)|respond(?:s|ed)|repl(?:y|ies|ied)|rebut(?:s|ted)?|refut(?:es|ed)|"
    r"contradict(?:s|ed)?|disagree(?:s|d)?|downplay(?:s|ed)|played\s+down|hit\s+back|"
    r"rubbished|brushed\s+(?:off|aside))\b")
# the verb of a speaker who illustrates a view
_SPEECH = (r"(?:said|says|told|tells|added|adds|explained|explains|noted|notes|warned|warns|called|calls|"
           r"described|describes|argued|argues|wrote|writes|recalled|recalls|complained|complains|"
           r"agreed|agrees|fears|feared|worries|worried|thinks|thought|believes|believed)\b")
# a person's name: two capitalised words or more, after a courtesy or academic title if any, or a
# legislator's (round 105: "Rep. Ana Ruiz, who voted for the levy, said": one member of a side;
# a governor or a minister holds the office that answers, and is left out)
_TITLE = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Rev|Cllr|Councillor|Rep|Sen|Senator)\.?\s+)"
_PERSON = (rf"(?P<title>{_TITLE})?(?P<name>[A-Z][a-z][\w’'-]*(?:\s+(?:de|da|van|von|al|bin)\s+)?"
           rf"(?:\s+[A-Z][a-z][\w’'-]*){{1,2}})")
# a title phrase written before the name with no article or comma, as news style sets a role in
# apposition: "Deputy head Ben Mallory says", "Parish council chair Ian Rudd said", "Retired
# nurse Jo Bell said": the sentence's first word (capitalised by position) and one to three
# lower-case words, none a function or time word ("Later that day Ben Mallory said" is no title)
_NOT_TITLE_WORDS = (r"(?:the|a|an|and|or|but|that|this|these|those|then|than|when|while|as|after|before|since|"
                    r"until|on|in|at|of|to|for|from|with|by|about|last|next|later|earlier|now|today|"
                    r"tonight|yesterday|day|days|week|weeks|month|months|year|years|morning|afternoon|"
                    r"evening|night|time|here|there|also|too|even|only|just|so|says|said|told|tells|"
                    r"is|was|are|were|has|had|have|will|would|could|can|may|might|who|which|he|she|they|we|"
                    r"it|his|her|their|its|our|my|your|[a-z]+ly)")
_PRETITLE = (rf"(?P<pretitle>(?!(?i:{_NOT_TITLE_WORDS})\s)[A-Z][a-z][\w’'-]*\s+"
             rf"(?:(?!{_NOT_TITLE_WORDS}\s)[a-z][\w’'-]*\s+){{1,3}})?")
# an apposition or a postmodifier of the name, up to the verb or the stop
_APPOS = r"(?P<appos>(?:\s+of\s+[^,.;:!?\"“”]{1,60}?)?(?:\s*,[^.;:!?\"“”]{1,160}?,)?)"
# a subject tag: "[One father,] Marco Bell, 58, who ..., said"; '"...," Marco Bell, a nurse, said'
_SUBJECT = LazyRegex(
    rf"[\s\"“‘'\-–—]*(?:[^\"“”]{{0,200}}?[,.!?][\"”](?:\s*,)?\s*)?"
    rf"(?P<before>(?:[^,.;:!?\"“”]{{1,60}}?,\s+)?){_PRETITLE}{_PERSON}{_APPOS}(?:\s*,)?\s*(?:\w+ly\s+|also\s+|later\s+)?{_SPEECH}")
# an inverted tag: '"...," said Helen Marsh, 47, a childminder who lives opposite.'
_INVERTED = LazyRegex(
    rf"[\s\"“‘']*[^\"“”]{{0,400}}?[,.!?][\"”](?:\s*,)?\s*(?:said|says|added|adds|wrote|writes|recalled)\s+"
    rf"(?P<before>){_PERSON}(?P<appos>(?:\s+of\s+[^,.;:!?\"“”]{{1,60}})?(?:\s*,[^.;:!?\"“”]{{1,200}})?)\s*[.!?]")

_ARTICLE = LazyRegex(r"(?i)^(?:\s*,)?\s*(?:an?|one)\s")
_AGE = LazyRegex(r"^\s*,\s*\d{1,3}\s*,")
# (round 133: "whose" too: "Gemma Lyons, whose shop faces the bridge, said" places her among
# the traders as "who runs a shop" does)
_RELATIVE = LazyRegex(r"(?i)^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:an?\s+[^,]{1,60}?\s+)?who(?:se)?\b")
_POSSESSIVE_NAME = LazyRegex(r"^(?:the\s+)?[A-Z][\w-]*['’]s\s")
# "One father,", "One mother of three,": a member counted, its role noun given
_ONE_ROLE = LazyRegex(r"(?i)^\s*(?:one|another)\s+[\w-]+(?:\s+[\w-]+){0,3}\s*,\s*$")


@cache
def _participants() -> frozenset[str]:
    """The lemmas of groups that live, work or take part where the story is."""
    return frozenset(lx.lemmas("participant-nouns")) | _MORE_MEMBERS


@cache
def _expertise() -> re.Pattern[str]:
    """A title of expertise in a description ("chief economist at", "a research fellow")."""
    words = "|".join(sorted(_EXPERT_TITLES | {w.lower() for w in lx.forms("expertise-titles", lx.NOUN)},
                            key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{words})\b")


@cache
def _public_body() -> re.Pattern[str]:
    """A public body or a council in a description: its people answer the group's view."""
    return re.compile(rf"(?i)\b(?:{lx.alternation('public-bodies', lx.NOUN)}|council|councils)\b")


@cache
def _civil_body() -> re.Pattern[str]:
    """One named organisation of the kind "groups" sums up, in a description: a capitalised
    name ending in one of the class ``civil-bodies`` ("the Clean Rivers Trust", "the Wexham
    Chamber of Commerce") or the class's noun before a capitalised name ("the charity Safe
    Streets", "the campaign group Clean Air Now")."""
    forms = sorted(lx.forms("civil-bodies", lx.NOUN), key=len, reverse=True)
    capital = "|".join(re.escape(f.capitalize()) for f in forms)
    lower = "|".join(map(re.escape, forms))
    return re.compile(rf"(?:[A-Z][\w’'-]*\s+(?:(?:of|the|and|for)\s+)?)+(?:{capital})\b"
                      rf"|\b(?:{lower})(?:\s+group)?\s+[A-Z][\w’'-]*")


@cache
def _profession() -> re.Pattern[str]:
    """A learned profession in a description ("a psychologist at Leeds"), or any science's
    "-ologist" ("a glaciologist"), by its ending: the class lists the common ones only."""
    return re.compile(rf"(?i)\b(?:{lx.alternation('expert-professions', lx.NOUN)}|[a-z]{{3,}}ologists?)\b")


@cache
def _office_titles() -> re.Pattern[str]:
    """A title of office anywhere in a description ("the minister responsible")."""
    return re.compile(rf"(?i)\b(?:{lx.alternation('office-titles', lx.NOUN)})\b")


def _kind(phrase: str, head: str) -> str | None:
    """The kind of group a story illustrates by a named member: "expert" (a credential names
    one), "against" or "for" (a stance does), "participant" (a described person who lives,
    works or takes part does), "counted" (a quantifier and a noun outside the source nouns:
    "some parents", only "One father, X," names one); ``None`` for a group anonymous on purpose
    (sources, insiders, officials, "people") or a bare quantifier."""
    nouns = lx.forms("source-nouns", lx.NOUN)
    if nouns.get(head.lower()) == "group":
        return "bodies"  # "passenger groups": organisations, whatever noun says whose
    words = [w.lower().strip(",.") for w in phrase.split()]
    known = {nouns[w] for w in words if w in nouns}
    if not known:
        if head in QUANTIFIER_HEADS and len(words) > 1 and words[-1] not in QUANTIFIER_HEADS:
            return "counted"
        return None
    kinds = {_KIND_OF.get(lemma) or ("participant" if lemma in _participants() else None) for lemma in known}
    if kinds == {"participant"} and known <= _MEDICAL:
        return "medical"  # doctors: a "Dr" names one of them
    return kinds.pop() if len(kinds) == 1 else None


def illustrating_speaker(doc: Document, si: int, start: int, end: int, head: str,
                         facts: DocFacts) -> tuple[Verdict, str] | None:
    """The verdict on a vague group whose next sentence names a speaker who illustrates it:
    ("named", name) where the speaker is described (an age, a relative clause, an indefinite or
    no-article title, a title before the name, a counted member's role), ("described", name) for
    weaker evidence, ``None`` where no such speaker is named or the next sentence answers."""
    text = doc.text
    s = doc.sentences[si]
    kind = _kind(text[start:end], head)
    # (whole sentences, each read once for all its cues: ``facts.found``)
    if kind is None or facts.found(ANONYMOUS_GROUP, s.start, s.end):
        return None
    # (round 160: or, after a one-sentence paragraph, the next paragraph's quotation of a speaker)
    nxt = next_in_paragraph(doc, si)
    across = nxt is None
    if across:
        nxt = quoted_after_lone_sentence(doc, si)
    if nxt is None or CONTRAST_OPENS.match(text, nxt.start, nxt.end):
        return None
    if facts.found(ANSWERING_VERBS, nxt.start, nxt.end):
        return None
    m = _SUBJECT.match(text, nxt.start, nxt.end) or _INVERTED.match(text, nxt.start, nxt.end)
    if m is None:
        return None
    broad = any(w.lower().rstrip("s") in _BROAD_EXPERTS for w in text[start:end].split())
    lo, hi = near(s.start, s.end, start, end)  # (the whole sentence, in prose)
    workplace = any(w.lower().strip(",.").removesuffix("s") in _WORKPLACE_GROUPS
                    for w in text[start:end].split())
    verdict = _verdict(m, text[lo:hi], kind, broad, workplace=workplace)
    if verdict is not None and across:
        verdict = "described"  # (across a paragraph break: a hint at most)
    return None if verdict is None else (verdict, m.group("name"))


def _verdict(m: re.Match[str], group_sentence: str, kind: str, broad: bool, *,
             workplace: bool = False) -> Verdict | None:
    """Whether the speaker's description makes the speaker an illustration of a group of
    ``kind`` ("named"), a weaker one ("described"), or not one of them (``None``); ``broad``:
    the group is of scientists or experts at large, whom a learned profession may belong to;
    ``workplace``: the group is a workplace's people ("staff"), whose deputies are of them."""
    before, appos, title = m.group("before").strip(), m.group("appos") or "", m.group("title")
    pretitle = (m.groupdict().get("pretitle") or "").strip()
    if pretitle and not before:
        return _titled_verdict(pretitle, appos, kind, broad, workplace)
    medical_group = kind == "medical"
    if medical_group:
        kind = "participant"
    offices = _office_titles()
    if before:
        if _ONE_ROLE.match(before):
            return "named"  # "One father, Marco Bell, said": a member counted, with a role
        if kind != "participant":
            return None
        if _POSSESSIVE_NAME.match(before) and SPOKESPERSON.search(before):
            return "described"  # "Labour's health spokesman, David Kerr,": a named body's voice
        return None  # "the mayor, Tom Hale,", "The company's chief executive, X,": the answering side
    if kind == "counted":
        return None  # "Some shop owners say ...": only "One owner, X," counts one of them
    if _ANSWERING_OFFICE.search(appos) or SPOKESPERSON.search(appos) or _public_body().search(appos):
        return None  # "X, the minister responsible,", "an analyst at the water ministry": the other side
    role = _RELATIVE_START.split(appos, maxsplit=1)[0]  # the apposition before a relative clause
    if kind == "bodies":
        # "Cycling groups said ... Sarah Lund, policy director at the charity Safe Streets, said":
        # an officer of one named organisation of the groups' kind; whether the view is all the
        # groups' the words do not say (a company's or a public body's officer answers them)
        # (round 133: or a member with a role noun after an article: "Carla Roe, an organiser
        # with the Warehouse Workers Alliance,", one of the groups' people, as a hint)
        return "described" if (_office_titles().search(role) or _ARTICLE.match(role)) \
            and _civil_body().search(role) else None
    if kind == "expert":
        # one of the experts by a title of expertise in apposition, or a professor's title
        # ("Professor Ana Ruiz of X"); a learned profession is a hint (round 43), an engineer,
        # a lawmaker, "who met analysts" no credential at all (rounds 1, 23, 24, 25)
        if (title or "").startswith("Prof") or _expertise().search(role):
            return "named"
        # (a profession only for the generic heads a science's worker is one of)
        return "described" if broad and _profession().search(role) else None
    if kind in ("against", "for"):
        # a critic, a supporter by a stance given in the description ("a councillor who voted
        # against it"); a professor with no stance is not one of the critics (round 26)
        stance = _AGAINST if kind == "against" else _FOR
        return "named" if stance.search(appos) else None
    # a title alone describes no participant ("Councillor X", "Mr X" as often answer), but a
    # doctor's names one of the doctors
    medical = (title or "").startswith("Dr") and medical_group
    described = bool(_ARTICLE.match(appos) or _AGE.match(appos) or _RELATIVE.match(appos) or medical)
    if offices.search(role):
        # an officer of a members' body speaks for them: "chairman of the Redmere Supporters
        # Club", a hint; another office answers or stands apart ("a manager at the factory"
        # after "Workers say"; "chief researcher at Keyhaus" after "Traders said", round 42)
        return "described" if _MEMBERS_BODY.search(role) else None
    if not described:
        return None
    if _placed_in_subject(appos, group_sentence):
        return "described"  # "Gemma Ross, who runs the zoo," after "the zoo mistreats": its side, maybe
    return "named"


def _titled_verdict(pretitle: str, appos: str, kind: str, broad: bool, workplace: bool) -> Verdict | None:
    """The verdict on a speaker whose role is a title before the name ("Deputy head X says"):
    read as the same role in apposition ("X, a deputy head, says") by news style, with an
    office judged by whose it is: an office of a body that speaks for the group's people, or a
    deputy's among a workplace's staff, is a hint; another office, a spokesman or a public body
    answers the group (round 83)."""
    role = f"{pretitle} {_RELATIVE_START.split(appos, maxsplit=1)[0]}"
    if kind in ("counted", "bodies"):
        return None  # only "One owner, X," counts one; an organisation's officer needs its name
    if SPOKESPERSON.search(role) or _ANSWERING_OFFICE.search(appos):
        return None  # "Council spokesman X said": the other side
    if kind == "expert":
        if _expertise().search(role):
            return "named"  # "Chief economist Sarah Lin said" after "Analysts expect"
        return "described" if broad and _profession().search(role) else None
    if kind in ("against", "for"):
        stance = _AGAINST if kind == "against" else _FOR
        return "named" if stance.search(role) else None
    if _REPRESENTATIVE.search(pretitle):
        # "Parish council chair X said" after "Residents say": the village's own body speaks
        # for them, whether its chair holds the residents' very claim the words do not say
        return "described" if _office_titles().search(pretitle) or "rep" in pretitle.lower().split() else None
    if _public_body().search(role):
        return None  # "Council engineer X said": the body the group's view is put to
    if _office_titles().search(role):
        if workplace and _SUBORDINATE.search(pretitle):
            return "described"  # "Staff tell a different story. Deputy head X says": one of the staff
        return "described" if _MEMBERS_BODY.search(role) else None  # "Factory manager X": management
    if kind not in ("participant", "medical"):
        return None
    return "named"  # "Retired nurse Jo Bell said", as "Jo Bell, a retired nurse, said"


def _placed_in_subject(appos: str, group_sentence: str) -> bool:
    """Does the description place the speaker in a thing the group's sentence names definitely
    ("who runs the zoo" after "the zoo mistreats its animals")?"""
    things = {w.lower() for w in re.findall(r"(?i)\bthe\s+([a-z][\w-]{2,})", group_sentence)}
    return any(w.lower() in things for w in re.findall(r"(?i)\bthe\s+([a-z][\w-]{2,})", appos))
