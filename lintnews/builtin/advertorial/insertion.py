"""Inserted lines found by their voice and their break from the story, not by their class.

The advertorial judge (:mod:`lintnews.builtin.advertorial`) knows insertions by their class:
an appeal's words, a plug's, a disclosure's. Rounds 24-27 added classes from tuning sets and
the held-out halves never moved: the insertions a new writer makes are of classes nobody
listed. What every insertion shares is not its words but two facts a boilerplate remover
measures:

(a) **voice**: it speaks for the outlet or to the reader about something other than the
    story: a command to the reader to read, listen, follow, subscribe, support, share, tap,
    download or buy (``advertorial/reader-acts``), such a verb with the reader ("you") or
    the outlet ("we", "our", "us"), or the outlet's own products ("our newsletter", "our
    series": ``advertorial/outlet-nouns``);
(b) **break**: it has little to do with the story around it: few of its content words occur
    in the rest of the article (lexical cohesion), and it sits at a paragraph's edge (its own
    line, or glued to a story sentence at a sentence seam), where a paste lands.

Either alone is common in news (a story quotes a command, an advice paragraph says "you",
a new topic opens a paragraph); both together are a warning. Every threshold was fixed on the
pooled tuning sets (news-dev, advert-dev and three writers' tuning halves). Each piece of
evidence is a small function that returns its reason, as ``lintnews explain`` gives one.

The pass runs once per document as the code rule ``advertorial/insertion``; it reads only
the first and last sentence of each paragraph, and measures cohesion only when a sentence
has the voice (most documents have none). Lines the advertorial judge already reported at a
warning are left to it (the rule ``defers``: the filters stage drops this rule's finding where
another advertorial rule warns on the same words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from lintnews.builtin.advertorial.promo_voice import caution
from lintnews.builtin.advertorial.services import public_service_line
from lintnews.builtin.advertorial.steps import numbered_step
from lintnews.model.diagnostic import Finding, Severity
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document, Sentence
    from lintnews.model.rule import Rule
    from lintnews.readers import Block

RULE_ID = "advertorial/insertion"
MESSAGE = "Line that speaks to the reader about the outlet and breaks from the story around it (an inserted plug?)."
SUGGESTION = "Remove the inserted line from the article body if it is not part of the story."

# the most of a line's content words that may occur elsewhere in the article for it to break
# from the story (fixed on the pooled tuning sets' misses and their clean look-alikes)
MAX_SHARED = 0.25
MIN_COHERENCE = 0.05  # the share of the surrounding paragraphs' words that recur among them
MIN_CONTENT = 3  # content words a line needs for its cohesion to be measured
MIN_STORY = 20  # content words the rest of the article needs to be a story to break from
ARTICLE = 400  # paragraphs (lines, in plain text): a text of at most this many is one article, and all of it is the story
REACH = 10  # paragraphs each way that are the article around a line in a longer text (texts run together)
LONGEST = 320  # characters: a longer sentence is the story's prose, not a paste

_WORD = LazyRegex(r"[^\W\d_][\w'’-]*")
_CLAUSE_START = LazyRegex(r"(?:^|[:;?!]\s+|\s[-–—]\s+|^(?:for|to)\b[^,:;]{1,60},\s+)", re.IGNORECASE)
_OUR = LazyRegex(r"\bour\b", re.IGNORECASE)
# in the words after a command's verb, a finite verb shows the verb was a noun heading the
# subject ("Support for the plan grew", "Report was published"); "of" right after it, a noun
_FINITE = frozenset(
    "is was are were has had have will would can could may might should said says grew rose fell "
    "came went shows showed found finds".split()
)
_FINITE_REACH = 4  # words after the verb in which a finite verb is looked for
# round 42: after a preposition the noun's phrase may run longer than _FINITE_REACH words ("Support
# for 32-bit ARM boards has been dropped"): the finite verb is looked for to the clause's end, which
# a mark, a conjunction of clauses, a relative word or a pronoun closes, so that a command's clause
# keeps its own ("Sign up for the newsletter, which is free", "Listen to the show where you can ...");
# "and" and "or" join nouns too ("older phones and tablets") and close nothing
_PREPOSITIONS = frozenset("for to from with in on at about".split())
_CLAUSE_END = LazyRegex(
    r"[,;:.!?()\u2013\u2014]|\b(?:but|so|which|that|who|where|when|while|because|if|you|we|they|it|he|she|i)\b",
    re.IGNORECASE,
)
_PHRASE = 40  # characters after a command's verb in which a comma closes an introductory phrase
# a story line: reported speech, or an attribution
_STORY = LazyRegex(r"\b(?:said|says|told|tells|according\s+to|reported|announced|added)\b", re.IGNORECASE)
# round 111: a column's tagline, the writer's bio sentence opening the paragraph ("Ann Lee is a
# former harbour master."), and the address the writer takes the reader's feedback at after it:
# the byline's contact, not a plug of the outlet's
_BIO = LazyRegex(r"[ \t]*[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3}[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]")
_FEEDBACK = LazyRegex(
    r"(?:send|e-?mail|write|direct|share)\b[^.\n]{0,40}?\b(?:feedback|comments|letters|views|thoughts|responses?)\b"
    r"[^.\n]{0,20}?\b(?:to|at)\s+[\w.+-]+@",
    re.IGNORECASE,
)
# a newsroom's note on its own story, by its label opening the paragraph ("Editor's note: The
# Courier is a media partner of the festival. Our coverage is independent of that arrangement."):
# the outlet accounts for the story to the reader, in its own voice, but sells nothing (a note
# that does sell, "Disclosure: we earn a commission", is the affiliate class's, not this rule's)
_NOTE = LazyRegex(
    r"[ \t]{0,20}(?:editor(?:'|’)?s(?:'|’)?|publisher(?:'|’)?s)\s+note\s*:|(?:disclosure|correction|clarification)s?\s*:",
    re.IGNORECASE,
)
_STOPWORDS = frozenset(
    """a an the and or but nor of in on at to for with by from as is are was were be been being it its
    this that these those there here then than so not no yes do does did done have has had will would
    can could may might must should shall you your yours we our us they their them he his him she her
    i my me who whom whose which what when where why how all any some each every more most much many
    few other another such only just also very into onto over under about after before up down out
    off again once now new get gets got make makes made one two three first last year years day days
    if because while until through per via own same too like now today tomorrow""".split()
)


@cache
def _acts() -> frozenset[str]:
    """The base forms of the reader-act verbs (the command's form): the class's lemmas as
    written, not inflected (inflecting them all cost a one-file run 9 ms)."""
    from lintnews.language.wordclasses import listed

    return listed("advertorial/reader-acts", "lemmas")


@cache
def _outlet_acts() -> frozenset[str]:
    """Round 96: the base forms of the verbs that command the reader to act with the outlet
    only when the sentence names the outlet's own product ("Head to our sport hub")."""
    from lintnews.language.wordclasses import listed

    return listed("advertorial/outlet-acts", "lemmas")


@cache
def _outlet_nouns() -> frozenset[str]:
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("advertorial/outlet-nouns")


def _finite_in_clause(sentence: str, at: int) -> bool:
    """Is there a finite verb (``_FINITE``) between ``at`` and the end of its clause? Then the
    word before ``at`` heads the clause's subject, a noun, not a command."""
    end = _CLAUSE_END.search(sentence, at)
    stop = end.start() if end is not None else len(sentence)
    return any(w.lower() in _FINITE for w in _WORD.findall(sentence, at, stop))


def _opens_phrase(sentence: str, at: int) -> bool:
    """Does the word at ``at`` head an introductory phrase closed by a comma a few words on,
    with the clause after it ("Like all modern towers, the block was ...")? A command runs on
    to its object."""
    comma = sentence.find(",", at, at + _PHRASE)
    return comma >= 0 and len(_WORD.findall(sentence, comma)) >= 2


def _inside_quote(sentence: str, at: int) -> bool:
    """Is ``at`` inside a quotation opened earlier in the sentence (a title: "the talk
    'Palestine: Support for a State?'")?"""
    before = sentence[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_VERDICT_OBJECTS = frozenset("it them this these one".split())
_VERDICT_TERMS = frozenset("if unless only".split())


def _verdict(after: list[str]) -> bool:
    """Is a command's object a pronoun under a condition ("Buy it if you want ...", "Skip them
    unless ...", "Download this only if ...")? That is a review's verdict on the thing it reviewed,
    advice weighed for the reader, not a plug (round 50: a review's "Buy it if" box)."""
    return len(after) >= 2 and after[0] in _VERDICT_OBJECTS and after[1] in _VERDICT_TERMS


_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december midnight noon".split()
)


def _credit_by(words: list[str]) -> bool:
    """Round 144 (issue 15): do the sentence's first words make a credit, its noun and then "by"
    and a person's name of two capitalised words ("Report by Ana Ruiz", "Words by Tom Hale at the
    ground")? A byline names who made the piece; a command's "by" gives a means or a deadline
    ("Donate by Friday", "Register by texting ..."), no name."""
    if len(words) < 4 or words[1].lower() != "by":
        return False
    name = words[2:4]
    return all(w[:1].isupper() and w.lower() not in _CALENDAR_WORDS for w in name)


def command(sentence: str) -> str | None:
    """The reason a sentence commands the reader to act with the outlet: a reader-act verb in
    its base form opening a clause ("Listen to ...", "...: stream it free", "For the latest,
    download the app"), not a noun or a subject ("Support for the plan grew")."""
    acts = _acts()
    for m in _CLAUSE_START.finditer(sentence):
        words = _WORD.findall(sentence, m.end(), m.end() + 40)
        if not words:
            continue
        verb = words[0].lower()
        if verb not in acts and (verb not in _outlet_acts() or speaks_for_outlet(sentence, _outlet_tools()) is None):
            continue  # (round 96: "Head to", "Catch up on" only with the outlet's own product named)
        if m.end() == 0 and not words[0][0].isupper():
            continue
        after = [w.lower() for w in words[1 : 1 + _FINITE_REACH]]
        if after[:1] == ["of"] or (after[:1] and after[0].endswith("ed")) or any(w in _FINITE for w in after):
            continue  # a noun: "Order of service", "Order violated by ...", "Support for it grew"
        if after[:1] and after[0] in _PREPOSITIONS and _finite_in_clause(sentence, m.end() + len(words[0])):
            continue  # round 42: "Support for 32-bit ARM boards has been dropped" (a longer subject)
        if len(after) >= 2 and after[1] in _PREPOSITIONS and _finite_in_clause(sentence, m.end() + len(words[0])):
            continue  # round 56: a compound noun heads the subject ("Stream flow in the river fell by half")
        if _opens_phrase(sentence, m.end()) or _inside_quote(sentence, m.end()):
            continue
        if m.end() == 0 and _credit_by(words):
            continue  # round 144: a byline's credit, "Report by Ana Ruiz at the Corn Hall"
        if _verdict(after):
            continue  # round 50: a review's verdict on the thing reviewed ("Buy it if you want ...")
        if _third_party_object(sentence, m.end() + len(words[0])):
            continue  # round 131: the story's advice on a body's own service ("Sign up for the agency's flood warnings")
        if _public_address(sentence, m.end() + len(words[0])):
            continue  # round 134: the story's advice sends the reader to a public body's site ("visit nhs.uk/rsv")
        if public_service_line(sentence):
            continue  # round 136: ... or to a public body's service by its name ("visit the NHS website")
        if _named_channel(sentence, m.end() + len(words[0])):
            continue  # round 145: broadcast details as information ("on the <League> YouTube channel")
        if caution(sentence, m.end()):
            continue  # rounds 43, 128: a caution in the reader's interest ("Read the terms before ...", "Buy from a reputable retailer")
        return f"commands the reader: '{words[0]}' opens a clause"
    return None


# round 131: a command's object owned by a body named by its kind in the possessive, right after
# the verb, its particle and its preposition ("Sign up for the agency's free flood warnings",
# "Register with the council's text service"), and the object's words after it
_THIRD_PARTY_OBJECT = LazyRegex(
    r"(?:[ \t]+(?:up|in|on|out|back))?(?:[ \t]+(?:for|to|with|on|at|from|via|through))?"
    r"[ \t]+the[ \t]+(?-i:[a-z][a-z-]+)['’]s[ \t]+((?:[\w-]+[ \t]+){0,2}[\w-]+)",
    re.IGNORECASE,
)


def _third_party_object(sentence: str, at: int) -> bool:
    """Round 131 (issue 15): is the object of the command at ``at`` (after its verb) a third
    party's service, the story's own advice to the reader? The body that owns it is named by
    its kind in the possessive ("the agency's free flood warnings", "the council's text alerts",
    "the hospital's booking line"), and none of the object's next three words is one of the
    outlet's products ("Sign up for the paper's newsletter" is still the outlet's plug; an outlet
    names itself by its name, "the Gazette's", which a capital keeps out)."""
    m = _THIRD_PARTY_OBJECT.match(sentence, at)
    if m is None:
        return False
    return not any(w.lower() in _outlet_nouns() for w in m.group(1).split())


# round 145: where a viewer finds the footage, a named body's channel on a video network, after the
# command's object ("Watch highlights on the Super League YouTube channel from Saturday"): the
# name (one to five capitalised words) is read apart, the network and its channel after it
_CHANNEL_OF = LazyRegex(
    r"[^.!?\n]{0,60}?\b(?:on|via)[ \t]+the[ \t]+((?-i:[A-Z])[\w’'&.-]*(?:[ \t]+(?-i:[A-Z])[\w’'&.-]*){0,4})"
    r"[ \t]+(?:youtube|twitch|tiktok|facebook|instagram|vimeo)[ \t]+(?:channel|page|account)\b",
    re.IGNORECASE,
)
# the outlet's own voice, or a call to take up the channel rather than to watch on it
_OWN_OR_TAKE_UP = LazyRegex(r"\b(?:our|us|we|subscribe\w*|follow|like|sign[ \t]+up)\b", re.IGNORECASE)


def _named_channel(sentence: str, at: int) -> bool:
    """Round 145 (issue 15): does the command at ``at`` (after its verb) tell the reader where a
    named body shows the footage ("Watch highlights on the Super League YouTube channel")? That
    is broadcast details as information, as "live on Sky Sports" is. The outlet's own channel
    ("our YouTube channel", a name with a masthead's word: "the Harbour Gazette YouTube
    channel") and a call to subscribe or follow stay commands."""
    if _OWN_OR_TAKE_UP.search(sentence) is not None:
        return False
    m = _CHANNEL_OF.match(sentence, at)
    if m is None:
        return False
    own = _masthead_nouns() | _outlet_nouns()
    return not any(w.lower() in own for w in m.group(1).split())


@cache
def _masthead_nouns() -> frozenset[str]:
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("advertorial/masthead-nouns")


# round 134: a command's object that is a public body's web address, right after the verb and its
# preposition ("visit nhs.uk/rsv", "go to gov.uk/register-to-vote", "report it at police.uk"): a
# government's, a health service's, a police force's, a university's or a school's domain (by its
# suffix, a country's code after it at most). Review 134: an address has a dot, a label before the
# suffix ("who.int", "ox.ac.uk") or a country's code after it ("nhs.uk", "gov.uk"); a bare word
# is a name ("Visit Parliament Street Deli", "Join Police Road Gym"), no address
# (review 135: the suffixes are the word class ``advertorial/public-suffixes``)
@cache
def _public_address_re() -> re.Pattern[str]:
    from lintnews.language.wordclasses import alternation_of, listed

    labelled = alternation_of(listed("advertorial/public-suffixes"))
    alone = alternation_of(listed("advertorial/public-suffixes", "alone"))
    return re.compile(
        r"(?:[ \t]+(?:it|them|this|one))?(?:[ \t]+(?:to|on|at|via|through))?[ \t]+(?:https?://)?(?:www\.)?"
        rf"(?:(?:[\w-]+\.)+(?:{labelled})(?:\.[a-z]{{2}})?|(?:{alone})\.[a-z]{{2}})"
        r"(?=[/\s,;)]|\.(?:\s|$)|$)",
        re.IGNORECASE,
    )


def _public_address(sentence: str, at: int) -> bool:
    """Round 134 (issue 15): does the command at ``at`` (after its verb) send the reader to a
    public body's web address ("To find out if you are eligible, visit nhs.uk/rsv")? That is the
    story's service line, as a body's own service named in the possessive is (round 131); the
    outlet's own address (``paper.co.uk/newsletter``) has no public suffix."""
    return _public_address_re().match(sentence, at) is not None


@cache
def _outlet_tools() -> frozenset[str]:
    from lintnews.language.wordclasses import lower_forms

    return _outlet_nouns() | lower_forms("advertorial/outlet-tools")


def speaks_for_outlet(sentence: str, nouns: frozenset[str] | None = None) -> str | None:
    """The reason a sentence speaks for the outlet about its own products: "our" or "us" with
    one of the outlet's nouns in the words after it ("our Future of Energy series", "our
    Pinterest boards"). (A reader-act verb beside a bare "you" or "we" is not enough: advice
    and an organisation's own blog speak so; measured on the tuning sets.) ``nouns``: the
    outlet's products to look for (round 96: its tools too, beside an advice verb)."""
    nouns = _outlet_nouns() if nouns is None else nouns
    for m in _OUR.finditer(sentence):
        near = [w.lower() for w in _WORD.findall(sentence, m.end(), m.end() + 60)[:4]]
        at = next((k for k, w in enumerate(near) if w in nouns), None)
        if at is None:
            continue
        if near[at] in _COLLECTIVES and near[at + 1 : at + 2] == ["of"]:
            # round 97: a collective named by its members ("our team of volunteers", "our board
            # of trustees") is a community's or a business's own people, not the outlet's staff
            # unless its members are ("our team of journalists")
            members = _WORD.findall(sentence, m.end(), m.end() + 90)[:7]
            if not any(w.lower() in nouns and w.lower() not in _COLLECTIVES for w in members[at + 2 :]):
                continue
        if near[at + 1 : at + 2] and near[at + 1] in _REPORTING and _THAT.search(sentence, m.end(), m.end() + 90):
            # round 105: the organisation's own team as the subject of a report ("Our lettings
            # team reports that rents rose to ..."): it tells its news, it does not plug
            continue
        return f"names the outlet's own '{near[at]}' as '{m.group(0)}'"
    return None


# round 105: verbs of reporting after the outlet's own people, with the "that" of what they report
_REPORTING = frozenset("reports reported says said finds found notes noted estimates estimated records recorded".split())
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)


