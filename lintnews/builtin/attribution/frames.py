"""A named institution as the frame of a passive's view: its holder, identified.

"In the Orthodox Church, Mary Magdalene is celebrated as a woman of virtue" and "crossing over
was considered a conflict of interest in the Marvel offices" say whose view it is: the Church's,
the company's. The frame is a prepositional phrase ("in", "within", "at", "across",
"throughout") whose noun phrase names an institution: a head of the ``institution-frames`` word
class, capitalised ("the Church of England", "the Army") or after a capitalised name ("the
Orthodox Church", "the Marvel offices"), in the cue's own clause: before it with no second clause
between, or after it before the clause ends. A country or a people ("In Japan, it is considered
rude", "in the Soviet Union") has no such head, and names no holder; nor does a lower-case body
("in the party").

A frame inside the subject's own modifier is not the view's holder (round 79): in "A second
vaccine, developed at the University of Leeds, is believed to be cheaper", the university made the
vaccine; nobody named believes it. A modifier is a stretch set off by commas that opens with a
participle or a relative pronoun (", developed at X,", ", which was built at X,") and closes
before the cue; it still holds the view when a source verb speaks in it (", as argued at X,").
"""

from __future__ import annotations

import re
from functools import cache

from lintnews.builtin.constructions import lexicon as lx
from lintnews.util.lazyregex import LazyRegex

# a clause break between a frame and its cue (a second clause, a dash), or the clause's end after it
_BREAK = re.compile(r";|:|\bbut\b|\bwhile\b|\bwhereas\b|,\s*(?:and|or|yet|although|though)\b|\s[—–]\s|\s--\s")
_CLAUSE_END = re.compile(r"[,;:.!?]|\s[—–]\s")
# after the cue, the view's own content (a clause or an infinitive): a frame there is the content's
# ("it will be argued that it would provoke schisms in the Church"), not the view's holder
_CONTENT = LazyRegex(r"\b(?:that|to|whether|which|who|if)\b")
_CONTENT_CUE = LazyRegex(r"\b(?:that|to)\s*$")
# the opening of a subject's modifier set off by a comma: a participle (a regular "-ed"/"-en" form
# or an irregular participle of making, keeping or placing) or a relative pronoun, with an adverb
_MODIFIER_OPEN = LazyRegex(
    r",\s*(?:[a-z]+ly\s+)?(?:which|who|that|[a-z]{2,}(?:ed|en)|made|built|run|grown|bred|born|set|"
    r"held|kept|taught|brought|sold|bought|found|won|founded|based|led)\b[^,;:]*$"
)


@cache
def _frame() -> re.Pattern[str]:
    """"in the Orthodox Church", "at the Marvel offices", "within the Army", "in the Church of
    England": a preposition, "the", capitalised words and a head, or a capitalised head alone."""
    heads = lx.alternation("institution-frames", lx.NOUN)
    capital_heads = "|".join(h[:1].upper() + h[1:] for h in heads.split("|"))
    return re.compile(
        r"\b(?:[Ii]n|[Ww]ithin|[Aa]t|[Aa]cross|[Tt]hroughout)\s+the\s+"
        rf"(?:(?:[A-Z][\w’'&.-]*\s+){{1,4}}(?i:{heads})|(?:{capital_heads}))\b"
    )


def institution_frame(text: str, s_lo: int, s_hi: int, cue_start: int, cue_end: int) -> bool:
    """Is a named institution the frame of the cue's view, in its clause (before the cue with no
    clause break between, or after it before the clause ends), and no vague agent in the cue?"""
    if " by " in text[cue_start:cue_end]:
        return False  # "is seen as a betrayal by many": a vague holder named in the cue itself
    if "the" not in text[s_lo:s_hi]:
        return False  # (every frame holds a lower-case "the": no search of a page pasted as one sentence)
    frame = _frame()
    for m in frame.finditer(text, s_lo, cue_start):
        if _BREAK.search(text, m.end(), cue_start) is None and not _in_subject_modifier(text, s_lo, m.start(), m.end(), cue_start):
            return True
    if _CONTENT_CUE.search(text, cue_start, cue_end):
        return False  # "is believed to have resumed his duties at the PTA headquarters": the frame is the content's
    end = _CLAUSE_END.search(text, cue_end, s_hi)
    stop = end.start() if end else s_hi
    content = _CONTENT.search(text, cue_end, stop)
    return frame.search(text, cue_end, content.start() if content else stop) is not None


def _in_subject_modifier(text: str, s_lo: int, frame_start: int, frame_end: int, cue_start: int) -> bool:
    """Is the frame inside a comma-set modifier of the cue's subject (", developed at X," right
    before the cue), and no source verb in it?"""
    closing = text.rfind(",", frame_end, cue_start)
    if closing < 0 or text[closing + 1:cue_start].strip(" ").count(" ") > 2:
        return False  # no modifier closed right before the cue's verb chain
    opening = text.rfind(",", s_lo, frame_start)
    if opening < 0 or _MODIFIER_OPEN.match(text[opening:frame_start]) is None:
        return False
    modifier = text[opening + 1:closing].lower()
    return not any(w in _source_forms() for w in re.findall(r"[a-z]+", modifier))


@cache
def _source_forms() -> frozenset[str]:
    """Every form of a source verb ("argued", "says"): a modifier that speaks holds a view."""
    return frozenset(lx.forms("source-verbs"))
