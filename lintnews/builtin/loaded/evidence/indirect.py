"""VOICE evidence: the word inside indirect speech, someone else's words reported.

"critics said the plan was disastrous", "President Trump's supporters think it a
disgrace": a speech verb with a speaker before it (or a tag after the clause) and a reported
clause up to the word, no clause break between (:func:`indirect_speech`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lintnews.builtin.constructions import SENTENCE_REACH
from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, classes
from lintnews.document import speech
from lintnews.util.lazyregex import LazyRegex

# -- VOICE: someone else's words -------------------------------------------------------------

# A speaker, or people a name owns ("President Trump's supporters think", "Merkel's
# critics say"; round 12)
SPEAKER_END = LazyRegex(
    rf"(?:(?<![\w-])(?:{speech.SPEAKER}|{speech.NAME}['’]s\s+(?:[a-z][\w-]+\s+)?[a-z][\w-]+))[\s,]*"
    r"(?:(?:has|have|had|was|were|is|are|did|does|do|will|would|could|may|might|also|then|later|"
    # (round 162 added "have long" and "have always/often/repeatedly" here; the merge took it out:
    # it cost a blind set a loaded span that the writer's voice carries after such a speaker)
    r"again|had\s+long|has\s+long|(?:has|have|had)\s+been)\s+)?(?:\w+ly\s+)?$"
)
# What makes the words after a speech verb a reported clause: "that", a colon or comma, or
# a finite verb before the hit ("said buyers would be stunned").
_REPORTED_CLAUSE = LazyRegex(
    # (round 23: a clause of manner, "explained how he fell as police ...", "described how")
    r"\s*(?:that\b|how\b|[,:])|.*?\b(?:is|are|was|were|be|been|being|would|will|could|can|should|"
    r"must|might|may|had|has|have|did|does|do|wo|ca)\b"
    # a pronoun's contracted verb ("think he's doing", "say they're"; round 12)
    r"|.*?\b(?:he|she|it|they|we|you|i|that|there)['’](?:s|re|ll|d|ve|m)\b",
    re.IGNORECASE | re.DOTALL,
)
# Where the writer takes over again after a reported clause: "she said no, but ...", "...,
# laughably pretending ...", "what he believes, and where ..."
_CLAUSE_BREAK = re.compile(
    # ("said the results were weak but that the cuts were sensible": a second "that" clause
    # goes on reporting, round 91; "but that is wrong" is a pronoun, the writer's again)
    r"[;—–]|,\s*(?:but(?!\s+that\s+(?!(?:is|was|has|had)\b)\w)|while|whereas|although|though|and\s+yet)\b"
    r"|\bbut\b(?!\s+that\s+(?!(?:is|was|has|had)\b)\w)"
    r"|,\s*(?:\w+ly\s+)?\w+ing\b|,\s*and\s+(?!that\b)|,\s*which\b"
)
# After a closing attribution ("..., she said on Tuesday."): the sentence ends soon, with no
# clause of its own ("..., the paper warned that corn ..." is the writer's main clause).
_TAIL_END = LazyRegex(r"(?:[^.!?;:]*?)(?:$|[.!?;:])")


# A group's modifier is no conjunction or adverb of the writer's next clause
_GROUP_MODIFIER = r"(?!(?:and|but|or|yet|so|while|though|although|because|as|then)\b)"


@lru_cache(maxsize=1)
def speech_lead() -> re.Pattern[str]:
    """A speech verb, any form, as a whole word ("said", "warning", "pointed out"). The three
    speech regexes are compiled each on its own first use: the tags' regex (:func:`speech_tail`)
    is 9 KB, and an article whose loaded words ask only for a characterising verb need not
    compile it (round 67)."""
    from lintnews.util.trie import trie_regex

    verbs = trie_regex(list(classes().speech_verbs))
    return re.compile(rf"(?<![\w-])(?:{verbs})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def speech_tail() -> re.Pattern[str]:
    """A tag after the words it attributes: "..., she said", "..., said critics"."""
    from lintnews.util.trie import trie_regex

    finite = trie_regex([v for v in classes().speech_verbs if not v.endswith("ing")])
    return re.compile(
        rf",\s*(?:(?:{speech.SPEAKER})\s+(?:\w+ly\s+)?(?i:{finite})\b|(?i:{finite})\s+(?:{speech.SPEAKER})"
        # a speaker whose titles run longer than a name ("..., Executive Chair and Founder of
        # the Harbour Trust Ana Ruiz said."; round 15): capitalised words and glue
        rf"|(?:[A-Z][\w'’.-]*\s+(?:(?:and|of|the|for|at|de|von|van|al)\s+)*){{2,14}}(?:{finite})\b"
        # a group named by a bare plural, as a lead speaker is (:func:`_group_speaker`): "...,
        # critics say.", "..., many economists believe."
        # (round 52: not a conjunction as the group's modifier: "..., but critics said the
        # council met" opens the writer's next clause, no tag)
        rf"|(?:(?:many|some|most|other|several)\s+)?(?:{_GROUP_MODIFIER}[a-z][\w-]+\s+)?(?:{_plural_people()})\s+(?:\w+ly\s+)?(?i:{finite})\b"
        # round 52: the inverted tag with a group ("..., said critics.", "..., said many
        # residents.") and the tag whose speaker is described in apposition before the verb
        # ("..., Ana Ruiz, an economist at Leeds University, said.")
        rf"|(?i:{finite})\s+(?:(?:many|some|most|other|several)\s+)?(?:{_GROUP_MODIFIER}[a-z][\w-]+\s+)?(?:{_plural_people()})\b"
        rf"|(?:{speech.NAME}),\s*(?:an?|the|his|her|their|its)\s+[^,.;:!?\"“”]{{1,60}},\s*(?:\w+ly\s+)?(?i:{finite})\b)"
    )


@lru_cache(maxsize=1)
def characterising_verbs() -> re.Pattern[str]:
    """A characterising verb as a whole word ("called", "described as", "accused")."""
    from lintnews.util.trie import trie_regex

    return re.compile(rf"(?<![\w-])(?:{trie_regex(list(classes().characterising))})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def speech_forms() -> frozenset[str]:
    return frozenset(classes().speech_verbs)


@lru_cache(maxsize=1)
def characterising_forms() -> frozenset[str]:
    return frozenset(classes().characterising)


_CLAUSE_WORDS = re.compile(
    r"\b(?:that|is|are|was|were|be|been|will|would|has|have|had|can|could|should|must)\b|[\"“]"
)
# Where and when a tag was said, after it ("..., the speaker said at a meeting with a French
# delegation on Tuesday."): a prepositional phrase, no clause of its own (round 12).
_ADJUNCT_TAIL = LazyRegex(
    r"\s*(?:at|on|in|during|after|before|to|from|outside|inside|via|through|late|early|last|"
    r"earlier|this|yesterday|today)\b",
    re.IGNORECASE,
)
# A tag set mid-sentence before the speaker's own contrast ("This should not be a witch hunt,
# she said, but rather a look at the whole case."; round 18): "but rather", "but instead",
# "not", "rather than" go on with the words the tag attributes, no clause of the writer's.
# A relative clause on the tag's speaker ("..., says one nurse, who asked not to be named."):
# part of the speaker's phrase, taken off before the tail is read for a clause of the writer's
_RELATIVE_ON_SPEAKER = LazyRegex(r"^\s*,\s*(?:who|whom|whose|which)\b[^.;:!?\"“”]{1,120}")
_CONTRAST_TAIL = LazyRegex(r"\s*,\s*(?:but\s+(?:rather|instead)|not|rather\s+than)\b", re.IGNORECASE)
# The speaker's description in apposition after the tag ("..., says Ana Ruiz, an economist at
# Leeds University.", "..., said Tom Hale, the union's leader, on Tuesday."): who the speaker
# is, a noun phrase with no clause of its own (the clause words are ruled out before).
_APPOSITION_TAIL = LazyRegex(r"\s*,\s*(?:an?|the|his|her|their|its|[A-Z][\w'’-]*['’]s)\s+\w")
# A source named with "according to" before the clause it attributes ("According to the Navy,
# ..."). (Not as a tag after it: "... for illegal aliens, according to estimates by ..."
# attributes the figure, and the label is still the writer's: measured, it lost a BABE hit.)
# A parenthetical tag with "notes" or "remarks", whose plain forms are nouns too and so no
# speech verbs of the class ("the minister's remarks"): set off by commas after a pronoun or
# a name, they are verbs ("In addition, she notes, the public ...", "..., Ruiz remarks, ...")
_NOTES_TAG = LazyRegex(r",\s*(?:he|she|they|[A-Z][\w'’-]+)\s+(?:notes|remarks),")
_ACCORDING_LEAD = LazyRegex(r"(?<![\w-])[Aa]ccording\s+to\s+[^,.;:!?“”\"]{1,80},")
# An adjunct of viewpoint before the clause it attributes, as "according to" is ("In Ana Ruiz's
# view, ...", "In the eyes of the union, ...", "As Ruiz sees it, ..."). ("For Ana Ruiz, the loss
# was devastating" is left out: it tells whose experience the writer describes, not whose view.)
_VIEWPOINT_LEAD = LazyRegex(
    r"(?<![\w-])(?:[Ii]n\s+(?:[^,.;:!?“”\"]{1,60}?['’]s?\s+(?:own\s+)?(?:view|opinion|eyes|words|estimation|judg(?:e)?ment|telling)"
    r"|the\s+(?:view|opinion|eyes|words|estimation|judg(?:e)?ment)\s+of\s+[^,.;:!?“”\"]{1,60}?)"
    r"|[Aa]s\s+[^,.;:!?“”\"]{1,60}?\s+(?:sees|see|saw|puts|put|tells|tell|told|has|have|had)\s+it),"
)
# What a court or an inquest heard (round 23; round 21's left kind: "the court heard that the
# defendant launched a brutal attack", "the jury was told he had"): the evidence given, a
# witness's or counsel's words, not the court reporter's verdict.
_COURT_HEARD = LazyRegex(
    r"(?<![\w-])(?:court|courts|jury|jurors|tribunal|inquest|inquiry|hearing|trial|magistrates?|judge|"
    r"coroner|panel|committee)\s+(?:(?:has|had|was|were)\s+(?:been\s+)?|also\s+|later\s+)?"
    r"(?:heard|hears|told)\b",
    re.IGNORECASE,
)


# Round 106: the writer (or anyone) told, assured or warned in the passive, maybe by someone
# described ("I have been told, by people who run companies, that the idea is a fantasy", "we
# are assured that the scheme is flawless"): the "that" clause is what the tellers said, their
# verdict reported, not the writer's. Only with "that": "was told off", "were warned of a
# brutal storm" report no clause.
_TOLD_PASSIVE = LazyRegex(
    r"(?<![\w-])(?:am|is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:\w+ly\s+)?"
    r"(?:told|assured|informed|warned|reminded)(?:(?:\s*,)?\s+by\s+[^.;:!?\"“”,]{1,80}?,?)?\s+that\b",
    re.IGNORECASE,
)
_PREPOSITION_AFTER = LazyRegex(r"\s+(?:on|upon|for|against|about|with|to|of)\b", re.IGNORECASE)
_COMMA_BEFORE = LazyRegex(r",\s*$")
_WRITER_SUBJECT = LazyRegex(r"[\s\"'“‘(]*(?:I|We|You)\b")


_INSERTED = LazyRegex(r",\s*(?:which|while|though|although)\b[^,.;:!?]{1,120},(?=\s*(?:\w+ly\s+)?"
                       r"(?:is|are|was|were|will|would|could|can|may|might|has|have|had|should|must|do|does|did)\b)")


# A speech verb whose complement is a direct quotation after a comma or colon ('declared, "I am
# innocent," and ...'): the words after the closing mark are the writer's again, unless the
# sentence goes on reporting ('..., and that ...').
_QUOTED_COMPLEMENT = LazyRegex(r"\s*[,:]\s*[\"“][^\"“”]{1,400}?[\"”]")
_MORE_REPORTED = LazyRegex(r"[\s,]*(?:and|but|or)\s+(?:that|added|adding)\b", re.IGNORECASE)


# The word in the phrase that tells how or where the words were said, right after the verb
# ("said in a fiery speech", "wrote in a scathing letter", "told reporters with a withering
# look"; round 21): the writer's description of the speaking, not the reported words.
_MANNER_OF_SAYING = LazyRegex(
    r"(?:\s+(?:reporters|journalists|parliament|lawmakers|supporters|the\s+crowd))?"
    r"\s+(?:in|during|with)\s+(?:an?|his|her|their|its)\s+(?:[\w'’-]+\s+)?",
    re.IGNORECASE,
)


def clause_break(text: str, pos: int, hi: int) -> int | None:
    """Where the writer takes over after a reported clause (:data:`_CLAUSE_BREAK`), skipping a
    clause set in commas inside the reported clause's subject, whose verb follows it: "says the
    results, while disturbing, are", "says the deal, which is yet to be approved, will"."""
    while True:
        cut = _CLAUSE_BREAK.search(text, pos, hi)
        if cut is None:
            return None
        inserted = _INSERTED.match(text, cut.start())
        if inserted is None:
            return cut.start()
        pos = inserted.end()


