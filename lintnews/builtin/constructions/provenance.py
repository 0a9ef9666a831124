"""Unnamed documents, research and hearsay: material nobody is named as producing.

The construction: a noun phrase headed by a document, research or hearsay noun ("studies",
"a new poll", "reports", "footage"), bare or with an indefinite or quantified determiner, not
identified by a name ("a Reuters poll", "research by Oxford University", "a study published
in Nature"), in one of these frames:

- the subject of an evidential verb: "studies show", "research suggests", "a poll found";
- after "according to": "according to reports", "according to one estimate";
- after a preposition of circumstance or a denial: "amid reports that", "despite complaints",
  "denied claims of", "following allegations that";
- existential: "there are reports that", "there is evidence that";
- with an emergence verb: "footage has emerged", "reports surfaced", "documents seen by";
- "by most accounts", "in some versions", "legend has it".

A definite phrase ("the study", "these reports") refers back to a document already
identified, and is left alone.
"""

from __future__ import annotations

from functools import cache

from lintnews.builtin.constructions import Bounds, Cue
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import (
    AUX,
    BE,
    CLAUSE_MARKS,
    CONJUNCTIONS,
    DEFINITE,
    HAVE,
    INDEFINITE,
    MODAL,
    NEGATIVE,
    QUANTIFIER_HEADS,
    NounPhrase,
    Token,
    asserted_clause,
    determined,
    governed,
    is_adverb,
    left,
    noun_phrase,
    time_phrase_then_that,
    words_after,
    words_before,
)
from lintnews.builtin.constructions.sources.phrase import placed_only
from lintnews.document.sourcing import INSTITUTIONS
from lintnews.util.lazyregex import LazyRegex

# frames before the phrase: circumstance and denial
_CIRCUMSTANCE = frozenset("amid amidst after following despite".split())
_HEARSAY = frozenset("report rumour rumor whisper claim allegation speculation suggestion complaint fear indication outcry concern".split()) | lx.lemmas(
    "murmured-hearsay")  # round 120: "there are murmurs that"
_AFTERWARDS = frozenset(("after", "following"))  # what came next: "following a complaint"
_BARE_OK = frozenset("complaint speculation outcry".split())  # "despite complaints" needs nothing after
# hearsay only in a frame of circumstance, with its that-clause ("amid fears that", "amid
# indications that"); "fears of a slowdown" and "an indication of" name a mood or a sign
_CIRCUMSTANCE_ONLY = frozenset("fear indication outcry concern".split())
_THAT_ONLY = frozenset("fear indication concern".split())
# verbs by which an event stirs a view nobody is named as holding: "the attack raised fears that"
_STIRRING = frozenset("raise raised raises raising spark sparked sparks fuel fuelled fueled fuels stoke stoked stokes "
                      "prompt prompted prompts trigger triggered triggers revive revived heighten heightened".split())
_POSSESSIVES = frozenset("their its his her our".split())
_PERSONAL = frozenset("he she they we i you who which".split())
_THAT = frozenset("that of about over suggesting linking saying claiming alleging".split())
# determiners and modifiers that deny there is anything to attribute: "little evidence that"
_SCANT = frozenset("little scant insufficient limited".split())
# hearsay nouns whose content clause may drop its "that", and the pronouns that open one
_TOLD = frozenset("report rumour rumor whisper speculation suggestion claim allegation".split())
_CLAUSE_SUBJECTS = frozenset("he she it they we".split())
# news told by nobody named, and the verbs by which it tells: "reports say", "rumours suggest"
_NEWS_HEARSAY = frozenset("report rumour rumor whisper".split())  # (round 90: "whispers online suggest")
# tellings of a story, told apart by a quantifier: "some accounts say", "other versions
# claim" are hearsay nobody is named as telling ("the accounts show", "company accounts
# show" are a firm's books, no telling)
_NARRATIVES = frozenset("account version variation".split())
# material passed round and checked as such: "other versions of the post claim ...", "some
# variations of the video say ..." are copies of the material the story has introduced, which
# say what it says; the fact check reports them to test them (a hint, as a message
# "circulating on WhatsApp says" is)
_SHARED_MATERIAL = frozenset(
    "post posts video videos clip clips message messages image images photo photos picture "
    "pictures meme memes tweet tweets graphic graphics claim claims".split()
)
# figures made by someone: unlike a study, no link stands behind them ("estimates suggest")
_FIGURES = frozenset(("estimate",))
_SPREAD = frozenset(("range", "vary"))  # how far apart figures are, not what they claim
_SOME_OF_MANY = frozenset("some other many several most various certain".split())
_TELLING = frozenset("say claim suggest indicate allege state speak".split())
# emergence verbs whose -ing form, right after the phrase, is a reduced relative of material
# going round with no one releasing it ("footage circulating online", "rumours swirling")
_GOING_ROUND = frozenset(("circulate", "swirl"))
_DO_FORMS = frozenset("do does did done doing".split())  # "do the rounds" (round 139)
# round 178: the same idiom with "make" (American and West African copy: "a rumour making the
# rounds is that") and "go" ("the story going the rounds"): circulation, nobody releasing it
_ROUNDS_VERBS = _DO_FORMS | frozenset("make makes made making go goes went gone going".split())
_VISUAL = frozenset("footage video image photo photograph picture recording clip screenshot".split())
_ACCOUNTS = frozenset("account estimate report version".split())
_LORE = frozenset("legend tradition myth lore folklore".split())
_LEGAL = frozenset("complaint".split())  # "a criminal complaint alleges": a court filing, a kind of record
# a web site's name: "Cleveland.com", "politico.eu"
_SITE = LazyRegex(r"[A-Za-z][\w-]*\.(?:com|org|net|eu|co\.uk|news)")
# a court filing's kind: "a criminal complaint", "a civil complaint" (not "complaints" by people)
_COURT_FILINGS = frozenset("criminal civil federal legal formal".split())
# organisation heads a document noun can modify: "research firm IDC", "polling company YouGov"
_ORGANISATIONS = frozenset(
    "firm company group agency institute organisation organization centre center consultancy "
    "outfit body unit team provider platform service house".split()
)
_MASS = frozenset("research evidence speculation criticism footage legend tradition lore folklore".split())
# words after the phrase that name who made it: "a study by", "research published in"
_IDENTIFYING = frozenset(
    "by from published conducted commissioned carried released issued compiled prepared "
    "produced funded led written obtained seen authored "
    # "documents filed with the court", "plans lodged with the council": a record a named
    # body holds, which the reader can ask for, as "court documents" is
    "filed lodged submitted".split()
)


# last words of a newspaper's or a journal's name: "the Harbour Gazette", "the New York Times"
_MASTHEADS = frozenset(
    "times post journal herald guardian telegraph gazette tribune chronicle observer independent "
    "mail express mirror standard economist lancet sun star globe examiner inquirer courier "
    "bulletin dispatch register review magazine newspaper daily weekly".split()
)


