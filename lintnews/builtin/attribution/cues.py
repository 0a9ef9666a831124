"""The cue of the construction at a rule's anchor, and the cues that are hints by themselves.

The rules' hits are anchors; :func:`construction` asks :mod:`lintnews.builtin.constructions`
whether the words around one make an unattributed claim, and where its cue is. A few cues
are judged here already, from their own words: a picture that "purportedly shows", a
reputation said of a person just named or of a kind in general, how widely a thing went
round ("widely reported"): ``info``, with their own question. The rule ids the judge
branches on live here too.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from lintnews.builtin.constructions import Bounds, Cue, near
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.association import research_association, transfer_target
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
from lintnews.builtin.constructions.imagined import imagined_speaker
from lintnews.builtin.constructions.informant import outlet_informant, writer_informant
from lintnews.builtin.constructions.lore import stories_told
from lintnews.builtin.constructions.passive import passive, received
from lintnews.builtin.constructions.provenance import unnamed_document
from lintnews.builtin.constructions.sources import FirstMention, unnamed_source
from lintnews.builtin.constructions.sources.anonymous import anonymous_source
from lintnews.builtin.constructions.sources.phrase import STANCE_ADJECTIVES
from lintnews.language.finite import finite_forms
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document
    from lintnews.packs.model import Hit, PackRule


PASSIVE = "unattributed-claim/passive-attribution"
# "a video that purportedly shows", "a photo supposedly depicting": a picture or a document
# whose own content is in doubt; the thing is the claimant
_DEPICTION_AFTER = LazyRegex(r"(?i)\s+(?:shows?|showed|showing|depicts?|depicted|depicting|captures?|captured|capturing)\b")
# the material's own emergence participle after it: "videos circulating online", "a clip
# shared on social media", "photos that surfaced" (nobody releasing it)
_CIRCULATING = LazyRegex(
    r"(?i)\s+(?:that\s+(?:have\s+|has\s+)?)?(?:circulating|circulated|surfacing|surfaced|spreading|shared|posted|"
    r"widely\s+shared|emerging|emerged|leaked)\s+(?:online|on\s+social\s+media|on\s+\w+|in\s+\w+|across)\b"
)
_DEPICTING_THING = LazyRegex(
    r"(?i)\b(video|videos|photo|photos|photograph|photographs|image|images|picture|pictures|footage|clip|clips|"
    r"recording|recordings|screenshot|screenshots|post|posts|map|document|documents|letter|email|emails|memo)\b"
    r"(?:\s+[\w’',-]+){0,6}?\s*$"
)
DOUBT = "unattributed-claim/doubt-adverb"
RECEIVED = "unattributed-claim/received-opinion"
SOURCE = "unattributed-claim/vague-source"
ANONYMOUS = "unattributed-claim/anonymous-source"
REPUTATION = "unattributed-claim/reputation"
# a name (two capitalised words or more) then an indefinite article, the reputation in
# apposition to it: "Tom Reyes, a well-known"; a fronted time or place is no name ("On
# Tuesday, a well-known ...", "In March, a ...")
_APPOSED_TO_NAME = LazyRegex(r"((?:[A-Z][\w’'.-]*\s+)+[A-Z][\w’'.-]*)\s*,\s+(?:a|an)\s+$")
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
_PLURAL_AFTER = LazyRegex(r"\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^s\W]s\b(?!['’]|\s+of\b)")
# what makes a plural a particular set: a determiner, quantifier or number before it (the
# grammar's own classes of definite and indefinite determiners, and "that"), or a possessive
_PARTICULAR = DEFINITE | INDEFINITE | {"that"}


# round 142: the reputation rule's verb phrase ("has a reputation among <people> as")
# round 147: the same verb phrases of a reputation, "has a name for" a quality and "is known
# throughout the county for" (rules/unattributed-claim.toml)
_REPUTATION_HELD = LazyRegex(r"(?i)\breputation\s+(?:among|with)\b|\ba\s+name\s+for\b|\bknown\s+(?:locally|nationally|internationally|regionally|worldwide|throughout|across|around|all\s+over)\b")


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


# round 162: the kind of thing an instruction or a piece of advice tells the reader to pick
# ("Always use a reputable dealer", "Consumer groups advise buying from a reputable retailer"):
# a preposition may stand between the verb of choosing and the article; an imperative may open
# with an adverb or a conjunction ("Always", "Instead", "so"); a modal or adverb of obligation,
# or a verb of advice (attribution/advice-verbs), makes a base or -ing form advice
_KIND_PREPOSITIONS = frozenset("from to at with for through via around".split())
_IMPERATIVE_LEAD = frozenset("always only just please instead so then also first and or do".split())
_OBLIGATION = frozenset("should must ought always only best need needs".split())
_CLAUSE_BREAK = re.compile(r"[,;:(\n]")
_MARKS = "\"“”‘’'()[],.;:!?—–…*"


def _chosen_kind(text: str, start: int, lo: int) -> bool:
    """Is the reputation word at ``start`` in the indefinite object of a verb of choosing in an
    instruction or under advice ("Buy from a reputable retailer", "You should always use a
    reputable dealer")? The phrase names the kind of seller the reader should pick, so nobody's
    reputation is asserted; "The council hired a renowned architect" (a past act, a particular
    one) and "The firm is a reputable builder" keep the warning."""
    window = text[max(lo, start - 120) : start]
    words = [w.strip(_MARKS) for w in window.lower().split()]
    if len(words) < 2 or words[-1] not in ("a", "an"):
        return False
    at = len(words) - 2
    if words[at] in _KIND_PREPOSITIONS:
        at -= 1
    if at < 0:
        return False
    verb = words[at]
    lemma = lx.lemma_of("chosen-kind-verbs", verb)
    if lemma is None or (verb != lemma and not verb.endswith("ing")):
        return False  # a past or third-person form tells what someone did, not what to do
    if verb == lemma and (start - 120 <= lo or _CLAUSE_BREAK.search(window) is not None):
        # an imperative: nothing but a leading adverb or conjunction before the verb in its clause
        lead = [w.strip(_MARKS) for w in _CLAUSE_BREAK.split(window)[-1].lower().split()]
        n_lead = len(lead) - (len(words) - at)
        if n_lead >= 0 and all(w in _IMPERATIVE_LEAD for w in lead[:n_lead]):
            return True
    before = words[max(0, at - 8) : at]
    if any(w in _OBLIGATION for w in before):
        return True
    # a verb of advice governs the verb of choosing as its infinitive or gerund ("urged buyers to
    # use", "advise buying"), not a finite verb of another clause ("which urged restraint, will hire")
    governs = verb.endswith("ing") or (at > 0 and words[at - 1] == "to")
    return governs and any(lx.lemma_of("advice-verbs", w) is not None for w in before)


# participles of circulation: how far a thing went round (press coverage, quotation, sharing),
# a reach that can be counted, not an opinion held ("widely reported", "often quoted"). Not
# "cited" or "publicised": "a widely cited study", "the most highly publicised example" vouch
# for a thing's standing, as "well known" does
_CIRCULATION = frozenset(
    "reported quoted covered shared circulated reprinted reproduced broadcast "
    "televised distributed translated".split()
)
# a claim that follows ("widely reported that he fled", "widely reported to have fled"): the
# claim's source is the vague one, a warning (round 173: the comma optional together with the
# blanks after it; "\s*,?\s*" split a long run of blanks every way between its two runs:
# "widely reported" + 20,000 blanks took 3 s to lint, 40,000 blanks 7 s)
_CLAIM_AFTER = LazyRegex(r"(?:\s+(?!that\b|to\b)[\w’'-]+){0,5}?\s*(?:,\s*)?(?:that|to)\b")
# "often quoted as saying that ...": what follows is the quoted speaker's, named before it
_QUOTED_AS = LazyRegex(r"\s+as\s+(?:saying|having\s+said|writing|having\s+written)\b")
# "As widely reported, he will resign": the clause after is the claim reported
_AS_BEFORE = LazyRegex(r"(?i)\bas\s+$")
PROVENANCE = "unattributed-claim/vague-provenance"
# round 132: the passive of causing to believe, its participle straight before "to" and a verb
# of belief ("led to believe", "given to understand"); the rule's pattern of the same shape
# takes it where no form of "be" anchors it first ("Voters, led to believe ...")
_PLANTED_BELIEF = re.compile(r"(?i)(?:led|given|made)\s+to\s+(?:believe|understand|think|suppose|assume)\b")


# the agent after the verb of belief ("led to believe by the council that"): the cause named
# (review 116), as "led by the council to believe" is, which the pattern never matches
_AGENT_AFTER = re.compile(r"\s+by\s+(?:the|a|an|his|her|their|its|our|[A-Z])")


def _planted(text: str, start: int, end: int) -> Cue | None:
    if _AGENT_AFTER.match(text, end):
        return None
    cue = text[start:end]
    return Cue(start, end, f"'{cue}': by whom? A belief planted by somebody the copy does not name: "
               "say who gave them that impression.", branch="passive:planted")


# a pattern hit of the passive rule that is an anchor (an auxiliary before a participle), not a
# whole cue of its own ("there is speculation that")
_AUX_ANCHOR = re.compile(r"(?i)(?:is|are|am|was|were|be|been|being|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|\w+[’'](?:s|re|m))\s")
# round 171: the contracted frame of common knowledge ("It's no secret that"): its "'s" is the
# aux anchor's shape, but no participle follows, so it is read as "It is no secret that" is
_NO_SECRET = re.compile(r"(?i)it[’']s\s+(?:no|hardly\s+a|not\s+a)\s+secret\s+(?:[\w’'-]+\s+){0,4}?that")
_PARTICIPLE_END = LazyRegex(r"(?i)[a-z](?:ed|[dnt])$")
# a contraction opening a hit ("there's", "it's", "we're"): the aux anchor's shape
_CONTRACTION = re.compile(r"(?i)\w+[’'](?:s|re|m)\s")


def contracted_frame(text: str, start: int, end: int) -> bool:
    """Is the passive rule's hit ``text[start:end]``, which opens with a contraction, a frame
    of its own rather than an auxiliary anchor? (Round 180.) The aux anchor takes any
    contraction ("it's", "there's") for a form of "be" before a participle, as the contracted
    passive's pattern ("it's said", "there's thought to be") wants; so a pattern that opens with
    a contraction and ends in a noun ("There's talk that", "There's been grumbling that") was
    read as a passive of its last word, which no class holds, and the hit was dropped: adding
    the contraction to a pattern never fired. The contracted passive ends in a participle (its
    pattern's shape, or a participle of the classes the passive reading knows); a hit whose
    last word is neither, or after "there's" is a noun of ``report-nouns`` in the shape
    ("There's concern that"), is the pattern's own cue, read as its spelled-out form is
    ("There is talk that"). (Any noun in "-ion" was tried: the contracted passive's own
    hit "there's motion" then warned, on news-dev.)"""
    m = _CONTRACTION.match(text, start)
    if m is None:
        return False
    word = text[_last_word(text, start, end) : end].lower()
    if word in lx.participle_classes() or word in STANCE_ADJECTIVES:
        return False
    if _PARTICIPLE_END.search(word) is None:
        return True
    return m.group().lower().startswith("there") and word in lx.forms("report-nouns", lx.NOUN)
_ADVERB_ANCHOR = frozenset(CONSENSUS | DEGREE | RECEPTION_MANNER | {"universally", "almost"})


# round 153: a live blog's entry opening with its time ("13:22 We hear that", "19:58 A clip doing
# the rounds", "9.40am - Word among the staff is that"): the stamp heads the entry and is no
# word of its first clause, which starts after it
_ENTRY_STAMP = LazyRegex(r"\d{1,2}[:.]\d{2}(?:\s*(?:[apAP]\.?[mM]\.?|GMT|BST|CET|ET))?[ \t]*[-–—:|]?[ \t]+(?=[A-Z\"“‘'])")


# round 139's pattern of a story "doing the rounds" (rules/unattributed-claim.toml), read at the
# story noun now that the noun is an anchor of its own (round 157)
# (round 180: "making" and "going" the rounds too, as round 178's provenance reading has them)
_STORY_ROUNDS = LazyRegex(
    r"(?i)(?:stor(?:y|ies)|tales?)\s+(?:(?:that|which)\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:(?:now|also|still|already|widely)\s+)?(?:doing|did|does|do|done|making|made|makes|make|going|goes|went|gone|go)"
    r"\s+the\s+rounds\b"
    r"(?!\s+of\s+(?:the\s+)?(?:studios|schools|clubs|wards|hospitals|shows)\b)"
)


def _after_stamp(text: str, lo: int, cue: int) -> int:
    """Where the first clause of the sentence at ``lo`` starts: after a live blog's time stamp
    when one opens the paragraph (a line start), else ``lo``."""
    if lo >= cue or not text[lo : lo + 1].isdigit() or (lo > 0 and text[lo - 1] != "\n"):
        return lo
    m = _ENTRY_STAMP.match(text, lo, cue + 1)
    return m.end() if m is not None and m.end() <= cue else lo


def construction(doc: Document, rule: PackRule, hit: Hit, first: FirstMention) -> Cue | None:
    """The cue of the construction at ``hit`` (an anchor), or ``None`` when the words around
    it do not make one. Hits of other rules, and pattern hits that are cues by themselves,
    are their own cue."""
    text = doc.text
    rid = rule.id

    def sentence() -> tuple[int, int]:
        s = doc.sentences[doc.sentence_index(hit.start)]
        return s.start, s.end

    def where() -> tuple[int, int]:
        lo, hi = sentence()
        return near(_after_stamp(text, lo, hit.start), hi, hit.start, hit.end)

    if _group_verb(text[hit.start : hit.end]):
        # round 130: a verb of a group's view, the anchor of the passive rule's last pattern or
        # of another rule's word ("fear", "claim", "thought"): a bare plural of people opening
        # the sentence as its subject is a vague source, whichever rule holds the verb
        group = _group_speaker(text, hit.start, hit.end, where, first)
        if group is not None:
            return group
        if rid == PASSIVE and hit.term is None:
            return None  # the group pattern's own hit, with no group
    if rid == PASSIVE and hit.term is None and _ACCORDING.fullmatch(text, hit.start, hit.end):
        # round 145: "according to parents at the school": the group cited, read at its noun
        return _according_group(text, hit.end, where, first, sentence)
    if rid == SOURCE and hit.term is not None:
        return unnamed_source(text, hit.start, hit.end, where, first)
    if rid == ANONYMOUS:
        return anonymous_source(text, hit.start, hit.end, where)
    if rid == PROVENANCE and hit.term is not None:
        if lx.lemma_of("told-story-nouns", text[hit.start : hit.end].lower()) is not None:
            told = stories_told(text, hit.start, hit.end, where)  # round 157: "there are stories of"
            if told is None and (m := _STORY_ROUNDS.match(text, hit.start)) is not None:
                # the term's hit takes the start of round 139's pattern ("the story doing the
                # rounds in the trade is that"), whose cue it stays
                return Cue(hit.start, m.end(), f"'{text[hit.start : m.end()]}': from where? Say who released, "
                           "obtained or published it.", branch=rid)
            return told
        return unnamed_document(text, hit.start, hit.end, where)
    if rid == PASSIVE and hit.term is None and _FIRST_PERSON.fullmatch(text, hit.start, hit.end):
        return writer_informant(text, hit.start, hit.end, where)  # "I'm told", "we understand"
    if rid == PROVENANCE and hit.term is None and _OUTLET_VERB.fullmatch(text, hit.start, hit.end):
        return outlet_informant(text, hit.start, hit.end, where)  # "The Times understands"
    if rid == PROVENANCE and hit.term is None and _ASSOCIATION.fullmatch(text, hit.start, hit.end):
        return research_association(text, hit.start, hit.end, where)  # round 159: "is linked to asthma"
    if rid == PROVENANCE and hit.term is None and _TRANSFER_TARGET.fullmatch(text, hit.start, hit.end):
        return transfer_target(text, hit.start, hit.end, where)  # round 166: "has emerged as a target for two clubs"
    if rid == PASSIVE and hit.term is None and _PLANTED_BELIEF.fullmatch(text, hit.start, hit.end):
        return _planted(text, hit.start, hit.end)  # "Voters, led to believe the tax would fall, ..."
    if rid == PASSIVE and hit.term is None and _IMAGINED.fullmatch(text, hit.start, hit.end):
        return imagined_speaker(text, hit.start, hit.end, where)  # "one could argue that", "you can claim a refund"
    if rid == PASSIVE:
        if hit.term is not None:
            return passive(text, hit.start, hit.end, where)
        if _AUX_ANCHOR.match(text, hit.start) and not _NO_SECRET.fullmatch(text, hit.start, hit.end)\
                and not contracted_frame(text, hit.start, hit.end):
            ps = _last_word(text, hit.start, hit.end)
            if text[ps : hit.end].lower() in STANCE_ADJECTIVES:
                # round 141: a state of mind whose form is a participle ("Parents are worried
                # that", "Shoppers are convinced that"): the aux pattern holds "are worried"
                # from its copula, so the group pattern's anchor at "worried" never starts
                # ("anxious" did); a bare plural of people opening the sentence is the group's
                # view, as for the adjectives (the strict frame decides), before the passive
                group = _group_speaker(text, ps, hit.end, where, first)
                if group is not None:
                    return group
            planted = _PLANTED_BELIEF.match(text, ps)
            if planted is not None:
                # round 132: "have been led to believe that", "were given to understand": a
                # belief planted by nobody named (the aux pattern's hit holds the participle,
                # so the rule's own pattern for it cannot start there)
                return _planted(text, hit.start, planted.end())
            return passive(text, ps, hit.end, where)
    if rid == PASSIVE and _THERE_MOOD.match(text, hit.start, hit.end) and _NO_COMPLEMENT.match(text, hit.end):
        # "Before, there was fear and social rejection.": a mood of the time, with no view
        # told ("there are fears that the dam will fail", "concerns about X" tell one)
        return None
    if rid == DOUBT and _DEPICTION_AFTER.match(text, hit.end):
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
    if rid == REPUTATION and _REPUTATION_HELD.search(text, hit.start, hit.end):
        # round 142: "has a reputation among local cyclists as": a verb phrase, whose
        # complement is no noun the reputation word modifies (the two readings below are not
        # for it)
        return Cue(hit.start, hit.end, "", branch=rid)
    if rid == REPUTATION and _apposed_to_name(text, hit.start):
        # "Ana Ruiz, a well-known potter, ...": the writer describes a person already named,
        # as "Ana Ruiz, a potter" would; no view is reported, at most a label worth a measure
        cue = text[hit.start : hit.end]
        return Cue(hit.start, hit.end, f"'{cue}': a description of the person named before it; known to "
                   "whom? Give the measure if it matters.", severity="info")
    if rid == REPUTATION and _chosen_kind(text, hit.start, sentence()[0]):
        # round 162: "Always use a reputable dealer": the kind the reader should pick, no
        # particular one; worth a hint at most
        cue = text[hit.start : hit.end]
        return Cue(hit.start, hit.end, f"'{cue}': the kind of thing the advice tells the reader to pick, not a "
                   "particular one; known to whom? Give the measure if it matters.", severity="info")
    if rid == REPUTATION and _generic_plural(text, hit.start, hit.end):
        # "acquiring well-known brands", "were well known figures": a kind, no particular
        # one whose fame the writer vouches for; worth a hint, not a warning
        cue = text[hit.start : hit.end]
        return Cue(hit.start, hit.end, f"'{cue}': said of a kind of thing in general, not a particular one; "
                   "known to whom? Give the measure if it matters.", severity="info")
    if rid == RECEIVED:
        # (its own name: ``first`` is the mentions the source cues share)
        adverb = text[hit.start : hit.end].split(None, 1)[0].split("-")[0].lower()
        if adverb in _ADVERB_ANCHOR and _PARTICIPLE_END.search(text, hit.start, hit.end):
            verb = text[_last_word(text, hit.start, hit.end) : hit.end].lower()
            if verb in _CIRCULATION and (_QUOTED_AS.match(text, hit.end) or not _CLAIM_AFTER.match(text, hit.end))\
                    and not _AS_BEFORE.search(text, max(0, hit.start - 6), hit.start):
                # "widely reported in the press", "often quoted as saying", "well-publicised":
                # how far the thing went round, which can be counted, not what anyone thinks
                cue = text[hit.start : hit.end]
                return Cue(hit.start, hit.end, f"'{cue}': how widely it went round, not a view; by whom, or "
                           "how often? Give the measure if it matters.", severity="info")
            return received(text, hit.start, _last_word(text, hit.start, hit.end), hit.end, where)
    return Cue(hit.start, hit.end, "", branch=rid)


# round 130: the verb anchor of a group's view (the rule's pattern): its subject is read back
# from the sentence start by _group_speaker. Round 136: any form of a verb of the word class
# group-views, or a state of mind after "be" or "remain" (phrase.STANCE_ADJECTIVES); which
# forms make a view (the present, the progressive, the perfect) is the strict frame's question
def _group_verb(word: str) -> bool:
    low = word.lower()
    # round 145: "describe" in its plain present, whose view is its as-complement ("Business
    # owners nearby describe the bar as a trouble spot"; the strict frame asks for the "as")
    # round 148: a verdict ("Dermatologists have long praised the serum for"; the strict frame
    # asks for its object and a for- or as-phrase)
    return (lx.lemma_of("group-views", low) is not None or low in STANCE_ADJECTIVES or low == "describe"
            or lx.lemma_of("reception-verdict", low) is not None)


# a word of the subject at a sentence start: letters, an inner hyphen or apostrophe
_SUBJECT_WORD = LazyRegex(r"[A-Za-z][A-Za-z’'-]*")


def _group_speaker(text: str, verb_at: int, verb_end: int, where: Bounds, first: FirstMention) -> Cue | None:
    """Round 130: the subject of a speech verb read back from the sentence start, when it is a
    bare plural of ``group-speakers`` (not a source noun: the terms read those) among its first
    four words ("Parents say", "Ambulance crews complain that", "Mothers across the valley
    say"), handed to :func:`unnamed_source` in its strict frame."""
    lo, _hi = where()
    start = lo
    colon = _CLAUSE_COLON.search(text, lo, verb_at)
    if colon is not None:
        # round 148: a clause after a colon or a semicolon opens with its own subject ("It is a
        # miracle in a bottle: dermatologists have long praised ..."): read from there
        start = colon.end()
    while start < verb_at and text[start] in " \t\"“‘'(":
        start += 1
    plurals = lx.plural_nouns("group-speakers")
    sources = lx.forms("source-nouns", lx.NOUN)
    for n, m in enumerate(_SUBJECT_WORD.finditer(text, start, verb_at)):
        if n >= 4:
            return None
        low = m.group().lower()
        if low in sources or low in QUANTIFIER_HEADS:
            return None  # read by the rule's terms
        if low in plurals:
            found = unnamed_source(text, m.start(), m.end(), where, first, strict=True)
            # the cue ends at its verb: this anchor's, not another verb of the sentence
            return found if found is not None and found.end == verb_end else None
    return None


# round 148: the last colon or semicolon before the verb, a lower-case word after it (a clause
# of its own, not a list or a quotation's lead)
_CLAUSE_COLON = LazyRegex(r"[:;]\s+(?=[a-z])(?!.*[:;]\s)")
# round 145: the anchor of a group cited by "according to" (the passive rule's pattern; the
# noun after it is read by _according_group)
_ACCORDING = LazyRegex(r"(?i)according\s+to")


def _according_group(text: str, after: int, where: Bounds, first: FirstMention, sentence: Bounds) -> Cue | None:
    """Round 145: the group "according to" cites, when it is a bare plural of
    ``group-speakers`` in lower case (not a source noun: the terms read those) among the first
    three words after it, with a modifier before it or a placing phrase after it ("according to
    parents at the school", "according to local shopkeepers"), handed to
    :func:`unnamed_source` in its strict frame for a citation."""
    plurals = lx.plural_nouns("group-speakers")
    sources = lx.plural_nouns("source-nouns")  # (a singular is a modifier here: "local")
    for n, m in enumerate(_SUBJECT_WORD.finditer(text, after, min(len(text), after + 60))):
        if n >= 3:
            return None
        low = m.group()
        if not low.islower() or low in sources or low in QUANTIFIER_HEADS:
            return None  # a name, a capitalised kind ("Catholics"), or read by the rule's terms
        if low in plurals:
            if n == 1 and _record_keepers(text, after, m.start(), low):
                gap = text[after : m.start()]
                lo = after + len(gap) - len(gap.lstrip())  # the modifier's first letter
                return Cue(lo, m.end(), f"'{text[lo:m.end()]}': the record's keepers, named by "
                           "the body they work for; which of them, if it matters?", severity="info",
                           branch="source:according:record")
            if n == 0 and _GROUP_PLACED.match(text, m.end()) is None and not _happening_told(text, after, m.end(), where, sentence):
                # "according to beekeepers, the hive is believed to be": a trade's knowledge, a
                # described source (round 23); round 148: a lone plural citing a happening
                # ("according to shoppers, the queue stretched", "according to neighbours, the
                # pub has closed") is the people who were there, the sentence's source
                return None
            return unnamed_source(text, m.start(), m.end(), where, first, strict=True)
    return None


def _record_keepers(text: str, after: int, head: int, low: str) -> bool:
    """Round 166: is the plural cited by "according to" at ``text[head:]`` a keeper of records
    (``record-keepers``) after a lone modifier naming the body or event it keeps them for
    (``record-bodies``: "according to tournament statisticians", "league timekeepers")? The
    body's own record keepers, as "the tournament's statisticians" are."""
    if lx.lemma_of("record-keepers", low) is None:
        return False
    modifier = text[after:head].split()
    return len(modifier) == 1 and lx.lemma_of("record-bodies", modifier[0].lower()) is not None


# round 148: the finite past or the perfect in the sentence a lone plural is cited for: "the
# queue stretched", "the shop was shut", "trade has fallen" tell a particular happening, which
# people at the scene or with a stake tell; a trade's knowledge is told in the generic present
# ("the hive is believed to be", "a swarm leaves in spring")
_PAST_AUX = frozenset(("was", "were", "had", "did"))
_PERFECT_AUX = frozenset(("has", "have", "'ve", "’ve"))
# before a past form, the words that make it no finite past: a copula or "get" (a passive or an
# adjective: "is believed", "got married"), a determiner ("the retired"), "to" and "having"
_NOT_FINITE_BEFORE = frozenset("is are am be been being get gets getting to the a an this that these those "
                               "its their his her our my your having".split())
_WORD = LazyRegex(r"[A-Za-z][A-Za-z’'-]*")


def _happening_told(text: str, cited: int, cited_end: int, where: Bounds, sentence: Bounds) -> bool:
    """Round 148: does the sentence that "according to" + a lone plural (``text[cited:cited_end]``)
    cites tell a particular happening: a finite verb in the past ("was", "stretched") or a
    perfect ("has fallen"), outside the citation itself?

    The words of the cue's window (``where``) are read in order, a word outside the citation
    telling the happening by itself ("was") or with the word before it ("has fallen", "the
    queue stretched"). Review 121: that reading was done for every cue, over a window of up to
    2 * SENTENCE_REACH characters, a look-up in the past forms per word: a page pasted as one
    sentence, "according to gardeners, ..." repeated, cost 8 ms a cue (7.8 s for 53 KB). The
    words of the whole sentence and where one tells a happening are now found once per
    sentence (:func:`_sentence_happenings`); a cue asks only its window's edges, read as
    before, and the first marked word inside it that the citation does not touch."""
    lo, hi = where()
    ex_lo, ex_hi = cited - 15, cited_end
    starts, ends, words, marks, aux = _sentence_happenings(text, *sentence())
    i0 = bisect.bisect_left(starts, lo)  # the first whole word of the window
    j1 = bisect.bisect_right(ends, hi)  # past the last whole word of the window
    # the window's words as the reading finds them: a word cut at either edge stands alone
    if (i0 > 0 and ends[i0 - 1] > hi) or j1 < i0:  # (one word over the whole window)
        return _told_in(text, lo, hi, ex_lo, ex_hi)
    cut = i0 > 0 and ends[i0 - 1] > lo
    head = [(m.start(), m.group()) for m in _WORD.finditer(text, lo, ends[i0 - 1])] if cut else []
    told, before = _told_along(head + [(starts[i], words[i]) for i in range(i0, min(i0 + 1, j1))], "", ex_lo, ex_hi)
    if told:
        return True
    # the whole words after the first: marked with the word before them, exact unless the
    # citation holds the word or (for a word that needs it) the word before it
    for k in range(bisect.bisect_left(marks, i0 + 1), len(marks)):
        i = marks[k]
        if i >= j1:
            break
        if not ex_lo <= starts[i] < ex_hi and (aux[k] or not ex_lo <= starts[i - 1] < ex_hi):
            return True
    if j1 < len(starts) and lo <= starts[j1] < hi:  # a word cut by the window's end
        if j1 > i0 + 1:
            before = "" if ex_lo <= starts[j1 - 1] < ex_hi else words[j1 - 1]
        return _told_along([(starts[j1], text[starts[j1] : hi].lower())], before, ex_lo, ex_hi)[0]
    return False


def _told_along(words: list[tuple[int, str]], before: str, ex_lo: int, ex_hi: int) -> tuple[bool, str]:
    """Read ``words`` (start, word) in order after ``before``: does one tell a happening, and
    the word before the next (``""`` after one the citation holds)?"""
    for at, word in words:
        if ex_lo <= at < ex_hi:
            before = ""
            continue
        word = word.lower()
        if _tells(word, before):
            return True, word
        before = word
    return False, before


def _tells(word: str, before: str) -> bool:
    """Does ``word``, after ``before``, tell a happening: a past auxiliary, a perfect's
    participle, or a finite past form after a word that leaves it finite?"""
    if word in _PAST_AUX or before in _PERFECT_AUX:
        return True
    return (bool(before) and before not in _NOT_FINITE_BEFORE and before not in _PERFECT_AUX
            and word in finite_forms().past)


def _told_in(text: str, lo: int, hi: int, ex_lo: int, ex_hi: int) -> bool:
    """The plain reading of ``text[lo:hi]`` (a window inside one word)."""
    return _told_along([(m.start(), m.group()) for m in _WORD.finditer(text, lo, hi)], "", ex_lo, ex_hi)[0]


# the last sentence read: its text and bounds, then its words' starts, ends and lower-case
# forms, the indices of the words that tell a happening after the word before them, and for
# each whether it does so by itself (a past auxiliary); one tuple, replaced whole
_Happenings = tuple[list[int], list[int], list[str], list[int], list[bool]]
_HAPPENINGS: tuple[str, int, int, list[int], list[int], list[str], list[int], list[bool]] = ("", -1, -1, [], [], [], [], [])


def _sentence_happenings(text: str, s_lo: int, s_hi: int) -> _Happenings:
    """The words of the sentence ``text[s_lo:s_hi]`` and the ones that tell a happening, found
    once for all the cues of the sentence (review 121)."""
    global _HAPPENINGS
    state = _HAPPENINGS
    if state[0] is text and state[1] == s_lo and state[2] == s_hi:
        return state[3:]
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    marks: list[int] = []
    aux: list[bool] = []
    before = ""
    for m in _WORD.finditer(text, s_lo, s_hi):
        word = m.group().lower()
        if _tells(word, before):
            marks.append(len(words))
            aux.append(word in _PAST_AUX)
        starts.append(m.start())
        ends.append(m.end())
        words.append(word)
        before = word
    _HAPPENINGS = (text, s_lo, s_hi, starts, ends, words, marks, aux)
    return starts, ends, words, marks, aux


# round 145: what places or picks out a group after its noun ("parents at the school", "mothers
# on the estate", "people who have spoken with her", "owners nearby")
_GROUP_PLACED = LazyRegex(r"\s+(?:at|in|on|across|around|near|outside|along|from|inside|within|who|nearby|online|"
                          r"locally)\b")


# the anchors of the unnamed informant (round 61): the writer's first person, the outlet's verb
# (the whole hit: the passive rule's other first-person anchors, "I'm considered", stay its own)
_FIRST_PERSON = re.compile(r"(?i)(?:i|we)\b.*\b(?:told|informed|understand|hear|hearing|gather|learned|learnt)"
                           r"|word\b.*\breach\w*\s+(?:us|me)")
# round 159: the anchor of research's association claim ("is linked to", "have also been
# associated with"), read by constructions/association.py
_ASSOCIATION = LazyRegex(r"(?i)(?:is|are|was|were|(?:has|have|had)\s+(?:also\s+|now\s+)?been)\s+"
                         r"(?:(?:strongly|consistently|closely|directly|causally|independently|significantly|increasingly)\s+)?"
                         r"(?:linked|associated|tied|correlated|connected)\s+(?:to|with)")
# round 166: the anchor of a transfer target ("has emerged as a target for", "is a summer target
# of"), read by constructions/association.py
_TRANSFER_TARGET = LazyRegex(r"(?i)(?:(?:(?:has|have|had)\s+)?(?:emerged|emerges|emerging)\s+as|is|are|was|were|remains?|"
                             r"(?:has|have)\s+been|(?:has|have)\s+become|becomes?|became)\s+an?\s+"
                             r"(?:[\w’'-]+\s+){0,2}?target\s+(?:for|of)")
_OUTLET_VERB = LazyRegex(r"(?i)(?:understands|has\b.*\b(?:learned|learnt|told)|can\b.*\breveal|learnt|learned|gathered)")
# the anchor of an imagined speaker's view: "one could argue", "you might well say"
_IMAGINED = LazyRegex(r"(?i)(?:one|you)\s+(?:could|might|can|may)\s+(?:well\s+)?(?:argue|say|claim|contend)")
# "there is fear", "there were concerns" (the anchor's noun last) and nothing after the noun but
# a stop or a second noun joined by "and"/"or"
_THERE_MOOD = LazyRegex(r"(?i)there\b.*\b(?:fears?|concerns?|talk)\Z")
_NO_COMPLEMENT = LazyRegex(r"\s*(?:[.!?]|(?:and|or)\s+(?!that\b)[a-z])")


def _last_word(text: str, start: int, end: int) -> int:
    """Start of the last word of ``text[start:end]`` (the participle of an anchor)."""
    i = end
    while i > start and (text[i - 1].isalnum() or text[i - 1] in "'’"):
        i -= 1
    return i
