"""What clears a cue outright: the claim is nobody's unnamed view.

A denial asserts nothing; an agreement is the act of the parties named; what a regulator bans
it deems so; a referee's ruling is no view; a faith holds its teaching; an outlet heard the
speech a doubt adverb modifies; a one-word title after "according to" is a magazine; a tag
garbled into dashes still names its outlet; an armed group named by its initials speaks;
a named source in the next sentence confirms the news, or names who made the claim.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from lintnews.builtin.attribution.coverage import BREAK, SENTENCE_OPENER
from lintnews.builtin.attribution.facts import DocFacts, identifies, next_can_attribute
from lintnews.builtin.constructions import SENTENCE_REACH
from lintnews.builtin.constructions.sources.phrase import COUNTRY_INITIALS
from lintnews.document.speech import NAME
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document


# a named outlet as the hearer of the speech verb a doubt adverb modifies: the outlet that
# heard it is the one that reported it ("reportedly told the Gazette", "reportedly admitted
# it to the New York Daily News"); "reportedly told friends" or "told the FBI" name no reporter
_OUTLET_NAME = (
    r"(?:the\s+)?(?:(?:[A-Z][\w.&’'-]*\s+){0,4}(?:News|Times|Post|Journal|Daily|Telegraph|Guardian|Herald|Tribune|"
    r"Gazette|Magazine|Radio|Television|TV|Press|Reuters|Bloomberg|Express|Mail|Mirror|Independent|Observer|"
    r"Chronicle|Standard)|BBC|CNN|AP|AFP|ABC|NBC|CBS|NPR|RTE|TASS|DW)\b"
)
HEARER_OUTLET = LazyRegex(
    rf"\s+(?:(?:told|tells)\s+(?-i:{_OUTLET_NAME})"
    rf"|(?:told|tells|said|says|admitted|acknowledged|confessed|confirmed|explained)\b[^,.;:!?\"“”]{{0,60}}?\s"
    rf"(?:to|with)\s+(?-i:{_OUTLET_NAME}))"
)


# a denial and what it denies: "denied that", "rejected claims that", "disputes suggestions that"
_DENIAL = LazyRegex(
    r"(?i)\b(?:(?:denied|denies|deny|denying|disputed|disputes|dispute|disputing)\s+"
    r"(?:(?:the\s+)?(?:claims?|suggestions?|allegations?|accusations?|assertions?|notion|idea|reports?)\s+)?"
    r"|(?:rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|rebutted|rebuts|refuted|refutes)\s+"
    r"(?:the\s+)?(?:claims?|suggestions?|allegations?|accusations?|assertions?|notion|idea|reports?)\s+)"
    r"that\b"
)


# a piece every denial holds (casefolded; no "i", which the search also matches as a dotless
# "ı"): one look-up rules out the sentences with none before the search
_DENIAL_STEMS = ("den", "sput", "reject", "smiss", "rebut", "refut")

_NEGATED = LazyRegex(r"(?i)\b(?:not|never|n[’']t)\s+(?:\w+ly\s+)?$")


# a question left open: a negated verb of telling or showing and the wh-word of what it leaves
# untold ("The posts do not say who supposedly confirmed it", "does not specify when the speech
# was supposedly given")
_UNTOLD_QUESTION = LazyRegex(
    r"(?i)\b(?:not|never|n[’']t)\s+(?:\w+ly\s+)?(?:say|says|said|specify|specifies|specified|explain|explains|"
    r"explained|mention|mentions|mentioned|state|states|stated|show|shows|showed|reveal|reveals|revealed|"
    r"disclose|discloses|disclosed|indicate|indicates|indicated|identify|identifies|identified|clarify|"
    r"clarifies|clarified)\s+(?:who|whom|when|where|how|why|what|which)\b"
    # or a negative subject or object of the telling (round 59): "no one has offered any
    # information about how she supposedly built it", "nobody has explained why he allegedly
    # fled", "no evidence of how it was supposedly done"
    r"|\b(?:no\s+one|no-one|nobody|none\s+of\s+(?:\w+\s+)?\w+)\s+(?:has\s+|have\s+|had\s+|will\s+|can\s+|could\s+)?"
    r"(?:yet\s+|ever\s+)?(?:\w+ly\s+)?(?:offered|offers|given|gave|gives|provided|provides|explained|explains|said|says|say|"
    r"shown|showed|shows|revealed|reveals|specified|specifies|clarified|clarifies)\s+(?:(?:any|a\s+single|the\s+slightest)\s+)?"
    r"(?:(?:information|evidence|details?|explanation|account|proof|word)\s+(?:about|of|on|as\s+to)\s+)?"
    r"(?:who|whom|when|where|how|why|what|which)\b"
    r"|\bno\s+(?:information|evidence|details?|explanation|account|proof)\s+(?:about|of|on|as\s+to)\s+"
    r"(?:who|whom|when|where|how|why|what|which)\b"
)
# the content clause of a noun that names a claim as such ("a claim that she supposedly owned a
# mansion", "allegations that he allegedly ..."): the noun carries the hearsay; the adverb inside
# repeats it
_CLAIM_CONTENT = LazyRegex(
    r"(?i)\b(?:claims?|allegations?|accusations?|rumou?rs?|suggestions?|assertions?)\s+that\s+$"
)


def untold_question(text: str, s_start: int, cue_start: int) -> bool:
    """Is the doubt adverb inside a question a negated verb leaves open ("The post does not say
    when the speech was supposedly delivered")? Nothing is asserted: the writer says what the
    material fails to tell, as a denial's clause is told by nobody."""
    last = None
    for m in _UNTOLD_QUESTION.finditer(text, s_start, cue_start):
        last = m
    return last is not None and not BREAK.search(text, last.end(), cue_start)


def claim_content(text: str, s_start: int, cue_start: int) -> bool:
    """Is the doubt adverb in the content clause of a noun that names the claim as a claim,
    within the clause's first words ("including a claim that she supposedly owned a mansion")?
    The noun is the hearsay, attributed or warned as a claim noun; the adverb inside adds no
    second claim: a hint."""
    lo = max(s_start, cue_start - 80)
    for m in re.finditer(r"(?i)\bthat\s+", text[lo:cue_start]):
        head = text[max(s_start, lo + m.start() - 30) : lo + m.end()]
        if _CLAIM_CONTENT.search(head) and len(text[lo + m.end() : cue_start].split()) <= 6\
                and not BREAK.search(text, lo + m.end(), cue_start):
            return True
    return False


def denied(text: str, s_start: int, cue_start: int) -> bool:
    """Is the cue in the clause a denial denies ("Smith denied that spot checks were ever
    considered", "The club rejected claims that its manager was widely seen as ...")? The
    writer reports that someone says it is not so: the clause is asserted by nobody, as a
    question or an "if" clause is not, whether the denier is named or not."""
    window = text[s_start:cue_start].casefold()
    if "that" not in window or not any(stem in window for stem in _DENIAL_STEMS):
        return False  # (no denial can match: a page pasted as one sentence has thousands of cues)
    last = None
    for m in _DENIAL.finditer(text, s_start, cue_start):
        last = m
    if last is None or _NEGATED.search(text, max(s_start, last.start() - 20), last.start()):
        return False  # "did not deny that ...": the claim is left standing
    return not BREAK.search(text, last.end(), cue_start)


# "according to People": one capitalised word after a lower-case "to" (not a Title-Case
# headline's "According To Experts") is a proper name, a magazine's or a site's, when the
# clause ends after it or its kind follows ("according to People magazine"); "according to
# people close to them" and "according to Insiders at the label" stay
TITLE_AFTER_ACCORDING = re.compile(r"[Aa]ccording\s+to\s+[A-Z][a-z]+")
TITLE_ENDS = LazyRegex(r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:magazine|newspaper|journal|website|reported|reports)\b")


def title_according_after(text: str, after: int, end: int) -> bool:
    """Does the cue's sentence close on "according to" a one-word title ("..., according to
    People.")? The same reading as for a vague source's own "according to People": a capital
    after a lower-case "to" mid-sentence is a magazine's or a site's name, and it sources the
    clause before it (a relative clause set off between them is an aside: "..., which is on
    hold, according to People."), with no other clause between."""
    for m in TITLE_AFTER_ACCORDING.finditer(text, after, end):
        if m.group().startswith("according") and TITLE_ENDS.match(text, m.end())\
                and not _CLAUSE_BREAK.search(text, after, m.start()):
            return True
    return False


# a closing tag whose spaces a bad conversion turned into dashes: ",-The Wall Street
# Journal-reported." (a capitalised name glued to both dashes, the tag's verb last)
_DASHED_TAG = LazyRegex(
    r",\s*-(?-i:(?:The\s+)?(?:[A-Z][\w&.’']*\s+){0,4}[A-Z][\w&.’']*)-(?:reported|reports|said|says|wrote|writes)\b"
    r"[^.;:!?\"“”]{0,40}[.!]?[\s\"”’]*\Z"
)


def dashed_tag(doc: Document, si: int, cue_end: int, facts: DocFacts) -> bool:
    """Does the cue's sentence, or the next one of its paragraph, close on an outlet's tag whose
    spaces are dashes (",-The Wall Street Journal-reported.")? Read as the tag it is, it names
    who reported it, as ", The Wall Street Journal reported." does."""
    text = doc.text
    s = doc.sentences[si]
    # (the tag closes its sentence: looked for in its last stretch, not from each cue to the end
    # of a page pasted as one sentence; the next sentence's answer is the same for every cue)
    if _DASHED_TAG.search(text, max(cue_end, s.end - SENTENCE_REACH), s.end) is not None:
        return True
    if not next_can_attribute(doc, si, facts):
        return False
    nxt = doc.sentences[si + 1]
    return facts.found(_DASHED_TAG, nxt.start, nxt.end)


# a second clause between a cue and a closing "according to" (not a relative aside)
_CLAUSE_BREAK = re.compile(r";|\bbut\b|,\s*(?:while|although|though|whereas|yet|and)\b|\s[—–]\s|\s--\s")


# the accused, not accusers: a group noun with the participle of a charge and its "of"
# ("board members accused of misusing funds", "officials suspected of graft"): the reduced
# relative's hidden agent is the prosecutor, and the group says nothing
ACCUSED_OF = re.compile(r"(?is).*\b(?:accused|suspected|convicted|charged|acquitted|cleared)\Z")
OF_AFTER = LazyRegex(r"\s+(?:of|with)\b")
# a named group by its initials before its fighters' noun: "YBS forces", "PKK fighters" (three
# capitals or more: "US forces", "UN troops" place them only); a country's initials stay
_ARMED_HEADS = frozenset("forces fighters militia militias militiamen troops rebels units".split())
_INITIALS = re.compile(r"[A-Z]{3,6}")


def named_armed_group(text: str, start: int, end: int, head: str) -> bool:
    """Is the cue an armed group's fighters, the group named by its initials ("YBS forces
    suggested", "PKK fighters said")? The group speaks, as a party to a conflict does through
    its statements: it is named. "Government forces said" or "US troops said" stay."""
    if head.lower() not in _ARMED_HEADS:
        return False
    words = text[start:end].split()
    return (len(words) >= 2 and _INITIALS.fullmatch(words[0]) is not None
            and words[1].lower() in _ARMED_HEADS and words[0] not in COUNTRY_INITIALS)


# talks and who held them, before an impersonal "it was agreed": "after talks involving the
# Russians and rebel forces,", "at a meeting between the two ministers,"
_TALKS_OF_PARTIES = LazyRegex(
    r"(?i)\b(?:talks|negotiations|meetings?|discussions|summit|consultations)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:between|involving|with|among|of)\s+(?:the\s+)?[\w-]+"
)
_IT_AGREED = LazyRegex(r"(?i)it\s+(?:was|had\s+been|has\s+been|is)\s+agreed\b")


def decided_by_named_parties(text: str, s_start: int, cue_start: int, cue_end: int) -> bool:
    """Is the cue an impersonal "it was agreed" after talks whose parties its sentence gives
    ("After long talks involving the Russians and rebel forces, it was agreed that ...")? An
    agreement is the act of the parties that made it, not a view someone holds unnamed; "In the
    end, it was agreed that ..." names no party, and stays."""
    if _IT_AGREED.match(text, cue_start, cue_end + 8) is None:
        return False
    return _TALKS_OF_PARTIES.search(text, s_start, cue_start) is not None and not BREAK.search(
        text, s_start, cue_start)


# a verb of barring or removing, whose object a reduced relative "deemed ..." qualifies: "a ban
# on all content deemed blasphemous", "the regulator blocks material deemed obscene"
_BARRING = LazyRegex(
    r"(?i)\b(?:bans?|banned|banning|blocks?|blocked|blocking|bars?|barred|barring|prohibits?|prohibited|"
    r"prohibiting|outlaws?|outlawed|censors?|censored|removes?|removed|removing|forbids?|forbade|"
    r"deletes?|deleted|restricts?|restricted|restricting|restrictions|disregards?|disregarded|disregarding|"
    r"excludes?|excluded|excluding)\b"
)
_BE_OR_HAVE = frozenset("is are am was were be been being has have had get gets got not also often".split())
_DEEMED_AFTER_NOUN = LazyRegex(r"(?i)(?<![’'])\b[a-z][\w-]*\s+$")


def deemed_by_the_bar(text: str, s_start: int, cue_start: int, cue_end: int) -> bool:
    """Is the cue a reduced relative "deemed" (no auxiliary before it) qualifying what a verb of
    barring in its clause bars ("The regulator blocks sites with material deemed to be
    obscene")? Whoever bans or blocks it is who deems it so: the sentence names the act that
    decides, not a view held by someone unnamed. ("paintings deemed to be the finest" stays.)"""
    if not text[cue_start:cue_end].lower().startswith("deemed"):
        return False
    before = text[max(s_start, cue_start - 120) : cue_start]
    m = _DEEMED_AFTER_NOUN.search(before)
    if m is None or m.group().strip().lower() in _BE_OR_HAVE:
        return False
    bars = list(_BARRING.finditer(text, max(s_start, cue_start - 120), cue_start))
    return bool(bars) and not BREAK.search(text, bars[-1].end(), cue_start)


# an impersonal passive of telling, negated: "It's never stated that", "it was not reported
# that" ("It is not thought that anyone was hurt" holds a view, and stays)
NEGATED_TELLING = LazyRegex(
    r"(?i)it(?:[’']s|\s+is|\s+was|\s+has|\s+had)?\s+(?:not|never)\s+(?:been\s+)?"
    r"(?:stated|said|mentioned|specified|explained|announced|disclosed|reported)\b"
)
# a faith or its tradition as the holder of a passive's view, right after it: "are considered
# holy in Hinduism", "is seen as sacred in Hindu tradition" ("in the region", "by many" do not)
FAITH_HOLDS = LazyRegex(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?in\s+(?:(?:Hinduism|Islam|Judaism|Christianity|Buddhism|Sikhism|Jainism|"
    r"Shintoism|Shinto|Taoism|Zoroastrianism|Catholicism)\b|(?:the\s+)?(?:Hindu|Muslim|Islamic|Jewish|"
    r"Christian|Buddhist|Sikh|Catholic|Orthodox)\s+(?:tradition|faith|teaching|law|belief)s?\b)"
)
# what an official, a referee or a doctor rules on: fitness to play or serve, a ground's state,
# eligibility or admissibility ("was deemed fit to play", "the pitch was deemed unplayable")
_RULING = LazyRegex(
    r"(?i)\s+(?:medically\s+|physically\s+)?(?:fit|unfit|playable|unplayable|eligible|ineligible|"
    r"admissible|inadmissible)\b"
)


def deemed_a_ruling(text: str, cue_start: int, cue_end: int) -> bool:
    """Is the cue a passive "deemed" whose complement is what an official, a referee or a doctor
    decides ("The Everton man was deemed fit to play", "the fixture was deemed unplayable")?
    That is a ruling, made by whoever has the office to make it, not a view held by people the
    story does not name. ("was deemed a failure", "is deemed too risky" stay.)"""
    if not text[cue_start:cue_end].lower().rstrip().endswith("deemed"):
        return False
    return _RULING.match(text, cue_end) is not None


# round 146: the writer's verdict on the group the cue names, its view held in a relative clause
# ("opponents who say nobody uses the lane are wrong", "Critics who claim the bridge is unsafe
# are mistaken", "those who argue the tax will raise money are right"): the writer judges the
# view in his own voice, openly; nothing is passed on as a fact on the group's word
_WHO_HOLDS = LazyRegex(r"(?i)\bwho\s+(?:\w+ly\s+)?(?:say|says|said|claim|claimed|argue|argued|insist|insisted|"
                       r"believe|believed|think|thought|suggest|suggested|complain|complained)$")
_VERDICT_ON_THEM = LazyRegex(
    # review 120: the verdict may come as a result, in the perfect or the passive of proof ("have
    # been proved right", "were shown to be wrong"): still the writer's own judgement of the view
    r"(?i)[^.;:!?\"“”]{1,160}?\s(?:are|were|(?:have|had)\s+been)\s+(?:(?:proved|proven|shown\s+to\s+be)\s+)?"
    r"(?:(?:simply|just|plainly|flatly|quite|dead|surely|clearly|"
    r"partly|half|probably|not)\s+)?(?:wrong|mistaken|misguided|misinformed|right|correct)\b"
    # the verdict closes the sentence or its clause ("... are wrong.", "are wrong to say so"): in
    # "Critics who say the plans are wrong have called for ..." the copula is their view's own
    r"(?=\s*(?:[.;,!?)]|$|to\b|about\b))"
)


def verdict_on_holders(text: str, cue_start: int, cue_end: int, s_hi: int) -> bool:
    """Does the vague group's relative clause ("opponents who say") carry a view the writer
    then judges with the group as subject ("... are wrong", "... are right")?"""
    if _WHO_HOLDS.search(text, cue_start, cue_end) is None:
        return False
    return _VERDICT_ON_THEM.match(text, cue_end, s_hi) is not None


# the next sentence names who made what the cue's sentence said or showed: a word pointing back
# at it (a noun of speech, or of a document, a study or footage: word class report-nouns) and
# its maker as the agent ("The warning has been made by NHS Providers", "The figures were
# published by the statistics office", "The video was released by the prison service")
_SAID_NOUNS = ("warning", "claim", "comment", "remark", "criticism", "call", "figure", "estimate", "forecast",
               "prediction", "assessment", "statement", "finding", "concern", "allegation")
_MAKER_VERBS = ("made", "issued", "given", "raised", "voiced", "sounded", "delivered", "published", "released",
                "set out", "put forward", "filmed", "shot", "recorded", "taken", "captured", "posted", "shared",
                "uploaded", "obtained", "leaked", "provided", "supplied", "produced", "compiled", "commissioned",
                "conducted", "carried out")
@cache
def _maker_named() -> re.Pattern[str]:
    """The pattern of a next sentence that names the maker (compiled on first use, from the
    word class)."""
    from lintnews.builtin.constructions import lexicon as lx
    from lintnews.document.sourcing import INSTITUTIONS
    from lintnews.util.trie import trie_regex

    nouns = set(lx.forms("report-nouns", lx.NOUN)) | set(_SAID_NOUNS) | {w + "s" for w in _SAID_NOUNS}
    verbs = trie_regex(sorted(_MAKER_VERBS))
    return re.compile(
        r"[\s\"“]*(?:The|This|That|These|Those|Their|Its)\s+(?:[\w-]+\s+){0,2}?"
        rf"(?i:{trie_regex(sorted(nouns))})\s+"
        r"(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:\w+ly\s+)?"
        rf"(?:{verbs})\s+by\s+"
        # a name, or an institution the reader can identify ("the prison service")
        rf"(?:(?:the\s+)?[A-Z][\w’'&-]*|the\s+(?:[\w-]+\s+){{0,2}}?(?:{trie_regex(sorted(INSTITUTIONS))})\b)"
    )


def maker_named_next(doc: Document, si: int) -> bool:
    """Does the next sentence of the paragraph (or the next paragraph's first) open by naming
    who made the claim just reported ("..., health bosses say. The warning has been made by NHS
    Providers, which represents hospital trusts.")? The name answers the cue's "which bosses?"
    in the next sentence, as the guidelines allow."""
    if si + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[si + 1]
    if nxt.block > doc.sentences[si].block + 1 or doc.in_headline(nxt.start):
        return False
    # (round 67: the pattern, 2 KB, compiled and tried only where the sentence opens with its
    # determiner and holds its "by": most next sentences do not)
    return (_MAKER_OPENS.match(doc.text, nxt.start, nxt.end) is not None
            and _BY.search(doc.text, nxt.start, nxt.end) is not None
            and _maker_named().match(doc.text, nxt.start, nxt.end) is not None)


# the beginning of :func:`_maker_named`'s pattern, and the "by" every match of it holds
_MAKER_OPENS = re.compile(r"[\s\"“]*(?:The|This|That|These|Those|Their|Its)\s")
_BY = re.compile(r"\sby\s")


# a confirming verb and what the next sentence says it confirmed: nothing, or a word that
# points back ("the news", "the report", "it"), with a time or the form it took
_CONFIRMS = LazyRegex(r"(?i)(?:confirmed|confirms|has\s+confirmed|have\s+confirmed|later\s+confirmed|corroborated|verified)$")
_CONFIRMED_BACK = LazyRegex(
    r"(?i)\s*(?:(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:news|reports?|accounts?|claims?|plans?|decision|move|date|timing|figures?|details?|information|"
    r"deaths?|arrests?|letter|visit|talks|appointment|resignation)|it|this|that|so)?"
    r"(?:\s+(?:on|late|early|in|later|last|shortly|soon)\b[^,;:.\"“”]{0,30})?\s*[.!]?[\s\"”’]*"
)


def confirmed_next(doc: Document, si: int, facts: DocFacts) -> bool:
    """Does the next sentence of the paragraph open with a named source that confirms what this
    one says, and nothing more ("EU sources told Reuters the letter goes on Wednesday. Downing
    Street confirmed the news.")? The named source vouches for the claim the unnamed one made:
    the guidelines' "named source in the next sentence". A named source that confirms a
    clause of its own ("X confirmed that ...") speaks to that clause, not to this one. (Kept
    per sentence in ``facts.next_answers``: every cue of a sentence asks the same.)"""
    key = ("confirmed", si, False)
    if key not in facts.next_answers:
        facts.next_answers[key] = _confirmed_next(doc, si, facts)
    return bool(facts.next_answers[key])


def _confirmed_next(doc: Document, si: int, facts: DocFacts) -> bool:
    """:func:`confirmed_next`, not kept."""
    if not next_can_attribute(doc, si, facts):
        return False
    nxt = doc.sentences[si + 1]
    text = doc.text
    for m in facts.mentions(nxt.start, nxt.end):
        if m.style != "subject" or not SENTENCE_OPENER.fullmatch(text[nxt.start : m.src_start]):
            continue
        if not (m.kind == "named" and identifies(m)) and not _proper_name(m.phrase):
            continue
        if _CONFIRMS.search(text, m.src_start, m.verb_end) and _CONFIRMED_BACK.fullmatch(text, m.verb_end, nxt.end):
            return True
    return False


# round 167: what a named confirmer's own that-clause opens with, after a time: a definite
# noun phrase whose words may take up the claim's thing ("The council confirmed on Monday that
# the camera had been out of action")
_CONFIRMED_THAT = LazyRegex(
    r"(?i)\s+(?:(?:on|late|early|in|later|last|shortly|soon)\b[^,;:.\"“”]{0,30}?\s+)?that\s+"
    r"(?:the|its|their|this|these)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
)
CONFIRMED_CLAUSE_NOTE = (" The next sentence's named source confirms a clause about the same thing: if it "
                         "confirms this claim, say so here (\"the council has confirmed\").")


def confirmed_clause_next(doc: Document, si: int, facts: DocFacts) -> bool:
    """Round 167: does the next sentence open with a named source that confirms a clause of its
    own about the thing this sentence's claim is about ("Traders have complained for months that
    the camera does not work. The council confirmed on Monday that the camera had been out of
    action since August.")? The confirmation may or may not be of this claim (it can confirm a
    neighbouring fact): a hint, not a clearing, as :func:`confirmed_next` is. (Kept per
    sentence in ``facts.next_answers``, as :func:`confirmed_next` is: every cue asks the same.)"""
    key = ("confirmed-clause", si, False)
    if key not in facts.next_answers:
        facts.next_answers[key] = _confirmed_clause_next(doc, si, facts)
    return bool(facts.next_answers[key])


def _confirmed_clause_next(doc: Document, si: int, facts: DocFacts) -> bool:
    """:func:`confirmed_clause_next`, not kept."""
    if not next_can_attribute(doc, si, facts):
        return False
    nxt = doc.sentences[si + 1]
    cur = doc.sentences[si]
    text = doc.text
    claim_words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]{3,}", text[cur.start : cur.end])}
    for m in facts.mentions(nxt.start, nxt.end):
        if m.style != "subject" or not SENTENCE_OPENER.fullmatch(text[nxt.start : m.src_start]):
            continue
        if not (m.kind == "named" and identifies(m)) and not _proper_name(m.phrase):
            continue
        if not _CONFIRMS.search(text, m.src_start, m.verb_end):
            continue
        that = _CONFIRMED_THAT.match(text, m.verb_end)
        if that is not None and any(len(w) >= 4 and w.lower() in claim_words for w in that.group(1).split()):
            return True
    return False


def _proper_name(phrase: str) -> bool:
    """Is the phrase a proper name, every word capitalised ("Downing Street", "Scotland Yard")?"""
    words = phrase.split()
    return bool(words) and words[0].lower() not in ("he", "she", "they", "it", "we", "i", "the") and all(
        w[:1].isupper() for w in words)


# a doubt adjective's noun picked up by a relative clause whose subject is a named claimant:
# "one of the purported witnesses, Tom Hale, who Ms. Reyes claims was at the party" (her claim
# makes him a purported witness). Not for an adverb ("he allegedly took the van that Reyes
# says was hers": the relative is about the van)
DOUBT_ADJECTIVES = frozenset(("alleged", "purported", "supposed", "reputed", "so-called"))
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov|Judge|Justice)\.?\s+)?"
CLAIMANT_RELATIVE = LazyRegex(
    r"(?:\s+(?!(?:who|whom|that|which)\b)[\w’'-]+){1,4}?"  # the noun the adjective qualifies
    rf"(?:,\s+(?-i:{NAME}),)?,?\s+(?:who|whom|that|which)\s+{_TITLE}(?-i:{NAME})\s+(?:\w+ly\s+)?"
    r"(?:claims|claimed|says|said|alleges|alleged|maintains|maintained|insists|insisted|contends|contended|"
    r"believes|believed|accuses|accused)\b"
)


