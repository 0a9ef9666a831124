"""The source's verb: does the subject phrase's verb report a claim?

Finds the speech, cognition or complaint verb after the phrase, through auxiliaries, adverbs
and a second conjoined predicate, or a participle it governs (", saying ...", "with
forecasters warning"), and tells a claim from what only looks like one: a demand ("called
for a pause"), a refusal of a request, press coverage, a deed ("attended"), a felt need, a
verb of seeing or likening without its complement.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import (
    AUX,
    BE,
    DEFINITE,
    HAVE,
    INDEFINITE,
    PRONOUNS,
    WEEKDAYS_MONTHS,
    WH,
    Token,
    finite_verb,
    is_adverb,
)
from lintnews.builtin.constructions.sources.phrase import (
    SPEECH_PARTICIPLES,
    STANCE_ADJECTIVES,
    STANCE_COPULAS,
    skip_parenthetical,
    source_verb_forms,
)
from lintnews.language.wordclasses import listed
from lintnews.util.lazyregex import LazyRegex

CONCERNS = frozenset(
    "concern concerns question questions doubt doubts fear fears alarm objections objection "
    "eyebrows worries worry hopes".split()
)
NEEDS_AS = frozenset("see view regard perceive describe interpret refer hail".split())
# round 131: "describe" in the present, and the words after it that open no account: a
# question word or a reflexive ("describe how", "describe themselves"), a preposition
_DESCRIBE_PRESENT = frozenset(("describe", "describes"))
_NOT_DESCRIBED = frozenset("how what why when where whether who it them him her themselves himself herself "
                           "to in on at for with by of".split())
# verbs of likening and ascription: a view only with their complement ("some compare it to a
# cathedral", "many credit the monks with the recipe", "some trace the name to Latin");
# "officials compared notes", "credited the account", "traced the caller" are acts
_NEEDS_PREPOSITION = {
    "compare": ("to",), "liken": ("to",), "equate": ("with",), "associate": ("with",),
    "identify": ("with", "as"), "trace": ("to",), "credit": ("with",),
    # round 98: a forecast of someone's success ("insiders had tipped the bakery for an award",
    # "pundits tip him to win"); "tipped off police", "tipped the bin over" forecast nothing
    "tip": ("for", "to"),
}
ADMISSION = frozenset("admit confess".split())
_ADMITTANCE = frozenset("to into at as for from in on by with".split())
_SWORN_CLAUSE_OPENERS = frozenset("the it they he she this there we its their his her".split())
_OATHS = frozenset("oath oaths allegiance loyalty fealty vow vows revenge vengeance secrecy".split())
# round 166: "assume" with "that" only ("historians have long assumed that"); "assumed control",
# "assume the risk", "assume a load of ten tonnes" take on a thing, and "assumed the deal was
# done" is left (its object reading comes first)
_NEEDS_THAT = frozenset("find conclude add explain recall calculate charge accept announce object hold assess bet assume".split())


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
    # round 54 (a battery of the verbs' other senses): an act on a person or a thing, no claim
    if lemma in _ON_PEOPLE and _person_object(after, k + 1):
        # "detectives questioned two men about the robbery" (an interview, no doubt voiced),
        # "officials dismissed two employees" (a sacking, no verdict)
        return False
    if lemma == "warn" and _directive(after, k + 1):
        return False  # "officials warned residents to stay indoors": an instruction, no claim
    if lemma == "argue" and (nxt == "with" or (nxt == "over" and window[1:2] != ["whether"])):
        return False  # "two aides argued with the driver", "argued over parking": a quarrel, no case put
    # round 59: a prepositional complement that is no proposition
    if lemma == "tell" and after[k].low == "told" and _told_clause(after, k + 1):
        # round 172: a headline's passive with its "were" dropped ("Riverside residents told it
        # is too late to leave", "Residents told to stay indoors"): the people spoken to, as
        # "officials were told" is; the active "told" takes its hearer first ("told reporters")
        return False
    if lemma in _PREPOSITIONAL_SENSES and nxt in _PREPOSITIONAL_SENSES[lemma] and "that" not in window:
        # "residents insisted on a recount" (a demand), "residents fear for their homes" (a worry for someone's safety), "two
        # officials reported to the minister" (a line of command): nothing told as so
        return False
    if lemma == "speculate" and nxt in ("on", "in") and _object_in(after, k + 2, "traded-assets"):
        return False  # "investors speculated on the currency": a trade ("speculate on its roots" guesses)
    # round 59: a verb whose object class tells its other sense (word classes: the objects)
    if lemma in _OBJECT_SENSES and _object_in(after, _past_amount(after, k + 1) if lemma == "claim" else k + 1,
                                              _OBJECT_SENSES[lemma]):
        # "claimed their prizes", "asserted control over the port", "maintain close ties",
        # "confirmed the booking", "noted the time of each call": a due, a power, a bond, an
        # arrangement or a detail, no claim (a clause or a view after the verb stays one)
        return False
    if lemma == "voice" and nxt != "that" and not _object_in(after, k + 1, "voiced-views"):
        return False  # "several actors voiced characters in the film": a part performed, no view
    if lemma in _PLACING and _placed(after, k + 1, _PLACING[lemma]):
        # "workers labelled the boxes by hand", "revealed a mosaic under the floor", "projected
        # the figures onto a screen": a thing marked, uncovered or shown, no epithet or claim
        return False
    if lemma == "highlight" and _marked_with(after, k + 1):
        return False  # round 62: "volunteers highlighted the route with chalk": a thing marked, no point stressed
    if lemma == "cite" and _person_object(after, k + 1) and "for" in window[1:5]:
        return False  # round 62: "officers cited two drivers for speeding": a summons, no reason given
    if lemma == "report" and nxt == "for":
        return False  # "several staff reported for duty": present, no report made
    if lemma == "express" and _courtesy(window):
        return False  # "residents expressed their condolences": a courtesy, no view
    if lemma in _ADVISING and _advice(after, k + 1):
        # round 124: "staff suggest ordering three plates each", "guides recommend booking
        # ahead": an action proposed to the reader, no claim ("experts suggest drinking coffee
        # lowers the risk" holds a clause after the gerund, and stays)
        return False
    if lemma in _WEIGHING and _object_then_adjunct(after, k + 1, lemma):
        # "lawmakers considered several approaches beyond repeal", "some officials suggested a
        # meeting on Friday": a thing weighed or proposed, no view of it ("consider it the
        # safest", "suggested a link between" and "suggested the mayor knew" hold one)
        return False
    if lemma == "agree" and _object_in(after, k + 2 if nxt in ("on", "upon") else k + 1, "settled-terms", ()):
        # round 60: "officials agreed on a timetable for the talks", "agreed the wording of the
        # statement": terms settled, no view ("agree on the cause", "agreed that" hold one)
        return False
    if after[k].low in lx.forms("manner-speech-verbs") and _no_content(after, k + 1):
        return False  # round 60: "two officials whispered during the meeting": speech with nothing told
    if lemma == "agree" and nxt == "to":
        # "some victims even agree to it", "many agreed to pay": consent to a thing or a deed,
        # no view ("many agree that", "agree with the ruling" hold one)
        return False
    if lemma in _NAMING and nxt in _REFLEXIVES:
        return False  # "people who describe themselves as vegans": what they call themselves
    if lemma == "see" and _object_in(after, k + 1, "seen-prospects") and not _opportunity(after, k + 1):
        return True  # round 89: "analysts see a growing chance of a cut": a likelihood judged, no sight
    if lemma in NEEDS_AS:
        # round 131: "describe" in the present tense with its object voices an account the
        # group gives now ("crew members describe a toxic atmosphere", "relief workers describe
        # scenes of chaos"), as "say" does; the past "described" with no "as" is most often what
        # people at a scene saw, and the other verbs (see, view, regard) need "as" to judge
        return "as" in window or (after[k].low in _DESCRIBE_PRESENT and bool(nxt) and after[k + 1].word
                                  and nxt not in _NOT_DESCRIBED)
    if lemma in _NEEDS_PREPOSITION:
        # its object opens with a determiner, a pronoun or a name ("many credit the monks
        # with"); "many credit cards come with a fee" is a noun compound, no verb
        opens_object = nxt in DEFINITE or nxt in INDEFINITE or nxt in PRONOUNS or (
            k + 1 < len(after) and after[k + 1].capitalised)
        return opens_object and any(w in _NEEDS_PREPOSITION[lemma] for w in window[1:6]) and nxt not in (
            "themselves", "himself", "herself")
    if lemma == "paint":
        # round 131: "insiders paint a bleak picture of", "paint a portrait of": an account
        # given; any other object ("painted the hall", "paint murals") is work
        return any(w in ("picture", "pictures", "portrait", "portraits") for w in window[:4])
    if lemma == "swear":
        # round 89: "locals swear the well never runs dry", "fans swear that": a clause vouched
        # for; "swore an oath", "swore allegiance", "swore at", "swear by it" are no claim
        return nxt in ("that", ":", '"', "“") or (
            nxt in _SWORN_CLAUSE_OPENERS and not any(w in _OATHS for w in window[:4]))
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
        return any(w in CONCERNS for w in window[:3])
    if lemma == "cast":
        # "physicists have cast doubt on the timeline", "casts serious doubt": a doubt voiced
        # ("voters cast their ballots", "cast a shadow over" are acts or figures of speech)
        return "doubt" in window[:2] or "doubts" in window[:2]
    if lemma == "ask":
        if _enquiry_ahead([t.low for t in after[k + 1 : k + 11]]):
            return False  # round 91: "a few people have asked what will happen to it": an enquiry, no claim
        if nxt == "for" and _amount_asked(after, k + 2):
            return False  # round 172: "some lenders ask for as little as $50": a price asked, no claim
        return nxt in WH or nxt == "for"
    if lemma == "call":
        if nxt in ("them", "him", "her") and len(window) > 1 and window[1] in ("to", "back", "and", ",", "."):
            return False  # "a friend called her to ask if": a telephone call, no name given
        if _quoted_name_next(after, k + 1):
            return True  # round 170: "which critics have called "gorgeous"": the object is the gap
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
    if lemma in ADMISSION:
        # "executives admitted that the box stays", "officials conceded it was late": an
        # admission is a claim; "people admitted to hospital", "admitted into the club" and
        # "confessed to the theft" are an admittance or a plea about oneself
        return nxt not in _ADMITTANCE and bool(nxt[:1].isalnum())
    return True


# verbs whose complement after a preposition is a demand, a trade, a worry or a duty, not a
# proposition (round 59)
_PREPOSITIONAL_SENSES = {
    "insist": ("on", "upon"), "fear": ("for",), "report": ("to",),
}
# verbs whose other sense its object's word class tells (round 59)
_OBJECT_SENSES = {
    "claim": "claimed-possessions", "assert": "asserted-powers", "maintain": "kept-relations",
    "confirm": "arrangement-nouns", "note": "recorded-details",
    # round 62: "several defenders conceded a penalty": a thing given up in a game, no admission
    "concede": "conceded-in-play",
}
# verbs of marking, uncovering or showing a thing: the prepositions after their object that make
# them an act on it ("labelled the boxes by hand", "revealed a mosaic under the floor",
# "projected the figures onto a screen"); "labelled the plan a disaster" takes an epithet
_PLACING = {
    "label": ("by", "with", "in", "at", "on", "for", "before", "after"),
    "reveal": ("under", "beneath", "behind", "inside", "below", "underneath"),
    "project": ("onto", "on", "across"),
}
_DETERMINING = frozenset("the a an two three four several some both his her their its our this that these those "
                         "each every many few all close new old".split())


# the words of an amount before a claimed due: "up to £500 in", "a 25 per cent", "an extra 10%",
# "back"; a bounded run of at most eight tokens (round 111)
_AMOUNT_WORDS = frozenset("up to back an a extra additional further per cent percent of in".split())
_AMOUNT_MARKS = frozenset("£ $ € % ,".split())


def _past_amount(after: list[Token], i: int) -> int:
    """Where a claimed due's noun phrase starts past an amount that opens it ("claim up to £500 in
    tax relief", "claim a 25 per cent discount"): the amount needs a number; else ``i``. Only the
    amount's own words are skipped, so "claimed a 25 per cent rise was due to" still meets "rise"."""
    j, number = i, False
    while j < min(len(after), i + 8):
        t = after[j]
        if t.text[:1].isdigit():
            number = True
        elif t.low not in _AMOUNT_WORDS and t.text not in _AMOUNT_MARKS:
            break
        j += 1
    return j if number else i


