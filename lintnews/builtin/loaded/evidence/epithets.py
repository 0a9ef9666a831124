"""EVALUATIVE evidence: the tabloid's epithets for people (round 148).

Crime copy in the popular press names its people with the writer's verdict fused to the name
or the noun: "Evil Nathan Crowe strangled ...", "Sick Crowe even laid flowers ...",
"Heartbroken Mr Brierley ...", "a sick thug", "heartless burglars", "a smooth-talking
conman", "The brute knocked ...". Two constructions tell the epithet from a description:

- *an adjective before a name with no determiner* (:func:`name_epithet`): an adjective
  opening its sentence right before a title and a name ("Heartbroken Mr Brierley") or before
  a name whose last word the article uses on its own elsewhere ("Evil Nathan Crowe" where
  "Crowe" recurs; "Sick Crowe"), followed by a lower-case word. English puts no adjective of
  description before a bare proper name (Quirk et al. 5.64: a premodified proper noun takes
  "the", "the young Mozart"); the zero-article adjective is the journalese epithet, always
  the writer's label. Not a name the adjective belongs to ("Evil Dead": its second word never
  stands alone in the article), not a line set in capitals or title case (the word after the
  name must be lower case);
- *an adjective before a noun naming a wrongdoer* (:func:`offender_epithet`): the next word,
  or the one after a single lower-case modifier, is an offender noun (``loaded/offender-nouns``,
  WordNet's wrongdoers and bad persons): "a sick thug", "heartless burglars", "a callous young
  thief" (the modifier between an adjective with no noun or verb reading), the noun ending its
  phrase (not "the heartless thief alarm"). The noun already names the offence, so the adjective adds only the verdict; a
  dual-sense adjective ("sick") keeps its literal sense elsewhere ("a sick child").

Whose voice it is stays the judge's (a quotation or indirect speech is the speaker's).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import FUNCTION_WORDS, NEXT_WORD, Effect, Evidence
from lintnews.builtin.loaded.evidence.labels import ends_phrase
from lintnews.language.finite import finite_forms
from lintnews.util.lazyregex import LazyRegex

# a title and a capitalised name after it ("Mr Brierley", "Mrs Ann Lowe", "Dr. Patel")
_TITLED = LazyRegex(r"[ \t]+(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?[ \t]+(?:[A-Z][a-z’'-]+[ \t]+)?([A-Z][a-z’'-]+)[ \t,]+[a-z]")
# one or two capitalised words, then a lower-case word: the name and the verb after it
_NAMED = LazyRegex(r"[ \t]+(?:[A-Z][a-z’'-]+[ \t]+)?([A-Z][a-z][a-z’'-]*)[ \t,]+[a-z]")


@lru_cache(maxsize=1)
def _offenders() -> frozenset[str]:
    """Every form of the offender nouns (lower case): WordNet's wrongdoers and the tabloid's
    own names for them (round 162: "the sick fiend")."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/offender-nouns") | lower_forms("loaded/tabloid-offender-nouns")


def _opens_sentence(text: str, start: int, lo: int) -> bool:
    """Is the word the first of its sentence (after an opening quotation mark at most)?"""
    return not text[lo:start].strip(" \t\"“‘'(")


# characters looked at on each side of the name for it standing alone (a news article's length,
# as :mod:`.names` reads a name in running text)
_ALONE_REACH = 6000
# review 129: where a surname stands alone, per surname and adjective, read once per text (the
# whole text was read again for every epithet, quadratic in a long file whose name never stands
# alone); review 130: the memo is the caller's per-document value (the voice judge's
# ``_DocState.alone_names``), no module state the data flow doubles back through (issue 19)
AloneMemo = dict[tuple[str, str], list[int]]


def _alone_positions(text: str, surname: str, adjective: str, memo: AloneMemo) -> list[int]:
    """Every offset, in order, where ``surname`` stands as a word not right after
    ``adjective`` (within its two words before); kept in ``memo`` (one per text)."""
    key = (surname, adjective.lower())
    out = memo.get(key)
    if out is None:
        out = []
        i = text.find(surname)
        while i >= 0:
            after = text[i + len(surname):i + len(surname) + 1]
            if not after.isalpha() and (i == 0 or not text[i - 1].isalpha()) \
                    and key[1] not in text[max(0, i - 40):i].lower().split()[-2:]:
                out.append(i)
            i = text.find(surname, i + 1)
        memo[key] = out
    return out


def _stands_alone(text: str, surname: str, adjective: str, at: int, memo: AloneMemo | None) -> bool:
    """Does ``surname`` occur elsewhere in the article (:data:`_ALONE_REACH`) as a word not
    right after ``adjective`` ("Crowe, 34, denied" beside "Evil Nathan Crowe"), so that it is a
    person's name?"""
    where = _alone_positions(text, surname, adjective, {} if memo is None else memo)
    k = bisect_left(where, at - _ALONE_REACH)
    for i in where[k:k + 2]:  # (the occurrence at ``at`` itself is skipped: one more looked at)
        if i > at + _ALONE_REACH:
            return False
        if i != at:
            return True
    return False


