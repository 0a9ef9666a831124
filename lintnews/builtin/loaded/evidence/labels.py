"""EVALUATIVE evidence: a label on a person or a body, a virtue or vice of manner (round 69).

Fresh news copy tags its actors with a stock label of plight or shame ("the beleaguered
agency", "the hapless harbour authority", "the embattled mayor") and colours how they acted
with a manner adverb of virtue or vice set before the writer's own verb ("firefighters
valiantly held the fire back", "the firm shamelessly raised prices"). Both are the writer's
verdict. The constructions tell them from the look-alikes:

- a label adjective (``loaded/label-adjectives``) opening a noun phrase (after a determiner, a
  possessive or at the sentence start) whose head, at most one modifier on, is a person
  (``loaded/people-nouns``) or a body (``loaded/body-nouns``) and ends the phrase; not a
  military head ("the beleaguered garrison", "embattled troops": the siege and battle
  senses), not a verb's participle ("the report shamed ministers" has a subject before it);
- a virtue or vice adverb (``loaded/virtue-adverbs``) between a subject and a verb: a word
  that is no determiner, auxiliary or preposition before it, a lower-case content word after
  it, and a finite verb after it ("a boldly patterned shirt", "was bravely borne", "fought
  bravely" stay as they are);
- the same adverb inside an active verb phrase (round 88): after the perfect's "has", "have",
  "had" with a participle next ("has bravely opened up", "had shamelessly raised"), or after
  the progressive's "is", "was", ... with an -ing form next ("were cynically exploiting"). The
  subject is the doer, so the adverb is still the writer's verdict on the act; the passive
  ("was bravely borne", "were boldly marked") names no doer and stays as it is.

- an evaluative adjective as an epithet (round 88; round 98: a compound in -ing, a bare plural
  after a comma, a reduced relative ending the phrase): it opens a noun phrase whose head, at
  most one modifier on, is a person noun (``loaded/person-nouns``, WordNet's noun.person) that
  ends the phrase ("the heartbroken singer was", "Tireless driver Sian Morgan"); not a
  participle, a non-gradable adjective, or a noun modifying another ("outstanding student
  loans").

Whose voice it is stays the judge's (a quotation or indirect speech is the speaker's).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from lintnews.builtin.loaded.evidence.evaluative import ABSOLUTE_ADJECTIVES
from lintnews.builtin.loaded.evidence.evidence import (
    DETERMINERS,
    FUNCTION_WORDS,
    NEXT_WORD,
    Effect,
    Evidence,
    classes,
    words_before,
)
from lintnews.language.finite import finite_forms
from lintnews.language.wordclasses import listed, lower_forms
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from collections.abc import Container


@lru_cache(maxsize=1)
def _classes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Label adjectives, person-or-body heads, virtue adverbs (every form, lower case)."""
    from lintnews.language.wordclasses import lower_forms

    c = classes()
    heads = (lower_forms("loaded/body-nouns") | c.people) - c.armed
    return (
        lower_forms("loaded/label-adjectives"),
        heads,
        lower_forms("loaded/virtue-adverbs"),
    )


# A possessive or a determiner opens the noun phrase ("the", "its", "Britain's")
_POSSESSIVE = LazyRegex(r"[\w-]+['’]s?\s+$")
# Words after a phrase's head that show the phrase ends there: a finite verb's common forms
_AUXILIARIES = frozenset(
    "is was are were be been being has have had will would can could should may might must do "
    "does did to not never".split()
)


def _finite(word: str) -> bool:
    """A past or third-person present form of some verb ("held", "lost", "faces"): the
    lexicon's finite forms (:mod:`lintnews.language.finite`), not a hand list."""
    forms = finite_forms()
    return word in forms.past or word in forms.present


# what may stand before a sentence's first word: blanks, an opening quote or bracket, and
# (round 167) the dash or bullet of a live blog's entry or a list's item
_ENTRY_OPENERS = " \t\"“‘'(—–-•"


def _opens_phrase(text: str, start: int, lo: int) -> bool:
    """Does the word at ``start`` open a noun phrase: after a determiner or a possessive
    ("the", "its", "Britain's"), or first in its sentence? (Round 167: after the dash or bullet
    that opens a live blog's entry or a list's item, "— Devastated traders ...": the entry's
    first word, as after an opening quote.)"""
    if start - lo <= 12 and not text[lo:start].strip(_ENTRY_OPENERS):
        return True  # the sentence opens with it (a bullet's "-" is a word to words_before)
    before = words_before(text, lo, start)
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _round_quantities():
        return True  # round 172: "Thousands of terrified residents fled": the phrase after a round number's "of"
    return bool(before) and (before[-1] in DETERMINERS or _POSSESSIVE.search(text, max(lo, start - 40), start) is not None)