# A clause's verb: a past form between the verb of belief and the word ("believing the board
# handcuffed the mayor with endless"), or a finite verb soon after the word, which is then in
# the clause's subject ("believe the terrible figures will improve")
_VERB_BETWEEN = LazyRegex(r".*?\b[a-z]{3,}ed\b", re.DOTALL)
_FINITE_SOON = LazyRegex(
    r"[\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+(?:is|are|was|were|will|would|can|could|should|must|may|might|"
    r"has|have|had)\b", re.IGNORECASE)


# The object that says no words were said (round 114): "saying almost nothing", "said very
# little", "said not a word", "says next to nothing". Not when a finite verb follows it, which
# makes it the reported clause's subject (review 113: "said nothing could justify the ...",
# "said little would change", "said nothing more had been done").
_NOTHING_SAID = re.compile(
    r"\s+(?:(?:almost|next\s+to|very|so|precious|too)\s+)?(?:nothing|little|not\s+a\s+(?:single\s+)?word)\b"
    r"(?!\s+(?:(?:more|else|further)\s+)?(?:is|are|was|were|will|would|can|could|should|must|may|might|"
    r"has|have|had|does|did)\b)"
)


def _reported_clause(text: str, verb: str, after: int, start: int, end: int | None = None) -> bool:
    """Do the words between a speech verb and the hit open a reported clause? A verb of
    ``loaded/clause-verbs`` takes one even without "that" ("says the town needs"), unless a
    preposition follows ("insists on dragging its feet"); any other needs "that", a comma
    or a finite verb ("wrote a stunning novel" has an object), or a bare clause whose subject
    or verb the hit is (:func:`subject_clause`). Nothing said reports no words (round 114):
    "saying almost nothing for long stretches", "said little", "said not a word"."""
    if _NOTHING_SAID.match(text, after, start) is not None:
        return False
    if verb.lower() in classes().clause_verbs and not _PREPOSITION_AFTER.match(text, after):
        if verb.lower().startswith("believ"):
            # "believe" takes an object as often ("believed Ford's unsubstantiated account"):
            # a clause only with a verb before the word or a finite verb soon after it
            return _VERB_BETWEEN.match(text, after, start) is not None or\
                _FINITE_SOON.match(text, start) is not None or\
                _REPORTED_CLAUSE.match(text, after, start) is not None or\
                (end is not None and subject_clause(text, after, start, end))
        return True
    return _REPORTED_CLAUSE.match(text, after, start) is not None or\
        _PERSON_THEN_CLAUSE.match(text, after, start) is not None or\
        (end is not None and subject_clause(text, after, start, end))