def _object_in(after: list[Token], i: int, name: str, tags: tuple[str, ...] = lx.NOUN) -> bool:
    """Is the verb's object, at ``after[i]`` (past up to three determiners and modifiers), a
    noun of word class ``name``? Not a clause ("claimed the fund had", "noted that"). (``tags``
    ``()`` takes every form of a noun class, the lexicon's untagged ones too: "wording".)"""
    nouns = lx.forms(name, tags)
    for m in range(i, min(len(after), i + 4)):
        t = after[m]
        if not t.word or t.low in ("that", "to", "as") or t.low in AUX or t.low in PRONOUNS - _DETERMINING:
            return False
        if t.low in nouns:
            # the noun ends its phrase: an of-phrase, a preposition, a stop, not a verb
            nxt = after[m + 1] if m + 1 < len(after) else None
            if nxt is not None and _modifies_clause_subject(after, m + 1):
                return False  # round 174: "claimed relief materials were being diverted": a clause
            return nxt is None or not nxt.word or nxt.low not in AUX | frozenset(source_verb_forms())
    return False


# round 174: the words a noun of a due may stand before as a phrase of its own, not a head
_NOT_HEADS = frozenset("of for from to in on at by with into over under after before and or but as than "
                       "that which who when where while because since if".split())


def _modifies_clause_subject(after: list[Token], n: int) -> bool:
    """Round 174: is the word at ``after[n]``, right after a noun of a due, the head that noun
    modifies, with an auxiliary straight after it ("claimed relief materials were being
    diverted", "claimed insurance payouts had stalled")? Then the due is a modifier in the
    subject of a content clause, no object claimed ("claimed compensation payments from the
    fund" has no auxiliary after its head, and stays a due)."""
    if n + 1 >= len(after):
        return False
    head, verb = after[n], after[n + 1]
    return (head.word and head.text.islower() and head.low not in _NOT_HEADS and head.low not in AUX
            and verb.word and verb.low in AUX)