def _round_quantities() -> frozenset[str]:
    """Round 172: the plural number nouns of an approximate count (Quirk et al. 6.64, "hundreds
    of people", "dozens of"), whose "of" phrase opens the noun phrase a determiner would; a word
    class since review 141 (``loaded-desks/round-number-nouns``, its plural forms: the zero
    plural "hundred" never stands before "of" without a determiner of its own)."""
    return lower_forms("loaded-desks/round-number-nouns", ("NNS",))


def label_of_body(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """A label adjective on a person or a body: "the beleaguered agency", "the hapless
    harbour authority had", "Embattled mayor quits"."""
    labels, heads, _ = _classes()
    if word.lower() not in labels or not _opens_phrase(text, start, lo):
        return None
    before = words_before(text, lo, start)
    if before and before[-1] in ("a", "an", "the") and _NAME.match(text, end, hi):
        # round 98: a label on a person named ("past a hapless Marek Zielinski")
        return Evidence("label", Effect.EVALUATIVE, "labels a person named after it")
    pos = end
    words: list[str] = []
    while len(words) < 3:
        m = NEXT_WORD.match(text, pos, hi)
        if m is None or text[pos:m.start(1)].strip(" \t"):
            break  # a comma or "and" ends the phrase ("hapless, and ...")
        words.append(m.group(1).lower())
        pos = m.end()
    for i, w in enumerate(words[:2]):
        if w in DETERMINERS or w in FUNCTION_WORDS:
            return None
        if w in heads:
            after = words[i + 1] if i + 1 < len(words) else None
            if after is None or after in FUNCTION_WORDS or _finite(after):
                return Evidence("label", Effect.EVALUATIVE, f"labels '{w}'")
            return None  # a modifier ("the embattled council tax scheme")
    return None


# The auxiliaries of the active perfect and progressive, after which a virtue adverb still
# judges the subject's act ("has bravely opened up", "were cynically exploiting")
_PERFECT = frozenset(("has", "have", "had", "'ve", "’ve"))
_PROGRESSIVE = frozenset(("is", "are", "was", "were", "am", "been"))
_ACTIVE_AUXILIARIES = _PERFECT | _PROGRESSIVE


def _active_phrase(text: str, end: int, hi: int, auxiliary: str) -> Evidence | None:
    """The verb after a virtue adverb that follows an auxiliary, if the phrase is active: a
    participle after the perfect's "has" ("opened", "spoken"), an -ing form after "is" or
    "been" ("exploiting"); not the passive's participle after "was" ("was bravely borne")."""
    m = NEXT_WORD.match(text, end, hi)
    if m is None or text[end:m.start(1)].strip(" \t"):
        return None
    nxt = m.group(1)
    if not nxt[:1].islower():
        return None
    low = nxt.lower()
    if auxiliary in _PERFECT:
        active = low != "been" and (low.endswith(("ed", "en")) or low in finite_forms().past)
    else:
        active = low.endswith("ing") and len(low) > 5
    if not active:
        return None
    return Evidence("virtue manner", Effect.EVALUATIVE, f"the writer's verdict on how '{nxt}' was done")


# round 105: adverbs of skill praise a person's record of handling affairs in the perfect
# ("has deftly navigated the realignments"), but in a simple past they tell a craft's or a
# sport's touch ("deftly folded the dough", "adroitly flicked the ball"): only the perfect's
# auxiliary raises them
_SKILL = frozenset(("deftly", "adroitly", "masterfully"))
_PERFECT_AUXILIARIES = frozenset(("has", "have", "had"))


# Round 160: the sentence's subject and an aside on it set off by commas, right before the
# adverb ("The owner, US investor Grant Fallon, boldly promised", "Brooke, who was upset,
# bravely spoke out"): the comma closes the aside, and the adverb stands between the subject
# and its verb as it does with no aside. The subject opens with a determiner or a capital that
# opens no adverbial ("In 2019, ...", "After the match, ..." are fronted adjuncts, not subjects).
_SUBJECT_ASIDE = LazyRegex(
    r"[\s\"'“‘(]*(?!(?:In|On|At|After|Before|When|While|If|Although|Though|As|Since|Because|For|From|By|"
    r"With|During|Under|Despite|Yesterday|Today|Last|This|Earlier|Later|Then|Now|However|But|And|Still|Yet|So)\b)"
    r"(?:(?i:the|a|an|his|her|their|its|our)\s+|[A-Z])[^\s,;:]*(?:\s+[^\s,;:]+){0,4}\s*,"
    r"\s*[^,;:.!?\"“”]{2,120},\s*")


def virtue_manner(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """A manner adverb of virtue or vice before the writer's verb: "firefighters valiantly
    held", "the crew, who bravely stayed", "the firm shamelessly raised", "the owner, a US
    investor, boldly promised"."""
    _, _, virtues = _classes()
    if word.lower() not in virtues:
        return None
    before = words_before(text, lo, start)
    if not before and _SUBJECT_ASIDE.fullmatch(text, lo, start):
        before = ["(subject)"]  # round 160: past the aside on the subject, as if right after it
    if word.lower() in _SKILL and not (before and before[-1] in _PERFECT_AUXILIARIES):
        return None
    return _manner_frame(text, end, hi, before)


def derived_manner(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """Round 138: the -ly adverb the lexicon derives from an evaluative adjective of its own
    ("tireless" -> "tirelessly", "clumsy" -> "clumsily", "lavish" -> "lavishly") in the frame
    of a virtue adverb: between a subject and its finite verb ("the council clumsily rolled
    out", "who lavishly entertained") or inside an active perfect or progressive ("has
    lovingly restored", "were triumphantly parading"). The adjective is the writer's
    verdict, so the adverb made from it is the same verdict on how the act was done (Quirk et
    al. 8.94). The caller passes only a derived adverb of a lexicon adjective that is no
    dual-sense or scale word ("dramatically rose", "sharply fell" measure a change)."""
    if not word.lower().endswith("ly"):
        return None
    before = words_before(text, lo, start)
    if any(w in _AUXILIARIES and w not in _ACTIVE_AUXILIARIES for w in before[-3:-1]) or any(
            w in _PROGRESSIVE for w in before[-3:-1]):
        return None  # a predicate graded, not an act: "he is otherwise eminently qualified"
    if before and before[-1].endswith(("'s", "’s", "s'", "s’")) and before[-1] not in _ACTIVE_AUXILIARIES:
        return None  # a possessive opens a noun phrase: "the council's clumsily worded letter"
    if any(w in _speech_forms() for w in before[-4:-1]):
        return None  # a clause reported without "that": "the author explained the media egregiously erred"
    return _manner_frame(text, end, hi, before)


@lru_cache(maxsize=1)
def _speech_forms() -> frozenset[str]:
    return frozenset(classes().speech_verbs)


def _manner_frame(text: str, end: int, hi: int, before: list[str]) -> Evidence | None:
    """The frame a manner adverb of the writer's verdict stands in (round 69, round 88)."""
    if before and before[-1] in _ACTIVE_AUXILIARIES:
        return _active_phrase(text, end, hi, before[-1])
    if not before or before[-1] in DETERMINERS or before[-1] in _AUXILIARIES or (
            before[-1] in FUNCTION_WORDS and before[-1] not in ("who", "that", "and", "but")):
        return None
    m = NEXT_WORD.match(text, end, hi)
    if m is None or text[end:m.start(1)].strip(" \t"):
        return None  # "fought bravely, ..." or the sentence ends
    nxt = m.group(1)
    if not nxt[:1].islower() or not _finite(nxt):
        return None  # no finite verb of the writer's after it ("boldly patterned", "bravely silent")
    return Evidence("virtue manner", Effect.EVALUATIVE, f"the writer's verdict on how '{nxt}' was done")



# A person's name of two capitalised words, a middle initial allowed ("Sian Morgan", "James D.
# Zirin"), and no third capitalised word after it (a title or a company: "Harbour Trust Board")
# (round 98: lower-case letters with diacritics too, "Marek Zieliński")
_NAME = LazyRegex(r"[ \t]+[A-Z][a-zß-ÿā-ž’'-]+[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-zß-ÿā-ž’'-]+\b(?![ \t]+[A-Z])")


def _ends_phrase(text: str, pos: int, hi: int, plural: bool = False) -> bool:
    """Does a noun phrase end at ``pos``: a stop, a comma, the end, a function word, a finite
    verb or a person's name next ("the singer, ...", "the singer was", "the head retires",
    "driver Sian Morgan")? Not another noun ("student loan debt": "student" is a modifier).
    Round 109: after a plural head (``plural``) a verb's plain form is its finite present
    ("thieves steal", "volunteers give up"), as a headline's present tells its news."""
    if _NAME.match(text, pos, hi):
        return True
    m = NEXT_WORD.match(text, pos, hi)
    if m is None or text[pos:m.start(1)].strip(" \t"):
        return True
    nxt = m.group(1)
    return nxt in FUNCTION_WORDS or nxt in _AUXILIARIES or (nxt[:1].islower() and _finite(nxt)) or (
        nxt[:1].islower() and _reduced_relative(nxt)) or (plural and nxt[:1].islower() and _plain_verb(nxt))


# Round 162: the adverbs that stand between a subject and its verb (Quirk et al. 8.20, the
# medial position: "the thug also kept", "the thief then fled"); past one, the verb ends the
# phrase (word class ``loaded/medial-adverbs``, round 173)


def ends_phrase(text: str, pos: int, hi: int, plural: bool = False) -> bool:
    """:func:`_ends_phrase` for the other epithet readings (round 148, :mod:`.epithets`): a
    word in a line set in capitals ends the phrase when it is a function word ("SICK THUG WHO");
    a medial adverb is passed over to the verb after it ("the sick fiend also kept", round 162)."""
    m = NEXT_WORD.match(text, pos, hi)
    if m is not None and len(m.group(1)) > 1 and m.group(1).isupper() and not text[pos:m.start(1)].strip(" \t"):
        return m.group(1).lower() in FUNCTION_WORDS
    if m is not None and m.group(1) in listed("loaded/medial-adverbs") and not text[pos:m.start(1)].strip(" \t"):
        pos = m.end()
    return _ends_phrase(text, pos, hi, plural)


def _plain_verb(word: str) -> bool:
    """Is ``word`` the plain form of some verb ("steal", "give", "carry"): its third-person
    present is one of the lexicon's finite forms (:mod:`lintnews.language.finite`)?"""
    present = finite_forms().present
    return len(word) > 2 and word.isalpha() and (
        word + "s" in present or word + "es" in present
        or (word.endswith("y") and word[:-1] + "ies" in present))


def _reduced_relative(word: str) -> bool:
    """Does ``word`` open a reduced relative clause after a noun ("the villagers living along
    the border", "shopkeepers facing a third flood")? An -ing form of some verb (its stem a
    verb of the lexicon's finite forms: "living" from "lives"), not a noun in -ing that
    modifies another ("the singer's spring tour")."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    forms = finite_forms().present
    stem = word[:-3]
    return stem + "s" in forms or stem + "es" in forms or (
        len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] + "s" in forms)


def _compound_adjective(word: str) -> bool:
    """A hyphenated compound adjective in -ing or -ed ("long-suffering", "hard-nosed",
    "mean-spirited"): its first part modifies the participle, so it is an adjective before a
    noun, never a verb's participle with a subject ("the report shamed ministers")."""
    head, _, last = word.rpartition("-")
    return bool(head) and head.replace("-", "").isalpha() and len(last) > 3


def _subject_goes_on(head: str, text: str, pos: int, hi: int) -> bool:
    """A bare phrase after a comma is a subject if its head is a plural and its clause goes
    on after it ("long-suffering shopkeepers spent", "shopkeepers on the high street"), not
    the last item of a list or a clause ("..., immoral heretics.")."""
    m = NEXT_WORD.match(text, pos, hi)
    return head.endswith("s") and m is not None and not text[pos:m.start(1)].strip(" \t")


def _opens_bare_phrase(text: str, start: int, lo: int) -> bool:
    """Does the word open a bare noun phrase right after a comma that closes an opening
    adjunct ("For the third time in five years, long-suffering shopkeepers spent ...")? The
    caller asks for a plural head whose clause goes on (:func:`_subject_goes_on`): a bare
    singular after a comma is more often a list's item."""
    return text[max(lo, start - 2):start].rstrip(" \t").endswith(",")


# round 166: the words before a bare plural that is the subject of a clause of its own: the
# absolute "with" clause ("with panicked shoppers queuing", Quirk et al. 15.60) and the
# subordinator "as" ("as panicked locals stocked up"); the caller asks for a participle of
# the writer's judgement whose plural head's clause goes on, as after a comma
_CLAUSE_OPENERS = frozenset(("with", "as"))


def _opens_clause_subject(text: str, start: int, lo: int) -> bool:
    """Round 166: does the word open a bare noun phrase right after "with" or "as" (the
    subject of an absolute or a subordinate clause, "as panicked locals stocked up")? Only for
    a participle epithet (:func:`epithet`): an adjective there is as often a list's or a
    comparison's ("as bitter rivals", "with angry words")."""
    before = words_before(text, lo, start)
    return bool(before) and before[-1] in _CLAUSE_OPENERS


@lru_cache(maxsize=1)
def _epithet_participles() -> frozenset[str]:
    """Round 166: the participles that may stand as an epithet (``loaded/epithet-participles``)."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/epithet-participles")


def _participle(low: str) -> bool:
    """A form in -ed or -ing that the epithet reading leaves out: a verb's participle, not a
    hyphenated compound adjective (round 98, :func:`_compound_adjective`)."""
    return low.endswith(("ing", "ed")) and not _compound_adjective(low)


# the words before an indefinite noun phrase that make it a type compared with, not a person
# described: "plays the prince less as a brooding youth than a furious middle manager"
_COMPARING = frozenset(("as", "than", "like"))


def _compared_type(text: str, start: int, lo: int) -> bool:
    """Is the phrase opening at ``start`` an indefinite one after "as", "than" or "like" (a
    type a portrayal or a likeness is compared with, no person whose feeling is told)?"""
    before = words_before(text, lo, start)
    return len(before) >= 2 and before[-1] in ("a", "an") and before[-2] in _COMPARING


def epithet(text: str, start: int, end: int, lo: int, hi: int, word: str,
            judging_participle: bool = False) -> Evidence | None:
    """An evaluative adjective as an epithet of a person: it opens a noun phrase (after a
    determiner or a possessive, or first in its sentence), and the phrase's head, at most one
    modifier on, is a lower-case person noun (``loaded/person-nouns``, from WordNet) that ends
    the phrase: "the heartbroken singer was spotted", "Tireless driver Sian Morgan", "the
    incomparable jazz pianist Ruth Adeyemi". Not a participle ("the acclaimed author", "the
    disgraced officials": a fact about them or others' view, as the label and rapture cues
    read them; but a hyphenated compound in -ing or -ed is an adjective, "long-suffering
    tenants": round 98), not a non-gradable adjective ("the ideal customer"), not a noun that
    modifies another ("outstanding student loans"). Round 98: also a bare plural phrase after
    a comma whose clause goes on (", long-suffering tenants spent").

    Round 166: a participle of ``loaded/epithet-participles`` of an emotive or judgement
    entry (``judging_participle``, the caller's kind: "the disgraced former director",
    "Devastated traders") is the writer's characterisation of the person as the adjective
    is; the other participles stay out, those with a plain state beside ("the troubled
    teenager", "the beleaguered fighters") and the praise ones ("the acclaimed author": others'
    acclaim reported), and so do the -ing forms ("the striking workers"). Such a
    participle also opens the bare plural subject after "with" or "as" ("with panicked shoppers
    queuing", "as panicked locals stocked up"). A state the story reports ("injured
    passengers", "evacuated residents") is no lexicon entry and never reaches here."""
    low = word.lower()
    participle = _participle(low)
    if (participle and not (judging_participle and low in _epithet_participles())) or low in ABSOLUTE_ADJECTIVES:
        return None
    bare = False
    if not _opens_phrase(text, start, lo):
        if not (_opens_bare_phrase(text, start, lo) or (participle and _opens_clause_subject(text, start, lo))):
            return None
        bare = True  # (round 98: ", long-suffering shopkeepers spent": a plural head only)
    if _compared_type(text, start, lo):
        return None
    persons = classes().persons
    pos = end
    for _ in range(2):
        m = NEXT_WORD.match(text, pos, hi)
        if m is None or text[pos:m.start(1)].strip(" \t"):
            return None  # a comma: "brave, kind" is a list
        w = m.group(1)
        head = _compound_person(w, persons)  # round 169: "passers-by", "hangers-on"
        if head is None and (not w.isalpha() or not w.islower() or w in DETERMINERS or w in FUNCTION_WORDS):
            return None
        pos = m.end()
        noun = head or w
        if noun in persons and _ends_phrase(text, pos, hi, plural=noun.endswith("s")) \
                and not (bare and not _subject_goes_on(noun, text, pos, hi)):
            return Evidence("epithet", Effect.EVALUATIVE, f"characterises the {w}")
        if head is not None:
            return None  # the compound ends the look: no second modifier before it
    return None


# Round 169: the particles and phrases a person noun takes after it in a hyphenated compound
# whose first part is the head and takes the plural (Quirk et al. 17.108: "passers-by",
# "lookers-on", "hangers-on", "runners-up", "sons-in-law", "mothers-to-be")
_PERSON_COMPOUND_TAILS = frozenset(("by", "on", "up", "in-law", "to-be", "at-arms", "at-law"))


def _compound_person(word: str, persons: Container[str]) -> str | None:
    """The head of a hyphenated person noun that puts its head first ("passers-by" ->
    "passers"), when that head is a person noun in lower case and the rest a tail of
    :data:`_PERSON_COMPOUND_TAILS`; else None. The epithet reads single words, and a
    compound's head is its first part here, not its last ("by")."""
    first, sep, tail = word.partition("-")
    if not sep or tail not in _PERSON_COMPOUND_TAILS or not first.isalpha() or not first.islower():
        return None
    return first if first in persons else None


# round 150: the copulas after which a praise adverb grades the subject's make or state ("are
# beautifully designed", "remains proudly independent") rather than a verb's manner
_COPULAS = frozenset(("is", "are", "was", "were", "be", "been", "being", "am", "remain", "remains", "remained",
                      "remaining", "stay", "stays", "stayed", "look", "looks", "looked", "seem", "seems", "seemed"))
# the end of a predicate: a stop, a comma, a conjunction or a preposition opening an adjunct
_PREDICATE_END = LazyRegex(r"[ \t]*(?:[.,;:!?)—–]|$|\n|(?:and|but|with|in|on|at|for|since|to|by)\b)")


def _lexical_verb(word: str) -> bool:
    """A past or present form of a lexical verb ("worked", "played", "campaigns"), not an
    auxiliary, a copula or a function word."""
    return word.isalpha() and word not in _AUXILIARIES and word not in _COPULAS and word not in FUNCTION_WORDS \
        and _finite(word)


_BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been", "am", "'s", "'re"))


def _progressive(before: list[str]) -> bool:
    """Review 130: do the words before end in a form of "be" and a lexical verb's -ing form
    ("have been working tirelessly", "are campaigning tirelessly")? The progressive is the
    same act as "worked", read through its finite forms: the -ing word's stem must give a
    present form of some verb ("work" -> "works", "mak" -> "makes", "runn" -> "runs"), so an
    adjective in -ing ("is amazing") names no act."""
    if len(before) < 2 or before[-2] not in _BE_FORMS or not before[-1].endswith("ing"):
        return False
    stem = before[-1][:-3]
    present = finite_forms().present
    doubled = stem[:-1] + "s" if stem[-1:] == stem[-2:-1] else ""  # "running" -> "runs"
    return len(stem) > 1 and any(f in present for f in (stem + "s", stem + "es", stem + "e" + "s", doubled) if f)


def praise_manner(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """Round 150: the -ly adverb of a praise adjective of the lexicon ("tireless" ->
    "tirelessly", "beautiful" -> "beautifully") in the writer's clause, after the verb it
    grades ("crews have worked tirelessly", "she played brilliantly") or between a copula and
    a participle ("the apps are beautifully designed", "has been superbly restored"). Praise of
    how an act was done, or how a thing was made, is the writer's verdict on it (Quirk et al.
    8.94: a process adjunct of manner); the caller passes only praise adverbs, so the
    describing adverbs ("quietly", "slowly", "publicly") and the emotive ones of a feeling
    shown ("reacted angrily") never reach it. Not after a determiner ("the worked example"),
    not a possessive's noun, not a participle used as a modifier before a noun ("a beautifully
    designed app" is :func:`praised_thing`'s business)."""
    before = words_before(text, lo, start)
    if not before:
        return None
    verb = before[-1]
    if len(before) >= 2 and (before[-2] in DETERMINERS or before[-2].endswith(("'s", "’s"))):
        return None  # "the plans tirelessly": a noun, not a verb
    if verb in _COPULAS:
        m = NEXT_WORD.match(text, end, hi)
        if m is None or text[end:m.start(1)].strip(" \t"):
            return None
        nxt = m.group(1)
        if not nxt.islower() or not (nxt.endswith(("ed", "en")) or nxt in finite_forms().past):
            return None  # "is beautifully simple" is the intensifier's reading
        if not _PREDICATE_END.match(text, m.end(), hi):
            return None  # "is beautifully designed software": a modifier before its noun
        return Evidence("praise manner", Effect.EVALUATIVE, f"the writer's verdict on how it was '{nxt}'")
    if (_lexical_verb(verb) or _progressive(before)) and verb.isalpha():
        if any(w in _speech_forms() for w in before[-4:-1]):
            return None  # a clause reported without "that"
        return Evidence("praise manner", Effect.EVALUATIVE, f"the writer's verdict on how it was '{verb}'")
    return None


@lru_cache(maxsize=1)
def _attitudes() -> frozenset[str]:
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/attitude-adverbs")


def attitude_state(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """Round 150: an adverb of the subject's attitude (``loaded/attitude-adverbs``: "proudly",
    "defiantly") between a copula of state and a predicate adjective that closes its clause:
    "the firm remains proudly independent", "the town is defiantly Welsh". The writer lends
    the subject a pride nobody is quoted as having, a verdict on the state (Quirk et al. 8.94,
    subject-oriented adjuncts). Not before a participle ("is proudly displayed": the passive
    describes how a thing is shown), not before a noun ("is proudly independent radio")."""
    if word.lower() not in _attitudes():
        return None
    before = words_before(text, lo, start)
    if not before or before[-1] not in _COPULAS:
        return None
    m = NEXT_WORD.match(text, end, hi)
    if m is None or text[end:m.start(1)].strip(" \t"):
        return None
    nxt = m.group(1)
    if nxt.lower() in FUNCTION_WORDS or nxt.lower() in DETERMINERS or nxt.endswith(("ed", "en", "ing")) \
            or nxt.lower() in finite_forms().past:
        return None
    if not _PREDICATE_END.match(text, m.end(), hi):
        return None
    return Evidence("attitude", Effect.EVALUATIVE, f"the writer lends the subject an attitude in being '{nxt}'")


@lru_cache(maxsize=1)
def _ruled_labels() -> frozenset[str]:
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/ruled-labels")


# Round 154: a name heading the label ("the Gordeyev regime", "the Iranian regime"): one to
# three capitalised words after a lower-case "the" or a sentence-opening "The"
_NAMED_BEFORE = LazyRegex(r"(?<![\w'’-])(?:the|The)\s+(?-i:(?:[A-Z][\w'’.-]*\s+){1,3})$")
# ... or the ruler after "of" ("the regime of President Arno Vessel", "the regime of the Taliban")
_RULER_AFTER = LazyRegex(r"\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*)")


def ruled_label(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """Round 154: a contentious label of a government (``loaded/ruled-labels``: "regime") named
    by its ruler or its country: "the Gordeyev regime has a long record", "since the regime
    of President Vessel came to power". The name makes it a government's name, and the word
    the writer's label for it (GUIDELINES.md's contentious labels; BBC guidance: "government").
    The word itself in lower case (a title-case headline's "Tax Regime" is no label); a
    lower-case modifier or object keeps the technical sense ("the tax regime", "a regime of
    daily tests": the pack's exceptions)."""
    if word not in _ruled_labels():
        return None
    named = _NAMED_BEFORE.search(text, max(lo, start - 60), start)
    if named is not None and _DEMONYM.search(named.group()):
        return None  # "the Iranian regime", "the Syrian regime of Bashar al-Assad": unmarked on the dev suites
    if named is not None or _RULER_AFTER.match(text, end):
        return Evidence("ruled label", Effect.EVALUATIVE, f"the label names the government '{word}' of a named ruler")
    return None


# A country's adjective, by its endings (Iranian, Syrian, Chinese, Turkish, Iraqi, Islamic,
# Communist): babe-dev and ptc-dev leave "the Iranian regime" unmarked (16 uses, 6 raised by a
# first version of this evidence, none gold); only a ruler's name makes the label the writer's
_DEMONYM = LazyRegex(r"(?:ian|an|ese|ish|i|ic|ist)\s+$")
