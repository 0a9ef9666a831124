"""Closed-class grammar shared by the constructions: tokens, auxiliaries, determiners, clauses.

The constructions read a few words either side of an anchor, never the whole text: the
tokens of a bounded window (:func:`left`, :func:`right`), and closed word classes (the forms
of "be" and "have", modals, determiners, prepositions, conjunctions) that decide where a
verb chain or a noun phrase starts and whether a clause asserts anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from lintnews.builtin.constructions import lexicon as lx
from lintnews.language.finite import finite_forms
from lintnews.util.lazyregex import LazyRegex


class Token(NamedTuple):
    text: str  # as written
    low: str  # lower case, curly apostrophe made straight
    start: int
    end: int

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


# a word (letters, digits, inner apostrophes and hyphens) or one mark
_TOKEN = re.compile(r"[^\W_](?:[\w’'.-]*[^\W_])?|[^\w\s]")
_REACH = 90  # characters read either side of an anchor
_SPAN = re.Match.span


def _tokens(text: str, start: int, end: int) -> list[Token]:
    window = text[start:end]
    low = window.lower().replace("’", "'")  # (the same length: offsets carry over)
    if len(low) != len(window):  # (a few characters change length when lower-cased)
        return [Token(m.group(), m.group().lower().replace("’", "'"), m.start() + start, m.end() + start)
                for m in _TOKEN.finditer(window)]
    # (the tuple built directly, from each match's span: a named tuple's own constructor is a
    # Python function, and this runs for every anchor of the attribution judge)
    new = tuple.__new__
    return [new(Token, (window[s:e], low[s:e], s + start, e + start))
            for s, e in map(_SPAN, _TOKEN.finditer(window))]


def left(text: str, pos: int, lo: int, reach: int = 70) -> list[Token]:
    """The tokens before ``pos`` back to ``lo`` (a sentence start) or a bounded reach,
    nearest first. A word cut by the reach is dropped."""
    start = max(lo, pos - reach)
    toks = _tokens(text, start, pos)
    if start > lo and toks and toks[0].start == start:
        toks = toks[1:]
    toks.reverse()
    return toks


def right(text: str, pos: int, hi: int) -> list[Token]:
    """The tokens after ``pos`` up to ``hi`` (a sentence end) or a bounded reach."""
    end = min(hi, pos + _REACH)
    toks = _tokens(text, pos, end)
    if end < hi and toks and toks[-1].end == end:
        toks = toks[:-1]
    return toks


_STRIP = "\"“”‘’'()[],.;:!?—–…*"


def words_before(text: str, pos: int, n: int = 5, reach: int = 50) -> list[str]:
    """The last ``n`` words before ``pos``, lower case, marks stripped (a cheap look, at C
    speed, before the tokens are parsed; it may cross a sentence start)."""
    window = text[max(0, pos - reach) : pos]
    window = window[window.rfind("\n") + 1 :]
    return [w.strip(_STRIP) for w in window.lower().split()[-n:]]


def words_after(text: str, pos: int, n: int = 10, reach: int = 80) -> list[str]:
    """The next ``n`` words after ``pos`` up to the end of the clause (a comma, a stop), lower
    case, marks stripped (see :func:`words_before`)."""
    out = []
    for w in text[pos : pos + reach].lower().split(None, n)[:n]:
        out.append(w.strip(_STRIP))
        if w[-1:] in ".;:!?)" or (w[-1:] == "," and len(out) > 2):
            break  # (a comma right after the phrase may open an aside: ", however,")
    return out


def governed(text: str, pos: int, allowed: frozenset[str]) -> bool:
    """Is the word at ``pos`` the object of a preposition ("teachings of theologians", "talks
    with senior officials"), one word of modifier allowed between? Such a phrase is no
    subject; ``allowed`` prepositions frame the construction itself ("according to", "by")."""
    prev = text[max(0, pos - 30) : pos].lower().split()[-3:]
    if not prev:
        return False
    last = prev[-1]
    if last in PREPOSITIONS:
        if last == "of" and len(prev) > 1 and prev[-2] in QUANTITY_NOUNS:
            return False  # "a number of studies", "a handful of sources": a quantity, the phrase's head
        return last not in allowed
    prev = prev[-2:]
    if last[-1:] in _STRIP or len(prev) < 2:
        return False
    return prev[0] in PREPOSITIONS and prev[0] not in allowed and last not in DEFINITE and last not in INDEFINITE


def determined(text: str, pos: int) -> bool:
    """Is the word at ``pos`` preceded by a definite determiner or a possessive within two
    words ("the officials", "the ministry's new report")? A cheap test: such phrases refer
    back to, or are owned by, someone already named."""
    window = text[max(0, pos - 30) : pos]
    window = window[window.rfind("\n") + 1 :]  # (a line break ends a headline or a paragraph)
    prev = window.lower().replace("’", "'").split()[-2:]
    for w in reversed(prev):
        if w[-1:] in _STRIP or w[-1:] == ".":
            return False  # a clause or a sentence ends there ("all the difference.Footage")
        if w in DEFINITE or w.endswith("'s"):
            return True
    return False


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


BE = words("is are am was were be been being isn't aren't wasn't weren't ain't 's 're 'm")
BE_FINITE = words("is are am was were isn't aren't wasn't weren't ain't 's 're 'm")
HAVE = words("has have had having hasn't haven't hadn't 've 'd")
MODAL = words(
    "will would could can may might must should shall won't wouldn't couldn't can't cannot "
    "mustn't shouldn't 'll"
)
DO = words("do does did don't doesn't didn't")
AUX = BE | HAVE | MODAL | DO
# adverbs that sit inside a verb chain ("has long been", "is also widely"); any -ly word too
CHAIN_ADVERBS = words(
    "not never also now still long once often even so already since then later first always "
    "ever sometimes too again yet soon thus therefore further alike all both either just "
    "variously hitherto increasingly earlier n't"
)
# adverbs that claim a consensus nobody is named as holding
CONSENSUS = words(
    "widely generally commonly popularly universally long traditionally frequently often "
    "broadly largely conventionally customarily routinely"
)
DEGREE = words("highly much well roundly heavily critically greatly deeply hugely unfairly wrongly")
PRONOUNS = words(
    "i you he she it we they me him her us them this that these those who whom whose which what "
    "one someone somebody anyone everyone everybody nobody something anything everything nothing"
)
SUBJECT_PRONOUNS = words("i you he she it we they who what that this there")
# ("that" is left out: far more often it opens a clause, "said that officials warned")
DEFINITE = words("the these those this his her their its our your my such both whose")
# determiners of an unnamed group or person: indefinite, quantified or cardinal
INDEFINITE = words(
    "a an one another some many several multiple numerous various most other others certain few "
    "all every each any two three four five six seven eight nine ten dozens hundreds "
    "thousands scores unnamed anonymous unidentified more"
)
NEGATIVE = words("no not nor never without")
# the abbreviations that open a place's name: "St. Petersburg", "Mt. Vernon", "Ft. Worth"
_PLACE_ABBREVIATIONS = frozenset(("st", "mt", "ft"))
QUANTIFIER_HEADS = words("some many most several others few numerous those all various")
PREPOSITIONS = words(
    "of in on at by for with from to into onto over under about above below across after "
    "against along among amongst around before behind beneath beside besides between beyond "
    "despite during except inside near off outside per since through throughout toward "
    "towards underneath until unlike upon via within without amid amidst following like "
    "than as"
)
CONJUNCTIONS = words(
    "and or but nor yet so because although though while whereas whilst if unless whether "
    "since as when whenever where wherever after before until once that than lest"
)
# words that open a clause whose content the writer does not assert
HYPOTHETICAL = words("if unless whether lest suppose supposing")
WH = words("whether if how what who whom why when where which")
WEEKDAYS_MONTHS = words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december today yesterday tonight"
)
CLAUSE_MARKS = frozenset(",;:()[]—–-\"“”‘'")


# a short time phrase between a word of saying and its that-clause ("rumours last year that",
# "it was reported earlier this month that", "claims at the time that"): when, not who
TIME_PHRASE_WORDS = frozenset(
    "last this earlier early late later recent recently yesterday then at the time in for years "
    "months weeks days week month year spring summer autumn fall winter weekend morning afternoon evening "
    "night".split()
) | WEEKDAYS_MONTHS


def time_phrase_then_that(toks: list[Token], j: int = 0) -> int:
    """Index of the "that" after a time phrase of up to four words at ``toks[j]`` (0 when there
    is no such phrase, or no "that" right after it)."""
    k = j
    while k < len(toks) and k < j + 4 and toks[k].word and toks[k].low in TIME_PHRASE_WORDS:
        k += 1
    return k if j < k < len(toks) and toks[k].low == "that" else 0


# the words that open a counted noun phrase ("at least two clubs", "more than 40 people", "about
# a third of voters"): the subject of a that-less clause, not a preposition
QUANTITY_PAIRS = frozenset((("at", "least"), ("at", "most"), ("more", "than"), ("less", "than"), ("fewer", "than"),
                            ("up", "to"), ("as", "many")))
QUANTITY_WORDS = frozenset("about around nearly almost roughly approximately over under".split())


def counted_phrase_at(toks: list[Token], j: int, quantity_words: frozenset[str] = QUANTITY_WORDS) -> bool:
    """Does a counted noun phrase start at ``toks[j]`` ("at least two", "about 200", "nearly a
    third")? ``quantity_words`` are the single words that may open one before a number or an
    indefinite (a construction that reads "only two" or "just 40" as a count widens them)."""
    if j + 1 >= len(toks):
        return False
    if (toks[j].low, toks[j + 1].low) in QUANTITY_PAIRS:
        return True
    return toks[j].low in quantity_words and (toks[j + 1].low[:1].isdigit() or toks[j + 1].low in INDEFINITE)


def is_adverb(tok: Token) -> bool:
    """A word that may sit inside a verb chain: a closed list, or a word in -ly."""
    low = tok.low
    return low in CHAIN_ADVERBS or (len(low) > 4 and low.endswith("ly") and low not in _NOT_ADVERBS)


_NOT_ADVERBS = words("only early likely family italy july rally fly ally supply reply apply belly daily")


def in_hypothetical(toks_before: list[Token]) -> bool:
    """Is the anchor inside an if-, unless- or whether-clause ("if scientists found that")?
    Only the clause it is in counts: a comma or a semicolon closes the conditional, unless the
    anchor's own words after the comma are a second pair of the whether-clause's alternatives,
    with no subject of their own ("whether you succeed or fail, are criticised or applauded")."""
    for idx, t in enumerate(toks_before):
        if not t.word and t.text in ",;:—–()":
            if t.text == "," and _alternatives_go_on(toks_before, idx):
                continue
            return False
        if t.low in HYPOTHETICAL:
            return True
    return False


def _alternatives_go_on(toks_before: list[Token], comma: int) -> bool:
    """Is the comma at ``toks_before[comma]`` inside "whether A or B, C or D", the anchor's
    words before it (nearest first) only a verb's auxiliaries and adverbs?"""
    if not all(x.word and (x.low in BE or x.low in AUX or is_adverb(x)) for x in toks_before[:comma]):
        return False
    seen_or = False
    for x in toks_before[comma + 1 : comma + 12]:
        if not x.word:
            return False
        if x.low == "or":
            seen_or = True
        elif x.low == "whether":
            return seen_or
    return False


def question(text: str, end: int, hi: int) -> bool:
    """Does the sentence holding ``end`` end with a question mark (it asks, it does not assert)?"""
    tail = text[end:hi].rstrip(" \"”’'\n)")
    return tail.endswith("?")


def asserted_clause(
    text: str, hs: int, he: int, where: Callable[[], tuple[int, int]]
) -> tuple[list[Token], list[Token], int, int] | None:
    """The tokens before and after the hit ``text[hs:he]`` within its sentence's bounds (and
    the bounds), or None when the sentence does not assert: a hypothetical before the hit ("if
    there are stories of") or a question after it. The shared opening of the constructions that
    read a frame round a noun (provenance.py, lore.py): the bounds are asked for only here,
    after the construction's own cheap gate."""
    lo, hi = where()
    before = left(text, hs, lo)
    if in_hypothetical(before) or question(text, he, hi):
        return None
    return before, right(text, he, hi), lo, hi


# how something was received: "well received", "coolly received"
RECEPTION_MANNER = words(
    "well warmly favourably favorably poorly badly positively negatively coolly coldly "
    "enthusiastically rapturously unfavourably unfavorably critically kindly"
)
# nouns before "of" that make a quantity of a group: "a number of", "dozens of"
QUANTITY_NOUNS = words(
    "number group handful couple dozens hundreds thousands scores lot lots majority minority host string series "
    "plenty chorus raft slew bevy"
)
# the size words between the article and a quantity noun: "a growing number of analysts"
QUANTITY_SIZES = words("growing increasing rising large small significant substantial sizeable sizable vocal good great "
                       "tiny whole")
# the degree words before "few" and "a few": "only a few", "quite a few", "very few"
_FEW_DEGREE = words("only just quite very so too")


class NounPhrase(NamedTuple):
    """The left edge of a noun phrase ending at an anchor noun (see :func:`noun_phrase`)."""

    start: int  # offset of its first word
    det: Token | None  # the determiner, if any
    mods: tuple[Token, ...]  # modifiers between determiner and head, nearest first
    definite: bool  # "the experts", "these reports": refers back to ones already named
    possessive: Token | None  # "China's health chiefs": the owner's last word
    after: int  # index in ``before`` of the first token left of the phrase
    quantity: Token | None = None  # a quantity noun before "of" ("a handful of", "a number of")


def _quotes_modifier(before: list[Token], i: int, mods: list[Token], quoted: int) -> bool:
    """Is the quotation mark ``before[i]`` one of a pair round a modifier ('a "highly placed"
    source', 'two "senior" officials')? The closing mark is glued to the word on its left, and
    the opening one to the modifier on its right, with a determiner or a word before it."""
    if quoted == 0:
        return (i + 1 < len(before) and before[i + 1].word and before[i + 1].end == before[i].start
                and any(not t.word and t.text in "\"“" for t in before[i + 2 : i + 5]))
    return bool(mods) and before[i].end == mods[-1].start


def noun_phrase(before: list[Token], head: Token, stop: frozenset[str] = frozenset()) -> NounPhrase:
    """Read a noun phrase leftwards from its head: modifiers (any content words, names of places
    and organisations included: "Downing Street aides"), then a determiner. ``stop``: more
    words that cannot be modifiers (verbs of the construction)."""
    mods: list[Token] = []
    i = 0
    det = None
    lead = None  # a word before the determiner that opens the phrase ("a" of "a few")
    quantity = None
    possessive = None
    quoted = 0  # quotation marks skipped round a modifier: 'a "highly placed" source'
    while i < len(before) and len(mods) < 4:
        t = before[i]
        low = t.low
        if not t.word:
            if t.text in "\"“”" and quoted < 2 and _quotes_modifier(before, i, mods, quoted):
                quoted += 1
                i += 1
                continue
            if (t.text == "." and i + 1 < len(before) and before[i + 1].end == t.start and before[i + 1].capitalised
                    and ("." in before[i + 1].text or before[i + 1].low in _PLACE_ABBREVIATIONS)):
                i += 1  # the full stop of an abbreviation: "U.S. officials", "the St. Petersburg authorities"
                continue
            break
        if low in DEFINITE or low in NEGATIVE:
            # "the experts" refer back; "no evidence", "not one expert": nobody claims anything
            return NounPhrase(t.start, t, tuple(mods), True, None, i + 1)
        if low in INDEFINITE:
            det = t
            i += 1
            if low == "few":
                # "a few analysts", "quite a few", "only a few", "very few": the article and
                # the degree word open the phrase (left out, it would seem to start
                # mid-sentence, after a word that is no clause boundary); "few" stays the
                # determiner, a plural one
                if i < len(before) and before[i].low == "a":
                    lead = before[i]
                    i += 1
                if i < len(before) and before[i].low in _FEW_DEGREE:
                    lead = before[i]
                    i += 1
            if low == "most" and i < len(before) and (before[i].low in DEFINITE or before[i].low.endswith(("'s", "s'"))):
                # "the world's most eminent historians": a superlative, not a quantity
                return NounPhrase(before[i].start, before[i], tuple(mods), True, None, i + 1)
            break
        if low == "of" and i + 1 < len(before) and before[i + 1].low in QUANTITY_NOUNS:
            det = quantity = before[i + 1]
            i += 2
            if i < len(before) and before[i].low in QUANTITY_SIZES:
                lead = before[i]  # "a growing number of", "a small handful of", "a vocal chorus of"
                i += 1
            if i < len(before) and before[i].low in ("a", "an", "the"):
                det = before[i]
                i += 1
            break
        if low.endswith(("'s", "s'")) and low not in ("it's", "he's", "she's", "that's", "there's", "who's", "what's"):
            possessive = t
            break
        if low in PRONOUNS and len(t.text) > 1 and t.text.isupper():
            mods.append(t)  # "US officials", "IT experts": an acronym, not the pronoun
            i += 1
            continue
        if (low in PRONOUNS or low in PREPOSITIONS or low in CONJUNCTIONS or low in AUX or low in stop
                or low == "according" or low in WH or not _cased_or_digit(t.text)):
            break  # (a word in a script with no case is no modifier of an English noun)
        if (i + 1 < len(before) and before[i + 1].end == t.start and not before[i + 1].word
                and before[i + 1].text not in "\"“‘'(-"):
            i += 1  # glued to a bracket or a control character ("\x1b[2J Sources"): no modifier
            break
        mods.append(t)
        i += 1
    first = lead if lead is not None and (det is None or lead.start < det.start) else det or (mods[-1] if mods else head)
    return NounPhrase(first.start, det, tuple(mods), False, possessive, i, quantity)


def _cased_or_digit(word: str) -> bool:
    c = word[:1]
    return c.isdigit() or c.lower() != c.upper()


NUMBERISH = LazyRegex(r"(?:about|around|roughly|some|nearly|almost|over|under|at\s+least|more\s+than|less\s+than|fewer\s+than|up\s+to|between|[$£€¥]|\d)", re.IGNORECASE)


# -- the finite verb of a clause ----------------------------------------------------------------

# a finite verb of any clause: a form of "be", "have" (not "having"), a modal or "do"
FINITE_AUX = BE_FINITE | MODAL | DO | words("has have had hasn't haven't hadn't")


def finite_verb(tok: Token, prev: Token | None, plural: bool = False, nxt: Token | None = None) -> bool:
    """Is ``tok`` the finite verb of a clause whose subject ends at ``prev`` ("the board
    approved", "the council plans", "the mayor knew", "two of the councillors own")?

    An auxiliary is always one. Otherwise the lexicon (:mod:`lintnews.language.finite`) says
    whether the word is a past tense or a third-person present of some verb, and the position
    decides against its noun or adjective readings: right after a determiner or an adjective
    it is a noun ("the plans", "the new plans"; "the injured man"), and a present that is also
    a plural noun after a possessive is one too ("the club's plans"). ``plural``: the subject is
    counted ("more than 40 staff"), when a verb in its base form is finite too (those of the
    ``clause-verbs`` class: a base form is far more often a noun than a verb). ``nxt``, the
    word after: a present that is also a plural noun is the noun before a preposition ("the
    council plans for the park"; "plans to" is the verb)."""
    low = tok.low
    if low in FINITE_AUX or low.endswith("n't"):
        return True
    if prev is not None and prev.low in PRONOUNS and low.endswith(("ed", "s")):
        return True  # "he resigned", "she wants"
    if prev is None or prev.low in DEFINITE or prev.low in INDEFINITE:
        return False  # "the injured man", "the plans": a modifier or a noun, not a verb
    lexicon = finite_forms()
    if prev.low in lexicon.adjectives:
        return False  # "the new plans", "big reports": an adjective's noun
    # a past tense after a noun ("the mayor resigned", "the board met"), not a reduced relative
    # ("the risks involved in", "the money paid by": ``by`` is checked by the caller); a word
    # the lexicon lacks by its suffix ("the club okayed")
    if low in lexicon.past or (len(low) > 4 and low.endswith("ed") and not low.endswith("eed")):
        return True
    if low in lexicon.present and not (low in lexicon.plural_nouns and (
            prev.low.endswith("'s") or (nxt is not None and nxt.low in PREPOSITIONS and nxt.low != "to"))):
        return True  # "the chairman wants", "the firm employs", not "the club's plans", "council plans for"
    # a present tense after a name ("Villa wants", "Smith plans"), a verb the lexicon lacks
    if prev.capitalised and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "'s", "us", "is")):
        return True
    # a plural subject's present: "two of the councillors own", "more than 40 staff face"
    return (plural or (prev.low.endswith("s") and not prev.low.endswith(("'s", "ss")))) \
        and low in lx.forms("clause-verbs", ("VBP",))
