"""Evidence for the loaded-language judge: one small function per kind of evidence.

Each function looks at the words around one candidate (a lexicon hit) and returns an
:class:`Evidence` or ``None``. The judge (``voice.py``) weighs them in one place:

- ``DROP``: the word is not loaded here (a literal or technical collocation, a name);
- ``VOICE``: the words are someone else's (indirect speech, a Q&A answer, a letter, a post,
  a characterisation reported with "called"): ``info`` at most;
- ``DOUBT``: the use is ambiguous (a feeling reported of people): ``info``;
- ``EVALUATIVE``: the use passes a verdict (before a person, act or event; a predicative
  verdict; an intensifier; an exclamation; superlative praise; a sentence adverb of the
  writer): a word held at ``info`` becomes a ``warning``.

The cues are general (word classes in ``lintnews/language/wordclasses/loaded.toml``, every
form of each lemma), not per-word lists, and each reads a few words around the hit, so the
judge stays linear in the number of candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from lintnews.document import speech
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from collections.abc import Callable


class Effect(Enum):
    DROP = "not loaded here"
    VOICE = "someone else's words"
    DOUBT = "doubtful"
    EVALUATIVE = "evaluative use"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason for the judge's decision: its kind, its effect, and what was seen."""

    kind: str
    effect: Effect
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}"


# -- word classes ------------------------------------------------------------------------

LITERAL_DOMAINS = ("measures", "damage", "conflict", "medicine", "law", "sport", "security", "science", "food")


@dataclass(frozen=True, slots=True)
class Classes:
    """The word classes the evidence reads, every form of every lemma (lower case)."""

    dual_sense: frozenset[str]
    literal: dict[str, str]  # noun form -> domain
    judged: frozenset[str]
    people: frozenset[str]
    praised: frozenset[str]
    intensifiers: frozenset[str]
    copulas: frozenset[str]
    feelings: frozenset[str]
    speech_verbs: tuple[str, ...]  # every form, for the regexes below
    characterising: tuple[str, ...]
    poor_precision: frozenset[str]  # lemmas
    measured_loaded: frozenset[str]  # forms, as measured
    armed: frozenset[str]  # armed forces, as the doer of a combat verb
    targets: frozenset[str]  # buildings, vehicles, positions, as the object of a combat verb
    clause_verbs: frozenset[str]  # reporting verbs that take a clause, not an object
    feeling_nouns: frozenset[str]
    event_nouns: frozenset[str]  # nouns that name an event as well as judge one


@lru_cache(maxsize=1)
def classes() -> Classes:
    """Loaded at the first candidate (a text with no loaded word never reads them)."""
    from lintnews.language.wordclasses import listed, word_class

    literal: dict[str, str] = {}
    for domain in LITERAL_DOMAINS:
        for form in word_class(f"loaded/literal-{domain}"):
            literal.setdefault(form, domain)
    return Classes(
        dual_sense=frozenset(word_class("loaded/dual-sense")),
        literal=literal,
        judged=frozenset(word_class("loaded/judged-nouns")),
        people=frozenset(word_class("loaded/people-nouns")),
        praised=frozenset(word_class("loaded/praised-nouns")),
        intensifiers=frozenset(word_class("loaded/intensifiers")),
        copulas=frozenset(word_class("loaded/copulas")),
        feelings=frozenset(word_class("loaded/feelings")),
        speech_verbs=tuple(sorted(set(word_class("loaded/speech-verbs")) | listed("loaded/speech-verbs"))),
        characterising=tuple(sorted(word_class("loaded/characterising-verbs"))),
        poor_precision=frozenset(word_class("loaded/poor-precision").values()),
        measured_loaded=listed("loaded/measured-loaded") | listed("loaded/measured-loaded", "named"),
        armed=frozenset(word_class("loaded/armed-forces")),
        targets=frozenset(word_class("loaded/struck-targets")),
        clause_verbs=frozenset(word_class("loaded/clause-verbs")),
        feeling_nouns=frozenset(word_class("loaded/feeling-nouns")),
        event_nouns=frozenset(word_class("loaded/event-nouns")),
    )


_NEXT = re.compile(r"[\s,]*(?:(?:and|or)\s+)?([\w][\w'’-]*)")
_DETERMINERS = frozenset(
    "a an the his her their its our your my this that these those two three four some any "
    "another such".split()
)


_FUNCTION_WORDS = frozenset(
    "by at of in on to for with from over about that which who whom is was are were be been "
    "and or but as than into onto after before since while if when where has have had will "
    "would can could should may might must do does did not no".split()
)


def next_words(text: str, end: int, hi: int, n: int = 3, skip_determiners: bool = True) -> list[str]:
    """Up to ``n`` words after ``end`` in the sentence (lower case), skipping commas and one
    "and"/"or" ("dangerous, dirty air"), and determiners when asked ("squandered a two-goal
    lead"); a function word ends the run ("outraged by the decision": "by")."""
    out: list[str] = []
    pos = end
    while len(out) < n:
        m = _NEXT.match(text, pos, hi)
        if m is None:
            break
        word = m.group(1).lower()
        pos = m.end()
        if skip_determiners and word in _DETERMINERS:
            continue
        if word in _FUNCTION_WORDS:
            break
        out.append(word)
    return out


# -- DROP: not loaded here ----------------------------------------------------------------

def dual_sense(word: str, lemma: str) -> bool:
    """Has the word a measurable or technical sense beside the evaluative one ("toxic",
    "radical", "catastrophic")? (Word class ``loaded/dual-sense``.)"""
    c = classes()
    return word in c.dual_sense or lemma in c.dual_sense


_THAN = re.compile(r"\s+than\s+", re.IGNORECASE)
# An effect on a literal thing (round 25, round 23's second sample: "its harmful effects on our
# health"; not "harmful effects on the poor", a verdict on what is done to people)
_EFFECT_ON = LazyRegex(r"\s+effects?\s+on\s+(?:(?:our|their|his|her|its|your|the|human|public)\s+)?([\w-]+)",
                        re.IGNORECASE)


def literal_collocation(text: str, end: int, hi: int, word: str, lemma: str, start: int = -1,
                        lo: int = -1) -> Evidence | None:
    """A dual-sense word before a literal head noun: "toxic air", "radical surgery",
    "malicious software", "catastrophic flooding", "squandered a two-goal lead"; or compared
    with one ("less toxic than smoking tobacco"; round 15)."""
    if not dual_sense(word, lemma):
        return None
    c = classes()
    for w in next_words(text, end, hi):
        domain = c.literal.get(w)
        if domain is not None:
            return Evidence("literal", Effect.DROP, f"before '{w}' ({domain})")
    effect = _EFFECT_ON.match(text, end, hi)
    if effect is not None:  # "harmful effects on our health": the effect on the literal thing
        domain = c.literal.get(effect.group(1).lower())
        if domain is not None and domain != "food":
            return Evidence("literal", Effect.DROP, f"an effect on '{effect.group(1)}' ({domain})")
    than = _THAN.match(text, end, hi)
    if than is not None:  # "less toxic than tobacco": a measure of the literal thing compared
        for w in next_words(text, than.end(), hi):
            domain = c.literal.get(w)
            if domain is not None:
                return Evidence("literal", Effect.DROP, f"compared with '{w}' ({domain})")
    if lo >= 0 and c.literal.get(word) == "food":
        return food_among_food(text, start, end, lo, hi)
    if lo >= 0:
        return literal_subject(text, start, lo)
    return None


# Waste as the thing itself (round 23; round 21's check: "rubbish dots the island's beaches",
# "no rubbish collection", "picking through garbage for recyclables"): a noun of waste handled,
# heaped or lying somewhere, not the verdict ("that is rubbish", "a garbage argument").
WASTE_NOUNS = frozenset(("rubbish", "garbage", "trash"))
_WASTE_HEAD_AFTER = LazyRegex(
    r"\s+(?:collection|collections|collectors?|bins?|bags?|cans?|dumps?|trucks?|lorr(?:y|ies)|heaps?|"
    r"piles?|mounds?|tips?|disposal|pickers?|picking|sites?|dumping|burning|incinerators?|chutes?|"
    r"sacks?|strike|strikes|removal|recycling|crisis|problem|services?|men|workers?|"
    r"dots|dotted|litters|littered|lies|lay|lying|piled|piles\s+up|rots|rotting|floats|floating|"
    r"washes|washed|clogs|clogged|clogging|chokes|choked|blows|blew|strewn|scattered|"
    r"accumulat\w*|spill\w*|overflow\w*)\b",
    re.IGNORECASE,
)
_WASTE_BEFORE = LazyRegex(
    r"(?:\b(?:piles?|heaps?|mounds?|bags?|sacks?|tons?|tonnes?|kilos?|kilograms?|mountains?|"
    r"strewn\s+with|covered\s+(?:in|with)|littered\s+with|filled\s+with|through|among|into|"
    r"collect\w*|dump\w*|burn\w*|pick\w*\s+up|clear\w*|sort\w*|recycl\w*|throw\w*(?:\s+away)?|"
    r"threw(?:\s+away)?|tipped|dispos\w+\s+of|household|domestic|plastic|street|uncollected|"
    # (round 27, round 26's check: the waste named by its source or kind, "general garbage from
    # the domestic, commercial and industrial sectors", "municipal solid waste")
    r"general|municipal|solid|industrial|commercial|kitchen|food|organic|residential|"
    r"rotting|floating|loose)\s+(?:of\s+)?(?:the\s+)?)$",
    re.IGNORECASE,
)