# the outlet's nouns that are collectives of people (named by their members after "of"); not
# "panel", a format the outlet runs ("Put your questions to our panel of money experts")
_COLLECTIVES = frozenset(("team", "board"))


def voice(sentence: str) -> str | None:
    """Evidence (a): the reason a line speaks for the outlet or to the reader, or None."""
    return command(sentence) or speaks_for_outlet(sentence)


_STEMS: dict[str, str] = {}  # word -> stem, the words of every text read (bounded below)
_STEMS_MAX = 200_000


def stem(word: str) -> str:
    """A crude stem for cohesion (as boilerplate removers count shared words): lower case,
    a possessive and a plural or verb ending cut ("drought's" -> "drought", "alerts" -> "alert")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for end in ("ing", "ed", "es", "s"):
        if len(w) > len(end) + 3 and w.endswith(end):
            return w[: -len(end)]
    return w


def content(text: str) -> set[str]:
    """The stems of a text's content words (no function words, no short words)."""
    stems = _STEMS
    if len(stems) > _STEMS_MAX:
        stems.clear()
    out = set()
    for w in _WORD.findall(text.lower()):
        if len(w) > 2 and w not in _STOPWORDS:
            st = stems.get(w)
            if st is None:
                st = stems[w] = stem(w)
            out.add(st)
    return out


