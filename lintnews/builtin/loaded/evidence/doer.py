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

from lintnews.builtin.loaded.evidence.evidence import NEXT_WORD, Effect, Evidence
from lintnews.builtin.loaded.evidence.revelation import person_subject

# Words that cannot open a direct object right after the verb
_NO_OBJECT = frozenset("for in to from with by after before during since until as and or "
                       "but while when because again back there here then".split())


def named_doer(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """A finite attack verb (past or -s form) whose subject is a person or a body."""
    verb = text[start:end].split(None, 1)[0].lower()
    if not verb.endswith(("ed", "s")) or verb.endswith("ss"):
        return None
    if text[start:start + 1].isupper():
        return None  # the verb opens its sentence or a title-case headline: no subject in sight
    if " " not in text[start:end].strip():
        nxt = NEXT_WORD.match(text, end)
        if nxt is None or text[end:nxt.start(1)].strip() or nxt.group(1).lower() in _NO_OBJECT:
            return None  # a one-word verb needs its object: "fumed for an hour" tells a mood
    raw = person_subject(text, start, lo)
    if raw is None:
        return None
    return Evidence("named doer", Effect.EVALUATIVE, f"narrates what '{raw}' did")
