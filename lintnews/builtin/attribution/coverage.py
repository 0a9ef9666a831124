"""Does a source mention in the cue's sentence vouch for the cue?

How wire copy attributes: "according to X" covers its sentence; a lead ("Police said the man
allegedly ...") covers what follows its verb up to a clause the writer adds; a tag (", police
said.") or a passive agent ("reported by the BBC") covers what precedes it; the cue is never
its own source. :func:`source_for` gives the best kind of source ("named", "described") found
so, in the sentence or, for some cues, the next one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lintnews.builtin.attribution.cohesion import about_claim, claim_reach, owns_claim, rejects
from lintnews.builtin.attribution.facts import (
    DocFacts,
    first_told_after_lone_sentence,
    identifies,
    next_can_attribute,
)
from lintnews.builtin.constructions import lexicon as lx
from lintnews.document import sourcing
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document


# A clause the writer adds between a lead verb and the cue: the lead no longer covers it. A
# relative set off by a comma is the writer's aside; one with no comma restricts a noun in the
# reported clause ("Ruiz says the damp which is believed to ...": still hers); ", where" is a
# relative of place, the writer's aside as ", which" is (round 84: "X said trains would not run,
# and the road remains closed at Y, where part of it is thought to ..."); a bare "who"
# still breaks (people the lead does not cover are judged by the relative's own rules)
BREAK = LazyRegex(
    r";|,\s*(?:which|who|whom|whose|where|but|while|although|though|whereas|yet|as)\b"
    r"|\b(?:who|whom|whose)\b|\bbut\b|\s[—–]\s|\s--\s"
)
# a lead's reported subject with a relative clause set in it, up to the cue: "said the man,
# who had" (a short subject, no other break)
_EMBEDDED_RELATIVE = LazyRegex(
    r"\s+(?:that\s+)?(?:[\w’'-]+\s+){1,6}?[\w’'-]+,\s+(?:who|which)\s+(?:[\w’'-]+\s+){0,4}?$"
)
# the rest of that clause, closed by a comma, and the reported clause going on with a verb
# (not "and", a new subject or a second relative)
_RELATIVE_CLOSED = LazyRegex(
    r"[^,;:.!?\"“”—–]{1,120},\s+(?!(?:and|but|or|then|so|yet|who|which|while|when|as|he|she|they|it|police|"
    r"the|a|an|his|her|their|its|this|that|these|those|according|said|says|told|reported|"
    r"in|on|at|for|with|from|after|before|by|to|of|not|also|including|not)\b)[a-z]+\b"
)
# a lead's reported subject with a whole relative clause in it, and the cue the reported
# clause's own finite verb after it: "Police said the four suspects who are the subject of the
# alert are believed to ...", "said the men, who fled on foot, are thought to ..." (the
# relative's words hold no clause break; the cue does not go on the relative with "and")
_RELATIVE_BEFORE_CUE = LazyRegex(
    r"\s+(?:that\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?:,\s*(?:who|which)|\s+(?:who|which|that))\s+"
    r"(?:[\w’'-]+\s+){0,10}?[\w’'-]+,?\s+$"
)
# the writer's own denial of the claim, after it in its sentence ("X is widely believed to cost
# more, but that is not always true", "..., though this is a myth"): the next sentence's source
# backs the denial, not the belief (round 89), and the believers stay unnamed
DISPUTED_REACH = 200  # the denial follows its claim's clause (bounded: a long line has many cues)
DISPUTED_AFTER = LazyRegex(
    r"[,;]\s*(?:but|though|although|yet|however)\s+(?:that|this|it)\s+"
    r"(?:(?:is|was)\s+not|isn[’']t|wasn[’']t)\s+"
    r"(?:(?:always|necessarily|entirely|quite|really|strictly|wholly)\s+)?(?:true|the\s+case|so|right|correct|accurate)\b"
    r"|[,;]\s*(?:but|though|although|yet|however)\s+(?:that|this|it)\s+(?:is|was)\s+(?:a|an)\s+"
    r"(?:myth|misconception|exaggeration|oversimplification|misunderstanding)\b"
)
_FINITE_AUX = LazyRegex(r"(?i)(?:is|are|was|were|has|have|had|remains?|remained)\b")
_NOT_BEFORE_MAIN_VERB = LazyRegex(r"(?i)\b(?:and|or|but|who|which|that|to|not)\s+$")
_OPENER = (
    r"\W*(?:(?:But|And|However|Meanwhile|Separately|Earlier|Later|Now|Yet|So|Still|Also|"
    r"Last\s+\w+|On\s+\w+|In\s+a\s+statement|Previously)\W+)*"
)
SENTENCE_OPENER = LazyRegex(_OPENER)
# round 118: a partitive subject that picks one of the group the sentence before spoke of, with
# a person's name set beside it ("Several traders are said to ... One of them, Ann Lowe of
# Harbour Capital, said ..."): the named member speaks for the group's act, as round 81's named
# member of a vague group does
_PARTITIVE = LazyRegex(r"(?i:one|two|three|some|several|each|both)\s+of\s+(?i:them|those|these)")
# round 133: the same partitive opening the next sentence with the name as the speaker after
# it ("Several fund managers are said to have pressed the board. One of them, Gordon Hale of
# Tayside Asset Management, said ..."): the name is the mention, the partitive its lead
_PARTITIVE_LEAD = LazyRegex(r"[\s\"“‘']*(?:(?:One|Two|Three|Some|Several|Each|Both)\s+of\s+(?:them|those|these)|"
                            r"Among\s+them)\s*,\s*")
# (round 156: a title with its article may stand before the name: "One of them, the Hackney
# North MP Clare Yusuf, said", an identifying apposition as news style writes it)
_APPOSED_NAME = LazyRegex(r",\s+(?:the\s+(?:[\w’'-]+\s+){0,4}?)?(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+)+)\b")
# round 100: a descriptor written before the name with no article, opening the sentence
# ("Met Office forecaster Ruth Cole said", "Coastguard officer Tom Reid said"): news style's
# title, up to four words ending in a lowercase role noun, no function word among them
_NOT_DESCRIPTOR = (
    r"(?!(?i:the|a|an|and|but|or|nor|of|in|on|at|to|for|with|by|from|after|before|when|while|if|as|"
    r"that|which|who|this|these|those|his|her|their|its|our|my|he|she|they|it|we|i|not|some|many|"
    r"most|several|other|others|no)\b)"
)
_DESCRIPTOR_OPENER = LazyRegex(
    rf"{_OPENER}(?:{_NOT_DESCRIPTOR}(?i:[a-z])[\w’'.-]*\s+){{0,3}}{_NOT_DESCRIPTOR}[a-z][\w-]*\s+"
)
# ", as the columnist Tom Hale put it.": "as" before a tag makes it a comment on what precedes
# A descriptor may stand between the comma and the name: ", local historian Ann Reid said.",
# ", Harbour Police spokeswoman Ana Ruiz said." (no conjunction: ", and Ana Ruiz said" starts a clause)
_TAG_BEFORE = LazyRegex(
    r"(?:[,(—–]|[\"”’']|--)\s*(?:as\s+)?"
    r"(?:(?!(?:and|but|or|nor|so|yet|which|who|whom|that|while|when|after|before|because|if|though|although|since|until|as)\b)"
    r"[A-Za-z][\w’'.-]*\s+){0,4}$"
)
# What may follow a tag's verb: ", police said." / ", she said on Monday, ..." / ", he told the BBC."
_TAG_AFTER = LazyRegex(
    r"\s*(?:(?:on|in|at|late|early|last|this|yesterday|today|earlier|later|during|after|when|"
    r"to|of|with|for|from|before|via|through|about|under|[A-Z][a-z]+day)\b[^,;]*?)?(?:[,.;:!?\"”’)]|$)"
)
# (an outlet with its kind: "told ABC affiliate WEAR", "told a local TV station")
_TOLD_OBJECT = LazyRegex(
    r"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:(?:local|national|regional|state|public)\s+)?"
    r"(?:[\w’'-]+\s+(?:affiliate|station|newspaper|radio|television|TV|channel|network|broadcaster|conference)(?:\s+|(?=[.,;])))?"
    r"[\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
)
# "as reported by", "as first noted by": the words before an agent that make its clause a comment
_AS_LEAD = LazyRegex(r"\bas\s+(?:(?:first|originally|previously|also|widely|\w+ly)\s+)?$", re.IGNORECASE)
_DOCUMENT_AGENT = LazyRegex(
    r"(?:report|study|survey|statement|analysis|investigation|poll|filing|letter|memo|review|audit|"
    r"paper|research|note|briefing)s?\s"
)
# a lead verb closed by a colon: what follows in the sentence is the report, relative clauses too
_COLON_AFTER = LazyRegex(r"[ \t]*:\s")


def source_for(doc: Document, si: int, cue_start: int, cue_end: int,
                next_sentence: bool, facts: DocFacts, titled: bool = False, perceived: bool = False,
                hearsay: bool = False) -> str | None:
    """``"named"``, ``"described"`` or ``None``: the best source vouching for the cue.

    ``next_sentence=False`` for vague-source cues: "critics say" is not made specific by
    a different, named person speaking in the next sentence. ``perceived``: the cue is a
    perception or prediction passive (round 138), whose next-sentence speaker clears it only
    when he holds it (:func:`owns_claim`). ``hearsay``: the same for hearsay nobody holds (round
    144: "are said to", "reportedly", "The buzz is that"), save that a named member of the group
    the claim is about speaks as one of it."""
    text = doc.text
    s = doc.sentences[si]
    best: str | None = None
    for m in facts.near(s.start, s.end, cue_start, cue_end):
        if appositive_vouches(text, m, cue_end, s.end, doc.blocks[max(0, s.block - NAMED_SPEAKER_REACH_BLOCKS)].start):
            return "named"  # round 118: "..., a process Aalders said his group had measured"
        if not covers(text, m, cue_start, cue_end):
            continue
        if m.kind == "named":
            return "named"
        if m.kind == "described":
            best = "described"  # "..., a senior official said": a hint (the official is flagged too)
    if best is None and next_sentence and not DISPUTED_AFTER.search(text, cue_end, min(s.end, cue_end + DISPUTED_REACH))\
            and (next_can_attribute(doc, si, facts) or first_told_after_lone_sentence(doc, si)):
        nxt = doc.sentences[si + 1]
        if facts.found(NON_ANSWER, nxt.start, nxt.end):  # (once a sentence, not once a cue: review 114)
            return best  # round 119: "DI Roe said ... but declined to say where": a non-answer
        claim = claim_reach(text, doc.sentences, si)
        said = (nxt.start, nxt.end)

        def held(m: sourcing.Mention) -> bool:
            # round 138: a perception or prediction passive ("X is tipped to quit") is cleared
            # only by a speaker who holds it, not one who answers it ("Jane Roe said she had no plans")
            if not (perceived or hearsay):
                return True
            if hearsay and m.style == "subject" and (member_named(text, m)
                                                     or _PARTITIVE_LEAD.fullmatch(text, nxt.start, m.src_start)):
                return True  # round 144: "One of them, Ann Lowe, said ...": one of the group speaks
            return owns_claim(text, claim, said, m)

        for m in facts.mentions(nxt.start, nxt.end):
            if m.style == "subject" and OWN_COMPLIANCE.match(text, m.verb_end):
                continue  # round 105: "Acme said it complied with the code": an answer, not a source
            if m.style == "subject" and own_denial(text, m):
                continue  # round 114: "Acme said it had never dumped waste": a denial, not a source
            if NO_EVIDENCE.search(text, m.verb_end, nxt.end):
                continue  # round 138: "... said there was 'no evidence of malicious activity'": an answer
            if m.kind == "named" and identifies(m) and vouches_for_previous(text, m, nxt.start, nxt.end):
                if rejects(text, m):
                    continue  # round 122: "The party's chairman said such talk was 'nonsense'": an answer
                if m.style == "subject" and released(text, m) and not about_claim(text, claim, said, m):
                    continue  # round 134: "... said in its morning update that it had repelled 23 attacks"
                if not held(m):
                    continue
                return "named"
            if m.style == "subject" and member_named(text, m) and vouches_for_previous(text, m, nxt.start, nxt.end)\
                    and held(m):
                return "named"  # round 118: "One of them, Ann Lowe of Harbour Capital, said ..."
            if titled and m.kind == "named" and m.style == "subject" and identifies(m)\
                    and not FIGURE_OBJECT.match(text, m.verb_end)\
                    and _DESCRIPTOR_OPENER.fullmatch(text, nxt.start, m.src_start)\
                    and not rejects(text, m) and about_claim(text, claim, said, m) and held(m):
                return "named"  # "Met Office forecaster Ruth Cole said ...": the title before the name opens it
    return best


# round 134: a speaker that says it through a release of its own, named after the verb ("said
# in its morning update that", "said in a report on Friday that", "said in a statement"): a
# body's bulletin gives its own news, so what it says vouches for the claim before it only
# when it takes the claim up (round 122's cohesion judge, :func:`about_claim`: a word of the
# claim again, a pointer back, a pronoun, an answer), or carries no count of its own
_RELEASE = LazyRegex(
    r"(?i)\s+in\s+(?:its|their|his|her|a|an|the|a\s+new|its\s+latest|its\s+daily)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:update|report|statement|bulletin|briefing|release|assessment|summary|communiqu[eé])\b"
)


def released(text: str, m: sourcing.Mention) -> bool:
    """Does the speaker say it in a release of its own ("said in its morning update that")?"""
    return _RELEASE.match(text, m.verb_end) is not None


# round 134: an "according to" phrase set off by commas inside a later conjunct of the cue's
# subject, with a finite verb of its own after "and" ("X is rumoured to own a villa, and was
# last seen, according to a neighbour, leaving in a taxi"): it sources that conjunct, whose
# clause goes on after it, not the cue's
_LATER_CONJUNCT = LazyRegex(
    r"(?i)[^.;:!?]*?,?\s+and\s+(?:has\s+been|had\s+been|was|were|is|are|has|had)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"[a-z][\w-]*,\s*$"
)
_CLAUSE_GOES_ON = LazyRegex(r"[^.;:!?,\"”]{0,80},\s*[a-z]")


def later_conjunct(text: str, m: sourcing.Mention, cue_end: int) -> bool:
    """Is the "according to" phrase ``m`` a parenthesis in a later conjunct than the cue's?"""
    if m.start < cue_end or m.start - cue_end > 200:
        return False
    return (_LATER_CONJUNCT.fullmatch(text, cue_end, m.start) is not None
            and _CLAUSE_GOES_ON.match(text, m.end) is not None)