def _publication_after(after: list[Token], k: int, limit: int) -> bool:
    """Does a publication's name start at ``after[k]`` after "the": a capitalised title in
    quotation marks ('the "Financial Times"'), or capitalised words ending in a masthead word
    ("the Harbour Gazette")? "in the West", "in the Gulf" are places, not publishers."""
    if k + 1 >= limit or after[k].low != "the":
        return False
    k += 1
    quoted = not after[k].word and after[k].text in ('"', "“", "'", "‘")
    if quoted:
        k += 1
    n = 0
    while k + n < limit and after[k + n].word and after[k + n].capitalised and n < 5:
        n += 1
    if n == 0:
        return False
    return quoted or after[k + n - 1].low in _MASTHEADS


def _past_viewer(after: list[Token], k: int, limit: int) -> int:
    """The index after the viewer of "seen by" starting at ``after[k]`` ("the Farley Bulletin",
    "this newspaper", "Reuters"): its determiner and its words up to a punctuation mark, a
    verb of the phrase's clause or a word that opens a post-modifier of its own."""
    while k < limit and after[k].word and (after[k].low in ("the", "this", "our") or after[k].capitalised
                                           or after[k].low in _MASTHEADS):
        k += 1
    return k


def _identified_after(after: list[Token], j: int, news: bool = False) -> tuple[bool, int]:
    """Is the phrase followed by words naming its author or publisher ("by the ONS",
    "published in Nature", "from the University of Leeds", "of 2,000 adults by YouGov")?
    Returns (identified, index of the verb chain after the post-modifier). For news
    hearsay (``news``), "from the area" or "from the front" says where the news came from,
    not who gave it: a common noun that is no institution identifies nobody."""
    verbs = lx.forms("evidential-verbs", lx.FINITE)
    emerging = lx.forms("emergence-verbs")
    k = j
    limit = min(len(after), j + 12)
    seen_identifying = False
    content = False  # news hearsay's "of" content passed: "reports of looting at a store in X"
    while k < limit:
        t = after[k]
        if not t.word:
            if t.text == "." and k > j and "." in after[k - 1].text and after[k - 1].end == t.start:
                k += 1  # round 116: the stop of an abbreviation ("issued at 11 a.m. by the office")
                continue
            break
        if news and t.low in ("of", "that") and not seen_identifying:
            content = True  # "reports that a bridge in Shrewsbury fell": the clause's place, no publisher
        if (news and t.low == "from" and k + 2 < limit and after[k + 1].low == "the" and after[k + 2].word
                and not after[k + 2].capitalised and after[k + 2].low not in INSTITUTIONS):
            k += 3  # "reports from the area say": a place of origin
            continue
        if t.low == "seen" and k == j and k + 1 < limit and after[k + 1].low == "by":
            # round 167: "documents seen by the Farley Bulletin", "emails seen by Reuters": the
            # by-phrase names who saw the material, not who made it (GUIDELINES.md: "documents
            # seen by" without naming them), unless the words after the viewer name a maker
            # ("seen by the Courier and drawn up by the council")
            viewer_end = _past_viewer(after, k + 2, limit)
            if viewer_end < limit and after[viewer_end].text == ",":
                viewer_end += 1  # "seen by the Courier, drafted by council officers,"
            if not _identified_after(after, viewer_end, news)[0]:
                return False, k
            return True, viewer_end
        if t.low in _IDENTIFYING and not (t.low == "seen" and k == j):
            seen_identifying = True
        elif news and t.low == "in" and _country_at(after, k + 1, limit):
            # round 161: "reports in Portugal claim": the press of a state, no outlet named
            k += 2
            continue
        elif t.low in ("in", "at", "out") and k + 1 < limit and after[k + 1].capitalised and not content:
            # "a study in Pediatrics", "research at MIT", "a poll out of Quinnipiac" (past the
            # content of news hearsay, "reports of looting at a store in Manay", the capital
            # is where it happened)
            return True, k
        elif t.low == "in" and _publication_after(after, k + 1, limit):
            return True, k  # 'a report in the "Financial Times"', "a report in the Harbour Gazette"
        elif t.low == "on" and k + 1 < limit and _SITE.fullmatch(after[k + 1].text):
            return True, k  # "a report on Cleveland.com": the site that published it
        elif (t.low == "in" and k + 2 < limit and after[k + 1].low == "the" and after[k + 2].capitalised
                and after[k + 2].low.endswith(("'s", "’s"))):
            return True, k  # "forecasts in the IFS's Green Budget": the publication's owner is named
        elif seen_identifying and (t.capitalised or t.low in ("the", "a", "an", "this", "researchers", "scientists", "scholars")):
            return True, k
        elif seen_identifying and _owned_institution(after, k, limit):
            return True, k  # "studies by their own councils": the institution of someone just named
        elif seen_identifying and _staff_of_institution(after, k, limit):
            return True, k  # round 129: "a report by council officers": the body's own staff wrote it
        elif k > 0 and t.low in emerging and _noun_use(after, k):
            pass  # round 116: "reports of a leak surfaced", "posted on a leak site": a noun, read on
        elif k > j and after[k - 1].low in _NOUN_DETERMINERS and t.low in verbs and t.low not in AUX:
            pass  # round 167: "Critics claim the show will be axed": after a determiner, a noun ("the show")
        elif t.low in verbs or t.low in emerging or t.low in AUX or t.low in ("seen", "come", "came"):
            return False, k
        k += 1
    return False, j if k >= limit else k


def _country_at(after: list[Token], k: int, limit: int) -> bool:
    """Round 161: is ``after[k]`` a state's one-word name (word class ``countries``) closing
    its phrase ("reports in Portugal claim", "reports in Italy, however, say")? Not the first
    word of a longer name ("in Georgia Today", "in Jordan Times")."""
    return (k < limit and after[k].word and after[k].capitalised and after[k].low in lx.forms("countries", lx.NOUN)
            and (k + 1 >= limit or not after[k + 1].word or not after[k + 1].capitalised))


def _owned_institution(after: list[Token], k: int, limit: int) -> bool:
    """Does a possessive and an institution start at ``after[k]`` right after "by" ("by their
    own councils", "by its regulator")? The possessive points back to someone the sentence
    has named, so the body is identified as "by the council" is; "by their neighbours" (no
    institution) is not."""
    if after[k].low not in _POSSESSIVES or k == 0 or after[k - 1].low != "by":
        return False
    n = k + 1
    if n < limit and after[n].low == "own":
        n += 1
    if n >= limit or not after[n].word:
        return False
    head = after[n].low
    return head in INSTITUTIONS or (head.endswith("s") and head[:-1] in INSTITUTIONS)


# the people a body employs, named by the body's noun before them ("council officers", "ministry
# officials", "police investigators"): the author is the body, as "by the council" is
_STAFF = frozenset("officers officials staff engineers inspectors auditors investigators lawyers "
                   "economists analysts scientists researchers planners surveyors".split())