def _opportunity(after: list[Token], i: int) -> bool:
    """Is the seen prospect an opening to act ("fans see a chance to win"), no likelihood
    judged (round 89)? Its noun is followed by "to"."""
    nouns = lx.forms("seen-prospects", lx.NOUN)
    for m in range(i, min(len(after) - 1, i + 4)):
        if after[m].low in nouns:
            return after[m + 1].low == "to"
    return False


def _placed(after: list[Token], i: int, preps: tuple[str, ...]) -> bool:
    """Is the verb's object, at ``after[i]``, a thing followed by one of ``preps`` (its
    determiner and up to two words, then the preposition)?"""
    m = i
    if m < len(after) and after[m].low in _DETERMINING:
        m += 1
    for n in range(m, min(len(after) - 1, m + 3)):
        t = after[n]
        if not t.word or not t.text.islower() or t.low in PRONOUNS or t.low in AUX:
            return False
        if after[n + 1].low in preps:
            return n > m or t.low not in preps
    return False


def _marked_with(after: list[Token], i: int) -> bool:
    """Is the verb's object, at ``after[i]`` (a determiner and up to two words), followed by
    "with" or "in" and a medium of marking (word class ``marking-media``: "the route with
    chalk", "the names in yellow", "with a red pen")? Then the thing is marked, not stressed
    ("highlighted the risk in a report" names no medium, and stays a point made)."""
    media = lx.forms("marking-media", lx.NOUN)
    m = i
    if m < len(after) and after[m].low in _DETERMINING:
        m += 1
    for n in range(m, min(len(after) - 1, m + 3)):
        t = after[n]
        if not t.word or t.low in ("that", "to", "as", "of") or t.low in PRONOUNS or t.low in AUX:
            return False
        if n > m and after[n].low in ("with", "in"):
            for q in range(n + 1, min(len(after), n + 4)):
                if after[q].low in media:
                    return True
                if not after[q].word:
                    return False
            return False
    return False


# verbs that take a person as the object of an act ("questioned two men", "dismissed two
# employees") where their claim sense takes a thing or a clause ("questioned the logic")
_ON_PEOPLE = frozenset(("question", "dismiss"))
# verbs of weighing and proposing: a plain object with an adjunct after it is weighed or put
# forward ("considered several approaches beyond repeal", "suggested a meeting on Friday"), or
# settled ("lawmakers agreed a deal on Tuesday")
_WEIGHING = frozenset(("consider", "suggest", "propose", "agree"))
# what suggesting tells as a view besides a theory noun ("experts suggested otherwise")
_VIEW_ADVERBS = frozenset(("otherwise", "so"))
_OBJECT_PRONOUNS = frozenset("him her them me us".split())
# what opens an adjunct after a plain object (not "to", "as", "of": a small clause or the
# object's own phrase)
_ADJUNCT_OPENERS = frozenset(
    "at on in during beyond before after over under with without from by since until behind across "
    "through throughout for last this next".split()
)
# the modifiers of a thing weighed or proposed, between its determiner and its noun
_OBJECT_MODIFIERS = frozenset("new fresh further second third another formal joint separate revised "
                              "temporary permanent".split())
_NOT_OBJECTS = frozenset("to as of that upon about into onto against among between than".split())
_OBJECT_OPENERS = frozenset("the a an two three four five several some both his her their its our".split())


@cache
def _people_nouns() -> frozenset[str]:
    """Every form of the nouns of people the constructions know (sources, participants, office
    titles, general nouns of persons: "men", "a suspect")."""
    found: set[str] = set()
    for name in ("source-nouns", "participant-nouns", "office-titles", "people-nouns"):
        found.update(lx.forms(name, lx.NOUN))
    # (not the nouns that are as often things: "questioned the figures", "the source of the
    # funds", "the authority of the court", "the forces at work")
    return frozenset(found.difference(lx.forms("people-or-things", lx.NOUN)))


def _person_object(after: list[Token], i: int) -> bool:
    """Is the phrase at ``after[i]`` a person or people as an object: a pronoun ("questioned
    him"), a full name ("questioned Ana Ruiz"), or up to two determiners and a modifier before a noun
    of people ("two men", "the former minister"), not their possession ("the minister's
    decision", "the officials' figures")?"""
    if i >= len(after):
        return False
    first = after[i]
    if first.low in _OBJECT_PRONOUNS:
        return True
    if first.capitalised and first.word:
        # a full name ("questioned Ana Ruiz"), not its possession ("Ana Ruiz's account") nor one
        # capitalised word, as often a body, a plan or a place ("questioned NASA figures", "Brexit")
        second = after[i + 1] if i + 1 < len(after) else None
        return (second is not None and second.word and second.capitalised and not first.low.endswith(("'s", "’s"))
                and not second.low.endswith(("'s", "’s"))
                and (i + 2 >= len(after) or after[i + 2].text not in ("'", "’")))
    m = i
    while m < len(after) and m < i + 2 and after[m].low in _OBJECT_OPENERS:
        m += 1
    if m == i:
        return False
    people = _people_nouns()
    for n in range(m, min(m + 2, len(after))):
        if after[n].low in people:
            return n + 1 >= len(after) or after[n + 1].text not in ("'", "’")
        if not after[n].word:
            return False
    return False