def literal_waste(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """A noun of waste (:data:`WASTE_NOUNS`) handled or lying somewhere is the waste itself:
    "no rubbish collection", "rubbish dots the beach", "picking through garbage", "piles of
    trash"; not "that is rubbish" nor "a garbage deal"."""
    if word not in WASTE_NOUNS:
        return None
    if _WASTE_HEAD_AFTER.match(text, end, hi) or _WASTE_BEFORE.search(text, max(lo, start - 30), start):
        return Evidence("literal", Effect.DROP, f"'{word}': the waste itself")
    return None


_PREDICATE_ADVERBS = frozenset(("always", "often", "still", "very", "so", "too", "also", "usually", "both",
                                "more", "less", "most", "not", "never"))
_RELATIVES = frozenset(("which", "that"))
# Verbs that put an adjective on their object (round 24; the tuned check: "what made the smog so
# deadly", "the thaw makes the crossing more dangerous"): the object is the adjective's subject.
_CAUSATIVES = frozenset(("make", "makes", "made", "making", "render", "renders", "rendered", "rendering",
                         "keep", "keeps", "kept"))


_COORDINATORS = frozenset(("and", "or"))
# Prepositions that attach a phrase to a subject noun ("the journey from Rwanda to Germany was
# dangerous", "the crossing into Greece is dangerous"; round 25, round 23's second sample)
_SUBJECT_PREPOSITIONS = frozenset(("from", "of", "to", "across", "through", "between", "into", "along",
                                   "over", "via", "in", "on"))
_CLAUSE_TAIL = LazyRegex(r"[^,;:.!?\"“”()]*$")


def _clause_words(text: str, lo: int, start: int) -> list[str]:
    """The words of the clause before ``start`` (lower case, nearest last; up to 90 characters,
    a comma or a stop ends it)."""
    m = _CLAUSE_TAIL.search(text, max(lo, start - 90), start)
    return m.group().lower().split() if m else []


def _modified_subject(text: str, start: int, lo: int, words: list[str] | None = None) -> Evidence | None:
    """The predicate of a literal noun with a prepositional phrase after it: "the journey from
    Rwanda to Germany was both dangerous" (a determiner, the literal noun, a preposition, at most
    six more words, the copula; round 25). Not when a relative or a second copula comes between
    ("the route that critics say is dangerous" is a view reported)."""
    c = classes()
    w = _clause_words(text, lo, start) if words is None else words
    while w and (w[-1] in _PREDICATE_ADVERBS or w[-1] in c.intensifiers):
        w.pop()
    if len(w) < 4 or w[-1] not in c.copulas:
        return None
    for i in range(len(w) - 3, max(0, len(w) - 10), -1):
        word = w[i]
        if word in _RELATIVES or word in c.copulas or word in ("who", "say", "says", "said"):
            return None
        if w[i + 1] in _SUBJECT_PREPOSITIONS and i >= 1 and w[i - 1] in _DETERMINERS:
            domain = c.literal.get(word)
            if domain is not None and domain != "food":
                return Evidence("literal", Effect.DROP, f"said of '{word}' ({domain})")
    return None


def _coordinated_predicate(text: str, start: int, lo: int) -> Evidence | None:
    """The second of two predicate adjectives ("the journey was both dangerous and costly"):
    the subject of the first is the subject of both (round 25)."""
    w = _clause_words(text, lo, start)
    if len(w) < 3 or w[-1] not in _COORDINATORS:
        return None
    del w[-2:]
    if not w:
        return None
    c = classes()
    while w and (w[-1] in _PREDICATE_ADVERBS or w[-1] in c.intensifiers):
        w.pop()
    if len(w) >= 2 and w[-1] in c.copulas:
        domain = c.literal.get(w[-2])
        if domain is not None and domain != "food":
            return Evidence("literal", Effect.DROP, f"said of '{w[-2]}' ({domain})")
    return _modified_subject(text, start, lo, w)


def literal_subject(text: str, start: int, lo: int) -> Evidence | None:
    """A dual-sense word in the predicate of a literal noun: "the gas is extremely toxic",
    "the crossing is always dangerous" (the subject right before the copula, with at most
    adverbs between the copula and the word), or of a causative's object ("what made the smog so
    deadly")."""
    c = classes()
    before = words_before(text, lo, start)
    while before and (before[-1] in _PREDICATE_ADVERBS or before[-1] in c.intensifiers):
        before.pop()
    if before and before[-1] in c.literal and c.literal[before[-1]] != "food":
        verb = [w for w in before[:-1] if w not in _DETERMINERS][-1:]
        if verb and verb[0] in _CAUSATIVES:
            return Evidence("literal", Effect.DROP, f"said of '{before[-1]}' ({c.literal[before[-1]]})")
    if len(before) >= 2 and before[-1] in _COORDINATORS:
        return _coordinated_predicate(text, start, lo)
    if len(before) < 2 or before[-1] not in c.copulas:
        return None
    if before[-2] not in c.literal and before[-2] not in _RELATIVES:
        return _modified_subject(text, start, lo)
    if before[-2] in _RELATIVES and len(before) >= 3:
        before.pop(-2)  # "food prices which are very volatile": the relative's antecedent (round 24)
    domain = c.literal.get(before[-2])
    if domain is None or domain == "food":
        return None
    return Evidence("literal", Effect.DROP, f"said of '{before[-2]}' ({domain})")


_WORD = re.compile(r"[a-z]+")
_COOKED = frozenset(("minced", "braised", "roast", "roasted", "fried", "grilled", "pulled", "cured",
                     "barbecued", "smoked", "steamed", "baked", "boiled", "stewed", "marinated"))


def food_among_food(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """A word that is itself a food ("pork") in a sentence about other food is the food,
    not its figurative sense ("pork" as political spending): "chicken, pork and fish",
    "minced pork and shrimp", "the pork soaks up the sauce"."""
    c = classes()
    for m in _WORD.finditer(text[lo:hi].lower()):
        if lo + m.start() == start:
            continue
        w = m.group()
        if c.literal.get(w) == "food" or c.literal.get(w.rstrip("s")) == "food" or w in _COOKED:
            return Evidence("literal", Effect.DROP, f"beside '{w}' (food)")
    return None


# What cannot be the noun an adjective qualifies: a stop, a verb of being, a preposition,
# a relative pronoun, a naming participle.
_NO_HEAD_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|(?:is|was|are|were|has|had|in|on|at|of|with|from|inside|that|which|called|"
    r"named|known)\b)",
    re.IGNORECASE,
)


def noun_use(text: str, start: int, end: int, lo: int, word: str, lemma: str) -> Evidence | None:
    """A dual-sense adjective after an article with no noun to qualify is itself the noun,
    the thing of its literal sense: "an explosive called TATP", "the explosive was hidden in
    a shoe" (not "an explosive report", whose head noun follows)."""
    if not dual_sense(word, lemma):
        return None
    before = words_before(text, lo, start)
    if not before and _NAMED_DOER.match(text, end) is not None and _line_start(text, lo, start):
        # match reports: "Foul by Vitolo (Sevilla)."
        return Evidence("literal", Effect.DROP, "a noun opening its sentence, done by someone named")
    if _NO_HEAD_AFTER.match(text, end) is None:
        return None
    if before and before[-1] in _ARTICLES:
        return Evidence("literal", Effect.DROP, f"a noun after '{before[-1]}': the thing itself")
    if len(before) >= 2 and before[-2] in _ARTICLES and _plain_modifier(before[-1]):
        # "shown a yellow card for a bad foul.": an article, a modifier, and no head noun
        return Evidence("literal", Effect.DROP, f"a noun after '{before[-2]} {before[-1]}': the thing itself")
    return None


# "by" and a capitalised name after the word: the act of someone named ("Foul by Ndidi").
_NAMED_DOER = re.compile(r"\s+by\s+[A-Z]")


def _line_start(text: str, lo: int, start: int) -> bool:
    """Does the word open its sentence (nothing but spaces and quote marks before it)?"""
    return not text[lo:start].strip(" \t\n\"'“‘(")


def _plain_modifier(word: str) -> bool:
    """A modifier between an article and a noun that is neither an intensifier ("a truly
    foul", which would still want a noun) nor a person ("the senator blasted")."""
    c = classes()
    return word.isalpha() and not word.endswith("ly") and word not in c.intensifiers and word not in c.people


_ARTICLES = frozenset(("a", "an", "the"))


def adjective_of_verb(text: str, start: int, lo: int, word: str = "") -> Evidence | None:
    """An attack verb right after a determiner is no verb but an adjective or a noun in
    another sense: "a mock trial", "the mock panel" (imitation, not ridicule); the verb
    needs a subject, never an article ("the senator mocked", "mocked the plan"). Articles
    only: "that" may be a relative pronoun ("a party that coddles"), and a possessive may
    take a gerund ("her trashing the report"). A bare or plural form after a possessive or a
    preposition, or after one of them (or an article) and a modifier that is no person, is
    a noun too: "Tuesday's blast", "in Slam deciders", "killed in a suicide blast"; and so is
    one right after a weapon or a hazard that names its kind ("a letter bomb blast", "a gas
    blast": word classes ``loaded/literal-conflict`` and ``loaded/literal-damage``)."""
    before = words_before(text, lo, start)
    if before and before[-1] in _ARTICLES:
        return Evidence("other sense", Effect.DROP, f"after '{before[-1]}': not a verb here")
    if word.endswith(("ed", "ing")) or not before:
        return None  # a participle may follow a possessive ("her trashing the report")
    if before[-1].endswith(("'s", "’s")) or before[-1] in _NOUN_PREPOSITIONS:
        # "Tuesday's blast", "in Slam deciders": a possessive or a preposition wants a noun
        return Evidence("other sense", Effect.DROP, f"after '{before[-1]}': a noun here")
    raw = _raw_words_before(text, lo, start)
    if classes().literal.get(before[-1]) in ("conflict", "damage") and raw[-1].islower():
        # "a letter bomb blast", "the gas blast": a weapon or a hazard names the blast's kind
        return Evidence("other sense", Effect.DROP, f"after '{before[-1]}': a noun here")
    if len(before) >= 2 and (before[-2] in _ARTICLES or before[-2] in _NOUN_PREPOSITIONS
                             or before[-2].endswith(("'s", "’s"))) and _plain_modifier(before[-1]) \
            and raw[-1].islower():  # not a name, the doer: "FNC's Carlson Slams"
        # "in suicide blast", "the third blast": a modifier that is not a person, then a noun
        return Evidence("other sense", Effect.DROP, f"after '{before[-2]} {before[-1]}': a noun here")
    return None


# Prepositions that take a noun phrase, never a finite verb ("to" may take a verb).
_NOUN_PREPOSITIONS = frozenset("in of at from after by with for during since near outside into".split())


def armed_doer(text: str, start: int, lo: int) -> Evidence | None:
    """A combat verb whose doer is an armed force reports a strike, not a criticism:
    "jets blasted the convoy", "ordered his troops to blast the depot" (word class
    ``loaded/armed-forces``); "the senator blasted the plan" is the attack-verb sense."""
    for w in reversed(words_before(text, lo, start)):
        head = w.rsplit("-", 1)[-1].strip("'’")
        if head in classes().armed:
            return Evidence("literal", Effect.DROP, f"done by '{w}' (armed conflict)")
    return None


def struck_object(text: str, end: int, hi: int) -> Evidence | None:
    """A combat verb whose object is a building, a vehicle or a position reports a strike,
    not a criticism: "helicopters blasted a building of the movement", "blasting the
    convoy" (word class ``loaded/struck-targets``); "blasted the plan" is the attack-verb
    sense."""
    words = next_words(text, end, hi, n=2)  # the head is the last ("the bus company": not a bus)
    if words and words[-1] in classes().targets:
        return Evidence("literal", Effect.DROP, f"its object is '{words[-1]}' (a strike)")
    return None


# A record the sentence cites: "the deadliest storm on record", "the most devastating attack
# in decades" (GUIDELINES.md: a checkable description, not the writer's verdict)
_ON_RECORD = re.compile(
    r"[^.!?;]{0,60}?\b(?:on\s+record|since\s+(?:records|polling)\s+began|ever\s+recorded|in\s+(?:recorded|modern|living)\s+"
    r"(?:history|memory)|in\s+(?:(?:more\s+than|at\s+least|nearly|almost|over)\s+)?(?:\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten|a|several|many)\s+(?:years|decades|centuries|generations))\b",
    re.IGNORECASE,
)


def on_record(text: str, end: int, hi: int) -> Evidence | None:
    """A superlative or a measurable word that the sentence measures against a record."""
    m = _ON_RECORD.match(text, end, hi)
    if m is None:
        return None
    return Evidence("on record", Effect.DROP, f"measured: '{' '.join(m.group().split()[-3:])}'")


_TAIL_WORDS_ANY = re.compile(r"[\w&][\w'’.&-]*")
_TITLE_WORD = re.compile(r"\b[A-Za-z][a-z'’]{3,}")
_SENTENCE_LEAD = " \t\"'“‘«([—–-*•·>#0123456789."


def _title_case(text: str, lo: int, hi: int) -> bool:
    """Is the line (a block) written in title case, a headline where capitals mark no name?
    (Only a short block can be: a paragraph of body copy is not.)"""
    if hi - lo > 200:
        return False
    words = _TITLE_WORD.findall(text, lo, hi)
    if len(words) < 3:
        return True  # too short to tell: a label, a title line
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.8 * len(words)


_NAME_GLUE = frozenset(("and", "of", "the", "&", "de", "du", "von", "van", "for", "al", "el", "bin",
                        "ibn"))
# Lower-case particles of Arabic names: a capitalised word right after one is a name, even
# after a lower-case word ("the Front for the liberation of al Sham", "Osama bin Laden").
# A title runs on through short prepositions after its first word ("the animated film [Havoc] in
# Heaven", "Love in the Time of Cholera"; round 15): looked through after the hit only, where the
# hit is itself capitalised in running text.
_TITLE_GLUE_AFTER = _NAME_GLUE | frozenset(("in", "on", "at", "to", "from", "with", "without"))
_NAME_PARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:al|el|bin|ibn)[\s-]+$")
_CAPITALISED = re.compile(r"[A-Z0-9][\w'’.&-]*")


def _capitalised_neighbour(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """A capitalised word next to the hit (through "and", "of", "the"), not the sentence's
    first word: "80 Day [Obsession]", "Royal [Astronomical] Society", "GURPS and [Paranoia]"."""
    pos = end
    for _ in range(3):  # "The [Madness] of King George", "Pride and Prejudice"
        m = _NEXT.match(text, pos, hi)
        if m is None or text[pos : m.start(1)].strip() != "":
            break
        if _CAPITALISED.fullmatch(m.group(1)):
            return m.group(1)
        if m.group(1) not in _TITLE_GLUE_AFTER:
            break
        pos = m.end()
    first = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip(_SENTENCE_LEAD))
    for w in reversed(list(_TAIL_WORDS_ANY.finditer(text, max(lo, start - 40), start))[-3:]):
        word = w.group()
        if word.lower() in _NAME_GLUE:
            continue
        return word if w.start() > first and _CAPITALISED.fullmatch(word) else None
    return None


def in_name(text: str, start: int, end: int, lo: int, hi: int, block: tuple[int, int],
            proper: bool = False, phrase_name: bool = False) -> Evidence | None:
    """A capitalised word inside a name: a product, a title, a nickname, an institution
    ("80 Day Obsession", "the GURPS and Paranoia games", "Royal Astronomical Society"): a
    word the lexicon writes in lower case, capitalised beside another capitalised word. A
    word always capitalised (``proper``: "Orwellian", "Marxist"), a sentence's first word and
    a title-case line (a headline) say nothing. ``phrase_name``: a figure of speech capitalised
    whole is a name too (:func:`_capitalised_phrase`)."""
    word = text[start:end]
    if proper or not word[:1].isupper() or (word.isupper() and len(word) > 1):
        return None  # lower case, capitals for emphasis ("SHOCKING"), or a word always capitalised
    lead = text[lo:start].strip(_SENTENCE_LEAD)
    if not lead or lead.endswith((":", "|")):
        return None  # at a sentence start a capital says nothing
    particle = _NAME_PARTICLE_BEFORE.search(text, max(lo, start - 6), start)
    if particle is not None:
        return Evidence("name", Effect.DROP, f"'{word}' follows the name particle '{particle.group().strip(' -')}'")
    neighbour = _capitalised_neighbour(text, start, end, lo, hi)
    if neighbour is None and not (phrase_name and _capitalised_phrase(word)):
        return None
    if _title_case(text, *block):
        return None
    if neighbour is None:  # "inducted Iran into the Axis of Evil": the phrase as a name
        return Evidence("name", Effect.DROP, f"'{word}': a phrase capitalised as a name")
    return Evidence("name", Effect.DROP, f"'{word}' is capitalised beside '{neighbour}'")


def _capitalised_phrase(word: str) -> bool:
    """A term of two words or more with every word but the glue capitalised ("Axis of Evil";
    round 27, round 26's check): a figure of speech written as a name, the coinage someone made.
    Not for labels: "the Deep State", "Open Borders" capitalised are the partisan's label still
    (the 10 MB file's ptc-style copy)."""
    words = word.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words if w.lower() not in _NAME_GLUE)


