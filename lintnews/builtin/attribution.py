"""The attribution check: is a hearsay cue backed by a source the reader can identify?

News desks ask one question of "is believed to", "allegedly", "sources say": who
says so? A cue is left alone when its sentence or the next one names a source
that vouches for it (a person, an organisation, an outlet, "according to X",
"X said"), reported at ``info`` when the source is described but unnamed ("a
senior official said"), and reported as a warning when nobody is named. Cues
inside an attributed quotation are the speaker's words, not the writer's.

What counts as vouching follows how wire copy is built:

- "according to X" covers its sentence;
- a lead ("Police said the man allegedly...") covers what follows the verb, up to a
  clause the writer adds ("..., which will reportedly...");
- a tag (", police said.", ", said Jane Doe.") or a passive agent ("reported by
  the BBC") covers what precedes it;
- the cue is never its own source ("critics say"), and a speech verb the cue
  modifies is part of the hearsay ("she reportedly told friends");
- the next sentence helps only when it names a person, institution or outlet
  and is not itself a quotation or the lead-in to one (those attribute the quote);
  but a quotation with a named person's tag after an opinion group ("Analysts agreed
  that ... '...,' Demir said.") most often quotes one of them: a hint.

The rules' hits are anchors; whether the words around one make a construction of an
unattributed claim, and where its cue is, is decided by :mod:`lintnews.builtin.constructions`.
An unnamed source ("officials say") is not made specific by another source in its sentence
("..., as reported by the Gazette"): only a named member of the same group clears it ("...
Jane Roe, an analyst at X, said" in the same or the next sentence).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from lintnews.builtin.constructions import Cue, holder
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import (
    CONSENSUS,
    DEFINITE,
    DEGREE,
    INDEFINITE,
    QUANTIFIER_HEADS,
    RECEPTION_MANNER,
    WEEKDAYS_MONTHS,
    words_before,
)
from lintnews.builtin.constructions.passive import passive, received
from lintnews.builtin.constructions.provenance import unnamed_document
from lintnews.builtin.constructions.sources import FirstMention, unnamed_source
from lintnews.document import sourcing
from lintnews.document.speech import NAME
from lintnews.model.diagnostic import Finding, Severity
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from lintnews.document.document import Document, Quotation, Sentence
    from lintnews.packs.model import Hit, PackRule

# A clause the writer adds between a lead verb and the cue: the lead no longer covers it. A
# relative set off by a comma is the writer's aside; one with no comma restricts a noun in the
# reported clause ("Ruiz says the damp which is believed to ...": still hers); a bare "who"
# still breaks (people the lead does not cover are judged by the relative's own rules)
_BREAK = re.compile(
    r";|,\s*(?:which|who|whom|whose|but|while|although|though|whereas|yet|as)\b"
    r"|\b(?:who|whom|whose)\b|\bbut\b|\s[—–]\s|\s--\s"
)
# a lead's reported subject with a relative clause set in it, up to the cue: "said the man,
# who had" (a short subject, no other break)
_EMBEDDED_RELATIVE = re.compile(
    r"\s+(?:that\s+)?(?:[\w’'-]+\s+){1,6}?[\w’'-]+,\s+(?:who|which)\s+(?:[\w’'-]+\s+){0,4}?$"
)
# the rest of that clause, closed by a comma, and the reported clause going on with a verb
# (not "and", a new subject or a second relative)
_RELATIVE_CLOSED = re.compile(
    r"[^,;:.!?\"“”—–]{1,120},\s+(?!(?:and|but|or|then|so|yet|who|which|while|when|as|he|she|they|it|police|"
    r"the|a|an|his|her|their|its|this|that|these|those|according|said|says|told|reported|"
    r"in|on|at|for|with|from|after|before|by|to|of|not|also|including|not)\b)[a-z]+\b"
)
# a lead's reported subject with a whole relative clause in it, and the cue the reported
# clause's own finite verb after it: "Police said the four suspects who are the subject of the
# alert are believed to ...", "said the men, who fled on foot, are thought to ..." (the
# relative's words hold no clause break; the cue does not go on the relative with "and")
_RELATIVE_BEFORE_CUE = re.compile(
    r"\s+(?:that\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?:,\s*(?:who|which)|\s+(?:who|which|that))\s+"
    r"(?:[\w’'-]+\s+){0,10}?[\w’'-]+,?\s+$"
)
_FINITE_AUX = re.compile(r"(?i)(?:is|are|was|were|has|have|had|remains?|remained)\b")
_NOT_BEFORE_MAIN_VERB = re.compile(r"(?i)\b(?:and|or|but|who|which|that|to|not)\s+$")
_SENTENCE_OPENER = re.compile(
    r"\W*(?:(?:But|And|However|Meanwhile|Separately|Earlier|Later|Now|Yet|So|Still|Also|"
    r"Last\s+\w+|On\s+\w+|In\s+a\s+statement|Previously)\W+)*"
)
# ", as the columnist Tom Hale put it.": "as" before a tag makes it a comment on what precedes
# A descriptor may stand between the comma and the name: ", local historian Ann Reid said.",
# ", Harbour Police spokeswoman Ana Ruiz said." (no conjunction: ", and Ana Ruiz said" starts a clause)
_TAG_BEFORE = re.compile(
    r"(?:[,(—–]|[\"”’']|--)\s*(?:as\s+)?"
    r"(?:(?!(?:and|but|or|nor|so|yet|which|who|whom|that|while|when|after|before|because|if|though|although|since|until|as)\b)"
    r"[A-Za-z][\w’'.-]*\s+){0,4}$"
)
# What may follow a tag's verb: ", police said." / ", she said on Monday, ..." / ", he told the BBC."
_TAG_AFTER = re.compile(
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
_AS_LEAD = re.compile(r"\bas\s+(?:(?:first|originally|previously|also|widely|\w+ly)\s+)?$", re.IGNORECASE)
_DOCUMENT_AGENT = re.compile(
    r"(?:report|study|survey|statement|analysis|investigation|poll|filing|letter|memo|review|audit|"
    r"paper|research)s?\s"
)
# a lead verb closed by a colon: what follows in the sentence is the report, relative clauses too
_COLON_AFTER = re.compile(r"[ \t]*:\s")
_PASSIVE = "unattributed-claim/passive-attribution"
# "a video that purportedly shows", "a photo supposedly depicting": a picture or a document
# whose own content is in doubt; the thing is the claimant
_DEPICTION_AFTER = re.compile(r"(?i)\s+(?:shows?|showed|showing|depicts?|depicted|depicting|captures?|captured|capturing)\b")
# the material's own emergence participle after it: "videos circulating online", "a clip
# shared on social media", "photos that surfaced" (nobody releasing it)
_CIRCULATING = LazyRegex(
    r"(?i)\s+(?:that\s+(?:have\s+|has\s+)?)?(?:circulating|circulated|surfacing|surfaced|spreading|shared|posted|"
    r"widely\s+shared|emerging|emerged|leaked)\s+(?:online|on\s+social\s+media|on\s+\w+|in\s+\w+|across)\b"
)
_DEPICTING_THING = re.compile(
    r"(?i)\b(video|videos|photo|photos|photograph|photographs|image|images|picture|pictures|footage|clip|clips|"
    r"recording|recordings|screenshot|screenshots|post|posts|map|document|documents|letter|email|emails|memo)\b"
    r"(?:\s+[\w’',-]+){0,6}?\s*$"
)
_DOUBT = "unattributed-claim/doubt-adverb"
# a named outlet as the hearer of the speech verb a doubt adverb modifies: the outlet that
# heard it is the one that reported it ("reportedly told the Gazette", "reportedly admitted
# it to the New York Daily News"); "reportedly told friends" or "told the FBI" name no reporter
_OUTLET_NAME = (
    r"(?:the\s+)?(?:(?:[A-Z][\w.&’'-]*\s+){0,4}(?:News|Times|Post|Journal|Daily|Telegraph|Guardian|Herald|Tribune|"
    r"Gazette|Magazine|Radio|Television|TV|Press|Reuters|Bloomberg|Express|Mail|Mirror|Independent|Observer|"
    r"Chronicle|Standard)|BBC|CNN|AP|AFP|ABC|NBC|CBS|NPR|RTE|TASS|DW)\b"
)
_HEARER_OUTLET = re.compile(
    rf"\s+(?:(?:told|tells)\s+(?-i:{_OUTLET_NAME})"
    rf"|(?:told|tells|said|says|admitted|acknowledged|confessed|confirmed|explained)\b[^,.;:!?\"“”]{{0,60}}?\s"
    rf"(?:to|with)\s+(?-i:{_OUTLET_NAME}))"
)
_RECEIVED = "unattributed-claim/received-opinion"
_SOURCE = "unattributed-claim/vague-source"
_REPUTATION = "unattributed-claim/reputation"
# a name (two capitalised words or more) then an indefinite article, the reputation in
# apposition to it: "Tom Reyes, a well-known"; a fronted time or place is no name ("On
# Tuesday, a well-known ...", "In March, a ...")
_APPOSED_TO_NAME = re.compile(r"((?:[A-Z][\w’'.-]*\s+)+[A-Z][\w’'.-]*)\s*,\s+(?:a|an)\s+$")
_NOT_NAME_WORDS = WEEKDAYS_MONTHS | frozenset(
    "on in at by for from since until after before during last this next early late one the a an "
    "spring summer autumn winter".split()
)


def _apposed_to_name(text: str, pos: int) -> bool:
    """Does the phrase at ``pos`` stand in apposition to a person's name ("Ana Ruiz, a ...")?"""
    m = _APPOSED_TO_NAME.search(text, max(0, pos - 60), pos)
    return m is not None and not any(w.lower() in _NOT_NAME_WORDS for w in m.group(1).split())