# round 134: a passive of hearsay opening a second conjunct with a subject of its own after the
# lead's reported clause ("Mothers say they were never asked, and several midwives are reported
# to have left"): a report passed on by the writer, its own clause, not more of what the lead says
_CONJUNCT_TAIL = LazyRegex(r",\s+and\s+(?!that\b)(?:[\w’'-]+\s+){1,4}$")
_WORD_GAP = LazyRegex(r"\S\s")


def _own_hearsay_conjunct(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` end in a conjunct (", and" plus one to four words) after a word
    and a space with no comma or semicolon between them and its comma? Round 134's search
    for this tried ``[^,;]*`` to every comma from every word's end, and a span without a comma
    ("gossip at the village hall says ... says ...", each a cue) cost the square of its length
    once per cue (review 118). No comma can follow the conjunct's, so it is the last comma of
    the span: read from there, in time linear in ``hi - lo``."""
    c = text.rfind(",", lo, hi)
    if c < 0 or _CONJUNCT_TAIL.match(text, c, hi) is None:
        return False
    q = max(text.rfind(",", lo, c), text.rfind(";", lo, c), lo)
    return _WORD_GAP.search(text, q, c) is not None


_HEARSAY_PASSIVE = LazyRegex(r"(?i)(?:is|are|was|were)\s+(?:said|reported|rumou?red)\s+to\b")


# round 119: the next sentence's speaker who will not say, or says it cannot yet ("declined to
# say where the suspects were based", "would not confirm", "said it was too early to say"): what
# the speaker withholds is the very detail the claim before it gives, so the speaker vouches for
# nothing before it (as round 114's own denial does not)
NON_ANSWER = LazyRegex(
    r"(?i)\b(?:declined|refused|would\s+not|wouldn[’']t|could\s+not|couldn[’']t)\s+(?:to\s+)?"
    r"(?:say|comment|confirm|discuss|specify|elaborate|name|identify|disclose|reveal|give\s+details)\b"
    r"|\btoo\s+(?:early|soon)[\"”’']?\s+to\s+(?:say|tell|know|speculate|comment)\b"
)


# round 138: the next sentence's speaker saying there is nothing to show the claim ("said there
# was no evidence of foul play", "found no sign of a break-in"): he answers the claim with its
# want of ground, which sources nothing before it (as round 114's own denial does not)
NO_EVIDENCE = LazyRegex(r"(?i)\bno\s+(?:[\w-]+\s+)?(?:evidence|sign|signs|indication|proof)\s+(?:of|that|to)\b")


# round 118: an appositive after the cue's clause that sums it up in a noun, with a contact
# relative whose named speaker vouches for it ("warm water is believed to be reaching the shelf,
# a process Aalders said his group had measured directly"): the noun and a capitalised name as
# the mention's phrase, set off by a comma from the clause it sums up
_APPOSITIVE_SPEAKER = LazyRegex(
    r"(?:a|an|the|one)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+"
    r"(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){0,2})"
)
# nouns for a claim itself: "an allegation Smith said was baseless" answers the claim, it does
# not vouch for it; and the relative's words that reject it
_CLAIM_NOUNS = frozenset(
    "claim claims allegation allegations accusation accusations charge charges rumour rumours "
    "rumor rumors suggestion suggestions assertion assertions theory notion idea myth story "
    "report reports view belief account version speculation".split()
)
_REJECTED = LazyRegex(
    r"(?i)[^.;:!?]{0,80}?\b(?:not|n[’']t|never|no|false|untrue|wrong|baseless|unfounded|denied|denies|"
    r"rejected|rejects|disputed|disputes|nonsense|exaggerated|mistaken)\b"
)


# How many paragraphs before the cue's a speaker named in an appositive must have been named in
# full ("Pieter Aalders ... a process Aalders said"): the story's own paragraphs, not another
# story's in an archive file, and never further than the context a part of a large file is
# linted with (``lintnews.execution.split.MARGIN_BLOCKS``; a test keeps the two in step). Round
# split142: the whole text before was searched, so a name 900 paragraphs up vouched in a
# one-process run and not in a part's.
NAMED_SPEAKER_REACH_BLOCKS = 25


def appositive_vouches(text: str, m: sourcing.Mention, cue_end: int, s_end: int, since: int = 0) -> bool:
    """Does a named speaker vouch for the cue's clause from an appositive after it (", a process
    Aalders said his group had measured")? Not when the noun names a claim or the relative
    rejects it ("..., a claim Roe said was false"). ``since``: where the paragraphs start that
    may have named the speaker before (:data:`NAMED_SPEAKER_REACH_BLOCKS`)."""
    if m.style != "subject" or m.src_start < cue_end or m.src_start - cue_end > 160:
        return False
    if text[max(cue_end, m.src_start - 2) : m.src_start] != ", ":
        return False
    if ";" in text[cue_end : m.src_start]:
        return False
    a = _APPOSITIVE_SPEAKER.fullmatch(m.phrase)
    if a is None or a.group("noun").lower() in _CLAIM_NOUNS:
        return False
    name = m.phrase[a.end("noun") :].strip()
    if re.compile(rf"\b{re.escape(name)}\b").search(text, since, max(since, m.start - 1)) is None:
        return False  # the speaker is one the story has named before ("Pieter Aalders ... Aalders said")
    return _REJECTED.match(text, m.verb_end, s_end) is None


def member_named(text: str, m: sourcing.Mention) -> bool:
    """Is the speaker one of a group picked by a partitive ("One of them") and named beside it
    ("One of them, Ann Lowe, said")?"""
    return (_PARTITIVE.fullmatch(m.phrase) is not None
            and _APPOSED_NAME.match(text, m.src_start + len(m.phrase)) is not None)


def vouches_for_previous(text: str, m: sourcing.Mention, start: int, end: int) -> bool:
    """A next-sentence source speaks for what came before when it opens its sentence
    ("Police said ...", "According to the ministry, ..."), or is its closing tag
    (", the ministry said."), not when it is buried in the middle of another claim."""
    if m.style == "according":
        return True
    if m.style == "subject" and FIGURE_OBJECT.match(text, m.verb_end):
        return False  # "The group reported revenue of €1.2bn": its own accounts, another fact
    lead = text[start : m.src_start]
    if m.style == "subject" and SENTENCE_OPENER.fullmatch(lead):
        return True
    if m.style == "subject" and m.kind == "named" and _PARTITIVE_LEAD.fullmatch(lead):
        return True  # round 133: "One of them, Gordon Hale of X, said": a member of the group, named
    if m.style == "agent" and _ACCORDING_TO_DOCUMENT.search(text, start, m.start):
        return True  # "..., according to analysis from the Climate Committee.": the document's author
    if m.style in ("subject", "inverted") and TAG_TAIL.fullmatch(text, m.end, end):
        return True  # "..., the prosecutor told reporters late on Saturday."
    if m.style == "agent" and _FIRST_TOLD_BY.fullmatch(text, start, m.end) and not _NAME_MODIFIES.match(text, m.end):
        return True  # round 163: "The claims were first reported on Monday by the website X": who broke it
    return m.style in ("subject", "inverted") and not text[m.end : end].strip(" .\"”’")


# round 163: the agent of the passive that tells who first brought the matter out ("The claims
# were first reported on Monday by the investigative website ...", "It was first revealed by"):
# the outlet or body that broke the story, named for what the sentence before it told
_FIRST_TOLD_BY = LazyRegex(
    rf"(?is)[^.;:\"“”]*?\b{sourcing.FIRST_TOLD}"
    r"[^.;:\"“”]{0,60}?\bby\s+[^.;:\"“”]*"
)
# review 131: a lower-case word right after the capitalised agent, its head: the capital was a
# modifier ("by Italian journalists", "by US media", "by French officials"), a group described
# and not named; a preposition, a conjunction or a time after the name leaves it the head
_NAME_MODIFIES = LazyRegex(
    r"[ \t]+(?!(?:on|in|at|last|earlier|this|that|and|or|but|which|who|whose|after|before|when|while|as"
    r"|with|from|for|of|to|until|amid|following|during|over|under|about|yesterday|today)\b)[a-z][\w-]*"
)
# a preposition stranded after a relative clause's verb, at the end of its clause ("a practice
# the regulator has warned about in the past.", "a charge the firm has long objected to,")
_STRANDED = LazyRegex(
    r"\s+(?:about|of|against|over|on|to|with)\s*(?:[.,;:)]|$|(?:in\s+the\s+past|before|previously|"
    r"repeatedly|for\s+years|since)\b)"
)
# a body's or person's answer that it kept the rules ("said it complied fully with the code",
# "said they had followed all guidance", "says it acted lawfully"): its defence against what came
# before, which does not source it (round 105; a denial, as round 103's writer warns)
OWN_COMPLIANCE = LazyRegex(
    r"(?i)\s+(?:that\s+)?(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+|is\s+|are\s+)?"
    r"(?:always\s+|fully\s+|strictly\s+)?(?:compl(?:ied|ies|y|iant)|followed|follows|abided|abides|adhered|adheres|"
    r"acted\s+(?:lawfully|legally|properly|within|in\s+line|in\s+accordance))\b"
)

# round 114: the speaker's denial of its own act, in its own said-clause ("The company said it
# had never ...", "Roe says she did not ..."): an answer to the claim before it, which sources
# nothing, as a denial does not ("denied" is no source verb). Only "it", "he" or "she" after a
# speaker who is not a plural crew (police, investigators: "Police said he had not ..." reports
# a third party) and only a negated act: had, has, did or does (a copular "it was not clear" is
# the weather's "it"), and not a passive ("he had not been seen").
_OWN_DENIAL = LazyRegex(
    r"(?i)\s+(?:that\s+)?(?P<pron>it|he|she)\s+(?:(?:had|has|did|does)\s*(?:not\s+|n[’']t\s+|never\s+)"
    r"(?!been\b|yet\b)|never\s+(?!been\b))(?P<verb>[a-z]+)?"
)
_CREW_HEADS = frozenset(
    "police prosecutors authorities investigators officials officers detectives inspectors "
    "auditors regulators analysts researchers scientists".split()
)


def own_denial(text: str, m: sourcing.Mention) -> bool:
    """Does the next sentence's speaker deny an act of its own ("The firm said it had never
    ...")? A party answering for itself is not the source of the claim made about it."""
    d = _OWN_DENIAL.match(text, m.verb_end)
    if d is None:
        return False
    if d.group("verb") and d.group("verb").lower() in lx.forms("perception-verbs"):
        return False  # "said he had never seen such damage": what he saw, an account that vouches
    words = m.phrase.split()
    head = words[-1].lower().strip("’'") if words else ""
    # (not "Police said he had not ...": a third party's account)
    return not (head in _CREW_HEADS or (head.endswith("s") and not words[-1][:1].isupper()))


# a figure as the verb's object ("reported revenue of €1.2 billion", "posted a loss of $3m",
# "recorded sales of about 40,000"): the subject gives a measure of its own, a fact beside the
# claim before it, not who holds that claim (round 84: "X is understood to be closing a plant.
# The group reported revenue of ..." leaves the passive unattributed)
FIGURE_OBJECT = LazyRegex(
    r"\s+(?:(?:a|an|its|their|his|her|the)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+of\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|just|over|under|more\s+than|less\s+than)\s+)?[£$€¥]?\d"
)
# "according to analysis from", "according to a research report by": the agent names the author
_ACCORDING_TO_DOCUMENT = LazyRegex(r"\b[Aa]ccording\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,6}$")
# what a closing tag's verb may take: its hearer and when or where ("told reporters late on
# Saturday.", "told Reuters on Monday."), no clause of its own
TAG_TAIL = LazyRegex(
    r"\s*(?:(?<=\s)(?:reporters|journalists|the\s+press|the\s+media|(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))\s*)?"
    r"(?:(?:on|in|at|late|early|last|this|yesterday|today|earlier|later)\b[^,;:\"“”.]{0,40})?"
    # "..., Reuters said, citing banking sources.": whose word the teller relies on, no new claim
    r"(?:,\s+(?:citing|quoting)\s+[^,;:\"“”.]{1,60})?[\s.\"”’]*"
)


# round 167: the end of provenance's "seen-by" cue ("Documents seen by"): its agent is the
# material's viewer (often the writer's own paper), which names nobody who made it
_SEEN_BY_END = LazyRegex(r"(?i)\bseen\s+by$")
# modifiers that make the material the own papers of the body the story is about ("Internal
# memos seen by the Gazette's reporters", round 43's trap): its maker is that body, and the
# viewer clears the cue as before
_OWN_MATERIAL = LazyRegex(r"(?i)\b(?:internal|in-house)\b")


def _evidence_forum(phrase: str) -> bool:
    """Is the viewer of "seen by" a court or an inquiry (word class ``evidence-forums``)?
    Material seen by the jury or the tribunal is evidence in the proceeding the story reports
    (review 135: "Documents seen by the jury showed ..." is a court report, not a leak)."""
    words = phrase.lower().split()
    return bool(words) and words[-1] in lx.forms("evidence-forums")


# round 173: a closing tag in mid sentence (", the company said,") then the writer's gloss on
# the whole act ("in a move widely seen as", "in what is seen as", "a step seen as"): an
# undertaking noun (word class effort-nouns) or "what" opening the phrase after the tag
_GLOSS_AFTER_TAG = LazyRegex(r"(?i),\s+(?:in\s+)?(?:what\b|(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z][\w-]*)\b)")


def _gloss_after_tag(text: str, m: sourcing.Mention, cue_start: int) -> bool:
    """Round 173: is the cue in the writer's gloss after a mid-sentence closing tag ("Staff
    will get a rise, the company said, in a move widely seen as an attempt to ...")? The tag
    vouches for the clause before it; the gloss on the act ("in a move", "in what") is the
    writer's, its passive nobody's. Not a lead ("The company said in a move that ...": no comma
    before the subject) nor the tag's own continuation (", adding that", "in a statement")."""
    if text[max(0, m.src_start - 2) : m.src_start].strip() != ",":
        return False
    g = _GLOSS_AFTER_TAG.match(text, m.verb_end, cue_start)
    if g is None:
        return False
    return g["noun"] is None or bool(lx.forms("effort-nouns", lx.NOUN).get(g["noun"].lower()))


def covers(text: str, m: sourcing.Mention, cue_start: int, cue_end: int) -> bool:
    """Does mention ``m`` vouch for the cue at ``cue_start:cue_end`` in the same sentence?"""
    src_end = m.src_start + len(m.phrase)
    if cue_start < src_end and m.src_start < cue_end:
        return False  # the cue is the source: "critics say", "said officials"
    if m.style == "subject" and m.src_start <= cue_start < m.verb_end:
        return False  # the cue modifies the speech verb: "she reportedly told friends"
    if m.style == "according" and later_conjunct(text, m, cue_end):
        return False  # round 134: "X is rumoured to own ..., and was last seen, according to a neighbour, leaving ..."
    if m.style in ("according", "record"):
        return True  # ("in its annual report" places the claim in that record: the record's sentence only)
    if m.verb_end <= cue_start and m.style == "subject" and _gloss_after_tag(text, m, cue_start):
        return False  # round 173: "..., the company said, in a move widely seen as ..."
    if m.verb_end <= cue_start and m.style in ("subject", "according"):
        if m.style == "subject" and _COLON_AFTER.match(text, m.verb_end):
            return True  # "The Courier reports: ..., which many consider ...": all after the colon is theirs
        if m.style == "subject" and _HEARSAY_PASSIVE.match(text, cue_start, cue_end)\
                and _own_hearsay_conjunct(text, m.verb_end, cue_start):
            return False  # round 134: "Mothers say they were never asked, and several midwives are reported to ..."
        if not BREAK.search(text, m.verb_end, cue_start):
            return True  # a lead
        # "Police said the man, who had allegedly been drinking, drove into the crowd": a
        # relative clause set in the reported clause's subject is part of what was said
        if m.style != "subject":
            return False
        if _EMBEDDED_RELATIVE.match(text, m.verb_end, cue_start) is not None\
                and _RELATIVE_CLOSED.match(text, cue_start) is not None:
            return True
        # "Police said the suspects who fled are believed to ...": the relative is over and
        # the cue is the reported clause's verb
        return _relative_then_verb(text, m.verb_end, cue_start) or _reported_relative(text, m.verb_end, cue_start)
    if m.style == "agent":
        # "It was reported by the Gazette": the agent of the cue's own participle, or of a
        # document right after it; not "purportedly written by the king" (another verb's agent)
        if _SEEN_BY_END.search(text, max(0, cue_end - 12), cue_end) and not _OWN_MATERIAL.search(text, cue_start, cue_end)\
                and not _evidence_forum(m.phrase):
            return False  # round 167: "Documents seen by the Courier": who saw it, not who made it
        if m.start < cue_end <= m.src_start:
            return True
        lead = _AS_LEAD.search(text, max(0, m.start - 30), m.start)
        if lead is not None:
            # "As reported by the Gazette, the guard was hailed as a hero" (or the clause after
            # it): a comment clause that sources its whole sentence
            if m.end <= cue_start:
                return not BREAK.search(text, m.end, cue_start)
            return cue_end <= lead.start() <= cue_end + 80 and not BREAK.search(text, cue_end, lead.start())
        if m.start >= cue_end and _ACCORDING_TO_DOCUMENT.search(text, max(cue_end, m.start - 80), m.start):
            # "..., according to pricing in money markets compiled by Harbour Data": the
            # "according to" phrase's maker, named, covers its sentence as "according to" does
            return True
        between = text[cue_end : m.start]
        return (m.start >= cue_end and len(between) <= 80 and not BREAK.search(between)
                and bool(_DOCUMENT_AGENT.match(text, m.start)))
    if m.start >= cue_end:  # after the cue: a tag
        between = text[cue_end : m.start]
        if ";" in between:
            return False
        if m.style == "inverted":
            return True
        if not _TAG_BEFORE.search(between):
            return False
        after = m.verb_end
        if _STRANDED.match(text, after):
            # round 105: "..., a practice the regulator has warned about in the past.": a
            # preposition left at the end is a relative clause's on the noun before it, not a tag
            return False
        if text[max(0, after - 5) : after].lower().endswith(("told", "tells")):
            obj = _TOLD_OBJECT.match(text, after)  # ", she told the BBC." / ", he told reporters."
            after = obj.end() if obj else after
        return bool(_TAG_AFTER.match(text, after))
    return False


def _relative_then_verb(text: str, lead_end: int, cue_start: int) -> bool:
    """Between a lead verb and the cue, a reported subject with its relative clause, and the
    cue a finite verb of the reported clause (see :data:`_RELATIVE_BEFORE_CUE`)."""
    between = text[lead_end:cue_start]
    if len(between) > 160 or any(c in between for c in ";:—–\"“”") or " but " in between:
        return False
    if not _FINITE_AUX.match(text, cue_start) or _NOT_BEFORE_MAIN_VERB.search(between):
        return False
    return _RELATIVE_BEFORE_CUE.fullmatch(between) is not None and between.count(",") in (0, 2)


# a reported clause up to a restrictive relative whose own verb is the cue: "said officers were
# looking for a man who is thought to"; no comma, no clause break, no quotation before it
_REPORTED_VERB = LazyRegex(
    r"\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|did|does|do)\s", re.IGNORECASE
)
_REPORTED_RELATIVE = LazyRegex(r"\s[^,;:\"“”—–()]{1,140}?\swho\s+$")


def _reported_relative(text: str, lead_end: int, cue_start: int) -> bool:
    """Is the cue the verb of a restrictive relative set in the lead's reported clause ("Moen
    said officers were looking for a fourth man who is thought to have driven the van")? The
    relative narrows a noun of what the speaker said, so the view is the speaker's; a relative
    after a comma ("..., who is thought to") may be the writer's aside and is left alone."""
    between = text[lead_end:cue_start]
    if " but " in between or not _FINITE_AUX.match(text, cue_start):
        return False
    first = BREAK.search(between)
    # the relative's "who" is the only break: nothing else cuts the clause off from the lead;
    # and the reported clause has its own verb before it, so the relative sits in what was said
    # ("said officers were looking for a man who"), not in its subject ("said the men who are
    # believed to be armed fled": the writer's description, round 21)
    return (first is not None and first.end() == len(between.rstrip())
            and _REPORTED_RELATIVE.fullmatch(between) is not None
            and _REPORTED_VERB.search(between, 0, first.start()) is not None)
