"""EVALUATIVE evidence: an emotive adjective on an act named by a noun derived from a verb (round 98).

"The council's gutless refusal to touch the charges", "years of shambolic recruitment", "a
cynical manipulation of the rules": an emotive adjective right before a noun that names
what someone did passes the writer's verdict on the act (GUIDELINES.md, "emotive and
dramatising"), as it does before a person or an occasion (:mod:`.labels`, :mod:`.occasion`).

No hand list of act nouns: the noun is told by its derivation from a verb, the suffixes
English forms nominalisations with (Quirk et al., A Comprehensive Grammar of the English
Language, I.31-I.35: -al, -ment, -ion, -ance/-ence), and its stem must be a verb the
lexicon's finite forms know ("refusal" from "refuses", "recruitment" from "recruits",
"escalation" from "escalates"). The false alarms the unmeasured doubt was made for, "a
dramatic rescue", "a brutal winter", stay as they were: "rescue" has no derivational suffix,
a season no verb. Emotive words only, as for :mod:`.occasion` and :mod:`.spectacle`.
The noun must end its phrase (a stop, a comma, a function word, "to"), so that it is the
head, not a modifier ("a dramatic performance car").
"""

from __future__ import annotations

from lintnews.builtin.loaded.evidence.evidence import FUNCTION_WORDS, NEXT_WORD, Effect, Evidence
from lintnews.language.finite import finite_forms

# suffix -> how many letters to strip to reach the verb's stem
_SUFFIXES = (("ment", 4), ("ance", 4), ("ence", 4), ("ion", 3), ("al", 2))
_MIN_STEM = 4  # ("total", "final", "signal": short stems are rarely the noun's verb)


def verb_stem(noun: str) -> str | None:
    """The verb a noun is derived from by a nominal suffix, if the lexicon knows it as a
    verb: "refusal" -> "refuse", "recruitment" -> "recruit", "performance" -> "perform"."""
    present = finite_forms().present
    for suffix, cut in _SUFFIXES:
        if not noun.endswith(suffix):
            continue
        stem = noun[:-cut]
        if len(stem) < _MIN_STEM:
            return None
        if stem.endswith("i"):  # "denial" -> "denies"
            return stem[:-1] + "y" if stem[:-1] + "ies" in present else None
        for form, verb in ((stem + "s", stem), (stem + "es", stem + "e")):
            if form in present:
                return verb
        return None
    return None


def act(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """The adjective right before a noun of an act derived from a verb, heading its phrase:
    "the gutless refusal to", "shambolic recruitment, the club"."""
    nxt = NEXT_WORD.match(text, end, hi)
    if nxt is None or nxt.start(1) != end + 1:
        return None
    noun = nxt.group(1)
    if not noun.isalpha() or not noun.islower():
        return None
    verb = verb_stem(noun)
    if verb is None:
        return None
    after = NEXT_WORD.match(text, nxt.end(1), hi)
    if after is not None and not text[nxt.end(1):after.start(1)].strip(" \t"):
        w = after.group(1)
        if w not in FUNCTION_WORDS and w not in ("to", "and", "or"):
            return None  # another word of the phrase follows: the noun is a modifier
    return Evidence("act", Effect.EVALUATIVE, f"judges the act of '{noun}' ('{verb}')")