# round 124: verbs of advising, whose gerund object is an action proposed ("suggest ordering")
_ADVISING = frozenset(("suggest", "recommend", "advise", "propose"))
# -ing words that are no gerund of an action ("being", "having" open a perfect or a passive;
# "nothing", "something" are pronouns)
_NOT_ACTION_GERUNDS = frozenset("being having nothing something anything everything".split())


def _advice(after: list[Token], i: int) -> bool:
    """Is the verb's object a gerund of an action with no finite verb of its own before the
    clause ends ("suggest ordering three or four each.", "recommend booking ahead, as ..."): a
    course of action proposed, not a claim? A gerund that is the subject of a clause ("suggest
    drinking coffee lowers the risk", "recommend that") is not."""
    if i >= len(after):
        return False
    ger = after[i]
    if not ger.word or not ger.text.islower() or len(ger.low) <= 5 or not ger.low.endswith("ing"):
        return False
    if ger.low in _NOT_ACTION_GERUNDS:
        return False
    for m in range(i + 1, min(len(after), i + 12)):
        tok = after[m]
        if not tok.word:
            return True  # the clause ends ("," ";" "."): the gerund's phrase held no verb
        if tok.low in ("that", "and", "but", "because"):
            return tok.low != "that"
        if finite_verb(tok, after[m - 1]):
            return False  # "suggest drinking coffee lowers the risk": a clause, a claim
    return len(after) <= i + 12  # the sentence ended within reach


# round 172: the classes of an unnamed trade whose advice is cited as authority (the experts
# and the learned professions; "guides", "staff" and "consumer groups" are none); round 173:
# the advising trades, whose field the caller checks (:func:`field_named`)
_AUTHORITIES = ("expertise-titles", "expert-professions", "advising-trades")


def advising_trade_only(head: str) -> bool:
    """Round 173: is ``head`` a plural of ``advising-trades`` and of no wider authority class
    ("planners", "brokers"; not "economists")? Such a head is the trade at large only with its
    field named (:func:`field_named`)."""
    return bool(lx.forms("advising-trades", lx.NOUN).get(head)) and not any(
        lx.forms(cls, lx.NOUN).get(head) for cls in _AUTHORITIES[:2])


def field_named(mods: tuple[Token, ...] | list[Token], lo: int = -1) -> bool:
    """Round 173: do the modifiers of an advising trade name its field and nothing that places
    it in a body ("financial planners", "mortgage brokers"; not "council planners", "Harbour
    Bank advisers", "local surveyors", nor a bare "planners")? Bare, the trade's members may be
    the officers of a body in the story, whose recommendation is the body's. ``lo``: the
    sentence's start, where a modifier's capital is the sentence's, not a name's."""
    if not mods:
        return False
    for m in mods:
        if not m.word or not (m.text.islower() or (m.start == lo and m.text[1:].islower())):
            return False
        if lx.forms("service-domains", lx.NOUN).get(m.low) or lx.forms("public-bodies", lx.NOUN).get(m.low):
            return False
    return True


def authority_advice(after: list[Token], j: int, head: str) -> tuple[Token, str, bool] | None:
    """Round 172: the advice of an unnamed trade of authority ("Experts recommend dividing the
    balance", "Financial planners generally recommend keeping three months of pay", "Battery
    experts advise keeping the charge low"): the course urged leans on the trade's weight, an
    unattributed claim (GUIDELINES.md: "experts warn"), where round 124's "guides recommend
    booking ahead" proposes an action on nobody's authority. The advice verb (plain present,
    after at most two adverbs) with a gerund object (whether or not it holds a clause of its
    own, as :func:`_advice` asks: both are the experts' say-so), or ``None``."""
    if not any(lx.forms(cls, lx.NOUN).get(head) for cls in _AUTHORITIES):
        return None
    forms = source_verb_forms()
    k = j
    while k < len(after) and k < j + 2 and after[k].word and is_adverb(after[k]):
        k += 1
    if k >= len(after) or not after[k].word:
        return None
    word = after[k].low
    lemma = lx.lemma_of("advice-verbs", word) or forms.get(word)  # "recommend" is no source verb
    if lemma is None or (lemma not in _ADVISING and lx.lemma_of("advice-verbs", word) is None):
        return None
    if word.endswith(("ing", "ed")) or k + 1 >= len(after):
        return None
    ger = after[k + 1]
    if not ger.word or not ger.text.islower() or len(ger.low) <= 5 or not ger.low.endswith("ing"):
        return None  # "recommend a review", "advise that": no course of action (or another reading)
    if ger.low in _NOT_ACTION_GERUNDS:
        return None
    return after[k], lemma, False


# round 172: what opens an amount asked for ("ask for as little as $50", "for a deposit of
# 500 euros", "for 10% down"): the words a price or a sum opens with
_AMOUNT_OPENERS = frozenset("as just only at least around about roughly up".split())
_SUM = re.compile(r"[$£€¥₹₦]|\d")


def _amount_asked(after: list[Token], i: int) -> bool:
    """Is what "ask for" takes at ``after[i]`` a sum of money or a share ("as little as $50",
    "a deposit of 500 euros", "10% down"): a price or a condition set, no claim made ("critics
    have been asking for an inquiry" is a group's demand, warned as news-dev's annotators mark
    it)? A sum within five words, before the clause ends."""
    for m in range(i, min(len(after), i + 6)):
        tok = after[m]
        if not tok.word and not _SUM.match(tok.text):
            return False
        if _SUM.match(tok.text):
            return True
        if m == i and tok.low not in _AMOUNT_OPENERS and tok.low not in INDEFINITE and tok.low not in DEFINITE:
            return False
    return False