# A bare reported clause whose subject holds the hit, or whose verb the hit is (round 52):
# "claimed the mayor slammed the plan", "warned thugs were running the town hall", "told
# reporters the council shockingly ignored it". The subject is a short noun phrase right after
# the speech verb (after the person told, if any); its verb a finite auxiliary or a past form
# that is no participle of a reduced relative ("wrote the stunning novel published in 2010").
_SUBJECT_CLAUSE = LazyRegex(
    r"\s+(?:(?:him|her|them|us|me|reporters|journalists|[A-Z][\w'’-]*)\s+(?=\S+\s+\S))?"
    r"(?:(?:the|a|an|his|her|their|its|this|these|those|[A-Z][\w'’-]*['’]s)\s+)?"
    r"(?P<head>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>is|are|was|were|will|would|can|could|should|must|may|might|has|have|had|did|does"
    r"|[a-z]{3,}ed(?!\s+(?:in|on|at|by|for|from|with|to|during|after|before|last|this|as)\b))\b"
)
_SUBJECT_NP = LazyRegex(
    r"\s+(?:(?:the|a|an|his|her|their|its|this|these|those|[A-Z][\w'’-]*['’]s)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+"
)
_CAPITAL_BEFORE = LazyRegex(r"[A-Z][\w'’.-]*\s+$")
# Round 122: a speech verb's form used as a noun (Quirk et al. 17.2, a preposition's object is
# a noun phrase): right after "of" ("a ray of hope for families"), or an uninflected form after
# a determiner's phrase and before "of" ("The scandalous state of the bridge", "the report of
# the panel"). A finite verb after a subject takes no "of" ("she said of the plan" is "said").
_OF_BEFORE = LazyRegex(r"(?<![\w-])of\s+$", re.IGNORECASE)
_OF_AFTER = LazyRegex(r"\s+of\b")
_DETERMINER_PHRASE = LazyRegex(r"(?i:the|a|an|this|that|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,2}$")


# Round 160: a plural noun form of a speech verb ("claims", "boasts") after a determiner and at
# most two lower-case modifiers, whose own verb follows, maybe after an aside set off by commas
# ("The false claims, of course, have been debunked", "the bogus claims should have been
# stopped"): after the verb "claims" a clause or an object comes, never an auxiliary or a
# modal, so the form is the noun, the sentence's subject, and nothing after it is reported.
_PLURAL_SPEECH_NOUNS = frozenset({"claims", "boasts"})
_DETERMINER_MODIFIED = LazyRegex(
    r"(?<![\w-])(?:the|these|those|such|its|their|his|her|our|your|\w+['’]s|\w+s['’])\s+(?-i:(?:[a-z][a-z-]*\s+){0,2})$",
    re.IGNORECASE)
_OWN_VERB_AFTER = LazyRegex(
    r"(?:\s*,[^,.;:!?\"“”]{1,40},)?\s+(?:\w+ly\s+)?"
    r"(?:have|has|had|were|are|was|is|will|would|should|could|can|may|might|must|remain|remained)\b")


# Round 160: the sentence up to a "tag" is a short noun phrase and the non-restrictive relative
# clause after it ("The disgraced rider, who won a stage in 2021, admitted the violation"): the
# verb after the clause's closing comma is the main verb of that subject, not a tail tag on a
# clause, so a word in the subject or the relative clause is the writer's. The phrase opens with
# a determiner, a possessive or a capital and holds no auxiliary (not a clause: "Buyers would
# be stunned by the house, which costs £1m, said Hale").
_SUBJECT_WITH_RELATIVE = LazyRegex(
    r"[\s\"'“‘(]*(?:(?i:the|a|an|this|that|these|those|his|her|their|its|our)\s+|[A-Z])"
    r"(?!(?:[^,]*\s)?(?i:is|are|was|were|be|been|would|will|has|have|had|can|could|should|may|might|must|said|says)\s)"
    r"(?:[^\s,;:]+\s+){0,4}[^\s,;:]+\s*,\s*(?i:who|whose|which)\s+[^,;:.!?\"“”]{1,160}\s*")


def subject_speech_noun(text: str, lo: int, start: int, end: int) -> bool:
    """Is the plural speech form at ``start:end`` a determined noun with its own verb after it
    (:data:`_OWN_VERB_AFTER`: "The false claims, of course, have been debunked")?"""
    if text[start:end].lower() not in _PLURAL_SPEECH_NOUNS:
        return False
    return (_DETERMINER_MODIFIED.search(text, max(lo, start - 50), start) is not None
            and _OWN_VERB_AFTER.match(text, end) is not None)