# round 160: a fact check's label opening the line: "CLAIM:", "The claim:", "Claim -"; what
# follows is the claim the piece checks (its verdict follows), told as a claim, not asserted
_CLAIM_LABEL = LazyRegex(r"[ \t\"“]*(?:(?:THE|The)\s+)?(?:CLAIMS?|Claims?)\s*(?::|\s[-–—]\s)")


def fact_check_label(text: str, cue_start: int) -> bool:
    """Round 160: does the cue's line open with a fact check's label ("CLAIM: A video shared
    widely on social media shows the stadium underwater.")? The label says outright that what
    follows is the claim under check, whose verdict the piece gives: the writer does not tell it
    as fact. A claim noun elsewhere in the line ("Police made no claim: sources say ...") is no
    label."""
    line = text.rfind("\n", 0, cue_start) + 1
    return _CLAIM_LABEL.match(text, line, cue_start) is not None


# round 160: an existential claim noun whose only content is a topic of "about", closing its
# sentence in a few words with no clause ("There are also claims about blood sugar."): it tells
# that a matter is argued over, not what is claimed, and the next sentences say it
_CLAIMS_ABOUT = LazyRegex(r"(?i)\bthere\s+(?:is|are|was|were|have\s+been|has\s+been)\s+(?:also\s+)?(?:\w+\s+)?claims?\s+about\s*$")
_TOPIC_ONLY = LazyRegex(r"(?i)(?!(?:[^.!?]*?\b(?:that|which|who|whether|being|having)\b))"
                        r"\s*(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*[.!?]\s*$")
_ING = LazyRegex(r"(?i)\w{3,}ing\b")


def claims_about_topic(text: str, cue_start: int, cue_end: int, s_hi: int) -> bool:
    """Round 160: is the cue "there are (also) claims about" closing its sentence with a bare
    topic of one to four words ("There are also claims about blood sugar.")? What is claimed is
    not told (no "that" clause, no event: "claims about him taking bribes" tells one), so the cue
    asserts nothing: the claims the next sentence gives are judged there."""
    if _CLAIMS_ABOUT.search(text, cue_start, cue_end) is None:
        return False
    m = _TOPIC_ONLY.match(text, cue_end, s_hi)
    return m is not None and _ING.search(text, cue_end, m.end()) is None
