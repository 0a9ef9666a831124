"""Hearsay whose informant the copy withholds: the writer's "I'm told" and the outlet's own
"The Times understands" (round 61).

The construction: a first-person verb of being told or of learning ("I'm told", "we
understand", "I hear", "we gather", "we have learned", "I'm reliably informed"), or an outlet
as the subject of such a verb ("this newspaper understands", "SunSport understands", "the Post
has learned", "the Chronicle can reveal"), with what was learnt after it as a content clause:

- a that-clause, or a bare clause: a subject (a determiner, a pronoun, a name, a number or a
  counted phrase, "at least four") and a finite verb soon after it, before any clause break
  (any verb's past or third-person present by the lexicon, round 62: "I hear the council
  plans to sell", ``grammar.finite_verb``);
- or the verb set in its clause as a parenthesis (", I'm told, is working again") or a closing
  tag (", we understand.").

The informant is the one who told the writer or the outlet, and nobody names them: "told by
whom?". The same verbs with no clause assert no hearsay: an instruction ("I am told to
wait"), an object ("we understand your frustration", "the Times understands its readers",
"I hear you"), a source or a lesson after a preposition ("we hear from three voters", "the
Post has learned from its mistakes", "I'm told by the mayor's office": the informant named).
Whether a source named in the sentence or the next one clears it is the attribution judge's
question, as for every cue.

The outlet is told by its head (word class ``outlet-heads``: "Times", "Post", "Gazette";
a camel compound by its last capitalised part, "SunSport", "MailOnline") or by a
self-reference ("this newspaper", "the paper", "this programme").
"""

from __future__ import annotations

from lintnews.builtin.constructions import Bounds, Cue
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import (
    CONJUNCTIONS,
    DEFINITE,
    FINITE_AUX,
    INDEFINITE,
    MODAL,
    PRONOUNS,
    QUANTITY_WORDS,
    WH,
    Token,
    counted_phrase_at,
    finite_verb,
    left,
    right,
)
from lintnews.util.lazyregex import LazyRegex

# the words a content clause's subject may open with, besides a capitalised word or a number
_OBJECT_ONLY = frozenset("me him us them whom whose which what who one someone somebody anyone anybody".split())
_SUBJECT_OPENERS = (DEFINITE | INDEFINITE | PRONOUNS | frozenset(("there",))) - _OBJECT_ONLY - {"nothing", "none"}
# the contractions that make a pronoun a subject with its verb ("it's", "they're", "she'll")
_CONTRACTED = ("'s", "'re", "'ll", "'ve", "'d", "'m")
# a counted subject: "at least four of them", "more than 40 staff", "about a third", "only two"
_QUANTITY_WORDS = QUANTITY_WORDS | frozenset(("only", "just"))
# what may stand before the first-person subject when it opens its clause: nothing, a mark, a
# coordinator or a sentence adverb ("But I'm told", "And, we understand, ...")
_LEAD_INS = frozenset("and but so yet now however meanwhile also still though although because since "
                      "while whereas indeed".split())
_REACH = 12  # words of the clause read for its finite verb
_BREAKS = frozenset(",;:()—–\"“”")


def _opens_subject(tok: Token) -> bool:
    low = tok.low
    if not tok.word:
        return False
    if low in _SUBJECT_OPENERS or low[:1].isdigit():
        return True
    if low.endswith(_CONTRACTED) and low.split("'")[0] in PRONOUNS:
        return True  # "it's", "they're"
    return tok.capitalised and low not in WH and low not in CONJUNCTIONS and low not in ("to", "by", "from")


