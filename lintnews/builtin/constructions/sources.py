"""Unnamed sources: people nobody names as the source of a claim.

The construction: a noun phrase headed by a person or group noun ("officials", "a military
source", "people", or a quantifier standing alone: "many", "some", "others", "those who"),
with an indefinite, quantified or cardinal determiner or none (a bare plural), any modifiers
("senior", "London-based", "Downing Street"), and no name or identifying apposition, that is

- the subject of a speech, cognition or complaint verb, in any tense, after any auxiliaries
  and adverbs ("critics have long argued", "with forecasters warning"), at the start of a
  clause ("..., though officials say", "She said senior aides had warned");
- the object of "according to", or the subject of an inverted tag (", say officials.");
- or marked as anonymous by its own words ("people familiar with the talks", "a source close
  to the minister", "who spoke on condition of anonymity").

Not a source: a definite phrase refers back to one already introduced ("the experts", "these
insiders"); a name right after the noun or in an apposition names it ("spokeswoman Jane
Roe", "critics, including Ana Ruiz,"); a place or an organisation used as a modifier
identifies nobody ("Downing Street aides" stays vague), but one in a prepositional phrase
("experts at the Halvorsen Institute") or as an owner ("the company's executives") describes
the source: a hint, not a warning.
"""

from __future__ import annotations

import re
from functools import cache

from lintnews.builtin.constructions import Bounds, Cue
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
    WEEKDAYS_MONTHS,
    WH,
    NounPhrase,
    Token,
    determined,
    in_hypothetical,
    is_adverb,
    left,
    noun_phrase,
    question,
    right,
    words_after,
    words_before,
)
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
    "at from in with inside within close familiar of for on across around throughout among "
    "knowledgeable privy briefed near involved".split()
)
# (not "told": after it the noun is the hearer, '"...," Ana Ruiz told supporters of the bill.')
_INVERTING = frozenset("say says said warn warns warned add adds added argue argues argued note notes "
                       "noted claim claims claimed believe believes insist insists insisted "
                       "explain explains explained predict predicts predicted".split())
_CONCERNS = frozenset(
    "concern concerns question questions doubt doubts fear fears alarm objections objection "
    "eyebrows worries worry hopes".split()
)
# verbs of seeing and naming need an as-complement to voice a view ("see it as", "described as")
# a quantified group of people whose business is opinion: "some critics", "many historians"
# are a vague source whatever they are doing in the sentence
_OPINION_QUANTIFIERS = frozenset("some many most several numerous certain various".split())
_OPINION_HOLDERS = frozenset(
    "critics scholars historians commentators observers pundits reviewers experts analysts "
    "academics theorists biographers sceptics skeptics purists theologians musicologists "
    "linguists philosophers economists".split()
)
_NEEDS_AS = frozenset("see view regard perceive describe interpret refer hail".split())
# verbs of likening and ascription: a view only with their complement ("some compare it to a
# cathedral", "many credit the monks with the recipe", "some trace the name to Latin");
# "officials compared notes", "credited the account", "traced the caller" are acts
_NEEDS_PREPOSITION = {
    "compare": ("to",), "liken": ("to",), "equate": ("with",), "associate": ("with",),
    "identify": ("with", "as"), "trace": ("to",), "credit": ("with",),
}
# the prepositions after "those" that make it people placed by where they are: "according to
# those in the trade", "those in the know say"
_THOSE_PLACED = frozenset(("in", "inside", "within", "around", "among"))
# nouns whose singular form takes a plural verb: "people say", "staff say", "prison staff have complained"
_COLLECTIVE = frozenset(("people", "staff"))
# the modifiers that make "figures" people ("opposition figures have long claimed", "a senior
# figure in the party said"); "industry figures", "government figures" are most often numbers
_PEOPLE_FIGURES = frozenset("opposition senior leading prominent political public establishment religious "
                            "community military sporting".split())
_ADMISSION = frozenset("admit confess".split())
# verbs of a mind, which numbers never take: "industry figures fear", "figures ... believe"
# ("figures show", "figures suggest", "figures indicate" are numbers speaking)
_MINDS = frozenset("fear believe think worry hope insist complain doubt suspect reckon wonder lament".split())
_ADMITTANCE = frozenset("to into at as for from in on by with".split())
_NEEDS_THAT = frozenset("find conclude add explain recall calculate charge accept announce object hold".split())


def _verb_forms() -> dict[str, str]:
    return lx.forms("source-verbs", lx.FINITE + lx.PARTICIPLE)


@cache
def _after_words() -> frozenset[str]:
    """The words after a head that make it worth parsing: a speech verb, a mark of anonymity
    (one set, for a set test in C)."""
    return frozenset(_verb_forms()) | _HALLMARK_WORDS


def _is_boundary(before: list[Token], i: int, verb_forms: dict[str, str], vbg: bool) -> bool:
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


def _apposition_names(after: list[Token], j: int) -> bool:
    """Is the phrase followed by a name or an including-list ("critics, including Ana Ruiz")?"""
    if j >= len(after):
        return False
    t = after[j]
    if t.word and t.capitalised and t.low not in WEEKDAYS_MONTHS and t.low not in PRONOUNS:
        return True  # "spokeswoman Jane Roe", "analyst Tom Briggs"
    if (t.text == ":" and j + 3 < len(after) and all(
            after[k].word and after[k].capitalised and after[k].low not in PRONOUNS | WEEKDAYS_MONTHS
            for k in (j + 1, j + 2)) and after[j + 3].text in (",", ";", "and")):
        return True  # "by two critics of the policy: Ana Ruiz, a professor, and ...": named in a list
    if t.text == "," and j + 1 < len(after):
        n = after[j + 1]
        if n.low in ("including", "such", "like", "among", "notably", "led"):
            return True
        if n.capitalised and n.word and n.low not in WEEKDAYS_MONTHS and n.low not in PRONOUNS | {"however"}:
            # ", Jane Roe," / ", Jane Roe and Tom Briggs," - a name, not a new clause ("..., Police said")
            k = j + 1
            while k < len(after) and after[k].word and (after[k].capitalised or after[k].low in ("and", "de", "van", "von")):
                k += 1
            return k < len(after) and after[k].text in (",", ")", "—", "–")
    return False


def _skip_parenthetical(after: list[Token], j: int) -> int:
    """Skip an adverb set off by commas (", however,", ", too,")."""
    if (j + 2 < len(after) and after[j].text == "," and after[j + 2].text == ","
            and (is_adverb(after[j + 1]) or after[j + 1].low in ("however", "though", "meanwhile", "too", "alike"))):
        return j + 3
    return j