def _staff_of_institution(after: list[Token], k: int, limit: int) -> bool:
    """Does an institution noun and a plural of its staff start at ``after[k]`` right after
    "by" ("by council officers", "by ministry officials")? Round 129: the paper is the body's,
    whose name the story gives. "by local officers", "by some officials" (no body) are not."""
    if k == 0 or after[k - 1].low != "by" or k + 1 >= limit or not after[k + 1].word:
        return False
    return after[k].low in INSTITUTIONS and after[k + 1].low in _STAFF


def _evidential(after: list[Token], j: int) -> Token | None:
    """The evidential verb of a subject phrase ("have shown", "suggests"), after auxiliaries."""
    forms = lx.forms("evidential-verbs", lx.FINITE + lx.PARTICIPLE)
    k = j
    saw_be = False
    while k < len(after) and k < j + 4:
        t = after[k]
        if not t.word:
            return None
        if t.low in AUX or is_adverb(t):
            if t.low in MODAL or t.low in NEGATIVE or t.low in ("not", "n't"):
                return None  # "an investigation will show", "studies do not show": no claim made
            saw_be = saw_be or t.low in BE
            k += 1
            continue
        if t.low.endswith("ing") and not saw_be:
            return None  # "reports showing": a modifier, not the verb of the clause
        if t.low in forms and not (saw_be and not t.low.endswith("ing")):
            if forms[t.low] in ("point",) and (k + 1 >= len(after) or after[k + 1].low not in ("to", "out")):
                return None
            if forms[t.low] in ("put", "place") and not any(x.low == "at" for x in after[k + 1 : k + 6]):
                return None
            if forms[t.low] == "speak" and (k + 1 >= len(after) or after[k + 1].low != "of"):
                return None  # "reports spoke of 50 missing"; "speak to", "speak for" are no claim
            return t
        return None
    return None


# words after which an emergence verb's form is a noun ("a leak", "the ministry's leak site")
_NOUN_DETERMINERS = frozenset("a an the this these those its their his her our my your".split())  # ("that": a relative)


def _noun_use(after: list[Token], k: int) -> bool:
    """Is the verb form at ``after[k]`` a noun, after a determiner or a possessive?"""
    return after[k - 1].low in _NOUN_DETERMINERS or after[k - 1].low.endswith(("'s", "’s"))


def _passed_round(after: list[Token]) -> int | None:
    """End of a reduced relative of material passed round, its participle right after the noun
    and then how or where it went ("footage shared widely on social media showed", "a clip
    posted online shows"): nobody is named as making or releasing it (round 123)."""
    # (round 153: the progressive too, "a screenshot being shared widely appears to show")
    i = 1 if after and after[0].low == "being" else 0
    if len(after) > i + 1 and after[i].low in _PASSED_ROUND and (
            after[i + 1].low in _PASSED_WHERE or after[i + 1].low.endswith("ly")):
        if any(t.low.endswith(("'s", "’s")) or t.text in ("'s", "’s") for t in after[i + 1 : i + 8]):
            return None  # "a message posted on the gang's leak site": whose channel it is names its maker
        by = next((k for k in range(i + 1, min(len(after), i + 4)) if after[k].low == "by"), None)
        if i and by is not None and _named_agent(after, by + 1):
            return None  # "being shared widely by the fire service": its sharer named
        return after[i].end
    return None


def _doing_rounds(after: list[Token]) -> int | None:
    """End of "do the rounds" right after the phrase, as a reduced relative or in a relative or
    main clause ("a draft doing the rounds would", "a memo that has been doing the rounds",
    "a survey is doing the rounds"): the idiom of circulation, nobody named as releasing the
    material (round 139); "doing the rounds of the studios" is a tour, no circulation."""
    k = 1 if after and after[0].low in ("that", "which") else 0
    start = k
    while k < len(after) and k < start + 4 and (after[k].low in HAVE or after[k].low in BE or is_adverb(after[k])):
        k += 1
    if k + 2 >= len(after) or after[k].low not in _ROUNDS_VERBS or after[k + 1].low != "the" or after[k + 2].low != "rounds":
        return None
    if k + 3 < len(after) and after[k + 3].low == "of":
        return None
    return after[k + 2].end


def _emergence(text: str, after: list[Token], j: int) -> int | None:
    """End of an emergence verb after the phrase ("has emerged", "surfaced", "came to light")."""
    forms = lx.forms("emergence-verbs")
    k = j
    while k < len(after) and k < j + 3 and (after[k].low in HAVE or after[k].low in BE or is_adverb(after[k])):
        k += 1
    if k >= len(after):
        return None
    t = after[k]
    if k > 0 and _noun_use(after, k):
        return None  # round 116: "posted on a leak site", "on Grey Fox's leak site": a noun, no verb
    if t.low in ("come", "came", "comes") and k + 2 < len(after) and after[k + 1].low == "to" and after[k + 2].low == "light":
        return after[k + 2].end
    progressive = k > j and after[k - 1].low in BE  # "rumours have been circulating", "reports are emerging"
    if t.low not in forms or (t.low.endswith("ing") and not progressive and (k > j or forms[t.low] not in _GOING_ROUND)):
        return None  # "emerging markets"; "footage circulating online" is a reduced relative
    if forms[t.low] == "emerge" and k + 1 < len(after) and after[k + 1].low == "from":
        return None  # "emerged from the tunnel": a physical emergence
    return t.end


# round 123: past participles of passing material round, and what may follow them in a reduced
# relative ("shared widely", "posted online", "uploaded to a forum", "forwarded among staff")
_PASSED_ROUND = frozenset("shared posted uploaded forwarded reposted reshared".split())
_PASSED_WHERE = frozenset("online on in across via among to around between".split())


# views and complaints that are put forward: "concerns have been raised", "criticism was levelled"
_VOICED = frozenset("concern fear criticism allegation claim complaint suggestion".split())


def _raised(after: list[Token], j: int) -> int | None:
    """End of an agentless passive of a raising verb after the phrase ("have been raised",
    "were voiced", "has repeatedly been expressed"), or ``None``: a by-agent names who raised
    it ("raised by residents"), and a modal raises nothing yet ("could be raised")."""
    k = j
    saw_be = False
    while k < len(after) and k < j + 4 and (after[k].low in HAVE or after[k].low in BE or is_adverb(after[k])):
        saw_be = saw_be or after[k].low in BE
        k += 1
    if not saw_be or k >= len(after) or after[k].low not in lx.forms("raising-verbs", lx.PARTICIPLE):
        return None
    if k + 1 < len(after) and after[k + 1].low == "by":
        return None
    return after[k].end


# verbs and predicates by which a view is said to spread: "speculation is mounting", "fears grew"
_GROWING = frozenset("grow grows grew grown growing mount mounts mounted mounting build builds built building "
                     "intensify intensifies intensified intensifying rise rises rose risen rising".split())