def breaks(words: set[str], rest: set[str]) -> str | None:
    """Evidence (b), cohesion: the reason a line's content words are mostly foreign to the rest
    of the article, or None (too few words to tell, or it shares enough with the story)."""
    if len(words) < MIN_CONTENT:
        return None
    shared = len(words & rest) / len(words)
    if shared > MAX_SHARED:
        return None
    return f"shares {shared:.0%} of its content words with the rest of the article"


def coherent(blocks_words: list[set[str]]) -> str | None:
    """The reason the paragraphs around a line are a story (they share their words with each
    other), or None: a page of unrelated lines (a list of links, a feed of other pages' lines)
    has no story for a line to break from."""
    seen: set[str] = set()
    again: set[str] = set()
    for words in blocks_words:
        again |= words & seen
        seen |= words
    if len(seen) < MIN_STORY:
        return None
    share = len(again) / len(seen)
    if share < MIN_COHERENCE:
        return None
    return f"the paragraphs around it share {share:.0%} of their words"


@cache
def _openers() -> tuple[str, ...]:
    """The words a voiced sentence may open with, for one C-speed ``startswith`` per sentence:
    a command's verb ("Listen ", "Read "), the outlet's "Our ", a lead-in before a command
    ("For the latest on the drought, download ...")."""
    return tuple(sorted({f"{a[0].upper()}{a[1:]} " for a in _acts() | _outlet_acts()} | {"Our ", "For ", "To "}))