# a bare plural after a reputation word: "well-known brands", "renowned chefs and bakers"
# (a lower-case plural noun, possibly after one modifier, then no "of" and no possessive)
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^s\W]s\b(?!['’]|\s+of\b)")
# what makes a plural a particular set: a determiner, quantifier or number before it (the
# grammar's own classes of definite and indefinite determiners, and "that"), or a possessive
_PARTICULAR = DEFINITE | INDEFINITE | {"that"}


def _generic_plural(text: str, start: int, end: int) -> bool:
    """Is the reputation word at ``text[start:end]`` on a bare plural, a kind in general
    ("domestic firms buy well-known brands")? It vouches for no particular thing's fame, as
    "the famed Hoover Dam" does; a determiner, quantifier, possessive or number makes the set
    particular ("Some well-known singers", "its renowned chefs") and leaves the warning."""
    if _PLURAL_AFTER.match(text, end) is None:
        return False
    before = words_before(text, start, 1)
    if not before or not before[0]:
        return True  # (nothing before it on its line: a bare plural opening the line)
    word = before[0]
    return word not in _PARTICULAR and not word.endswith(("'s", "’s")) and not word[0].isdigit()


# participles of circulation: how far a thing went round (press coverage, quotation, sharing),
# a reach that can be counted, not an opinion held ("widely reported", "often quoted"). Not
# "cited" or "publicised": "a widely cited study", "the most highly publicised example" vouch
# for a thing's standing, as "well known" does
_CIRCULATION = frozenset(
    "reported quoted covered shared circulated reprinted reproduced broadcast "
    "televised distributed translated".split()
)
# a claim that follows ("widely reported that he fled", "widely reported to have fled"): the
# claim's source is the vague one, a warning
_CLAIM_AFTER = re.compile(r"(?:\s+(?!that\b|to\b)[\w’'-]+){0,5}?\s*,?\s*(?:that|to)\b")
# "often quoted as saying that ...": what follows is the quoted speaker's, named before it
_QUOTED_AS = re.compile(r"\s+as\s+(?:saying|having\s+said|writing|having\s+written)\b")
# "As widely reported, he will resign": the clause after is the claim reported
_AS_BEFORE = re.compile(r"(?i)\bas\s+$")
_PROVENANCE = "unattributed-claim/vague-provenance"
# a pattern hit of the passive rule that is an anchor (an auxiliary before a participle), not a
# whole cue of its own ("there is speculation that")
_AUX_ANCHOR = re.compile(r"(?i)(?:is|are|am|was|were|be|been|being|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|\w+[’'](?:s|re|m))\s")
_PARTICIPLE_END = re.compile(r"(?i)[a-z](?:ed|[dnt])$")
_ADVERB_ANCHOR = frozenset(CONSENSUS | DEGREE | RECEPTION_MANNER | {"universally", "almost"})
_DESCRIBED_NOTE = " The source is described but not named."
_ANSWER_NOTE = " It is in an interview answer with no speaker label: if it is the interviewee's view, a label says so."
_DESCRIBED_SUGGESTION = "Name the source, or say why it cannot be named."


def judge(doc: Document, hits_by_rule: Mapping[PackRule, Sequence[Hit]]) -> Iterator[Finding]:
    """Find the construction at every anchor, then judge the cues of every rule together, so
    overlapping cues report once."""
    if not doc.sentences:
        return
    cues = []
    first = FirstMention(doc.text)
    for i, (rule, hits) in enumerate(hits_by_rule.items()):
        for hit in hits:
            found = _construction(doc, rule, hit, first)
            if found is not None:
                cues.append((found.start, -(found.end - found.start), i, rule, hit, found))
    cues.sort(key=lambda c: c[:3])
    kept_end = -1
    facts = _DocFacts(doc)
    for start, _neg, _i, rule, hit, cue in cues:
        if start < kept_end:
            continue  # overlaps a cue already judged ("it was reported" / "reportedly")
        finding = _judge_cue(doc, rule, hit, cue, facts)
        if finding is not None:
            kept_end = cue.end
            yield finding


def _construction(doc: Document, rule: PackRule, hit: Hit, first: FirstMention) -> Cue | None:
    """The cue of the construction at ``hit`` (an anchor), or ``None`` when the words around
    it do not make one. Hits of other rules, and pattern hits that are cues by themselves,
    are their own cue."""
    text = doc.text
    rid = rule.id

    def where() -> tuple[int, int]:
        s = doc.sentences[doc.sentence_index(hit.start)]
        return s.start, s.end

    if rid == _SOURCE and hit.term is not None:
        return unnamed_source(text, hit.start, hit.end, where, first)
    if rid == _PROVENANCE and hit.term is not None:
        return unnamed_document(text, hit.start, hit.end, where)
    if rid == _PASSIVE:
        if hit.term is not None:
            return passive(text, hit.start, hit.end, where)
        if _AUX_ANCHOR.match(text, hit.start):
            return passive(text, _last_word(text, hit.start, hit.end), hit.end, where)
    if rid == _PASSIVE and _THERE_MOOD.match(text, hit.start, hit.end) and _NO_COMPLEMENT.match(text, hit.end):
        # "Before, there was fear and social rejection.": a mood of the time, with no view
        # told ("there are fears that the dam will fail", "concerns about X" tell one)
        return None
    if rid == _DOUBT and _DEPICTION_AFTER.match(text, hit.end):
        s_start, _ = where()
        m = _DEPICTING_THING.search(text[max(s_start, hit.start - 80) : hit.start])
        if m is not None:
            # "a video that purportedly shows the mayor": the video is what purports to show
            # it; who made or shared it is worth a hint. "Videos circulating online purportedly
            # show": material that circulates with nobody releasing it is the vague provenance
            # of "footage has emerged", and the adverb vouches for nothing: a warning
            if _CIRCULATING.match(text, m.end(1) + max(s_start, hit.start - 80)):
                return Cue(hit.start, hit.end, "", branch="doubt:circulating")
            return Cue(hit.start, hit.end, f"'{text[hit.start:hit.end]}': the {m.group(1).lower()} claims to show "
                       "it: say who made or shared it, and whether it is genuine.", severity="info")
    if rid == _REPUTATION and _apposed_to_name(text, hit.start):
        # "Ana Ruiz, a well-known potter, ...": the writer describes a person already named,
        # as "Ana Ruiz, a potter" would; no view is reported, at most a label worth a measure
        cue = text[hit.start : hit.end]
        return Cue(hit.start, hit.end, f"'{cue}': a description of the person named before it; known to "
                   "whom? Give the measure if it matters.", severity="info")
    if rid == _REPUTATION and _generic_plural(text, hit.start, hit.end):
        # "acquiring well-known brands", "were well known figures": a kind, no particular
        # one whose fame the writer vouches for; worth a hint, not a warning
        cue = text[hit.start : hit.end]
        return Cue(hit.start, hit.end, f"'{cue}': said of a kind of thing in general, not a particular one; "
                   "known to whom? Give the measure if it matters.", severity="info")
    if rid == _RECEIVED:
        # (its own name: ``first`` is the mentions the source cues share)
        adverb = text[hit.start : hit.end].split(None, 1)[0].split("-")[0].lower()
        if adverb in _ADVERB_ANCHOR and _PARTICIPLE_END.search(text, hit.start, hit.end):
            verb = text[_last_word(text, hit.start, hit.end) : hit.end].lower()
            if verb in _CIRCULATION and (_QUOTED_AS.match(text, hit.end) or not _CLAIM_AFTER.match(text, hit.end)) \
                    and not _AS_BEFORE.search(text, max(0, hit.start - 6), hit.start):
                # "widely reported in the press", "often quoted as saying", "well-publicised":
                # how far the thing went round, which can be counted, not what anyone thinks
                cue = text[hit.start : hit.end]
                return Cue(hit.start, hit.end, f"'{cue}': how widely it went round, not a view; by whom, or "
                           "how often? Give the measure if it matters.", severity="info")
            return received(text, hit.start, _last_word(text, hit.start, hit.end), hit.end, where)
    return Cue(hit.start, hit.end, "", branch=rid)


# "there is fear", "there were concerns" (the anchor's noun last) and nothing after the noun but
# a stop or a second noun joined by "and"/"or"
_THERE_MOOD = re.compile(r"(?i)there\b.*\b(?:fears?|concerns?|talk)\Z")
_NO_COMPLEMENT = re.compile(r"\s*(?:[.!?]|(?:and|or)\s+(?!that\b)[a-z])")


# a denial and what it denies: "denied that", "rejected claims that", "disputes suggestions that"
_DENIAL = re.compile(
    r"(?i)\b(?:(?:denied|denies|deny|denying|disputed|disputes|dispute|disputing)\s+"
    r"(?:(?:the\s+)?(?:claims?|suggestions?|allegations?|accusations?|assertions?|notion|idea|reports?)\s+)?"
    r"|(?:rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|rebutted|rebuts|refuted|refutes)\s+"
    r"(?:the\s+)?(?:claims?|suggestions?|allegations?|accusations?|assertions?|notion|idea|reports?)\s+)"
    r"that\b"
)


_NEGATED = re.compile(r"(?i)\b(?:not|never|n[’']t)\s+(?:\w+ly\s+)?$")


def _denied(text: str, s_start: int, cue_start: int) -> bool:
    """Is the cue in the clause a denial denies ("Smith denied that spot checks were ever
    considered", "The club rejected claims that its manager was widely seen as ...")? The
    writer reports that someone says it is not so: the clause is asserted by nobody, as a
    question or an "if" clause is not, whether the denier is named or not."""
    last = None
    for m in _DENIAL.finditer(text, s_start, cue_start):
        last = m
    if last is None or _NEGATED.search(text, max(s_start, last.start() - 20), last.start()):
        return False  # "did not deny that ...": the claim is left standing
    return not _BREAK.search(text, last.end(), cue_start)


def _last_word(text: str, start: int, end: int) -> int:
    """Start of the last word of ``text[start:end]`` (the participle of an anchor)."""
    i = end
    while i > start and (text[i - 1].isalnum() or text[i - 1] in "'’"):
        i -= 1
    return i


def _judge_cue(doc: Document, rule: PackRule, hit: Hit, cue: Cue, facts: _DocFacts) -> Finding | None:
    text = doc.text
    si = doc.sentence_index(cue.start)
    if _quoted(doc, cue.start) or facts.in_double_quote(cue.start) or doc.turn_at(cue.start) is not None:
        return None  # the speaker's words, not the writer's
    if rule.id == _DOUBT and _HEARER_OUTLET.match(text, cue.end):
        return None  # "Jackson reportedly acknowledged the crime to the New York Daily News": the paper's report
    if _denied(text, doc.sentences[si].start, cue.start):
        return None  # "Smith denied that inspections were ever considered": asserts nothing
    if rule.id == _PASSIVE and _decided_by_named_parties(text, doc.sentences[si].start, cue.start, cue.end):
        return None  # "After talks between the army and the rebels, it was agreed that ...": they agreed
    if rule.id == _PASSIVE and _deemed_by_the_bar(text, doc.sentences[si].start, cue.start, cue.end):
        return None  # "the regulator blocks material deemed blasphemous": the blocker deems it so
    if rule.id == _PASSIVE and _NEGATED_TELLING.match(text, cue.start, cue.end):
        return None  # "It's never stated that he is ill": nobody is said to have said it
    if rule.id == _PASSIVE and _FAITH_HOLDS.match(text, cue.end):
        return None  # "cows, which are considered holy in Hinduism": the faith's teaching
    if rule.id == _PASSIVE and _deemed_a_ruling(text, cue.start, cue.end):
        return None  # "The striker was deemed fit to play": a ruling on fitness, no view
    base = rule.finding(text, hit)
    message = cue.question or base.message
    note = _DESCRIBED_NOTE
    if rule.id == _SOURCE and cue.head:
        if _ACCUSED_OF.match(text, cue.start, cue.end) and _OF_AFTER.match(text, cue.end):
            return None  # "executives and board members accused of fraud": the accused, not accusers
        if _named_armed_group(text, cue.start, cue.end, cue.head):
            return None  # "YBS forces said": the group is named by its initials
        if _named_member(doc, si, cue.start, cue.end, cue.head):
            return None  # "Analysts say ... Jane Roe, an analyst at X, said"
        if _TITLE_AFTER_ACCORDING.fullmatch(text, cue.start, cue.end) and _TITLE_ENDS.match(text, cue.end):
            return None  # "according to People" (the magazine): a capital mid-sentence is a title
        if _counts_documents(doc, si, cue.start, cue.head):
            return None  # "Polls show support for it. Most indicate a slim majority": most polls
        if _measured_by_named_poll(doc, si, cue.start, cue.end, facts):
            return None  # "Most economists expect a cut, a Reuters poll found": the poll's respondents
        lead = _according_lead(doc, si, cue.start, facts)
        if lead is not None and lead.kind == "named":
            return None  # "According to The Daily Star, sources say ...": the paper's sources, its report
        if cue.head in _RESEARCH_PEOPLE and _document_named_near(doc, si, cue.end):
            return None  # "scientists reported in a study published in Nature": their study names them
        if cue.head in _RESEARCH_PEOPLE and text[max(0, cue.end - 8) : cue.end].lower().endswith(_WRITING_VERBS) \
                and _JOURNAL_AFTER_VERB.match(text, cue.end):
            return None  # "..., researchers report in Medicine and Science in Sports and Exercise.": their journal
        kind = cue.identified
        if kind is None and cue.head in _RESEARCH_PEOPLE and _research_named_before(doc, si, cue.start):
            kind = "described"  # "scientists found", in a piece that has named the study
        if kind is None and not _closing_tag(doc, si, cue.start, cue.end) and \
                _reported_by_named_lead(doc, si, cue.start, cue.end, facts):
            kind = "described"  # "The mayor said critics had long argued ...": her report, a hint
        if kind is None and lead is not None:
            # "According to documents seen by this paper, officials raised concerns ...": what
            # the opening source reports; it is the sentence's one claim, warned (or not) there
            kind, note = "described", _ACCORDING_LEAD_NOTE
        if kind is None and _cited_by_named_teller(doc, si, cue.start, facts):
            kind = "described"  # "Bloomberg, citing people familiar with the talks, reported ...": its sources
        if kind is None and _according_to_person_after(doc, si, cue.end, facts):
            kind = "described"  # "Farmers are seen by the police as squatters, according to Omar Ruiz, an expert"
        if kind is None and _collective_named_next(doc, si, cue.head):
            kind, note = "described", _COLLECTIVE_NOTE  # "Observers said ... The mission, led by Karin Holm, said"
        if kind is None and _authority_body_next(doc, si, cue.start, cue.end, cue.head, facts):
            kind, note = "described", _AUTHORITY_NOTE  # "..., according to Turkish authorities. ..., the coastguard said"
        if kind is None and _authority_body_before(doc, si, cue.start, cue.end, cue.head, facts):
            kind, note = "described", _AUTHORITY_BEFORE_NOTE  # "The ministry said ... Officials added that ..."
        if kind is None and _WHERE_NAMED_SPOKE.search(text, cue.end, doc.sentences[si].end):
            kind, note = "described", _WHERE_SPOKE_NOTE  # "officials called for it at a press conference, where Fares spoke"
    else:
        kind = _source_for(doc, si, cue.start, cue.end, rule.id != _SOURCE, facts)
        if kind != "named" and cue.identified:
            kind = cue.identified
        if kind is None and rule.id == _DOUBT and _title_according_after(text, cue.end, doc.sentences[si].end):
            # (a doubt adverb's report only: "Although there were rumors of X, ..., according to
            # People" leaves the rumours' source open)
            kind = "named"  # "the pair are reportedly still moving ahead ..., according to People."
        if kind is None and _dashed_tag(doc, si, cue.end, facts):
            kind = "named"  # "... has reportedly hired X. He tapped Y,-The Wall Street Journal-reported."
        if kind is None and rule.id == _DOUBT and _inside_account(doc, si):
            kind, note = "described", _ACCOUNT_NOTE  # "..., she says, ... He would allegedly ... Then, she says, ..."
    if kind == "named" or _confirmed_next(doc, si, facts) or _maker_named_next(doc, si):
        return None  # (or "... EU sources told Reuters. Downing Street confirmed the news.")
    if rule.id == _PROVENANCE and kind is None and _document_named_near(doc, si, cue.end):
        return None  # "A study found ... The research, published in Nature, ..."
    if rule.id == _PROVENANCE and kind is None and _reported_by_named_lead(doc, si, cue.start, cue.end, facts):
        kind = "described"  # "The spokesman, Tom Reyes, said initial reports said ...": his report, a hint
    if rule.id == _PROVENANCE and cue.head in _RESEARCH and kind is None and _research_named_before(doc, si, cue.start):
        kind = "described"  # "research suggests", in a piece that has named the study
    if kind is None and rule.id != _SOURCE and _previous_named_lead(doc, si, facts):
        kind = "described"  # "Police said the man fled. He is believed to have ..."
    if kind is None and rule.id != _SOURCE:
        held = _held_elsewhere(doc, si, cue.start, text[cue.start:cue.end], facts)
        if held:
            kind, note = "described", held  # "The ONS published its survey. Unemployment is estimated to ..."
    if kind is None and rule.id == _RECEIVED and _REACTION_FROM_NAMED.match(text, cue.end, doc.sentences[si].end):
        kind, note = "described", _PARTLY_NAMED_NOTE  # "drawn criticism from rights groups and the UN"
    if kind is None and rule.id == _DOUBT and _described_by_named_speaker(text, doc.sentences[si].start, cue.start):
        kind, note = "described", _DESCRIBER_NOTE  # "Ana Ruiz, a researcher, detailed the abuse prisoners allegedly face"
    # (an opinion group only: a passive's hidden holder is seldom the person quoted next,
    # "The mayor is believed to ... '...,' said Tom Briggs, the developer's lawyer.")
    if kind is None and rule.id == _SOURCE and _opinion_group(cue.head):
        speaker = _next_quotes_speaker(doc, si, facts)
        if speaker:
            # "Analysts agreed that ... '...,' Demir said.": most often one of them speaks
            kind, note = "described", f" The next sentence quotes {speaker}: if it is their view, say so here."
    if kind is None and rule.id == _SOURCE and cue.head in _CONTRAST_QUANTIFIERS and _bare(text[cue.start : cue.end]):
        speaker = _role_speaker_next(doc, si)
        if speaker:
            # "But others praised the ruling. Hiroshi Ito, a professor of law at X, said ...":
            # the next sentence gives one of the others, with the role that places them
            kind, note = "described", f" The next sentence names {speaker}: if they are one of them, say so here."
    if kind is None and rule.id == _SOURCE and _officials_of_named_body(text, doc.sentences[si].start, cue.start, cue.end):
        kind, note = "described", _BODY_NOTE  # "after a request by the water authority, with officials blaming ..."
    if kind is None and facts.in_answer(si):
        kind, note = "described", _ANSWER_NOTE  # "How do you see it? ... The brand is widely known."
    if kind is None:
        theirs = _someone_elses(doc, cue.start, cue.end)
        if theirs:
            kind, note = "described", theirs  # "Here is her speech in full: ... Experts say ..."
    if kind == "described":
        return Finding(cue.start, cue.end, message + note, _DESCRIBED_SUGGESTION,
                       Severity.INFO, base.rule)
    severity = Severity.INFO if cue.severity == "info" or _headline_then_source(doc, si, cue.start, facts) else base.severity
    return Finding(cue.start, cue.end, message, base.suggestion, severity, base.rule, base.fix)


# Someone else's words the writer marks (``lintnews.document.voices``, the loaded-language
# judge's too): a claim in them is attributed to their speaker, as one inside quotation marks is,
# but the reader is not told whose it is where the cue stands; a hint says so. Words pasted after
# their author and a colon (``Document.pasted_at``) are left out: on round 28's pooled half A the
# only cues they lowered were a true warning ("Ashe continued:- ... It is purportedly aimed at
# ...", judged the writer's hearsay) and a sentence of the writer's after the pasted words, which
# run to the paragraph's end unless a said-verb stops them.
_PRINTED_NOTE = " It is in a text printed in full ({}): if it is the speaker's claim, the source is theirs to give."
_POST_NOTE = " It is in a post pasted as text ({}): if it is the poster's claim, quotation marks say so."


def _someone_elses(doc: Document, start: int, end: int) -> str | None:
    """The note for a cue in words the writer gives to someone else without quotation marks (a
    text printed in full, a post ending in its hashtags), or None where the words are the
    writer's."""
    turn = doc.printed_at(start)
    if turn is not None:
        return _PRINTED_NOTE.format(turn.label)
    turn = doc.post_at(start, end)
    if turn is not None:
        return _POST_NOTE.format(turn.label)
    return None


# "according to People": one capitalised word after a lower-case "to" (not a Title-Case
# headline's "According To Experts") is a proper name, a magazine's or a site's, when the
# clause ends after it or its kind follows ("according to People magazine"); "according to
# people close to them" and "according to Insiders at the label" stay
_TITLE_AFTER_ACCORDING = re.compile(r"[Aa]ccording\s+to\s+[A-Z][a-z]+")
_TITLE_ENDS = re.compile(r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:magazine|newspaper|journal|website|reported|reports)\b")


def _title_according_after(text: str, after: int, end: int) -> bool:
    """Does the cue's sentence close on "according to" a one-word title ("..., according to
    People.")? The same reading as for a vague source's own "according to People": a capital
    after a lower-case "to" mid-sentence is a magazine's or a site's name, and it sources the
    clause before it (a relative clause set off between them is an aside: "..., which is on
    hold, according to People."), with no other clause between."""
    for m in _TITLE_AFTER_ACCORDING.finditer(text, after, end):
        if m.group().startswith("according") and _TITLE_ENDS.match(text, m.end()) \
                and not _CLAUSE_BREAK.search(text, after, m.start()):
            return True
    return False


# a closing tag whose spaces a bad conversion turned into dashes: ",-The Wall Street
# Journal-reported." (a capitalised name glued to both dashes, the tag's verb last)
_DASHED_TAG = re.compile(
    r",\s*-(?-i:(?:The\s+)?(?:[A-Z][\w&.’']*\s+){0,4}[A-Z][\w&.’']*)-(?:reported|reports|said|says|wrote|writes)\b"
    r"[^.;:!?\"“”]{0,40}[.!]?[\s\"”’]*\Z"
)


def _dashed_tag(doc: Document, si: int, cue_end: int, facts: _DocFacts) -> bool:
    """Does the cue's sentence, or the next one of its paragraph, close on an outlet's tag whose
    spaces are dashes (",-The Wall Street Journal-reported.")? Read as the tag it is, it names
    who reported it, as ", The Wall Street Journal reported." does."""
    text = doc.text
    s = doc.sentences[si]
    if _DASHED_TAG.search(text, cue_end, s.end) is not None:
        return True
    if not _next_can_attribute(doc, si, facts):
        return False
    nxt = doc.sentences[si + 1]
    return _DASHED_TAG.search(text, nxt.start, nxt.end) is not None


_ACCOUNT_NOTE = " The sentences around it tell someone's own account (\"she says\"): if it is theirs, say so here."
# a parenthetical tag with a pronoun, the teller of a running account: "But once she started
# going alone, she says, the treatments changed."; "Then, she says, he would ..."
_ACCOUNT_TAG = re.compile(r"(?i),\s+(?:he|she|they)\s+(?:says|said|recalls|recalled|explains|explained)\s*,")


def _inside_account(doc: Document, si: int) -> bool:
    """Is the cue's sentence set between two sentences of the same paragraph that each carry a
    pronoun's parenthetical tag ("..., she says, the treatments changed. He would allegedly ask
    her to ... Then, she says, he would ...")? The doubt adverb sits inside that person's own
    account, which the tags on both sides attribute: a hint, not a warning. One tag on one side
    only does not make the account run through it."""
    sentences = doc.sentences
    if si == 0 or si + 1 >= len(sentences):
        return False
    prev, cur, nxt = sentences[si - 1], sentences[si], sentences[si + 1]
    if not prev.block == cur.block == nxt.block:
        return False
    text = doc.text
    return (_ACCOUNT_TAG.search(text, prev.start, prev.end) is not None
            and _ACCOUNT_TAG.search(text, nxt.start, nxt.end) is not None)


# a second clause between a cue and a closing "according to" (not a relative aside)
_CLAUSE_BREAK = re.compile(r";|\bbut\b|,\s*(?:while|although|though|whereas|yet|and)\b|\s[—–]\s|\s--\s")


# the accused, not accusers: a group noun with the participle of a charge and its "of"
# ("board members accused of misusing funds", "officials suspected of graft"): the reduced
# relative's hidden agent is the prosecutor, and the group says nothing
_ACCUSED_OF = re.compile(r"(?is).*\b(?:accused|suspected|convicted|charged|acquitted|cleared)\Z")
_OF_AFTER = re.compile(r"\s+(?:of|with)\b")
# a named group by its initials before its fighters' noun: "YBS forces", "PKK fighters" (three
# capitals or more: "US forces", "UN troops" place them only); a country's initials stay
_ARMED_HEADS = frozenset("forces fighters militia militias militiamen troops rebels units".split())
_INITIALS = re.compile(r"[A-Z]{3,6}")
_COUNTRY_INITIALS = frozenset("USA UAE DRC PRC ROK DPRK CAR".split())


def _named_armed_group(text: str, start: int, end: int, head: str) -> bool:
    """Is the cue an armed group's fighters, the group named by its initials ("YBS forces
    suggested", "PKK fighters said")? The group speaks, as a party to a conflict does through
    its statements: it is named. "Government forces said" or "US troops said" stay."""
    if head.lower() not in _ARMED_HEADS:
        return False
    words = text[start:end].split()
    return (len(words) >= 2 and _INITIALS.fullmatch(words[0]) is not None
            and words[1].lower() in _ARMED_HEADS and words[0] not in _COUNTRY_INITIALS)


_WHERE_SPOKE_NOTE = " The sentence names who spoke where they said it: if it is their view, say so here."
# "at a press conference in Ramallah, where Fares spoke along with ...": who spoke at the
# occasion where the group said it, named in the same sentence
_WHERE_NAMED_SPOKE = re.compile(
    rf",\s+(?:at\s+which|where)\s+(?-i:{NAME})\s+(?:\w+ly\s+|also\s+)?(?:spoke|speaks|talked|addressed|presented)\b"
)
# talks and who held them, before an impersonal "it was agreed": "after talks involving the
# Russians and rebel forces,", "at a meeting between the two ministers,"
_TALKS_OF_PARTIES = re.compile(
    r"(?i)\b(?:talks|negotiations|meetings?|discussions|summit|consultations)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:between|involving|with|among|of)\s+(?:the\s+)?[\w-]+"
)
_IT_AGREED = re.compile(r"(?i)it\s+(?:was|had\s+been|has\s+been|is)\s+agreed\b")


def _decided_by_named_parties(text: str, s_start: int, cue_start: int, cue_end: int) -> bool:
    """Is the cue an impersonal "it was agreed" after talks whose parties its sentence gives
    ("After long talks involving the Russians and rebel forces, it was agreed that ...")? An
    agreement is the act of the parties that made it, not a view someone holds unnamed; "In the
    end, it was agreed that ..." names no party, and stays."""
    if _IT_AGREED.match(text, cue_start, cue_end + 8) is None:
        return False
    return _TALKS_OF_PARTIES.search(text, s_start, cue_start) is not None and not _BREAK.search(
        text, s_start, cue_start)


# a verb of barring or removing, whose object a reduced relative "deemed ..." qualifies: "a ban
# on all content deemed blasphemous", "the regulator blocks material deemed obscene"
_BARRING = re.compile(
    r"(?i)\b(?:bans?|banned|banning|blocks?|blocked|blocking|bars?|barred|barring|prohibits?|prohibited|"
    r"prohibiting|outlaws?|outlawed|censors?|censored|removes?|removed|removing|forbids?|forbade|"
    r"deletes?|deleted|restricts?|restricted|restricting|restrictions|disregards?|disregarded|disregarding|"
    r"excludes?|excluded|excluding)\b"
)
_BE_OR_HAVE = frozenset("is are am was were be been being has have had get gets got not also often".split())
_DEEMED_AFTER_NOUN = re.compile(r"(?i)(?<![’'])\b[a-z][\w-]*\s+$")


def _deemed_by_the_bar(text: str, s_start: int, cue_start: int, cue_end: int) -> bool:
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
    return bool(bars) and not _BREAK.search(text, bars[-1].end(), cue_start)


# an impersonal passive of telling, negated: "It's never stated that", "it was not reported
# that" ("It is not thought that anyone was hurt" holds a view, and stays)
_NEGATED_TELLING = LazyRegex(
    r"(?i)it(?:[’']s|\s+is|\s+was|\s+has|\s+had)?\s+(?:not|never)\s+(?:been\s+)?"
    r"(?:stated|said|mentioned|specified|explained|announced|disclosed|reported)\b"
)
# a faith or its tradition as the holder of a passive's view, right after it: "are considered
# holy in Hinduism", "is seen as sacred in Hindu tradition" ("in the region", "by many" do not)
_FAITH_HOLDS = LazyRegex(
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


def _deemed_a_ruling(text: str, cue_start: int, cue_end: int) -> bool:
    """Is the cue a passive "deemed" whose complement is what an official, a referee or a doctor
    decides ("The Everton man was deemed fit to play", "the fixture was deemed unplayable")?
    That is a ruling, made by whoever has the office to make it, not a view held by people the
    story does not name. ("was deemed a failure", "is deemed too risky" stay.)"""
    if not text[cue_start:cue_end].lower().rstrip().endswith("deemed"):
        return False
    return _RULING.match(text, cue_end) is not None


_BODY_NOTE = " They read as officials of the body named earlier in the sentence: say so (\"the authority's officials\")."
# an absolute "with" clause opened by bare "officials" and a participle: "..., with officials blaming"
_WITH_OFFICIALS = re.compile(r"(?i)\bwith\s+$")
_BARE_OFFICIALS = re.compile(r"(?i)officials\s+\w+ing\b")
# a body the sentence names before: "the Syrian government's water authority", "the ministry"
_BODY_BEFORE = re.compile(r"(?i)\b(?:the|its|their)\s+((?:[\w’'-]+\s+){0,4}[\w’'-]+)")


def _officials_of_named_body(text: str, s_start: int, cue_start: int, cue_end: int) -> bool:
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


# research and the people who do it: once a piece has named its study, later unnamed mentions
# ("the research suggests", "scientists found") most likely point back to it
_RESEARCH = frozenset("study research evidence survey poll analysis finding paper".split())
_RESEARCH_PEOPLE = frozenset("scientists scientist researchers researcher academics scholars".split())
_NAMED_RESEARCH = re.compile(
    r"\b(?:published|appearing|appeared|reported|presented)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?:journal\s+)?[A-Z]"
    r"|\bjournal\s+(?:of\s+)?[A-Z]|\bet\s+al\b"
    r"|\b(?:study|studies|report|survey|poll|research|analysis|paper|researchers|scientists|team)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:by|from|at|of|led\s+by)\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+)*(?:University|Institute|College|Centre|Center|School|Laboratory|Agency|Council|Foundation)\b"
)


# the journal right after the researchers' own verb of writing: "researchers report in JAMA
# Pediatrics", "scientists write in the journal Nature", "reported in The Lancet" (a title of
# two capitalised words or more, or after "journal": "report in Britain" is a place)
_JOURNAL_AFTER_VERB = re.compile(
    r"\s+in\s+(?:the\s+journal\s+[A-Z]|(?:[Tt]he\s+)?"
    r"[A-Z][\w&-]*(?:\s+(?:of|and|in|for|on|the|&)){0,2}\s+[A-Z])"
)
_WRITING_VERBS = ("report", "reports", "reported", "write", "writes", "wrote")
# words after which a document is identified: its journal, its authors, its publisher
_DOCUMENT_NAMED = re.compile(
    r"\b(?:published|conducted|commissioned|carried\s+out|released|issued|compiled|produced|"
    r"authored|written|funded|led|presented)\s+(?:on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?(?:\w+\s+){0,2}?"
    r"(?:in|by|at|for)\s+(?:the\s+)?(?:journal\s+)?[A-Z]"
    r"|\bjournal\s+(?:of\s+)?[A-Z]|\bet\s+al\b"
    r"|\b(?:researchers|scientists|authors|economists|analysts)\s+(?:at|from|with)\s+(?:the\s+)?[A-Z]"
)
# a document noun of the next sentence's subject, named by its maker ("The monthly report by the
# National Oceanic and Atmospheric Administration is ...") or by its title, in capitals with a
# document noun of its own ("The Annual Report on Overseas Chinese Study said ...") or set off
# after the noun ("The report - A Civil Society Perspective on Tobacco Control - was ...")
_DOCUMENT_NOUNS = r"(?:report|study|survey|poll|index|review|analysis|census|paper|assessment)"
_DOCUMENT_OPENS_NAMED = LazyRegex(
    r"[\s\"“]*The\s+(?:"
    r"(?:[a-z][\w-]*\s+){0,2}?" + _DOCUMENT_NOUNS + r"\s+(?:by|from)\s+(?:the\s+)?[A-Z]"
    r"|(?:[a-z][\w-]*\s+){0,2}?" + _DOCUMENT_NOUNS + r"\s*(?:[-–—,(:]|\s-)\s*(?:A\s+|An\s+|The\s+)?[A-Z][\w-]*\s+[A-Z]"
    r"|(?:[A-Z][\w’'-]*\s+(?:(?:of|on|for|and|the|in)\s+)*){1,6}(?-i:Report|Study|Survey|Poll|Index|Review|Census)\b)"
)


# the document's maker in a relative clause right after it: "an estimate that the Joint
# Committee on Taxation provided to" ("an estimate that the program will cost" names nobody)
_MAKER_CLAUSE = re.compile(
    r"\s+(?:that|which)\s+(?:the\s+)?(?-i:[A-Z][\w&’'-]*)(?:\s+(?:of|on|for|and|the|(?-i:[A-Z][\w&’'-]*)))*\s+"
    r"(?:had\s+|has\s+)?(?:provided|prepared|published|released|produced|compiled|made|issued|drew\s+up|drawn\s+up)\b"
)


def _document_named_near(doc: Document, si: int, after: int) -> bool:
    """Is the unnamed document identified after its cue, in its sentence or the next one of
    the same paragraph ("A new study found X. The research, published in Nature, ...")?"""
    sentences = doc.sentences
    end = sentences[si].end
    if si + 1 < len(sentences) and sentences[si + 1].block == sentences[si].block:
        end = sentences[si + 1].end
    if _MAKER_CLAUSE.match(doc.text, after, end) is not None:
        return True  # "according to an estimate that the Joint Committee on Taxation provided"
    if _DOCUMENT_NAMED.search(doc.text, after, end) is not None:
        return True
    if end > sentences[si].end:
        # "..., according to a recent survey. The Annual Report on Overseas Chinese Study said"
        return _DOCUMENT_OPENS_NAMED.match(doc.text, sentences[si + 1].start, end) is not None
    return False


# How many paragraphs back "the piece has named its study" is looked for. An archive file
# holds many articles, and a study named in one does not vouch for "scientists found" in
# another; the judge also never looks further than the context a part of a large file is
# linted with (``lintnews.execution.split.MARGIN_BLOCKS``, a test keeps the two in step).
RESEARCH_REACH_BLOCKS = 10


def _research_named_before(doc: Document, si: int, pos: int) -> bool:
    """Has the piece named a study, a journal or a research institution before ``pos``, in
    the cue's paragraph or the :data:`RESEARCH_REACH_BLOCKS` before it?"""
    block = doc.sentences[si].block
    start = doc.blocks[max(0, block - RESEARCH_REACH_BLOCKS)].start
    m = _NAMED_RESEARCH.search(doc.text, start, doc.blocks[block].end)
    return m is not None and m.start() < pos


def _headline_then_source(doc: Document, si: int, cue_start: int, facts: _DocFacts) -> bool:
    """Is the cue in a headline whose first body sentence names a source? A headline has no
    room for attribution: the lead under it gives it ("Officials warn of floods" / "The
    Environment Agency said on Sunday ..."). Whether the lead's source is the headline's
    own cannot be told from the words: a hint, not a warning."""
    if not doc.in_headline(cue_start) or si + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[si + 1]
    return any(m.kind == "named" and _identifies(m) for m in facts.mentions(nxt.start, nxt.end))


def _reported_by_named_lead(doc: Document, si: int, cue_start: int, cue_end: int, facts: _DocFacts) -> bool:
    """Is the vague source inside what a named speaker says ("Mayor Ana Ruiz said critics
    have long argued ...", "Analysts had expected a rise, he said")? The speaker vouches for
    the report that others hold the view; the others stay unnamed, so it is a hint."""
    text = doc.text
    s = doc.sentences[si]
    return any(m.kind == "named" and m.style in ("subject", "inverted") and _covers(text, m, cue_start, cue_end)
               for m in facts.mentions(s.start, s.end))


# a closing tag: after a comma (and a closing quotation mark) at the end of its sentence, or
# before a participle that goes on (", an official said, describing the talks as ...")
_TAG_LEFT = re.compile(r"[,;][\"”’]?\s*$")
_TAG_RIGHT = re.compile(r"(?:\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:agency|radio|television|newspaper|reporters|[A-Z]{2,5}))?"
                        r"\s*(?:[.!?]|,\s+\w+ing\b|$)")


def _closing_tag(doc: Document, si: int, cue_start: int, cue_end: int) -> bool:
    """Is the vague source the closing tag of its sentence ("Mr Lee told the envoy they had two
    days, an official said.")? Then it is the teller of the whole sentence, the named speaker
    inside it included: not a report the named speaker vouches for."""
    s = doc.sentences[si]
    text = doc.text
    return (_TAG_LEFT.search(text, s.start, cue_start) is not None
            and _TAG_RIGHT.match(text, cue_end, s.end) is not None)


_AUTHORITY_NOTE = " The next sentence names the body that speaks: if they are its officials, say so here."
_AUTHORITY_BEFORE_NOTE = " The sentence before names the body that speaks: if they are its officials, say so here."
_COLLECTIVE_NOTE = " The next sentence names the body they speak for: name it here."
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


def _collective_named_next(doc: Document, si: int, head: str) -> bool:
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
_AUTHORITY_HEADS = frozenset(("official", "authority"))


def _according_to_person_after(doc: Document, si: int, cue_end: int, facts: _DocFacts) -> bool:
    """Does a named person's "according to" close the cue's sentence ("Farmers are seen by the
    police as squatters, according to Omar Ruiz, an expert on land law.")? The person vouches
    for the report that the group holds the view, as a lead does ("Ruiz said the police see
    ..."): a hint, not a warning. An institution or an outlet ("according to Reuters") is left
    alone: it passes the group's words on, it does not answer for them."""
    text = doc.text
    s = doc.sentences[si]
    for m in facts.mentions(s.start, s.end):
        if m.kind != "named" or m.style != "according" or m.start < cue_end or not _identifies(m):
            continue
        words = m.phrase.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and not any(
                w.lower().rstrip(".,").removesuffix("'s") in _BODY_WORDS for w in words) \
                and _role_apposition().match(text, m.src_start + len(m.phrase)) is not None \
                and ";" not in text[cue_end : m.start]:
            return True
    return False


@cache
def _role_apposition() -> re.Pattern[str]:
    """A person's role in apposition to a name: "Omar Ruiz, an expert on", "Ana Roe, professor
    of", "Li Wei, a senior official" (a noun of ``source-nouns``, ``office-titles`` or
    ``expertise-titles``); an outlet's or a body's name has none ("according to Al Jazeera.")."""
    roles = {f for cls in ("source-nouns", "office-titles", "expertise-titles") for f in lx.forms(cls, lx.NOUN)}
    alt = "|".join(sorted(map(re.escape, roles), key=len, reverse=True))
    # (a chief officer's initials are a role too: "Kiril Dmitri, CEO of the fund")
    return re.compile(rf",\s+(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?:{alt}|(?-i:CEO|CFO|COO|CTO))\b")


def _authority_body_next(doc: Document, si: int, cue_start: int, cue_end: int, head: str, facts: _DocFacts) -> bool:
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
    return _body_speaks(doc, si, nxt, cue_start, cue_end, facts)


def _authority_body_before(doc: Document, si: int, cue_start: int, cue_end: int, head: str, facts: _DocFacts) -> bool:
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


def _body_speaks(doc: Document, si: int, nxt: Sentence, cue_start: int, cue_end: int, facts: _DocFacts) -> bool:
    """Does ``nxt`` (the sentence after the cue's sentence ``si``, or before it) speak through a
    public body named as the definite subject of its lead or tag ("the coastguard said", "the
    Tennessee Bureau of Investigation said"), one the cue's group may belong to?"""
    bodies = lx.forms("public-bodies", lx.NOUN)
    text = doc.text
    for m in facts.mentions(nxt.start, nxt.end):
        if m.kind != "named" or m.style not in ("subject", "inverted"):
            continue
        words = m.phrase.split()
        if words[0].lower() != "the" or not any(w.lower() in bodies for w in words[1:]):
            continue  # "the coastguard", "the Tennessee Bureau of Investigation"
        group = text[cue_start:cue_end].split()
        places = {w for w in group[1:] if w[:1].isupper()}
        if group and group[0][:1].isupper() and (text[doc.sentences[si].start : cue_start].strip(" \"“-–—")
                                                 or group[0].lower() not in _COMMON_MODIFIERS):
            places.add(group[0])  # "Philippine officials said", not "State officials said"
        if places and any(w[:1].isupper() for w in words[1:]) and not places & set(words[1:]):
            # "the Chinese foreign ministry" after "Philippine officials"; a group with no
            # place of its own ("state officials", "federal safety officials") may be any
            # body's, and "the Tennessee Bureau" after "Tennessee authorities" is the same place
            continue
        if _vouches_for_previous(text, m, nxt.start, nxt.end) or _TAG_TAIL.fullmatch(text, m.end, nxt.end):
            return True
    return False


# words that open a group's phrase with a capital only because they open the sentence: no place
_COMMON_MODIFIERS = frozenset("state federal local city county regional provincial government senior top "
                              "security health police fire rescue school safety administration some many "
                              "other several two three according officials authorities".split())


# the next sentence names who made what the cue's sentence said: a word pointing back at it and
# its maker as the agent ("The warning has been made by NHS Providers", "The figures were
# published by the statistics office")
_MAKER_NAMED = re.compile(
    r"[\s\"“]*(?:The|This|That|These|Those|Their|Its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:warnings?|claims?|comments?|remarks?|criticism|call|calls|figures?|estimates?|forecasts?|"
    r"predictions?|assessments?|statements?|findings?|concerns?|allegations?)\s+"
    r"(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:\w+ly\s+)?"
    r"(?:made|issued|given|raised|voiced|sounded|delivered|published|released|set\s+out|put\s+forward)\s+by\s+"
    r"(?:the\s+)?(?-i:[A-Z][\w’'&-]*)"
)


def _maker_named_next(doc: Document, si: int) -> bool:
    """Does the next sentence of the paragraph (or the next paragraph's first) open by naming
    who made the claim just reported ("..., health bosses say. The warning has been made by NHS
    Providers, which represents hospital trusts.")? The name answers the cue's "which bosses?"
    in the next sentence, as the guidelines allow."""
    if si + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[si + 1]
    if nxt.block > doc.sentences[si].block + 1 or doc.in_headline(nxt.start):
        return False
    return _MAKER_NAMED.match(doc.text, nxt.start, nxt.end) is not None


def _previous_named_lead(doc: Document, si: int, facts: _DocFacts) -> bool:
    """Does the sentence before, in the same paragraph, open with a named source's lead
    ("Police said the man fled. He is believed to have crossed the border.")? The reader
    takes the next claim as the same source's, but the words do not say so: a hint."""
    if si == 0:
        return False
    prev, cur = doc.sentences[si - 1], doc.sentences[si]
    if prev.block != cur.block:
        return False
    text = doc.text
    for m in facts.mentions(prev.start, prev.end):
        if (m.kind == "named" and _identifies(m) and not _group(m.phrase) and m.style in ("subject", "according")
                and _SENTENCE_OPENER.fullmatch(text[prev.start : m.src_start])):
            return True
    return False


# a reaction whose givers are listed after it and one of them is named, as the list's head
# ("drawn criticism from human rights groups and the UN", "criticism, including from the
# artist Ana Ruiz"): the reader is given one source, the others stay vague; a hint. The
# rule's own pattern already clears a name right after "from"; "from US lawmakers" (a name
# that only modifies) or no name in the clause leaves the warning
_REACTION_FROM_NAMED = re.compile(
    r",?[\s-]+(?:(?:including|notably|especially|chiefly|mainly)[\s-]+)?(?:from|by)\s+"
    r"[^.;:!?]{0,80}?\b(?:[A-Z]{2,}|[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+)+)(?=\s*(?:[.,;:!?)]|\s+(?:and|or)\b|$))"
)
_PARTLY_NAMED_NOTE = " One of those it lists is named, the rest are not: name them, or say who they are."


# a speaker named by at least two capitalised words (a person or a body, "Ana Ruiz", "The
# Red Cross"), possibly with an apposition, then a verb that gives an account of something
# rather than a clause ("elaborated on", "detailed", "outlined", "spoke of"): the lexicon of
# speech knows "said that", not these
_DESCRIBER = re.compile(
    r"\b[A-Z][\w'’-]+(?:\s+(?:(?:de|da|van|von|al|of|the|for)\s+)*[A-Z][\w'’.-]+)+(?:,[^,;:.!?]{2,80},)?\s+"
    r"(?:\w+ly\s+)?(?:elaborated\s+(?:on|upon)|expanded\s+(?:on|upon)|detailed|outlined|recounted|"
    r"spoke\s+(?:of|about)|talked\s+about|testified\s+(?:about|to))\s"
)
_DESCRIBER_NOTE = " The speaker named before it in the sentence gives this account: say so (\"she said\")."


def _described_by_named_speaker(text: str, s_start: int, cue_start: int) -> bool:
    """Is the cue inside what a speaker named in its sentence gives an account of ("Nicolette
    Ruiz, a researcher at the group, elaborated on the conditions prisoners allegedly face")?
    The claim is the speaker's, told with a verb of speech the source lexicon does not know;
    the words do not say so outright: a hint. A doubt adverb only: a passive after the topic
    ("outlined the plan regarded by many as a failure") can be the writer's own report of a
    view. A clause break between them ("; ", ", but", a relative) ends the account; a vague
    speaker ("Officials detailed") has one capital only."""
    last = None
    for m in _DESCRIBER.finditer(text, s_start, cue_start):
        last = m
    return last is not None and not _BREAK.search(text, last.end(), cue_start)


def _held_elsewhere(doc: Document, si: int, cue_start: int, cue_text: str, facts: _DocFacts) -> str:
    """Is the view held by a document or publisher the writer has just given? The clause
    before a colon or dash ("The NFU surveyed its members: yields were estimated ..."), the
    line a list hangs from ("The report found:"), or the sentence before, even across a
    paragraph break: news paragraphs are often one sentence ("A YouGov poll put Labour on 33
    per cent. // The Conservatives are estimated to be on 25."), there only for a figure's
    passive ("is estimated to", "was put at"): a document measures, it does not believe, and
    "is thought to" after it is someone's view. "Reportedly" or "allegedly"
    after a named outlet or person who "reported" or "alleged" it in the sentence before
    points back to them. An allegation's holder comes first (:func:`holder.allegation`:
    "fined for allegedly ...", court copy). The words do not say so outright: a hint, with
    the note (or "") that says where the holder is."""
    text = doc.text
    sentences = doc.sentences
    s = sentences[si]
    alleged = holder.allegation(text, sentences, si, cue_start, cue_text)
    if alleged:
        return alleged
    if holder.introduced_by_lead(text, s.start, cue_start):
        return _DOCUMENT_NOTE
    if holder.names_someone(text, s.start, cue_start):
        return _NAMING_NOTE  # "Police identified the man as Tom Reyes, 40, who was believed to ..."
    if holder.in_survey(text, cue_start + len(cue_text), s.end):
        return _SURVEY_NOTE  # "was considered one of the best in two surveys of historians"
    if _documents_find(text, s.start, cue_start):
        return _SURVEY_NOTE  # "Polls show US public opinion is deeply divided": what the polls measured
    if holder.VERDICT.search(cue_text) and (
            holder.verdict_of_document(text, s.start, s.end)
            or (si and holder.verdict_of_document(text, sentences[si - 1].start, sentences[si - 1].end))):
        return _VERDICT_NOTE  # "The audit faulted the board. The chairman was also criticised ..."
    # (news paragraphs are often one sentence: the next may open the next paragraph)
    if holder.CLASSIFYING.search(cue_text) and si + 1 < len(sentences) and sentences[si + 1].block <= s.block + 1 \
            and holder.classified_by(text, sentences[si + 1].start, sentences[si + 1].end):
        return _CLASSIFIED_NOTE  # "It is labelled hazardous. ... is classified as such by the Center."
    block = s.block
    if holder.list_item(text, doc.blocks[block].start):
        b = block - 1
        while b >= 0 and holder.list_item(text, doc.blocks[b].start):
            b -= 1
        if b >= 0:
            intro = doc.blocks[b]
            if text[intro.start : intro.end].rstrip().endswith(":"):
                j = doc.sentence_index(intro.end - 1)
                p = sentences[j]
                if holder.leads(text, p.start, p.end) or any(
                        m.kind == "named" and _identifies(m) for m in facts.mentions(p.start, p.end)):
                    return _DOCUMENT_NOTE
    if si == 0:
        return ""
    prev = sentences[si - 1]
    if doc.in_headline(prev.start):
        # "Jobless rate falls to 4.1%, ONS says" over "Unemployment is estimated to have fallen
        # ...": the first body sentence gives the figures the headline's source put out
        if holder.MEASURED.search(cue_text) and any(
                m.kind == "named" and _identifies(m) for m in facts.mentions(prev.start, prev.end)):
            return _DOCUMENT_NOTE
        return ""
    if prev.block == s.block and holder.names_someone(text, prev.start, prev.end):
        return _NAMING_NOTE  # "Police named the man as Tom Reyes. He is believed to have ..."
    if holder.leads(text, prev.start, prev.end) and holder.MEASURED.search(cue_text):
        return _DOCUMENT_NOTE  # a document holds figures, not beliefs: "is thought to" after it stays
    verb = _ECHOED_VERB.get(cue_text.lower())
    if verb is not None and any(
            m.kind == "named" and _identifies(m) and m.style == "subject"
            and text[m.src_start : m.verb_end].lower().endswith(verb)
            for m in facts.mentions(prev.start, prev.end)):
        return _ECHO_NOTE
    return ""


_DOCUMENT_NOTE = " It reads as the finding of the document named just before: say so (\"the survey estimates\")."
_NAMING_NOTE = " It reads as part of the statement that named the person just before: say so (\"police said\")."
_SURVEY_NOTE = " It reads as the finding of the survey or poll the sentence names: say whose it is."
_VERDICT_NOTE = " It reads as the verdict of the report or ruling named here or just before: say so (\"the audit criticised\")."
_CLASSIFIED_NOTE = " The next sentence names the body that lists or rates it: say so here."
_ECHO_NOTE = " It points back to the report named just before: say so (\"the paper reported\")."
# a doubt adverb and the verb whose report it echoes
_ECHOED_VERB = {"reportedly": "reported", "allegedly": "alleged"}


def _group(phrase: str) -> bool:
    """A group, not one source: "Islanders", "Local residents", "Senior officials" (a plural
    person noun, or one capitalised plural word)."""
    words = phrase.replace("’", "'").split()
    last = words[-1].lower()
    if last in lx.plural_nouns("source-nouns"):
        return True
    return len(words) == 1 and last.endswith("s") and last not in sourcing.INSTITUTIONS


# the plural documents a sentence opens with: "Polls show", "Recent studies suggest", "The surveys found"
_DOCUMENTS_OPEN = re.compile(r"[\s\-–—]*(?:(?:The|These|Those|Recent|Several|Many|Most|Other|New|Opinion)\s+)?(\w+)\s+")


# a finding verb after the documents a sentence opens with: "Polls show", "Recent surveys suggest"
_FINDING = re.compile(r"\s*(?:show|showed|shown|suggest|suggested|indicate|indicated|find|found)\b")


# a sentence that opens with a document its maker names (a capitalised name, possessive or not)
# and a finding verb: "Asda's poll of some 2,600 people found", "A YouGov survey showed"
_NAMED_DOCUMENT_FINDS = LazyRegex(
    r"[\s\-–—]*(?:(?:A|An|The)\s+)?(?:[A-Z][\w&.’'-]*\s+){0,3}[A-Z][\w&.-]*(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:poll|survey|study|analysis|census)s?\b[^.;:!?]{0,80}?\b"
    r"(?:shows?|showed|shown|suggests?|suggested|indicates?|indicated|finds|found)\b"
)


def _documents_find(text: str, s_start: int, cue_start: int) -> bool:
    """Does the cue's sentence open with plural documents and a finding verb ("Polls show US
    public opinion is deeply divided")? The cue is what they measured: the documents are its
    holder, and their own cue ("which polls?") carries the question."""
    if _NAMED_DOCUMENT_FINDS.match(text, s_start, cue_start) is not None:
        return True  # "Asda's poll of 2,600 people found opinion was split": the poll's measure
    m = _DOCUMENTS_OPEN.match(text, s_start, cue_start)
    return (m is not None and m.group(1).lower() in lx.plural_nouns("report-nouns")
            and _FINDING.match(text, m.end() - 1, cue_start) is not None)


def _counts_documents(doc: Document, si: int, start: int, head: str) -> bool:
    """Is a bare quantifier opening its sentence ("Most indicate a slim majority") a count of
    the documents the sentence before opened with ("Polls show the public divided.")? With no
    noun of its own, "most" takes the last plural the reader met: the polls, not people."""
    if head not in QUANTIFIER_HEADS or si == 0:
        return False
    s, prev = doc.sentences[si], doc.sentences[si - 1]
    text = doc.text
    if prev.block != s.block or text[s.start : start].strip(" -–—\"“") or text[start : start + len(head)].lower() != head:
        return False
    m = _DOCUMENTS_OPEN.match(text, prev.start, prev.end)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in lx.plural_nouns("report-nouns")


_POLL = re.compile(r"(?i)\b(?:poll|polls|survey|surveys|census|polling)\b")
_POLL_OWNER = re.compile(r"\s+(?:by|from|for|of)\s+(?:the\s+)?[A-Z]")  # "a poll by the Angling Trust"


# the rest of an opening "according to" phrase up to its comma ("According to documents seen by
# this newspaper, "): a short modifier, no second clause
_ACCORDING_LEAD_REST = re.compile(r"[^,;:.!?\"“”—–]{0,60},\s*")
_ACCORDING_LEAD_NOTE = " The sentence opens with its source (\"according to\"): this is what that source reports."


def _according_lead(doc: Document, si: int, cue_start: int, facts: _DocFacts) -> sourcing.Mention | None:
    """The "according to" phrase that opens the cue's sentence, when the vague group is the
    subject of the clause right after its comma ("According to The Daily Star, sources say
    ...", "According to documents seen by this paper, officials raised concerns ..."): the
    group and what it did are that source's report, not a second source of the sentence.
    A group after a break ("..., but officials say") speaks for itself."""
    s = doc.sentences[si]
    for m in facts.mentions(s.start, s.end):
        if m.style != "according" or m.end > cue_start:
            continue
        if doc.text[s.start : m.start].strip(" \t\"“'‘") or not doc.text[m.start].isupper():
            return None  # not the sentence's opening
        rest = _ACCORDING_LEAD_REST.match(doc.text, m.end, cue_start)
        return m if rest is not None and rest.end() == cue_start else None
    return None


# the group is what a teller cites: "citing", "quoting", "a report that cited"
_CITED_BEFORE = re.compile(r"(?i)\b(?:citing|quoting|(?:that|which)\s+(?:cited|quoted))\s+$")


def _cited_by_named_teller(doc: Document, si: int, cue_start: int, facts: _DocFacts) -> bool:
    """Is the vague group the object of "citing" or "quoting" whose teller the sentence has
    already named ("Bloomberg, citing people familiar with the talks, reported that ...",
    "according to a Bloomberg report that cited people familiar with the talks")? The teller
    vouches for relying on them, as the closing tag ", Reuters reported, citing people familiar
    with the matter." does: a hint. With no named teller before it the group stays a warning."""
    text = doc.text
    s = doc.sentences[si]
    if _CITED_BEFORE.search(text, max(s.start, cue_start - 25), cue_start) is None:
        return False
    return any(m.src_start < cue_start and (m.kind == "named" or sourcing.published(text, m.src_start))
               for m in facts.mentions(s.start, s.end))


def _measured_by_named_poll(doc: Document, si: int, start: int, end: int, facts: _DocFacts) -> bool:
    """Is the vague group the respondents of a poll or survey its sentence names as the
    source ("Most voters oppose the plan, a YouGov survey found", "according to a Reuters
    poll")? The poll identifies who they are: the people it asked."""
    text = doc.text
    s = doc.sentences[si]
    for m in facts.mentions(s.start, s.end):
        if not _POLL.search(m.phrase) or not _covers(text, m, start, end):
            continue
        if (m.kind == "named" or sourcing.published(text, m.src_start)
                or _POLL_OWNER.match(text, m.src_start + len(m.phrase))):
            return True
    return False


# a confirming verb and what the next sentence says it confirmed: nothing, or a word that
# points back ("the news", "the report", "it"), with a time or the form it took
_CONFIRMS = re.compile(r"(?i)(?:confirmed|confirms|has\s+confirmed|have\s+confirmed|later\s+confirmed|corroborated|verified)$")
_CONFIRMED_BACK = re.compile(
    r"(?i)\s*(?:(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:news|reports?|accounts?|claims?|plans?|decision|move|date|timing|figures?|details?|information|"
    r"deaths?|arrests?|letter|visit|talks|appointment|resignation)|it|this|that|so)?"
    r"(?:\s+(?:on|late|early|in|later|last|shortly|soon)\b[^,;:.\"“”]{0,30})?\s*[.!]?[\s\"”’]*"
)


def _confirmed_next(doc: Document, si: int, facts: _DocFacts) -> bool:
    """Does the next sentence of the paragraph open with a named source that confirms what this
    one says, and nothing more ("EU sources told Reuters the letter goes on Wednesday. Downing
    Street confirmed the news.")? The named source vouches for the claim the unnamed one made:
    the guidelines' "named source in the next sentence". A named source that confirms a
    clause of its own ("X confirmed that ...") speaks to that clause, not to this one."""
    if not _next_can_attribute(doc, si, facts):
        return False
    nxt = doc.sentences[si + 1]
    text = doc.text
    for m in facts.mentions(nxt.start, nxt.end):
        if m.style != "subject" or not _SENTENCE_OPENER.fullmatch(text[nxt.start : m.src_start]):
            continue
        if not (m.kind == "named" and _identifies(m)) and not _proper_name(m.phrase):
            continue
        if _CONFIRMS.search(text, m.src_start, m.verb_end) and _CONFIRMED_BACK.fullmatch(text, m.verb_end, nxt.end):
            return True
    return False


def _proper_name(phrase: str) -> bool:
    """Is the phrase a proper name, every word capitalised ("Downing Street", "Scotland Yard")?"""
    words = phrase.split()
    return bool(words) and words[0].lower() not in ("he", "she", "they", "it", "we", "i", "the") and all(
        w[:1].isupper() for w in words)


# "Many residents said ... One, Rosa Diaz, said": a member named after a bare "one" or "another"
_ONE_NAMED = re.compile(
    rf"\b(?:One|Another|One\s+of\s+them|Among\s+them)\s*,\s+(?-i:{NAME})\s*,"
    # "Many feel uneasy about it. One of them is Latvia's foreign minister Edgars Rinkevics.":
    # the member named as the predicate of "one of them", a title or a role before the name
    rf"|\b(?:One\s+of\s+them|Among\s+them)\s+(?:is|was|are|were)\s+(?:[\w.’'-]+\s+){{0,6}}?(?-i:{NAME})"
)


def _named_member(doc: Document, si: int, start: int, after: int, head: str) -> bool:
    """Is a member of the vague group named right after it, in its sentence or the next
    ("analysts say ... 'Quote,' Jane Roe, a research analyst at X, told CBS")?"""
    text = doc.text
    end = doc.sentences[si].end
    if si + 1 < len(doc.sentences):
        end = doc.sentences[_tag_sentence(doc, si + 1)].end
    if _ONE_NAMED.search(text, after, end) is not None:
        return True
    if _kin_group(text[start:after]) and _kin_named().search(text, after, end) is not None:
        return True  # "family members said ... Her grandfather, Nasser Haddad, a former minister, said"
    body = _BODY_OF.search(text, start, after)
    if body is not None and re.compile(
            rf"\b[Tt]he\s+{body.group(1).lower()}\s*,\s+(?-i:{NAME})\s*,").search(text, after, end) is not None:
        return True  # "according to a group of employees. The group, Staff Voice, formed ...": the body named
    heads = [head]
    if _member_pattern(head) is None:  # a quantifier ("some residents"): the noun it counts
        heads = [w for w in re.findall(r"[\w’'-]+", text[start:after].lower()) if w != head]
    for noun in heads:
        pattern = _member_pattern(noun)
        if pattern is not None and pattern.found(text, after, end):
            return True
    return False


# a body of people standing for its members: "a group of employees", "a coalition of residents"
_BODY_OF = LazyRegex(r"(?i)\b(?:a|an)\s+(group|coalition|network|association|alliance|collective|panel)\s+of\b")
_KIN_GROUP = re.compile(r"(?i)\b(?:family|families|relatives?|kin)\b")


def _kin_group(phrase: str) -> bool:
    """Is the vague group a family ("family members", "relatives", "the victim's family")?"""
    return _KIN_GROUP.search(phrase) is not None


@cache
def _kin_named() -> re.Pattern[str]:
    """A kinsman named as a speaker: "Her grandfather, Nasser al-Haddad, a former minister,
    said" or "his brother Omar Haddad told" (a kin noun of the ``kin-nouns`` class, with a
    possessive before it, and a speech verb after the name and its apposition: "his wife Dana
    Reyes, were killed" names a victim, not a source)."""
    kin = lx.alternation("kin-nouns", lx.NOUN)
    return re.compile(
        rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+(?:[\w’'-]+\s+){{0,2}}?[\w’'-]+['’]s?)\s+(?:[\w-]+\s+)?(?:{kin})"
        rf"(?:\s*,\s*|\s+)(?-i:{NAME})(?:\s+[a-z]{{1,3}}-[A-Z][\w’'-]*)?"
        rf"(?:\s*,[^,.;:!?\"“”]{{1,80}},)?\s*,?\s*{_SPOKE}"
    )


# a day or a month before the comma is a date, not a member's name ("leave in May, the source said")
_NOT_A_DATE = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
               r"June|July|August|September|October|November|December|Today|Yesterday|Tonight),)")


@cache
def _tag_verb() -> re.Pattern[str]:
    """A speech verb right after a phrase: "near Tulkarem, a security source said" is the
    subject of a closing tag, not an apposition to the place before the comma. One regex for
    every head noun (inside each head's own pattern, the verbs' alternation tripled the time
    to compile it)."""
    verbs = lx.alternation("source-verbs", lx.FINITE)
    return re.compile(rf"\s+(?:(?:had|has|have|later|earlier|also)\s+)?(?:{verbs})\b", re.IGNORECASE)


class _Members:
    """A member of a head noun's group named in the text, its patterns compiled when first
    needed.

    Compiling them takes 4-9 ms a noun (some thirty nouns on the 10 MB benchmark file, and
    again in every process a large file is linted in), and for most nouns no pattern can
    match where one is asked. Except for office holders, legislators and experts, whose
    patterns take any title of theirs, every pattern needs a form of the noun itself; for the
    other nouns a search for the forms alone, made first, skips the patterns (and compiling
    them) where none is in reach: on that file 19 of the 30 nouns asked about never needed
    their patterns."""

    __slots__ = ("_forms", "_heads", "_lemma", "_patterns")

    def __init__(self, lemma: str, heads: list[str], forms: re.Pattern[str] | None) -> None:
        self._lemma, self._heads = lemma, heads
        self._forms = forms  # (None: a noun whose patterns take titles too)
        self._patterns: _MemberPatterns | None = None

    def found(self, text: str, start: int, end: int) -> bool:
        """Is a member named between ``start`` and ``end``? (:meth:`_MemberPatterns.found`)"""
        if self._forms is not None and self._forms.search(text, start, end) is None:
            return False  # no form of the noun in reach: no pattern could match
        if self._patterns is None:
            self._patterns = _member_patterns(self._lemma, self._heads)
        return self._patterns.found(text, start, end)


class _MemberPatterns(NamedTuple):
    """The patterns of a member of a head noun's group named in the text."""

    apposition: re.Pattern[str]  # "Jane Roe, an analyst at": named unless a verb follows the noun
    named: re.Pattern[str]  # "analyst Jane Roe", "One resident, Mark Lee, said"
    titled: re.Pattern[str]  # "Wu Yan, deputy director of the agency, said": a title, no article
    relative: re.Pattern[str]  # "Sam Roe, who served as deputy minister,": the role in a relative clause
    reprise: re.Pattern[str]  # "the scientists, mostly from GNS Science,": the group again, placed

    def found(self, text: str, start: int, end: int) -> bool:
        """Is a member named between ``start`` and ``end``? (Each apposition is tried at its
        shortest, as the regex's lazy words find it: with a speech verb after its noun, the same
        noun again later in its five words is not tried: "near Tulkarem, a source said the source ...".)"""
        if self.named.search(text, start, end) is not None:
            return True
        verb = _tag_verb()
        if any(verb.match(text, m.end(), end) is None for m in self.apposition.finditer(text, start, end)):
            return True
        # a titled name only as a speaker: "met Sergei Gorkov, chairman of the bank." names the
        # man met, not the source; "according to Zhou Li, deputy head of X" or "Zhou Li, deputy
        # head of X, said" name the speaker
        if any(
            _SPEAKER_BEFORE.search(text, max(start, m.start() - 20), m.start()) is not None
            or _SPEAKER_AFTER.match(text, m.end(), end) is not None
            for pattern in (self.titled, self.relative)
            for m in pattern.finditer(text, start, end)
        ):
            return True
        # the group itself again, with the body its members come from, as the speaker of a tag
        # ('"...," the scientists, mostly from GNS Science, wrote'): no one member, but the
        # group is placed; "the scientists at Oxford were not asked" speaks no words
        return any(_REPRISE_TAIL.match(text, m.end(), end) is not None
                   for m in self.reprise.finditer(text, start, end))


# what makes a titled name a speaker: a lead before it, or its verb after the apposition's
# closing comma (with no comma the phrase is a closing tag's subject: "near Dunmore, a
# harbour source said")
_SPEAKER_BEFORE = re.compile(r"(?:[Aa]ccording\s+to|\bsaid|\bsays|\btold|\badded|\bwrote)\s+$")
_SPEAKER_AFTER = re.compile(
    r"[^,.;:!?\"“”]{0,100}?(?:\([^()]{0,40}\)[^,.;:!?\"“”]{0,30})?,[\s–—-]*(?:\w+ly\s+)?"
    r"(?:said|says|told|tells|added|adds|explained|noted|stated|warned|confirmed|confirms|wrote|writes)\b"
)


# the heads of a house's members, and the titles that name one: "Sen. Ana Roe", "Rep. Tom Lee"
_MEMBER_HEADS = frozenset(("member", "lawmaker", "legislator", "politician"))
# (a house's leaders are members too: "House Minority Leader Nancy Pelosi", "Speaker Paul Ryan")
_LEGISLATOR_TITLES = (r"(?-i:Rep|Reps|Sen|Sens)\.|representative|senator|congressman|congresswoman|"
                      r"assemblyman|assemblywoman|councillor|councilman|councilwoman|(?-i:MP|MSP|MEP)|"
                      r"(?-i:(?:Majority|Minority)\s+(?:Leader|Whip)|Speaker)")
# a member's verb of judging what is said ("Pelosi characterized his answers as perjury")
_JUDGED = r"(?:characterized|characterised|characterizes|characterises|described|describes)\b"

# what makes the group's reprise a speaker: its speech verb right after the body's name ("the
# analysts at Capital Economics said") or after the apposition's closing comma ("the scientists,
# mostly from the research body GNS Science, wrote"); not a clause of its own ("the members of
# Congress that were with me walked out and said")
_REPRISE_TAIL = re.compile(
    r"(?:[^,.;:!?\"“”]{0,80},|(?:\s+(?-i:[A-Z])[\w’'&.-]*)*)\s*(?:\w+ly\s+)?"
    r"(?:said|says|told|tells|added|adds|wrote|writes|noted|notes|warned|explained|stated|concluded)\b"
)
# the quantity of a group's reprise: "the scientists, mostly from", "the analysts, all at"
_REPRISE_SHARE = r"(?:(?:mostly|mainly|largely|chiefly|partly|all|both|many|most|some)\s+)?"

_MEMBERS: dict[str, _Members | None] = {}
# the verbs of a relative clause that gives a person's role: being, serving or working as one
_ROLE_VERBS = (r"(?i:is|was|has\s+been|had\s+been|became|remains|remained|served|serves|has\s+served|"
               r"worked|works|has\s+worked|acted|acts)")
# and of holding an office: "who heads the agency", "who chaired the panel"
_HEAD_VERBS = r"(?i:heads|headed|leads|led|chairs|chaired|directs|directed|runs|ran)"
# the verb of a speaker named with a title: "Fire Chief Tom Moore said"
_SPOKE = r"(?:said|says|told|tells|added|adds|explained|confirmed|confirms|noted|stated|warned)\b"
# bodies named for the group whose members they speak for ("the Home Builders Association")
_GROUP_BODIES = r"(?-i:Association|Union|Federation|Council|Alliance|Society|Guild|League|Coalition|Institute)\b"


def _capitalised(heads: list[str]) -> str:
    """The forms of a head with a capital first letter, matched case-sensitively: a word of an
    organisation's name ("Builders" in "the Home Builders Association")."""
    return "(?-i:" + "|".join(re.escape(h[:1].upper() + h[1:]) for h in heads) + ")"


def _member_pattern(head: str) -> _Members | None:
    """A name in apposition with a singular of ``head``: "Jane Roe, an analyst at",
    "analyst Jane Roe" (``None`` for a quantifier: "many" has no members to name)."""
    if head in _MEMBERS:
        return _MEMBERS[head]
    nouns = lx.forms("source-nouns", lx.NOUN)
    lemma = nouns.get(head)
    pattern = None
    if lemma is not None:
        heads = sorted({f for f, lem in nouns.items() if lem == lemma}, key=len, reverse=True)
        titled = lemma in lx.lemmas("office-holders") or lemma in _MEMBER_HEADS or lemma in lx.lemmas("expertise-titles")
        # (the forms as the patterns write them, in the same case-insensitive group)
        forms = None if titled else re.compile("(?i:" + "|".join(map(re.escape, heads)) + ")")
        pattern = _Members(lemma, heads, forms)
    _MEMBERS[head] = pattern
    return pattern


def _member_patterns(lemma: str, heads: list[str]) -> _MemberPatterns:
    """The patterns of :func:`_member_pattern` for the noun ``lemma`` (its forms ``heads``,
    longest first). Where the noun's titles are its own forms (not an office holder's, a
    legislator's or an expert's), each pattern matches one of them, written ``(?i:{alt})``
    (or capitalised: "the Home Builders Association"), which :class:`_Members` relies on."""
    nouns = lx.forms("source-nouns", lx.NOUN)
    alt = "|".join(map(re.escape, heads))
    titles = alt  # "analyst Jane Roe"; for office holders any title ("Fire Chief Tom Moore")
    spoke = _SPOKE
    if lemma in lx.lemmas("office-holders"):
        # "an official said ... Wu Yan, deputy director of the agency, said": any title of
        # an office names one of the officials
        titles = lx.alternation("office-titles", lx.NOUN)
    elif lemma in _MEMBER_HEADS:
        # "Two members said ... Rep. Luis Roe (D-Ill.) said": a legislator's title names a
        # member (of the house the story is about)
        titles = f"{alt}|{_LEGISLATOR_TITLES}"
        if lemma == "politician":
            # a lawmaker is one of the politicians ("politicians said ... party lawmaker
            # and former treasury undersecretary Faik Oz told")
            house = "|".join(sorted({re.escape(f) for f, lem in nouns.items() if lem in ("lawmaker", "legislator")},
                                    key=len, reverse=True))
            titles = f"{titles}|{house}"
        spoke = rf"(?:{_SPOKE}|{_JUDGED})"
    elif lemma in lx.lemmas("expertise-titles"):
        # "says one analyst ... Sara Roe, non-resident fellow and regional expert, told":
        # any title of expertise names one of the analysts or experts
        titles = lx.alternation("expertise-titles", lx.NOUN)
    head_verbs = rf"|{_HEAD_VERBS}\b" if lemma in lx.lemmas("office-holders") else ""
    # a second title joined to the first ("lawmaker and former treasury undersecretary"):
    # "and", "former" and one lower-case word before an office's title, nothing else
    offices = lx.alternation("office-titles", lx.NOUN)
    chain = rf"(?:\s+and\s+(?:former\s+)?(?:[a-z][\w-]*\s+)?(?i:{offices}))?"
    return _MemberPatterns(
        re.compile(
            rf"{_NOT_A_DATE}(?-i:{NAME}),\s+(?:(?i:an?|the|one|another|his|her|their)\s+)(?:[\w.’'-]+\s+){{0,5}}?(?i:{alt})\b"
        ),
        re.compile(
            rf"\b(?i:{alt})\s+(?-i:[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)"
            # "Fire Chief Tom Moore said": an office's title before a name that speaks (not
            # "with Russian President Vladimir Putin", named but no source)
            # (a comma may set the name off: "the Prisoners' Club director, Qadura Fares, told")
            rf"|\b(?i:{titles}){chain}(?:\s*,)?\s+(?-i:[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)(?:\s+\([^()]{{1,24}}\))?\s*,?\s+{spoke}"
            # "One resident, Mark Lee, said": the member named in apposition after the noun
            rf"|\b(?i:{alt}),\s+(?-i:[A-Z][\w’'-]+\s+[A-Z][\w’'-]+),"
            # "Russell Roe, executive vice president of the Home Builders Association": a
            # named officer of a body named for the group speaks for its members
            rf"|(?-i:[A-Z][\w’'-]+\s+[A-Z][\w’'-]+),\s+(?:[\w.’'-]+\s+){{0,6}}?(?:of|for|at)\s+(?:the\s+)?"
            rf"(?:(?-i:[A-Z][\w’'-]+)\s+){{0,3}}{_capitalised(heads)}['’]?\s+{_GROUP_BODIES}"
        ),
        # "Monica Roe, senior climate campaigner at environmentalist group X": a title with
        # no article, up to the member's noun (or an office's title) within ten words, of a
        # speaker ("talks with Pena Nieto, Videgaray and other officials that ..." name
        # no source); "the White House, a retired KGB officer who ... told" is a place and
        # a tag: the title ends its apposition, before "of", "at" or a stop
        re.compile(
            rf"(?<![Tt]he ){_NOT_A_DATE}(?-i:{NAME}),\s+(?!(?i:who|which|whose|where|when)\b)"
            rf"(?:(?i:an?|the|its|his|her|their)\s+)?(?:[\w.’'-]+\s+){{0,9}}?(?:(?i:vice|deputy|co|under)-)?"
            rf"(?:(?i:{alt})\b|(?i:{titles})\b(?=\s*(?:of|at|for|with|in|to)\b|\s*[,.;:—–(-]))"
        ),
        # "said Sam Roe, who served twice as deputy foreign minister": the role given in a
        # relative clause whose verb is one of being or serving ("who is a senior analyst",
        # "who has worked as an adviser"), or of heading ("who heads the agency") for an
        # office; a name with its role, as a speaker only (checked in ``found``). "Who" may
        # be glued to its verb by the "-" some copy has for a space ("who-served")
        re.compile(
            rf"{_NOT_A_DATE}(?-i:{NAME}),\s+(?i:who)(?:\s+|-)(?:(?:also|once|then|now|previously|formerly|later)\s+)?"
            rf"(?:{_ROLE_VERBS}\s+(?:[\w.’'-]+\s+){{0,6}}?(?:(?i:{alt})|(?i:{titles}))\b{head_verbs})"
        ),
        # "the scientists, mostly from the research body GNS Science,": the group's noun
        # again, definite, with the body it comes from (a capitalised name within six words)
        re.compile(
            rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?i:{alt}),?\s+{_REPRISE_SHARE}(?:from|of|at|with)\s+"
            rf"(?:[\w’'-]+\s+){{0,5}}?(?-i:[A-Z][\w’'-]+)"
        ),
    )


def _quoted(doc: Document, offset: int) -> bool:
    """Is ``offset`` inside someone's quoted words (attributed, a block quote, or a long quote)?"""
    q = doc.quotation_at(offset)
    if q is None:
        return False
    if q.single:
        return q.attributed
    return q.attributed or q.block_quote or q.end - q.start > 40


def _source_for(doc: Document, si: int, cue_start: int, cue_end: int,
                next_sentence: bool, facts: _DocFacts) -> str | None:
    """``"named"``, ``"described"`` or ``None``: the best source vouching for the cue.

    ``next_sentence=False`` for vague-source cues: "critics say" is not made specific by
    a different, named person speaking in the next sentence."""
    text = doc.text
    s = doc.sentences[si]
    best: str | None = None
    for m in facts.mentions(s.start, s.end):
        if not _covers(text, m, cue_start, cue_end):
            continue
        if m.kind == "named":
            return "named"
        if m.kind == "described":
            best = "described"  # "..., a senior official said": a hint (the official is flagged too)
    if best is None and next_sentence and _next_can_attribute(doc, si, facts):
        nxt = doc.sentences[si + 1]
        for m in facts.mentions(nxt.start, nxt.end):
            if m.kind == "named" and _identifies(m) and _vouches_for_previous(text, m, nxt.start, nxt.end):
                return "named"
    return best


def _vouches_for_previous(text: str, m: sourcing.Mention, start: int, end: int) -> bool:
    """A next-sentence source speaks for what came before when it opens its sentence
    ("Police said ...", "According to the ministry, ..."), or is its closing tag
    (", the ministry said."), not when it is buried in the middle of another claim."""
    if m.style == "according":
        return True
    lead = text[start : m.src_start]
    if m.style == "subject" and _SENTENCE_OPENER.fullmatch(lead):
        return True
    if m.style == "agent" and _ACCORDING_TO_DOCUMENT.search(text, start, m.start):
        return True  # "..., according to analysis from the Climate Committee.": the document's author
    if m.style in ("subject", "inverted") and _TAG_TAIL.fullmatch(text, m.end, end):
        return True  # "..., the prosecutor told reporters late on Saturday."
    return m.style in ("subject", "inverted") and not text[m.end : end].strip(" .\"”’")


# "according to analysis from", "according to a research report by": the agent names the author
_ACCORDING_TO_DOCUMENT = re.compile(r"\b[Aa]ccording\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}$")
# what a closing tag's verb may take: its hearer and when or where ("told reporters late on
# Saturday.", "told Reuters on Monday."), no clause of its own
_TAG_TAIL = re.compile(
    r"\s*(?:(?<=\s)(?:reporters|journalists|the\s+press|the\s+media|(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))\s*)?"
    r"(?:(?:on|in|at|late|early|last|this|yesterday|today|earlier|later)\b[^,;:\"“”.]{0,40})?"
    # "..., Reuters said, citing banking sources.": whose word the teller relies on, no new claim
    r"(?:,\s+(?:citing|quoting)\s+[^,;:\"“”.]{1,60})?[\s.\"”’]*"
)


def _covers(text: str, m: sourcing.Mention, cue_start: int, cue_end: int) -> bool:
    """Does mention ``m`` vouch for the cue at ``cue_start:cue_end`` in the same sentence?"""
    src_end = m.src_start + len(m.phrase)
    if cue_start < src_end and m.src_start < cue_end:
        return False  # the cue is the source: "critics say", "said officials"
    if m.style == "subject" and m.src_start <= cue_start < m.verb_end:
        return False  # the cue modifies the speech verb: "she reportedly told friends"
    if m.style == "according":
        return True
    if m.verb_end <= cue_start and m.style in ("subject", "according"):
        if m.style == "subject" and _COLON_AFTER.match(text, m.verb_end):
            return True  # "The Courier reports: ..., which many consider ...": all after the colon is theirs
        if not _BREAK.search(text, m.verb_end, cue_start):
            return True  # a lead
        # "Police said the man, who had allegedly been drinking, drove into the crowd": a
        # relative clause set in the reported clause's subject is part of what was said
        if m.style != "subject":
            return False
        if _EMBEDDED_RELATIVE.match(text, m.verb_end, cue_start) is not None \
                and _RELATIVE_CLOSED.match(text, cue_start) is not None:
            return True
        # "Police said the suspects who fled are believed to ...": the relative is over and
        # the cue is the reported clause's verb
        return _relative_then_verb(text, m.verb_end, cue_start) or _reported_relative(text, m.verb_end, cue_start)
    if m.style == "agent":
        # "It was reported by the Gazette": the agent of the cue's own participle, or of a
        # document right after it; not "purportedly written by the king" (another verb's agent)
        if m.start < cue_end <= m.src_start:
            return True
        lead = _AS_LEAD.search(text, max(0, m.start - 30), m.start)
        if lead is not None:
            # "As reported by the Gazette, the guard was hailed as a hero" (or the clause after
            # it): a comment clause that sources its whole sentence
            if m.end <= cue_start:
                return not _BREAK.search(text, m.end, cue_start)
            return cue_end <= lead.start() <= cue_end + 80 and not _BREAK.search(text, cue_end, lead.start())
        between = text[cue_end : m.start]
        return (m.start >= cue_end and len(between) <= 80 and not _BREAK.search(between)
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
    first = _BREAK.search(between)
    # the relative's "who" is the only break: nothing else cuts the clause off from the lead;
    # and the reported clause has its own verb before it, so the relative sits in what was said
    # ("said officers were looking for a man who"), not in its subject ("said the men who are
    # believed to be armed fled": the writer's description, round 21)
    return (first is not None and first.end() == len(between.rstrip())
            and _REPORTED_RELATIVE.fullmatch(between) is not None
            and _REPORTED_VERB.search(between, 0, first.start()) is not None)


def _opinion_group(head: str) -> bool:
    """Is the vague source a group that judges (analysts, critics, "others"), not one whose
    anonymity is the point (officials, sources, aides)? See the ``opinion-holders`` class."""
    if head in QUANTIFIER_HEADS:
        return True
    lemma = lx.forms("source-nouns", lx.NOUN).get(head)
    return lemma is not None and lemma in lx.lemmas("opinion-holders")


# an inverted tag: ', said Eid,' (not ', with Mattis calling')
_SAID_TAG = re.compile(r"[\W]*(?:said|says|told|added|wrote|explained)\b")
_MEDIA_WORDS = frozenset("media press reports news".split())
_DATA_WORDS = frozenset("data figures statistics numbers".split())  # "Recent data from the X show": no speaker
# a body, not a person: "China Railway Corp said" (in a digest, often another story's tag)
_BODY_WORDS = sourcing.INSTITUTIONS | frozenset("corp corporation inc ltd co plc llc group holdings".split())
_STOP = re.compile(r"\s*[.!?]")
# a sentence that opens with a quotation ("-" and spaces of a pasted page before it)
_OPENS_QUOTE = re.compile(r"[\s\-–—]*[\"“]")


# how many sentences a quotation may run on before its tag is too far from the claim to name
# one of its holders (a quoted paragraph of five sentences is a speech, not a tag's quote)
_QUOTE_SENTENCES = 4


def _tag_sentence(doc: Document, ni: int) -> int:
    """The sentence that holds the tag of sentence ``ni``: ``ni`` itself, or, when ``ni``
    opens a double-quoted quotation that runs over several sentences of its paragraph
    ('"Margins are thin. Many firms will close," said Maria Lund, an analyst at X.'), the
    sentence where the quotation closes. The splitter ends a sentence inside the quotation;
    for the reader the quotation and its tag are one turn, and the tag names who said it."""
    text = doc.text
    s = doc.sentences[ni]
    m = _OPENS_QUOTE.match(text, s.start)
    if m is None:
        return ni
    q = doc.quotation_at(m.end() - 1)
    if q is None or q.single or q.start != m.end() - 1 or q.end <= s.end:
        return ni
    j = doc.sentence_index(q.end - 1)
    if j - ni > _QUOTE_SENTENCES or doc.sentences[j].block != s.block:
        return ni
    return j


# a tag that goes on with a participle of speech: "..., Schuster says, pointing out that ..."
_TAG_GOES_ON = re.compile(
    r"\s*,\s+(?:adding|noting|pointing\s+out|explaining|saying|stressing|arguing|warning)\b[^\"“”.!?]*(?:[.!?]|$)")
# a speaker who speaks for a body: most often the side the group's view is put to, not one of them
_SPOKESPERSON = re.compile(r"(?i)\bspokes(?:man|woman|men|women|person|people)\b|\bpress\s+secretary\b")
# an inverted tag right after a closing quotation mark: 'if prices "keep falling," said Dr Ana Silva'
_QUOTE_THEN_TAG = re.compile(r"[,.!?]?[\"”]\s*,?\s*(?:said|says|added|adds|wrote|writes)\s+$")


def _next_in_paragraph(doc: Document, si: int) -> Sentence | None:
    """The sentence after sentence ``si`` when it is in the same paragraph and not a headline
    line, else ``None``: the only place a next sentence may name the source of this one (a new
    paragraph starts a new point; a headline names nobody's words)."""
    sentences = doc.sentences
    if si + 1 >= len(sentences) or sentences[si + 1].block != sentences[si].block:
        return None
    nxt = sentences[si + 1]
    return None if doc.in_headline(nxt.start) else nxt


def _next_quotes_speaker(doc: Document, si: int, facts: _DocFacts) -> str:
    """The person the next sentence of the paragraph quotes, or "": a sentence that opens with
    a quotation and closes with its tag ('"...," Demir said.', '"...," said Paul Saunders,
    executive director of X.'). That is how a piece brings in one of the group it has just
    summed up ("Analysts agreed that ... '...,' Demir said."); whether the speaker is one of
    them the words do not say, so the caller makes the cue a hint. A sentence that only
    reports a named person ("Mr Jones said the government ...") is as often the other side
    answering: it is left alone. (Unlike :func:`_vouches_for_previous`, whose next sentence
    must not be a quotation: there the quotation's tag attributes the quotation only.)"""
    sentences = doc.sentences
    nxt = _next_in_paragraph(doc, si)
    if nxt is None:
        return ""
    text = doc.text
    opens = _OPENS_QUOTE.match(text, nxt.start) is not None
    # a quotation over several sentences: its tag is in the sentence where it closes
    tag = sentences[_tag_sentence(doc, si + 1)]
    for m in facts.mentions(tag.start, tag.end):
        if m.kind != "named" or not _identifies(m) or m.style not in ("subject", "inverted"):
            continue
        if not opens and (m.style != "inverted"
                          or not _QUOTE_THEN_TAG.match(text, m.start - 1, m.src_start)):
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
        if _SPOKESPERSON.search(text, max(tag.start, m.src_start - 40), min(tag.end, m.end + 60)):
            continue  # '"...," State Department spokesperson Mark Toner said': the body answering
        if m.style == "inverted":
            if _SAID_TAG.match(text, m.start):
                return m.phrase  # '"...," said Paul Saunders, executive director of X.'
            continue  # ", with Mattis calling": no tag
        tail = _TAG_TAIL.match(text, m.end, tag.end)
        if _STOP.match(text, m.end) or (tail is not None and (tail.end() == tag.end or "." in text[m.end : tail.end()])):
            return m.phrase  # '"...," Demir said.' (a quotation may go on after it)
        going_on = _TAG_GOES_ON.match(text, m.end, tag.end)
        if going_on is not None:
            # '"...," Schuster says, pointing out that the jets lack the gear.': the tag goes on
            # with the speaker's next point, still the quotation's tag
            return m.phrase
    return ""


# bare quantifiers that set a side against the one just given ("Some praised it. Others ...")
_CONTRAST_QUANTIFIERS = frozenset(("others", "some"))
_OPENING = " \t\"“‘'-–—"


def _role_speaker_next(doc: Document, si: int) -> str:
    """The person the next sentence of the paragraph opens with, named in full (two capitalised
    words or more) and placed by a role in apposition, as the subject of a verb of saying or
    thinking after the apposition ("Hiroshi Ito, a professor of law at X, said ...", "Wibke
    Werner, deputy director of the tenants' association, thinks ..."), or "". After a bare
    "others" or "some", who have no noun of their own, that person is most often the one of
    them the writer goes on to name; a body ("the ministry said"), a pronoun or a name with no
    role does not place anyone."""
    nxt = _next_in_paragraph(doc, si)
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
_NAME_OPENS = re.compile(rf"[\s\"“‘'\-–—]*(?:(?:But|And|Yet|Still|However|Meanwhile),?\s+)?((?-i:{NAME}))(?=,)")


def _bare(phrase: str) -> bool:
    """Is the quantifier of the cue bare, no noun of the group after it ("others praised", not
    "some analysts say")?"""
    nouns = lx.forms("source-nouns", lx.NOUN)
    return not any(w.lower().strip(",.") in nouns for w in phrase.split()[1:])


# the verb of the named person after the role's apposition closes, saying or holding a view
_ROLE_SPEAKER_VERB = re.compile(
    r"[^.;:!?\"“”]{0,160}?,\s+(?:\w+ly\s+)?(?:said|says|told|tells|added|adds|wrote|writes|noted|notes|warned|"
    r"explained|argued|argues|thinks|thought|believes|believed|agreed|agrees|"
    r"called|calls|praised|praises|criticised|criticized|criticises|criticizes|contends|contended)\b"
)


def _next_can_attribute(doc: Document, si: int, facts: _DocFacts) -> bool:
    """Can the next sentence vouch for this one? Only in the same paragraph, and not when
    it quotes someone or introduces a quote: then it attributes that quote."""
    text = doc.text
    nxt = _next_in_paragraph(doc, si)
    if nxt is None:
        return False
    if text[nxt.start : nxt.end].rstrip().endswith(":"):
        return False
    if text[doc.sentences[si].start : doc.sentences[si].end].rstrip().endswith(":"):
        return False
    return not facts.overlap(nxt.start, nxt.end)


class _DocFacts:
    """What the judge asks of the whole document more than once (its long double-quoted
    quotations, the source mentions of a sentence), found when first asked and kept for one
    judge call: the judge keeps nothing on the document."""

    __slots__ = ("_found", "_long", "_mentions", "doc")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._found: tuple[list[int], list[int], list[int]] | None = None
        self._long: list[Quotation] = []
        self._mentions: dict[tuple[int, int], list[sourcing.Mention]] = {}

    def in_answer(self, si: int) -> bool:
        """Is sentence ``si`` part of an interview answer with no speaker label
        (``Document.interview_answers``, shared with the loaded-language judge)?"""
        return si in self.doc.interview_answers

    def mentions(self, start: int, end: int) -> list[sourcing.Mention]:
        """:func:`sourcing.mentions` of ``text[start:end]`` (a sentence), found once: a cue's
        sentence is read by several tests, and the next cue's often by the same ones. (The
        list is shared: callers only read it.)"""
        found = self._mentions.get((start, end))
        if found is None:
            found = self._mentions[start, end] = sourcing.mentions(self.doc.text, start, end)
        return found

    def _quotes(self) -> tuple[list[int], list[int], list[int]]:
        """Their starts and ends, and the furthest end so far (a running maximum)."""
        if self._found is None:
            long = [q for q in self.doc.quotations if not q.single and q.inner_end - q.inner_start >= 20]
            self._long = long
            reach, far = [], -1
            for q in long:
                far = max(far, q.end)
                reach.append(far)
            self._found = ([q.start for q in long], [q.end for q in long], reach)
        return self._found

    def in_double_quote(self, offset: int) -> bool:
        """Is ``offset`` inside a long double-quoted quotation that is someone's words? The
        innermost span may be a single-quoted phrase inside it (a quote within a quote), which
        an apostrophe ("farmers’ union") can pair wrongly; the double quotation still holds it."""
        starts, ends, reach = self._quotes()
        i = bisect_left(starts, offset) - 1
        while i >= 0 and reach[i] > offset:
            if ends[i] > offset:
                q = self._long[i]
                return q.attributed or q.end - q.start > 40
            i -= 1
        return False

    def overlap(self, start: int, end: int) -> bool:
        """Does one of them overlap ``[start, end)``? By bisection, not by walking every
        quotation from the top for each cue."""
        starts, ends, reach = self._quotes()
        i = bisect_left(starts, end) - 1  # the last one that opens before ``end``
        # walk back while an earlier quotation could still reach past ``start``
        while i >= 0 and reach[i] > start:
            if ends[i] > start:
                return True
            i -= 1
        return False


def _identifies(m: sourcing.Mention) -> bool:
    """A source named well enough to vouch for the sentence before: a proper name,
    an institution or an outlet, not a pronoun or "the man" (they refer back to the
    story's subject, not to a source of the claim)."""
    words = m.phrase.split()
    first = words[0].lower()
    if first in ("he", "she", "they", "i", "we", "it"):
        return False
    if first in ("the", "his", "her", "their", "its"):
        rest = {w.lower().replace("’", "'").removesuffix("'s") for w in words[1:]}
        return bool(rest & sourcing.INSTITUTIONS) or any(w[:1].isupper() for w in words[1:])
    return True


