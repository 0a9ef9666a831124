"""EVALUATIVE evidence: a verb of physical impact used of an event, an act or a body (round 131).

"A scandal rocked the club", "the vote exposed the spineless position", "the ruling guts the
law", "the senator torpedoed the deal", "chipmakers were hammered": the verb's literal sense
needs a physical force or an agent working on a thing ("an earthquake rocked the town", "waves
hammered the coast", "fire gutted the building", "skin exposed to the sun", "crews hammered
the posts"). Where the subject (or the passive's agent) is an event, an act or a report, or a
person works on an act, the impact is the writer's figure for an effect nobody measured: a
verdict on how hard it hit (GUIDELINES.md, "emotive and dramatising"; The Economist Style
Guide's journalese "rock", "hammer", "torpedo").

Which nouns are which is WordNet's word (``benchmarks/wordnet_impact.py``): the abstract nouns
(first sense an act, communication, cognition, state, attribute, feeling, possession or
process, not an event, none of the two commonest senses a physical force or occurrence) are
``impact-abstract.txt``, the bodies (first sense a group) ``impact-bodies.txt``; the things are
``concrete.txt`` (round 125), the people :func:`.revelation.person_subject`'s. Kept as one
string each (:class:`~lintnews.language.finite.WordSet`), not as sets: memory.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.builtin.loaded.evidence.presupposed import concrete_nouns
from lintnews.builtin.loaded.evidence.revelation import person_subject
from lintnews.builtin.loaded.evidence.weather import weather_nouns
from lintnews.language.finite import WordSet
from lintnews.util.lazyregex import LazyRegex


@cache
def _word_set(name: str) -> WordSet:
    try:
        return WordSet(Path(__file__).with_name(name).read_text(encoding="utf-8").strip())
    except OSError:
        return WordSet("")


def abstract_nouns() -> WordSet:
    """Nouns of events, acts, reports and states (``impact-abstract.txt``)."""
    return _word_set("impact-abstract.txt")


def body_nouns() -> WordSet:
    """Nouns of groups and institutions (``impact-bodies.txt``)."""
    return _word_set("impact-bodies.txt")


# what may stand between the subject and the verb: auxiliaries, modals, adverbs of time/degree
_AUX = frozenset("has have had will would could can may might must should shall does do did also "
                 "further again only just now already then later even still suddenly".split())
_BE = frozenset("is are was were be been being get gets got".split())
_DETERMINERS = frozenset("the a an this that these those its their his her our my your another "
                         "any some each every no".split())
# words that end an object or agent noun phrase
_STOP = frozenset("that which who whom whose and or but as to with for from in on at into after "
                  "before when while because than if so last this next over about across by".split())
_RELATIVES = frozenset(("that", "which"))
# before the bare form, a word that makes it a verb ("could rock the party", "to expose")
_BARE_BEFORE = frozenset("to will would could can may might must should shall did does do not never".split())
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "us", "me"))
_REFLEXIVES = frozenset(("himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"))
_WORD_BEFORE = LazyRegex(r"([\w'’-]+)\s+$")
_WORD = LazyRegex(r"\s*([\w'’£$%-][\w'’£$%.-]*)")


def _words_before(text: str, lo: int, start: int, n: int = 6) -> list[str]:
    seg = text[max(lo, start - 80):start]
    if any(c in seg for c in ";:\"“”()"):
        seg = seg[max(seg.rfind(c) for c in ";:\"“”()") + 1:]
    return seg.replace(",", " , ").split()[-n:]


def _verb_group_start(text: str, lo: int, start: int) -> int:
    """Where the verb group ending in the verb at ``start`` begins: before its auxiliaries,
    modals and "be" ("the senator will torpedo", "is torpedoing"), where its subject ends."""
    pos = start
    while True:
        m = _WORD_BEFORE.search(text, max(lo, pos - 24), pos)
        if m is None or m.group(1).lower() not in _AUX | _BARE_BEFORE | _BE:
            return pos
        pos = m.start()


def _phrase_after(text: str, end: int, hi: int) -> tuple[list[str], str]:
    """The words of the noun phrase after ``end`` (lower case, up to a stop word or a
    punctuation mark) and what stopped it."""
    words: list[str] = []
    pos = end
    while len(words) < 6:
        m = _WORD.match(text, pos, hi)
        if m is None:  # a punctuation mark or the sentence's end
            return words, "."
        gap = text[pos:m.start(1)]
        if any(c in gap for c in ",.;:!?\"“”()") or "\n" in gap:
            return words, "."
        w = m.group(1).rstrip(".")
        low = w.lower()
        if low in _STOP:
            return words, low
        if low in _DETERMINERS and any(x.lower() not in _DETERMINERS for x in words):
            return words, low  # a second phrase ("the budget every week")
        words.append(w)
        pos = m.end(1)
        if m.group(1).endswith("."):
            return words, "."
    return words, ""


def _head(words: list[str]) -> str | None:
    """The head of a noun phrase: its last word, past the determiners; None if empty."""
    rest = [w for w in words if w.lower() not in _DETERMINERS]
    return rest[-1] if rest else None


def _physical(word: str) -> bool:
    w = word.lower()
    w = w[:-2] if w.endswith(("'s", "’s")) else w
    return w in concrete_nouns() or w in weather_nouns()


def _abstract(word: str) -> bool:
    w = word.lower()
    return w.isalpha() and w in abstract_nouns() and not _physical(w)


# Round 133: the past forms of the verbs of upheaval that end in no "-ed"
_IRREGULAR_PAST = frozenset(("shook", "sent"))


def impact_figure(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """The figurative sense of a verb of impact: an event, act or report as its subject or
    passive agent ("the shady deal has rocked a coalition", "rocked by allegations"), a person
    or body working on an act ("the senator torpedoed the deal"), or a body as the passive's
    subject ("chipmakers were hammered.")."""
    low = word.lower()
    after, stop = _phrase_after(text, end, hi)
    if low.startswith("expos"):
        if stop == "to" or (after and after[0].lower() in _REFLEXIVES):
            return None  # "exposed to the sun", "exposed workers to asbestos", "exposed himself"
    before = _words_before(text, lo, start)
    verb = low.split()[0]  # round 133: "sent shockwaves through"
    if not (verb.endswith(("ed", "s", "ing")) or verb in _IRREGULAR_PAST) \
            and not (before and before[-1].lower() in _BARE_BEFORE):
        return None  # the bare form as a noun ("indie rock band", "a hammer")
    while before and before[-1].lower() in _AUX | _BARE_BEFORE:
        before.pop()
    if len(before) >= 2 and before[-1].lower() in _RELATIVES:
        before.pop()  # "a scandal that rocked the club"
    if before and before[-1].lower() in _BE and low.endswith("ing"):
        # the progressive is active (review 116: "the scandal is rocking the club", "the
        # allegations have been rocking the party"): its subject stands before the auxiliaries
        before.pop()
        while before and before[-1].lower() in _AUX | _BE:
            before.pop()
    passive = bool(before) and before[-1].lower() in _BE
    if not after and stop == "by":  # the passive's agent, also after a noun ("countries rocked by")
        agent, _ = _phrase_after(text, text.index("by", end) + 2, hi)
        head = _head(agent)
        if head is not None and _abstract(head):
            return Evidence("impact", Effect.EVALUATIVE,
                            f"its agent '{head}' is an act or a report: a figure of its effect")
        return None
    if passive:
        before.pop()
        while before and before[-1].lower() in _AUX:
            before.pop()
        if not after and stop == "." and before:
            subject = before[-1].lower()
            if subject.isalpha() and subject in body_nouns() and not _physical(subject):
                return Evidence("impact", Effect.EVALUATIVE,
                                f"its subject '{before[-1]}' is a body: a figure of what hit it")
        return None
    head = _head(after)
    if head is None:
        return None
    if head.lower() in _OBJECT_PRONOUNS:
        obj_ok, obj_abstract = True, False
    else:
        obj_ok = not _physical(head) and head.lower() not in _REFLEXIVES
        obj_abstract = _abstract(head)
    if not obj_ok:
        return None
    if before:
        subject = before[-1]
        s = subject.lower()
        first = len(before) == 1 and text[lo:start].strip().startswith(subject)
        if (subject[:1].islower() or first) and _abstract(s):
            return Evidence("impact", Effect.EVALUATIVE,
                            f"its subject '{subject}' is an act or a report: a figure of its effect")
    if obj_abstract and person_subject(text, _verb_group_start(text, lo, start), lo) is not None:
        return Evidence("impact", Effect.EVALUATIVE,
                        f"a person works on the act '{head}': a figure of what was done to it")
    return None


def uncovering(word: str) -> bool:
    """"Expose" is also the plain verb of making seen or known ("the breach exposed the data of
    two million customers", "the dig exposed a mosaic"): factive, it hands the reader its
    object as a fact (Kiparsky and Kiparsky 1970), and a verdict only where the sentence judges
    what was exposed ("exposes the hollow promises"). The judge asks for a charged sentence
    before it warns (as ``reveal`` of the verdict-verb rule is held at ``info``)."""
    return word.lower().startswith("expos")