@cache
def _opening_pairs() -> frozenset[str]:
    return frozenset(o[:2] for o in _openers())


@cache
def _inner() -> tuple[LazyRegex, ...]:
    """Patterns that open on a literal (the fast search) for a command inside a sentence: after
    a colon or a dash ("...: stream it free", "It's free - sign up"; each opening on its literal,
    which ``re`` finds fastest: " - " opening on a space was tried at every word). (A lead-in's comma,
    ", download", searched for in the whole text, cost 1% of linting a long text: a lead-in is
    found by its opening word instead.)"""
    from lintnews.util.trie import trie_regex

    verbs = trie_regex(sorted(_acts()))
    return tuple(LazyRegex(rf"{lead}{verbs}(?![\w'’-])") for lead in (": ", "- ", "– ", "— "))


def _seeds(doc: Document) -> set[int]:
    """The indices of the sentences that may have the voice (most sentences have none and are
    never read again): one ``startswith`` per sentence, a literal-led search of the text (a
    search for "our" anywhere, tried too, cost 1% of linting a long text and is left out)."""
    text = doc.text
    opens = text.startswith
    openers = _openers()
    pairs = _opening_pairs()  # (two letters first: a set look-up rejects most sentences)
    seeds = {i for i, s in enumerate(doc.sentences) if text[s.start : s.start + 2] in pairs and opens(openers, s.start)}
    at = doc.sentence_index
    for rx in _inner():
        seeds.update(at(m.start() + 1) for m in rx.finditer(text))
    return seeds


