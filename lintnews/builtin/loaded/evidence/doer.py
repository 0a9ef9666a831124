"""EVALUATIVE evidence: an attack verb narrating what a named person or body did (round 108).

"Senator Ana Ruiz lambasted the bill", "the previous administration caved to a petition":
the writer's own verb for a named actor's act, in narration, passes the writer's verdict
(GUIDELINES.md, "emotive and dramatising"; wire style says "criticised", "gave way to").
The attack verbs the lexicon lists at ``warning`` but has not measured as loaded are held at
``info`` unless the sentence shows evaluative use; an active, finite verb whose subject right
before it is a person or a body (:func:`.revelation.person_subject`: a name, a pronoun, a
person or body noun, not a document and not a preposition's object) is such use. Not the
verb after "to" or "against" ("warned against caving to"), not a bare form ("they lambast"), not a one-word verb with no object
after it ("the manager fumed for an hour"),
not a thing as subject ("the roof caved in", "a storm savaged the coast"); reported and
quoted clauses are left to the voice judge, which lowers them after this raises.
"""

from __future__ import annotations

import re

from lintnews.builtin.loaded.evidence.evidence import NEXT_WORD, Effect, Evidence
from lintnews.builtin.loaded.evidence.revelation import person_subject, subject_heads
from lintnews.language.finite import finite_forms
from lintnews.util.lazyregex import LazyRegex

# Words that cannot open a direct object right after the verb
_NO_OBJECT = frozenset("for in to from with by after before during since until as and or "
                       "but while when because again back there here then".split())


def named_doer(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """A finite attack verb (past or -s form) whose subject is a person or a body."""
    verb = text[start:end].split(None, 1)[0].lower()
    if (not verb.endswith(("ed", "s")) or verb.endswith("ss")) and not _irregular_past(text, start, end, verb):
        return None
    if text[start:start + 1].isupper():
        return None  # the verb opens its sentence or a title-case headline: no subject in sight
    if " " not in text[start:end].strip():
        nxt = NEXT_WORD.match(text, end)
        if nxt is None or text[end:nxt.start(1)].strip() or nxt.group(1).lower() in _NO_OBJECT:
            return None  # a one-word verb needs its object: "fumed for an hour" tells a mood
    raw = person_subject(text, start, lo) or _appositive_name(text, start, lo)
    if raw is None:
        return None
    return Evidence("named doer", Effect.EVALUATIVE, f"narrates what '{raw}' did")


def _irregular_past(text: str, start: int, end: int, verb: str) -> bool:
    """An irregular simple past of a phrasal attack verb (round 137): "Tom Ives tore into the
    plan", "she laid into the board". The lexicon's past tenses (``finite.txt``, VBD) know
    "tore" and "laid"; only a verb of more than one word (its particle fixes the phrasal
    sense), and not a form that is also the bare verb ("hit out at", "lay into": "hits" and
    "lays" are present tenses, so "hit" and "lay" may follow "to" or a modal)."""
    if " " not in text[start:end].strip() or verb.endswith("ed"):
        return False
    forms = finite_forms()
    return verb in forms.past and verb not in forms.present and verb + "s" not in forms.present


# ", Tom Ives, " right before the verb, after a noun phrase: a name in apposition to the subject
_APPOSED = LazyRegex(r"(?<=[a-z]),[ \t]++((?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?[ \t]++)?"
                      r"[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+){0,3}),[ \t]*+$")


def _appositive_name(text: str, start: int, lo: int) -> str | None:
    """A subject noun phrase with a name in apposition before the verb (round 137): "The
    group's leader, Tom Ives, tore into the plan". The comma after the name hides it from
    :func:`.revelation.person_subject`; the name between the commas, after a lower-case word
    (the head of the noun phrase it renames, a person or body noun: "leader", "council"; not a
    thing, "The storm, Ciara, tore into the coast"), is the subject. Not a phrase that opens the sentence with a preposition ("In Leeds,
    Ruiz, ..."); the noun phrase before the first comma must have no verb-like "said"."""
    m = _APPOSED.search(text, max(lo, start - 80), start)
    if m is None:
        return None
    head = text[lo:m.start()].split()
    if not head or head[0].lower() in _OPENING_PREPOSITIONS or any(w.lower().strip(",") in _SPEECH for w in head):
        return None
    people = subject_heads()[0]
    noun = head[-1].lower().removesuffix("'s").removesuffix("’s")
    if noun not in people and noun.rstrip("s") not in people:
        return None  # "The wind, Storm Ciara, tore into ...": a thing renamed
    return m.group(1).split()[-1]


# Round 144: the verbs of doing badly, WordNet 3.0's (``benchmarks/wordnet_mishandle.py``):
# those whose commonest senses are all "make a mess of", "spoil by behaving clumsily",
# "manage badly" or a troponym of one
MISHANDLE_VERBS = frozenset("bobble bodge bollix bollocks botch bumble bungle flub fluff mishandle "
                            "mismanage".split())
# A direct object right after the verb: a determiner or a pronoun opens it
_OBJECT_OPENS = LazyRegex(r"[ \t]+(?:the|a|an|his|her|their|its|our|my|your|him|them|us|this|these|those|"
                          r"every|all|both)\b", re.IGNORECASE)


def mishandled_act(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """A participle entry of a verb of doing badly (:data:`MISHANDLE_VERBS`: "bungled",
    "botched") as the finite verb of a person's or a body's act, in the past or the perfect,
    with its object after it: "The council has bungled the signage", "Ministers badly bungled
    the roll-out" (round 144). The writer's verb says the act was done badly, a verdict where
    "changed", "handled" or "ran" would report it (GUIDELINES.md: verbs that judge, not
    describe). Not the attributive participle ("a bungled raid": other evidence reads it), not
    the passive ("was bungled by"), not a thing as subject ("The storm botched ..."); reported
    and quoted clauses are left to the voice judge, which lowers them after this raises."""
    word = text[start:end].lower()
    if not word.endswith("ed") or text[start:start + 1].isupper():
        return None
    if word[:-1] not in MISHANDLE_VERBS and word[:-2] not in MISHANDLE_VERBS:
        return None
    if _OBJECT_OPENS.match(text, end) is None:
        return None
    raw = person_subject(text, start, lo)
    if raw is None:
        return None
    return Evidence("mishandled act", Effect.EVALUATIVE, f"the writer's verb judges how '{raw}' did it")


_OPENING_PREPOSITIONS = frozenset("in at on after before during since for with by from under as when while "
                                  "if although though".split())
_SPEECH = frozenset("said says told tells added argued".split())