# Running text before a lone capital (round 18): a lower-case word, a comma or a digit, so
# the capital cannot open a sentence, a heading run into the text or a quotation.
_RUNNING_BEFORE = re.compile(r"(?:[a-z][\w'’-]*|[,\d])[ \t]+$")


def lone_capital(text: str, start: int, end: int, lo: int, block: tuple[int, int],
                 proper: bool = False) -> Evidence | None:
    """A word the lexicon writes in lower case, capitalised alone in running text: a name of
    one word, a person's or a people's ("his sister, Sham, survived", "embraced Sham",
    "illiterate Vandals had plundered Rome"; round 18). No capitalised neighbour makes it
    surely a name (:func:`in_name`), so it is doubtful: ``info``. A sentence's first word, a
    word after a stop, colon or quotation mark, a title-case line and capitals for emphasis
    say nothing, unless the same spelling was such a name a little earlier ("Sham survived")."""
    word = text[start:end]
    if proper or not word[:1].isupper() or not word[1:].islower():
        return None
    running = _RUNNING_BEFORE.search(text, max(lo, start - 40), start) is not None
    back = max(0, start - _NAMED_REACH)
    if not running and text.find(" " + word, back, start) < 0:
        return None  # (a plain search first: most capitals open a sentence, named nowhere before)
    if _title_case(text, *block):
        return None
    if running:
        return Evidence("name", Effect.DOUBT, f"'{word}' is capitalised alone in running text: a name")
    # within the article: an archive's other articles are not looked through
    if _named_before(word).search(text, back, start) is not None:
        return Evidence("name", Effect.DOUBT, f"'{word}' is a name earlier in the text")
    return None


_NAMED_REACH = 6000  # characters looked back for the same name (a news article's length)


@lru_cache(maxsize=256)
def _named_before(word: str) -> re.Pattern[str]:
    """The word capitalised in running text (see :data:`_RUNNING_BEFORE`)."""
    return re.compile(rf"(?:[a-z][\w'’-]*|[,\d])[ \t]+{re.escape(word)}\b")


# -- VOICE: someone else's words -------------------------------------------------------------

# A speaker, or people a name owns ("President Trump's supporters think", "Merkel's
# critics say"; round 12)
_SPEAKER_END = re.compile(
    rf"(?:(?<![\w-])(?:{speech.SPEAKER}|{speech.NAME}['’]s\s+(?:[a-z][\w-]+\s+)?[a-z][\w-]+))[\s,]*"
    r"(?:(?:has|have|had|was|were|is|are|did|does|do|will|would|could|may|might|also|then|later|"
    r"again|had\s+long|has\s+long|(?:has|have|had)\s+been)\s+)?(?:\w+ly\s+)?$"
)
# What makes the words after a speech verb a reported clause: "that", a colon or comma, or
# a finite verb before the hit ("said buyers would be stunned").
_REPORTED_CLAUSE = re.compile(
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
    r"[;—–]|,\s*(?:but|while|whereas|although|though|and\s+yet)\b|\bbut\b"
    r"|,\s*(?:\w+ly\s+)?\w+ing\b|,\s*and\s+(?!that\b)|,\s*which\b"
)
# After a closing attribution ("..., she said on Tuesday."): the sentence ends soon, with no
# clause of its own ("..., the paper warned that corn ..." is the writer's main clause).
_TAIL_END = re.compile(r"(?:[^.!?;:]*?)(?:$|[.!?;:])")


@lru_cache(maxsize=1)
def _speech_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from lintnews.util.trie import trie_regex

    c = classes()
    verbs = trie_regex(list(c.speech_verbs))
    finite = trie_regex([v for v in c.speech_verbs if not v.endswith("ing")])
    lead = re.compile(rf"(?<![\w-])(?:{verbs})\b", re.IGNORECASE)
    tail = re.compile(
        rf",\s*(?:(?:{speech.SPEAKER})\s+(?:\w+ly\s+)?(?i:{finite})\b|(?i:{finite})\s+(?:{speech.SPEAKER})"
        # a speaker whose titles run longer than a name ("..., Executive Chair and Founder of
        # the Harbour Trust Ana Ruiz said."; round 15): capitalised words and glue
        rf"|(?:[A-Z][\w'’.-]*\s+(?:(?:and|of|the|for|at|de|von|van|al)\s+)*){{2,14}}(?:{finite})\b)"
    )
    characterised = re.compile(
        rf"(?<![\w-])(?:{trie_regex(list(c.characterising))})\b", re.IGNORECASE
    )
    return lead, tail, characterised


@lru_cache(maxsize=1)
def _speech_forms() -> frozenset[str]:
    return frozenset(classes().speech_verbs)


@lru_cache(maxsize=1)
def _characterising_forms() -> frozenset[str]:
    return frozenset(classes().characterising)


_CLAUSE_WORDS = re.compile(
    r"\b(?:that|is|are|was|were|be|been|will|would|has|have|had|can|could|should|must)\b|[\"“]"
)
# Where and when a tag was said, after it ("..., the speaker said at a meeting with a French
# delegation on Tuesday."): a prepositional phrase, no clause of its own (round 12).
_ADJUNCT_TAIL = re.compile(
    r"\s*(?:at|on|in|during|after|before|to|from|outside|inside|via|through|late|early|last|"
    r"earlier|this|yesterday|today)\b",
    re.IGNORECASE,
)
# A tag set mid-sentence before the speaker's own contrast ("This should not be a witch hunt,
# she said, but rather a look at the whole case."; round 18): "but rather", "but instead",
# "not", "rather than" go on with the words the tag attributes, no clause of the writer's.
_CONTRAST_TAIL = re.compile(r"\s*,\s*(?:but\s+(?:rather|instead)|not|rather\s+than)\b", re.IGNORECASE)
# A source named with "according to" before the clause it attributes ("According to the Navy,
# ..."). (Not as a tag after it: "... for illegal aliens, according to estimates by ..."
# attributes the figure, and the label is still the writer's: measured, it lost a BABE hit.)
# A parenthetical tag with "notes" or "remarks", whose plain forms are nouns too and so no
# speech verbs of the class ("the minister's remarks"): set off by commas after a pronoun or
# a name, they are verbs ("In addition, she notes, the public ...", "..., Ruiz remarks, ...")
_NOTES_TAG = LazyRegex(r",\s*(?:he|she|they|[A-Z][\w'’-]+)\s+(?:notes|remarks),")
_ACCORDING_LEAD = re.compile(r"(?<![\w-])[Aa]ccording\s+to\s+[^,.;:!?“”\"]{1,80},")
# What a court or an inquest heard (round 23; round 21's left kind: "the court heard that the
# defendant launched a brutal attack", "the jury was told he had"): the evidence given, a
# witness's or counsel's words, not the court reporter's verdict.
_COURT_HEARD = LazyRegex(
    r"(?<![\w-])(?:court|courts|jury|jurors|tribunal|inquest|inquiry|hearing|trial|magistrates?|judge|"
    r"coroner|panel|committee)\s+(?:(?:has|had|was|were)\s+(?:been\s+)?|also\s+|later\s+)?"
    r"(?:heard|hears|told)\b",
    re.IGNORECASE,
)