def _edge(sents: list[Sentence], i: int) -> bool:
    """Is sentence ``i`` the first or the last of its paragraph (where a paste lands: its own
    line, or glued to a story sentence at a seam)? (Read from its neighbours: the table of each
    paragraph's sentences cost a long text 0.5% to build.)"""
    block = sents[i].block
    return i == 0 or i + 1 == len(sents) or sents[i - 1].block != block or sents[i + 1].block != block


_ADVICE_OPENER = LazyRegex(r"[ \t\"“‘(]{0,3}(?:don['’]t|never|always|avoid|check|keep|make|ask|try|buy|book|register|use|plan|set|look|compare|choose|consider|think|remember|start|take|put|get|shop|sign|read|save|find|pick|order)\b", re.IGNORECASE)
ADVICE_LINE = 320  # characters: the neighbour's opening read for its command


def _advises(text: str, block: Block) -> bool:
    """Does a paragraph open with a command to the reader, as a tip does ("Buy in bulk where you
    can", "Don't skip the check-up")?"""
    if block.kind != "paragraph":
        return False
    end = min(block.end, block.start + ADVICE_LINE)
    m = _ADVICE_OPENER.match(text, block.start, end)
    if m is None:
        return False
    # a noun heading the subject is no command ("Shop owners said ...", "Check-ups rose ...")
    after = [w.lower() for w in _WORD.findall(text, m.end(), end)[:_FINITE_REACH]]
    return not (text[m.end() : m.end() + 1] == "-" or any(w in _FINITE for w in after) or _finite_in_clause(text[:end], m.end()))


