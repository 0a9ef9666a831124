"""VOICE evidence: the word in what someone is said to have said, alleged or been charged with.

An allegation ("allegedly brutal"), the content or topic of a report ("accusations of
cruelty"), a headline's source ("Ruiz: a shameful decision"), the name of an offence charged
("charges of extremism"): the words are another's, at most ``info``.
"""

from __future__ import annotations

import re

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, classes
from lintnews.builtin.loaded.evidence.indirect import (
    SPEAKER_END,
    clause_break,
    speech_forms,
    speech_lead,
    third_party,
)
from lintnews.util.lazyregex import LazyRegex

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
    r"refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?)\s+(?:[a-z][\w-]+\s+)?"
    r"(?i:suggestions?|claims?|allegations?|accusations?|charges?|assertions?|rumou?rs?|"
    r"insinuations?|reports?|contention|notion|arguments?|myths?|beliefs?|theor(?:y|ies)|"
    r"assumptions?|perceptions?|narratives?)\s+that\b"
)


def reported_content(text: str, start: int, lo: int) -> Evidence | None:
    """The word is in the content clause of a noun of saying ("She rejected suggestions that the
    group was a hard-left faction"): what the suggestion, claim or report says, someone else's
    words, up to where the writer takes over (:data:`_CLAUSE_BREAK`)."""
    window = max(lo, start - 120)
    if text.find("that", window, start) < 0:
        return None  # (most words have no "that" before them: spared the regex)
    for m in _CONTENT_LEAD.finditer(text, window, start):
        if clause_break(text, m.end(), start) is None:
            return Evidence("reported content", Effect.VOICE, f"what the '{m.group().split()[1]}' say")
    return None


_TOPIC_LEAD = LazyRegex(r"\s+(?:of|about|against)\s+(?:(?:the|a|an|its|their|his|her|more|further)\s+)?$",
                         re.IGNORECASE)


def reported_topic(text: str, start: int, lo: int) -> Evidence | None:
    """The word opens what a third party warns, complains or speaks of ("researchers warning
    of dangerous side effects", "the union complained about reckless cuts"): the phrase
    names the speaker's concern in the speaker's terms, as a reported clause would."""
    lead = speech_lead()
    for m in lead.finditer(text, max(lo, start - 40), start):
        verb = m.group()
        if verb not in speech_forms() or _TOPIC_LEAD.fullmatch(text, m.end(), start) is None:
            continue
        speaker = SPEAKER_END.search(text, max(lo, m.start() - 80), m.start())
        if speaker is None or not third_party(text, speaker.start(), m.start()):
            before = text[max(lo, m.start() - 30) : m.start()].split()
            if not before or before[-1].lower().rstrip("s") not in classes().people:
                continue  # ("many researchers warning of": a group of people speaks too)
        return Evidence("indirect speech", Effect.VOICE, f"what is reported after '{verb}'")
    return None


# A headline that says whose words it carries: "Mayor Ana Ruiz: Plan Is a Disgrace" (a name
# and a colon before), "Demand is absurd - Russian envoy" (a dash and a speaker after). A
# kicker or section label is no speaker ("BREAKING:", "Week in Pictures:").
_HEADLINE_NAME = LazyRegex(r"[ \t]*(?P<who>[A-Z][a-z][\w'’.-]*(?:[ \t]+[A-Z][a-z][\w'’.-]*){1,3})[ \t]*:[ \t]+")
_HEADLINE_TAG = LazyRegex(r"[^\n]*?[ \t][-–—][ \t]+(?P<who>\w[^\n:.!?—–-]{1,60}?)[ \t]*$")
# (round 68) a closing tag of headlinese, set off by a comma, with no article before the
# speaker: "Budget plan is reckless, says opposition leader", "Flood response a disgrace, say
# residents", "Rise is cruel, charity says"
_HEADLINE_SAYS = LazyRegex(
    r"[^\n]*?,[ \t]+(?:(?:says|say|said|warns|warn|tells|insists|claims)[ \t]+(?P<who>[^\n,:;]{1,50}?)"
    r"|(?P<who2>[^\n,:;]{1,50}?)[ \t]+(?:says|say|said|warns|warn|tells|insists|claims))[ \t]*$"
)
# (not a speaker: "..., that says it all", "..., and it says so")
_NOT_HEADLINE_SPEAKERS = frozenset(("it", "that", "this", "so", "nothing", "no", "who", "which", "what", "and", "but"))
# (round 68) a lone role before a headline's colon: "Mother: officer's conduct was appalling",
# "Union: pay offer is an insult" (a role of :data:`_TAG_ROLES` or a people noun)
_HEADLINE_ROLE = LazyRegex(r"[ \t]*(?P<who>[A-Z][a-z][\w'’-]*)[ \t]*:[ \t]+")
_TAG_ROLES = LazyRegex(
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
    m = _HEADLINE_ROLE.match(text, line_start, start)
    if m is not None and _speaker_words(m.group("who")):
        return Evidence("headline source", Effect.VOICE, f"the headline quotes '{m.group('who')}'")
    m = _HEADLINE_TAG.match(text, end, line_start + len(line))
    if m is not None and (_TAG_ROLES.search(m.group("who")) or _speaker_words(m.group("who"))):
        return Evidence("headline source", Effect.VOICE, f"the headline is attributed to '{m.group('who')}'")
    m = _HEADLINE_SAYS.match(text, end, line_start + len(line))
    if m is not None:
        who = (m.group("who") or m.group("who2")).strip()
        if len(who.split()) <= 5 and who.split()[0].lower() not in _NOT_HEADLINE_SPEAKERS:
            return Evidence("headline source", Effect.VOICE, f"the headline is attributed to '{who}'")
    return None


def _speaker_words(words: str) -> bool:
    """Does a word of ``words`` name people or a role that speaks ("residents", "union",
    "minister"): a people noun, singular or plural, or a role of :data:`_TAG_ROLES`?"""
    people = classes().people
    return any(w.lower() in people or w.lower().rstrip("s") in people or _TAG_ROLES.search(w)
               for w in words.split())


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


# A source's reckoning right after a predicate (round 98: "damage was devastating by the
# ministry's count", "losses were catastrophic by one estimate", "by the council's own
# reckoning"): the verdict is given as the source's measure, up to five words to its noun
_BY_RECKONING_AFTER = LazyRegex(
    r"\s+by\s+(?:[\w'’.-]+\s+){0,5}?(?:count|counts|estimate|estimates|reckoning|tally|calculations?|"
    r"assessment|measure|standards?|yardstick)\b",
    re.IGNORECASE,
)


def by_reckoning(text: str, end: int, hi: int) -> Evidence | None:
    """The word is followed by a source's measure that it is given by ("devastating by the
    ministry's count"): the source's reckoning, reported; ``info`` at most. (Not "by any
    standard", which is the writer's own emphasis.)"""
    m = _BY_RECKONING_AFTER.match(text, end, hi)
    if m is None or re.search(r"\bby\s+(?:any|all|every|most)\b", m.group(), re.IGNORECASE):
        return None
    return Evidence("reckoning", Effect.VOICE, f"given by a source's measure ('{m.group().strip()}')")