def _verb_ok(lemma: str, after: list[Token], k: int) -> bool:
    """Does the verb at ``after[k]`` report a claim here ("think about it" and "some say in the
    matter" do not)?"""
    nxt = after[k + 1].low if k + 1 < len(after) else ""
    window = [t.low for t in after[k + 1 : k + 7]]
    if lemma == "say":
        return after[k].low != "say" or nxt not in ("in", "over", "on", "about")  # "some say in it": a noun
    if lemma == "think":
        # "think about it", "those who think like him": no claim, only a topic or a likeness;
        # "people who think in either/or terms": a manner of thinking ("experts think in the
        # long run prices will fall" holds a clause, and stays)
        if nxt == "in" and any(w in ("terms", "ways") for w in window[1:5]):
            return False
        return nxt not in ("about", "of", "up", "back", "twice", "ahead", "through", "again", "like", "alike")
    if lemma == "agree" and nxt == "to":
        # "some victims even agree to it", "many agreed to pay": consent to a thing or a deed,
        # no view ("many agree that", "agree with the ruling" hold one)
        return False
    if lemma in _NAMING and nxt in _REFLEXIVES:
        return False  # "people who describe themselves as vegans": what they call themselves
    if lemma in _NEEDS_AS:
        return "as" in window
    if lemma in _NEEDS_PREPOSITION:
        # its object opens with a determiner, a pronoun or a name ("many credit the monks
        # with"); "many credit cards come with a fee" is a noun compound, no verb
        opens_object = nxt in DEFINITE or nxt in INDEFINITE or nxt in PRONOUNS or (
            k + 1 < len(after) and after[k + 1].capitalised)
        return opens_object and any(w in _NEEDS_PREPOSITION[lemma] for w in window[1:6]) and nxt not in (
            "themselves", "himself", "herself")
    if lemma in _NEEDS_THAT:
        return nxt in ("that", ":", '"', "“") or (lemma in _SMALL_CLAUSE and _to_be(after, k + 1))
    if lemma == "tell":
        return "to" not in window[:4] and nxt != "apart"
    if lemma == "report" and after[k].low.startswith("report") and _coverage(after, k):
        return False  # "few media report on the army's role", "some papers report objectively"
    if lemma == "point":
        return nxt in ("out", "to")
    if lemma == "play":
        return nxt == "down"
    if lemma == "feel" and (not nxt or not nxt[:1].isalnum() or nxt in _FEEL_NOT_VIEW):
        return False  # "the pain that people feel around money", "what many feel.": a feeling, no view
    if (lemma == "feel" and k + 1 < len(after) and after[k + 1].capitalised
            and (k + 2 >= len(after) or not after[k + 2].word)):
        return False  # "those who feel Dutch.": an identity felt, no view ("feel Trump is wrong" is one)
    if lemma == "feel" and _felt_object(window):
        return False  # "people feel the need to", "savers feel the pinch": an experience, no view
    if lemma == "raise":
        return any(w in _CONCERNS for w in window[:3])
    if lemma == "cast":
        # "physicists have cast doubt on the timeline", "casts serious doubt": a doubt voiced
        # ("voters cast their ballots", "cast a shadow over" are acts or figures of speech)
        return "doubt" in window[:2] or "doubts" in window[:2]
    if lemma == "ask":
        return nxt in WH or nxt == "for"
    if lemma == "call":
        if nxt in ("them", "him", "her") and len(window) > 1 and window[1] in ("to", "back", "and", ",", "."):
            return False  # "a friend called her to ask if": a telephone call, no name given
        return nxt in ("for", "it", "this", "that", "them", "him", "her", "on")
    if lemma in _NOUN_TOO and nxt in ("for", "about", "over", "of", "regarding", "among"):
        return False  # "some praise for the plan", "some doubt about it": the noun, not the verb
    if lemma == "consider":
        # "are considering a ban", "considered moving", "considering whether": weighing a
        # decision, not holding a view ("many consider it the safest")
        gerund = len(nxt) > 4 and nxt.endswith("ing") and not nxt.endswith("thing")
        return not (after[k].low.endswith("ing") or gerund or nxt in WH or nxt == "whether")
    if lemma == "debate":
        # "scholars have long debated its authorship", "historians debate whether it was":
        # a standing dispute is a claim that the matter is open; "officials debated the plan"
        # and "debated whether to close it" deliberate
        standing = k > 0 and after[k - 1].low in _STANDING
        return standing or (nxt == "whether" and window[1:2] != ["to"])
    if lemma == "expect":
        return nxt not in (",", ".")  # "as experts expected." has no content of its own
    if lemma in ("deny", "reject") and _refusal(window):
        return False  # "lawmakers have denied the request": a refusal, no claim denied
    if lemma in _ADMISSION:
        # "executives admitted that the box stays", "officials conceded it was late": an
        # admission is a claim; "people admitted to hospital", "admitted into the club" and
        # "confessed to the theft" are an admittance or a plea about oneself
        return nxt not in _ADMITTANCE and bool(nxt[:1].isalnum())
    return True


# what is refused, not denied as untrue: "denied the request", "rejected his application"
_REQUESTS = frozenset(
    "request requests application applications appeal appeals permission access bail entry visa "
    "visas motion motions petition petitions offer offers bid bids".split()
)
_OBJECT_DETERMINERS = frozenset("the a an his her their its this that these those our any all".split())


def _coverage(after: list[Token], k: int) -> bool:
    """Does "report" at ``after[k]`` tell what the press covers or how ("few German media report
    on the army's role", "some print media report very objectively."), not what someone says
    is so? A topic after "on" or "about" with no that-clause, or a manner adverb ending the
    clause; "media reported on Tuesday that ..." and "reported that" report a claim."""
    window = [t.low for t in after[k + 1 : k + 8]]
    if not window or "that" in window:
        return False
    if window[0] in ("on", "about"):
        if len(window) < 2 or window[1] in WEEKDAYS_MONTHS or window[1][:1].isdigit():
            return False  # "reported on Tuesday that", "on 3 May"
        if window[1] in ("the", "a"):
            return len(window) > 2 and window[2] not in _COVERAGE_TIME_NOUNS  # not "on the weekend"
        return True
    i = k + 1
    while i < len(after) and after[i].word and (is_adverb(after[i]) or after[i].low in ("very", "more", "less")):
        i += 1
    return i > k + 1 and (i >= len(after) or not after[i].word)


# (its own name: as _TIME_NOUNS it was shadowed by the older set of that name below)
_COVERAGE_TIME_NOUNS = frozenset("day weekend morning evening night eve week month year anniversary".split())


def _refusal(window: list[str]) -> bool:
    """Is the object of a verb of denial a request ("denied the request", "rejected a
    fresh bail application"): a refusal, not a claim that something is untrue?"""
    k = 0
    while k < len(window) and window[k] in _OBJECT_DETERMINERS:
        k += 1
    return any(w in _REQUESTS for w in window[k : k + 3])


# verbs of judging whose object and "to be" make a small clause that holds the view: "some
# traders found the statement to be gloomy" ("found the keys", "found it hard to" do not)
_SMALL_CLAUSE = frozenset(("find",))


def _to_be(after: list[Token], k: int) -> bool:
    """Is there a "to be" within the next eight words, in the same clause (the object of the
    verb before ``after[k]`` and its predicate: "found the plan to be reckless")?"""
    for m in range(k, min(len(after) - 1, k + 8)):
        if not after[m].word and after[m].text not in "'’":
            return False
        if after[m].low == "to" and after[m + 1].low == "be" and m > k:
            return True
        if after[m].low in _CLAUSE_OPENERS or after[m].low == "and":
            return False
    return False


def _verb(after: list[Token], j: int, plural: bool) -> tuple[Token, str, bool] | None:
    """The speech, cognition or complaint verb of a subject phrase, after any auxiliaries and
    adverbs: (token, lemma, is a participle in -ing), or ``None``. The verb agrees with the
    subject: "many unanswered questions" is no subject of "questions"."""
    forms = _verb_forms()
    finite = lx.forms("source-verbs", ("VBZ",))
    base = lx.forms("source-verbs", ("VB", "VBP"))
    k = j
    saw_be = saw_aux = False
    while k < len(after) and k < j + 5:
        t = after[k]
        if not t.word:
            return None
        if t.low in ("not", "n't", "never") or t.low.endswith("n't"):
            return None  # "officials would not say": a refusal asserts nothing
        if t.low in AUX or t.low in ("alike", "too", "to", "both", "all") or is_adverb(t):
            if t.low == "have" and k > j and after[k - 1].low in _COUNTERFACTUAL_MODALS:
                return None  # "few could have anticipated", "critics might have argued": nobody did
            saw_be = saw_be or t.low in BE
            saw_aux = saw_aux or t.low in AUX
            if t.low == "to" and not (k > 0 and after[k - 1].low in _RAISING):
                return None
            k += 1
            continue
        if t.low in _RAISING:
            saw_aux = True
            k += 1
            continue
        lemma = forms.get(t.low)
        if lemma is None:
            return None
        if lemma in _FORECAST_VERBS and k > 0 and after[k - 1].low in _FORECAST_MODALS:
            return None  # "people will wonder", "investors may expect": the writer's forecast
        vbg = t.low.endswith("ing")
        if saw_be and not vbg:
            return None  # "officials were told": the people spoken to, not speaking
        if vbg and not saw_be:
            return None  # "people complaining about": a modifier, unless absolute ("with X saying")
        if not saw_aux and not vbg:
            if plural and t.low in finite and t.low not in base:
                return None  # "many questions": a plural does not take "questions"
            if not plural and t.low in base and t.low not in lx.forms("source-verbs", ("VBD",)):
                return None  # "an advocate of states that reject": the verb is the states'
        if not saw_aux and not vbg and _agent_follows(after, k):
            # "candidates for the posts proposed by the cabinet", "experts cited by the
            # report": a participle with its agent (a reduced relative or a passive), what was
            # done to the people, not what they say
            return None
        if not _verb_ok(lemma, after, k):
            return None
        return t, lemma, vbg
    return None


def _agent_follows(after: list[Token], k: int) -> bool:
    """Is the "-ed" verb at ``after[k]`` followed by a by-phrase that names who did it (a
    determiner, a name or a plural noun after "by": "proposed by the cabinet", "cited by
    Reuters")? "said by phone" or "warned by letter" are a means, not an agent."""
    if k + 2 >= len(after) or after[k + 1].low != "by" or not after[k].low.endswith(("ed", "en", "ld", "id")):
        return False
    nxt = after[k + 2]
    if nxt.low in _TIME_AFTER_BY:
        return False  # "said by then", "agreed by Friday"
    if nxt.low in DEFINITE or nxt.low in INDEFINITE or nxt.low in _OBJECT_DETERMINERS:
        return k + 3 >= len(after) or after[k + 3].low not in _TIME_NOUNS  # not "by the end of"
    return nxt.capitalised and nxt.low not in _TIME_AFTER_BY


# what "by" takes as a deadline, not an agent: "said by Monday", "agreed by the end of May"
_TIME_AFTER_BY = frozenset(
    "now then tomorrow today tonight monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december midnight noon".split()
)
_TIME_NOUNS = frozenset("end start beginning middle close time weekend deadline summer spring autumn winter year".split())