def speech_noun(text: str, lo: int, start: int, end: int) -> bool:
    """Is the speech verb's form at ``start:end`` a noun here (:data:`_OF_BEFORE`,
    :func:`subject_speech_noun`)?"""
    if _OF_BEFORE.search(text, max(lo, start - 4), start):
        return True
    if subject_speech_noun(text, lo, start, end):
        return True
    word = text[start:end]
    return (not word.endswith(("s", "ed")) and word not in ("said", "told", "wrote", "went on", "sang")
            and _OF_AFTER.match(text, end) is not None
            and _DETERMINER_PHRASE.search(text, max(lo, start - 60), start) is not None)
_POSSESSIVE_BEFORE = LazyRegex(r"(?:\b(?:his|her|their|its|our)|[A-Za-z]['’]s)\s+$")
_OF_THAT_AFTER = LazyRegex(r"\s+(?:of|that)\b")


def named_speech(text: str, start: int, end: int, lo: int) -> bool:
    """A verdict verb's noun form between a possessive and its "of"/"that" complement (round
    123): "The ministry's boast of record funding", "her brag that ...". The possessive makes
    the form a noun, and the noun names the owner's words with the writer's verdict on them
    (unlike "his claims that": "claim" is the general noun of assertion, the reporting itself,
    as :func:`lintnews.builtin.loaded.context.speech_sense` reads it)."""
    return (not text[start:end].lower().startswith("claim")
            and _POSSESSIVE_BEFORE.search(text, max(lo, start - 30), start) is not None
            and _OF_THAT_AFTER.match(text, end) is not None)


# Round 142: "boasts" as "has" (the verb of possession that press-release copy uses for what
# a product, a place or a firm owns): the present -s form, a determiner, number or adjective
# after it (or "of" and one), no article or possessive before it (that would make it the noun).
_BOAST_HAS = frozenset({"boasts"})
_NOUN_DETERMINER_BEFORE = LazyRegex(
    r"(?:\b(?:the|a|an|his|her|their|its|our|my|your|these|those|such|any|no|empty|idle|many|"
    r"whose|of)|[A-Za-z]['’]s)\s+$", re.IGNORECASE)
_POSSESSED_AFTER = LazyRegex(
    r"\s+(?:of\s+)?(?:(?:a|an|the|its|their|some|more|over|nearly|almost|around|roughly|"
    r"what|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
    r"[a-z][\w-]*)\b|[\d\u00a3$\u20ac])")
_SPEECH_OBJECT_AFTER = LazyRegex(r"\s+(?:that|about|to|how|of\s+(?:how|having|being|his|her|their))\b")
# A measured possession with its source in the sentence ("boasts the lowest crime rate in the
# county, according to police figures"): a ranking the reader can check, left a hint.
_SOURCED = LazyRegex(
    r"\baccording\s+to\b|\b(?:figures|data|statistics|survey|census|ranking|rankings|league\s+tables?)\s+"
    r"(?:from|by|published|compiled|show|shows|showed)\b", re.IGNORECASE)


def possession_boast(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """The present "boasts" as the verb of possession in the writer's voice (round 142):
    "The inn boasts the finest harbour views", "Brightledger boasts more than 12,000
    customers", "a clinic that boasts of world-class aftercare". The writer lends the owner
    the pride of a promotion where "has" would do (the guidelines' puffery). Not the noun ("his
    boasts of wealth"), not the past ("boasted of his travels": a person's speech, read as
    before), not speech ("boasts that", "boasts about"), not a ranking whose source the
    sentence names ("according to police figures")."""
    if text[start:end].lower() not in _BOAST_HAS or not text[start:start + 1].islower():
        return False
    if _NOUN_DETERMINER_BEFORE.search(text, max(lo, start - 12), start) is not None:
        return False
    return (_SPEECH_OBJECT_AFTER.match(text, end) is None
            and _POSSESSED_AFTER.match(text, end) is not None
            and not _sourced_after(text, end, hi))


# the last search of _SOURCED: its text, its end, where it started and the leftmost start of a
# match found from there (-1: none); one tuple, replaced whole
_SOURCED_LAST: tuple[str, int, int, int] = ("", -1, -1, -1)


def _sourced_after(text: str, end: int, hi: int) -> bool:
    """``_SOURCED.search(text, end, hi) is not None``, one search serving every "boasts" of a
    sentence (review 121). Searched for each, a page pasted as one sentence with "boasts"
    repeated read the rest of the sentence per hit (48x the time at 8x the text). With the
    search's end fixed, a match's start does not depend on where the search begins (``\b``
    looks at the text before it all the same), so the leftmost match from an earlier start
    answers every later one up to it."""
    global _SOURCED_LAST
    last_text, last_hi, last_from, found = _SOURCED_LAST
    if last_text is not text or last_hi != hi or end < last_from or 0 <= found < end:
        m = _SOURCED.search(text, end, hi)
        found = -1 if m is None else m.start()
        _SOURCED_LAST = (text, hi, end, found)
    return found >= 0


_S_VERB_AFTER = LazyRegex(r"\s+[a-z]{3,}s\b")
_DETERMINER = re.compile(r"\s+(?:the|a|an|his|her|their|its|this|these|those)\b")
# (no function word in the subject: "claimed victory as thugs were ..." has an object and an
# adverbial clause of the writer's)
_NOT_HEADS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "that",
                        "which", "who", "what", "and", "or", "but", "of", "to", "in", "on", "as", "at",
                        "by", "for", "from", "with", "into", "over", "after", "before", "when", "while",
                        "because", "since", "if", "until", "than", "so"})


def subject_clause(text: str, after: int, start: int, end: int) -> bool:
    """Is the hit in the subject or the verb of a bare clause right after the speech verb?"""
    m = _SUBJECT_CLAUSE.match(text, after, min(len(text), end + 80))
    if m is not None and m.start("verb") >= start and m.end("verb") >= end:
        head = m.group("head").split()
        return not any(w.lower() in _NOT_HEADS for w in head)
    # the hit is the clause's verb in its -s form, an object after it ("believes the mayor
    # slams the plan"), or the -s verb right after the hit, an adverb ("the council shockingly
    # ignores the plan")
    verb_end = end if text[end - 1 : end] == "s" else None
    if verb_end is None and text[end - 2 : end] == "ly":
        v = _S_VERB_AFTER.match(text, end)
        verb_end = v.end() if v is not None else None
    if verb_end is not None and _DETERMINER.match(text, verb_end) and _SUBJECT_NP.fullmatch(text, after, start):
        return text[after:start].split()[-1].lower() not in _NOT_HEADS
    return False