def advice_run(doc: Document, bi: int, line: str) -> bool:
    """Round 99: is a command line one tip of a run of tips (the paragraph before or after it
    opens with a command too), and speaks for nobody ("our", "us", "we" absent)? A guide's advice
    in the imperative ("Register with a vet early ...", then "Buy food in bulk ...") is the
    article's content; a plug is one line that breaks from the story, or names the outlet."""
    if _OUR.search(line) is not None or _US_WE.search(line) is not None:
        return False
    blocks = doc.blocks
    if numbered_step(doc.text, blocks[bi].start):
        return True  # (round 140: one of a guide's numbered steps, "1. Visit your bank with your ID")
    return any(0 <= j < len(blocks) and _advises(doc.text, blocks[j]) for j in (bi - 1, bi + 1))


_US_WE = LazyRegex(r"\b(?:us|we|we['’](?:re|ll|ve|d))\b|@\w|https?://|www\.", re.IGNORECASE)


def candidates(doc: Document) -> list[tuple[int, int, int, str]]:
    """Edge sentences of prose paragraphs with the outlet's or the reader's voice: (start, end,
    block, reason)."""
    text = doc.text
    sents = doc.sentences
    blocks = doc.blocks
    found = []
    for i in sorted(_seeds(doc)):
        start, end, bi = sents[i][:3]
        if end - start > LONGEST or blocks[bi].kind != "paragraph" or not _edge(sents, i):
            continue
        if _NOTE.match(text, blocks[bi].start) is not None:
            continue
        line = text[start:end]
        why = voice(line)
        if why is None or _STORY.search(line) is not None:
            continue
        if doc.quotation_at(start) is not None or doc.in_attributed_quote(start, end):
            continue
        if why.startswith("commands") and advice_run(doc, bi, line):
            continue  # round 99: one tip of a guide's run of tips
        if why.startswith("commands") and _FEEDBACK.match(line) is not None and _BIO.match(text, blocks[bi].start) is not None:
            continue  # round 111: a column's tagline and its feedback address
        found.append((start, end, bi, why))
    return found