def _told_clause(after: list[Token], i: int) -> bool:
    """Does "told" at ``after[i - 1]`` take no hearer, but "to" and a verb, "that", or a subject
    pronoun and its finite verb ("told to leave", "told it is too late", "told they must go"):
    the headline's passive, whose subject was spoken to? "told reporters", "told of their
    fear" and "told how" keep the active reading (a hearer, or an account)."""
    if i >= len(after) or not after[i].word:
        return False
    nxt = after[i].low
    if nxt == "that":
        return True
    if nxt == "to" and i + 1 < len(after) and after[i + 1].word:
        verb = after[i + 1]  # "told to leave"; "told to the police", "told to Reuters" name a hearer
        return verb.text.islower() and verb.low not in DEFINITE and verb.low not in INDEFINITE and verb.low not in PRONOUNS
    return (nxt in _TOLD_SUBJECTS and i + 1 < len(after)
            and finite_verb(after[i + 1], after[i]) and after[i + 1].low not in ("to",))


# subject pronouns that open a clause after a headline's "told" ("told it is too late", "told
# they must leave"); "him", "her", "them", "us" are hearers
_TOLD_SUBJECTS = frozenset(("it", "they", "there", "we", "he", "she", "i"))


def _courtesy(window: list[str]) -> bool:
    """Is the object of "express" a courtesy ("their condolences", "sympathy for"; word class
    ``attribution/courtesy-nouns``)?"""
    courtesies = lx.forms("courtesy-nouns", lx.NOUN)
    return any(w in courtesies for w in window[:3])


def _directive(after: list[Token], i: int) -> bool:
    """Does an object and a to-infinitive follow ("warned residents to stay indoors", "warned
    them not to travel"): an instruction, not a claim ("warned of a threat to the city" and
    "warned that" are claims)?"""
    if i >= len(after) or not after[i].word or after[i].low in ("that", "of", "about", "against", "to"):
        return False
    for m in range(i + 1, min(len(after) - 1, i + 4)):
        tok = after[m]
        if not tok.word:
            return False
        if tok.low == "to" or (tok.low == "not" and after[m + 1].low == "to"):
            verb = after[m + 1] if tok.low == "to" else (after[m + 2] if m + 2 < len(after) else None)
            return (verb is not None and verb.word and verb.text.islower() and verb.low not in _OBJECT_OPENERS
                    and verb.low not in DEFINITE)
    return False


def _object_then_adjunct(after: list[Token], i: int, lemma: str) -> bool:
    """Is the verb's object one noun, with at most a determiner before it, followed by an
    adjunct or the clause's end ("considered several approaches beyond", "suggested a meeting
    on Friday", "proposed changes.")? A small clause or a clause after the noun ("considered the
    bill a mistake", "suggested the mayor knew") is not, nor a theory put forward ("suggested a
    link between")."""
    m = i
    if m < len(after) and after[m].low in _OBJECT_OPENERS:
        m += 1
        if m < len(after) and after[m].low in _OBJECT_MODIFIERS:
            m += 1  # "proposed a new tax on Tuesday" (round 59)
    if m + 1 >= len(after):
        return False
    noun, nxt = after[m], after[m + 1]
    if (not noun.word or not noun.text.islower() or noun.low in PRONOUNS or noun.low in _OBJECT_OPENERS
            or noun.low in _ADJUNCT_OPENERS or noun.low in _NOT_OBJECTS):
        return False  # (no object: "agreed on at the conference", "suggested to him")
    if noun.low.endswith("ing") and lemma == "consider":
        return False  # (decided by the rule of gerunds)
    if noun.low in _VIEW_ADVERBS or noun.low in lx.forms("theory-nouns", lx.NOUN):
        return False  # "suggested a link between", "suggested otherwise": a view
    if nxt.low in _NOUN_COMPLEMENTS and lemma in _PUTTING_FORWARD:
        # round 60: the thing's own complement ("proposed an amendment to the bill", "a revision
        # of the treaty"), then an adjunct or the clause's end; "suggested a risk to public
        # health" tells a view ("suggest" is left out)
        return _complement_closes(after, m + 2)
    return nxt.low in _ADJUNCT_OPENERS or nxt.text in (".", ";")


# the prepositions that open a noun's own complement ("an amendment to the bill", "a revision
# of the treaty"), and the verbs whose object may carry one and stay a thing put forward
_NOUN_COMPLEMENTS = frozenset(("to", "of"))
_PUTTING_FORWARD = frozenset(("propose", "consider", "agree"))


def _complement_closes(after: list[Token], i: int) -> bool:
    """Is the phrase at ``after[i]`` a noun phrase (up to a determiner and four words, no verb, no
    clause) that ends at an adjunct or the clause's end? ("to the bill.", "to the Clean Air Act
    on Tuesday"; not "to the city was growing", "to cut taxes")."""
    if i < len(after) and after[i].low in _OBJECT_OPENERS:
        i += 1
    verbs = source_verb_forms()
    for m in range(i, min(len(after), i + 5)):
        t = after[m]
        if not t.word:
            return m > i and t.text in (".", ";")
        if m > i and t.low in _ADJUNCT_OPENERS:
            return True
        if t.low in AUX or t.low in verbs or t.low in _CLAUSE_OPENERS or t.low in PRONOUNS:
            return False
    return False


# the openers of a manner-of-speaking verb's content: a clause anywhere in it, a topic right
# after the verb ("whispered about a coup"; "at the back of the room" is a place)
_CONTENT_OPENERS = frozenset("that whether if how why what who".split())
_TOPIC_OPENERS = frozenset("about of on over against".split())


def _no_content(after: list[Token], i: int) -> bool:
    """Does the clause end after the verb with nothing said in it: only adjuncts of time, place or
    manner and a hearer ("whispered during the meeting", "to each other", "behind their
    hands.")? A clause, a topic or a quotation ("whispered that", "about a coup", ', "It is
    over."') is content."""
    for m in range(i, min(len(after), i + 14)):
        t = after[m]
        if not t.word:
            return t.text in (".", "!", ";") and (m + 1 >= len(after) or not after[m + 1].text.strip("'\"’”"))
        if t.low in _CONTENT_OPENERS or (m == i and t.low in _TOPIC_OPENERS):
            return False
    return False


# what is refused, not denied as untrue: "denied the request", "rejected his application"
REQUESTS = frozenset(
    "request requests application applications appeal appeals permission access bail entry visa "
    "visas motion motions petition petitions offer offers bid bids".split()
)
_OBJECT_DETERMINERS = frozenset("the a an his her their its this that these those our any all".split())


