"""Context cues for the loaded-language family: whose words, which sense, how sure.

Kept apart from the judge (``voice.py``) so that the cues can be tested on their own
and shared with the scare-quote rule. Every cue is a small compiled regex over the
words next to a hit: journalism marks these senses with a handful of fixed
constructions ("claimed that", "was admitted to hospital", "called it 'x'").
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from lintnews.builtin.constructions import SENTENCE_REACH
from lintnews.document import speech
from lintnews.model.diagnostic import Finding
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document

    #: a trie of regex tokens: each token leads to the rest ("" marks where an alternative ends)
    _Trie = dict[str, "_Trie"]


class Sense(Enum):
    """How a verdict verb is used at one place in the text."""

    SPEECH = "speech"  # reports speech: "she claimed that", "he conceded, adding"
    UNSURE = "unsure"  # could be either: report at info
    OTHER = "other"  # another sense: "claimed the title", "admitted to hospital"


# Past tenses that do not end in "-ed", for a claimed clause with no "that" (round 18).
_IRREGULAR_PAST = (r"(?:said|told|thought|knew|saw|took|made|went|got|gave|felt|kept|left|paid|sent|spent|"
                   r"lost|won|ran|brought|bought|caught|wrote|stole|hid|met|led|fled|held|sold|did|began|"
                   r"broke|chose|drove|fell|forgot|hit|hurt|let|meant|put|quit|rode|rose|shot|sought|"
                   r"spoke|struck|taught|threw|understood|wore)")
# After the verb: what makes it a speech verb.
_SPEECH_AFTER = LazyRegex(
    r"\s*(?:\w+ly\s+)?(?:"
    r"that\b|[,:;—–]|[\"“‘']|\.(?!\w)|$"
    # round 79: the topic of the talk after a past tense ("gushed about their future", "boasted
    # about how"); not "claimed about 30 lives" (a number: "about" as "nearly")
    r"|(?<=ed)\s+about\s+(?:their|his|her|its|our|my|your|the|how|what|why|being|having)\b"
    r"|to\s+(?:have|be|being|know|own|represent|speak|care|want|understand)\b"
    r"|to\s+\w+ing\b"
    # any other infinitive: "a group claiming to fight fraud", "claim to stand for" (a bare
    # lowercase word after "to", not a determiner or a plural noun: "admitted to the club",
    # "admitted to hospitals" are other senses, and "to hospital" is read before this)
    r"|to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|any|all|no|"
    r"one|two|three|hospital|school|college|court|prison|jail|office|power|bail|work|death|"
    r"fame|date)\b)[a-z]+(?<![^s]s)\b(?![-'’])"
    # an adjunct between the verb and its clause: "claimed on Tuesday that", "asserted without
    # evidence Friday that", "bragged in a speech that"; round 81: a time adverb opening the
    # adjunct ("admitted earlier this month that", "conceded later that")
    # (round 97: up to 8 words, the occasion and its date, "boasted at an investor day only
    # three months ago that", "gushed in a magazine interview in May that")
    r"|(?:on|in|at|during|without|before|after|last|this|from|to|\w+day|earlier|later)\s+(?:[\w'’-]+\s+){0,8}?that\b"
    # a clause follows without "that": "claimed the move was unlawful" (the verb of a relative
    # clause is not the clause's: "admitted two preachers who had ..." admits them)
    r"|(?:[\w'’-]+\s+){1,5}?(?<!\bwho\s)(?<!\bwhich\s)(?:is|are|was|were|had|has|have|would|will|could|can|did|does|"
    r"do|should|must|might|may)\b"
    # ... and one whose subject runs longer, with a phrase of its own ("claims the damage bill
    # from the attacks over the past month has reached", "admits about 35 jobs at the plant will
    # go"): no relative or subordinate clause on the way ("admitted a man to the ward that has"),
    # not a verb joined by a conjunction ("claimed the seat and has"), and no comma in between
    r"|(?:(?!(?:who|whom|whose|which|that|where|when|while|after|before|because|if)\b)[\w'’-]+\s+){6,16}?"
    r"(?<!\band\s)(?<!\bor\s)(?<!\bbut\s)(?:is|are|was|were|had|has|have|will|would)\b"
    r"|(?:he|she|they|we|it|there|his|her|their|its|this|these|those)\s+"
    r"(?:was|were|is|are|had|has|have|would|could|did|will|never|knew|\w+ed)\b"
    # round 18: a pronoun's irregular past ("admits she said out loud that"), and a name's
    # past tense, through "never" or an adverb ("he claims Medvedev used a network of",
    # "Lawyer claims US never formally requested"): the claimed clause's subject and verb
    rf"|(?:he|she|they|we|it)\s+{_IRREGULAR_PAST}\b"
    rf"|(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})\s+(?:(?:never|not|also|\w+ly)\s+){{0,2}}"
    rf"(?-i:[a-z]+ed|{_IRREGULAR_PAST})\b"
    r")"
)
# round 97: what "tout" and "trumpet" promote, a thing of their subject's or one named ("touted
# its new phone", "trumpeted the deal"); the elephant's call takes no object
_PROMOTED_AFTER = LazyRegex(r"\s+(?:its|their|his|her|our|the|a|an|this|these)\s+\w", re.IGNORECASE)
# After the verb: the other senses news copy uses every day.
_OTHER_AFTER = LazyRegex(
    r"\s+(?:"
    r"(?:the|a|an|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|\d+|another|first|second)\s+"
    r"(?:[\w-]+\s+)?(?:title|titles|crown|lives?|seats?|prize|trophy|victory|win|wins|championship|spot|"
    r"throne|record|lead|land|lands|territory|area|bodies|body|medals?|gold|silver|bronze|points?|"
    r"goals?|penalt(?:y|ies)|tr(?:y|ies)|wickets?|stage|pole|scalp|race|election|game|match|nomination|"
    r"majority|jackpot|share|stake|refund|prize|award|patients?|students?|members?|victims?)\b"
    r"|(?:lives|victims|seats|titles|medals|responsibility|credit|asylum|benefits?|compensation|"
    r"damages|ownership|sovereignty|victory|defeat|possession|control|authority|dominance|"
    r"jurisdiction|itself|themselves|himself|herself"
    # round 26 (round 25's blind check): a defence pleaded in court ("may claim self-defense at
    # trial", "claimed diplomatic immunity")
    r"|self-defen[cs]e|(?:diplomatic\s+|parliamentary\s+)?immunity|privilege|insanity)\b"
    # ... and an attack claimed, the responsibility for it ("Taliban claims attacks", "IS claimed
    # the bombing."): the object noun ends the clause, no verb of its own follows
    r"|(?:the\s+|an?\s+|two\s+|three\s+|both\s+)?(?:attacks?|bombings?|blasts?|killings?|assassinations?|"
    r"kidnappings?|shootings?|explosions?)(?=\s*(?:[.,;:!?]|$|\n))"
    # owning up to an act ("confessed to planning the attacks", "admitted to taking bribes"):
    # a confession, which the verb names, not a verdict on what someone said
    r"|to\s+(?:having\s+)?[a-z]+ing\b"
    # round 28 (round 27's blind check: "China claims almost all the disputed waters"): a
    # territorial claim, its object the waters, islands or region claimed, maybe a share of
    # them; no verb follows ("claims the region is safe" is speech)
    r"|(?:(?:almost|nearly|virtually|most|much|all|part|parts|large\s+parts|some|each)\s+(?:of\s+)?)*"
    r"(?:the\s+|both\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?(?:waters|islands?|islets?|reefs?|shoals?|atolls?|"
    r"seas?|seabed|rocks|region|peninsula|airspace|coastline|archipelago)\b"
    r"(?!\s+(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might|did|does|do)\b)"
    r"|(?:to|into)\s+(?:the\s+)?(?:hospital|a\s+hospital|intensive\s+care|the\s+bar|school|college|"
    r"university|the\s+(?:country|us|uk|club|party|union|programme|program|academy|order))\b"
    # round 172: admitted as a patient to a ward or unit, maybe a reduced relative with no "was"
    # before it ("none of the children admitted to the paediatric ward has died")
    r"|(?:to|into)\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:wards?|units?|hospices?|clinics?)\b(?!['’])"
    r")",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = LazyRegex(
    r"\b(?:was|were|is|are|been|being|be|get|got|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_NOUN_BEFORE = LazyRegex(
    r"\b(?:the|a|an|his|her|their|its|our|your|my|these|those|this|that|such|any|no|false|"
    r"baseless|repeated|dubious|unfounded|similar|competing|insurance|legal|territorial|"
    r"disability|benefit|pay|wage|damage|damages|compensation|tax|expenses|injury|refund|of|and|or|new|latest|earlier|"
    r"first|main|central|key|bold|big|future|past|pending|outstanding|further|fresh|recent|early|other|"
    r"\w+['’]s)\s+$",
    re.IGNORECASE,
)
# A noun "claim(s)" read from its neighbours: a possessive ("the victims' claims"), a
# preposition ("investigation into claims"), an adjective ("the extraordinary claim");
# or what follows it: a preposition or a verb of its own ("claims about the vote", "the claims
# were false"). (A subject before it says nothing: "the sergeant claims" is the verb.)
_NOUN_BEFORE_MORE = LazyRegex(
    r"(?:['’]s|s['’]|\b(?:into|about|against|over|despite|amid|with|for|on|by|from|such)"
    # a possessive and a date ("the mayor's March 4 claim that", "Trump's 2016 claims"; round 24)
    r"|['’]s\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{4})"
    r"|\b\w+(?:ary|ous|ful|ive|ic|ical|able|ible|less|ish)"
    # round 169: a relational adjective in lower case ("environmental claims that", "agricultural
    # claims", "commercial claims"; Quirk et al. 7.36): it classifies the noun and names no
    # speaker. Only these endings: "-al" alone takes the people of "an official claims", "a
    # national claims", "the individual claims", and a capital the names ("Jamal claims")
    r"|(?-i:\b[a-z]+(?:mental|ural|ntial|rcial|ncial))"
    # a negated participle ("the mayor's unsubstantiated claim that", "unproven claims"; round 16): an
    # adjective, no subject (not the few that name people: "the unemployed claim benefits")
    r"|\bun(?!employed|insured|initiated|dead)[a-z]+(?:ed|en)"
    # a verb and its particle ("picked up claims that", "seized on claims"; round 16): the claims
    # are its object
    r"|\b[a-z]+(?:ed|ing)\s+(?:up|on|down)"
    # a gerund in lower case as its modifier ("the wiretapping claims", "conflicting claims";
    # not "Beijing claims", "nothing claims")
    r"|(?-i:\b(?!(?:no|some|any|every)thing\b)[a-z][a-z]+ing))\s+$",
    re.IGNORECASE,
)
# A headline line that ends on "claim(s)" with no stop ("Inquiry into Minister Pay Claims"):
# the noun; the verb needs its clause.
_LINE_END = LazyRegex(r"[ \t]*(?:\n|$)")
_NOUN_AFTER = LazyRegex(
    r"\s+(?:about|of|against|which|were|was|are|is|has|have|had|made|by|from|regarding|surrounding)\b",
    re.IGNORECASE,
)
# Round 120: a relative "that" after the plural noun, the clause's verb right after it and plural
# ("claims that have circulated for months", "claims that were never tested"): after the verb
# "claims that" a subject comes ("she claims that they have"), and a demonstrative "that" takes a
# singular verb ("she claims that was wrong"), so a plural verb here makes "claims" the noun.
_RELATIVE_THAT_AFTER = LazyRegex(
    r"\s+that\s+(?:(?:have|were|are)\b(?![-'’])(?!\s+(?:I|you|we|they)\b)|(?:first|long|never|since|also|repeatedly)\s+(?:have|were)\b)",
    re.IGNORECASE,
)
# Before "claims" only (not "claim": "to claim" is an infinitive): "responding to claims he
# failed", and the verbs that take claims as their object ("rejected claims that", "denies
# claims"): a said-verb cannot follow them directly.
_PLURAL_NOUN_BEFORE = LazyRegex(
    # round 23: a bare verb after a modal before it ("will also describe claims that ... as
    # false", "could examine claims"): the verb's object; a said-verb cannot follow a bare verb
    r"(?<![\w'’-])(?-i:(?:will|would|could|should|can|may|might|must|to)\s+(?:(?:also|not|now|then|first|[a-z]+ly)\s+)?"
    r"(?!(?:be|have|help|make|the|a|an|his|her|their|its)\b)[a-z]+)\s+$|"
    r"\b(?:to|(?:reject|deny|denie|denied|dismiss|disput|refut|rebut|investigat|examin|"
    r"answer|address|repeat|echo|undermin|contradict|corroborat|substantiat|bolster|debunk)\w*)['’\"]?\s+$",
    re.IGNORECASE,
)
# A noun "claims" after a name used as its modifier ("critical of Federal Government claims
# that", "rejected recent Republican claims"): before the capitalised words, a preposition, an
# adjective or a verb that takes claims as its object; not an article ("the Federal Government
# claims that" is the verb), nor "of" or "from" after a noun ("the head of Qantas claims").
_NAME_MODIFIER_BEFORE = LazyRegex(
    r"\b(?:\w+(?:al|ic|ous|ful|ive|ant|ent)\s+of|into|about|against|over|despite|amid|to|recent|new|latest|earlier|repeated|"
    r"false|baseless|unfounded|dubious|similar|further|fresh|\w+(?:ary|ous|ful|ive|ic|ical|able|ible|less)|"
    r"(?:reject|deny|denie|denied|dismiss|disput|refut|rebut|investigat|examin|blast|slam|attack|"
    r"criticis|criticiz|ridicul|mock|question|challeng|answer|address|repeat|echo|"
    r"undermin|contradict|corroborat|substantiat|bolster|debunk)\w*)\s+"
    r"(?:[A-Z][\w'’.-]*\s+)+$"
)
# The legal noun (round 26, round 25's blind check: "face a $24m spill claim", "asserts a number of
# different claims"): "claim(s)" as the object of a verb of
# litigation, or a plural after a quantifier or a modifier of a legal claim. (Info, not dropped:
# a claim may still be a speaker's.)
_LEGAL_CLAIM_BEFORE = LazyRegex(
    r"(?<![\w-])(?:(?:face[sd]?|facing|fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|settl(?:e|es|ed|ing)|"
    r"submit(?:s|ted|ting)?|assert(?:s|ed|ing)?|pursu(?:e|es|ed|ing)|process(?:es|ed|ing)?|"
    r"brought|bring(?:s|ing)?|withdr(?:aw|aws|ew|awn)|drop(?:s|ped|ping)?|paid|pay(?:s|ing)?|"
    r"dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?)\s+(?:(?!(?:who|which|that|he|she|they|it|we)\b)[\w$'’.,-]+\s+){0,5}?"
    r"|(?<!\ban\s)(?<!\ba\s)(?:several|various|multiple|numerous|different|separate|"
    r"conflicting|competing|civil|legal|insurance|injury|liability|negligence|warranty|pension|"
    r"spill|personal|property|title|patent|asylum)\s+)$",
    re.IGNORECASE,
)
_DOUBT_BEFORE = LazyRegex(
    r"\b(?:falsely|wrongly|baselessly|repeatedly|dubiously|spuriously|erroneously|"
    r"misleadingly|incorrectly)\s+$",
    re.IGNORECASE,
)
# Round 127: existential "there" + a form of "be" before the plural ("There are also claims that
# stalls traded without certificates", "there have been claims of"): the noun, whose speaker the
# sentence does not name; the fault is the missing source (the unattributed family's cue), not
# a verdict on a speaker, so a hint at most. ("There, he claims, ..." has no "be".)
_EXISTENTIAL_BEFORE = LazyRegex(
    r"\bthere\s+(?:is|are|was|were|(?:have|has|had)\s+been|will\s+be|remain|remains)\s+"
    r"(?:(?:also|still|now|even|already|long|persistent|growing|renewed|repeated|fresh|new|\w+ly)\s+){0,2}$",
    re.IGNORECASE)
_NOUN_FORMS = frozenset({"claim", "claims", "boast", "boasts", "admits",
                         # round 23: the instrument ("the blast of trumpets")
                         "trumpet", "trumpets"})
# "I admit", "we had to concede": the writer reports their own speech, no verdict on a speaker
_FIRST_PERSON_BEFORE = LazyRegex(r"(?<![\w-])(?:I|[Ww]e|[Ll]et['’]s|[Ll]et\s+us)\s+(?:[\w'’]+\s+){0,2}$")


# Where "claim(s)" can only be the noun (round 13's fresh news): right after a preposition
# ("hit back at claims the UK"), or after a lowercase modifier that a possessive or an article
# opens, with a stop or "and" after it ("Trump's wiretap claims and", "the wiretap claim,").
# The modifier must be no person, and the stop is needed: "the report claims that", "Trump's
# aide claims the plan" are the verb.
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w'’-])(?:at|over|amid|despite|about|against|of|on|with|by|after|following|into|behind|"
    r"from|among)\s+$",
    re.IGNORECASE,
)
# (Names may stand between the opener and the modifier: "in the Hale wiretap claims, it
# was"; round 16.)
_MODIFIER_BEFORE = LazyRegex(r"(?:(?P<own>\w['’]s|s['’])|(?P<art>\b(?:the|a|an|this|that|these|those))"
                              r"|(?P<det>\b(?:his|her|their|its|our|your|my)))\s+"
                              r"(?-i:(?:[A-Z][\w'’.-]*\s+){0,2})(?P<mod>[a-z][a-z-]+)\s+$", re.IGNORECASE)
_STOP_AFTER = LazyRegex(r"\s*(?:[,.;:!?)]|(?:and|or)\b)")


# The last conjunct of a list of plural nouns ("your invoices, bills and expense claims"; round
# 90): a list of two or more plurals before "and"/"or", maybe a modifier, then "claims". A plural
# subject takes "claim", not "claims", so the word is the noun.
_PLURAL_LIST_BEFORE = LazyRegex(r"(?-i:\b[a-z]{2,}s,\s+(?:[a-z]{2,}s,\s+)*[a-z]{2,}s,?\s+(?:and|or)\s+(?:[a-z-]{3,}\s+)?)$")


def _claim_noun(text: str, start: int, end: int, before: str) -> bool:
    """Is "claim(s)" here surely the noun (see :data:`_PREPOSITION_BEFORE`)?"""
    if _PREPOSITION_BEFORE.search(before):
        return True
    if text[start:end] == "claims" and _PLURAL_LIST_BEFORE.search(before):
        return True
    m = _MODIFIER_BEFORE.search(before)
    if m is None or not m.group("mod").islower():
        return False
    if m.group("det") is not None and (text[start:end].lower() != "claim" or m.group("mod").endswith("s")):
        # (round 23) after "his", "their": only the singular with a singular modifier ("his
        # discrimination claim."); "their lawyers claim." and "his team claims." are the verb
        return False
    from lintnews.builtin.loaded.evidence import classes

    if m.group("mod").lower() in classes().people:
        return False
    return _STOP_AFTER.match(text, end) is not None


# "insist on" is a demand, not speech ("insisted on anonymity", "insists on a recount"; round
# 18), unless a clause follows an adjunct ("insisted on Tuesday that"): no verdict on words.
_INSIST_ON = LazyRegex(r"\s+(?:up)?on\b(?!(?:\s+[\w'’-]+){0,5}?\s+that\b)", re.IGNORECASE)
# "insist that X resign" is a demand, as "insist on" is (round 20: "why wasn't Trump insisting
# that Sessions resign", "insisting that Russia adhere to the ceasefire"): the clause's verb is a
# bare mandative subjunctive after a short subject with no auxiliary, not a reported statement.
_MANDATIVE_VERBS = (r"be|resign|step|quit|leave|stop|halt|cease|withdraw|drop|pay|return|release|"
                    r"apologi[sz]e|comply|adhere|abide|hand|face|end|scrap|reverse|retract|recuse")
_INSIST_DEMAND = LazyRegex(
    r"\s+(?:that\s+)?(?:(?!(?:will|would|could|should|must|can|may|might|shall|did|does|do|to|is|are|was|were|"
    r"has|have|had|he|she|it|i|we|they|you)\b)[\w'’.-]+\s+){1,4}?(?:not\s+)?"
    # (not a noun after a determiner: "insisted that the end of the war", "the release of")
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bour\s)"
    r"(?:" + _MANDATIVE_VERBS + r")\b(?![-'’])(?!\s+of\b)",
    re.IGNORECASE,
)
# The verb of an object relative clause, its object the relative word, and the claimed
# clause's verb right after it ("factories that they claimed were built on seized land", "the
# money he admitted was a loan"; round 18): speech.
_RELATIVE_BEFORE = LazyRegex(r"(?<![\w-])(?:that|which|what|who|whom)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
_CLAIMED_VERB_AFTER = LazyRegex(r"\s+(?:\w+ly\s+)?(?:is|are|was|were|had|has|have|would|will|could|did)\b",
                                 re.IGNORECASE)


# "Concede" a claim or a demand is to grant it (round 21: "the cost of conceding the claim
# would be negligible", "conceded the pay demand"), not to admit what was said; the object
# noun ends there ("conceded the claim was true" is speech: a verb follows).
_CONCEDE_DEMAND = LazyRegex(
    r"\s+(?:the|a|an|their|its|his|her|our|this|that|these|those)\s+(?:[\w-]+\s+)?(?:claims?|demands?)\b",
    re.IGNORECASE,
)
# Round 151: a demonstrative "that" before the noun is the clause's conjunction when the noun
# has a verb of its own ("conceded that mortgage demand remained weak", "conceded that the
# claims had merit"): the clause is what was said, not a demand granted. A participle with its
# agent ("conceded that demand raised by unions") is still the object.
_CONCEDED_CLAUSE_VERB = LazyRegex(
    r"\s+(?:\w+ly\s+)?(?:is|are|was|were|had|has|have|would|will|could|did|"
    rf"(?!\w+ed\s+by\b)[a-z]+ed|{_IRREGULAR_PAST}|remains|stays|looks|seems)\b", re.IGNORECASE)
# Round 151: "concede" with no object and a subordinate clause right after it ("will not concede
# until all ballots are counted", "refused to concede unless a recount is held") is conceding a
# contest (the election, the race, defeat), which is literal; "conceded, adding" and "conceded
# that" stay speech.
# An adjunct that leads to a clause ("conceded before the polls closed that he had lost",
# "conceded when pressed that") is speech.
_CONCEDE_CONTEST = LazyRegex(r"\s+(?:until|unless|till|before|if|when|while|despite)\b"
                             r"(?!(?:[\s,]+[\w'’-]+){0,8}?\s+that\b)", re.IGNORECASE)
# ... and a gerund after a preposition names the act ("the cost of conceding the claim would be")
_GERUND_AFTER_PREPOSITION = LazyRegex(r"(?<![\w-])(?:of|by|in|for|from|against|without|after|before)\s+$", re.IGNORECASE)


# Owning up to an act with a gerund as the object ("admitted raping a girl", "confessed
# stealing the cash"; round 23, as "admitted to taking bribes" before): a plea, not a verdict on
# words; not a state of mind ("admitted feeling nervous" is the verb's implied embarrassment).
# An adverb of the act may come between (round 25, round 23's second sample: "admitted racially
# abusing a passenger", "admitted dangerously driving").
_ACT_GERUND_AFTER = LazyRegex(
    r"\s+(?:having\s+)?(?:[a-z]{3,}ly\s+)?(?!(?:feeling|thinking|wondering|worrying|hoping|wishing|being)\b)"
    r"[a-z]{3,}ing\b")
# Material and messages, the things that purport or claim to be something: the wire's caution
# about unverified material (round 23) and a thing that impersonates (round 100). One class of
# nouns for both verbs, singular and plural.
_MATERIAL_NOUNS = (
    r"(?:videos?|footage|images?|photos?|photographs?|pictures?|recordings?|audio|tapes?|documents?|"
    r"letters?|messages?|texts?|posts?|e-?mails?|maps?|screenshots?|clips?|calls?|voicemails?|"
    r"accounts?|profiles?|websites?|sites?|pages?|apps?|links?|adverts?|ads|leaflets?|flyers?|notices?)"
)
_MATERIAL_BEFORE = LazyRegex(rf"\b{_MATERIAL_NOUNS}\b(?:\s+[\w'’-]+){{0,5}}\s+$", re.IGNORECASE)
# Round 113: material that circulates with no author as the verb's subject ("a post shared
# widely on a forum claimed that", "posts passed round parents' groups have claimed that", "a
# viral video claims"): there is no speaker for the verdict to fall on; the fault is the missing
# source (the unattributed-claim family's provenance cue), so the verb is a hint at most. The
# noun is one of the material nouns with a participle of circulation after it, or "viral" before
# it; a named text ("the report claims that", "a letter from the mayor claimed") still warns.
_CIRCULATED_BEFORE = LazyRegex(
    rf"(?:\b{_MATERIAL_NOUNS}\s+(?:\w+ly\s+)?(?:shared|circulated|circulating|forwarded|"
    rf"passed\s+(?:a)?round|doing\s+the\s+rounds|going\s+(?:a)?round|spread(?:ing)?|posted)\b|"
    rf"\bviral\s+{_MATERIAL_NOUNS}|"
    # round 120: material placed on an online forum, with no author ("posts on fan forums claim",
    # "messages in parents' chat groups claimed"), and the unnamed plural posters of such places
    # right before the verb ("pro-Kremlin military bloggers claimed", "forum users claim")
    rf"\b{_MATERIAL_NOUNS}\s+(?:on|in)\s+(?:[\w'’-]+\s+){{0,2}}(?:forums?|message\s*boards?|social\s+media|"
    rf"chat\s+groups?|group\s+chats?|fan\s+sites?|blogs?|online)\b|"
    rf"\b(?:bloggers|vloggers|posters|commenters|(?:forum|internet|online|social\s+media)\s+users)\s+(?:have\s+|had\s+)?$)"
    r"(?:(?!\b(?:by|from|of)\s+[A-Z])[^.;:!?\"“”])*$", re.IGNORECASE)
# A fact-check's section label ("CLAIM: A post says", "VERDICT:"): the word in capitals opens
# the line and a colon follows; a heading, not a verb of speech (round 113)
_LABEL_AFTER = LazyRegex(r":\s")
# A bare said-verb coordinated after "or" with no subject of its own ("Finish the network, or
# admit the money was wasted"): an imperative, the writer's own demand (round 113); info
_BARE_OR_BEFORE = LazyRegex(r",\s+or\s+(?:else\s+)?$", re.IGNORECASE)


# A claim denied (round 24; the tuned check: "the article he cites never claimed that", "the
# firm does not claim that"): "claimed" doubts what is asserted, and a negation asserts nothing.
# Info, not dropped. (A text as the subject, "the report claims that", warns as before: round 13.)
_NEGATED_BEFORE = LazyRegex(r"(?<![\w-])(?:never|not|n['’]t)\s+(?!only\b)(?:\w+ly\s+)?$", re.IGNORECASE)


# A thing as the subject of "claiming to be" (round 100: "a text message claiming to be from
# your bank", "an email claiming to come from the council"): a thing impersonates, it reports
# no speech the writer could judge. The material noun right before the verb, and an
# infinitive of identity after it.
_THING_CLAIMING = LazyRegex(rf"\b{_MATERIAL_NOUNS}\s+$", re.IGNORECASE)
_IDENTITY_AFTER = LazyRegex(r"\s+to\s+(?:be|come|originate)\b", re.IGNORECASE)
# An object relative clause that ends on the verb (round 100: "the island, which both sides
# claim."; "the land that the two families claim,"): the verb's object is the noun before the
# relative word, a possession or a right, not a clause of speech. (Not "what": "contrary to
# what he claims." is the content of speech.)
_RELATIVE_OBJECT_BEFORE = LazyRegex(
    r"(?<![\w-])(?:which|that)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
_CLAUSE_END_AFTER = LazyRegex(r"\s*(?:[.;!?)]|,\s+(?:and|but|while|though|although)\b|$)")
# A number before the noun (round 100: "after just one claim", "three claims a year"): "claim"
# counted is the noun. ("one claims that" is the pronoun: not before the plural.)
_NUMBER_BEFORE = LazyRegex(r"(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s+$",
                           re.IGNORECASE)


# round 101: a maker's stated figure, "claimed" as an adjective after a determiner or a
# possessive ("the claimed range", "its claimed battery life", "Volta's claimed 0-62mph time",
# "a claimed 45mpg"): motoring and electronics copy's term for a specification, not a verdict on
# anyone's words (``loaded/stated-specs``; "the claimed benefits of the scheme" stays unsure)
_SPEC_BEFORE = LazyRegex(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|\w['’]s)\s+(?:\w+ly\s+)?$",
                         re.IGNORECASE)
_SPEC_AFTER = LazyRegex(r"\s+(?:(\d)|([a-z]+)(?:[\s-]+([a-z]+))?)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _stated_specs() -> frozenset[str]:
    """The nouns of a maker's stated figures (``loaded/stated-specs``, every form)."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/stated-specs")