_SPREAD_WIDE = frozenset(("rife", "widespread", "rampant"))
# round 168: verbs of talk going round or staying about, read as the verbs of growth are
# ("rumours abound that the band will reunite", "rumours swirled that", "whispers persist that")
_TALK_ABOUND = frozenset("abound abounds abounded abounding swirl swirls swirled swirling persist persists "
                         "persisted persisting circulate circulates circulated circulating".split())
_SPREAD_PLACE = frozenset(("in", "among", "across", "around", "within", "inside", "at"))


def _grown(after: list[Token], j: int) -> int | None:
    """End of a verb of growth ("is mounting", "grew", "have been building") or of a
    predicate of spread ("is rife") after the phrase, when a that-clause follows at once: the
    claim the view is about ("speculation grew that he would quit"). Without the clause
    ("fears grew", "concern is mounting over the cost") nothing is claimed."""
    k = j
    saw_be = False
    while k < len(after) and k < j + 4 and (after[k].low in HAVE or after[k].low in BE or is_adverb(after[k])):
        saw_be = saw_be or after[k].low in BE
        k += 1
    # a short phrase of place or group may stand between the verb and its clause ("speculation
    # has grown in the capital that", "talk is mounting among traders that"): up to four words
    # after one preposition, with no verb or comma among them
    c = k + 1
    if c < len(after) and after[c].low in _SPREAD_PLACE:
        c += 1
        while c < len(after) and c < k + 6 and after[c].word and after[c].low != "that" and after[c].low not in AUX:
            c += 1
    if c >= len(after) or after[c].low != "that":
        c = k + 1
    if c >= len(after) or after[c].low != "that":
        return None
    t = after[k]
    if (t.low in _GROWING or t.low in _TALK_ABOUND) and (saw_be or not t.low.endswith("ing")):
        return t.end
    if t.low in _SPREAD_WIDE and saw_be:
        return t.end
    return None


# round 137: nouns of talk going round (not moods: "fear", "concern") whose spread alone, with
# their content in an of/about phrase, reports the talk ("rumours of a merger have grown")
_RUMOURS = frozenset("speculation rumour rumor whisper".split()) | lx.lemmas("murmured-hearsay")
_ABOUT = frozenset(("of", "about", "over", "surrounding"))


def _grown_about(after: list[Token]) -> int | None:
    """End of a verb of growth after the noun's content phrase, with no that-clause
    ("[speculation] about his future has intensified", "[murmurs] in the peloton about his
    form have grown louder"), or ``None``. The content phrase (of/about/over/surrounding, up
    to eight words, after an optional place phrase) must come first: without it ("rumours
    grew") the talk says nothing; a comma or a verb inside it ends the look."""
    k = 0
    if k < len(after) and after[k].low in _SPREAD_PLACE:
        k += 1
        while k < len(after) and k < 5 and after[k].word and after[k].low not in _ABOUT and after[k].low not in AUX:
            k += 1
    if k >= len(after) or after[k].low not in _ABOUT:
        return None
    start = k
    k += 1
    while (k < len(after) and k < start + 9 and after[k].word and after[k].low not in AUX
           and after[k].low not in _GROWING and after[k].low != "that"):
        k += 1
    if k >= len(after) or k == start + 1:
        return None
    v = k
    saw_be = False
    while v < len(after) and v < k + 4 and (after[v].low in HAVE or after[v].low in BE or is_adverb(after[v])):
        saw_be = saw_be or after[v].low in BE
        v += 1
    if v >= len(after) or after[v].low not in _GROWING or (after[v].low.endswith("ing") and not saw_be):
        return None
    if v + 1 < len(after) and after[v + 1].low == "that":
        return None  # (the that-clause frame above reads it)
    return after[v].end


# participles by which a clause names who made or released the material, attached right after
# its emergence: "footage has emerged, released by the fire service, showing ..."
_MAKING = frozenset(
    "released filmed shot recorded taken captured published posted shared uploaded issued "
    "obtained provided supplied leaked made produced compiled".split()
)
# words that name a person after an indefinite agent: "a passer-by named as Tom Reid"
_NAMING = frozenset(("named", "identified", "called"))


def _maker_named(after: list[Token], emerged: int) -> bool:
    """Is the emergence at ``emerged`` followed by a participle and "by" naming an agent
    ("has emerged, released by the fire service", "filmed by a passer-by named as Tom Reid")?
    GUIDELINES.md: a named source in the sentence clears vague provenance. The agent must be
    named or identified: a capitalised name, "the" or a possessive before an institution
    ("the fire service", "its club"), or an indefinite person with a name given. "By a source",
    "by activists", "by users", "posted online" identify nobody, and still warn."""
    k = next((i for i, t in enumerate(after) if t.start >= emerged), len(after))
    if k < len(after) and after[k].text == ",":
        k += 1
    if k + 2 >= len(after) or after[k].low not in _MAKING or after[k + 1].low != "by":
        return False
    return _named_agent(after, k + 2)


def _named_agent(after: list[Token], k: int) -> bool:
    """Does the agent phrase at ``after[k]`` name or identify its maker (see _maker_named)?"""
    first = after[k]
    if not first.word:
        return False
    if first.capitalised:
        return True  # "by Reuters", "by Tom Reid"
    if first.low in ("the", "its", "their", "his", "her"):
        n = k + 1
        while n < len(after) and n < k + 5 and after[n].word:
            if after[n].capitalised:
                return True  # "by the Harbour Fire Service"
            head = after[n].low
            if head in INSTITUTIONS or head in _MASTHEADS or (head.endswith("s") and head[:-1] in INSTITUTIONS):
                return True  # "by the fire service", "by the ministry", "by their club"
            n += 1
        return False
    if first.low in ("a", "an"):
        n = k + 1
        while n < len(after) and n < k + 5 and after[n].word:
            if after[n].low in _NAMING and n + 1 < len(after) and (
                    after[n + 1].capitalised or (after[n + 1].low == "as" and n + 2 < len(after) and after[n + 2].capitalised)):
                return True  # "by a passer-by named as Tom Reid"
            n += 1
        return False
    return False


# what material going round does when the story relays its words: "a post circulating online claims"
_RELAYING = frozenset(("say", "claim", "allege", "warn", "tell"))


def _relayed(text: str, after: list[Token], emerged: int) -> bool:
    """Is the emergence at ``emerged`` an -ing reduced relative ("a message circulating on
    WhatsApp") whose phrase is then the subject of a verb of saying ("says", "claims")? The
    clause reports the material's words as a claim, not its content as fact ("footage
    circulating online shows" stays)."""
    if text[emerged - 3 : emerged] != "ing":  # a slice of three letters, not of the text
        return False
    telling = lx.forms("source-verbs", lx.FINITE)
    for t in after:
        if t.start < emerged:
            continue
        if not t.word:
            return False
        if telling.get(t.low) in _RELAYING:
            return True
    return False


