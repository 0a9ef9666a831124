"""Relative clauses and by-phrases: the source inside a clause or as an agent.

"the risk officials say is low" (a contact relative), "what critics have dubbed a wall" (a
free relative that tells something, unlike "what other people say"), "those who argue for
its abolition" (a stance, not a claim), and a by-phrase after a participle ("confirmed by
several sources", "quoted by ... as saying"): whether the unnamed people voice a claim.
"""

from __future__ import annotations

import re

from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import AUX, BE, CONJUNCTIONS, Token, is_adverb
from lintnews.builtin.constructions.sources.phrase import source_verb_forms
from lintnews.builtin.constructions.sources.verbs import AS_SAYING, CONCERNS, NEEDS_AS, QUOTING, REQUESTS
from lintnews.language.wordclasses import listed
from lintnews.util.lazyregex import LazyRegex


def object_of_past_verb(after: list[Token], k: int) -> bool:
    """Is ``after[k]`` right after a past-tense verb of the relative clause that is no
    auxiliary and no speech verb ("who used fear", "who spread doubt", "who caused concern")?
    Then it is that verb's object, a noun, not the clause's speech or cognition verb."""
    prev = after[k - 1].low if k > 0 else ""
    return (len(prev) > 3 and prev.endswith("ed") and prev not in AUX and prev not in BE
            and prev not in source_verb_forms())


def participle_before(before: list[Token], k: int) -> bool:
    """Is ``before[k]`` (an adverb or two skipped) a past participle, so that a by-phrase after
    it is an agent ("was confirmed by several sources", "a claim made by some officials"), not
    a noun's complement ("an attempt by a group of individuals", "a study by two critics")?"""
    while k < len(before) and k < 3 and before[k].word and is_adverb(before[k]):
        k += 1
    if k >= len(before) or not before[k].word:
        return False
    w = before[k].low
    return (w in lx.forms("source-verbs", lx.PARTICIPLE) or w in lx.participle_classes()
            or w.endswith(("ed", "en", "wn", "de", "ld", "id", "ht", "lt", "nt")))


def uncomplemented_holding(before: list[Token], k: int, after: list[Token], j: int) -> bool:
    """Is ``before[k]`` (an adverb or two skipped) a participle of seeing, holding or knowing
    ("held", "seen", "accepted": word class passive-vague-agent-complement) with no "as" or
    "to" complement after its agent at ``after[j]``? Then it owns or sees, and its agent voices
    no view ("shares held by a few investors"; "held by some to be" judges)."""
    while k < len(before) and k < 3 and before[k].word and is_adverb(before[k]):
        k += 1
    if k >= len(before) or not before[k].word:
        return False
    if "passive-vague-agent-complement" not in lx.participle_classes().get(before[k].low, ()):
        return False
    return not (j < len(after) and after[j].low in ("as", "to"))


def other_participle(before: list[Token], k: int) -> bool:
    """Is ``before[k]`` (an adverb or two skipped) the participle of a verb that neither
    reports nor judges ("history is being written by two opposing forces", "a fire started by
    several youths"): its agent does something, it says nothing?"""
    while k < len(before) and k < 3 and before[k].word and is_adverb(before[k]):
        k += 1
    if k >= len(before) or not before[k].word:
        return False
    w = before[k].low
    if w in lx.forms("source-verbs", lx.PARTICIPLE) or w in lx.participle_classes():
        return False
    return w.endswith(("ed", "en", "wn")) and (len(w) > 3 or w in _SHORT_DEEDS)


# participles of three letters that are deeds: "a campaign led by a handful of traders", "a
# herd fed by two farmers" (round 86; the length test above keeps out "bed", "red", "ten")
_SHORT_DEEDS = frozenset(("led", "fed"))