# round 91: the question words of a plain enquiry ("why" and "who" point at a cause or a culprit)
_ENQUIRY_WH = frozenset("what when where whether if how which".split())


def _enquiry_ahead(window: list[str]) -> bool:
    """Does "ask" take a question about what will come ("asked what will happen to the
    building", "asked whether the shop would stay open", "asked when the road would reopen")?
    A question about the future presupposes nothing and tells nothing as so; "asked why the
    council delayed" (a cause asked for, a fault implied) and "whether it would ever pay"
    (a doubt voiced) stay claims."""
    if not window or window[0] not in _ENQUIRY_WH:
        return False
    # round 101: the question's subject may be a longer phrase ("asked whether switching to a
    # heat pump will cut their bills"): up to eight words to its modal, within the clause
    ahead = list(itertools.takewhile(_in_clause, window[1:9]))
    return any(w in ("will", "would") for w in ahead) and "ever" not in window[1:10]


def _in_clause(word: str) -> bool:
    """Is ``word`` (a lower-cased token) no mark that ends a clause?"""
    return word not in (",", ".", ";", ":", "!", "?", "—", "–", "(", ")")


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
    return any(w in REQUESTS for w in window[k : k + 3])


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


def source_verb(after: list[Token], j: int, plural: bool) -> tuple[Token, str, bool] | None:
    """The speech, cognition or complaint verb of a subject phrase, after any auxiliaries and
    adverbs: (token, lemma, is a participle in -ing), or ``None``. The verb agrees with the
    subject: "many unanswered questions" is no subject of "questions"."""
    forms = source_verb_forms()
    finite = lx.forms("source-verbs", ("VBZ",))
    base = lx.forms("source-verbs", ("VB", "VBP"))
    k = j
    saw_be = saw_aux = False
    limit = j + 5
    while k < len(after) and k < limit:
        t = after[k]
        if not t.word:
            if saw_aux and skip_parenthetical(after, k) > k:
                # "critics have, however, argued": a connective set off by commas inside the
                # verb group, after its auxiliary, leaves the verb the subject's
                k = skip_parenthetical(after, k)
                continue
            return None
        if t.low in ("not", "n't", "never") or t.low.endswith("n't"):
            return None  # "officials would not say": a refusal asserts nothing
        reach = _reach_to_speak(after, k)
        if reach > k:
            # round 168: a group going to a forum, or going far, to speak ("fans took to social
            # media to claim that", "some have gone as far as to suggest that"): the verb after
            # "to" is the group's own, in the active
            saw_aux, saw_be = True, False
            limit += reach - k  # (the forum's words do not count against the verb group's reach)
            k = reach
            continue
        if saw_be and t.low in _READINESS and k + 1 < len(after) and after[k + 1].low == "to":
            # round 168: a readiness to speak after "be" ("fans were quick to point out that",
            # "critics were keen to stress that"): the group's own verb follows in the active,
            # its claim made ("be" is the adjective's, no passive's)
            saw_aux, saw_be = True, False
            limit += 1
            k += 2
            continue
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
        if t.low in STANCE_COPULAS:
            # round 131: "remain" before a state of mind ("officials remain convinced that")
            if k + 1 < len(after) and after[k + 1].low in STANCE_ADJECTIVES:
                saw_be = True
                k += 1
                continue
            return None
        if saw_be and t.low in STANCE_ADJECTIVES:
            # round 131: a view held as a state of mind, after "be" or "remain", with its clause
            # ("officials are worried that", "analysts are confident the bank will cut"): the
            # group holds the view as "officials fear that" does; "worried about the cost",
            # "sure to win", "confident of victory" hold none (with no "be", "worried" is the
            # verb: "experts who worried about the pier")
            if _stance_clause(after, k + 1) or _doubted_claim(t, after, k + 1):
                return t, STANCE_ADJECTIVES[t.low], False
            return None
        lemma = forms.get(t.low)
        if lemma is None:
            return None
        if lemma in _FORECAST_VERBS and k > 0 and after[k - 1].low in _FORECAST_MODALS:
            return None  # "people will wonder", "investors may expect": the writer's forecast
        if _lemma_in(lemma, "forecast-view-verbs") and k > 0 and after[k - 1].low in _FUTURE:
            return None  # round 170: "some will see that as a blessing": a reaction foretold, no view held yet
        if (k + 1 < len(after) and after[k + 1].low == "back"
                and any(after[m].low in _FUTURE for m in range(j, k))):
            return None  # "Staff will report back on the options": a report still to come tells nothing yet
        if not _lemma_in(lemma, "arguing-verbs") and any(after[m].low in _ABILITY_MODALS for m in range(j, k)):
            # "residents could report a fault through the app", "parents can say no": what
            # people are able or allowed to do, no account given ("some would argue" and "some
            # could argue" are the hypothetical weasel, and stay)
            return None
        if (not _lemma_in(lemma, "arguing-verbs") and not _lemma_in(lemma, "conceding-verbs") and any(after[m].low in _OBLIGATION_MODALS
                                          and after[m + 1].low not in HAVE for m in range(j, k))):
            # "customers must first complain to their supplier": a rule on what people have to
            # do, no account given ("residents must have complained" infers one, and stays)
            return None
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
# modals of ability and permission: the verb after them tells what people can do, not what
# they said ("may" is left out: "some may argue" is the weasel's hedge, not a permission)
_ABILITY_MODALS = frozenset(("can", "could"))
# modals of obligation: the verb after them is a rule ("must", not "must have", an inference)
_OBLIGATION_MODALS = frozenset(("must",))
# the future of a report still to be made ("will report back", "shall write back")
_FUTURE = frozenset(("will", "shall", "'ll", "’ll"))
# round 173: the verbs of regarding (round 170), of argument and of conceding (which after
# "must" are the writer's rhetoric, "even critics must admit"), and the adjectives of doubt,
# are word classes (``attribution/forecast-view-verbs``, ``arguing-verbs``, ``conceding-verbs``,
# ``doubt-stances``), read with :func:`_lemma_in`


def _lemma_in(lemma: str, name: str) -> bool:
    """Is ``lemma`` one of the lemmas of class ``attribution/NAME`` as written? (Verbs of
    regarding, "some will see that as a blessing", a reaction foretold; of argument, which after
    any modal still put a view in nobody's mouth, "one could argue"; of conceding, "critics
    must admit".)"""
    return lemma in listed(f"attribution/{name}", "lemmas")


# the subject words a that-less clause opens with ("confident the bank will cut")
_CLAUSE_SUBJECTS = frozenset("the he she they it this there we its their his her these those".split())