_LEFT_WORDS = frozenset("according per amid amidst despite after following there by in from".split())
_FRAMING = frozenset("according to per by in from after following amid amidst despite with".split())
_RIGHT_WORDS = frozenset("that of about over seen has have had holds says tells".split())


def _worth_parsing(text: str, hs: int, he: int) -> bool:
    """A cheap look before the phrase is parsed: a frame word just before it or right after
    it, or an evidential or emergence verb among the next words."""
    if determined(text, hs) and text[hs:he].lower() not in _LORE:
        return False  # "the report", "the ministry's study": identified before or by its owner
    if governed(text, hs, _FRAMING):
        return False  # "the findings of studies", "a link to reports"
    ahead = words_after(text, he)
    if (ahead and ahead[0] in _RIGHT_WORDS) or not _LEFT_WORDS.isdisjoint(words_before(text, hs, 4)):
        return True
    if text[hs:he].lower() == "estimates" and "with" in words_before(text, hs, 3):
        return True  # "with some estimates reaching": the absolute frame of figures
    if ahead and ahead[0] in _PLACE_PREPOSITIONS and "it" in ahead:
        return True  # round 142: "murmurs in the hall had it that" (`_place_then_has_it`)
    return not _ahead_words().isdisjoint(ahead)


@cache
def _ahead_words() -> frozenset[str]:
    """An evidential or emergence verb, or "light" ("came to light"): the next words that make
    a report noun worth parsing (one set, for a set test in C)."""
    return (frozenset(lx.forms("evidential-verbs", lx.FINITE + lx.PARTICIPLE)) | frozenset(lx.forms("emergence-verbs"))
            | frozenset(lx.forms("raising-verbs", lx.PARTICIPLE)) | {"light", "rounds"} | _GROWING | _TALK_ABOUND | _SPREAD_WIDE)


# review 138: the frames that make "accounts" a telling whatever its modifier ("according to
# current accounts", "By some early accounts,"): "current" is a bank's product and the present
# time both, and the money sense (round 173, money-account-kinds) never follows these frames
_TELLING_FRAME = LazyRegex(r"(?i)(?:\baccording\s+to|(?:^|[.!?,\n]\s*)by)\s+$")


def _people_verb(np: NounPhrase, low: str, lemma: str) -> bool:
    """Round 180: is the singular report noun ``low`` the plain present of a verb whose subject
    is a bare plural of people right before it ("Insiders claim the treasurer warned ...",
    "Neighbours claim the van had ...")? English compounds take their modifier in the
    singular ("an insider claim", "a resident survey"); a plural of people (word classes
    ``source-nouns``, ``group-speakers``) with no determiner before a form that is also a
    verb is that verb's subject. Read as a document ("which claim?"), the phrase hid the
    group nobody names, which the unnamed-source reading warns of. "Sales report", "news
    report" (no people) and "the residents' survey" (an owner) stay nouns."""
    if low != lemma or np.det is not None or np.possessive is not None or len(np.mods) != 1:
        return False
    mod = np.mods[0].low
    if mod not in lx.plural_nouns("source-nouns") and mod not in lx.plural_nouns("group-speakers"):
        return False
    return low in lx.forms("source-verbs", ("VBP",))


