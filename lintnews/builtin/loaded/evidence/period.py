"""EVALUATIVE evidence: a loaded adjective summing up a stretch of time for someone (round 132).

"It has been a punishing twelve months for the company", "a torrid second half for the
visitors", "a miserable season for the club", "a nightmare week for the minister": the
business and sports desks' summary of how a year, a quarter, a season or a match went *for* a
company, a team or a person. A stretch of time has no conduct and no quality of its own to
measure; an emotive, judging or praising word on it, with the one it went badly or well for
named after "for", is the writer's verdict on that party's fortunes (GUIDELINES.md, "emotive
and dramatising"). The nouns are ``loaded/period-nouns``.

Left alone (the traps): the weather, which harsh and gloom adjectives measure on a day, a week
or a night ("a bitter night for the farmers", round 68's reading); a measurable word
(``loaded/dual-sense``: "a violent weekend for the city", "a volatile week for markets", "a
deadly year for cyclists"); a superlative ("the worst year for sales since 2009" is a record
checked against others); a non-gradable word ("a perfect day for a picnic"); the scale words
("a historic year for the club", round 82's precision); a title or name (capitalised period
noun); "for" before a gerund ("a terrible time for leaving"), a purpose, not a party; no
"for" at all ("a stormy week", "a brutal winter").

Round 134: the party may instead be the subject of a verb of undergoing that takes the period as
its object ("The campaign has had a bruising week.", "commuters face a miserable third weekend of
disruption", "the club endured a dismal season"): "have", "endure", "suffer", "face", "go /
live through", the verb right before the noun phrase's opener (past degree adverbs). The noun
phrase ends at the period noun (a stop, a comma or a preposition or conjunction follows); the
same traps hold ("the farmers endured a bitter night": the weather; "had a volatile week":
a measure; "had the worst year since 2009": a record); "have" counts in its past and perfect
("had", "has had") only, not the bare form of advice ("Have a miserable time").

Round 136: or a relative clause with "in which" follows the period noun and tells what the
period held ("The move follows a torrid week in which the government lost two votes", "after
a dismal year in which the club sold its ground"; not "that saw", left
alone after a false alarm on babe-dev's news: "a punishing several months that saw a global
pandemic"): the period is told as a story and its adjective is the
writer's summary of it, whatever verb the noun phrase hangs on. The weather trap reads the
clause instead of the span ("a bitter night in which temperatures fell to minus ten", "a torrid
week in which the heat topped 40C": a weather noun in it); the others hold (a measure: "a
volatile week in which shares swung"; a superlative; no article).
"""

from __future__ import annotations

from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, words_before
from lintnews.util.lazyregex import LazyRegex

# The period noun right after the word, past an ordinal ("second half") and a count ("twelve
# months", "48 hours"), then "for" and the start of the party's noun phrase
_PERIOD_FOR = LazyRegex(
    r" (?:(?:first|second|third|fourth|final|last|opening|closing)\s+)?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|few|several)\s+)?"
    r"([a-z][a-z-]*)\s+for\s+(?:(?:the|a|an|its|their|his|her|our|my|your)\s+)?([\w'’-]+)")
# Round 134: the period noun ending its noun phrase (no "for" after it): what may follow it
_PERIOD_END = LazyRegex(
    r" (?:(?:first|second|third|fourth|final|last|opening|closing)\s+)?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|few|several)\s+)?"
    r"([a-z][a-z-]*)(?:\s*[.,;:!?)\u2014\u2013-]|\s*$|\s+(?:of|in|at|on|since|after|before|as|and|but|"
    r"with|under|against|so|that|which|this|last|ahead)\b)")
# Round 136: a relative clause telling what the period held ("a torrid week in which the
# government lost two votes"): the period told as a story, its verdict the writer's, whatever
# verb the noun phrase hangs on. Not "that saw" / "which saw" (the first figures run: babe-dev
# one false alarm, "a punishing several months that saw a global pandemic ...", unmarked)
_PERIOD_STORY = LazyRegex(r"\s+in\s+which\b")
# Round 134: the verbs whose subject undergoes the period it takes as object
_UNDERGO = frozenset("had endured endures endure enduring suffered suffers suffer suffering "
                     "faced faces face facing".split())