def reporting_participle(before: list[Token], k: int, after: list[Token], j: int) -> bool:
    """Is ``before[k]`` (an adverb or two skipped) the past participle of a speech or report
    verb, finite or a reduced relative ("confirmed by", "was told by", "has been disputed by";
    a verb of seeing with its as-complement after the agent at ``after[j]``: "interpreted by
    an official as a threat")?"""
    while k < len(before) and k < 3 and before[k].word and is_adverb(before[k]):
        k += 1
    if k >= len(before) or before[k].low not in lx.forms("source-verbs", lx.PARTICIPLE):
        return False
    lemma = lx.forms("source-verbs", lx.PARTICIPLE)[before[k].low]
    if lemma in ("reject", "deny") and any(t.low in REQUESTS for t in before[k + 1 : k + 7] if t.word):
        return False  # "whose requests for asylum were rejected by the authorities": a refusal
    if lemma in NEEDS_AS:
        return "as" in [t.low for t in after[j : j + 3]]  # "seen by a doctor": a visit, no view
    if lemma in ("find", "play", "point", "call", "raise", "ask"):
        return False  # "found by a neighbour", "called by a friend": an act, not a report
    if lemma in ("hold", "claim"):
        # "held by some to be the finest", "held by critics as a failure", "claimed by its
        # backers to cure": a view; "held by US authorities since arriving", "held by the
        # rebels": custody, and "has yet to be claimed by a family member", "the seat was
        # claimed by a rival": taking what is one's own, an act
        return any(t.low in ("to", "that", "as") for t in after[j : j + 2])
    nxt = before[k + 1] if k + 1 < len(before) else None
    if lemma == "question" and nxt is not None and nxt.low in _SUBORDINATORS:
        # "when questioned by lawmakers about the deal, the minister said": an interview of the
        # clause's subject, no doubt voiced (round 54; "was questioned by critics" doubts)
        return False
    return nxt is None or not nxt.word or nxt.low in BE or nxt.low in AUX or nxt.low in CONJUNCTIONS


# the subordinators of a participle clause whose subject is the main clause's ("when questioned")
_SUBORDINATORS = frozenset("when whenever after before if once upon while until unless".split())


# "said they were sad and frustrated", "say they are very scared": the speakers' own state of
# mind, one of the ``feeling-adjectives`` (not with a clause after it: "worried that ...")
_SELF_STATE = LazyRegex(
    r"(?:\s+(?:me|us|him|her|them|reporters|the\s+\w+))?(?:\s+that)?\s+(?:they|we)\s+"
    r"(?:(?:were|are|was|had\s+been|have\s+been|’re|'re|remain|remained|felt)\s+)"
    r"(?:(?:\w+ly|very|so|too|quite|a\s+bit|a\s+little|still|both|deeply)\s+)?([a-z]+)\b(?!\s+that\b)",
    re.IGNORECASE,
)


def self_state(text: str, pos: int, hi: int) -> bool:
    """Do the speakers tell their own feeling ("said they were sad")? See :data:`_SELF_STATE`."""
    m = _SELF_STATE.match(text, pos, hi)
    return m is not None and m.group(1).lower() in lx.forms("feeling-adjectives")


# a speech verb followed by one of these takes a cause or a topic, not a claim ("argue for
# abolition", "complain about noise", "campaign against the tip")
_STANCE_PREPOSITIONS = frozenset("for against about over of on".split())


def token_index(after: list[Token], tok: Token) -> int | None:
    return next((i for i, t in enumerate(after) if t.start == tok.start), None)


def nothing_claimed(after: list[Token], verb: Token) -> bool:
    """In a free relative ("what other people say"), does the verb end its clause (a stop,
    or "or"/"and" and another verb: "say or do")? Then nothing they say is told; with an object
    or a complement ("what critics have dubbed a wall", "what many believe is that ...") it is."""
    k = token_index(after, verb)
    if k is None:
        return False
    if k + 1 >= len(after):
        return True
    nxt = after[k + 1]
    if not nxt.word:
        return nxt.text in (".", "!", "?", ")")
    # "what people say or do"; "what other officials have said and how the White House has
    # responded": a second free relative or indirect question, a list of topics, no claim
    return nxt.low in ("or", "and") and k + 2 < len(after) and after[k + 2].low in _BARE_VERBS | _WH_WORDS


_WH_WORDS = frozenset("how what why where when who whether".split())


# the bare verbs a free relative's speech verb is paired with ("what people say or do")
_BARE_VERBS = frozenset("do did does think thought want wanted feel felt believe write wrote".split())
# a finite verb or a subordinator in a verb's complement: a clause, not a noun phrase
_CLAUSE_WORDS = frozenset(
    "will would is are was were could may might has have had can should must shall that if "
    "whether could".split())