def unnamed_document(text: str, hs: int, he: int, where: Bounds) -> Cue | None:
    """Vague provenance around the document or hearsay noun ``text[hs:he]``."""
    low = text[hs:he].lower()
    lemma = lx.forms("report-nouns", lx.NOUN).get(low)
    if lemma is None:
        return None
    if not _worth_parsing(text, hs, he):
        return None
    clause = asserted_clause(text, hs, he, where)
    if clause is None:
        return None
    before, after, lo, _ = clause
    head = Token(text[hs:he], low, hs, he)
    np = noun_phrase(before, head, frozenset(lx.forms("evidential-verbs", lx.FINITE)) | _STIRRING)
    lore = lemma in _LORE
    if (np.definite and not (lore and np.det is not None and np.det.low == "the")) or np.possessive is not None:
        return None  # "the study", "the ministry's report": identified before or by its owner
    if any(m.capitalised and not _sentence_initial(before, m) for m in np.mods):
        return None  # "a Reuters poll", "Gallup surveys": the publisher is named
    if _people_verb(np, low, lemma):
        return None  # round 180: "Insiders claim the treasurer warned": the group's verb
    if any(m.low in INSTITUTIONS or m.low in _SCANT for m in np.mods):
        return None  # "court documents", "police reports": a public record of a named kind
    if (lemma == "account" and any(m.low in lx.forms("money-account-kinds") for m in np.mods)
            and _TELLING_FRAME.search(text, max(0, np.start - 20), np.start) is None):
        # round 173: "from some retirement accounts": money held, no story told (review 138:
        # the class's forms untagged, a modifier's "expenses" is a plural-only entry)
        return None
    plural = low != lemma or low in lx.plural_nouns("report-nouns")
    # a singular count noun with no determiner: a headline ("Study finds") or a modifier
    headline = not plural and np.det is None and not np.mods and lemma not in _MASS
    # "a research note by JLL", "a survey report from X": a mass noun after "a" modifies the
    # next noun, the document's head, so the words naming its author come one word later
    compound = int(lemma in _MASS and np.det is not None and np.det.low in ("a", "an")
                   and bool(after) and after[0].word and not after[0].capitalised)
    identified, j = _identified_after(after, compound, lemma in _NEWS_HEARSAY)
    judged = _judging_by(before, np.after) if plural and (np.det is None or np.det.low in QUANTIFIER_HEADS) else None
    if judged is not None and (not identified or _crowd_after(after)):
        # round 153: an inference drawn from material nobody vouches for, a bare or
        # indefinite plural after "judging by" or "going by" ("judging by posts from
        # passengers", "going by photos readers have sent us"); "judging by the queues" reads
        # the writer's own sight, and "the photos", "her posts" are identified (above)
        return Cue(judged, he, _message(text[judged:he], lemma, "accounts"), head=lemma, branch="provenance:judging")
    if identified and lemma in _RUMOURS and lemma not in _NEWS_HEARSAY and _talk_placed(after):
        identified = False  # round 171: "there is speculation at Westminster that": a place, no outlet
    if identified:
        return None
    if (lemma in _NARRATIVES and len(after) > 2 and after[0].low == "of"
            and after[1].low in ("the", "this", "that", "these", "those") and after[2].low in _SHARED_MATERIAL):
        # "Other versions of the post claim the mall is in Houston": copies of the material
        # under check, relayed to be tested; which copies is worth a hint
        return Cue(np.start, after[2].end, _message(text[np.start : after[2].end], lemma, "relayed"),
                   head=lemma, branch="provenance:relayed-copy", severity="info")
    if (len(after) > 1 and after[0].low in _ORGANISATIONS
            and any(t.capitalised for t in after[1:3])):
        return None  # "according to research firm IDC": the noun modifies a named organisation
    k = np.after
    while k < len(before) and before[k].word and before[k].low in ("also", "still", "now", "however", "even"):
        k += 1  # "there is also a claim"
    t_before = before[k] if k < len(before) else None
    t_before2 = before[k + 1] if k + 1 < len(before) else None
    # "there have been suggestions that": the existential's "be" in the perfect, "have" between
    # it and "there" (read as "there were suggestions that")
    there = _existential_there(before, k)
    def cue(start: int, end: int, frame: str) -> Cue:
        return Cue(start, end, _message(text[start:end], lemma, frame), head=lemma, branch=f"provenance:{frame}")
    # according to reports / one estimate; round 178: "as per reports", its Indian and West
    # African synonym ("as per tradition" is a custom kept, no telling: lore is left out)
    if t_before is not None and t_before2 is not None and (
            (t_before.low == "to" and t_before2.low == "according")
            or (t_before.low == "per" and t_before2.low == "as" and lemma not in _LORE)):
        if np.det is not None and np.det.low not in INDEFINITE and not lore:
            return None
        if lemma in _LEGAL and any(m.low in _COURT_FILINGS for m in np.mods):
            # "according to a criminal complaint": the prosecution's filing in the case the
            # story reports, a record of a named kind (court copy: a hint, as for "allegedly")
            return cue(t_before2.start, he, "according")._replace(severity="info")
        if _addressed(after):
            # "according to a report to councillors", "a paper to the board": a body's own
            # paper, put before its members; who wrote it is worth a hint (round 86)
            return cue(t_before2.start, after[1].end, "according")._replace(severity="info", branch="provenance:according:addressed")
        if _circulated(after) and lemma not in _NEWS_HEARSAY:
            # "according to messages shared in a Facebook group", "a video posted online": the
            # place it went round is given, not who made it (a described source: a hint)
            return cue(t_before2.start, he, "according")._replace(severity="info", branch="provenance:according:circulated")
        return cue(t_before2.start, after[0].end if compound else he, "according")
    # by most accounts, in some versions
    if (lemma in _ACCOUNTS and np.det is not None and np.det.low in QUANTIFIER_HEADS | {"all", "one"}
            and t_before is not None and t_before.low in ("by", "in", "from")):
        return cue(t_before.start, he, "accounts")  # (round 153: "by one estimate", "in one version")
    # amid reports that, despite complaints
    if t_before is not None and t_before.low in _CIRCUMSTANCE and lemma in _HEARSAY and (np.det is None or np.det.low in INDEFINITE):
        nxt = after[0].low if after else ""
        if lemma == "complaint" and low == lemma and t_before.low in _AFTERWARDS and nxt not in _THAT:
            # "was suspended following a complaint", "stopped the song after complaint from a
            # parent": one complaint lodged, an event that set off what the story reports, not
            # a view going round ("despite complaints", "amid complaints that" stay)
            return None
        if lemma in _THAT_ONLY and nxt != "that":
            return None
        if lemma == "report" and t_before.low in _AFTERWARDS and _dispatched(left(text, t_before.start, lo, 120)):
            # "Officers were called to the shop following reports that two men had threatened
            # staff": the reports are the calls that sent the emergency services, whose account
            # the story gives; which calls is worth a hint, no more (round 85)
            end = after[0].end if nxt in _THAT else he
            return Cue(t_before.start, end, f"'{text[t_before.start:end]}': reported by whom? The reports sent the "
                       "emergency services out: say whose account this is.", head=lemma,
                       branch="provenance:dispatch", severity="info")
        if nxt in _THAT or (lemma in _BARE_OK and (not after or not after[0].word or nxt in ("from", "in", "and", "among"))):
            if nxt == "from" and len(after) > 1 and (after[1].capitalised or after[1].low == "the"):
                return None  # "despite complaints from the union": it names who complained
            end = after[0].end if nxt in _THAT else he
            return cue(t_before.start, end, "circumstance")
        if t_before.low not in CONJUNCTIONS or _emergence(text, after, j) is None:
            return None
        # "after reports surfaced that": "after" opens a clause whose subject is the hearsay
        # and whose verb its emergence; the emergence frame below reads it
    if (lemma in _THAT_ONLY and low != lemma and np.det is None and after and after[0].low == "that"
            and t_before is not None and t_before.low in _STIRRING and _event_subject(before, k + 1)):
        # "the attack raised fears that": a view stirred in nobody named
        return cue(t_before.start, after[0].end, "circumstance")
    raised = _raised(after, j) if lemma in _VOICED and (np.det is None or np.det.low in INDEFINITE) else None
    if raised is not None and _clause_start(before, np.after):
        # "Concerns have been raised about ...", "fears were voiced that ...": a view put forward
        # in an agentless passive, nobody named as holding it (an agent names them)
        return cue(np.start, raised, "raised")
    # (at the words right after the noun too: "speculation grew that ..." is read above as the
    # noun's own that-clause, which it is not when a verb comes first)
    grown = (_grown(after, j) or _grown(after, 0)
             if lemma in _HEARSAY and (np.det is None or np.det.low in INDEFINITE) else None)
    if grown is not None and _clause_start(before, np.after):
        # "speculation is mounting that ...", "fears grew that ...", "rumours are rife that
        # ...": a view said to spread, its that-clause the claim, nobody named as holding it
        return cue(np.start, grown, "grown")
    if (grown is None and lemma in _RUMOURS and (np.det is None or np.det.low in INDEFINITE)
            and (bare := _grown_about(after)) is not None and _clause_start(before, np.after)):
        # round 137: "speculation about his future has intensified", "rumours of a merger have
        # grown": talk said to spread, its content in the noun's own of/about phrase, nobody
        # named as talking ("fears grew", "concern is mounting over the cost" are moods, no talk)
        return cue(np.start, bare, "grown")
    if lemma in _CIRCUMSTANCE_ONLY:
        return None  # "fears grew", "there are fears that" (the passive rule's): not this frame
    # there are reports that, there is evidence that, there were rumours last year that
    t = time_phrase_then_that(after)
    if there is not None and not t and lemma in _HEARSAY:
        # round 115: "there is speculation in the capital that"; round 140: talk going round
        # (_RUMOURS) with its content in an about/over phrase after the place ("there are
        # murmurs among the players about the new coach")
        t = _place_then_that(after, _PLACE_CONTENT if lemma in _RUMOURS else _THAT_ONLY_WORD)
    if (there is not None
            and (lemma in _HEARSAY or lemma == "evidence") and t < len(after)
            and after[t].low in _THAT | {"suggesting", "indicating", "showing"}):
        return cue(there.start, he if t else after[0].end, "existential")
    if (there is not None
            and lemma in _TOLD and np.det is None and len(after) > 1 and after[0].low in _CLAUSE_SUBJECTS
            and after[1].low in AUX):
        # "there was speculation it could have sunk", "there were reports he had fled": the
        # that-less clause of the hearsay, its verb chain opened by an auxiliary ("there is a
        # report on the desk" has none; "a report it sent" is a relative clause)
        return cue(there.start, he, "existential")
    if lemma in _NEWS_HEARSAY and np.det is None and len(after) > 1 and after[0].low in _HAS_IT and after[1].low == "it":
        # "rumour has it (that)": the idiom of "legend has it"; round 178: the plural and the
        # past too ("reports have it that", "rumours had it that")
        return cue(np.start, after[1].end, "lore")
    if lemma in _RUMOURS and np.det is None:
        # round 142: the same idiom with the place the talk goes round in, in any tense, its
        # clause after ("murmurs in the hall had it that", "whispers around the club have it
        # that"): bare talk nouns only ("the rumour in the report had it wrong" has no clause)
        k = _place_then_has_it(after)
        if k:
            return cue(np.start, after[k].end, "lore")
    # legend has it, tradition holds
    if lemma in _LORE and after and after[0].low in ("has", "holds", "says", "suggests", "maintains", "tells"):
        if after[0].low != "has" or (len(after) > 1 and after[1].low == "it"):
            return cue(np.start, after[1].end if after[0].low == "has" else after[0].end, "lore")
    boundary = _clause_start(before, np.after)
    # footage has emerged, reports surfaced, documents seen by
    emerged = _emergence(text, after, j) or _passed_round(after) or _doing_rounds(after)
    if emerged is not None and boundary and _maker_named(after, emerged):
        return None  # "footage has emerged, released by the fire service": its maker is named
    if emerged is not None and boundary:
        if _relayed(text, after, emerged) and lemma not in _NEWS_HEARSAY:
            # (round 115: "reports circulating on Sunday said a student had died" is hearsay
            # relayed as news, not material quoted to be tested: the warning stays)
            # "a message circulating on WhatsApp says ...": the material speaks, and the story
            # reports what it says as its claim (a fact check quotes it to test it): a hint
            return cue(np.start, emerged, "emerged")._replace(severity="info", branch="provenance:emerged:relayed")
        return cue(np.start, emerged, "emerged")
    if j < len(after) - 1 and after[j].low == "seen" and after[j + 1].low == "by" and lemma not in _VISUAL:
        return cue(np.start, after[j + 1].end, "seen-by")
    estimates = lemma in _FIGURES and plural and (np.det is None or np.det.low in _SOME_OF_MANY)
    if (estimates and t_before is not None and t_before.low == "with" and after and after[0].word
            and (after[0].low.endswith("ing") or after[0].low in ("as", "of", "above", "near"))):
        # "with some estimates reaching 30,000", "with estimates as high as": figures nobody is
        # named as making, set beside the claim as its measure
        return cue(t_before.start, he, "estimates")
    # studies show, research suggests
    if lemma in _VISUAL or lemma in _LORE or lemma in _LEGAL or not boundary:
        return None
    if np.det is not None and np.det.low not in INDEFINITE:
        return None
    if headline:
        return None
    verb = _evidential(after, j)
    if verb is None:
        return None
    reported = t_before is not None and t_before.low in lx.forms("source-verbs", lx.FINITE)
    told = lemma in _NEWS_HEARSAY or (lemma in _NARRATIVES and np.det is not None and np.det.low in _SOME_OF_MANY)
    if (told and not reported
            and lx.forms("evidential-verbs", lx.FINITE + lx.PARTICIPLE).get(verb.low) in _TELLING):
        # "reports say", "some reports said", "rumours suggest": news nobody is named as
        # giving, the hearsay of GUIDELINES.md ("reports have surfaced"), not a study cited;
        # in the clause of a speech verb ("X, said reports say") the speaker relays it: a hint
        return cue(np.start, verb.end, "evidential")
    if estimates and lx.forms("evidential-verbs", lx.FINITE + lx.PARTICIPLE).get(verb.low) not in _SPREAD:
        # "estimates suggest", "some estimates put the toll at": figures, not a study to link
        # to; whose they are is the whole of their worth ("estimates range from 2,000 to
        # 9,000" tells how far apart they are, and stays a hint)
        return cue(np.start, verb.end, "estimates")
    # "a 2019 study found", "studies have shown", "research suggests": on a web page the words
    # are usually the link to the study, which plain text loses. A hint to name it in the text.
    return cue(np.start, verb.end, "evidential")._replace(severity="info")