def _object_of_past_verb(after: list[Token], k: int) -> bool:
    """Is ``after[k]`` right after a past-tense verb of the relative clause that is no
    auxiliary and no speech verb ("who used fear", "who spread doubt", "who caused concern")?
    Then it is that verb's object, a noun, not the clause's speech or cognition verb."""
    prev = after[k - 1].low if k > 0 else ""
    return (len(prev) > 3 and prev.endswith("ed") and prev not in AUX and prev not in BE
            and prev not in _verb_forms())


# adverbs that make a debate a standing dispute, not a meeting's business
_STANDING = frozenset("long still hotly fiercely endlessly".split())

# verbs of naming: with a reflexive object they tell what people call themselves, no claim
_NAMING = frozenset("describe call label brand term dub style identify".split())
_REFLEXIVES = frozenset("themselves himself herself itself ourselves myself yourself yourselves".split())

# verbs whose form is also a noun that takes a preposition ("some praise for", "some concern
# over"); as verbs they take an object or a clause ("some praise the plan", "some doubt that")
_NOUN_TOO = frozenset(("praise", "concern", "doubt"))

# a modal perfect of these tells what was possible or would have happened, not what was said
# (the passive's "would have been known" is the writer's view the same way)
_COUNTERFACTUAL_MODALS = frozenset(("could", "would", "might", "couldn't", "wouldn't", "should"))
# a modal of the future before a verb of wondering or expecting: "people who wear them will
# wonder", "so people may expect more reform" is the writer's forecast of a state of mind, not a
# view anyone holds yet ("many expect", "people have wondered" report one)
_FORECAST_MODALS = frozenset(("will", "may", "might", "'ll", "’ll", "shall", "can"))
# ("passengers may consider the cost", "employees can expect to pay": what people will or can do)
_FORECAST_VERBS = frozenset(("wonder", "expect", "consider"))

_RAISING = frozenset(
    "continue continues continued tend tends tended seem seems seemed appear appears appeared "
    "begin began begun used going want wanted".split()
)


def _pp_end(after: list[Token], j: int, membership: bool = False) -> tuple[int, bool]:
    """Skip a prepositional phrase after the head ("at the ministry", "familiar with the
    talks", "of tariffs"): (index after it, it holds a capitalised word). With
    ``membership`` (the head is "member"), "of" affiliates too ("members of the committee")."""
    if j >= len(after) or after[j].low not in _PP_OPENERS:
        return j, False
    verb_forms = _verb_forms()
    k = j + 1
    named = False
    # "experts at Oxford University" describe who they are; "critics of the Treaty of Rome"
    # only what they criticise
    affiliation = after[j].low in ("at", "from", "with", "in", "inside", "within", "for") or (
        membership and after[j].low == "of")
    while k < len(after) and k < j + 10:
        t = after[k]
        if not t.word or (k > j + 1 and (t.low in verb_forms or t.low in AUX or t.low in _WHO)):
            break
        if t.low in ("that", "which", "whom", "whose", "where", "when", "what", "how", "why", "and", "or",
                     "but") and not (
                k == j + 1 and after[j].low == "of" and t.low == "whom"):
            break  # ("some of whom claimed": the people themselves)
        # "forecasters at the service": a definite institution points back to one named
        # earlier in the story; it describes the source as a capitalised one does
        # ("forecasters at the provincial weather service": modifiers between them too)
        named = named or (affiliation and (t.capitalised or (
            t.low in INSTITUTIONS and after[j + 1].low in ("the", "its", "their"))))
        k += 1
    return k, named


def _hallmark(text: str, after: list[Token], j: int) -> int | None:
    """The end offset of words marking the source as anonymous at ``after[j]`` (a comma
    before them allowed): "familiar with", "who spoke on condition of anonymity"."""
    if j < len(after) and after[j].text == ",":
        j += 1
    if j >= len(after):
        return None
    m = _HALLMARK.match(text, after[j].start)
    return m.end() if m else None


def _group_words(after: list[Token]) -> int:
    """After a quantifier standing for people: the one or two words naming the group, if any
    ("many farmers say", "some local residents believe"): how many."""
    verbs = _verb_forms()
    k = 0
    while (k < 2 and k < len(after) and after[k].word and after[k].low not in AUX
           and after[k].low not in PREPOSITIONS and after[k].low not in PRONOUNS
           and after[k].low not in verbs and after[k].low not in _WHO and not is_adverb(after[k])
           and not after[k].low.endswith(("ing", "ed"))):
        k += 1
    return k


# participles that carry a subject's words after its own predicate (", saying ..."), and one
# after a comma a predicate's length ahead ("have been cautious, saying")
_SPEECH_PARTICIPLES = frozenset("saying arguing warning claiming insisting alleging".split())
_PARTICIPLE_AHEAD = re.compile(rf",\s+(?:{'|'.join(sorted(_SPEECH_PARTICIPLES))})\b", re.IGNORECASE)
_HALLMARK_WORDS = frozenset(
    "familiar close knowledge condition briefed privy authorized authorised anonymity named identified".split()
)
_LEFT_WORDS = frozenset("according by".split()) | _INVERTING


def _worth_parsing(text: str, hs: int, he: int) -> bool:
    """A cheap look before the phrase is parsed: a speech verb or a mark of anonymity among
    the next words, or "according to", an inverting verb or "by" among the words before."""
    low = text[hs:he].lower()
    if low not in QUANTIFIER_HEADS and (low == "local" or determined(text, hs)) and not (
            low in _ANONYMOUS_HEADS and text[max(0, hs - 4) : hs].lower() == "the ") and (
            _ANONYMITY.match(text, he) is None):
        return False  # "the experts", "a local bar": parsed no further ("the official, who asked not to be named" is)
    # (the cheapest test first; each is a set test over a handful of words, made in C)
    ahead = words_after(text, he)
    return (low in _OPINION_HOLDERS or not _after_words().isdisjoint(ahead)
            or not _LEFT_WORDS.isdisjoint(words_before(text, hs, 7))
            or (len(ahead) > 1 and ahead[0] in ("", "(") and ahead[1] in ("who", "which"))  # an aside
            or _PARTICIPLE_AHEAD.search(text, he, he + 100) is not None)  # "were cautious, saying"