def content_clause(toks: list[Token], j: int) -> bool:
    """Does a content clause open at ``toks[j]``: "that" and a clause, or a bare clause, a
    subject and a finite verb soon after it, with no break between?"""
    if j < len(toks) and toks[j].low == "that":
        j += 1
    if j >= len(toks):
        return False
    first = toks[j]
    if first.low.endswith(_CONTRACTED) and first.low.split("'")[0] in PRONOUNS:
        return True  # "I hear it's over", "we understand they're leaving"
    that = j > 0 and toks[j - 1].low == "that"
    if not (_opens_subject(first) or counted_phrase_at(toks, j, _QUANTITY_WORDS)
            or (that and first.word and first.low not in CONJUNCTIONS and first.low not in WH and first.low != "to")):
        return False  # (after "that" a bare plural subject too: "that police questioned")
    plural = counted_phrase_at(toks, j, _QUANTITY_WORDS) or first.low[:1].isdigit() or first.low in INDEFINITE - {"a", "an", "one", "another", "each", "every"}
    prev = first
    for k in range(j + 1, min(len(toks), j + _REACH)):
        t = toks[k]
        if not t.word:
            if t.text in _BREAKS or t.text in ".!?":
                return False
            continue
        if t.low == "that" and k > j + 1 and _relative_then_verb(toks, k, plural):
            return True  # "we are told the levy that starts in July will pay for ...": a relative in the subject
        if t.low in WH or t.low == "that" or t.low in ("and", "or", "but", "because", "to"):
            # (a relative or a second clause; "to" after the subject is an infinitive's object:
            # "I understand the need to act")
            return False
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if finite_verb(t, prev, plural, nxt):
            # (a participle with its agent is a reduced relative: "the money paid by the firm";
            # a present-tense form closing its clause is a plural noun: "the club's plans.")
            return nxt is None or (nxt.low != "by" and (nxt.word or t.low in FINITE_AUX or not t.low.endswith("s")))
        prev = t
    return False


# the verbs that open a main clause's predicate after a relative clause in its subject: a modal
# or a form of "be" or "have" (round 109)
_MAIN_AUX = MODAL | frozenset("is are was were has have had".split())


def _relative_then_verb(toks: list[Token], k: int, plural: bool) -> bool:
    """At ``toks[k]`` ("that") a relative clause in the subject, its finite verb right after
    "that", and then the main clause's auxiliary or modal within the reach, with no break:
    "the levy that starts next July will pay" (not "the need that drives them": no second
    verb; "the story that he told" is no relative of this shape)."""
    if k + 2 >= len(toks) or not finite_verb(toks[k + 1], toks[k], plural, toks[k + 2]):
        return False
    for t in toks[k + 2 : k + 2 + _REACH]:
        if not t.word:
            if t.text in _BREAKS or t.text in ".!?":
                return False
            continue
        if t.low in _MAIN_AUX:
            return True
        if t.low in WH or t.low in ("that", "and", "or", "but", "because"):
            return False
    return False


def _set_off(toks_before: list[Token], toks_after: list[Token]) -> bool:
    """The verb as a parenthesis or a closing tag: a comma (or dash, bracket) before it, and
    after it another, or the sentence's end."""
    if not toks_before or toks_before[0].text not in (",", "—", "–", "("):
        return False
    if not toks_after:
        return True
    return toks_after[0].text in (",", "—", "–", ")", ".", "!", "?", ";")


def _opens_clause(toks_before: list[Token]) -> bool:
    """Does the first-person subject open its clause (not "what I hear", "if we understand",
    "do we hear")? Before it: nothing, a mark, or coordinators and sentence adverbs only."""
    for t in toks_before:
        if not t.word:
            return True
        if t.low not in _LEAD_INS:
            return False
    return True


_WRITER_QUESTION = ("'{cue}': told by whom? The writer's informant is not named: name the source, or say how "
                    "the writer knows.")
_OUTLET_QUESTION = ("'{cue}': told by whom? The outlet vouches for it but names no informant: name the "
                    "source, or say how it was learnt (documents seen, a statement).")


def writer_informant(text: str, start: int, end: int, where: Bounds) -> Cue | None:
    """The writer's unnamed informant at ``text[start:end]`` ("I'm told", "we understand"),
    with its content clause after it, or set off as a parenthesis or a tag."""
    lo, hi = where()
    before = left(text, start, lo, 40)
    if not _opens_clause(before):
        return None
    after = right(text, end, hi)
    if _set_off(before, after):
        return Cue(start, end, _WRITER_QUESTION.format(cue=text[start:end]), branch="informant:writer:aside")
    if content_clause(after, 0) or (_PRESENT_TOLD.search(text, start, end) is not None and _after_aside(after)):
        return Cue(start, end, _WRITER_QUESTION.format(cue=text[start:end]), branch="informant:writer:clause")
    return None