# verbs by which the emergency services are sent out or answer a call: "officers were called
# to", "crews were sent", "paramedics attended", "firefighters responded"
_DISPATCH = frozenset("called sent dispatched scrambled deployed summoned alerted".split())  # passive only
_ANSWERED = frozenset("attended responded rushed".split())


# members of a deliberating body a paper is put before ("a report to councillors")
_BODY_MEMBERS = frozenset(
    "councillors councilors members trustees governors directors shareholders ministers mps senators "
    "lawmakers legislators commissioners regulators".split()
)
# participles of material going round, before the place it went round in
_CIRCULATED = frozenset("shared posted circulated circulating uploaded".split())


def _addressed(after: list[Token]) -> bool:
    """Is the document addressed to a body or its members ("a report to councillors", "a
    report to the board", "a report to Parliament")? Then it is the body's own paper."""
    if len(after) < 2 or after[0].low != "to":
        return False
    k = 2 if after[1].low == "the" and len(after) > 2 else 1
    head = after[k]
    return head.word and (head.low in _BODY_MEMBERS or head.low in INSTITUTIONS
                          or (k == 1 and head.capitalised and head.low not in ("a", "an")))


def _circulated(after: list[Token]) -> bool:
    """Does the document's phrase go on with a participle of circulation and an online place
    ("shared in a Facebook group", "posted online", "circulated on social media")? Only a place
    online: material going round among people ("documents circulated among staff") is as unnamed
    as any (round 34's pair), and a room or a town says nothing of who made it either."""
    if len(after) < 2 or after[0].low not in _CIRCULATED:
        return False
    if after[1].low == "online":
        return True
    if after[1].low not in ("in", "on", "across", "via"):
        return False
    return any(t.low in _ONLINE_PLACES or (t.capitalised and t.low not in ("a", "an", "the"))
               for t in after[2:6])


# the places online material goes round in ("on social media", "in a WhatsApp group": a
# platform's name is capitalised)
_ONLINE_PLACES = frozenset(
    "online internet web website websites site sites forum forums chat chats channel "
    "channels platform platforms app apps media feed feeds account accounts page pages".split()
)


def _dispatched(before: list[Token]) -> bool:
    """Does the clause ending at ``before`` (nearest token first) tell of a dispatch ("Officers
    were called to the shop at 3pm following ...")? Read back over its words, up to a mark of
    punctuation (the place and time of a call run long: a wider reach than the phrase's)."""
    for n, t in enumerate(before[:16]):
        if not t.word:
            return False
        if t.low in _ANSWERED or (t.low in _DISPATCH and n + 1 < len(before) and before[n + 1].low in BE):
            return True  # "paramedics attended", "officers were called" ("called a meeting" is no dispatch)
    return False