def _named_subject(tok: Token) -> bool:
    """Round 170: a capitalised word inside the sentence (a person, a club, a party) may open the
    that-less clause as its subject ("Fans are convinced Vance dropped hints", "Viewers are
    certain Femi will turn on him"); the finite verb after it is still required."""
    return tok.capitalised and tok.text[:1].isalpha() and tok.low not in ("i",)


# round 171: doubt held of a thing already stated ("sceptical of that promise", "unconvinced
# by the figures", "doubtful about the claim"): the group disputes a claim, a view of its truth
_DOUBTED_PREPOSITIONS = frozenset(("of", "about", "by"))
_POINTING = frozenset("the that this these those its their his her".split())


def _doubted_claim(adj: Token, after: list[Token], k: int) -> bool:
    """Round 171: does an adjective of doubt take a thing pointed to as its object at
    ``after[k]`` ("sceptical of that promise", "unconvinced by the figures")? Doubt of a
    stated thing is a view that it is untrue, as "doubt that" is; a bare plural ("sceptical
    of politicians") is a temper, no claim doubted, and is left."""
    return (adj.low in listed("attribution/doubt-stances") and k + 1 < len(after) and after[k].low in _DOUBTED_PREPOSITIONS
            and after[k + 1].low in _POINTING)


def _stance_clause(after: list[Token], k: int) -> bool:
    """Does a clause follow at ``after[k]``: "that", or a subject word (round 170: or a name)
    and a finite verb within the next four words ("the bank will cut", "Vance dropped hints")?"""
    if k >= len(after) or not after[k].word:
        return False
    if after[k].low == "that":
        return True
    if after[k].low not in _CLAUSE_SUBJECTS and not _named_subject(after[k]):
        return False
    return any(after[m].word and finite_verb(after[m], after[m - 1]) for m in range(k + 1, min(len(after), k + 5)))


_TAKE = frozenset("take takes took taken taking".split())
_GO = frozenset("go goes went gone going".split())


def _reach_to_speak(after: list[Token], k: int) -> int:
    """Round 168: the index past the "to" of "took to <a forum> to" (up to four words of forum:
    "took to Twitter to", "have taken to the fan forums to") or of "gone as/so far as to" at
    ``after[k]``; ``k`` where there is none ("took to the idea", "went far")."""
    low = [t.low for t in after[k : k + 7]]
    if low and low[0] in _TAKE and len(low) > 2 and low[1] == "to":
        for n in range(3, min(len(low), 7)):
            if not after[k + n - 1].word:
                return k
            if low[n] == "to":
                return k + n + 1
        return k
    if low[:1] and low[0] in _GO and low[1:5] in (["as", "far", "as", "to"], ["so", "far", "as", "to"]):
        return k + 5
    return k


# round 168: adjectives of readiness whose to-infinitive is the subject's own act ("were quick
# to point out", "are keen to stress", "were eager to claim")
_READINESS = frozenset("quick swift eager keen fast".split())
_RAISING = frozenset(
    "continue continues continued tend tends tended seem seems seemed appear appears appeared "
    "begin began begun used going want wanted".split()
)


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


def demand_only(text: str, verb_end: int, hi: int) -> bool:
    """Is the source's "call" a demand and nothing more: "for" a thing or "on" someone to act,
    with no claim of its own later in the sentence? ("Campaigners called for a pause" asks for
    something; "campaigners called for a pause, saying the wards were unsafe" tells the reader
    something is so.) "called it a scandal" names, and stays a claim."""
    if _DEMAND_OPENS.match(text, verb_end, hi) is None:
        return False
    return _CLAIM_IN_DEMAND.search(text, verb_end, hi) is None


# how a work or a decision is received: a verdict however it is phrased
_RECEIVING = frozenset("received greeted welcomed embraced shunned snubbed booed cheered".split())


def _reception(word: str) -> bool:
    """Is ``word`` the past of a verb of verdict or esteem (the ``reception-verdict`` and
    ``reception-esteem`` classes: "panned", "applauded", "admired") or of receiving a work?"""
    return (word in _RECEIVING or word in lx.forms("reception-verdict", lx.PARTICIPLE)
            or word in lx.forms("reception-esteem", lx.PARTICIPLE))


def deed_follows(after: list[Token], j: int, verb_forms: dict[str, str]) -> bool:
    """Is the group's verb a regular past ("attended", "staged", "have walked") that is no verb
    of speech, thought or complaint (the ``source-verbs`` class)? Then the group did
    something; it told nothing. Other forms ("have found", "assume") are left to warn."""
    k = j
    if k < len(after) and after[k].low in ("have", "had", "has"):
        k += 1
    if k >= len(after) or not after[k].word:
        return False
    w = after[k].low
    # a source verb in its other sense is a deed too ("several economists noted the time of
    # each call", "some critics claimed their seats": round 59)
    other_sense = w in verb_forms and w.endswith("ed") and not _verb_ok(verb_forms[w], after, k)
    if not other_sense and (not (len(w) > 4 and w.endswith("ed") and w not in verb_forms and not w.endswith("eed"))
                            or _reception(w)):
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


QUOTING = frozenset("quote quotes quoted quoting cite cites cited citing".split())
AS_SAYING = frozenset("saying telling warning claiming adding describing".split())


def conjoined_verb(after: list[Token], j: int, plural: bool) -> tuple[Token, str, bool] | None:
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
            found = source_verb(after, k + 1, plural)
            if found is not None and not found[2]:
                return found  # ("illegitimate and irrational": an "and" inside the object)
    return None


# words that start another clause inside the predicate: its participle is that clause's
_CLAUSE_OPENERS = frozenset(
    "who whom whose which that when where while whereas although though because since if unless "
    "but or as after before until".split()
)


