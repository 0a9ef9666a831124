"""The open-class words of the constructions: word classes, every inflection from the lexicon.

Each class lives in ``lintnews/language/wordclasses/attribution.toml`` and is read once, on
first use, from the shipped table of forms (:mod:`lintnews.language.wordclasses`). Code asks
for what a construction needs: the past participles of the verbs that take an as-complement,
the plural forms of the person nouns, every finite form of a speech verb.
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache

from lintnews.language.wordclasses import alternation_of, compact_map, is_compact, plural_forms, word_class
from lintnews.util.lazyregex import LazyRegex

_FILE = "attribution"

# Penn tags: what a finite verb after its subject may be, and a participle.
FINITE = ("VB", "VBD", "VBP", "VBZ", "VBG")
PARTICIPLE = ("VBN",)
NOUN = ("NN", "NNS")


@cache
def forms(name: str, tags: tuple[str, ...] = ()) -> dict[str, str]:
    """``form -> lemma`` of class ``name`` (in this family's file), lower case; only the forms
    with one of ``tags`` when given. Phrasal entries ("come to light") keep their spaces."""
    return {f.lower(): lemma for f, lemma in word_class(f"{_FILE}/{name}", tags).items()}


@cache
def alternation(name: str, tags: tuple[str, ...] = ()) -> str:
    """The forms of class ``name`` (with one of ``tags``) as a regex alternation, escaped and
    longest first, so that a longer form wins over its prefix ("chief executive" over "chief")."""
    return alternation_of(forms(name, tags))


@cache
def lemmas(name: str) -> frozenset[str]:
    full = f"{_FILE}/{name}"
    return compact_map(full).lemmas() if is_compact(full) else frozenset(forms(name).values())


def lemma_of(name: str, form: str) -> str | None:
    """The lemma of ``form`` (lower case) in class ``name``, a compact class or not."""
    full = f"{_FILE}/{name}"
    return compact_map(full).get(form) if is_compact(full) else forms(name).get(form)


@cache
def plural_nouns(name: str) -> Container[str]:
    """The plural forms of a noun class that are not also its singular ("officials", not
    "research")."""
    return plural_forms(f"{_FILE}/{name}")


@cache
def participle_classes() -> dict[str, frozenset[str]]:
    """Past participle -> the passive classes (complements) its verb takes.

    ("regarded" -> {"passive-as"}, "thought" -> {"passive-to", "passive-that",
    "passive-small-clause"}.)"""
    out: dict[str, set[str]] = {}
    for name in PASSIVE_CLASSES:
        for form in forms(name, PARTICIPLE):
            out.setdefault(form, set()).add(name)
    return {form: frozenset(names) for form, names in out.items()}


# The passive classes, by complement (see the word-class file for what each means).
PASSIVE_CLASSES = (
    "passive-to", "passive-as", "passive-that", "passive-small-clause", "passive-at",
    "passive-with", "passive-for", "passive-of", "passive-bare", "passive-vague-agent", "passive-vague-agent-complement",
    "passive-consensus", "passive-epithet", "passive-likeness",
)
# The classes whose lemmas are the anchors of each rule (tests check the pack holds them all).
ANCHOR_CLASSES = {
    "unattributed-claim/passive-attribution": ("passive-to", "passive-as", "passive-with", "passive-at", "passive-for"),
    "unattributed-claim/received-opinion": (),
    "unattributed-claim/vague-source": ("source-nouns",),
    "unattributed-claim/vague-provenance": ("report-nouns",),
}


# review 138: a bare plural group after "by" ("by analysts", "by most economists") and the
# purpose infinitive an undertaking noun takes ("a push by investors to oust the board")
_BY_GROUP = LazyRegex(r"\s*(?:(?:most|many|some|several|numerous|all|other)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                      r"(?P<head>[a-z][\w-]*s)\b(?!\s+of\b)")
_PURPOSE = LazyRegex(r"[^,.;:!?\n]{0,60}?\bto\s+[a-z]")


def effort_agent(noun: str, after_by: str) -> bool:
    """Is the by-phrase after ``noun`` (``after_by``: the text after "by") the agent of an
    undertaking noun of ``effort-nouns`` rather than the judge of a view passive before it
    (round 173: "seen as part of a push by its new chief executive" is the push's agent, the
    view nobody's)? Review 138: not a bare group of people who judge ("seen as a smart move by
    analysts", "a sensible step by most economists"): they hold the view, as before round
    173, unless the noun's purpose infinitive follows ("a push by investors to oust the
    board"). One decision for both readers of the by-phrase (constructions/passive and
    attribution/complements)."""
    if not forms("effort-nouns", NOUN).get(noun.lower()):
        return False
    group = _BY_GROUP.match(after_by)
    if group is None or group["head"] not in plural_nouns("source-nouns"):
        return True
    return _PURPOSE.match(after_by, group.end()) is not None
