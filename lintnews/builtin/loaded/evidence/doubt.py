"""DOUBT evidence: ambiguous uses, held at ``info``, and the measures of a word's charge.

A feeling reported of people ("residents felt betrayed"), a named event ("the Great
Disaster"), a coined term, speech only supposed ("if he called it a disgrace"), a name right
after the word, and the word's own precision and charge (measured on the tuning sets).
"""

from __future__ import annotations

import re

from lintnews.builtin.loaded.evidence.appearance import read_feeling
from lintnews.builtin.loaded.evidence.evidence import (
    Effect,
    Evidence,
    classes,
    raw_words_before,
    words_before,
)
from lintnews.util.lazyregex import LazyRegex

# -- DOUBT ------------------------------------------------------------------------------

# What follows a disaster that the writer judges rather than names: "the disaster of the
# rollout", "a disaster for the party", "the disaster that is Brexit"
_JUDGED_EVENT_AFTER = LazyRegex(r"\s+(?:of|for|that|which|waiting|in\s+the\s+making)\b", re.IGNORECASE)
# A day's possessive dates the accident the article reports ("after Saturday's disaster at the
# dump", "yesterday's catastrophe"; round 25, round 23's second sample)
_DAY_POSSESSIVE = LazyRegex(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)['’]s",
                             re.IGNORECASE)
_EVENT_NAME_WORD = LazyRegex(r"[A-Z][\w'’.-]*|[a-z]+")
# A year dates the accident too (round 100: "after the 2023 disaster", "the 1987 storm"), or a
# year's possessive ("2011's catastrophe"): a year from 1800 to 2099
_YEAR = LazyRegex(r"(?:18|19|20)\d\d(?:['’]s)?")


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
    before = raw_words_before(text, lo, start)
    names = 0
    if before and _DAY_POSSESSIVE.fullmatch(before[-1]):
        return Evidence("named event", Effect.DOUBT, f"the accident of a day the article reports ('{before[-1]} {word}')")
    if before and _YEAR.fullmatch(before[-1]) and (before[-1][-1] in "s" or (
            len(before) > 1 and before[-2].lower() == "the")):
        return Evidence("named event", Effect.DOUBT, f"the accident of a year ('{before[-1]} {word}')")
    while before and names < 3 and before[-1][:1].isupper() and _EVENT_NAME_WORD.fullmatch(before[-1])\
            and before[-1].lower() != "the":
        before.pop()  # "the Rana Plaza disaster": the place names the accident
        names += 1
    if before and before[-1].lower() == "the" and not (len(before) > 1 and before[-2].lower() in c.copulas):
        return Evidence("named event", Effect.DOUBT, f"the accident the article reports ('the ... {word}')")
    return None


# "without" and a determiner of none (round 100: "a working life can run down without any
# single catastrophe", "the day passed without a disaster"): the event is denied, not named or
# judged. ("no disaster" is not read: "it was no disaster" is a verdict, by litotes.)
_WITHOUT_BEFORE = LazyRegex(r"(?<![\w-])without\s+(?:(?:any|a|an|one)\s+)?(?:(?:single|real|major|great|big)\s+)?$",
                            re.IGNORECASE)


def denied_event(text: str, start: int, lo: int, word: str) -> Evidence | None:
    """An event noun (``loaded/event-nouns``) after "without (any) (single)": an event that
    did not happen ("ran down without any single catastrophe"), ``info``."""
    if word not in classes().event_nouns:
        return None
    if _WITHOUT_BEFORE.search(text, max(lo, start - 40), start) is None:
        return None
    return Evidence("denied event", Effect.DOUBT, f"'{word}' after 'without': an event that did not happen")


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


_FEELING_AFTER = LazyRegex(r"\s+(?:by|at|over|about|that|with|to\s+(?:see|hear|learn|find|discover))\b")
# (round 80: after the copulas of seeming and the resultative "left" the feeling is the writer's
# reading, not a reported state: :mod:`.appearance`)
_FEELING_VERBS = frozenset("feel feels felt feeling got get gets grew grow".split())


_OWNERS = frozenset(("his", "her", "their", "my", "our", "your"))


# A content warning's reaction of readers ("an image some viewers may find distressing",
# "readers might find it upsetting"; round 23): how some may feel, no verdict of the writer's.
_MAY_FIND_BEFORE = LazyRegex(r"\b(?:may|might|could|will|would)\s+find\s+(?:(?:it|them|this|these|some)\s+)?"
                              r"(?:(?:very|deeply|quite|particularly)\s+)?$", re.IGNORECASE)