def _event_subject(before: list[Token], i: int) -> bool:
    """Is the subject left of the verb at ``before[i - 1]`` an event or a thing ("the attack",
    "the bloodshed", "the ruling"), not someone who holds the view ("the senator raised
    concerns that", "Smith raised fears", "the union", "she")? Read off the word before the
    verb: a lowercase noun that is no person, group or institution, after "the" or "this"."""
    while i < len(before) and (before[i].low in HAVE or before[i].low in MODAL or is_adverb(before[i])):
        i += 1  # "the ruling has sparked", "the attack may have raised"
    if i >= len(before) or not before[i].word:
        return False
    head = before[i]
    if (head.capitalised or head.low in _PERSONAL or head.low in INSTITUTIONS
            or head.low in lx.forms("source-nouns", lx.NOUN) or head.low.endswith(("'s", "s'", "er", "ers", "or", "ors", "ist", "ists"))):
        return False
    det = before[i + 1] if i + 1 < len(before) else None
    return det is not None and det.low in ("the", "this", "that", "its", "their", "a")


def _sentence_initial(before: list[Token], tok: Token) -> bool:
    """Is ``tok`` the first word of its sentence or clause (capitalised for that reason)?"""
    idx = next((i for i, t in enumerate(before) if t.start == tok.start), None)
    return idx is not None and (idx + 1 >= len(before) or not before[idx + 1].word)


# round 115: a place between the existential's hearsay noun and its that-clause ("there is
# speculation in the capital that", "there were rumours among staff that") says where it goes
# round, not who holds it; a body ("in the ministry") or a capitalised name after "the" ("in the
# Gazette") names its holder or outlet and is left
# round 171: "at" too ("there is speculation at the club that", "at Westminster that")
_PLACE_PREPOSITIONS = frozenset(("in", "among", "across", "around", "at"))


def _talk_placed(after: list[Token]) -> bool:
    """Round 171: do the words after talk's noun place it in a capitalised place with no
    article, then open its that-clause ("[speculation] at Westminster that", "in Brussels
    that")? Speculation and murmurs go round a place; they are not published in it, so the
    capital is where the talk is, not an outlet or a research body ("a study in Pediatrics",
    "research at MIT" keep their reading: the caller asks this of talk nouns only). An
    institution's word ("at Chelsea Football Club") or an article ("in the Times") is left."""
    if len(after) < 3 or after[0].low not in ("in", "at"):
        return False
    k = 1
    while k < len(after) and k <= 3 and after[k].word and after[k].capitalised and after[k].low not in INSTITUTIONS:
        k += 1
    return 1 < k < len(after) and after[k].low == "that"


_THAT_ONLY_WORD = frozenset(("that",))
_PLACE_CONTENT = frozenset(("that", "about"))  # (not "of": "in the town of Harbury" is a place; not
# "over": "speculation in the press over the weekend" is a time)


_HAS_IT = frozenset(("has", "had", "have"))


def _place_then_has_it(after: list[Token]) -> int:
    """Index of the "it" of "has/had it that" after a place phrase of one to four lower-case
    words at ``after[0]`` ("[murmurs] in the hall had it that"), or 0: the place read as
    :func:`_place_then_that` reads it (a capitalised or institutional place, "in Parliament",
    is a forum, left to the rule's other readings)."""
    k = _place_then_that(after, _HAS_IT)
    if not k or k + 2 >= len(after) or after[k + 1].low != "it" or after[k + 2].low != "that":
        return 0
    return k + 1


def _place_then_that(after: list[Token], content: frozenset[str] = _THAT_ONLY_WORD) -> int:
    """Index of the "that" (or another word of ``content``) after a place phrase of up to four
    words at ``after[0]`` (0 when there is none)."""
    if not after or after[0].low not in _PLACE_PREPOSITIONS:
        return 0
    k = 1
    while k < len(after) and k <= 5 and after[k].word and after[k].low not in content:
        k += 1
    if k < 2 or k >= len(after) or after[k].low not in content:
        return 0
    pp = after[1:k]
    lower = all(not w.capitalised for w in pp) and not any(w.low in INSTITUTIONS for w in pp)
    return k if lower or placed_only(pp) else 0


def _existential_there(before: list[Token], k: int) -> Token | None:
    """The "there" of an existential whose "be" is ``before[k]`` ("there are", "there have been")."""
    if k >= len(before) or before[k].low not in BE:
        return None
    n = k + 1
    if before[k].low == "been" and n < len(before) and before[n].low in ("has", "have", "had"):
        n += 1  # "there have been reports that", "there had been rumours that"
    return before[n] if n < len(before) and before[n].low == "there" else None


def _judging_by(before: list[Token], i: int) -> int | None:
    """Where "judging by" or "going by" starts right before the phrase (``before[i]`` the word
    before it), or ``None``."""
    if i + 1 < len(before) and before[i].low == "by" and before[i + 1].low in ("judging", "going"):
        return before[i + 1].start
    return None


def _crowd_after(after: list[Token]) -> bool:
    """A from-phrase of a bare plural of people after the phrase ("posts from passengers"): a
    crowd, no source, though ``_identified_after`` reads "from" and a word as an origin."""
    return (len(after) > 1 and after[0].low == "from" and after[1].word and not after[1].capitalised
            and after[1].low not in DEFINITE and after[1].low.endswith("s"))


def _clause_start(before: list[Token], i: int) -> bool:
    k = i
    while k < len(before) and before[k].word and is_adverb(before[k]):
        k += 1
    if k >= len(before):
        return True
    t = before[k]
    if not t.word:
        return t.text in CLAUSE_MARKS
    return t.low in CONJUNCTIONS or t.low in lx.forms("source-verbs", lx.FINITE) or t.low in ("that", "what")


def _message(cue: str, lemma: str, frame: str) -> str:
    if frame == "grown":
        return f"'{cue}': whose {lemma}? A view said to spread, with nobody holding it: say who holds it."
    if frame == "raised":
        return f"'{cue}': raised by whom? An agentless passive hides who holds this {lemma}: say who raised it."
    if frame in ("emerged", "seen-by"):
        return (f"'{cue}': from where? Material of unstated origin: say who released, obtained "
                "or verified it.")
    if lemma in _CIRCUMSTANCE_ONLY:
        return f"'{cue}': whose {lemma}? A view with nobody holding it: say who holds it, or how many do."
    if frame == "relayed":
        return (f"'{cue}': posted where, and by whom? Copies of the material under check: say where "
                "they were shared.")
    if frame == "lore":
        return f"'{cue}': whose {lemma}? Say who tells it, or present it as a story, not a fact."
    return (f"'{cue}': which {lemma}? A document or study nobody names: say who produced or "
            "published it.")