_PREPOSITION_AFTER = re.compile(r"\s+(?:on|upon|for|against|about|with|to|of)\b", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s*$")
_WRITER_SUBJECT = re.compile(r"[\s\"'“‘(]*(?:I|We|You)\b")


_INSERTED = re.compile(r",\s*(?:which|while|though|although)\b[^,.;:!?]{1,120},(?=\s*(?:\w+ly\s+)?"
                       r"(?:is|are|was|were|will|would|could|can|may|might|has|have|had|should|must|do|does|did)\b)")


# A speech verb whose complement is a direct quotation after a comma or colon ('declared, "I am
# innocent," and ...'): the words after the closing mark are the writer's again, unless the
# sentence goes on reporting ('..., and that ...').
_QUOTED_COMPLEMENT = re.compile(r"\s*[,:]\s*[\"“][^\"“”]{1,400}?[\"”]")
_MORE_REPORTED = re.compile(r"[\s,]*(?:and|but|or)\s+(?:that|added|adding)\b", re.IGNORECASE)


# The word in the phrase that tells how or where the words were said, right after the verb
# ("said in a fiery speech", "wrote in a scathing letter", "told reporters with a withering
# look"; round 21): the writer's description of the speaking, not the reported words.
_MANNER_OF_SAYING = LazyRegex(
    r"(?:\s+(?:reporters|journalists|parliament|lawmakers|supporters|the\s+crowd))?"
    r"\s+(?:in|during|with)\s+(?:an?|his|her|their|its)\s+(?:[\w'’-]+\s+)?",
    re.IGNORECASE,
)


def _clause_break(text: str, pos: int, hi: int) -> int | None:
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


def _reported_clause(text: str, verb: str, after: int, start: int) -> bool:
    """Do the words between a speech verb and the hit open a reported clause? A verb of
    ``loaded/clause-verbs`` takes one even without "that" ("says the town needs"), unless a
    preposition follows ("insists on dragging its feet"); any other needs "that", a comma
    or a finite verb ("wrote a stunning novel" has an object)."""
    if verb.lower() in classes().clause_verbs and not _PREPOSITION_AFTER.match(text, after):
        if verb.lower().startswith("believ"):
            # "believe" takes an object as often ("believed Ford's unsubstantiated account"):
            # a clause only with a verb before the word or a finite verb soon after it
            return _VERB_BETWEEN.match(text, after, start) is not None or \
                _FINITE_SOON.match(text, start) is not None or \
                _REPORTED_CLAUSE.match(text, after, start) is not None
        return True
    return _REPORTED_CLAUSE.match(text, after, start) is not None or \
        _PERSON_THEN_CLAUSE.match(text, after, start) is not None


# The person told before the clause: "told Page that", "assured them that", "warned the board
# that" (a pronoun, a name or a people noun; "wrote a novel that" has a relative clause).
_PERSON_THEN_CLAUSE = re.compile(
    r"\s+(?:him|her|them|us|me|you|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|(?:the|his|her|their|its)\s+(?:board|court|jury|committee|council|panel|crowd|audience|"
    r"meeting|parliament|senate|house|reporters|journalists|staff|workers|members|voters|investors|"
    r"shareholders|police|judge|minister|mayor))\s+that\b"
)


def _participle_speech(text: str, m: re.Match[str], start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """", saying the talks were pointless": a participle of speech after a comma reports the
    words of the sentence's subject (not when the subject is the writer or the reader)."""
    verb = m.group().lower()
    if verb not in _speech_forms() or _COMMA_BEFORE.search(text, max(lo, m.start() - 4), m.start()) is None:
        return None
    if _WRITER_SUBJECT.match(text, lo):
        return None
    cut = _CLAUSE_BREAK.search(text, m.end(), min(hi, end + 40))
    if cut is not None and cut.start() < start:
        return None
    if not _reported_clause(text, verb, m.end(), start) and not _REPORTED_CLAUSE.match(text, m.end(), start):
        return None
    return Evidence("indirect speech", Effect.VOICE, f"reported after ', {verb}'")


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
    if verb not in _speech_forms():
        return None
    speaker = _progressive_speaker().search(text, max(lo, m.start() - 80), m.start())
    if speaker is None or not _third_party(text, speaker.start(), m.start()):
        return None
    cut = _clause_break(text, m.end(), min(hi, end + 40))
    if cut is not None and cut < start:
        return None
    if not _reported_clause(text, verb, m.end(), start) and not _REPORTED_CLAUSE.match(text, m.end(), start):
        return None
    who = " ".join(text[speaker.start() : m.end()].strip(", ").split())
    return Evidence("indirect speech", Effect.VOICE, f"reported after '{who}'")


@lru_cache(maxsize=1)
def _group_speaker() -> re.Pattern[str]:
    """A group of people named by a plural noun of ``loaded/people-nouns`` with no article,
    as the subject of a speech verb ("experts say that", "many economists believe the",
    "moderates in the party feel"; round 21): a speaker as "police said" is, whose words the
    reported clause holds (vague, for the unattributed-claim family, but not the writer's
    verdict). Lower case only: "Democrats" is a name the name pattern finds."""
    from lintnews.util.trie import trie_regex

    plural = [w for w in classes().people if w.endswith("s") or w in ("people", "men", "women", "police", "media")]
    return re.compile(
        rf"(?<![\w'’-])(?:(?:(?:many|some|most|other|several|few|both|all)\s+)?(?:[a-z][\w-]+\s+)?"
        rf"(?:{trie_regex(plural)}))"
        # (not a quantifier alone, tried in round 23: "many contend that ... merely a justified
        # reaction", "others noted how inappropriate": a vehicle for the writer's view, two
        # babe-dev hits lost)
        r"[\s,]*(?:(?:have|had|also|still|now|often|generally)\s+)?(?:\w+ly\s+)?$"
    )


def indirect_speech(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """The word is inside someone's reported speech or thought in the same sentence:
    "Tom Hale said buyers would be stunned", "..., says Dr Ana Ruiz", "voters would be
    appalled, she said"."""
    lead, tail, _ = _speech_patterns()
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
        if verb not in _speech_forms() and not (m.start() <= lo + 2 and verb.lower() in _speech_forms()):
            continue  # "the United States": a name
        speaker = _SPEAKER_END.search(text, max(lo, m.start() - 80), m.start()) or \
            _group_speaker().search(text, max(lo, m.start() - 60), m.start())
        if speaker is None or not _third_party(text, speaker.start(), m.start()):
            continue
        cut = _clause_break(text, m.end(), min(hi, end + 40))
        if cut is not None and cut < start:
            continue  # "she said no, but the reckless plan passed": the writer again
        if _MANNER_OF_SAYING.fullmatch(text, m.end(), start):
            continue  # "Borges said in a fiery speech": the writer describes the speaking
        quoted = _QUOTED_COMPLEMENT.match(text, m.end(), start)
        if quoted is not None and not _MORE_REPORTED.match(text, quoted.end(), start):
            continue  # 'declared, "I quit," and stormed out': the quotation was what was said
        if not _reported_clause(text, verb, m.end(), start):
            continue  # "wrote a stunning novel": an object, not a reported clause
        who = " ".join(text[speaker.start() : m.end()].split())
        return Evidence("indirect speech", Effect.VOICE, f"reported after '{who}'")
    for m in _NOTES_TAG.finditer(text, window_lo, start):
        # ("In addition, she notes, the public has grown wary of propaganda"; round 21)
        if _clause_break(text, m.end(), start) is None:
            return Evidence("indirect speech", Effect.VOICE, f"reported after '{m.group().strip(', ')}'")
    if text.find("heard", window_lo, start) >= 0 or text.find("told", window_lo, start) >= 0 \
            or text.find("hears", window_lo, start) >= 0:
        for m in _COURT_HEARD.finditer(text, window_lo, start):
            if m.group().split()[-1].lower() == "told" and not re.search(
                    r"(?:was|were)\s+(?:been\s+)?told", m.group(), re.IGNORECASE):
                continue  # "the judge told the defendant": the judge's words follow, a speaker
            if _REPORTED_CLAUSE.match(text, m.end(), start) is not None and _clause_break(text, m.end(), start) is None:
                # (a clause, not an object: "the court heard harrowing evidence" is the writer's)
                return Evidence("indirect speech", Effect.VOICE, f"heard in evidence ('{' '.join(m.group().split())}')")
    for m in _ACCORDING_LEAD.finditer(text, window_lo, start):
        if _CLAUSE_BREAK.search(text, m.end(), start) is None:
            who = " ".join(text[m.start() : m.end() - 1].split())
            return Evidence("indirect speech", Effect.VOICE, f"reported after '{who}'")
    for m in tail.finditer(text, end, hi):
        rest = text[m.end() : hi]
        if _CLAUSE_WORDS.search(rest) or (len(rest.split()) > 5 and (
                len(rest.split()) > 14 or not (_ADJUNCT_TAIL.match(rest) or _CONTRAST_TAIL.match(rest)))):
            continue  # the attribution is the writer's main clause, not a tag
        verbs = _speech_forms()
        if not any(w in verbs for w in m.group().replace(",", " ").split()):
            continue  # no lower-case speech verb: "..., the United States": a name
        return Evidence("indirect speech", Effect.VOICE,
                        f"attributed by '{' '.join(m.group().strip(', ').split())}'")
    return None


# An allegation's marker a few words before the word, in the same clause: "for alleged
# anti-Estonian propaganda", "allegedly spreading hateful propaganda", "the purported
# smear campaign" (round 21)
_ALLEGED_BEFORE = LazyRegex(
    r"(?<![\w-])(?i:alleged|allegedly|purported|purportedly)\s+(?:[\w'’-]+\s+){0,3}$"
)


def alleged(text: str, start: int, lo: int) -> Evidence | None:
    """The word is what an allegation says ("blacklisted for alleged anti-Estonian
    propaganda", "allegedly spreading hateful propaganda"): the accuser's term, which the
    writer marks as not theirs, not the writer's verdict."""
    window = max(lo, start - 60)
    if text.find("lleged", window, start) < 0 and text.find("urport", window, start) < 0:
        return None  # (most words have no marker before them: spared the regex)
    m = _ALLEGED_BEFORE.search(text, window, start)
    if m is None:
        return None
    return Evidence("allegation", Effect.VOICE, f"after '{m.group().split()[0]}'")


# A noun of saying with its content clause ("rejected suggestions that the group was a hard-left
# faction", "denied allegations that he ran a brutal regime", "amid reports that"; round 21)
# The noun after a determiner, a preposition or a verb that takes it as its object ("the claim
# that", "amid reports that", "rejected suggestions that"), not a verb ("the narrative that
# claims that X is nonsense": its subject's clause ends and the writer's predicate follows)
_CONTENT_LEAD = LazyRegex(
    r"(?<![\w-])(?i:the|a|an|his|her|their|its|any|such|these|those|new|recent|earlier|of|to|amid|"
    r"despite|over|about|with|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|"
    r"refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?)\s+"
    r"(?i:suggestions?|claims?|allegations?|accusations?|charges?|assertions?|rumou?rs?|"
    r"insinuations?|reports?|contention|notion)\s+that\b"
)


def reported_content(text: str, start: int, lo: int) -> Evidence | None:
    """The word is in the content clause of a noun of saying ("She rejected suggestions that the
    group was a hard-left faction"): what the suggestion, claim or report says, someone else's
    words, up to where the writer takes over (:data:`_CLAUSE_BREAK`)."""
    window = max(lo, start - 120)
    if text.find("that", window, start) < 0:
        return None  # (most words have no "that" before them: spared the regex)
    for m in _CONTENT_LEAD.finditer(text, window, start):
        if _clause_break(text, m.end(), start) is None:
            return Evidence("reported content", Effect.VOICE, f"what the '{m.group().split()[1]}' say")
    return None


_TOPIC_LEAD = re.compile(r"\s+(?:of|about|against)\s+(?:(?:the|a|an|its|their|his|her|more|further)\s+)?$",
                         re.IGNORECASE)


def reported_topic(text: str, start: int, lo: int) -> Evidence | None:
    """The word opens what a third party warns, complains or speaks of ("researchers warning
    of dangerous side effects", "the union complained about reckless cuts"): the phrase
    names the speaker's concern in the speaker's terms, as a reported clause would."""
    lead, _, _ = _speech_patterns()
    for m in lead.finditer(text, max(lo, start - 40), start):
        verb = m.group()
        if verb not in _speech_forms() or _TOPIC_LEAD.fullmatch(text, m.end(), start) is None:
            continue
        speaker = _SPEAKER_END.search(text, max(lo, m.start() - 80), m.start())
        if speaker is None or not _third_party(text, speaker.start(), m.start()):
            before = text[max(lo, m.start() - 30) : m.start()].split()
            if not before or before[-1].lower().rstrip("s") not in classes().people:
                continue  # ("many researchers warning of": a group of people speaks too)
        return Evidence("indirect speech", Effect.VOICE, f"what is reported after '{verb}'")
    return None


# A speaker is a third party: "I"/"we" are the writer, "you" the reader ("what do you think
# is going to happen"); a determiner before the verb makes it a noun ("the fear was").
_NOT_SPEAKERS_BEFORE = re.compile(
    r"(?:\b(?:I|we|We|you|You)|\b(?:the|The|a|A|an|An|this|This|that|his|her|their|its|our|my|your))\s*$"
)


def _third_party(text: str, start: int, verb: int) -> bool:
    words = text[start:verb].split()
    if words and words[0] in ("I", "we", "We", "you", "You"):
        return False
    return _NOT_SPEAKERS_BEFORE.search(text, start, verb) is None


# After a characterising verb, what leads to the hit: "called [it] a", "described [the plan]
# as", "accused [the council] of"; verbs of the first kind take the hit after their object.
_CHARACTERISED_TAIL = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:an?|the|not|just|only|merely|nothing\s+but)\s+)*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# round 28 (round 27's blind check: "opponents view the referendum as part of a dangerous
# drift"): the view may class its object in a part, an instance or a sign of what it judges
_AS_PART_OF = (r"(?:(?:part|one|(?:an?\s+)?(?:example|sign|symbol|form|kind|case|instance|piece|step|"
               r"manifestation)|evidence|proof|further\s+evidence)\s+of\s+)?")
_AS_TAIL = re.compile(
    r"(?:\s+[\w'’.-]+){0,6}?\s+(?:as\s+" + _AS_PART_OF + r"|of\s+)(?:(?:an?|the|not|just|only|merely|nothing\s+but)\s+)*"
    r"(?:(?:the\s+)?[\w.-]+['’]s?\s+)?(?:[\w-]+(?:,?\s+(?:and|or))?,?\s+)?$",
    re.IGNORECASE,
)
_NEEDS_AS = ("describ", "dismiss", "derid", "portray", "characteri", "accus")
# verbs of perception report a view only with "as" ("saw it as a cynical ploy"), not "of";
# so do the verbs of framing (round 17: "framed the vote as a choice between order and chaos",
# "cast her rival as reckless"; "cast doubt on claims of", "framed for" are no characterisation)
_ONLY_AS = ("see", "saw", "view", "regard", "perceiv", "remember", "fram", "cast",
            # round 21: the verbs of depiction ("presented as", "vilified as", "painted as")
            "present", "depict", "paint", "vilif", "demoni", "caricatur",
            # round 27: the verbs of derision ("a man once widely scorned as a historic failure",
            # "ridiculed as naive"; not "scorned the offer", "mocked her accent")
            "scorn", "ridicul", "mock", "lampoon", "pillor")
# round 23: the verbs of praise and promotion report a characterisation with "as" ("many tout
# the reef as one of the greatest", "hailed as a stunning success"), its object short and with
# no clause of the writer's between ("praised her rival despite framing him as a leftist")
_PRAISE_AS = ("tout", "hail", "hype", "laud", "prais")
_PRAISE_AS_TAIL = LazyRegex(
    r"(?:\s+(?!(?:despite|after|before|while|when|because|although|though|since|but|and|for|by|without)\b)"
    r"[\w'’.-]+){0,4}?\s+as\s+(?:(?:an?|the|not|just|only|merely|nothing\s+but)\s+)*"
    r"(?:[\w-]+(?:,?\s+(?:and|or))?,?\s+)?$",
    re.IGNORECASE,
)
_ONLY_AS_TAIL = re.compile(
    r"(?:\s+[\w'’.-]+){0,6}?\s+as\s+" + _AS_PART_OF + r"(?:(?:an?|the|not|just|only|merely|nothing\s+but)\s+)*"
    # (round 23: a possessor before the judged noun's modifier: "what it saw as Merkel's
    # bungled handling", "described as the party's reckless plan")
    r"(?:(?:the\s+)?[\w.-]+['’]s?\s+)?(?:[\w-]+(?:,?\s+(?:and|or))?,?\s+)?$",
    re.IGNORECASE,
)
# The verb of judgement reports a view with its object and "as", "to be", "among" or "one of"
# (round 25; round 23's second sample: "many observers have considered the group among the most
# dangerous", "critics consider him to be reckless"); not "considered the dangerous plan".
# (Not in ``loaded/characterising-verbs``: "considered" is common, and the speech patterns that
# class feeds are read for every candidate; a string test finds it first.)
_CONSIDERED = LazyRegex(
    r"(?<![\w-])(?P<verb>[Cc]onsider(?:s|ed|ing)?)(?:\s+[\w'’.-]+){1,7}?\s+(?:as|to\s+be|among|one\s+of)\s+"
    r"(?:(?:an?|the|not|just|only|merely|most|least|more|less|one\s+of)\s+)*"
    r"(?:[\w-]+(?:,?\s+(?:and|or))?,?\s+)?$",
    re.IGNORECASE,
)
# The verbs of comparison report a likeness only with an object and "to" (round 20: "likening
# the report to Nazi-era propaganda", "compared the plan to a car crash"; not "compared with",
# nor "compared to last year" with no object)
_ONLY_TO = ("liken", "compar")
_TO_TAIL = re.compile(
    r"(?:\s+[\w'’.-]+){1,6}?\s+to\s+(?:(?:an?|the|just|only|merely|nothing\s+but)\s+)*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# The verbs that frame a thing as something (round 17): the whole complement after "as" is
# the framer's, not only its first word ("framed the vote as a choice between order and
# chaos", "portrayed the deal as a betrayal of struggling workers"), up to a stop or a clause.
_FRAMING = ("fram", "cast", "portray", "describ", "characteri")
# A framing verb new in round 17 as a gerund after a preposition ("despite framing him as a
# sexist"): the writer asserts the act and words the frame, a paraphrase of their own (a
# babe-dev hit); the finite verb and a participle after a conjunction report the framer's.
_NEW_FRAMING = ("fram", "cast")
_PREPOSITION_GERUND = re.compile(
    r"(?<![\w-])(?:despite|after|before|by|for|without|of|in|on|from|since)\s+$", re.IGNORECASE)
_FRAMED_TAIL = re.compile(
    r"(?:\s+[\w'’.-]+){0,6}?\s+as\s+(?:(?!(?:is|are|was|were|be|been|has|have|had|will|would|can|could|"
    r"that|who|which|because|while|but|when|if)\b)[\w'’-]+\s+){1,7}$",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(r"\b(?:in|of|the|a|an|on|by|with|for|and|these|those|its|their|his|her)\s+$", re.IGNORECASE)
# An accusation's charge, an act ("accused the council of setting a dangerous precedent", "accused
# the unions of failing to engage on needless cuts"; round 15): the words of the
# gerund's phrase are the accuser's, up to a stop. The accused is named before "of": "the firm
# accused of dumping waste runs a dangerous plant" is a passive, and the writer's clause goes on.
# Not "of being cruel and insensitive": a verdict the writer may echo (a ptc-dev hit; the first
# adjective after "being" is the characterisation's, as before).
# (An abbreviation's stops belong to the accused's words: "accused the U.S. of succumbing to";
# round 17.)
_ACCUSED_OF_TAIL = re.compile(
    r"(?:\s+[\w'’.-]+){1,6}?\s+of\s+(?!being\b|having\s+been\b)[a-z][\w'’-]*ing\b(?:\s+[\w'’-]+){0,10}?\s+$")
# ... and the charge of a verb of blame (round 24; round 21's check: "criticized the media for
# covering the more sensational ..."): an object, "for" and a gerund; the words of the gerund's
# phrase are the critic's, up to a stop. Not "for being reckless", a verdict the writer may echo,
# as after "accused ... of being".
_BLAMED_FOR_TAIL = LazyRegex(
    r"(?:\s+[\w'’.-]+){1,6}?\s+for\s+(?!being\b|having\s+been\b)[a-z][\w'’-]*ing\b(?:\s+[\w'’-]+){0,10}?\s+$")
_ONLY_FOR = ("critici", "blam", "fault", "rebuk", "chastis", "chastiz", "censur", "scold")
_BLAME_STEM = LazyRegex(r"(?i:critici|blam|fault|rebuk|chastis|chastiz|censur|scold)")  # (the wider reach)
_ACCUSED_REACH = 160  # characters from the verb to the word (the charge runs longer than a label)


# A headline that says whose words it carries: "Mayor Ana Ruiz: Plan Is a Disgrace" (a name
# and a colon before), "Demand is absurd - Russian envoy" (a dash and a speaker after). A
# kicker or section label is no speaker ("BREAKING:", "Week in Pictures:").
_HEADLINE_NAME = re.compile(r"[ \t]*(?P<who>[A-Z][a-z][\w'’.-]*(?:[ \t]+[A-Z][a-z][\w'’.-]*){1,3})[ \t]*:[ \t]+")
_HEADLINE_TAG = re.compile(r"[^\n]*?[ \t][-–—][ \t]+(?P<who>\w[^\n:.!?—–-]{1,60}?)[ \t]*$")
_TAG_ROLES = re.compile(
    r"\b(?:envoy|ambassador|spokes(?:man|woman|person)|sources?|officials?|ministers?|ministry|PM|MP|"
    r"chief|head|president|premier|senator|mayor|police|report|study|survey|experts?|says|said)\b"
)


# Title-case kickers and section labels before a colon, no speaker ("Breaking News: ...")
_KICKERS = frozenset((
    "breaking", "live", "watch", "update", "updated", "opinion", "analysis", "exclusive", "video",
    "photos", "pictures", "review", "explainer", "editorial", "comment", "fact", "read", "latest",
    "special", "top", "week", "today", "news",
))


def headline_source(text: str, start: int, end: int) -> Evidence | None:
    """The hit is in a headline line (no closing stop, at most 20 words) that names its
    speaker: a person's name and a colon before it, or a dash and a speaker role after it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].rstrip()
    if not line or line[-1] in ".!?\"”" or len(line.split()) > 20:
        return None
    m = _HEADLINE_NAME.match(text, line_start, start)
    if m is not None and m.group("who").split()[0].lower() not in _KICKERS:
        return Evidence("headline source", Effect.VOICE, f"the headline quotes '{m.group('who')}'")
    m = _HEADLINE_TAG.match(text, end, line_start + len(line))
    if m is not None and (_TAG_ROLES.search(m.group("who")) or any(
            w.lower().rstrip("s") in classes().people for w in m.group("who").split())):
        return Evidence("headline source", Effect.VOICE, f"the headline is attributed to '{m.group('who')}'")
    return None


_LIST_LEAD = _SENTENCE_LEAD + ")"  # (a numbered list's "2) ")


def _opening_participle(text: str, lo: int, pos: int, verb: str) -> bool:
    """A characterising verb capitalised because it opens the sentence (round 27, round 26's
    check: "Labeled slimy and disgusting by many, these lowly invertebrates ...", "2) Viewing
    diplomacy with Iran as useless"): a participle or gerund, nothing but a list mark before it.
    Elsewhere a capital makes it a name's part ("a film Called Home")."""
    low = verb.lower()
    return (verb[:1].isupper() and low.endswith(("ed", "ing")) and low in _characterising_forms()
            and not text[lo:pos].strip(_LIST_LEAD))


def characterised(text: str, start: int, lo: int) -> Evidence | None:
    """A characterisation that the sentence reports as someone's: "critics called it a car
    crash", "what she described as a sham", "accused the council of meddling", "what he
    saw as a cynical ploy"."""
    _, _, verbs = _speech_patterns()
    near, far = max(lo, start - 80), max(lo, start - _ACCUSED_REACH)
    # (the wider reach only where an "accus-" verb may be: most words have none before them)
    reach = far if far < near and (text.find("ccus", far, near + 4) >= 0
                                   or _BLAME_STEM.search(text, far, near + 8) is not None) else near
    for m in verbs.finditer(text, reach, start):
        verb = m.group()
        if verb not in _characterising_forms() and not _opening_participle(text, lo, m.start(), verb):
            continue  # "Called": a name's part
        low = verb.lower()
        if low.startswith(_NEW_FRAMING) and low.endswith("ing") and \
                _PREPOSITION_GERUND.search(text, max(lo, m.start() - 12), m.start()):
            continue
        noun = _NOUN_BEFORE.search(text, max(lo, m.start() - 12), m.start())
        if noun is not None and not (low.startswith("accus") and noun.group().split()[0].lower() == "and"):
            continue  # "in terms of", "the labels": nouns, not verbs ("..., and accused X of": a verb)
        if low.startswith("accus"):
            charge = _ACCUSED_OF_TAIL.match(text, m.end(), start)
            if charge is not None and charge.end() == start:
                return Evidence("characterised", Effect.VOICE, f"the charge of '{verb}'")
        if low.startswith(_ONLY_FOR):
            charge = _BLAMED_FOR_TAIL.match(text, m.end(), start)
            if charge is not None and charge.end() == start:
                return Evidence("characterised", Effect.VOICE, f"the charge of '{verb}'")
            continue  # (with "for" and a gerund only)
        if m.start() < near:
            continue  # (only a charge reaches further)
        tail = (_TO_TAIL if low.startswith(_ONLY_TO) else _PRAISE_AS_TAIL if low.startswith(_PRAISE_AS)
                else _ONLY_AS_TAIL if low.startswith(_ONLY_AS)
                else _AS_TAIL if low.startswith(_NEEDS_AS) else _CHARACTERISED_TAIL).match(text, m.end(), start)
        if (tail is None or tail.end() != start) and low.startswith(_FRAMING):
            tail = _FRAMED_TAIL.match(text, m.end(), start)
        if tail is not None and tail.end() == start:
            return Evidence("characterised", Effect.VOICE, f"reported with '{verb}'")
    if text.find("onsider", near, start) >= 0:  # (a string test first: the verb is seldom near)
        m = _CONSIDERED.search(text, near, start)
        if m is not None:  # "many observers have considered the group among the most dangerous"
            return Evidence("characterised", Effect.VOICE, f"reported with '{m.group('verb')}'")
    if text.find(" as ", max(lo, start - 100), start) >= 0:
        m = _DEPICTION_NOUN_AS.search(text, max(lo, start - 100), start)
        if m is not None:  # "the official portrayal of him as a brutal tyrant"
            return Evidence("characterised", Effect.VOICE, f"the {m.group('noun').lower()} of someone as")
    return None


# A noun of depiction and its object before "as" (round 23; round 21's left kind: "the official
# portrayal of him as a Western stooge", "the depiction of migrants as a dangerous horde"):
# the depiction's words, as after the verbs "portrayed as", "depicted as".
_DEPICTION_NOUN_AS = LazyRegex(
    r"(?<![\w-])(?P<noun>portrayals?|depictions?|characteri[sz]ations?|caricatures?|framing|branding|"
    r"vilification|demoni[sz]ation)\s+of\s+(?:[\w'’.-]+\s+){1,4}?as\s+"
    r"(?:(?:an?|the|not|just|only|merely|nothing\s+but)\s+)*(?:[\w-]+(?:,?\s+(?:and|or))?,?\s+)?$",
    re.IGNORECASE,
)


# -- DOUBT ------------------------------------------------------------------------------

# What follows a disaster that the writer judges rather than names: "the disaster of the
# rollout", "a disaster for the party", "the disaster that is Brexit"
_JUDGED_EVENT_AFTER = LazyRegex(r"\s+(?:of|for|that|which|waiting|in\s+the\s+making)\b", re.IGNORECASE)
# A day's possessive dates the accident the article reports ("after Saturday's disaster at the
# dump", "yesterday's catastrophe"; round 25, round 23's second sample)
_DAY_POSSESSIVE = LazyRegex(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)['’]s",
                             re.IGNORECASE)
_EVENT_NAME_WORD = LazyRegex(r"[A-Z][\w'’.-]*|[a-z]+")


def named_event(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """The definite disaster an article reports, maybe after the place that names it ("the
    report on the disaster", "the Rana Plaza disaster"; word class ``loaded/event-nouns``; round
    21): the accident, named, is ``info``. (A disaster after its kind, "the air disaster", is an
    exception of the rule.) Not when a verdict follows it ("the disaster of the rollout", "the
    disaster that is Brexit"), after a copula ("the launch was the disaster"), or indefinite ("a
    housing disaster", "the rollout was a disaster")."""
    c = classes()
    if word not in c.event_nouns or _JUDGED_EVENT_AFTER.match(text, end) is not None:
        return None
    before = _raw_words_before(text, lo, start)
    names = 0
    if before and _DAY_POSSESSIVE.fullmatch(before[-1]):
        return Evidence("named event", Effect.DOUBT, f"the accident of a day the article reports ('{before[-1]} {word}')")
    while before and names < 3 and before[-1][:1].isupper() and _EVENT_NAME_WORD.fullmatch(before[-1]) \
            and before[-1].lower() != "the":
        before.pop()  # "the Rana Plaza disaster": the place names the accident
        names += 1
    if before and before[-1].lower() == "the" and not (len(before) > 1 and before[-2].lower() in c.copulas):
        return Evidence("named event", Effect.DOUBT, f"the accident the article reports ('the ... {word}')")
    return None


def poor_precision(lemma: str) -> Evidence | None:
    """A lexicon word that was seldom loaded where the judge warned on it, measured over the
    tuning corpora (word class ``loaded/poor-precision``, whose source gives the threshold):
    ``info``, whatever the context ("unfortunately", "powerful")."""
    if lemma.lower() in classes().poor_precision:
        return Evidence("measured", Effect.DOUBT, "seldom loaded where warned in the tuning corpora")
    return None


def unmeasured(word: str) -> Evidence | None:
    """An emotive, judgement, attack-verb or label word that the tuning corpora do not
    show loaded often enough (not in the measured word class ``loaded/measured-loaded``, whose
    source gives the thresholds) and with no evaluative use in sight: ``info``. Why: on held-out news most
    false alarms were such words, used to describe ("a dramatic rescue", "a brutal winter");
    the judge warns on a word of these kinds only where the data or the sentence say it judges."""
    if word.lower() in classes().measured_loaded:
        return None
    return Evidence("unmeasured", Effect.DOUBT, "not measured as loaded, and no evaluative use here")


def measured() -> Evidence:
    """The explanation of a word of a measured kind that warns with no evaluative use in sight:
    its form is in ``loaded/measured-loaded`` (measured loaded often enough on the tuning
    suites, or named by GUIDELINES.md). Shown by ``lintnews why``; the judge needs no evidence
    for it (round 22: the per-kind table of the pooled judged warnings counts these apart)."""
    return Evidence("measured", Effect.EVALUATIVE, "a form measured as loaded on the tuning suites")


# Other loaded-language candidates in a sentence that make it a charged one. Measured by
# two-fold cross-validation on the tuning suites (benchmarks/cv_loaded.py): at two, an
# unmeasured word in such a sentence is loaded more often than not on the held-out halves of
# news-dev, babe-dev and ptc-dev alike (precision and recall both rise on each); at one, plain
# news loses precision; counted over a paragraph instead of a sentence, too.
CHARGED_OTHERS = 2


def charged(others: int) -> Evidence | None:
    """A word not measured as loaded, in a sentence with at least :data:`CHARGED_OTHERS` other
    candidates ("a brutal, cynical and shameless ploy"): the sentence piles up judgements, and
    the word is read with them, so the doubt of :func:`unmeasured` does not apply."""
    if others < CHARGED_OTHERS:
        return None
    return Evidence("charged sentence", Effect.EVALUATIVE, f"{others} other loaded-language candidates in the sentence")


_FEELING_AFTER = re.compile(r"\s+(?:by|at|over|about|that|with|to\s+(?:see|hear|learn|find|discover))\b")
_FEELING_VERBS = frozenset("feel feels felt feeling left leave leaves got get gets grew grow looked "
                           "look looks appeared appear appears seemed seem seems".split())


_OWNERS = frozenset(("his", "her", "their", "my", "our", "your"))


# A content warning's reaction of readers ("an image some viewers may find distressing",
# "readers might find it upsetting"; round 23): how some may feel, no verdict of the writer's.
_MAY_FIND_BEFORE = LazyRegex(r"\b(?:may|might|could|will|would)\s+find\s+(?:(?:it|them|this|these|some)\s+)?"
                              r"(?:(?:very|deeply|quite|particularly)\s+)?$", re.IGNORECASE)


def feeling(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """A feeling reported of people ("residents were outraged", "left devastated", "furious
    at the decision"): the writer describes a state, not a verdict. (``info``: an editor may
    still ask who says so.)"""
    if text.find("find", max(lo, start - 40), start) >= 0 and _MAY_FIND_BEFORE.search(text, max(lo, start - 40), start):
        return Evidence("feeling", Effect.DOUBT, f"'{word}': how readers may feel (a content warning)")
    c = classes()
    if word in c.feeling_nouns:  # "told the court of their sorrow", "the family's grief"
        before = words_before(text, lo, start)
        if len(before) >= 2 and before[-2] in _OWNERS and before[-1] not in _OWNERS:
            before.pop()  # (round 23) an adjective of degree between: "told of his profound sorrow"
        if before and (before[-1] in _OWNERS or before[-1].endswith(("'s", "’s", "s'", "s’"))):
            return Evidence("feeling", Effect.DOUBT, f"'{word}' reports how people feel")
        return None
    if word not in c.feelings:
        return _felt_by_people(text, start, lo, word)
    before = words_before(text, lo, start)
    while before and (before[-1] in c.intensifiers or before[-1] in ("more", "less", "not")):
        before.pop()
    prev = before[-1] if before else ""
    if prev in c.copulas or prev in _FEELING_VERBS or _FEELING_AFTER.match(text, end):
        return Evidence("feeling", Effect.DOUBT, f"'{word}' reports how people feel")
    return None


_NAME_NEXT = re.compile(r"\s+(?:the\s+)?[A-Z][\w'’-]*")


def name_follows(text: str, end: int, hi: int) -> Evidence | None:
    """A distancing word before a capitalised word ("the so-called Peshawar group", "the
    self-styled Northern Front"): it introduces the name a group goes by, as the scare-quote
    rule reads "the so-called 'War Logs'"; a hint at most."""
    if _NAME_NEXT.match(text, end, hi) is None:
        return None
    return Evidence("name", Effect.DOUBT, "introduces a name")


# "So-called" before a coined compound names a term (round 27, round 26's check: "the so-called
# friendly fire incident", "his so-called duck walk", "the so-called left-behind wives", "this
# so-called share squeezing"): nouns in a row, a hyphenated coinage and its noun, or three words
# of a term; the doubt "so-called" casts falls on one word or an adjective and its noun ("so-called
# experts", "the so-called democratic socialist"), a plural before a verb ("so-called reforms
# have"), a group or person named by what it claims to be ("the so-called peace group", a
# ``loaded/people-nouns`` head). Noun-likeness is read from the word's ending and a list of the words that end a
# noun phrase, no part-of-speech tagger.
_TERM_WORDS = LazyRegex(r"\s+([a-z][a-z'’]*(?:-[a-z]+)*)\s+([a-z][a-z'’]*(?:-[a-z]+)*)(?:\s+([a-z][a-z'’]*))?")
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ent", "ant", "ary", "ish",
                      "ly", "ed", "ate", "ian", "ist", "est", "er")
_NOT_IN_TERM = frozenset((
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
    "may", "might", "should", "must", "do", "does", "did", "and", "or", "but", "nor", "that", "which", "who",
    "whose", "to", "of", "in", "on", "for", "with", "by", "as", "at", "from", "than", "into", "says", "said",
    "say", "claim", "claims", "the", "a", "an", "this", "these", "those", "it", "its", "their",
    "his", "her", "not", "no", "so", "too", "very", "also", "just", "only", "free", "fair", "good", "great",
    "real", "true", "safe", "new", "big", "fake", "smart", "moderate", "peaceful", "independent",
    # irregular verbs with no "-ed" ("every piece of so-called evidence put forth by authorities":
    # the doubt on one noun; the 10 MB file's ptc-style copy)
    "put", "set", "made", "found", "given", "taken", "shown", "seen", "known", "held", "left", "brought",
    "done", "gone", "run", "cut", "kept", "told", "thought", "became", "become", "came", "went", "got",
))


def _noun_like(w: str, modifier: bool) -> bool:
    """Could ``w`` be a noun in a compound (the modifier before another noun when ``modifier``)?"""
    if w in _NOT_IN_TERM or (w.endswith(("ly", "ed")) and "-" not in w):
        return False
    return not modifier or not w.endswith(("s", *_ADJECTIVE_ENDINGS)) or "-" in w


def coined_term(text: str, end: int, hi: int) -> Evidence | None:
    """A coined compound after "so-called" (see :data:`_TERM_WORDS`): the name of a thing."""
    m = _TERM_WORDS.match(text, end, hi)
    if m is None:
        return None
    w1, w2, w3 = m.group(1), m.group(2), m.group(3)
    if not _noun_like(w2, False):
        return None
    people = classes().people
    if w2 in people or (w3 is not None and w3 in people):
        return None  # "the so-called peace group", "so-called human rights activists": a claim doubted
    if ("-" in w1 and w1 not in _NOT_IN_TERM) or _noun_like(w1, True) or (
            w3 is not None and _noun_like(w2, True) and _noun_like(w3, False)
            and w1 not in _NOT_IN_TERM):
        return Evidence("name", Effect.DOUBT, f"introduces the term '{' '.join(w for w in (w1, w2, w3) if w)}'")
    return None


_IF_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]f|[Uu]nless|[Ee]ven\s+if)\s+(?:[\w'’-]+\s+){1,4}$")


def supposed_speech(text: str, start: int, lo: int) -> Evidence | None:
    """A said-verb in an "if" clause ("if the world insisted there should be ..."): speech the
    writer supposes, not a verdict on words anyone said."""
    if _IF_BEFORE.search(text, max(lo, start - 60), start) is None:
        return None
    return Evidence("supposed", Effect.DOUBT, "in an 'if' clause: supposed, not reported")


_FEEL = frozenset(("feel", "feels", "felt", "feeling"))
_PERSONS = frozenset(("i", "we", "you", "he", "she", "they", "people", "everyone", "nobody"))


def _felt_by_people(text: str, start: int, lo: int, word: str) -> Evidence | None:
    """Any adjective after a person and "feel" ("she feels terrible about it", "they felt
    awful"): how the person feels, not the writer's verdict on a thing ("the plan feels
    reckless" is)."""
    before = words_before(text, lo, start)
    while before and (before[-1] in classes().intensifiers or before[-1] in ("so", "very", "really", "pretty")):
        before.pop()
    if len(before) < 2 or before[-1] not in _FEEL:
        return None
    who = before[-2]
    if who in ("still", "also", "now", "then", "must", "would", "could", "did", "didn't", "to") and len(before) > 2:
        who = before[-3]  # "the crew still felt awful"
    people = classes().people
    if who not in _PERSONS and who not in people and who.rstrip("s") not in people:
        return None
    return Evidence("feeling", Effect.DOUBT, f"'{word}' reports how people feel")


# -- EVALUATIVE ----------------------------------------------------------------------------

_COORDINATED_AFTER = re.compile(r"\s*(?:,|(?:and|or|nor)\b)", re.IGNORECASE)
# A preposition right after the word: no noun follows it to be judged (round 27, round 26's
# check: "a major offensive against government forces" is the noun, "offensive to many" a
# predicate; the head after the preposition is its object, not the word's)
_PREPOSITIONS = frozenset((
    "against", "on", "in", "at", "to", "for", "from", "into", "onto", "over", "under", "with", "by",
    "of", "about", "across", "through", "toward", "towards", "along", "around", "behind", "amid",
    "within", "without", "between", "among", "upon", "via", "during",
))


def attributive(text: str, end: int, hi: int, praise: bool = False) -> Evidence | None:
    """Before a person, act or event: "a reckless plan", "the disgraceful remarks"; for
    praise (``praise``), also before a product, place or work: "a stunning design"."""
    c = classes()
    nxt = _NEXT.match(text, end, hi)
    if nxt is not None and nxt.group(1)[:1].isupper():
        return None  # a capitalised noun: a name or a title ("Ultimate Collector Series")
    for i, w in enumerate(next_words(text, end, hi, 2, skip_determiners=False)):
        if w in c.judged or (praise and w in c.praised):
            return Evidence("attributive", Effect.EVALUATIVE, f"judges '{w}'")
        if i == 0 and (w in c.literal or w in _DETERMINERS or w in _PREPOSITIONS or (
                nxt is not None and _COORDINATED_AFTER.match(text, nxt.end(1)))):
            break  # (round 18: "luxury bags or parties": the head is "bags", not the second conjunct)
    return None


_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me|this|these|those)\b", re.IGNORECASE)


def verb_use(text: str, end: int, word: str) -> bool:
    """Is a participle used as a verb with an object here ("so delighted his friends",
    "troubling the board")? Then it is no adjective, and no adjective cue applies."""
    return word.endswith(("ed", "ing")) and _OBJECT_AFTER.match(text, end) is not None


_PREDICATE_END = re.compile(r"\s*(?:[.,;:!?)\"”—–]|$|\s(?:and|but|for|to)\b)")
# (possessive: a word and the blanks after it are always taken whole, so backing off them
# can never end the run at the end; without it the search backed off four words at each of
# the window's word starts, a third of this regex's time, and it is asked at every cue)
_TAIL_WORDS = re.compile(r"(?<![\w'’-])(?:[\w'’-]++[ \t]++){1,4}+$")
_PREDICATE_FILLERS = frozenset(("a", "an", "utter", "complete", "total", "more", "less"))
# A predicate the writer does not assert: denied ("was not a mess", "is never absurd") or
# supposed ("if it is a sham", "whether the plan is reckless").
_DENIED = frozenset(("not", "never", "no", "hardly", "scarcely", "n't", "isn't", "wasn't", "aren't",
                     "weren't", "isn’t", "wasn’t", "aren’t", "weren’t"))
_SUPPOSED = re.compile(r"\b(?:if|whether|unless|suppose|supposing)\b[^,;:.!?]*$", re.IGNORECASE)


def _raw_words_before(text: str, lo: int, start: int) -> list[str]:
    """:func:`words_before` as written (capitals kept: a capitalised word may be a name)."""
    m = _TAIL_WORDS.search(text, max(lo, start - 60), start)
    return m.group().split() if m else []


def words_before(text: str, lo: int, start: int) -> list[str]:
    """Up to four words right before ``start`` with nothing but spaces between them (lower
    case, nearest last): a comma or a stop ends the run."""
    m = _TAIL_WORDS.search(text, max(lo, start - 60), start)
    return m.group().lower().split() if m else []


# The verbs of a reaction to a charge or a question (round 20: "responded furiously", "fiercely
# denies"): a manner adverb on them dramatises how someone took it, in the writer's voice.
_REACTION = (r"(?:respond|react|den(?:y|ies|ied|ying)|reject|retort|rebut|protest|object|dismiss|"
             r"hit(?:s|ting)?\s+back|lash(?:es|ed|ing)?\s+out)(?:s|ed|ing)?")
_REACTION_AFTER = re.compile(rf"\s+{_REACTION}\b", re.IGNORECASE)
_REACTION_BEFORE = re.compile(rf"(?<![\w-]){_REACTION}\s+$", re.IGNORECASE)


# Adverbs of a feeling's manner, not of degree ("totally", "utterly" measure how far)
_MANNER_OF_FEELING = frozenset(("furiously", "fiercely", "bitterly", "violently", "vehemently", "angrily",
                                "indignantly", "hotly", "heatedly"))


def reaction_manner(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """An intensifying adverb of manner right before or after a verb of reaction ("the minister
    responded furiously", "he fiercely denies the charges"): the writer's colour on the
    reaction, not a measure (as "fiercely contested" or "bitterly cold" may be)."""
    if word.lower() not in _MANNER_OF_FEELING:
        return None  # (a degree adverb measures: "totally denied" is a full denial)
    if _REACTION_AFTER.match(text, end) or _REACTION_BEFORE.search(text, max(lo, start - 24), start):
        return Evidence("reaction", Effect.EVALUATIVE, "a manner adverb on a reaction")
    return None


def predicative(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """A verdict in the predicate: "the response was tepid.", "it was a mess", "this is
    absurd and". Not a denied one ("it was not a mess") nor a supposed one ("if it is a
    sham"): the writer asserts neither."""
    c = classes()
    for prev in reversed(words_before(text, lo, start)):
        if prev in _DENIED:
            return None
        if prev in c.copulas:
            if not _PREDICATE_END.match(text, end) or _SUPPOSED.search(text, max(lo, start - 80), start):
                return None
            return Evidence("predicative", Effect.EVALUATIVE, f"a verdict after '{prev}'")
        if prev not in c.intensifiers and prev not in _PREDICATE_FILLERS:
            return None
    return None


# A predicate denied by its copula (round 24; the tuned check: "the request for resignations
# wasn't shocking; it is customary"): the writer says the thing is not so, and gives no verdict.
# Only the copula and its negator right before the word: "if not laughable", "not only
# shocking" keep theirs (round 21 measured the wider denial on emotive words: BABE and ptc-dev
# hits lost).
_DENIED_COPULA_BEFORE = LazyRegex(
    r"(?<![\w-])(?:(?:is|are|was|were|be|been|seem|seems|seemed)\s+(?:not|never)|isn['’]t|aren['’]t|wasn['’]t|"
    r"weren['’]t)\s+(?:(?:at\s+all|particularly|especially|really|that|so|too|very)\s+)?$",
    re.IGNORECASE,
)


# What ends a denied predicate adjective: a stop, a conjunction or a preposition, not its noun
# (its own name: it once shadowed the older, narrower ``_PREDICATE_END`` above) ("this
# wasn't empty rhetoric", "it was not stingy policies that": a noun phrase, denied as a whole,
# whose adjective keeps its verdict; a ptc-dev and a BABE hit)
_DENIED_PREDICATE_END = LazyRegex(
    r"\s*(?:[,.;:!?)\"”’]|$|(?:and|or|but|to|for|as|because|since|given|in|at|by|with|about|if|when)\b)",
    re.IGNORECASE)


def denied_predicate(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """The word is a predicate its copula denies ("wasn't shocking", "is not particularly
    dangerous to"): no verdict given."""
    if _DENIED_PREDICATE_END.match(text, end) is None:
        return None
    m = _DENIED_COPULA_BEFORE.search(text, max(lo, start - 40), start)
    return Evidence("denied", Effect.DOUBT, "a predicate its copula denies") if m is not None else None


# A related story's headline pasted into the copy ("READ MORE: A city's slow descent into chaos",
# "WATCH: An ominous start"; round 24, the tuned check): another article's title, not this
# writer's sentence. The title runs to the next stop, or at most :data:`_LINK_REACH` characters
# (the page loses the line break, and the next paragraph runs on with no stop).
_RELATED_LINK = LazyRegex(r"(?:\b(?i:read\s+more|also\s+read|see\s+also|related)|\bWATCH)\s*:[^.!?\n]*$")
_LINK_REACH = 90


def related_link(text: str, start: int, lo: int) -> Evidence | None:
    """The word is in a related story's headline after "READ MORE:" or "WATCH:"."""
    at = max(lo, start - _LINK_REACH)
    if text.find(":", at, start) < 0 or _RELATED_LINK.search(text, at, start) is None:
        return None
    return Evidence("related link", Effect.DOUBT, "a related story's headline")


# After a negator, what keeps the praise or verdict given: "not only stunning", "no less
# impressive", "never more beautiful", "not just groundbreaking"; and a denied expectation,
# which the sentence then meets ("wasn't supposed to blow us away, but it did")
_STILL_GIVEN = frozenset(("only", "just", "merely", "less", "more", "least", "simply", "quite",
                          "supposed", "expected", "meant"))
_DENIED_REACH = 4  # words between the negator and the word ("may not represent groundbreaking")


def denied(text: str, start: int, lo: int) -> Evidence | None:
    """The word is denied in its own clause: "may not represent groundbreaking technology",
    "no form of government is totally flawless", "his fears are by no means paranoid" (round
    21): the writer withholds the praise or the verdict, gives none. Not "not only stunning",
    "no less impressive" (:data:`_STILL_GIVEN`), nor a negator beyond a comma."""
    before = words_before(text, lo, start)[-_DENIED_REACH:]
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _DENIED or before[i].endswith(("n't", "n’t")):
            after = before[i + 1] if i + 1 < len(before) else ""
            if after in _STILL_GIVEN:
                return None
            return Evidence("denied", Effect.DOUBT, f"after '{before[i]}'")
    return None


def intensified(text: str, start: int, lo: int) -> Evidence | None:
    """An intensifier before an evaluative word: "truly remarkable", "so absurd", "deeply
    troubling", "such a mess"."""
    c = classes()
    before = words_before(text, lo, start)
    if before and before[-1] in ("a", "an"):
        before.pop()
    if before and before[-1] in c.intensifiers and before[-1] != "most":
        if len(before) > 1 and before[-2] in _DENIED:
            return None  # "weren't particularly remarkable": a degree denied, no verdict
        return Evidence("intensified", Effect.EVALUATIVE, f"after '{before[-1]}'")
    return None


def exclamation(text: str, end: int, hi: int) -> Evidence | None:
    """An exclamation: "How chivalrous!" """
    if "!" in text[end:hi]:
        return Evidence("exclamation", Effect.EVALUATIVE, "the sentence is an exclamation")
    return None


_SUPERLATIVE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|your)\s+(?:very\s+)?(?:most|best)\s+$", re.IGNORECASE)


def superlative(text: str, start: int, lo: int, word: str, term: str) -> Evidence | None:
    """Superlative praise or blame: "the most stunning", "the finest", "the greatest"."""
    if _SUPERLATIVE_BEFORE.search(text, max(lo, start - 20), start):
        return Evidence("superlative", Effect.EVALUATIVE, "a superlative ('the most ...')")
    if word.endswith("est") and word != term and not term.endswith("est"):
        return Evidence("superlative", Effect.EVALUATIVE, f"'{word}' is a superlative")
    return None


_COMMA_AFTER = re.compile(r"\s*[,;:—–]")
_NO_COMMENT = frozenset(("finally", "just", "simply", "merely", "first", "last"))


# An editorial adverb joined to another "-ly" adverb after its verb, closing the clause, is an
# adverb of manner (round 27, round 26's check: "help them enter the new year happily and
# safely"); not "Sadly and predictably, the talks failed", which opens the sentence, nor "has
# repeatedly and infamously made", before the verb (a babe-dev hit)
_CLAUSE_CLOSE = r"(?=\s*(?:[.,;:!?)]|\Z|\n|(?:in|on|at|for|with|to|as|after|before|until|during|every)\b))"
_MANNER_PAIR_AFTER = LazyRegex(r"\s+(?:and|or)\s+[a-z]+ly\b" + _CLAUSE_CLOSE)
_MANNER_PAIR_BEFORE = LazyRegex(r"(?<![\w-])(?<!,\s)[a-z]+ly\s+(?:and|or)\s+$")  # (not ", sadly and")
_CLOSES_CLAUSE = LazyRegex(_CLAUSE_CLOSE)


def manner_pair(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """An adverb joined by "and"/"or" to another "-ly" adverb mid-clause: how something is done
    ("happily and safely"), not the writer's comment on it."""
    lead = text[lo:start].strip(_SENTENCE_LEAD)
    if not lead or lead.endswith((",", ":")):
        return None
    if _MANNER_PAIR_AFTER.match(text, end) or (_CLOSES_CLAUSE.match(text, end) and
                                                 _MANNER_PAIR_BEFORE.search(text, max(lo, start - 30), start)):
        return Evidence("manner", Effect.DOUBT, "an adverb of manner, joined to another")
    return None


def sentence_adverb(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """A sentence adverb or comment clause of the writer: "Fortunately, ...", "..., of
    course, ...", "Surely the council knew", "No doubt the plan ..."."""
    if word in _NO_COMMENT:
        return None
    lead = text[lo:start].strip(_SENTENCE_LEAD)
    if not lead or lead.endswith((":", "But", "And", "but", "and", "So", "Yet", "yet")):
        return Evidence("sentence adverb", Effect.EVALUATIVE, "opens the sentence")
    if lead.endswith(",") and _COMMA_AFTER.match(text, end):
        return Evidence("sentence adverb", Effect.EVALUATIVE, "a comment set off by commas")
    if lead.endswith(",") and text[end : end + 1] in ".!?":
        return Evidence("sentence adverb", Effect.EVALUATIVE, "a comment closing the sentence")
    return None


# -- EVALUATIVE: the writer's stance in the sentence -----------------------------------------
# For a word not measured as loaded (see :func:`unmeasured`): signs that the sentence is the
# writer's argument rather than a report, each measured by cross-validation
# (benchmarks/cv_loaded.py) and on news-check's aggregate figures before it was kept.

def predicate_verdict(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """A word not measured as loaded, as the predicate of its sentence's subject ("the idea is
    ludicrous.", "it was ghoulish"): the writer asserts the verdict (:func:`predicative`). The
    predicate must end there ("launches are a nerve-wracking but important step" describes the
    step, and says what they are, not what the writer thinks of them)."""
    if not _VERDICT_END.match(text, end):
        if _EXTRAPOSED.search(text, max(lo, start - 40), start) and _EXTRAPOSED_AFTER.match(text, end):
            return Evidence("predicative", Effect.EVALUATIVE, "a verdict on what follows ('it is ... to')")
        m = _HOW_BEFORE.search(text, max(lo, start - 30), start)
        if m is not None and not _ASKED_BEFORE.search(text, max(lo, m.start() - 30), m.start()) \
                and not _reported_how(text, m.start(), lo):
            return Evidence("predicative", Effect.EVALUATIVE, f"an exclamative '{m.group().strip()} ...'")
        if _AS_BEFORE.search(text, max(lo, start - 20), start) and _AS_AFTER.match(text, end):
            return Evidence("predicative", Effect.EVALUATIVE, "an evaluative comparison ('as ... as')")
        return None
    e = predicative(text, start, end, lo)
    if e is None:
        return None
    m = _SUBJECT_BEFORE.search(text, max(lo, start - 80), start)
    if m is None:
        return None
    who = m.group(1)
    c = classes()
    if who[:1].isupper() or who.lower() in _SUBJECT_PRONOUNS or who.lower().rstrip("s") in c.judged or \
            who.lower() in c.judged or who.lower().rstrip("s") in c.people:
        return Evidence("predicative", Effect.EVALUATIVE, f"a verdict on '{who}'")
    return None


# The word before the copula (the subject's last word): a verdict is passed on a person, a
# group, an act, a policy or a statement ("the idea is absurd", "Sanders is crazy", "it is
# ghoulish"), not on an experience or a thing ("the wait for the ferry was nerve-wracking").
_SUBJECT_BEFORE = re.compile(
    r"([\w'’-]+)\s+(?:\w+ly\s+)?(?i:is|are|was|were|seems?|seemed|remains?|remained|looks?|looked|"
    r"sounds?|sounded|has\s+been|have\s+been|had\s+been|would\s+be|will\s+be)\s+"
    r"(?:(?:\w+ly|so|too|very|quite|a|an|utter|complete|total|more|less|just|simply|even)\s+)*$"
)
_SUBJECT_PRONOUNS = frozenset("it this that these those he she they who which what".split())


# "it was hysterical to watch", "it is perverse that ...": the verdict of an extraposed clause.
_EXTRAPOSED = re.compile(r"\b[Ii]t(?:\s+(?:is|was|would\s+be|seems|seemed)|['’]s)\s+(?:(?:so|truly|just|simply|quite|utterly|frankly)\s+)?$")
_EXTRAPOSED_AFTER = re.compile(r"\s+(?:to\s+\w+|that)\b")
# "how dangerous this idea is", "how perverse and evil he was": a verdict raised to the front.
_HOW_BEFORE = re.compile(r"\b[Hh]ow\s+(?:(?:very|truly|utterly|deeply|so)\s+)?$")
# ("asked how dangerous the road was", "to gauge how severe": a question, not a verdict)
_ASKED_BEFORE = re.compile(
    r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|unclear|unknown|sure|determine|"
    r"determined|measure|measured|assess|assessed|gauge|gauged|check|checked|test|tested|show|shows|"
    r"showed|estimate|estimated)\s+$"
)
_REPORTED_HOW = re.compile(r"(?:\s+[\w'’-]+){0,4}\s+$")


def _reported_how(text: str, how: int, lo: int) -> bool:
    """"how" opens the words of a speech verb a few words before it ("she acknowledged over
    the years how nerve-wracking it was", "he told reporters how shameful it felt"): the
    exclamative is the speaker's, reported, not the writer's."""
    lead, _, _ = _speech_patterns()
    for m in lead.finditer(text, max(lo, how - 50), how):
        if m.group() in _speech_forms() and _REPORTED_HOW.fullmatch(text, m.end(), how):
            return True
    return False


# "as chaotic and dysfunctional as they are", "as disappointing as the outcome".
_AS_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\b(?:is|are|was|were|be|been|just|equally)\s+|^\s*)[Aa]s\s+$")
_AS_AFTER = re.compile(r"(?:\s+and\s+[\w-]+)?\s+as\b")


_VERDICT_END = re.compile(r"\s*(?:[.;:!?)\"”—–]|$)")


def beside_loaded(others: int) -> Evidence | None:
    """A word not measured as loaded, in a sentence with a word that is ("this cruel and
    cynical scheme"): read with its neighbour's verdict."""
    if others < 1:
        return None
    return Evidence("charged sentence", Effect.EVALUATIVE, "beside a word measured as loaded")


# A charged document: the share of its sentences that hold a word measured as loaded (outside
# quotation marks), and at least two of them. Measured by two-fold cross-validation
# (benchmarks/cv_loaded.py, the measured class learnt on the other half): at 0.05 the held-out
# halves gain recall on every tuning suite with no loss of precision on news-dev, and the
# held-out news-check is unchanged; news-check's articles first change below 0.03 (so the
# threshold keeps a margin of about two), and BABE's sentence files sit near 0.09. Counting only
# the measured words the judge warns on (not literal, not someone's voice) did worse.
CHARGED_SHARE = 0.05
CHARGED_SENTENCES = 2


def charged_document(loaded: int, sentences: int) -> Evidence | None:
    """A word not measured as loaded, in a document where at least :data:`CHARGED_SHARE` of the
    sentences (and :data:`CHARGED_SENTENCES`) hold a word measured as loaded: an opinion piece
    or a polemic, whose writer judges throughout, so an unmeasured word is read as a verdict
    too. (Plain news seldom has one such sentence in twenty outside quotations.)"""
    if loaded < CHARGED_SENTENCES or loaded < CHARGED_SHARE * sentences:
        return None
    return Evidence("charged document", Effect.EVALUATIVE,
                    f"{loaded} of {sentences} sentences hold a word measured as loaded")


# Someone's, right before the word (one modifier between at most): "his arrogance", "Rubio's
# gimmick", "their madness", "the president's public scorn". Not a contraction ("it's", "he's",
# "there's": a verb) nor a thing's ("the storm's": a literal head is dropped earlier).
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our)|\b(?!(?:It|He|She|That|There|What|Who|Here|Let|Where|How)['’])"
    r"[A-Z][\w-]*['’]s|\b[A-Z]\w*s['’])"
    r"\s+(?:[\w-]+\s+)?$"
)


def owned(text: str, start: int, lo: int) -> Evidence | None:
    """A word not measured as loaded, said of someone's act or quality ("his ostentatious
    arrogance", "the senator's gimmick"): the writer characterises that person."""
    m = _OWNER_BEFORE.search(text, max(lo, start - 40), start)
    if m is None:
        return None
    return Evidence("someone's", Effect.EVALUATIVE, f"characterises '{m.group().split()[0]}'")


# A person, a group or an institution as the object: "mocked them", "smeared Assange",
# "stonewalled Congress", "bashing the administration" (a name, an object pronoun, or a noun
# of people: word class ``loaded/people-nouns``). Not an act or a plan: "lambasted the plan"
# reports a criticism.
_PERSON_OBJECT = re.compile(
    r"\s+(?:(?:at|on|against)\s+)?(?:(?:him|her|them|us|me)\b|(?:the\s+)?[A-Z][\w'’-]+|"
    r"(?:the|his|her|their|its|our)\s+(?P<noun>[\w-]+)(?:\s+(?P<head>[\w-]+))?)"
)


def attacks_person(text: str, end: int) -> Evidence | None:
    """An attack verb with a person, group or institution as its object ("it smeared the
    reporters", "they mocked him"): the writer's word for what was done to someone."""
    m = _PERSON_OBJECT.match(text, end)
    if m is None:
        return None
    noun = m.group("noun")
    if noun is not None:
        people = classes().people
        head = m.group("head")  # ("the local reporters": a modifier first)
        if noun.lower() not in people and (head is None or head.lower() not in people):
            return None
    return Evidence("attacks a person", Effect.EVALUATIVE, f"its object is '{m.group().strip()}'")


# The subject of a passive attack verb (round 29): a person, group or institution before the
# participle, with an auxiliary ("the minister was lambasted", "they have been mocked") or, in a
# headline's short passive, none but an agent or a cause after it ("Health secretary lambasted
# over funding"). The subject is the last word before the verb (a pronoun, a name or a noun of
# ``loaded/people-nouns``).
_PASSIVE_SUBJECT = LazyRegex(
    r"(?P<subject>[\w'’-]+)\s+(?P<aux>(?:(?:was|were|is|are|been|being|get|gets|got)\s+)?)$"
)
_PASSIVE_AGENT = LazyRegex(r"\s+(?:by|over|for)\b")
_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you"})  # (a person attacked, not a thing)


def attacked_person(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """An attack verb in the passive whose subject is a person, group or institution ("the
    minister was lambasted by doctors", "Health secretary lambasted over funding"): the
    writer's word for what was done to someone, as :func:`attacks_person` in the active. A
    participle only ("-ed"); with no auxiliary the agent or cause must follow, else the verb
    is active ("the minister lambasted officials" is :func:`attacks_person`'s)."""
    if not word.lower().endswith("ed"):
        return None
    m = _PASSIVE_SUBJECT.search(text, max(lo, start - 60), start)
    if m is None:
        return None
    if not m.group("aux") and _PASSIVE_AGENT.match(text, end) is None:
        return None
    subject = m.group("subject")
    low = subject.lower()
    if m.group("aux") and low in _PERSONAL_SUBJECTS:
        return Evidence("attacks a person", Effect.EVALUATIVE, f"its subject is '{subject}'")
    people = classes().people
    if low in people or (low.endswith("s") and low[:-1] in people):
        return Evidence("attacks a person", Effect.EVALUATIVE, f"its subject is '{subject}'")
    if subject[0].isupper() and m.start() > lo and not _line_start(text, lo, m.start()):
        return Evidence("attacks a person", Effect.EVALUATIVE, f"its subject is '{subject}'")
    return None


def title_line(text: str, lo: int, hi: int) -> Evidence | None:
    """A word not measured as loaded in a line set as a title (title case, no closing stop):
    a headline's word is chosen to sell the story's verdict ("Senator's Reckless Gamble
    Backfires")."""
    line = text[lo:hi].rstrip()
    if not line or line.endswith((".", "!", ":", ";", ",")) or hi - lo > 200:
        return None
    if len(_TITLE_WORD.findall(text, lo, hi)) < 3 or not _title_case(text, lo, hi):
        return None
    return Evidence("title", Effect.EVALUATIVE, "a line set as a headline")


def rhetorical_question(text: str, end: int, hi: int, quoted: Callable[[int], bool]) -> Evidence | None:
    """A word not measured as loaded in a question the writer puts ("why are our leaders so
    gutless?", "what else would you expect from this sham?"): an argument, not a report.
    ``quoted(offset)`` says whether the question mark is inside a quotation."""
    q = text.rfind("?", end, hi)
    if q < 0 or quoted(q):
        return None
    return Evidence("rhetorical question", Effect.EVALUATIVE, "the writer's question")


# The writer prescribes: "should never have", "must be stopped", "ought to resign".
_PRESCRIBES = re.compile(r"\b(?:should(?:n['’]t)?|must(?:n['’]t)?|ought\s+to)\b", re.IGNORECASE)


def prescribes(text: str, lo: int, hi: int, quoted: Callable[[int], bool]) -> Evidence | None:
    """A word not measured as loaded in a sentence where the writer says what should be
    ("the council should never have backed this shambles"): an argument, not a report.
    ``quoted(offset)`` says whether an offset is inside a quotation."""
    for m in _PRESCRIBES.finditer(text, lo, hi):
        if not quoted(m.start()):
            return Evidence("writer's stance", Effect.EVALUATIVE, f"a modal verdict '{m.group()}'")
    return None


# An adjective inside the noun phrase that a copula predicates of the subject: "ridicule is a
# vicious weapon.", "it was a shameless ploy of the party", "this is a vicious and potent
# tool". The phrase ends at the noun (or its "of", "to", "for", "that" complement).
_PREDICATE_NP_BEFORE = re.compile(
    r"\b(?i:is|are|was|were|remains?|remained|seems?|seemed|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:a|an|the|one|such\s+an?)\s+(?:(?:truly|utterly|really|very|most|so|deeply|genuinely)\s+)?$"
)
_NP_END = re.compile(r"(?:\s*(?:,|and|or)\s*[\w-]+)?\s+[\w-]+(?:\s*[.;:!?)\"”—–]|\s*$|\s+(?:of|to|for|that)\b)")


def predicate_np(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """A word not measured as loaded, as the adjective of a predicate noun phrase ("ridicule
    is a vicious weapon.", "it was a shameless ploy of the party"): the writer classifies the
    subject, and the adjective is the verdict. (Not "a vicious storm hit the coast": no
    copula before it; not "it was a vicious wave hitting the pier": the phrase must close at
    its noun or the noun's complement.) Asked of adjectives only (the judge's caller)."""
    if _PREDICATE_NP_BEFORE.search(text, max(lo, start - 60), start) and _NP_END.match(text, end):
        return Evidence("predicative", Effect.EVALUATIVE, "the adjective of a predicate noun phrase")
    return None


def judges_people(text: str, end: int, hi: int) -> Evidence | None:
    """A word not measured as loaded, before a noun of people or of their acts within two
    words ("dumb young people", "gullible local voters", "the shadowy accountants"): the
    writer characterises them. (Word classes ``loaded/people-nouns`` and
    ``loaded/judged-nouns``; a dual-sense word is not asked: "toxic workers" may be literal.)"""
    c = classes()
    nxt = _NEXT.match(text, end, hi)
    if nxt is not None and nxt.group(1)[:1].isupper():
        return None  # a name or a title
    for w in next_words(text, end, hi, 2, skip_determiners=False):
        if w in c.people or w in c.judged:
            return Evidence("attributive", Effect.EVALUATIVE, f"characterises '{w}'")
    return None


# -- VOICE: a statement pasted after its author, a text printed in full, a post ending in its
# hashtags (rounds 26 and 28): found by the document (``lintnews.document.voices``), for the
# attribution judge too; the judge reads ``Document.pasted_at``, ``printed_at``, ``post_at``.


# The name of a charge (round 26, round 25's blind check: "stripped of immunity over charges of
# propaganda of extremism"): the word right after a charge, a conviction or a count names the
# offence as the law or the prosecutor does, not the writer's verdict.
_CHARGE_BEFORE = LazyRegex(
    r"(?<![\w-])(?:charges?|charged|counts?|convicted|convictions?|guilty|suspicion|indicted|indictment|"
    r"offen[cs]es?|crimes?)\s+(?:of|with|for|on)\s+(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)


def charge_named(text: str, start: int, lo: int) -> Evidence | None:
    """Is the word the name of an offence charged (:data:`_CHARGE_BEFORE`)? (A string test first:
    most words have no such noun before them.)"""
    near = text[max(lo, start - 5):start]
    if not near.endswith((" of ", " with ", " for ", " on ", " a ", " an ", " the ")):
        return None  # (the preposition or article right before the word: most words have neither)
    window = max(lo, start - 40)
    before = text[window:start].lower()
    if not any(k in before for k in ("charg", "count", "convict", "guilty", "suspicion", "indict", "offen", "crime")):
        return None
    m = _CHARGE_BEFORE.search(text, window, start)
    return Evidence("charge named", Effect.VOICE, f"the offence named after '{m.group().split()[0]}'") if m else None