def name_epithet(text: str, start: int, end: int, lo: int, alone: AloneMemo | None = None) -> Evidence | None:
    """An adjective opening its sentence before a title and a name, or before a name seen
    alone elsewhere in the article, with a lower-case word after the name (``alone``: the
    document's memo of where names stand alone, see :func:`_alone_positions`)."""
    word = text[start:end]
    if not _opens_sentence(text, start, lo) or not word[:1].isupper() or word.isupper():
        return None
    m = _TITLED.match(text, end)
    if m is not None:
        return Evidence("epithet", Effect.EVALUATIVE, f"an epithet before the name '{m.group(1)}'")
    m = _NAMED.match(text, end)
    if m is not None and _stands_alone(text, m.group(1), word, m.start(1), alone):
        return Evidence("epithet", Effect.EVALUATIVE, f"an epithet before the name '{m.group(1)}'")
    return None


# Review 129: the verb right after the offender's noun when it tells a state or what was done
# to the person ("The sick thief was taken to hospital", "a sick burglar is recovering"): for
# a dual-sense adjective ("sick": ill), the literal reading stands; the epithet judges a doer
_STATE_AFTER = LazyRegex(r"[ \t]+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|became|remains?|remained|"
                         r"felt|feels?|looked|got|gets|lay|lies|needed|needs|died)\b")


def offender_epithet(text: str, end: int, hi: int, dual: bool = False) -> Evidence | None:
    """An adjective whose noun, next or after one lower-case modifier, names a wrongdoer. A
    ``dual`` adjective ("sick", ill in its literal sense) only before a doer: not when a state or
    a passive follows the noun ("The sick thief was taken to hospital")."""
    offenders = _offenders()
    pos = end
    for _ in range(2):
        m = NEXT_WORD.match(text, pos, hi)
        if m is None or text[pos:m.start(1)].strip(" \t"):
            return None  # a comma: "cruel, thugs" is no phrase
        w = m.group(1)
        low = w.lower()
        if not (w.islower() or w.isupper()) or low in FUNCTION_WORDS:
            return None
        if low in offenders:
            if not ends_phrase(text, m.end(), hi, plural=low.endswith("s")):
                return None  # "the heartless thief alarm": the head is "alarm"
            if dual and _STATE_AFTER.match(text, m.end()):
                return None  # "The sick thief was taken to hospital": ill (review 129)
            return Evidence("epithet", Effect.EVALUATIVE, f"characterises the offender '{low}'")
        if low not in finite_forms().adjectives:
            return None  # "the sickening moment thugs attack": the adjective's head is "moment"
        pos = m.end()
    return None


# round 150: a person's name of two or three capitalised words after the article and the
# adjective, then a lower-case word or a comma (not a title-case line): "the brilliant Ruth
# Wanjiku heads", "the peerless Ana Sousa, who"
_ARTICLE_NAME = LazyRegex(
    r"[ \t]+[A-Z][a-zß-ÿā-ž’'-]+(?:[ \t]+[A-Z][a-zß-ÿā-ž’'-]+)?[ \t]+([A-Z][a-zß-ÿā-ž’'-]+)(?=,|[ \t]+[a-z])")
# (round 172: a lookbehind, not "^": the search starts at the sentence, whose first article has
# the line's break or nothing before it, and "^" matches only at the text's start, so "The
# tireless Ms Kiernan has driven" opening a later sentence was never read)
_ARTICLE_BEFORE = LazyRegex(r"(?<![^\s(“\"‘])(?:the|a|an)[ \t]+$", re.IGNORECASE)


def named_praise(text: str, start: int, end: int, lo: int, alone: AloneMemo | None = None) -> Evidence | None:
    """Round 150: a lower-case evaluative adjective between an article and a person's name,
    "the brilliant Ruth Wanjiku heads the field", "a formidable Ann Vale". English premodifies a
    proper name only with an article (Quirk et al. 5.64); a descriptive modifier there tells a
    phase or a kind of the person ("the young Mozart"), an evaluative one the writer's verdict.
    The name's last word must stand alone elsewhere in the article ("Wanjiku, 29, ..."), so it is
    a person, not a title or a place ("the Great Gatsby" is capitalised; "Brilliant Minds" as a
    show has no article and lower-case adjective)."""
    word = text[start:end]
    if not word.islower() or not _ARTICLE_BEFORE.search(text, max(lo, start - 8), start):
        return None
    m = _ARTICLE_NAME.match(text, end)
    if m is None or not _clause_goes_on(text, m.end()) or m.group(1).lower() in _institutions() \
            or not _stands_alone(text, m.group(1), word, m.start(1), alone):
        return None
    return Evidence("epithet", Effect.EVALUATIVE, f"an epithet before the name '{m.group(1)}'")


@lru_cache(maxsize=1)
def _institutions() -> frozenset[str]:
    """Nouns of bodies and places that close a proper name ("Baptist Church", "City Council")."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/body-nouns")


_AFTER_NAME = frozenset(("who", "whose", "is", "was", "has", "had", "will", "would", "can", "could", "and"))


def _clause_goes_on(text: str, pos: int) -> bool:
    """Does the name end its noun phrase as a subject or an appositive's head: a comma, a
    finite verb or "who" after it ("Ruth Wanjiku heads", "Ana Sousa, who"), not a noun it
    modifies ("the Scientific American magazine") or a preposition ("the Ebenezer Church on")?"""
    if text[pos:pos + 1] == ",":
        return True
    m = NEXT_WORD.match(text, pos)
    if m is None:
        return False
    nxt = m.group(1)
    forms = finite_forms()
    return nxt in _AFTER_NAME or nxt in forms.past or nxt in forms.present