def unnamed_source(text: str, hs: int, he: int, where: Bounds,
                   first: FirstMention | None = None) -> Cue | None:
    """An unnamed source whose head (a person noun or a quantifier) is ``text[hs:he]``.
    ``first``: the text's first mention of a source, when the caller keeps one per document
    (the attribution judge does: see :class:`FirstMention`)."""
    low = text[hs:he].lower().replace("’", "'")
    quantifier = low in QUANTIFIER_HEADS
    if not quantifier and low not in lx.forms("source-nouns", lx.NOUN):
        return None
    plural = quantifier or low in lx.plural_nouns("source-nouns") or low in _COLLECTIVE
    if low == "group":
        return None  # "a campaign group said": one body, most often named in the next breath
    if not _worth_parsing(text, hs, he):
        return None
    lo, hi = where()
    after = right(text, he, hi)
    if (not quantifier and text[hs].isupper() and after and after[0].word and after[0].text[:1].islower()
            and _NAME_WORD_BEFORE.search(text, lo, hs) is not None):
        # "Palestinian Authorities say": a capitalised head after a capitalised word, before a
        # lower-case verb, is the last word of a name (not "10:32 - Residents fear")
        return None
    if (not quantifier and text[hs].isupper() and _LOWER_WORD_BEFORE.search(text, lo, hs) is not None
            and len(after) > 1 and after[0].low == "of" and after[1].capitalised):
        # "environmental group Friends of Stenbury Meadows said": a capitalised head in mid
        # sentence with a capitalised of-phrase is an organisation's name ("Residents of
        # Leeds say", opening the sentence, stays vague)
        return None
    if not quantifier and _apposition_names(after, 0):
        return None  # "spokeswoman Jane Roe", "critics, including Ana Ruiz,"
    if not quantifier and low in ("force", "forces") and _INSTITUTION_FORCE.search(text, lo, hs):
        return None  # "a Bundestag task force has concluded": an institution, not fighters
    if not quantifier and low == "forces" and _NAMED_FORCES.search(text, lo, hs):
        # "Iraqi forces said they killed the commander", "East Libyan forces claim victory": a
        # state's or a side's armed forces speak as an institution, as "police said" does
        return None
    if not quantifier and not plural and after and _document_head(after[0].low):
        return None  # "according to a missing person poster": the person noun modifies a document
    j = 0
    partitive = False
    if quantifier:
        if low == "those" and (not after or (after[0].low not in _WHO | _THOSE_PLACED
                                             and _hallmark(text, after, 0) is None)):
            # "those" alone refers back ("those in the trade say" are people placed, "those
            # close to him insist" people marked as anonymous as "people close to him" are)
            return None
        if len(after) > 1 and after[0].low.endswith("ed") and after[1].low in lx.forms("report-nouns", lx.NOUN):
            # "some confirmed reports": the participle modifies a document (a verb cannot
            # follow it at once), no one speaks
            return None
        # "those" takes no group words ("those close to him": "close" is the mark of anonymity)
        j = 0 if low == "those" else _group_words(after)
        if any(after[k].low in lx.forms("report-nouns", lx.NOUN) for k in range(j)):
            return None  # "most surveys report a margin of error": documents, the provenance rule's
        # "many of them", "some of the residents": part of a group the story has introduced
        partitive = (j == 0 and len(after) > 1 and after[0].low == "of"
                     and (after[1].low in DEFINITE or after[1].low in ("them", "us", "you", "these", "those")))
    anonymous_end = _hallmark(text, after, j)
    # "members of the committee": a body the story has named, as "forecasters at the service"
    nouns = lx.forms("source-nouns", lx.NOUN)
    membership = nouns.get(low) == "member" or any(nouns.get(t.low) == "member" for t in after[:j])
    j, pp_named = _pp_end(after, j, membership)
    if nouns.get(low) in ("source", "insider"):
        # "sources within the health board", "insiders at the theatre": where they work, still
        # nobody named (both words say the speaker is kept anonymous)
        pp_named = False
    end_hallmark = _hallmark(text, after, j)
    if end_hallmark is not None:
        anonymous_end = end_hallmark
        while j < len(after) and after[j].end <= end_hallmark:
            j += 1
        j, _ = _pp_end(after, j) if j < len(after) and after[j].low in ("of", "to", "the") else (j, False)
    if anonymous_end is not None:
        pp_named = False  # "close to the White House": what they know about, not who they are
    j = _skip_parenthetical(after, j)
    if _apposition_names(after, j):
        return None
    if _polled_by_named(after, j):
        return None  # "most economists polled by Reuters expect": a named poll's respondents
    j = _skip_aside(after, j)  # "residents, who have lived here for decades, say"
    j = _coordinated(after, j)  # "critics and other observers have argued"
    relative = j < len(after) and after[j].low in _WHO
    if relative:
        j += 1  # "critics who say", "those who believe"
        if j < len(after) and after[j].low in _CLAUSE_PRONOUNS:
            return None  # "people who he said attack gays": the relative clause's speaker is "he"
    before = left(text, hs, lo)
    if in_hypothetical(before) or question(text, he, hi):
        return None
    verb_forms = _verb_forms()
    np = None
    if quantifier:
        # "many of them", "some members of the board": described ("many Travellers in Killarney" are not)
        start, after_np, described = hs, 0, ("described" if partitive or (pp_named and membership) else None)
    else:
        np = noun_phrase(before, Token(text[hs:he], low, hs, he), frozenset(verb_forms))
        # "figures show", "industry figures suggest": numbers, not people, unless the verb is
        # one only people do ("travel industry figures fear", checked below)
        if nouns.get(low) == "figure" and not any(m.low in _PEOPLE_FIGURES for m in np.mods):
            mind = _verb(after, j, plural)
            if mind is None or mind[1] not in _MINDS:
                return None  # "according to board figures", "figures show": numbers
        if np.definite and not _first_mention(text, np, low, first) and not _ANONYMITY.match(text, he, hi):
            return None  # "the experts", "these insiders": sources introduced before
        if not plural and np.det is None and np.possessive is None:
            return None  # a singular noun with no determiner is a modifier ("source code")
        indefinite = np.det is not None and np.det.low in ("a", "an")
        if relative and not plural and indefinite and _apposed(left(text, np.start, lo, 200),
                                                               _DASH.search(text, he, hi) is not None):
            return None  # "Ana Ruiz, a critic who has argued ...": the critic is named
        if not plural and indefinite and _QUOTE_THEN_NAME.search(text, max(lo, np.start - 150), np.start):
            # '"...," Omar Haddad, a Syrian activist told Al Jazeera.': the speaker of the
            # quotation, named, and his description (the second comma left out)
            return None
        if plural and np.det is not None and np.det.low in _SINGULAR_DETERMINERS and np.mods:
            # "a drought health experts describe as severe": the determiner and the word next
            # to it are another noun phrase's, of which the source's clause is a relative
            np = np._replace(start=np.mods[-2].start if len(np.mods) > 1 else hs, det=None,
                             mods=np.mods[:-1], after=len(np.mods) - 1)
        start, after_np = np.start, np.after
        described = "described" if (pp_named or np.possessive is not None) else None
        if plural and np.det is None and any(m.low in _POINTING_MODIFIERS for m in np.mods):
            # "company executives say", after the company is named: the officers of the
            # firm the story is about, as "forecasters at the service" point back to one ("a
            # company executive" may be any company's)
            described = "described"
    head_end = after[j - 1].end if j > 0 else he
    if np is not None and np.det is None and np.possessive is None and np.mods:
        conjunct = _modifier_conjunct(before, after_np)
        # "intelligence and defence officials", "US and EU diplomats"; not where the words
        # before "and" are a phrase of their own ("monitoring groups and political analysts
        # report": two subjects, the second still at a clause start)
        if conjunct is not None and _surname_before(text, conjunct[0], lo):
            conjunct = None  # "Secillano and opposition lawmakers criticised": a person named earlier
        if conjunct is not None and (
                _is_boundary(before, conjunct[1], verb_forms, False)
                or (conjunct[1] < len(before) and before[conjunct[1]].low in _QUOTING | {"to"})):
            start, after_np = conjunct
    if np is not None and np.det is None and not np.mods and _definite_conjunct(before, after_np):
        return None  # "the politicians and legislators said": the article serves both
    if _named_conjunct(before, after_np):
        return None  # "Ana Ruiz and other critics say": the named one vouches for the claim
    if after_np < len(before):
        t = before[after_np]
        if t.low == "to" and after_np + 1 < len(before) and before[after_np + 1].low == "according":
            return _cue(text, before[after_np + 1].start, max(head_end, anonymous_end or 0), low, described,
                        "source:according")
        if t.low in _INVERTING and _tag_end(after, j) and (
            after_np + 1 >= len(before) or not before[after_np + 1].word
        ):
            return _cue(text, t.start, he, low, described, "source:inverted-tag")  # ", say officials."
    verb = _verb(after, j, plural) or _absolute(before, after_np, after, j)
    conjoined = False
    if (verb is None and not quantifier and not relative and j < len(after)
            and (after[j].low in verb_forms or after[j].low.endswith("ed"))):
        # "a senior official called the rule illegitimate and said ...": the source's second
        # verb, joined to a first that reports nothing
        verb = _conjoined_verb(after, j, plural)
        conjoined = verb is not None
    if verb is None and not quantifier and not relative:
        # "officials were cautious, saying ...", "a senior official was quoted by army radio as
        # saying ...": the source's words hang on a participle of its own predicate
        verb = _predicate_participle(after, j)
        conjoined = verb is not None
    # "than those who disagree", "as those who disagree": a compared group, told apart by its view
    compared = after_np < len(before) and before[after_np].low in ("than", "as")
    if verb is not None and relative and low not in _OPINION_HOLDERS and _stance(after, verb[0], compared):
        # "those who argue for its abolition do not ...": who they are, not what they say
        # ("experts who worried about it" are still experts voicing a view)
        stance_at = _index(after, verb[0])
        verb = None
    else:
        stance_at = None
    indefinite_one = np is not None and np.det is not None and np.det.low in ("a", "an", "one")
    if verb is None and relative and (plural or indefinite_one):
        # "some who know him said", "a resident who did not want to be identified out of fear
        # said": past a restrictive relative clause (no commas) to the main verb
        first_k = j + 1 if stance_at is None else max(j + 1, stance_at + 1)
        for k in range(first_k, min(len(after), j + (6 if plural else 16))):
            if not after[k].word:
                break
            if _object_of_past_verb(after, k):
                continue  # "a police chief who used fear and torture": the relative's verb took it as a noun
            verb = _verb(after, k, plural)
            if verb is not None and after[k - 1].low in BE and not verb[2]:
                # "workers who have been told that ...": the relative clause's own passive
                # (the people spoken to), not the main verb past it
                verb = None
            if verb is not None:
                break
    if verb is None and _quoted_as_saying(before, after_np, after, j):
        # "the agency quoted an unnamed official as saying": the source is the object of
        # the report that carries its words
        return _cue(text, start, after[j + 1].end, low, described, "source:quoted-as")
    if verb is None:
        # ("those close to the stage had a clear view": "those" needs a verb of its own)
        if anonymous_end is not None and low != "those" and _is_boundary(before, after_np, verb_forms, False):
            return _cue(text, start, anonymous_end, low, described, "source:anonymous")
        if (after_np < len(before) and before[after_np].low == "by" and np is not None and np.det is not None
                and plural and _participle_before(before, after_np + 1) and not _other_participle(before, after_np + 1)):
            return _cue(text, before[after_np].start, head_end, low, described, "source:by-agent")  # "by several sources"
        if after_np < len(before) and before[after_np].low == "by" and np is not None and (
                np.det is not None or plural) and _reporting_participle(before, after_np + 1, after, j):
            # "was confirmed by a government official", "was told by a senior aide": the
            # unnamed source is the agent of a passive of speech; an agent clears a passive
            # only when it is named
            return _cue(text, before[after_np + 1].start, he, low, described, "source:by-agent-of-speech")
        if not quantifier and np is not None and np.det is not None and np.det.low in _OPINION_QUANTIFIERS and low in _OPINION_HOLDERS:
            found = _cue(text, start, he, low, described, "source:opinion-quantifier")  # "some critics", whatever they did
            if _deed_follows(after, j, verb_forms):
                # "Some experts attended the hearing", "many critics staged a walkout": a deed
                # in the past, no view told; which experts is worth a hint ("Critics staged a
                # walkout", with no quantifier, is not flagged at all)
                return found._replace(severity="info", branch="source:opinion-quantifier:deed")
            return found
        return None
    tok, lemma, vbg = verb
    if after_np < len(before) and before[after_np].low == "what" and _nothing_claimed(after, tok):
        return None  # "Confidence isn't about what other people say or do.": what they say, untold
    if relative and lemma == "fear" and _object_noun_phrase(after, tok):
        # "thrown out by family members who fear infection and social stigma": a fear of a
        # thing says who the people are, as "those who complain about the noise" does
        return None
    if lemma in _VOTING and (nouns.get(low) == "voter" or any(nouns.get(t.low) == "voter" for t in after[:j])):
        return None  # "Scottish voters rejected independence by 55% to 45%": a vote, not a claim
    if (lemma in _VOTING and (nouns.get(low) == "member" or any(nouns.get(t.low) == "member" for t in after[:j]))
            and _BALLOT.match(text, tok.end)):
        return None  # "union members have rejected a deal": a ballot on an offer, not a claim
    if lemma == "believe" and tok.end < len(text) and _BELIEVE_IN.match(text, tok.end):
        return None  # "others who no longer believe in traditional customs": a faith, no claim
    if relative and _COUNTED_NP.match(text, start, hs):
        # "the number of officials who think three rises are due rose": the count of those
        # who hold a view, not the view; a hint ("a number of officials think" stays)
        return _cue(text, start, tok.end, low, described, "source:counted")._replace(severity="info")
    if relative and _LIKELIER.search(text, tok.end, hi):
        # "those who agree their heads are supportive are half as likely to leave": the view
        # sorts the people a study measures, a finding about them, not the view told as so; a hint
        return _cue(text, start, tok.end, low, described, "source:counted")._replace(severity="info")
    if not _is_boundary(before, after_np, verb_forms, vbg) and not _contact_relative(after, tok, lemma):
        if not (relative and plural and not quantifier and lemma in _VIEW_RELATIVE and tok.start == after[j].start
                and not _stance(after, tok)):
            return None
        # "a worry for investors who see him as an oracle": a relative clause on a noun
        # deep in the sentence still voices the view of people nobody names
        if _counted(before, after_np) or _COUNTED_NP.match(text, start, hs):
            # "the share of dealers who believe they will profit has fallen": a count of
            # the people who hold the view (a survey's), not the view told as so; a hint
            return _cue(text, start, tok.end, low, described, "source:counted")._replace(severity="info")
    if _NO_COMMENT.match(text, tok.end, hi) or _BARRED.match(text, tok.end, hi):
        return None  # "officials said they could not comment": a refusal reports no claim
    if lemma in ("say", "tell") and (_SELF_REPORT.match(text, tok.end, hi) or _self_state(text, tok.end, hi)):
        # "Some said they felt dejected": people telling how they feel or what they went
        # through are the authority on it; which people is worth a hint, not a warning
        return _cue(text, start, tok.end, low, "described", "source:self-report")
    subject = "quantifier" if quantifier else "plural" if plural else "singular"
    with_ = after_np < len(before) and before[after_np].low == "with"
    how = ("conjoined" if conjoined else "relative" if relative else "absolute" if vbg and with_
           else "participle" if vbg else "lead")
    found = _cue(text, start, head_end if conjoined else tok.end, low, described,
                 f"source:{how}:{subject}:{lemma}")
    if lemma == "call" and _demand_only(text, tok.end, hi):
        # "Campaigners called for the closures to be paused", "critics called on the minister
        # to resign": a demand claims nothing the reader must take on trust (GUIDELINES: a
        # claim presented as fact); which campaigners is still worth asking, as a hint
        return found._replace(severity="info", branch="source:demand")
    if lemma in _ADMISSION:
        # "Beijing officials admitted that ...", "executives admitted that ...": a concession
        # is most often the body's own on the record; which ones is worth asking, as a hint
        # (measured: 1 true of 2 on news-dev and the fresh pages)
        return found._replace(severity="info")
    return found


