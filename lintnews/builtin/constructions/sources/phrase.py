"""Reading the noun phrase after its head: how far it runs and what its words mark.

A cheap look decides whether a head is worth parsing (:func:`worth_parsing`); then the words
after the head are skipped in order: a prepositional phrase (:func:`pp_end`), a coordinated
group, an aside in commas or brackets, a quantifier's group noun ("many farmers"), and the
hallmarks of anonymity ("familiar with the talks", "who spoke on condition of anonymity").
Before the head: modifiers joined by "and" ("intelligence and defence officials") belong to
the phrase, and whether a clause starts right before it (or ends right after it).
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import (
    AUX,
    BE,
    CONJUNCTIONS,
    DEFINITE,
    INDEFINITE,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIER_HEADS,
    WH,
    Token,
    determined,
    is_adverb,
    words_after,
    words_before,
)
from lintnews.builtin.constructions.sources.heads import ANONYMOUS_HEADS
from lintnews.document.sourcing import INSTITUTIONS
from lintnews.util.lazyregex import LazyRegex

# words of a prepositional phrase or relative clause that mark the source as anonymous
_HALLMARK = re.compile(
    r"(?:familiar\s+with|close\s+to|with\s+(?:direct\s+|first-?hand\s+|detailed\s+)?knowledge\s+of|"
    r"briefed\s+on|privy\s+to|knowledgeable\s+about|(?:who\s+)?(?:spoke|speaking|talking|talked)\s+on\s+"
    r"(?:the\s+)?condition\s+of\s+anonymity|on\s+condition\s+of\s+anonymity|who\s+(?:asked|declined|"
    r"requested)\s+not\s+to\s+be\s+(?:named|identified)|who\s+(?:asked|requested)\s+anonymity|"
    r"not\s+authori[sz]ed\s+to)\b",
    re.IGNORECASE,
)
_PP_OPENERS = frozenset(
    "at from in with inside within outside along close familiar of for on across around throughout among "
    "knowledgeable privy briefed near involved".split()
)
# round 123: a compound preposition of place, two joined by "and" ("up and down the country",
# "in and around the city"): where the people are, as "across the country" says
_COMPOUND_PLACING = {"up": "down", "in": "around", "across": "beyond"}
# (not "told": after it the noun is the hearer, '"...," Ana Ruiz told supporters of the bill.')
INVERTING = frozenset("say says said warn warns warned add adds added argue argues argued note notes "
                       "noted claim claims claimed believe believes insist insists insisted "
                       "explain explains explained predict predicts predicted".split())
OPINION_HOLDERS = frozenset(
    "critics scholars historians commentators observers pundits reviewers experts analysts "
    "academics theorists biographers sceptics skeptics purists theologians musicologists "
    "linguists philosophers economists".split()
)


def source_verb_forms() -> dict[str, str]:
    return lx.forms("source-verbs", lx.FINITE + lx.PARTICIPLE)


# round 131: adjectives of a view held (a state of mind with its clause: "officials are
# convinced that"), each read as the verb that holds the same view (verbs.source_verb)
STANCE_ADJECTIVES = {
    "worried": "worry", "anxious": "worry", "concerned": "worry", "fearful": "fear",
    "convinced": "believe", "certain": "believe", "sure": "believe", "confident": "believe",
    "adamant": "insist", "sceptical": "doubt", "skeptical": "doubt", "unconvinced": "doubt",
    "doubtful": "doubt", "optimistic": "expect", "pessimistic": "expect",
    # round 141: fear and hope as states of mind ("Growers are afraid that", "Landlords are
    # hopeful that")
    "afraid": "fear", "hopeful": "expect",
}


@cache
def _after_words() -> frozenset[str]:
    """The words after a head that make it worth parsing: a speech verb, a mark of anonymity
    (one set, for a set test in C); round 135: "remain", the copula of a state of mind."""
    return frozenset(source_verb_forms()) | _HALLMARK_WORDS | STANCE_COPULAS


# Review 116: round 131's state of mind after "be" or "remain" was reached only where a verb
# form ("worried") or an opinion holder ("analysts") let the head through the cheap look:
# "officials are convinced that" was never read. A head looks for the adjectives too (round
# 135: "physicists are unconvinced that"); a quantifier with a preposition ("some in the village
# are convinced that", "many of them are convinced") keeps the cue of round 98's and 120's
# pattern, read before round 131.
_STANCE_WORDS = frozenset(STANCE_ADJECTIVES)


def is_boundary(before: list[Token], i: int, verb_forms: dict[str, str], vbg: bool) -> bool:
    """Does a clause start right before the phrase (``before[i]`` is the word left of it)?"""
    k = i
    while k < len(before) and before[k].word and is_adverb(before[k]):
        k += 1  # "Now officials say", "but privately aides admit"
    if k >= len(before):
        return True
    t = before[k]
    if not t.word:
        if t.text == "-" and k + 1 < len(before) and before[k + 1].end < t.start:
            return True  # a hyphen after a space is a dash: "10:32 - Residents fear" (a live blog's time)
        return t.text not in "'’-/&"  # any mark but an apostrophe or a joiner ends a clause
    if t.text[:1].lower() == t.text[:1].upper() and not t.text[:1].isdigit():
        return True  # a word in a script with no case is no part of the English clause
    if t.low in CONJUNCTIONS or t.low in ("what", "that", "which", "who", "whom", "how", "why"):
        return True  # "which many believe", "how academics see it"
    if t.low in verb_forms:
        return True  # "She said senior aides had warned": a that-less complement clause
    if t.low in BE and k + 1 < len(before) and before[k + 1].low == "there":
        return True  # "there are critics who say"
    return vbg and t.low == "with"  # "with forecasters warning that"


def skip_parenthetical(after: list[Token], j: int) -> int:
    """Skip an adverb set off by commas (", however,", ", too,")."""
    if (j + 2 < len(after) and after[j].text == "," and after[j + 2].text == ","
            and (is_adverb(after[j + 1]) or after[j + 1].low in ("however", "though", "meanwhile", "too", "alike"))):
        return j + 3
    return j


# words after which a verb's form can only be a noun: an article or a possessive that cannot
# stand alone ("this", "those", "her" can: "critics of this say", "friends of hers")
_NOUN_MARKERS = frozenset("the a an its their his our your my".split())


# round 135: a participle that places people where they work, before its preposition ("doctors
# working in the department say", "engineers based at the plant"): the phrase is read as the
# preposition's alone. Round 164: the verbs are word class ``placing-verbs`` (where people
# live or stay too: "residents living in the tower say"). "near", "along" and "outside" are
# left: a group placed by what it is near speaks of that thing first hand ("residents living
# near the plant say the smell ..."), and the first figures run lost a blind set's precision
_AFTER_PLACING = frozenset("at in inside within for with on across around throughout".split())


@cache
def _placing_participles() -> frozenset[str]:
    """The present and past participles of the placing verbs ("living", "working", "based")."""
    return frozenset(lx.forms("placing-verbs", ("VBG", "VBN")))


def pp_end(after: list[Token], j: int, membership: bool = False, text: str | None = None) -> tuple[int, bool]:
    """Skip a prepositional phrase after the head ("at the ministry", "familiar with the
    talks", "of tariffs"): (index after it, it holds a capitalised word). With
    ``membership`` (the head is "member"), "of" affiliates too ("members of the committee").
    With ``text`` (the document), a definite lower-case institution names the body only if
    the story has named it before (round 135: :func:`named_before`)."""
    if (j + 1 < len(after) and after[j].low in _placing_participles()
            and after[j + 1].low in _AFTER_PLACING):
        j += 1  # round 135: "doctors working in the department", "staff based at the plant"
    opener = 1
    if (j + 3 < len(after) and after[j].low in _COMPOUND_PLACING and after[j + 1].low == "and"
            and after[j + 2].low == _COMPOUND_PLACING[after[j].low]):
        opener = 3  # round 123: "teachers up and down the country", "fans in and around the town"
    elif j >= len(after) or after[j].low not in _PP_OPENERS:
        return j, False
    verb_forms = source_verb_forms()
    k = j + opener
    named = False
    # "experts at Oxford University" describe who they are; "critics of the Treaty of Rome"
    # only what they criticise
    affiliation = opener == 1 and (after[j].low in ("at", "from", "with", "in", "inside", "within", "for") or (
        membership and after[j].low == "of"))
    while k < len(after) and k < j + 10:
        t = after[k]
        if not t.word or (k > j + 1 and (t.low in verb_forms or t.low in AUX or t.low in WHO)
                          and after[k - 1].low not in _NOUN_MARKERS):
            break  # (after an article or a possessive a verb's form is a noun: "for finishing the project")
        if t.low in ("that", "which", "whom", "whose", "where", "when", "what", "how", "why", "and", "or",
                     "but") and not (
                k == j + 1 and after[j].low == "of" and t.low == "whom"):
            break  # ("some of whom claimed": the people themselves)
        # "forecasters at the service": a definite institution points back to one named
        # earlier in the story; it describes the source as a capitalised one does
        # ("forecasters at the provincial weather service": modifiers between them too)
        # round 135: only if the story has named that body before ("the Met Service ...
        # forecasters at the service"); "doctors in the department", "critics within the
        # parliamentary group" with no such name before are a generic institution: nobody named
        named = named or (affiliation and (t.capitalised or (
            t.low in INSTITUTIONS and after[j + opener].low in ("the", "its", "their")
            and (text is None or named_before(text, t.low, after[j].start)))))
        k += 1
    if named and after[j].low in _PLACE_OPENERS and placed_only(after[j + opener : k]):
        named = False  # round 115: "diplomats in Tarnov", "officials in the Gulf capital": a place
    return k, named


# round 135: how far back the story is searched for the proper name of a body a definite
# lower-case institution word points back to (a bounded window: no quadratic scan)
_NAMED_WINDOW = 8000


@cache
def _proper_name(word: str) -> re.Pattern[str]:
    """The institution word capitalised inside a name, after a word or a comma and a space
    (not at a sentence start): "the Met Service", "Harbour County Council", "the Department of
    Health"."""
    return re.compile(rf"[\w,] {re.escape(word[:1].upper() + word[1:])}s?\b")


def named_before(text: str, word: str, at: int) -> bool:
    """Round 135: has the story named a body with the institution ``word`` (as part of a proper
    name) before offset ``at``? "Forecasters at the service" after "the Met Service" are its
    forecasters, described; "doctors in the department" after "its emergency department" (no
    name) are a generic institution's, and name nobody."""
    return _proper_name(word).search(text, max(0, at - _NAMED_WINDOW), at) is not None


# round 115: "in" before a place says where the people are, not whose they are: "Western
# diplomats in Tarnov say", "diplomats in the Gulf capital described" name nobody, as
# "diplomats say" does; "officials in the Health Ministry", "staff in Google's office" and
# "analysts in the Treasury" still name a body (a body word, a possessive, or a capitalised
# last word after "the")
_PLACE_OPENERS = frozenset(("in", "inside", "within"))
_PLACE_NOUNS = frozenset(
    "capital city town village region province state county district country area suburbs "
    "north south east west north-east north-west south-east south-west countryside port".split())


def placed_only(pp: list[Token]) -> bool:
    """Are the words of an "in" phrase a place alone: capitalised words with no article ("in
    Tarnov", "in New York"), or "the" and words ending in a place noun ("in the Gulf
    capital", "in the north")?"""
    if not pp or any(not t.word or t.low.endswith(("'s", "’s")) for t in pp):
        return False
    if pp[0].low == "the":
        # round 131: the place noun itself may be a body's word ("city", "county", "state":
        # "the city said"), but after "in" it says where the people are ("diplomats in the
        # city say"); any other body word before it still names one ("in the city council")
        return (len(pp) > 1 and pp[-1].low in _PLACE_NOUNS and not pp[-1].capitalised
                and not any(t.low in INSTITUTIONS for t in pp[:-1]))
    if any(t.low in INSTITUTIONS for t in pp):
        return False
    return all(t.capitalised for t in pp)


def hallmark(text: str, after: list[Token], j: int) -> int | None:
    """The end offset of words marking the source as anonymous at ``after[j]`` (a comma
    before them allowed): "familiar with", "who spoke on condition of anonymity"."""
    if j < len(after) and after[j].text == ",":
        j += 1
    if j >= len(after):
        return None
    m = _HALLMARK.match(text, after[j].start)
    return m.end() if m else None


def group_words(after: list[Token]) -> int:
    """After a quantifier standing for people: the one or two words naming the group, if any
    ("many farmers say", "some local residents believe"): how many."""
    verbs = source_verb_forms()
    k = 0
    while (k < 2 and k < len(after) and _plain_word(after[k], verbs)
           and (not after[k].low.endswith(("ing", "ed")) or _ing_modifier(after, k, verbs))):
        k += 1
    return k


def _plain_word(t: Token, verbs: Container[str]) -> bool:
    """A word that may name a quantifier's group: no auxiliary, preposition, pronoun, source
    verb, relative word, adverb or stance copula (each ends the group or starts its verb)."""
    return (t.word and t.low not in AUX and t.low not in PREPOSITIONS and t.low not in PRONOUNS
            and t.low not in verbs and t.low not in WHO and not is_adverb(t) and t.low not in STANCE_COPULAS)


def _ing_modifier(after: list[Token], k: int, verbs: Container[str]) -> bool:
    """Round 164: an "-ing" word first after the quantifier and before a plain noun is a
    modifier of the group's noun ("some fishing communities feel", "many working parents
    say", "many farming families fear"), no verb of the quantifier's own. The noun must be a
    people or group noun (word classes ``participant-nouns``, ``group-speakers``) that is no
    source noun: a source noun's phrase is read as its own head ("some leading economists at
    the central bank": described by their institution), and a word of another kind after the
    "-ing" word is its object or adverb ("some using the app", "some living abroad"). An
    "-ed" word may be the quantifier's past verb ("many feared officials would ...") and is
    left out."""
    if k != 0 or not after[0].low.endswith("ing") or len(after) < 2:
        return False
    noun = after[1]
    if not _plain_word(noun, verbs) or not noun.text[:1].islower() or noun.low in lx.forms("source-nouns", lx.NOUN):
        return False
    return noun.low in lx.forms("participant-nouns", lx.NOUN) or noun.low in lx.plural_nouns("group-speakers")


# round 135: the copula of a state of mind ("many shoppers remain convinced that"): the verb
# group's, no word of the group ("remain" is no source verb, so the group ran on over it); round
# 131: besides "be", the copula verbs.py reads before STANCE_ADJECTIVES
STANCE_COPULAS = frozenset(("remain", "remains", "remained"))


# participles that carry a subject's words after its own predicate (", saying ..."), and one
# after a comma a predicate's length ahead ("have been cautious, saying")
SPEECH_PARTICIPLES = frozenset("saying arguing warning claiming insisting alleging".split())
_PARTICIPLE_AHEAD = re.compile(rf",\s+(?:{'|'.join(sorted(SPEECH_PARTICIPLES))})\b", re.IGNORECASE)
_HALLMARK_WORDS = frozenset(
    "familiar close knowledge condition briefed privy authorized authorised anonymity named identified".split()
)
_LEFT_WORDS = frozenset("according by".split()) | INVERTING


def worth_parsing(text: str, hs: int, he: int) -> bool:
    """A cheap look before the phrase is parsed: a speech verb or a mark of anonymity among
    the next words, or "according to", an inverting verb or "by" among the words before."""
    low = text[hs:he].lower()
    if low not in QUANTIFIER_HEADS and (low == "local" or determined(text, hs)) and not (
            low in ANONYMOUS_HEADS and text[max(0, hs - 4) : hs].lower() == "the ") and (
            ANONYMITY.match(text, he) is None):
        return False  # "the experts", "a local bar": parsed no further ("the official, who asked not to be named" is)
    # (the cheapest test first; each is a set test over a handful of words, made in C)
    ahead = words_after(text, he)
    return (low in OPINION_HOLDERS or not _after_words().isdisjoint(ahead)
            # (not a quantifier with a preposition: "many of them are convinced", "some in the
            # village are convinced" are rounds 98 and 120's warnings)
            or (not (low in QUANTIFIER_HEADS and ahead[:1] and ahead[0] in PREPOSITIONS)
                and not _STANCE_WORDS.isdisjoint(ahead))
            or not _LEFT_WORDS.isdisjoint(words_before(text, hs, 7))
            or (len(ahead) > 1 and ahead[0] in ("", "(") and ahead[1] in ("who", "which"))  # an aside
            or _PARTICIPLE_AHEAD.search(text, he, he + 100) is not None)  # "were cautious, saying"


# the relative pronoun, alone or with its auxiliary ("an opponent who's argued")
WHO = frozenset("who who's who've who'd who’s who’ve who’d".split())


# words of an aside that name the members of the group ("critics, who include Ana Ruiz, say")
_NAMING_ASIDE = frozenset("include includes included including led among notably".split())


def skip_aside(after: list[Token], j: int) -> int:
    """Skip an acronym in brackets ("(PUK)") and a non-restrictive relative clause set off by
    commas (", who have lived here for decades,", ", which runs the port,") between the
    phrase and its verb; the verb after it is still the phrase's. An aside that names the
    group's members, or that runs on past 20 words, is left alone."""
    if (j + 2 < len(after) and after[j].text == "(" and after[j + 1].text.isupper()
            and after[j + 2].text == ")"):
        j += 3
    if j + 1 >= len(after) or after[j].text != "," or after[j + 1].low not in ("who", "which"):
        return j
    for k in range(j + 2, min(len(after), j + 22)):
        t = after[k]
        if t.low in _NAMING_ASIDE:
            return j
        if not t.word:
            return k + 1 if t.text == "," and k > j + 3 else j
    return j


# a clause that says the source is kept unnamed: ", who asked not to be named", ", who spoke on
# condition of anonymity", ", who declined to be identified". "The official" it follows points
# back to nobody the reader can check: the writer says so outright (AP's anonymous-source rule)
# (round 173: the comma optional together with the blanks after it: "\s*,?\s*" split a run of
# blanks after "The official" every way between its two runs, 10,000 blanks: 3 s to lint)
ANONYMITY = LazyRegex(
    r"\s*(?:,\s*)?who\s+(?:had\s+|has\s+)?(?:asked|requested|declined|refused|did\s+not\s+want|didn't\s+want|"
    r"spoke|talked|was\s+not|wasn't|is\s+not|isn't|were\s+not|are\s+not)\b[^.;,]{0,50}?"
    r"\b(?:named|identified|anonymity|anonymously|publicly|on\s+the\s+record)\b",
    re.IGNORECASE,
)


def modifier_conjunct(before: list[Token], i: int) -> tuple[int, int] | None:
    """Is ``before[i]`` an "and" or "or" joining modifiers of the phrase's head ("intelligence
    and defence officials", "U.S. and European diplomats")? Then the first conjunct's words
    belong to the phrase: (its start offset, index of the word left of it), else ``None``. A
    capitalised word mid-sentence with no lowercase or acronym company may be a name ("Ruiz and
    Labour critics"): left to :func:`named_conjunct`."""
    if i >= len(before) or before[i].low not in ("and", "or"):
        return None
    k = i + 1
    words: list[Token] = []
    while k < len(before) and len(words) < 3:
        t = before[k]
        if t.text == "." and k + 1 < len(before) and "." in before[k + 1].text and before[k + 1].end == t.start:
            k += 1  # the full stop of an abbreviation: "U.S."
            continue
        if (not t.word or (t.low in PRONOUNS and not t.text.isupper()) or t.low in PREPOSITIONS
                or t.low in CONJUNCTIONS or t.low in AUX or t.low in DEFINITE or t.low in WH
                or t.low == "according" or t.low in source_verb_forms() or t.low.endswith(("'s", "s'"))):
            break
        words.append(t)
        k += 1
        if t.low in INDEFINITE:
            break
    if not words:
        return None
    initial = len(words) == 1 and (k >= len(before) or (not before[k].word and before[k].text not in ","))
    if not (initial or any(not w.capitalised or w.text.isupper() or "." in w.text for w in words)
            or demonym_pair(before, i)):
        return None
    return words[-1].start, k


# the endings of nationality adjectives ("Palestinian", "Turkish", "Japanese", "Israeli",
# "Afghan"): a capitalised word so ended on both sides of "and" joins modifiers, not names;
# before "officials" it places them in a nation, not an office (attribution/offices.py)
DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ish|ese|i|an)$")
# a country or a bloc by its initials ("US officials", "USA forces", "EU diplomats"): a nation,
# not a body or an armed group named by its initials
COUNTRY_INITIALS = frozenset("US USA UK EU UN UAE DRC PRC ROK DPRK CAR".split())
# a body's spokesperson, any number ("State Department spokesperson", "party spokesmen", "the
# press secretary"): the voice of a body, answering for it (attribution/speakers.py) or naming
# a party's member (attribution/illustrated.py)
SPOKESPERSON = LazyRegex(r"(?i)\bspokes(?:man|woman|men|women|person|people)\b|\bpress\s+secretary\b")


