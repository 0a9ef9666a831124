"""What a piece of evidence is, the word classes every kind reads, and the words around a hit.

The judge (``voice.py``) weighs :class:`Evidence` by its :class:`Effect`; every kind of
evidence (one module each in this package) reads the same word classes
(``lintnews/language/wordclasses/loaded.toml``, loaded at the first candidate by
:func:`classes`) and the same few words after or before the hit (:func:`next_words`,
:func:`words_before`).
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache


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
    # a voice given only by a report tag closing the sentence ("..., the inspectors wrote"),
    # which reports its clause and not a comment fronted before it (round 139)
    end_tag: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}"


# -- word classes ------------------------------------------------------------------------

LITERAL_DOMAINS = ("measures", "damage", "conflict", "medicine", "law", "sport", "security", "science", "food",
                   "objects")


@dataclass(frozen=True, slots=True)
class Classes:
    """The word classes the evidence reads, every form of every lemma (lower case)."""

    dual_sense: frozenset[str]
    literal: dict[str, str]  # noun form -> domain
    judged: frozenset[str]
    persons: _Persons
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
    noun_verb_plurals: frozenset[str]  # attack verbs' -s forms that are noun plurals too


class _Persons:
    """The person nouns an epithet's head is looked up in (round 167): the WordNet share class
    and the plurals of its adjective lookalikes as one set, and the untagged nouns' compact map
    beside it (4,337 words kept in compact.txt, not copied into a set)."""

    __slots__ = ("_forms", "_untagged")

    def __init__(self, forms: frozenset[str], untagged: Container[str]) -> None:
        self._forms = forms
        self._untagged = untagged

    def __contains__(self, word: object) -> bool:
        return word in self._forms or word in self._untagged


def _contracted_copulas(forms: frozenset[str]) -> frozenset[str]:
    """The enclitic copulas as written with either apostrophe ("it's", "it’s"): a word read by
    :func:`words_before` keeps its apostrophe, and copy is set in both (round 167)."""
    return forms | frozenset(f.replace("'", "\u2019") for f in forms)


@lru_cache(maxsize=1)
def classes() -> Classes:
    """Loaded at the first candidate (a text with no loaded word never reads them)."""
    from lintnews.language.wordclasses import compact_map, listed, lower_forms, word_class

    literal: dict[str, str] = {}
    for domain in LITERAL_DOMAINS:
        for form in word_class(f"loaded/literal-{domain}"):
            literal.setdefault(form, domain)
    return Classes(
        dual_sense=lower_forms("loaded/dual-sense"),
        literal=literal,
        judged=lower_forms("loaded/judged-nouns"),
        persons=_Persons(lower_forms("loaded/person-nouns") | lower_forms("loaded/person-plurals", ("NNS",))
                         | listed("loaded/copy-people"),
                         compact_map("loaded/person-nouns-untagged")),
        people=lower_forms("loaded/people-nouns"),
        praised=lower_forms("loaded/praised-nouns"),
        intensifiers=lower_forms("loaded/intensifiers"),
        copulas=lower_forms("loaded/copulas") | _contracted_copulas(listed("loaded/copulas", "contracted")),
        feelings=lower_forms("loaded/feelings"),
        speech_verbs=tuple(sorted(lower_forms("loaded/speech-verbs") | listed("loaded/speech-verbs"))),
        characterising=tuple(sorted(lower_forms("loaded/characterising-verbs"))),
        poor_precision=frozenset(word_class("loaded/poor-precision").values()),
        measured_loaded=listed("loaded/measured-loaded") | listed("loaded/measured-loaded", "named"),
        armed=lower_forms("loaded/armed-forces"),
        targets=lower_forms("loaded/struck-targets"),
        clause_verbs=lower_forms("loaded/clause-verbs"),
        feeling_nouns=lower_forms("loaded/feeling-nouns"),
        event_nouns=lower_forms("loaded/event-nouns"),
        noun_verb_plurals=lower_forms("loaded/noun-verbs", ("NNS",)),
    )


NEXT_WORD = re.compile(r"[\s,]*(?:(?:and|or)\s+)?([\w][\w'’-]*)")
DETERMINERS = frozenset(
    "a an the his her their its our your my this that these those two three four some any "
    "another such".split()
)


FUNCTION_WORDS = frozenset(
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
        m = NEXT_WORD.match(text, pos, hi)
        if m is None:
            break
        word = m.group(1).lower()
        pos = m.end()
        if skip_determiners and word in DETERMINERS:
            continue
        if word in FUNCTION_WORDS:
            break
        out.append(word)
    return out


# (possessive: a word and the blanks after it are always taken whole, so backing off them
# can never end the run at the end; without it the search backed off four words at each of
# the window's word starts, a third of this regex's time, and it is asked at every cue)
_TAIL_WORDS = re.compile(r"(?<![\w'’-])(?:[\w'’-]++[ \t]++){1,4}+$")


def raw_words_before(text: str, lo: int, start: int) -> list[str]:
    """:func:`words_before` as written (capitals kept: a capitalised word may be a name)."""
    m = _TAIL_WORDS.search(text, max(lo, start - 60), start)
    return m.group().split() if m else []


def words_before(text: str, lo: int, start: int) -> list[str]:
    """Up to four words right before ``start`` with nothing but spaces between them (lower
    case, nearest last): a comma or a stop ends the run."""
    m = _TAIL_WORDS.search(text, max(lo, start - 60), start)
    return m.group().lower().split() if m else []