# "called for" a thing, "called on" someone to act: a demand (not "called it a scandal", naming)
_DEMAND_OPENS = LazyRegex(r"\s+for\b|\s+on\s+(?!(?:it|this|that)\b)")
# what turns a demand back into a claim later in its sentence: the source's own words hung on
# a participle or a second verb ("called for an inquiry, saying the count was rigged", "called
# for a ban and said it was unsafe"), a reason ("because it was unsafe"), or the claim set in
# what they call it ("an inquiry into what they said was a cover-up")
_CLAIM_IN_DEMAND = LazyRegex(
    r"\b(?:saying|arguing|warning|claiming|insisting|alleging|adding|noting|because|since|as\s+it|"
    r"and\s+(?:\w+ly\s+)?(?:said|say|says|argued|claimed|warned|insisted|alleged|added|noted|accused|blamed)|"
    r"what\s+(?:they|he|she|it)\s+(?:said|say|says|called|call|calls|described|describe|believe|believed))\b",
    re.IGNORECASE,
)


def _demand_only(text: str, verb_end: int, hi: int) -> bool:
    """Is the source's "call" a demand and nothing more: "for" a thing or "on" someone to act,
    with no claim of its own later in the sentence? ("Campaigners called for a pause" asks for
    something; "campaigners called for a pause, saying the wards were unsafe" tells the reader
    something is so.) "called it a scandal" names, and stays a claim."""
    if _DEMAND_OPENS.match(text, verb_end, hi) is None:
        return False
    return _CLAIM_IN_DEMAND.search(text, verb_end, hi) is None


# a generic modifier that points back to the organisation the story names ("company officials")
_POINTING_MODIFIERS = frozenset(("company", "firm"))
# what voters do at the polls: a vote, not a claim ("voters rejected the bid")
_VOTING = frozenset(("reject", "accept", "deny", "approve"))
# what members ballot on: "rejected a deal", "accepted the latest pay offer"
_BALLOT = re.compile(
    r"(?i)\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:deal|offer|proposal|plan|agreement|motion|bill|contract|settlement|package|terms)s?\b"
)
_BELIEVE_IN = re.compile(r"\s+in\b")
# nouns that count the people of an of-phrase: "the number of officials who think"
_COUNTING = frozenset("percentage percent proportion share number fraction count".split())


# a group compared by a measure: "are less than half as likely to", "were twice as likely to"
_LIKELIER = LazyRegex(
    r"(?i)\b(?:are|were)\s+(?:(?:much|far|significantly|less\s+than|more\s+than|about|nearly|almost|"
    r"half|twice|three\s+times|four\s+times)\s+)*(?:more|less|as)\s+likely\b"
)
_COUNTED_NP = re.compile(r"(?i)the\s+(?:percentage|percent|proportion|share|number|fraction|count)\s+of\s")


# participles that make a group the sample of a poll ("economists polled by Reuters")
_POLLED = frozenset("polled surveyed canvassed".split())
# the outlet itself as pollster: "polled by this newspaper", "surveyed by our reporters"
_SELF_OUTLET = frozenset("newspaper paper agency site website broadcaster station magazine reporters".split())


def _polled_by_named(after: list[Token], j: int) -> bool:
    """Is the group the sample of a poll whose pollster it names ("most economists polled by
    Ledger Wire had predicted", "analysts surveyed by the Financial Times expect", "voters
    polled by this newspaper")? The poll identifies the people, as "a Reuters poll found"
    does. "economists polled last week" and "polled by a bank" name no pollster."""
    if j + 2 >= len(after) or after[j].low not in _POLLED or after[j + 1].low != "by":
        return False
    k = j + 2
    if after[k].low in ("this", "our"):
        return k + 1 < len(after) and after[k + 1].low in _SELF_OUTLET
    if after[k].low == "the":
        k += 1
    return k < len(after) and after[k].capitalised


# how a work or a decision is received: a verdict however it is phrased
_RECEIVING = frozenset("received greeted welcomed embraced shunned snubbed booed cheered".split())