def object_noun_phrase(after: list[Token], verb: Token) -> bool:
    """Is the verb's object a noun phrase ("fear infection and social stigma"), not a clause
    ("fear the plan will fail")? No finite verb or subordinator before the clause ends."""
    k = token_index(after, verb)
    if k is None or k + 1 >= len(after) or not after[k + 1].word:
        return False
    for t in after[k + 1 : k + 9]:
        if not t.word:
            return True
        if t.low in _CLAUSE_WORDS or t.low in ("he", "she", "they", "it", "we"):
            return False
    return False


def stance(after: list[Token], verb: Token, compared: bool = False) -> bool:
    """Is the relative clause's verb followed by a cause or a topic ("those who argue for its
    abolition", "people who complain about the noise")? Such a clause says who the people are
    (advocates, complainants); what they claim, if anything, is the main clause's verb, which
    the caller then looks for."""
    k = next((i for i, t in enumerate(after) if t.start == verb.start), None)
    if k is None:
        return False
    if k + 1 >= len(after) or after[k + 1].text in (".", ";", "!", "?"):
        return compared  # "less likely to leave than those who disagree.": nothing they say is told
    if verb.low in _CLAIM_FORMS and after[k + 1].low == "to":
        return True  # "people who claim to have seen it": the claimants, told apart by their claim
    if (verb.low in _CHARGING_FORMS and k + 2 < len(after)
            and (after[k + 1].low in _OBJECT_PRONOUNS or after[k + 1].capitalised)
            and any(t.low in ("of", "for") for t in after[k + 2 : k + 5])):
        # "those who accuse him of various crimes seem more culpable": the accusers, told
        # apart by their charge, the subject of the sentence's own verb
        return True
    if (verb.low in _VOICING_FORMS and k + 2 < len(after) and after[k + 1].low in CONCERNS
            and after[k + 2].low not in ("that", ":")):
        # "members who have expressed concerns will see the costs first": who they are, the
        # concern untold ("who expressed concerns that it will fail" tells one)
        return True
    if verb.low in _SELF_REPORT_FORMS and uncomplemented_report(after[k + 1 :]):
        # "those who reported walking daily", "patients who reported no symptoms": what a study's
        # participants said of their own habits or state, told as a gerund or a noun phrase, no
        # clause: who they are (the data sorts them), not a claim the writer passes on
        return True
    return after[k + 1].low in _STANCE_PREPOSITIONS


# report verbs that, in a relative clause, often sort the people by what they said of themselves
_SELF_REPORT_FORMS = frozenset("report reports reported reporting admit admits admitted admitting "
                               "mention mentions mentioned mentioning recall recalls recalled recalling "
                               "deny denies denied denying".split())
# gerunds of perception report an event the people witnessed, hearsay of the world ("those who
# reported seeing a flash", "reported being attacked"): a claim under the guidelines, so they
# keep the clause a claim
_PERCEPTION_GERUNDS = frozenset("seeing hearing witnessing noticing spotting watching smelling "
                                "sighting observing being having".split())
# words in "-ing" that are not gerunds
_NOT_GERUNDS = frozenset("nothing something anything everything during morning evening king thing "
                         "ring string bring spring".split())
# object determiners that leave nothing to claim ("reported no symptoms", "said nothing")
_NOTHING = frozenset("no nothing none".split())


def uncomplemented_report(rest: list[Token]) -> bool:
    """Is a report verb's object (``rest`` starts right after it) a gerund of the people's own
    doing ("reported walking daily") or a negative noun phrase ("reported no activity", "said
    nothing"), not a clause? A gerund of perception ("reported seeing") tells an event: a claim."""
    if not rest or not rest[0].word:
        return False
    first = rest[0].low
    if first in _NOTHING:
        return True
    return (len(first) > 4 and first.endswith("ing") and first not in _NOT_GERUNDS
            and first not in _PERCEPTION_GERUNDS and not rest[0].capitalised)


# "claim to be", "claims to have": what the people say of themselves, which the clause marks
# as theirs (no hearsay the writer passes on)
_CLAIM_FORMS = frozenset("claim claims claimed claiming".split())
# "accuse him of", "blame her for": a charge against someone, which in a relative clause tells
# who the people are ("those who accuse him of lying"), the claim told by its main verb if any
_CHARGING_FORMS = frozenset("accuse accuses accused accusing blame blames blamed blaming".split())
_OBJECT_PRONOUNS = frozenset("him her them us me it".split())
# a feeling voiced, whose noun object (a concern, a doubt) leaves its content untold
# ("staff who raised concerns were told to wait": who they are, as "who expressed concerns")
_VOICING_FORMS = frozenset("express expresses expressed expressing voice voices voiced voicing "
                           "raise raises raised raising".split())