def check(doc: Document) -> Iterator[Finding]:
    """The ``advertorial/insertion`` rule: a warning for each edge line with both the voice
    (a) and the break (b)."""
    if len(doc.blocks) < 3:
        return
    found = candidates(doc)
    if not found:
        return
    text = doc.text
    blocks = doc.blocks
    measured: dict[int, set[str]] = {}

    def words_of(j: int) -> set[str]:
        if j not in measured:
            b = blocks[j]
            measured[j] = content(text[b.start : b.end]) if b.kind == "paragraph" else set()
        return measured[j]

    for start, end, bi, why in found:
        words = content(text[start:end])
        if len(words) < MIN_CONTENT:
            continue
        own = blocks[bi]  # the story sentences the line is glued to are the story's too
        around = [content(text[own.start : start] + " " + text[end : own.end])]
        lo, hi = (0, len(blocks)) if len(blocks) <= ARTICLE else (max(0, bi - REACH), min(len(blocks), bi + REACH + 1))
        around += [words_of(j) for j in range(lo, hi) if j != bi]
        story = coherent(around)
        if story is None:
            continue
        gap = breaks(words, set().union(*around))
        if gap is None:
            continue
        yield Finding(
            start=start,
            end=end,
            message=f"{MESSAGE} It {why}; it {gap}; {story}.",
            suggestion=SUGGESTION,
            severity=Severity.WARNING,
            rule=RULE_ID,
        )


_STORY_A = "The harbour board voted on Tuesday to delay the ferry terminal for another year, citing rising steel costs."
_STORY_B = "Engineers had warned that the old pier would need repairs before the winter storms arrive."
_STORY_C = "The board will meet again in March, when a revised budget for the terminal is due."


def _rule() -> Rule:
    from lintnews.model.rule import Examples, Rule

    return Rule(
        id=RULE_ID,
        category="advertorial",
        severity=Severity.WARNING,
        summary="A line that speaks to the reader about the outlet and shares little with the story around it.",
        rationale=(
            "An inserted plug is known by two facts together, whatever its words: it speaks for the "
            "outlet or to the reader about acting with it (a command to read, listen, follow, subscribe, "
            "support, share or download; 'our newsletter'), and it breaks from the story: few of its "
            "content words occur in the article around it, and it sits at a paragraph's edge. Either "
            "alone is common in news and is not reported."
        ),
        suggestion=SUGGESTION,
        examples=Examples(
            trigger=(
                f"{_STORY_A}\n\n{_STORY_B}\n\nTap the bell to get notified whenever we post a new video.\n\n{_STORY_C}",
                f"{_STORY_A}\n\n{_STORY_B} Send us your pictures of the summer gardens.\n\n{_STORY_C}",
            ),
            no_trigger=(
                # the reader is told something about the story itself
                f"{_STORY_A}\n\n{_STORY_B}\n\nRead the board's terminal report on the harbour website.\n\n{_STORY_C}",
                # a quoted command is the story's
                f'{_STORY_A}\n\n"Follow the money," the chairman told the board.\n\n{_STORY_C}',
            ),
        ),
        check_fn=check,
        defers=True,  # a line another advertorial rule warns on is reported once, by that rule
        defers_to=("advertorial/reader-call",),  # the call that names its object is the report
    )


INSERTION_RULE = _rule()