def _reception(word: str) -> bool:
    """Is ``word`` the past of a verb of verdict or esteem (the ``reception-verdict`` and
    ``reception-esteem`` classes: "panned", "applauded", "admired") or of receiving a work?"""
    return (word in _RECEIVING or word in lx.forms("reception-verdict", lx.PARTICIPLE)
            or word in lx.forms("reception-esteem", lx.PARTICIPLE))


def _deed_follows(after: list[Token], j: int, verb_forms: dict[str, str]) -> bool:
    """Is the group's verb a regular past ("attended", "staged", "have walked") that is no verb
    of speech, thought or complaint (the ``source-verbs`` class)? Then the group did
    something; it told nothing. Other forms ("have found", "assume") are left to warn."""
    k = j
    if k < len(after) and after[k].low in ("have", "had", "has"):
        k += 1
    if k >= len(after) or not after[k].word:
        return False
    w = after[k].low
    if not (len(w) > 4 and w.endswith("ed") and w not in verb_forms and not w.endswith("eed")) or _reception(w):
        return False  # ("Some critics received the play coolly", "panned it": a verdict, a view)
    for i in range(k + 1, len(after)):
        t = after[i]
        if not t.word and t.text in ".;:!?":
            return True
        if t.low in verb_forms and after[i - 1].low not in DEFINITE | INDEFINITE:
            # ("walked out of the briefing": a noun after its determiner)
            # "several experts consulted by the paper thought ...", "economists polled last
            # week had predicted": the -ed word was a participle; the verb tells a view
            return False
    return True


def _counted(before: list[Token], i: int) -> bool:
    """Is the noun phrase ending at ``before[i]`` the of-phrase of a count ("the percentage of
    dealers", "the number of Fed officials")?"""
    return (i + 1 < len(before) and before[i].low == "of" and before[i + 1].low in _COUNTING)


# verbs of holding a view that a relative clause on an unnamed group passes on as that
# group's ("investors who see him as an oracle", "voters who believe the tax is unfair")
_VIEW_RELATIVE = frozenset("see view regard perceive consider believe think fear expect suspect".split())


# notices that a person noun can modify ("a missing person poster", "a witness appeal")
_NOTICES = frozenset("poster posters flyer flyers leaflet leaflets notice notices bulletin appeal".split())


def _document_head(word: str) -> bool:
    """Is ``word`` a document or notice noun that a singular person noun before it modifies
    ("a missing person poster", "a source document")? Not a verb the person could be the
    subject of ("a source claims", "an expert estimate" reads as a noun, "report" as a verb)."""
    if word in _NOTICES:
        return True
    return (word in lx.forms("report-nouns", lx.NOUN) and word not in lx.forms("source-verbs", lx.FINITE)
            and word not in lx.forms("evidential-verbs", lx.FINITE))


# "task force", "police force", "work force": a body or a workforce, no unnamed fighters
# a capitalised people or side right before "forces" ("Iraqi", "Syrian government", "East
# Libyan"), not a quantifier or a common noun ("Some forces", "Government forces")
_NAMED_FORCES = re.compile(r"\b(?-i:[A-Z][a-z]+(?:an|ish|ese|i|ic))(?:\s+(?:government|army|military|security|special|armed|coalition|rebel))?[ \t]+$")
_INSTITUTION_FORCE = re.compile(r"(?i:\b(?:task|police|work|labou?r|air)[ \t-]+)$")


def _participle_before(before: list[Token], k: int) -> bool:
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


def _other_participle(before: list[Token], k: int) -> bool:
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
    return w.endswith(("ed", "en", "wn")) and len(w) > 3


def _reporting_participle(before: list[Token], k: int, after: list[Token], j: int) -> bool:
    """Is ``before[k]`` (an adverb or two skipped) the past participle of a speech or report
    verb, finite or a reduced relative ("confirmed by", "was told by", "has been disputed by";
    a verb of seeing with its as-complement after the agent at ``after[j]``: "interpreted by
    an official as a threat")?"""
    while k < len(before) and k < 3 and before[k].word and is_adverb(before[k]):
        k += 1
    if k >= len(before) or before[k].low not in lx.forms("source-verbs", lx.PARTICIPLE):
        return False
    lemma = lx.forms("source-verbs", lx.PARTICIPLE)[before[k].low]
    if lemma in ("reject", "deny") and any(t.low in _REQUESTS for t in before[k + 1 : k + 7] if t.word):
        return False  # "whose requests for asylum were rejected by the authorities": a refusal
    if lemma in _NEEDS_AS:
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
    return nxt is None or not nxt.word or nxt.low in BE or nxt.low in AUX or nxt.low in CONJUNCTIONS


_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w'’-]*[ \t]+$")
# the relative pronoun, alone or with its auxiliary ("an opponent who's argued")
_WHO = frozenset("who who's who've who'd who’s who’ve who’d".split())
# a closing quotation and a name before an indefinite phrase: the phrase describes the speaker
# ('"...," Omar Haddad, a Syrian activist told'), or a name set off by commas itself ("The chairman
# of the agency, Ana Ruiz, a critic of the rules said"); not a place after a preposition ("near
# Tulkarem, a security source said")
_QUOTE_THEN_NAME = re.compile(
    r"(?:[”\"’]\s*,?\s*[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'’-]*){0,3}"
    r"|,\s*[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'’-]*){1,3})\s*,\s*$"
)
# a subject pronoun right after "who": the relative clause has a subject of its own
_CLAUSE_PRONOUNS = frozenset("he she they we i you it".split())
_SINGULAR_DETERMINERS = frozenset("a an each every another".split())
_COPULAS = frozenset("being is was 's became becomes remains remained".split())
_NOT_NAMES = frozenset("in at on from after before for with by to of as".split())


# the marks that set off an apposition: "Ana Ruiz, a critic who", "Burr — an adviser who"
_APPOSING = frozenset((",", "—", "–", "-"))
_DASH = LazyRegex(r"\s[—–-]\s|[—–]")


def _apposed(before: list[Token], closed: bool = False) -> bool:
    """Is the indefinite phrase whose left neighbours are ``before`` (nearest first) an
    apposition to a name or the predicate of a named subject, alone or last in a list ("Ana
    Ruiz, a biologist and a critic who ...", "Ruiz being a member, a former clerk, and an
    opponent who ...")? Then its relative clause tells what the named person said. ("In London,
    a source who ..." is not: a place after a preposition names nobody.) ``closed``: a dash
    follows the phrase in its sentence, so one capitalised word opening the sentence before a
    dash is a name set off by a pair of dashes ("Burr — an adviser who said ... — listed")."""
    k = 0
    for _ in range(6):  # the phrases of a list, right to left
        if k < len(before) and before[k].low in ("and", "or"):
            k += 1
        if k >= len(before):
            return False
        t = before[k]
        if t.low in _COPULAS:
            s = before[k + 1] if k + 1 < len(before) else None
            return s is not None and s.word and (s.low in ("he", "she") or (
                s.capitalised and s.low not in PRONOUNS and s.low not in WEEKDAYS_MONTHS and s.low != "there"))
        if t.text not in _APPOSING or k + 1 >= len(before) or not before[k + 1].word:
            return False
        dash = t.text != ","
        k += 1
        if before[k].capitalised and before[k].low not in PRONOUNS and before[k].low not in WEEKDAYS_MONTHS:
            m = k
            while m + 1 < len(before) and before[m + 1].word and before[m + 1].capitalised:
                m += 1
            if before[m].low in _NOT_NAMES or (m == k and m + 1 == len(before) and not (dash and closed)):
                # "In London, a source who ...": a fronted place; "Later, a source who ...":
                # one capitalised word opening the sentence may be any word
                return False
            if m + 1 < len(before) and before[m + 1].low in _NOT_NAMES:
                # "... went to Ana Ruiz, a critic who" names her; "At Acme, a source who",
                # a phrase opening the clause, tells where
                return m + 2 < len(before) and before[m + 2].word and before[m + 2].low not in CONJUNCTIONS
            return True
        m = k  # an earlier indefinite phrase of the list: back to its article
        while m < len(before) and m < k + 6 and before[m].word and before[m].low not in ("a", "an"):
            if before[m].low in AUX or before[m].low in _verb_forms():
                return False
            m += 1
        if m >= len(before) or before[m].low not in ("a", "an"):
            return False
        k = m + 1
    return False