def demonym_pair(before: list[Token], i: int) -> bool:
    """Is ``before[i]`` ("and"/"or") between two nationality adjectives ("Palestinian and
    Israeli officials", "Greek or Turkish diplomats")? Then they are modifiers of the head
    ("Ruiz and Labour critics": a name and a party are not)."""
    return (i > 0 and i + 1 < len(before) and before[i].low in ("and", "or")
            and DEMONYM.match(before[i - 1].text) is not None
            and DEMONYM.match(before[i + 1].text) is not None)


def coordinated(after: list[Token], j: int) -> int:
    """Skip a coordinated group after the head ("critics and other observers", "fans and
    hockey players"): up to five words after "and" or "or", none a verb."""
    if j >= len(after) or after[j].low not in ("and", "or"):
        return j
    if _time_adjunct(after, j + 1):
        # round 101: "employs 900 people and last year reported revenue of ...": a time adjunct
        # opens a second verb phrase of the sentence's subject, not a second group of people
        return j
    verbs = source_verb_forms()
    k = j + 1
    while k < len(after) and k < j + 6 and after[k].word and after[k].low not in verbs and after[k].low not in AUX:
        k += 1
    if k == j + 1 or k >= len(after) or not after[k].word:
        return j
    return k


# deictic words that make the next noun a point in time ("last year", "this week", "next month")
_TIME_DEICTICS = frozenset("last next this that every each earlier later".split())
_TIME_NOUNS = frozenset("year years month months week weeks day days night morning afternoon evening "
                        "weekend season summer winter spring autumn quarter decade century time".split())