_THROUGH = frozenset("went goes go going gone lived lives living been come came".split())
_OPENERS = frozenset("a an another such the what".split())
_DEGREE = frozenset("very really truly genuinely thoroughly utterly pretty fairly rather quite so".split())
_SUPERLATIVES = frozenset(("best", "worst", "most", "least"))
# Spans the weather fills, on which a harsh or gloom adjective measures it ("a bitter night")
_WEATHER_SPANS = frozenset("day night week weekend morning afternoon evening fortnight spell stretch".split())
_SCALE = frozenset(("historic", "unprecedented"))
# Round 164 (issue 16, D141's "a dire 18 months for the sector"): dual-sense words whose other
# sense is a fixed collocation of urgency, not a measure a period can take ("dire need", "dire
# warnings", "dire straits"; Merriam-Webster "dire" 1b, 2): on a period for a party they judge
_NO_MEASURE = frozenset(("dire",))
# (Quirk et al. 7.38's non-gradable adjectives, as evaluative.ABSOLUTE_ADJECTIVES reads them)
_ABSOLUTE = frozenset(("ultimate", "ideal", "perfect", "unique", "supreme", "absolute", "complete",
                       "total", "final", "optimal", "premium", "luxury"))


@lru_cache(maxsize=1)
def _classes() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    from lintnews.language.wordclasses import lower_forms

    return (
        lower_forms("loaded/period-nouns"),
        lower_forms("loaded/harsh-adjectives")
        | lower_forms("loaded/gloom-adjectives"),
        lower_forms("loaded/dual-sense"),
        lower_forms("loaded/weather-nouns"),
    )


_WORD = LazyRegex(r"[a-z]+")


def _tells_weather(text: str, start: int, hi: int, weather: frozenset[str]) -> bool:
    """Does the relative clause from ``start`` (to its sentence's end, at most 100 characters)
    name the weather ("in which temperatures fell", "that saw heavy rain")?"""
    clause = text[start:min(hi, start + 100)].lower()
    return any(w in weather or w.rstrip("s") in weather for w in _WORD.findall(clause))


def judged_period(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """The word right before a period noun that "for" and a party follow ("a torrid year for
    the club"), the word opening its noun phrase (an article, past degree adverbs)."""
    w = word.lower()
    if " " in w or w.endswith(("ly", "est")) or w in _SUPERLATIVES or w in _SCALE or w in _ABSOLUTE:
        return None
    m = _PERIOD_FOR.match(text, end, hi)
    undergone = False
    if m is None:
        m = _PERIOD_END.match(text, end, hi)
        if m is None:
            return None
        undergone = True
    periods, harsh, dual, weather = _classes()
    noun = m.group(1)
    party = "" if undergone else m.group(2)
    if noun not in periods or (party.endswith("ing") and party[:1].islower()):
        return None
    if w in dual and w not in harsh and w not in _NO_MEASURE:
        return None  # a measure: "a violent weekend for the city"
    story = _PERIOD_STORY.match(text, m.end(1), hi) if undergone else None
    if story is not None and w in harsh and _tells_weather(text, story.end(), hi, weather):
        return None  # the weather told: "a torrid week in which temperatures topped 40C"
    if story is None and w in harsh and noun.rstrip("s") in _WEATHER_SPANS:
        return None  # the weather: "a bitter night for the farmers"
    before = [b for b in words_before(text, lo, start) if b not in _DEGREE]
    if not before or before[-1] not in _OPENERS:
        return None
    if len(before) > 1 and before[-2] in ("most", "least"):
        return None
    if story is not None:
        return Evidence("judged period", Effect.EVALUATIVE,
                        f"sums up the {noun} a relative clause tells, in the writer's words")
    if undergone:
        verb = before[-2] if len(before) > 1 else ""
        if verb == "through" and len(before) > 2 and before[-3] in _THROUGH:
            verb = "went"
        elif verb not in _UNDERGO:
            return None
        return Evidence("judged period", Effect.EVALUATIVE,
                        f"sums up the {noun} its subject went through in the writer's words")
    return Evidence("judged period", Effect.EVALUATIVE,
                    f"sums up the {noun} for '{party}' in the writer's words")