def quoted_as_saying(before: list[Token], i: int, after: list[Token], j: int) -> bool:
    """Is the phrase the object of "quoted ... as saying" or "cited ... as saying"
    (``before[i]`` left of it, ``after[j]`` right of it)?"""
    if i < len(before) and before[i].low in ("a", "an"):
        i += 1  # "an unnamed official": the article before a determining adjective
    return (i < len(before) and before[i].low in QUOTING and j + 1 < len(after)
            and after[j].low == "as" and after[j + 1].low in AS_SAYING)


# verbs whose object is the content of a view ("the slump some analysts predict"); "say",
# "think" and "feel" are left out: "the things people say." reports no claim
_GAP_OBJECT = frozenset("fear predict forecast anticipate suspect allege claim estimate dispute doubt".split())
_CLAUSE_END = frozenset(".,;:—–)!?")


def contact_relative(after: list[Token], verb: Token, lemma: str) -> bool:
    """A relative clause with no "that" whose subject is the unnamed source: "the risk
    officials say is low", "a plan critics see as reckless". Its verb is followed by the
    verb of the clause it reports (or by the as-complement of a verb of seeing)."""
    k = next((i for i, t in enumerate(after) if t.start == verb.start), None)
    if k is None or k + 1 >= len(after):
        return False
    nxt = after[k + 1].low
    if lemma in _GAP_OBJECT and not verb.low.endswith("ing") and nxt in _CLAUSE_END:
        # "the drift some commentators fear.", "a rise many analysts predict,": the gap is
        # the verb's object, and what they fear or predict is the writer's claim
        return True
    return nxt in AUX or (lemma in NEEDS_AS and nxt == "as") or _named_gap(lemma, after, k)


# round 170: verbs of naming (word class ``attribution/name-giving-verbs``, round 173), whose object
# a contact relative leaves out ("a step critics have dubbed a tax", "the show fans have
# nicknamed 'the slow one'"): the name right after the verb
_OPEN_QUOTES = frozenset(('"', "“", "‘"))


def _named_gap(lemma: str, after: list[Token], k: int) -> bool:
    """Round 170: in a contact relative, is the verb at ``after[k]`` one of naming followed at
    once by the name it gives (an article or an opening quotation mark: "a step critics have
    dubbed a 'name and shame' register")? The object is the gap, the name the unnamed group's
    verdict. "Critics dubbed him" (an object) is not read here."""
    if lemma not in listed("attribution/name-giving-verbs", "lemmas") or k + 1 >= len(after):
        return False
    nxt = after[k + 1]
    return nxt.low in ("a", "an") or (not nxt.word and nxt.text in _OPEN_QUOTES)


# verbs of a view someone holds of their own case ("those who believe they qualify")
_OWN_CASE_VERBS = frozenset("believe think feel suspect reckon".split())
# the view's clause is about the holders themselves: "they" or "you" opens it
_OWN_CASE = LazyRegex(r"(?i)\s+(?:that\s+)?(?:they|you)\b")
# the main clause tells them what to do: a modal or a passive of advice, then an act a reader
# takes to pursue a claim or a complaint ("can apply", "should contact", "are urged to call")
_ADVICE = LazyRegex(
    r"(?i)\b(?:can|could|should|may|must|(?:will\s+)?need\s+to|are\s+(?:advised|urged|encouraged|asked|told)\s+to)"
    r"\s+(?:still\s+|also\s+|now\s+|then\s+|simply\s+)?"
    r"(?:apply|claim|contact|call|phone|ring|e-?mail|write|complain|appeal|register|request|check|seek|"
    r"get\s+in\s+touch|report|ask|submit|file)\b")


def own_case_advice(text: str, lemma: str, pos: int, hi: int) -> bool:
    """Is a relative clause's view (its verb's lemma ``lemma``, ending at ``pos``) the holders'
    view of their own case, in a sentence that tells them what to do ("Those who believe they
    qualify but have had no letter can apply through the helpline")? An eligibility condition
    addressed to readers: it sorts the readers, and nobody claims anything. Bounded by the
    sentence (``hi``) and 250 characters."""
    if lemma not in _OWN_CASE_VERBS or _OWN_CASE.match(text, pos, hi) is None:
        return False
    return _ADVICE.search(text, pos, min(hi, pos + 250)) is not None
