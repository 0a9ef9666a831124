"""EVALUATIVE evidence: an epithet of moral judgement on the agent's conduct, inside the
definite subject that opens its sentence, its head a nominalised act with its object after
(round 172).

"The callous timing of the announcement has angered families", "The cynical use of civilians as
shields has become the hallmark of the war", "The callous disregard for warnings has cost
lives": the head names what someone did ("someone timed the announcement", "someone used
civilians": Quirk et al. 17.51-17.54), and a definite description presupposes its content
(Strawson; round 125), so the adjective hands the reader the writer's verdict on the agent as
given. Round 125's :func:`definite_subject` stops at a head followed by "of" ("The scandalous
delay of the spring sailings angered islanders", kept a hint: the head names an event); this
frame reads only the heads of ``loaded-desks/conduct-nouns`` and only the adjectives of
``loaded-desks/propriety-adjectives``, which can only judge an agent ("The lavish use of gold
leaf dates from 1870" describes a style: "lavish" is no such adjective). The clause must go on
to a finite verb of its own, an auxiliary or a past form (a headline's "The cynical use of aid"
asserts nothing; a present "-s" form is not read, for a plural noun has the same shape).
"""

from __future__ import annotations

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.builtin.loaded.evidence.presupposed import AUXILIARIES as _AUX
from lintnews.language.finite import finite_forms
from lintnews.language.wordclasses import lower_forms
from lintnews.util.lazyregex import LazyRegex

# the determiner or the possessive that opens the sentence ("The council's callous handling of";
# maybe after an opening quotation mark, which the judge's quotation reading handles) and the head right after the adjective, then its object's
# preposition
_OPENS = LazyRegex(r"\s*[\"“‘']?(?:The|This|That|Its|Their|(?:The\s+)?[A-Za-z-]+['’]s)\s+$")
_HEAD_PREP = LazyRegex(r"[ \t]+([a-z]{3,})[ \t]+(?:of|for|to|towards|toward)\b")
_WORD = LazyRegex(r"[a-z][a-z']+")
_REACH = 160  # how far the verb of the clause is looked for (a subject of a dozen words)


def conduct_subject(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """A propriety adjective after the determiner that opens the sentence, before a conduct noun
    and its object ("The callous timing of the announcement has ..."), the clause's finite verb
    after it."""
    if word.lower() not in lower_forms("loaded-desks/propriety-adjectives"):
        return None
    if not _OPENS.fullmatch(text, lo, start):
        return None
    m = _HEAD_PREP.match(text, end)
    if m is None or m.group(1) not in lower_forms("loaded-desks/conduct-nouns"):
        return None
    forms = finite_forms()
    stop = min(hi, m.end() + _REACH)
    for w in _WORD.finditer(text, m.end(), stop):
        v = w.group()
        if v in _AUX or v in forms.past:  # (not a present "-s" form: "of food parcels" is a plural)
            return Evidence("presupposed", Effect.EVALUATIVE,
                            f"in the definite subject '{text[start:m.end(1)]}': a verdict on the agent's conduct given as agreed")
    return None