# time words that stand alone as an adjunct ("and yesterday said", "and recently warned")
_TIME_WORDS = frozenset("yesterday today tonight recently previously earlier later then since "
                        "subsequently afterwards".split())


def _time_adjunct(after: list[Token], k: int) -> bool:
    """Does ``after[k]`` open a time adjunct ("last year", "this week", "yesterday") rather than
    a noun phrase? "last year's visitors" (a possessive) is a noun phrase."""
    if k >= len(after):
        return False
    if after[k].low in _TIME_WORDS:
        return True
    return (after[k].low in _TIME_DEICTICS and k + 1 < len(after)
            and after[k + 1].low in _TIME_NOUNS)


def tag_end(after: list[Token], j: int) -> bool:
    """Does the clause end right after the phrase (", say officials." / ", said one expert, as...")?"""
    return j >= len(after) or (not after[j].word and after[j].text in ",.;:!?)—–\"”")


# the finite auxiliaries that open a reported clause's predicate ("had been", "were", "will")
_FINITE_AUX = frozenset("is are was were has have had will would could can may might must should".split())


def listed_subject(after: list[Token], j: int) -> bool:
    """Does the comma at ``after[j]`` only go on with a list of names and then a finite
    auxiliary ("said residents of Alton, Brayford and Kessel had been without power")? Then the
    phrase is the subject of the reported clause after a speaker's "said", not an inverted tag
    (", said residents." ends its clause). Round 105; bounded to twelve tokens."""
    if j >= len(after) or after[j].text != ",":
        return False
    names = 0
    for m in range(j + 1, min(len(after), j + 13)):
        t = after[m]
        if t.text == "," or t.low == "and":
            continue
        if t.word and t.capitalised:
            names += 1
            continue
        return names > 0 and t.low in _FINITE_AUX and after[m - 1].word
    return False