def predicate_participle(after: list[Token], j: int) -> tuple[Token, str, bool] | None:
    """A speech participle that the subject at ``after[j]`` governs through its predicate:
    set off by a comma after a short predicate of one clause ("officials have been more
    cautious, saying ..."), or the passive "was quoted (by X) as saying". The predicate must
    start with an auxiliary or a verb in -ed: a noun there ("critics of the plan, saying")
    is no predicate."""
    if j >= len(after) or not after[j].word:
        return None
    first = after[j].low
    if first in BE and j + 1 < len(after) and after[j + 1].low in QUOTING:
        for k in range(j + 2, min(len(after) - 1, j + 12)):
            if not after[k].word:
                return None
            if after[k].low == "as":
                t = after[k + 1]
                return (t, "say", True) if t.low in AS_SAYING else None
        return None
    if first not in AUX and not first.endswith("ed"):
        return None
    for k in range(j + 1, min(len(after) - 1, j + 14)):
        t = after[k]
        if not t.word:
            if t.text != ",":
                return None
            n = after[k + 1]
            if n.low in SPEECH_PARTICIPLES and _verb_ok(source_verb_forms().get(n.low, "say"), after, k + 1):
                return n, source_verb_forms().get(n.low, "say"), True
            return None
        if t.low in _CLAUSE_OPENERS or t.low in ("and", "not", "n't", "never") or t.low.endswith("n't"):
            return None
    return None


def participle_not_verb(before: list[Token], i: int, after: list[Token], j: int, verb: Token) -> bool:
    """Is the bare "-ed" form right after the subject phrase a past participle, not the group's
    own past-tense verb (round 163)? Two constructions make it one: the noun phrase is the
    subject of an absolute "with" clause ("with 35,000 people expected each day", "with
    several officials believed to be among the dead"), where no finite verb can stand; or the
    form takes "to have" / "to be", the reduced relative of a reporting passive ("one of a
    dozen MPs thought to have claimed", "residents said to be angry"), whose passive reading
    is the agentless passive's, for a verb that takes no such infinitive in the active
    ("some of whom claimed to be descendants" is the group's claim). An auxiliary ("critics
    have said") or an -ing form keeps the verb the group's."""
    if verb.low.endswith("ing") or not verb.low.endswith(("ed", "ght", "id", "wn")):
        return False
    if j >= len(after) or after[j].start != verb.start:
        return False  # an auxiliary or an adverb between: "officials had thought", "critics widely believed"
    if _with_absolute(before, i):
        return True
    if j + 2 >= len(after) or after[j + 1].low != "to":
        return False
    if verb.low in _RAISING_PARTICIPLES:
        return after[j + 2].low in ("have", "be")
    return verb.low == "expected" and after[j + 2].low in _appearance_infinitives()


# round 165: "expected" is the one source verb that is also a schedule's participle: when its
# infinitive names the group's part in an event ("Experts expected to testify were sent home",
# "officials expected to attend"), the group is who is due, not who forecasts. The infinitive's
# verb class decides, not the word: "Analysts expected to see rates rise" (no appearance verb)
# stays the group's own forecast


@cache
def _appearance_infinitives() -> frozenset[str]:
    """The base forms of word class ``appearance-verbs`` (round 165): a part taken in an event."""
    return frozenset(lx.forms("appearance-verbs", ("VB",)))


# the participles whose verb takes no subject's "to be" in the active: after a group noun,
# "thought to have" is the passive's reduced relative; "claimed to be", "expected to be",
# "hoped to be" are the group's own verb ("some of whom claimed to be descendants")
_RAISING_PARTICIPLES = frozenset(
    "thought believed said rumoured rumored reported understood known alleged reckoned supposed "
    "presumed deemed reputed".split()
)


def _with_absolute(before: list[Token], i: int) -> bool:
    """Does "with" open the noun phrase ending at ``before[i]`` (``before`` runs backwards),
    past a count and its approximators ("with around 35,000 people", "with up to 200 fans")?"""
    for m in range(i, min(len(before), i + 8)):
        t = before[m]
        if t.low == "with":
            return True
        in_number = t.text == "," and m > 0 and before[m - 1].low.isdigit() and m + 1 < len(before) and before[m + 1].low.isdigit()
        if not (t.low.isdigit() or t.low in _COUNT_WORDS or in_number):
            return False
    return False


# the words of a count before its noun ("around 35,000", "up to 200", "more than a thousand")
_COUNT_WORDS = frozenset("around about some up to more than nearly almost over roughly an estimated a few "
                         "hundreds thousands dozens of hundred thousand million".split())


def absolute(before: list[Token], i: int, after: list[Token], j: int) -> tuple[Token, str, bool] | None:
    """ "with forecasters warning that": a subject and an -ing form after "with"."""
    if i < len(before) and before[i].low == "with" and j < len(after):
        t = after[j]
        lemma = source_verb_forms().get(t.low)
        if lemma is not None and t.low.endswith("ing") and _verb_ok(lemma, after, j):
            return t, lemma, True
    return None


# verbs of naming, which take an object and its name ("branded the plan a betrayal") and never
# a content clause: their -ed form before a bare noun and a finite verb is an adjective
_NAME_GIVING = frozenset("brand label dub term tag style christen badge stamp".split())
# the words that cannot sit inside a bare noun phrase's modifiers
_NOT_MODIFIERS = DEFINITE | INDEFINITE | PRONOUNS | WH | frozenset(("that", "as", "to", "and", "or", "by"))


def attributive_participle(after: list[Token], k: int, lemma: str) -> bool:
    """Is the naming verb at ``after[k]`` the adjective of a bare noun phrase that takes the
    finite verb after it ("Some branded food makers are reported to", "some labelled bottles
    were found"), not the verb of "some" ("Some branded the decision a betrayal")? Round 105:
    up to three lower-case words with no determiner, pronoun or function word, then a finite
    auxiliary."""
    if lemma not in _NAME_GIVING or not after[k].low.endswith("ed"):
        return False
    for m in range(k + 1, min(len(after), k + 5)):
        t = after[m]
        if not t.word or t.capitalised:
            return False
        if t.low in AUX:
            return m > k + 1 and t.low not in ("be", "been", "being", "having")
        if t.low in _NOT_MODIFIERS:
            return False
    return False


_OPENING_QUOTES = frozenset(('"', "“", "‘"))


def _quoted_name_next(after: list[Token], k: int) -> bool:
    """Round 170: does the name a "call" gives open at ``after[k]``, a quotation mark right after
    the verb in the perfect ("which critics have called "glacial"") or after "both" ("called
    both "gorgeous" and "slow"")? With no object between, the object is a relative's gap and
    the quotation the group's verdict; "called her", "called both the police and" name nobody,
    and a plain past may be a shout ("A friend called "Help!"")."""
    perfect = k >= 2 and after[k - 2].low in ("have", "has", "had", "'ve", "’ve")
    if k < len(after) and after[k].low == "both":
        k, perfect = k + 1, True
    return perfect and k < len(after) and not after[k].word and after[k].text in _OPENING_QUOTES