# the present of being told ("we are told", "I'm told", "we have been told"), the writer's
# standing hearsay; "I was told, as a child, that" narrates a past telling
_PRESENT_TOLD = LazyRegex(r"(?i)(?:\bam|\bare|['’]m|['’]re|\bhave\s+been|['’]ve\s+been|\bkeep\s+being)\s+"
                          r"(?:(?:often|always|constantly|repeatedly|now|also)\s+)?told$")
# the words an aside between the verb and its that-clause may hold (round 109: "We are told,
# year after year, that"); one opening with "by" or "from" names the informant ("I am told, by
# the mayor's office, that")
_ASIDE_WORDS = 6
_ASIDE_NAMES = frozenset(("by", "from", "via", "through"))
# an aside of repetition ("year after year", "time and again", "endlessly"): the received line
# told over and over, a column's straw man; other asides are not read (measured: one of them
# was a false alarm on a blind set)
_RECURRING = frozenset("again after year years time times day days week weeks repeatedly endlessly constantly "
                       "often always forever routinely".split())


def _after_aside(toks: list[Token]) -> bool:
    """An aside set off by commas after a present "told", then "that" and its clause: "We are told,
    again and again, that ..." (a bare clause after an aside is not read: "we are told, as
    ever, the same story" is an object). Only after "told": "we understand, ..., that" is as
    often the writer's own grasp of a point as a thing learnt (measured: a false alarm on a
    blind set)."""
    if not toks or toks[0].text != "," or len(toks) < 2 or toks[1].low in _ASIDE_NAMES:
        return False
    recurring = False
    for k in range(1, min(len(toks), _ASIDE_WORDS + 2)):
        t = toks[k]
        if t.word:
            recurring = recurring or t.low in _RECURRING
            continue
        if t.text != "," or k == 1:
            return False
        return recurring and k + 1 < len(toks) and toks[k + 1].low == "that" and content_clause(toks, k + 1)
    return False


_SELF = LazyRegex(
    r"(?i)\b(?:this\s+(?:(?:news)?paper|website|site|programme|program|station|publication|magazine|newsroom|"
    r"broadcaster|channel|column)|the\s+(?:news)?paper|our\s+(?:correspondent|reporter))\s*$"
)
# a camel compound's parts: "SunSport" -> Sun, Sport; "MailOnline" -> Mail, Online
_CAMEL = LazyRegex(r"[A-Z][a-z]+")


def _outlet_start(text: str, start: int, lo: int) -> int | None:
    """Where the outlet before the verb at ``start`` begins ("The Daily Telegraph", "SunSport",
    "this newspaper"), or ``None`` when no outlet is the verb's subject."""
    m = _SELF.search(text, max(lo, start - 40), start)
    if m is not None:
        return m.start()
    before = left(text, start, lo, 80)
    if not before or not before[0].word or not before[0].capitalised:
        return None
    parts = _CAMEL.findall(before[0].text)
    if not parts or parts[-1].lower() not in lx.lemmas("outlet-heads"):
        return None
    first = before[0]
    for t in before[1:]:
        if t.word and (t.capitalised or t.low == "the"):
            first = t
            if t.low == "the":
                break
            continue
        break
    return first.start


def outlet_informant(text: str, start: int, end: int, where: Bounds) -> Cue | None:
    """The outlet's unnamed informant: an outlet as the subject of the verb at
    ``text[start:end]`` ("understands", "has learned", "can reveal") with a content clause
    after it, or set off as a tag (", the Post understands.")."""
    lo, hi = where()
    begin = _outlet_start(text, start, lo)
    if begin is None:
        return None
    after = right(text, end, hi)
    before = left(text, begin, lo, 40)
    if _set_off(before, after) or content_clause(after, 0):
        return Cue(begin, end, _OUTLET_QUESTION.format(cue=text[begin:end]), branch="informant:outlet")
    return None