# what a source says when it says nothing: "officials told CNN the department couldn't comment",
# "police said they could not confirm the report"
_NO_COMMENT = re.compile(
    r"(?:(?!\b(?:and|but|though|although|while|whereas|yet)\b)[^.;!?,\"“”]){0,80}?\b(?:(?:could|would|can|will|did|do|does)\s+not|cannot|couldn[’']t|wouldn[’']t|"
    r"can[’']t|won[’']t|didn[’']t|don[’']t|doesn[’']t|declined\s+to|refused\s+to)\s+(?:immediately\s+|yet\s+|publicly\s+)?"
    r"(?:comment|confirm|say|discuss|provide|give|release|disclose|elaborate|speculate|identify|name)\b",
    re.IGNORECASE,
)
# a refusal given as an order not to talk, quoted or reported: 'a member of staff said last
# night: "We have been instructed not to talk."', "workers said they were told not to speak"
_BARRED = re.compile(
    r"[^.;!?\"“”]{0,40}?[:,]?\s*[\"“]?(?:we|i|they|he|she)\s+(?:(?:have|has|had|'ve|’ve|'d|’d)\s+)?"
    r"(?:been\s+|were\s+|was\s+|are\s+|am\s+|'re\s+|’re\s+)?"
    r"(?:(?:instructed|told|ordered|asked|advised)\s+not\s+to|(?:not\s+(?:allowed|permitted)|forbidden)\s+to)\s+"
    r"(?:talk|speak|comment|discuss)\b",
    re.IGNORECASE,
)
# what people say of their own feelings or experience: "said they felt dejected", "say they
# have personally experienced harassment" (not "they felt that ...": a view)
_SELF_REPORT = re.compile(
    r"(?:\s+(?:me|us|him|her|them|reporters|the\s+\w+))?(?:\s+that)?\s+(?:they|we)\s+(?:\w+ly\s+)?"
    r"(?:(?:felt|feel|feels)\s+(?!that\b|as\s+if\b|the\b|it\b)|(?:have|had|'ve|’ve|'d|’d)\s+(?:\w+ly\s+)?"
    r"(?:experienced|suffered|felt)\b)",
    re.IGNORECASE,
)
# "said they were sad and frustrated", "say they are very scared": the speakers' own state of
# mind, one of the ``feeling-adjectives`` (not with a clause after it: "worried that ...")
_SELF_STATE = re.compile(
    r"(?:\s+(?:me|us|him|her|them|reporters|the\s+\w+))?(?:\s+that)?\s+(?:they|we)\s+"
    r"(?:(?:were|are|was|had\s+been|have\s+been|’re|'re|remain|remained|felt)\s+)"
    r"(?:(?:\w+ly|very|so|too|quite|a\s+bit|a\s+little|still|both|deeply)\s+)?([a-z]+)\b(?!\s+that\b)",
    re.IGNORECASE,
)


def _self_state(text: str, pos: int, hi: int) -> bool:
    """Do the speakers tell their own feeling ("said they were sad")? See :data:`_SELF_STATE`."""
    m = _SELF_STATE.match(text, pos, hi)
    return m is not None and m.group(1).lower() in lx.forms("feeling-adjectives")


# a speech verb followed by one of these takes a cause or a topic, not a claim ("argue for
# abolition", "complain about noise", "campaign against the tip")
_STANCE_PREPOSITIONS = frozenset("for against about over of on".split())


def _index(after: list[Token], tok: Token) -> int | None:
    return next((i for i, t in enumerate(after) if t.start == tok.start), None)


def _nothing_claimed(after: list[Token], verb: Token) -> bool:
    """In a free relative ("what other people say"), does the verb end its clause (a stop,
    or "or"/"and" and another verb: "say or do")? Then nothing they say is told; with an object
    or a complement ("what critics have dubbed a wall", "what many believe is that ...") it is."""
    k = _index(after, verb)
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


def _object_noun_phrase(after: list[Token], verb: Token) -> bool:
    """Is the verb's object a noun phrase ("fear infection and social stigma"), not a clause
    ("fear the plan will fail")? No finite verb or subordinator before the clause ends."""
    k = _index(after, verb)
    if k is None or k + 1 >= len(after) or not after[k + 1].word:
        return False
    for t in after[k + 1 : k + 9]:
        if not t.word:
            return True
        if t.low in _CLAUSE_WORDS or t.low in ("he", "she", "they", "it", "we"):
            return False
    return False


def _stance(after: list[Token], verb: Token, compared: bool = False) -> bool:
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
    if (verb.low in _VOICING_FORMS and k + 2 < len(after) and after[k + 1].low in _CONCERNS
            and after[k + 2].low not in ("that", ":")):
        # "members who have expressed concerns will see the costs first": who they are, the
        # concern untold ("who expressed concerns that it will fail" tells one)
        return True
    return after[k + 1].low in _STANCE_PREPOSITIONS


# after "feel", a preposition tells of a feeling or a sensation, not a view ("feel about",
# "feel around", "feel for"); a view takes a clause or an object ("many feel the plan is unfair")
_FEEL_NOT_VIEW = frozenset("about around for towards toward over at in on with after when while like".split())


def _felt_object(window: list[str]) -> bool:
    """Is the object of "feel" a need, a force or an effect ("the need to", "a duty to", "the
    pinch"), its determiner optional? "Many feel the plan is unfair" takes a clause instead:
    its noun is not one of the felt nouns."""
    felt = lx.forms("felt-nouns")
    if window[:1] and window[0] in felt:
        return True
    return len(window) > 1 and window[0] in ("the", "a", "an", "this", "their", "its") and window[1] in felt

# "claim to be", "claims to have": what the people say of themselves, which the clause marks
# as theirs (no hearsay the writer passes on)
_CLAIM_FORMS = frozenset("claim claims claimed claiming".split())
# "accuse him of", "blame her for": a charge against someone, which in a relative clause tells
# who the people are ("those who accuse him of lying"), the claim told by its main verb if any
_CHARGING_FORMS = frozenset("accuse accuses accused accusing blame blames blamed blaming".split())
_OBJECT_PRONOUNS = frozenset("him her them us me it".split())
# a feeling voiced, whose noun object (a concern, a doubt) leaves its content untold
_VOICING_FORMS = frozenset("express expresses expressed expressing voice voices voiced voicing".split())


_QUOTING = frozenset("quote quotes quoted quoting cite cites cited citing".split())
_AS_SAYING = frozenset("saying telling warning claiming adding describing".split())


# words of an aside that name the members of the group ("critics, who include Ana Ruiz, say")
_NAMING_ASIDE = frozenset("include includes included including led among notably".split())


def _skip_aside(after: list[Token], j: int) -> int:
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


# heads whose only identity is being unnamed: "the sources said" with no source before it in
# the story points back to nothing
_ANONYMOUS_HEADS = frozenset("source sources insider insiders".split())
_ANTECEDENT = re.compile(r"\b(?:sources?|insiders?)\b", re.IGNORECASE)


# a clause that says the source is kept unnamed: ", who asked not to be named", ", who spoke on
# condition of anonymity", ", who declined to be identified". "The official" it follows points
# back to nobody the reader can check: the writer says so outright (AP's anonymous-source rule)
_ANONYMITY = re.compile(
    r"\s*,?\s*who\s+(?:had\s+|has\s+)?(?:asked|requested|declined|refused|did\s+not\s+want|didn't\s+want|"
    r"spoke|talked|was\s+not|wasn't|is\s+not|isn't|were\s+not|are\s+not)\b[^.;,]{0,50}?"
    r"\b(?:named|identified|anonymity|anonymously|publicly|on\s+the\s+record)\b",
    re.IGNORECASE,
)