def _stated_figure(text: str, end: int, before: str) -> bool:
    """Is "claimed" here an adjective on a stated figure ("the claimed range")?"""
    if not _SPEC_BEFORE.search(before):
        return False
    m = _SPEC_AFTER.match(text, end, min(len(text), end + 40))
    if m is None:
        return False
    return m.group(1) is not None or any(
        w is not None and w.lower() in _stated_specs() for w in (m.group(2), m.group(3)))


# Round 151: a plea's object after "admit" ("admitted the breaches", "admitted two counts of
# fraud", "admitted manslaughter"), up to two words of determiner and modifier before the noun
# of ``loaded/pleaded-objects`` (the words run on: no punctuation between); no verb of its own
# after it ("admitted the breach was serious" is speech: the clause is what was conceded).
_PLEA_WORDS = re.compile(r"\s*([A-Za-z]+)")


@lru_cache(maxsize=1)
def _pleaded_nouns() -> frozenset[str]:
    """The nouns a plea admits (``loaded/pleaded-objects``, every form)."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/pleaded-objects")


def _pleaded_object(text: str, end: int) -> bool:
    """Is the object of "admit" at ``end`` a charge, count or offence, with no clause of its own?"""
    pos = end
    for _ in range(3):
        m = _PLEA_WORDS.match(text, pos)
        if m is None:
            return False
        pos = m.end()
        if m.group(1).lower() in _pleaded_nouns():
            return not _CLAIMED_VERB_AFTER.match(text, pos)
        if m.group(1).lower() in ("that", "to", "he", "she", "they", "it", "we", "i"):
            return False
    return False


def _subject_noun(text: str, lo: int, start: int, end: int) -> bool:
    """Round 160: the plural form a determined noun with its own verb after it
    (``evidence.indirect.subject_speech_noun``)."""
    from lintnews.builtin.loaded.evidence.indirect import subject_speech_noun

    return subject_speech_noun(text, lo, start, end)


def speech_sense(text: str, start: int, end: int, lo: int) -> Sense:
    """Is the verb at ``text[start:end]`` a said-verb here? ``lo`` is its sentence start."""
    word = text[start:end].lower()
    before = text[max(lo, start - 40) : start]
    if _PASSIVE_BEFORE.search(before) and not word.split()[0].endswith("ing"):
        # "it was claimed", "was admitted to hospital": not the writer's verdict ("is claiming
        # that", "was boasting", "is pointing out that": a progressive, the said-verb itself;
        # of a phrasal verb, its verb is the first word: round 49's battery)
        return Sense.OTHER
    if _FIRST_PERSON_BEFORE.search(before):
        return Sense.OTHER  # "I must admit": the writer's own words
    if text[start:end].isupper() and len(word) > 1 and not text[lo:start].strip() and _LABEL_AFTER.match(text, end):
        return Sense.OTHER  # "CLAIM: A post says": a fact-check's label (round 113)
    if word in ("admit", "claim", "concede", "insist", "confess") and _BARE_OR_BEFORE.search(before):
        return Sense.UNSURE  # "or admit the money was wasted": an imperative (round 113)
    if word.startswith("claim") and _CIRCULATED_BEFORE.search(text[max(lo, start - 120):start]):
        return Sense.UNSURE  # "a post shared widely claimed that": no author to judge (round 113)
    if word == "claimed" and _stated_figure(text, end, before):
        return Sense.UNSURE  # "the claimed range of 352 miles": a maker's stated figure (round 101)
    if word in ("claim", "claims") and _claim_noun(text, start, end, before):
        return Sense.OTHER  # "Trump's wiretap claims", "hit back at claims": the noun
    if word in ("claims", "boasts") and _subject_noun(text, lo, start, end):
        # round 160: "The bogus claims should have been stopped": the noun, a hint as "his claims
        # that" is; "the outlandish boasts were" is no verb of possession either
        return Sense.UNSURE if word == "claims" else Sense.OTHER
    if word == "claims" and _EXISTENTIAL_BEFORE.search(before):
        return Sense.UNSURE  # "There are also claims that": the noun with no speaker (round 127)
    if word in ("claim", "claims") and _NUMBER_BEFORE.search(before) and not (
            word == "claims" and before.rstrip().lower().endswith("one")):
        return Sense.UNSURE  # "after just one claim": the noun counted (an insurance claim, maybe a remark)
    if word.startswith("claim") and _THING_CLAIMING.search(before) and _IDENTITY_AFTER.match(text, end):
        return Sense.OTHER  # "a message claiming to be from your bank": a thing impersonates
    if word.startswith("claim") and _RELATIVE_OBJECT_BEFORE.search(before) and _CLAUSE_END_AFTER.match(text, end):
        return Sense.UNSURE  # "the island, which both sides claim.": the object is the antecedent
    if word in ("claim", "claims") and (word == "claims" or not before.rstrip().lower().endswith(
            ("several", "various", "multiple", "numerous", "different", "separate", "conflicting", "competing"))) and _LEGAL_CLAIM_BEFORE.search(text[max(lo, start - 80):start]):
        return Sense.UNSURE  # "face a $24m spill claim", "asserts a number of claims": the legal noun
    if word in _NOUN_FORMS and not _DOUBT_BEFORE.search(before) and (
            _NOUN_BEFORE.search(before) or (word in ("claim", "claims") and (
                _NOUN_BEFORE_MORE.search(before) or _NOUN_AFTER.match(text, end)
                or (word == "claims" and _RELATIVE_THAT_AFTER.match(text, end))
                or _LINE_END.match(text, end)
                or (word == "claims" and _PLURAL_NOUN_BEFORE.search(before))
                or _NAME_MODIFIER_BEFORE.search(before)))):
        return Sense.UNSURE  # "his claims that": a noun; the claim may be the reporting itself
    if _DOUBT_BEFORE.search(before):
        return Sense.SPEECH  # "falsely claimed the money was hers"
    if word.startswith(("admit", "confess")) and _ACT_GERUND_AFTER.match(text, end):
        return Sense.OTHER  # "admitted raping a girl": a plea
    if word.startswith("purport") and _MATERIAL_BEFORE.search(before):
        return Sense.OTHER  # "a video purporting to show": unverified material
    if _OTHER_AFTER.match(text, end):
        return Sense.OTHER
    if word.startswith("admit") and _pleaded_object(text, end):
        return Sense.OTHER  # "admitted the breaches", "admitted two counts of fraud": a plea (round 151)
    if word.startswith("conced") and _CONCEDE_CONTEST.match(text, end):
        return Sense.OTHER  # "will not concede until all ballots are counted": a contest (round 151)
    if word.startswith("insist") and (_INSIST_ON.match(text, end) or _INSIST_DEMAND.match(text, end)):
        return Sense.OTHER
    if word.startswith("conced") and _CONCEDE_DEMAND.match(text, end) and (
            not _CONCEDED_CLAUSE_VERB.match(text, _CONCEDE_DEMAND.match(text, end).end())
            or (word.endswith("ing") and _GERUND_AFTER_PREPOSITION.search(before))):
        return Sense.OTHER  # "the cost of conceding the claim would be small": a demand granted
    if word.startswith("claim") and _NEGATED_BEFORE.search(before):
        return Sense.UNSURE  # "never claimed that", "did not claim that": nothing asserted (after the other
        # senses: "never claimed the title" is no speech at all)
    if _RELATIVE_BEFORE.search(before) and _CLAIMED_VERB_AFTER.match(text, end):
        return Sense.SPEECH
    if _SPEECH_AFTER.match(text, end):
        return Sense.SPEECH
    if word.startswith(("tout", "trumpet")) and _PROMOTED_AFTER.match(text, end):
        return Sense.SPEECH  # round 97: "trumpeted its new assistant": promotion, the verb's own use
    if start > lo and word[:1] != text[start:start + 1] and text[start:start + 1].isupper():
        # a title-case headline ("Mayor Claims He Was Misled", "Senator Claims Tax Will Fall"):
        # the clause after the verb is capitalised too; read it as running text
        if _SPEECH_AFTER.match(text[end:end + 80].lower()):
            return Sense.SPEECH
    return Sense.UNSURE


# Cues in the sentence before a short quotation that name where the words come from:
# a speech verb, a naming verb ("called it", "dubbed"), or a word that announces a term.
_NAMING = (
    r"called|calls|calling|call|dubbed|dubs|branded|brands|labelled|labeled|labels|termed|terms|"
    r"described|describes|describing|nicknamed|named|titled|entitled|known\s+as|referred\s+to\s+as|"
    r"refers\s+to|word|words|phrase|phrases|term|slogan|slogans|hashtag|motto|banner|banners|"
    r"sign|signs|placard|placards|headline|caption|tagline|song|songs|album|film|movie|book|show|"
    r"series|episode|podcast|article|column|essay|poem|play|exhibition|campaign|programme|program|"
    r"brand|label|chant|chants|chanting|chanted|shouting|shouted|screaming|reading|read|dismissed|"
    r"denounced|decried|accused|promised|pledged|vowed|urged|demanded|sought|offered|"
    r"spoke\s+of|talked\s+of|talks\s+of|speaks\s+of|wrote\s+of|as"
)


def _token_trie(alternatives: list[str]) -> str:
    """The alternation of ``alternatives`` (letters, literal spaces and ``\\s+``) factored as a
    trie. The regex engine then rejects most positions on the first letter instead of
    trying some 200 words at each: a sentence's lead-in is searched for every quotation."""
    trie: _Trie = {}
    for alt in alternatives:
        node = trie
        for token in re.findall(r"\\s\+|.", alt):
            node = node.setdefault(token, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [(re.escape(t) if len(t) == 1 else t) + emit(node[t]) for t in sorted(node) if t]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(trie)


_SPOKEN: re.Pattern[str] | None = None


def _spoken() -> re.Pattern[str]:
    """The cue regex, compiled on first use (it needs the speech verbs, whose module is
    loaded only when a text needs it)."""
    global _SPOKEN
    if _SPOKEN is None:
        words = sorted(set(f"{speech.SPEECH_VERBS}|{_NAMING}|according\\s+to".split("|")))
        _SPOKEN = re.compile(rf"(?<![\w-])(?:{_token_trie(words)})\b", re.IGNORECASE)
    return _SPOKEN


def quote_is_sourced(text: str, sentence_start: int, quote_start: int, quote_end: int,
                     sentence_end: int) -> bool:
    """Does the sentence say whose words a short quotation holds?

    "She called the plan 'a sham'", "a slogan, 'take back control'", "what he
    described as 'robust'" all name the source or the kind of words quoted.
    """
    # (the sentence as far as a sentence of prose runs either side of the quotation: a page
    # pasted as one sentence of thousands of quoted words was copied and read for each)
    before = text[max(sentence_start, quote_start - SENTENCE_REACH) : quote_start]
    after = text[quote_end : min(sentence_end, quote_end + SENTENCE_REACH)]
    return bool(_spoken().search(before) or re.match(
        rf"^[\s,]*(?:\w+\s+){{0,4}}(?:{speech.SPEECH_VERBS})\b", after, re.IGNORECASE))


def voice_finding(doc: Document, f: Finding) -> Finding:
    """Word a finding for the headline. (An opinion piece's lower severity is the filters
    stage's, not the rule's: see lintnews.engine.filters.)"""
    if doc.in_headline(f.start):
        return Finding(
            f.start, f.end, "In the headline: " + f.message, f.suggestion, f.severity, f.rule, f.fix
        )
    return f