def feeling(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """A feeling reported of people ("residents were outraged", "she felt betrayed", "furious
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
    if read_feeling(text, start, lo, word) is not None:
        return None  # round 80: "looking heartbroken", "left devastated by": the writer's reading
    before = words_before(text, lo, start)
    while before and (before[-1] in c.intensifiers or before[-1] in ("more", "less", "not")):
        before.pop()
    prev = before[-1] if before else ""
    if prev in c.copulas or prev in _FEELING_VERBS or _FEELING_AFTER.match(text, end):
        return Evidence("feeling", Effect.DOUBT, f"'{word}' reports how people feel")
    return None


_NAME_NEXT = LazyRegex(r"\s+(?:the\s+)?[A-Z][\w'’-]*")


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


# round 101: a term "so-called" introduces and defines at once, one to three words and then
# the definition: a relative clause in the present tense on how it works ("so-called dynamic
# pricing, which adjusts prices to demand"), "in which", "whereby", "where", or a bracket
# ("so-called tap-to-pay (contactless) cards"). Not of people: "so-called experts, who say".
# Round 166: the explainer's gloss after the comma as well, "meaning", "that is", "i.e.", or a
# present participle that says how it is done ("the so-called backdoor ISA, paying into one
# account and moving the money to another": an appositive -ing clause of manner, Quirk et al.
# 17.93), not the participles of saying or including ("so-called reforms, claiming to ...");
# and a name word after the first ("the so-called backdoor ISA"), as a term of art is often
# built on one
_DEFINED_TERM = LazyRegex(
    r"\s+([a-z][a-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,2})\s*"
    r"(?:,\s*(?:which\s+(?:(?!is\b|has\b|was\b|does\b)[a-z]+[^s\W]s|means|is\s+(?:a|an|when|where|how))|"
    r"in\s+which|whereby|where|meaning|that\s+is|i\.e\.|"
    r"(?P<manner>(?!(?:includ|accord|say|claim|call|cit|describ|dubb|label|brand|insist|argu|allow)ing\b)[a-z]{2,}ing\s+[a-z]+\b))|\()"
)


def _defined_term(text: str, end: int, hi: int) -> Evidence | None:
    """A term after "so-called" defined in the same breath (see :data:`_DEFINED_TERM`)."""
    m = _DEFINED_TERM.match(text, end, min(hi, end + 60))
    if m is None:
        return None
    words = m.group(1).split()
    if m["manner"] and len(words) < 2:
        # review 138: a manner clause glosses a compound term of art ("the so-called backdoor
        # ISA, paying into ..."); after one plain noun it is the writer's account of what the
        # sneered-at thing does ("the so-called reforms, slashing benefits"), no definition
        return None
    people = classes().people
    if any(w in people or w in _NOT_IN_TERM for w in words):
        return None
    return Evidence("name", Effect.DOUBT, f"introduces and defines the term '{m.group(1)}'")


def coined_term(text: str, end: int, hi: int) -> Evidence | None:
    """A coined compound after "so-called" (see :data:`_TERM_WORDS`): the name of a thing; or
    a term defined at once (round 101)."""
    e = _defined_term(text, end, hi)
    if e is not None:
        return e
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


_IF_BEFORE = LazyRegex(r"(?<![\w-])(?:[Ii]f|[Uu]nless|[Ee]ven\s+if)\s+(?:[\w'’-]+\s+){1,4}$")


def supposed_speech(text: str, start: int, lo: int) -> Evidence | None:
    """A said-verb in an "if" clause ("if the world insisted there should be ..."): speech the
    writer supposes, not a verdict on words anyone said."""
    if _IF_BEFORE.search(text, max(lo, start - 60), start) is None:
        return None
    return Evidence("supposed", Effect.DOUBT, "in an 'if' clause: supposed, not reported")


# A said-verb denied or refused (round 155): "It doesn't admit that ...", "has never claimed",
# "a refusal to admit", "what they do not want to admit": the negation or the refusal is right
# before the verb (an adverb may come between), so no statement is reported that the verb
# could colour. ("claimed, not admitted" is not it: the negation must govern this verb. A
# modal of ability or duty is not either: "the teens can't claim to be ..." denies them the
# right to the claim, the writer's verdict on it.) Review 131: an adverb of time or degree
# inside the negation or after it ("has still not admitted", "never once admitted"), and the
# negation of "yet to" ("the club has yet to admit": not said so far).
_UNSAID_BEFORE = LazyRegex(
    r"(?<![\w'’-])(?:"
    r"(?:(?:do|does|did|would|will|is|are|was|were|has|have|had)(?:\s+(?:still|yet|even|ever))?(?:n['’]t|\s+not)"
    r"|won['’]t|never|no\s+longer|(?:has|have|had|is|are|was|were)\s+yet\s+to)"
    r"(?:\s+(?:\w+ly\s+)?(?:want|wants|wanted|wanting|like|likes|liked|dare|dared|bother|bothered)\s+to)?"
    r"|(?:refus(?:e|es|ed|ing|al)|unwilling(?:ness)?|reluctance|declin(?:e|es|ed|ing))\s+to"
    r")\s+(?:(?:\w+ly|once|even|ever|yet|really)\s+){0,2}$",
    re.IGNORECASE)


def unsaid_speech(text: str, start: int, lo: int) -> Evidence | None:
    """A said-verb under a negation or a refusal ("doesn't admit there is a war", "a refusal to
    admit the plan failed"): nobody is reported to have said anything, so there is no statement
    whose reporting the verb could slant; doubtful at best (round 155)."""
    if _UNSAID_BEFORE.search(text, max(lo, start - 60), start) is None:
        return None
    return Evidence("unsaid", Effect.DOUBT, "denied or refused: no statement is reported")


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