# The person told before the clause: "told Page that", "assured them that", "warned the board
# that" (a pronoun, a name or a people noun; "wrote a novel that" has a relative clause).
_PERSON_THEN_CLAUSE = LazyRegex(
    r"\s+(?:him|her|them|us|me|you|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|(?:(?:the|his|her|their|its)\s+)?(?:board|court|jury|committee|council|panel|crowd|audience|"
    r"meeting|parliament|senate|house|reporters|journalists|staff|workers|members|voters|investors|"
    r"shareholders|police|judge|minister|mayor))\s+that\b"
)


def _participle_speech(text: str, m: re.Match[str], start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """", saying the talks were pointless": a participle of speech after a comma reports the
    words of the sentence's subject (not when the subject is the writer or the reader)."""
    verb = m.group().lower()
    if verb not in speech_forms() or _COMMA_BEFORE.search(text, max(lo, m.start() - 4), m.start()) is None:
        return None
    if _WRITER_SUBJECT.match(text, lo):
        return None
    cut = _CLAUSE_BREAK.search(text, m.end(), min(hi, end + 40))
    if cut is not None and cut.start() < start:
        return None
    if not _reported_clause(text, verb, m.end(), start) and not _REPORTED_CLAUSE.match(text, m.end(), start):
        return None
    return Evidence("indirect speech", Effect.VOICE, f"reported after ', {verb}'")


# Round 165: a speech verb's gerund after a preposition of time or means, then "that" ("the
# watchdog banned the adverts after ruling that they misleadingly promised ...", "he resigned
# after claiming that ..."): the gerund's subject is the sentence's, so the clause is its
# words. "ruling" too, a noun elsewhere (round 161 kept it out of the speech forms): after a
# preposition and before "that" it is the verb.
_GERUND_SPEECH = LazyRegex(r"(?<![\w'’-])(?:after|before|while|by|in|despite|since|when)\s+([a-z]+ing)\s+that\b")


def _gerund_speech(text: str, window_lo: int, start: int, lo: int) -> Evidence | None:
    """The word in the clause after a preposition and a speech verb's gerund (see
    :data:`_GERUND_SPEECH`), its subject a third party (not "I", "We", "You")."""
    if _WRITER_SUBJECT.match(text, lo):
        return None
    for m in _GERUND_SPEECH.finditer(text, window_lo, start):
        verb = m.group(1)
        if verb not in speech_forms() and verb != "ruling":
            continue
        if clause_break(text, m.end(), start) is not None:
            continue
        return Evidence("indirect speech", Effect.VOICE, f"reported after '{' '.join(m.group().split())}'")
    return None


_PROGRESSIVE_SPEAKER: re.Pattern[str] | None = None


def _progressive_speaker() -> re.Pattern[str]:
    """A speaker and the auxiliary of a progressive before a speech participle ("the union is
    saying", "commentators, who had been claiming"): compiled on first use."""
    global _PROGRESSIVE_SPEAKER
    if _PROGRESSIVE_SPEAKER is None:
        _PROGRESSIVE_SPEAKER = re.compile(
            rf"(?:(?<![\w-])(?:{speech.SPEAKER})|,\s*who)\s+(?:(?:has|have|had)\s+been|is|are|was|were)"
            r"\s+(?:\w+ly\s+)?$"
        )
    return _PROGRESSIVE_SPEAKER


def _progressive_speech(text: str, m: re.Match[str], start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """"Limbaugh, who had been claiming that greens exaggerated the disaster": a speech verb in
    the progressive reports its subject's words as the finite verb does ("claimed that")."""
    verb = m.group().lower()
    if verb not in speech_forms():
        return None
    speaker = _progressive_speaker().search(text, max(lo, m.start() - 80), m.start())
    if speaker is None or not third_party(text, speaker.start(), m.start()):
        return None
    cut = clause_break(text, m.end(), min(hi, end + 40))
    if cut is not None and cut < start:
        return None
    if not _reported_clause(text, verb, m.end(), start) and not _REPORTED_CLAUSE.match(text, m.end(), start):
        return None
    who = " ".join(text[speaker.start() : m.end()].strip(", ").split())
    return Evidence("indirect speech", Effect.VOICE, f"reported after '{who}'")


def _plural_people() -> str:
    """The plural nouns of ``loaded/people-nouns``, as a trie regex: a group that speaks."""
    from lintnews.util.trie import trie_regex

    return trie_regex([w for w in classes().people if w.endswith("s") or w in ("people", "men", "women", "police", "media")])


@lru_cache(maxsize=1)
def _group_speaker() -> re.Pattern[str]:
    """A group of people named by a plural noun of ``loaded/people-nouns`` with no article,
    as the subject of a speech verb ("experts say that", "many economists believe the",
    "moderates in the party feel"; round 21): a speaker as "police said" is, whose words the
    reported clause holds (vague, for the unattributed-claim family, but not the writer's
    verdict). The noun in lower case only ("Democrats" is a name the name pattern finds); a
    quantifier may open the sentence ("Many critics feel")."""
    return re.compile(
        rf"(?<![\w'’-])(?:(?:(?:[Mm]any|[Ss]ome|[Mm]ost|[Oo]ther|[Ss]everal|[Ff]ew|[Bb]oth|[Aa]ll)\s+)?(?:[a-z][\w-]+\s+)?"
        rf"(?:{_plural_people()}))"
        # (not a quantifier alone, tried in round 23: "many contend that ... merely a justified
        # reaction", "others noted how inappropriate": a vehicle for the writer's view, two
        # babe-dev hits lost)
        # (round 52: a modal, "many residents will say", "critics might argue")
        # (round 162: an adverb of duration or frequency after the auxiliary, "locals have long
        # complained that", "residents have always said": the same speakers, for longer)
        r"[\s,]*(?:(?:have|had|also|still|now|often|generally|will|would|may|might|could|can)\s+)?"
        r"(?:(?:long|always|often|never|still|repeatedly|since)\s+)?(?:\w+ly\s+)?$"
    )


# A description set in commas between a lead speaker and the speech verb (round 68): a
# relative clause on a person ("The patient, who asked not to be named, said ...", "Ana Ruiz,
# whose shop flooded, told ...") or an age ("Maureen Cole, 71, said", "A nurse, aged 52,
# said"). Not "which" (a thing's clause: "The plan, which passed, said nothing" is no speaker).
_INTERPOSED = LazyRegex(
    r",\s*(?:(?:who|whom|whose)\b[^,.;:!?\"“”]{1,100}|(?:aged\s+)?\d{1,3})\s*,\s*"
    r"(?:(?:has|have|had|also|then|later|again)\s+)?(?:\w+ly\s+)?$"
)


def interposed_description(text: str, lo: int, verb: int) -> int | None:
    """Where a description set in commas between a lead speaker and its speech verb at
    ``verb`` begins (:data:`_INTERPOSED`), or None: the speaker is then read before it, as
    if the verb followed the speaker directly."""
    m = _INTERPOSED.search(text, max(lo, verb - 130), verb)
    return m.start() if m is not None else None


# A sentence that opens on an adverbial clause which holds the speech verb ("When you see it
# written down, ...", "After she told the board, ..."): a comma closes that clause, and the
# main clause after it is no reported speech (round 87; not "As she said, ...": hearsay)
_SUBORDINATE_OPENING = LazyRegex(
    r"\s*[\"“‘']?(?i:when|whenever|once|after|before|until|unless|if|because|since|although|though|while)\b[^,;:.!?]*$"
)


def _speaker_before(text: str, lo: int, verb: int) -> re.Match[str] | None:
    """The speaker whose speech verb starts at ``verb``: a speaker or a group ending right
    before it, or before a description set in commas (:func:`interposed_description`)."""
    found = SPEAKER_END.search(text, max(lo, verb - 80), verb) or _group_speaker().search(text, max(lo, verb - 60), verb)
    if found is None:
        cut = interposed_description(text, lo, verb)
        if cut is not None:
            found = SPEAKER_END.search(text, max(lo, cut - 80), cut) or _group_speaker().search(text, max(lo, cut - 60), cut)
    return found


# Round 148: the raised passive of a verb of saying or thinking, "Rudd is thought to have
# pocketed £1m from the brazen scam", "Mr Lee is said to have been too frightened since the
# horror attack": its subject is the one talked about, and no speaker is named (an
# unattributed claim, the attribution rule's): the words after it are the writer's own
# (Quirk et al. 16.34: "He is said to be ..." has no agent; the report is the writer's)
# Only a word in a definite noun phrase ("the brazen scam", "since the horror attack"): the
# description presupposes its referent, and a presupposition is the writer's, not part of what
# is said ("Staff are said to be at breaking point": the predicate is the claim, its source's)
_RAISED_PASSIVE = LazyRegex(r"\s+to\s+(?:have\s+|be\s+)")
_DEFINITE_BEFORE = LazyRegex(r"\b(?:the|this|that|these|those)\s+(?:[\w'’-]+\s+){0,1}$", re.IGNORECASE)
# ... and a premodifier there, a noun after it ("the brazen scam": "brazen"); the head itself
# ("the scam over three years") names what the source says was done
_PREMODIFIES = LazyRegex(r"[ \t]+(?!(?:of|in|on|at|over|for|to|from|by|with|and|or|but|as|than|that|which|who|"
                         r"was|were|is|are|had|has)\b)[a-z][\w'’-]*")
_PASSIVE_BE = LazyRegex(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?$")


def indirect_speech(text: str, start: int, end: int, lo: int, hi: int, *, people_only: bool = False) -> Evidence | None:
    """The word is inside someone's reported speech or thought in the same sentence:
    "Tom Hale said buyers would be stunned", "..., says Dr Ana Ruiz", "voters would be
    appalled, she said". ``people_only``: a person's or a group's speech verb or tag only, not
    "according to", a viewpoint adjunct or a document (for a verdict verb, the writer's
    summary of what the source says: "According to the clinic, ... claiming the service is
    essential", "The report says she admitted ...")."""
    adjuncts = not people_only
    lead = speech_lead()
    window_lo = max(lo, start - 300)
    for m in lead.finditer(text, window_lo, start):
        if m.end() > start:
            break
        verb = m.group()
        if verb.split()[0].endswith("ing"):
            # (a phrasal participle too: ", pointing out that ...", ", making it clear that ..."; round 20)
            e = _participle_speech(text, m, start, end, lo, hi) or _progressive_speech(text, m, start, end, lo, hi)
            if e is not None:
                return e
            continue  # "McConnell complaining": no reporting verb
        if verb not in speech_forms() and not (m.start() <= lo + 2 and verb.lower() in speech_forms()):
            continue  # "the United States": a name
        if verb == "state" and _CAPITAL_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
            continue  # "an Ohio state legislator", "Washington state": a noun (round 52)
        if speech_noun(text, lo, m.start(), m.end()):
            continue  # "a ray of hope for ...", "The scandalous state of the bridge": a noun (round 122)
        speaker = _speaker_before(text, lo, m.start())
        if speaker is None or not third_party(text, speaker.start(), m.start()):
            continue
        if _RAISED_PASSIVE.match(text, m.end()) and _PASSIVE_BE.search(text, max(lo, m.start() - 20), m.start()) \
                and _DEFINITE_BEFORE.search(text, max(m.end(), start - 40), start) and _PREMODIFIES.match(text, end):
            continue  # round 148: "Rudd is thought to have pocketed £1m from the brazen scam"
        if people_only and _document_speaker(text[speaker.start() : m.start()]):
            continue
        cut = clause_break(text, m.end(), min(hi, end + 40))
        if cut is not None and cut < start:
            continue  # "she said no, but the reckless plan passed": the writer again
        if _SUBORDINATE_OPENING.match(text, lo, m.start()) and text.find(",", m.end(), start) >= 0:
            continue  # "When she wrote it down, the answer was obvious": the main clause is the writer's
        if _MANNER_OF_SAYING.fullmatch(text, m.end(), start):
            continue  # "Borges said in a fiery speech": the writer describes the speaking
        quoted = _QUOTED_COMPLEMENT.match(text, m.end(), start)
        if quoted is not None and not _MORE_REPORTED.match(text, quoted.end(), start):
            continue  # 'declared, "I quit," and stormed out': the quotation was what was said
        if not _reported_clause(text, verb, m.end(), start, end):
            continue  # "wrote a stunning novel": an object, not a reported clause
        who = " ".join(text[speaker.start() : m.end()].split())
        return Evidence("indirect speech", Effect.VOICE, f"reported after '{who}'")
    if text.find("ing that", window_lo, start) >= 0:  # (a string test first)
        e = _gerund_speech(text, window_lo, start, lo)
        if e is not None:
            return e
    for m in _NOTES_TAG.finditer(text, window_lo, start):
        # ("In addition, she notes, the public has grown wary of propaganda"; round 21)
        if clause_break(text, m.end(), start) is None:
            return Evidence("indirect speech", Effect.VOICE, f"reported after '{m.group().strip(', ')}'")
    if text.find("heard", window_lo, start) >= 0 or text.find("told", window_lo, start) >= 0\
            or text.find("hears", window_lo, start) >= 0:
        for m in _COURT_HEARD.finditer(text, window_lo, start):
            if m.group().split()[-1].lower() == "told" and not re.search(
                    r"(?:was|were)\s+(?:been\s+)?told", m.group(), re.IGNORECASE):
                continue  # "the judge told the defendant": the judge's words follow, a speaker
            if _REPORTED_CLAUSE.match(text, m.end(), start) is not None and clause_break(text, m.end(), start) is None:
                # (a clause, not an object: "the court heard harrowing evidence" is the writer's)
                return Evidence("indirect speech", Effect.VOICE, f"heard in evidence ('{' '.join(m.group().split())}')")
    if text.find("told", window_lo, start) >= 0 or text.find("assured", window_lo, start) >= 0 \
            or text.find("warned", window_lo, start) >= 0 or text.find("informed", window_lo, start) >= 0 \
            or text.find("reminded", window_lo, start) >= 0:
        for m in _TOLD_PASSIVE.finditer(text, window_lo, start):
            if clause_break(text, m.end(), start) is None:
                return Evidence("indirect speech", Effect.VOICE,
                                f"what someone told, reported after '{' '.join(m.group().split())}'")
    # (a string test first: the pattern opens on a look-behind, tried at every character)
    for m in _ACCORDING_LEAD.finditer(text, window_lo, start) if adjuncts and text.find("ccording", window_lo, start) >= 0 else ():
        if _CLAUSE_BREAK.search(text, m.end(), start) is None:
            who = " ".join(text[m.start() : m.end() - 1].split())
            return Evidence("indirect speech", Effect.VOICE, f"reported after '{who}'")
    if adjuncts and (text.find("view", window_lo, start) >= 0 or text.find(" it,", window_lo, start) >= 0
                     or text.find("words", window_lo, start) >= 0 or text.find("opinion", window_lo, start) >= 0
                     or text.find("eyes", window_lo, start) >= 0 or text.find("ment", window_lo, start) >= 0):
        for m in _VIEWPOINT_LEAD.finditer(text, window_lo, start):
            if _CLAUSE_BREAK.search(text, m.end(), start) is None:
                return Evidence("indirect speech", Effect.VOICE,
                                f"the view of the one named in '{' '.join(m.group().rstrip(',').split())}'")
    e = _account_object(text, start, lo)
    if e is not None:
        return e
    if adjuncts and text.find("ccording", end, hi) >= 0:
        e = _according_tail(text, end, hi)
        if e is not None:
            return e
    for m in _tail_candidates(text, lo, end, hi):
        if _SUBJECT_WITH_RELATIVE.fullmatch(text, lo, m.start()):
            continue  # round 160: "The disgraced rider, who won in 2021, admitted ...": its subject's verb
        rest = _RELATIVE_ON_SPEAKER.sub("", text[m.end() : hi], count=1)
        if mid_sentence_tag(text, lo, m.start(), rest):
            return Evidence("indirect speech", Effect.VOICE,
                            f"attributed by '{' '.join(m.group().strip(', ').split())}' set in the clause")
        if _CLAUSE_WORDS.search(rest) or (len(rest.split()) > 5 and (
                len(rest.split()) > 14
                or not (_ADJUNCT_TAIL.match(rest) or _CONTRAST_TAIL.match(rest) or _APPOSITION_TAIL.match(rest)))):
            continue  # the attribution is the writer's main clause, not a tag
        verbs = speech_forms()
        if not any(w in verbs for w in m.group().replace(",", " ").split()):
            continue  # no lower-case speech verb: "..., the United States": a name
        return Evidence("indirect speech", Effect.VOICE,
                        f"attributed by '{' '.join(m.group().strip(', ').split())}'", end_tag=True)
    return None


# Round 120: the object of a verb of telling about something, a noun phrase, not a clause ("Former
# employees have told of a chaotic office", "residents spoke about a terrifying night", "the
# nurse described a brutal regime"): the adjective is the tellers' account of the thing, the
# indirect speech of a noun phrase, not the writer's verdict. The word within the phrase's first
# three words after its determiner; "told", "spoke", "talked", "wrote", "complained" with "of" or
# "about" ("told a harrowing story" and "wrote a brutal review" are the writer's words on the
# telling); "described", "recalled", "recounted" with the object itself. A speaker before the verb.
_ACCOUNT_OF = LazyRegex(
    r"(?<![\w'’-])(?:(?:told|tells?|telling|spoke|speaks?|speaking|talked|talks?|talking|wrote|writes?|writing|"
    r"complained|complains?|complaining)\s+(?:of|about)|described|describes?|describing|recalled|recalls?|"
    r"recalling|recounted|recounts?|recounting)\s+(?:an?|the|their|his|her|its|our)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


# ... not when the phrase's head is a noun of the telling itself ("recounted his tragic story",
# "described a harrowing account"): the adjective then judges the story, the writer's word on
# the telling (a ptc-dev hit lost without it, measured). "described a harrowing ordeal" keeps
# the evidence: the ordeal is the thing told.
_TELLING_NOUN_AFTER = LazyRegex(
    r"[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:story|stories|tale|tales|account|accounts|testimony|narrative|narratives)\b",
    re.IGNORECASE,
)


def _account_object(text: str, start: int, lo: int) -> Evidence | None:
    """The word in the noun phrase that a speaker tells of (:data:`_ACCOUNT_OF`)?"""
    w_lo = max(lo, start - 70)
    if text.find(" of ", w_lo, start) < 0 and text.find(" about ", w_lo, start) < 0 and text.find(
            "descri", w_lo, start) < 0 and text.find("reca", w_lo, start) < 0 and text.find("recount", w_lo, start) < 0:
        return None
    m = _ACCOUNT_OF.search(text, w_lo, start)
    if m is None or _TELLING_NOUN_AFTER.match(text, start):
        return None
    speaker = _speaker_before(text, lo, m.start())
    if speaker is None or not third_party(text, speaker.start(), m.start()):
        return None
    verb = " ".join(text[m.start() : m.end()].split()[:2])
    who = " ".join(text[speaker.start() : m.start()].split())
    return Evidence("indirect speech", Effect.VOICE, f"the account '{who} {verb}' tells of")


# A tag set in commas between a clause's subject and its predicate (round 52): "Thugs, Ana
# Ruiz said, were running the town hall.", "The plan, critics say, is reckless."
_MID_TAG_PREDICATE = LazyRegex(
    r"\s*,\s*(?:[a-z]+ly\s+)?(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had|did|does"
    r"|do|[a-z]{3,}ed)\b"
)


# A sentence longer than this after the hit is searched for closing tags near its end only
_LONG_REST = 2000
_TAIL_TOKENS = 100  # tokens from the sentence's end within which a closing tag is looked for


def _tail_tags(text: str, lo: int, end: int, hi: int) -> Iterator[re.Match[str]]:
    """The tags after the hit, in order: every one in a sentence of ordinary length. In a very
    long one (a page pasted as one sentence), a tag counts only at the sentence's first comma
    (:func:`mid_sentence_tag`) or with at most 14 words after it (the closing tag): so only
    that comma and the last hundred words are searched, not the rest of the sentence once for
    every candidate in it (which made the judge's time grow with the square of its length).

    Until the tags' regex is compiled (9 KB, most of a short check's compiling), the speech
    verbs' regex is asked first (round 67): every tag holds a finite speech verb after a comma
    or a space and before a word's end, where :func:`speech_lead` (all the forms, any case,
    after no word character or hyphen, before a word boundary) matches too; so where it finds
    none between the hit and the sentence's end, there is no tag."""
    if hi - end <= _LONG_REST:
        if speech_tail.cache_info().currsize == 0 and speech_lead().search(text, end, hi) is None:
            return
        yield from speech_tail().finditer(text, end, hi)
        return
    cut = hi
    for _ in range(_TAIL_TOKENS):
        space = text.rfind(" ", end, cut)
        if space < 0:
            break
        cut = space
    # (review 74: the first comma looked for as far as a clause's subject can run, and the
    # speech verbs only where a tag can count; a sentence of thousands of hits and no comma,
    # or no speech verb, was read to its end for each of them)
    comma = text.find(",", lo, min(hi, lo + SENTENCE_REACH))
    if end <= comma < cut:
        first = speech_tail().match(text, comma, hi)
        if first is not None:
            yield first
    if speech_tail.cache_info().currsize == 0 and speech_lead().search(text, max(end, cut), hi) is None:
        return
    yield from speech_tail().finditer(text, max(end, cut), hi)


# A determiner or "of" right before a tag's last word makes that word a noun, no finite
# speech verb (round 114): "..., the results offer a glimmer of hope", "..., with a warning".
_NOUN_BEFORE = re.compile(r"(?:^|\s)(?:of|a|an|the|no|his|her|their|its|our|my|your)\s+[\w'’-]+$", re.IGNORECASE)


def _tail_candidates(text: str, lo: int, end: int, hi: int) -> Iterator[re.Match[str]]:
    """The tags after the hit (:func:`_tail_tags`), less those whose last word a determiner or
    "of" makes a noun ("..., the results offer a glimmer of hope": "hope" is no verb there)."""
    for m in _tail_tags(text, lo, end, hi):
        noun = _NOUN_BEFORE.search(m.group())
        if noun is None or noun.group().split()[-1].lower() not in speech_forms():
            yield m


def mid_sentence_tag(text: str, lo: int, tag: int, rest: str) -> bool:
    """Is the tag at ``tag`` set inside the clause the hit opens, its subject before it (the
    sentence's first words, no comma) and its predicate after it, with no clause of the
    writer's?"""
    if _MID_TAG_PREDICATE.match(rest) is None:
        return False
    if any(c in text[lo:tag] for c in ",;:—–\"“”"):
        return False
    return _CLAUSE_BREAK.search(rest, rest.index(",") + 1) is None


# Review 129: a speaker named with "according to" closing the sentence the word is in ("The
# government made remarkable progress on waiting lists, according to the audit office.", "It was
# a disgraceful decision, according to Ana Ruiz, the chief inspector."): indirect speech whose
# speaker the sentence names, as ", the audit office said" is (issue 16: the speaker's, info at
# most), and as the same source leading the clause already was (:data:`_ACCORDING_LEAD`). The
# tag closes the sentence (an apposition on the speaker at most after it) and closes the very
# clause the word is in: no comma between them (measured: "Despite attempts by certain hostile
# forces abroad to smear ..., Oltania continues to attract investment, with ... reaching 41
# billion dollars, according to the ministry" attributes the figure the tag closes, not the
# fronted clause's verdict, the writer's). Not a document or a record as the source
# (:func:`_record_source`: "according to estimates by ...", "according to police figures",
# "according to the report"): a figure or a finding the writer sums up, the words around it
# the writer's (round 52's measured loss on BABE, "... for illegal aliens, according to
# estimates by ...").
_ACCORDING_TAIL = LazyRegex(
    r",\s*according\s+to\s+(?P<src>[^,.;:!?“”\"()]{1,80}?)"
    r"(?:\s*,\s*(?:an?|the|his|her|their|its|who|[A-Z])[^.;:!?“”\"]{0,100})?\s*[.!?]?[\"”’]?\s*$"
)
# where a source's head ends: a preposition or participle opening its post-modifier ("estimates
# by the Pew Center", "figures from the ministry", "data published on Monday")
_SOURCE_POSTMODIFIER = re.compile(r"\s+(?:by|from|of|for|in|at|on|published|compiled|released|seen)\b")


@lru_cache(maxsize=1)
def _record_heads() -> frozenset[str]:
    """Every form of the documents and records that speak for a figure or a finding (word
    classes ``attribution/report-nouns`` and ``attribution/record-nouns``), lower case."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("attribution/report-nouns") | lower_forms("attribution/record-nouns")


def _record_source(source: str) -> bool:
    """Is the source after "according to" a document or a record ("police figures", "estimates
    by the Pew Center", "a new report"): its head, the last word before a post-modifier?"""
    head = _SOURCE_POSTMODIFIER.split(source, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower().removesuffix("'s").removesuffix("’s") in _record_heads()


def _according_tail(text: str, end: int, hi: int) -> Evidence | None:
    """The clause of the word closes with "according to" a speaker, which closes the sentence
    (:data:`_ACCORDING_TAIL`): the first comma after the word opens the tag."""
    at = text.find(",", end, hi)
    m = _ACCORDING_TAIL.match(text, at, hi) if at >= 0 else None
    if m is None or _record_source(m.group("src")) or _CLAUSE_BREAK.search(text, end, at) is not None:
        return None
    return Evidence("indirect speech", Effect.VOICE, f"attributed by 'according to {m.group('src').strip()}'",
                    end_tag=True)


def _document_speaker(words: str) -> bool:
    """Is the speaker a document or research ("the report says", "a new study found"), whose
    content the writer summarises, no person's words (``attribution/report-nouns``)?"""
    from lintnews.language.wordclasses import lower_forms

    last = words.split()[-1].lower().rstrip(",") if words.split() else ""
    return last in lower_forms("attribution/report-nouns")


# A speaker is a third party: "I"/"we" are the writer, "you" the reader ("what do you think
# is going to happen"); a determiner before the verb makes it a noun ("the fear was").
_NOT_SPEAKERS_BEFORE = LazyRegex(
    r"(?:\b(?:I|we|We|you|You)|\b(?:the|The|a|A|an|An|this|This|that|his|her|their|its|our|my|your))\s*$"
)


# A speaker that is no one ("the thing nobody tells you: ...", "No one says it, but ..."): a
# negated speaker reports nobody's words, so the words that follow are the writer's (round 87)
_NO_ONE = frozenset({"nobody", "noone"})


def third_party(text: str, start: int, verb: int) -> bool:
    words = text[start:verb].split()
    if words and words[0] in ("I", "we", "We", "you", "You"):
        return False
    lowered = " ".join(words).lower()
    if _NO_ONE.intersection(lowered.split()) or " no one" in f" {lowered}":
        return False
    return _NOT_SPEAKERS_BEFORE.search(text, start, verb) is None