class FirstMention:
    """Where a text's first mention of a source or insider ends, found once: a judge makes one
    per document and passes it to :func:`unnamed_source`, so that the search from the text's
    start, which crossed a 10 MB archive's first articles again at every "the source", is
    left for the mentions that come before the first one ends. (Per document, not module
    state: nothing is kept past the judge's call.)"""

    __slots__ = ("_end", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._end: int | None = None

    def end(self) -> int:
        """The end of the first mention (past the text's end when there is none)."""
        if self._end is None:
            m = _ANTECEDENT.search(self.text)
            self._end = m.end() if m is not None else len(self.text) + 1
        return self._end


def _first_mention(text: str, np: NounPhrase, low: str, first: FirstMention | None = None) -> bool:
    """Is a definite "the source(s)" or "the insider(s)" the story's first mention of any
    source or insider? Then it refers back to nobody: as vague as "sources said"."""
    if low not in _ANONYMOUS_HEADS or np.det is None or np.det.low != "the" or np.mods:
        return False
    # (a mention that ends before ``np.start`` is one in ``text[:np.start]`` too)
    if first is not None and first.text is text and first.end() < np.start:
        return False
    return _ANTECEDENT.search(text, 0, np.start) is None


def _conjoined_verb(after: list[Token], j: int, plural: bool) -> tuple[Token, str, bool] | None:
    """A speech or cognition verb joined by "and" to the verb at ``after[j]``, in the same
    clause (no comma, colon or bracket between; quotation marks may be): the subject's second
    predicate. A relative word on the way starts another clause."""
    for k in range(j + 1, min(len(after), j + 16)):
        t = after[k]
        if not t.word:
            if t.text in ",;:.()—–!?":
                return None
            continue
        if t.low in ("who", "which", "that", "whom", "whose", "if", "when", "because", "but", "or"):
            return None
        if t.low == "and" and k + 1 < len(after):
            found = _verb(after, k + 1, plural)
            if found is not None and not found[2]:
                return found  # ("illegitimate and irrational": an "and" inside the object)
    return None


# words that start another clause inside the predicate: its participle is that clause's
_CLAUSE_OPENERS = frozenset(
    "who whom whose which that when where while whereas although though because since if unless "
    "but or as after before until".split()
)


def _predicate_participle(after: list[Token], j: int) -> tuple[Token, str, bool] | None:
    """A speech participle that the subject at ``after[j]`` governs through its predicate:
    set off by a comma after a short predicate of one clause ("officials have been more
    cautious, saying ..."), or the passive "was quoted (by X) as saying". The predicate must
    start with an auxiliary or a verb in -ed: a noun there ("critics of the plan, saying")
    is no predicate."""
    if j >= len(after) or not after[j].word:
        return None
    first = after[j].low
    if first in BE and j + 1 < len(after) and after[j + 1].low in _QUOTING:
        for k in range(j + 2, min(len(after) - 1, j + 12)):
            if not after[k].word:
                return None
            if after[k].low == "as":
                t = after[k + 1]
                return (t, "say", True) if t.low in _AS_SAYING else None
        return None
    if first not in AUX and not first.endswith("ed"):
        return None
    for k in range(j + 1, min(len(after) - 1, j + 14)):
        t = after[k]
        if not t.word:
            if t.text != ",":
                return None
            n = after[k + 1]
            if n.low in _SPEECH_PARTICIPLES and _verb_ok(_verb_forms().get(n.low, "say"), after, k + 1):
                return n, _verb_forms().get(n.low, "say"), True
            return None
        if t.low in _CLAUSE_OPENERS or t.low in ("and", "not", "n't", "never") or t.low.endswith("n't"):
            return None
    return None


def _quoted_as_saying(before: list[Token], i: int, after: list[Token], j: int) -> bool:
    """Is the phrase the object of "quoted ... as saying" or "cited ... as saying"
    (``before[i]`` left of it, ``after[j]`` right of it)?"""
    if i < len(before) and before[i].low in ("a", "an"):
        i += 1  # "an unnamed official": the article before a determining adjective
    return (i < len(before) and before[i].low in _QUOTING and j + 1 < len(after)
            and after[j].low == "as" and after[j + 1].low in _AS_SAYING)


def _modifier_conjunct(before: list[Token], i: int) -> tuple[int, int] | None:
    """Is ``before[i]`` an "and" or "or" joining modifiers of the phrase's head ("intelligence
    and defence officials", "U.S. and European diplomats")? Then the first conjunct's words
    belong to the phrase: (its start offset, index of the word left of it), else ``None``. A
    capitalised word mid-sentence with no lowercase or acronym company may be a name ("Ruiz and
    Labour critics"): left to :func:`_named_conjunct`."""
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
                or t.low == "according" or t.low in _verb_forms() or t.low.endswith(("'s", "s'"))):
            break
        words.append(t)
        k += 1
        if t.low in INDEFINITE:
            break
    if not words:
        return None
    initial = len(words) == 1 and (k >= len(before) or (not before[k].word and before[k].text not in ","))
    if not (initial or any(not w.capitalised or w.text.isupper() or "." in w.text for w in words)
            or _demonym_pair(before, i)):
        return None
    return words[-1].start, k


def _surname_before(text: str, start: int, lo: int) -> bool:
    """Is the capitalised word at ``start``, opening its sentence, the last word of a person's
    name given before the sentence ("... said Father Jerome Secillano. ... Secillano and
    opposition lawmakers also criticised")? Then it is that person, not a modifier like
    "Intelligence and defence officials". (A name that goes on, "Intelligence Committee",
    does not count.)"""
    m = re.match(r"[A-Z][a-z’'-]+\b", text[start : start + 40])
    if m is None or start != lo:
        return False
    word = re.escape(m.group())
    pattern = re.compile(r"\b[A-Z][\w’'.-]*\s+" + word + r"\b(?![’']s\b)(?!\s+[A-Z])")
    return pattern.search(text, max(0, lo - 3000), lo) is not None


# the endings of nationality adjectives ("Palestinian", "Turkish", "Japanese", "Israeli",
# "Afghan"): a capitalised word so ended on both sides of "and" joins modifiers, not names
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ish|ese|i|an)$")


def _demonym_pair(before: list[Token], i: int) -> bool:
    """Is ``before[i]`` ("and"/"or") between two nationality adjectives ("Palestinian and
    Israeli officials", "Greek or Turkish diplomats")? Then they are modifiers of the head
    ("Ruiz and Labour critics": a name and a party are not)."""
    return (i > 0 and i + 1 < len(before) and before[i].low in ("and", "or")
            and _DEMONYM.match(before[i - 1].text) is not None
            and _DEMONYM.match(before[i + 1].text) is not None)


def _definite_conjunct(before: list[Token], i: int) -> bool:
    """Is ``before[i]`` an "and" or "or" after a short definite plural ("the politicians and
    legislators")? Then the determiner serves the bare noun too: it refers back. ("The mayor
    and critics say": a singular is a phrase of its own.)"""
    if i + 1 >= len(before) or before[i].low not in ("and", "or"):
        return False
    if not before[i + 1].low.endswith("s") or before[i + 1].low.endswith(("'s", "ss")):
        return False  # "the mayor and critics say": a singular is a phrase of its own
    for k in range(i + 1, min(len(before), i + 4)):
        t = before[k]
        if not t.word or t.low in CONJUNCTIONS or t.low in PREPOSITIONS:
            return False
        if t.low in DEFINITE:
            return True
    return False


def _named_conjunct(before: list[Token], i: int) -> bool:
    """Is the phrase the second conjunct of a named source ("Ana Ruiz and other critics say",
    "Gillum and others deny")? ``before[i]`` is the word left of the phrase. The named one says
    what the sentence reports, so the claim has its source; the others are company. A single
    capitalised word opening the sentence is a name only if it is no person noun ("Residents
    and other critics" stay vague)."""
    if i + 1 >= len(before) or before[i].low not in ("and", "&"):
        return False
    t = before[i + 1]
    if not (t.word and t.capitalised) or t.low in PRONOUNS or t.low in WEEKDAYS_MONTHS:
        return False
    if _demonym_pair(before, i):
        return False  # "Palestinian and Israeli officials": two modifiers, no name
    if i + 2 < len(before) and before[i + 2].word:
        return True  # "Senator Ana Ruiz and ...", "... said Ruiz and ..." (capitalised mid-sentence)
    return t.low not in QUANTIFIER_HEADS and t.low not in lx.forms("source-nouns", lx.NOUN)


# verbs whose object is the content of a view ("the slump some analysts predict"); "say",
# "think" and "feel" are left out: "the things people say." reports no claim
_GAP_OBJECT = frozenset("fear predict forecast anticipate suspect allege claim estimate dispute doubt".split())
_CLAUSE_END = frozenset(".,;:—–)!?")


def _contact_relative(after: list[Token], verb: Token, lemma: str) -> bool:
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
    return nxt in AUX or (lemma in _NEEDS_AS and nxt == "as")


def _coordinated(after: list[Token], j: int) -> int:
    """Skip a coordinated group after the head ("critics and other observers", "fans and
    hockey players"): up to five words after "and" or "or", none a verb."""
    if j >= len(after) or after[j].low not in ("and", "or"):
        return j
    verbs = _verb_forms()
    k = j + 1
    while k < len(after) and k < j + 6 and after[k].word and after[k].low not in verbs and after[k].low not in AUX:
        k += 1
    if k == j + 1 or k >= len(after) or not after[k].word:
        return j
    return k


def _absolute(before: list[Token], i: int, after: list[Token], j: int) -> tuple[Token, str, bool] | None:
    """ "with forecasters warning that": a subject and an -ing form after "with"."""
    if i < len(before) and before[i].low == "with" and j < len(after):
        t = after[j]
        lemma = _verb_forms().get(t.low)
        if lemma is not None and t.low.endswith("ing") and _verb_ok(lemma, after, j):
            return t, lemma, True
    return None


def _tag_end(after: list[Token], j: int) -> bool:
    """Does the clause end right after the phrase (", say officials." / ", said one expert, as...")?"""
    return j >= len(after) or (not after[j].word and after[j].text in ",.;:!?)—–\"”")


def _cue(text: str, start: int, end: int, head: str, described: str | None, branch: str = "") -> Cue:
    cue = text[start:end]
    which = head if head not in QUANTIFIER_HEADS else "people"
    if head in QUANTIFIER_HEADS or head in ("people", "person"):
        question_ = f"Who are they? '{cue}' names nobody"
    else:
        question_ = f"Which {which}? '{cue}' names nobody"
    return Cue(start, end, f"{question_}: name the source, or describe it precisely and say why it "
               "cannot be named.", described, head, branch=branch)


# (``DEFINITE`` is re-exported for the judge's definite-description test)
__all__ = ["DEFINITE", "FirstMention", "unnamed_source"]
