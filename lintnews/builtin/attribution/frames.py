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
    frame = _frame()
    for m in frame.finditer(text, s_lo, cue_start):
        if _BREAK.search(text, m.end(), cue_start) is None:
            return True
    if _CONTENT_CUE.search(text, cue_start, cue_end):
        return False  # "is believed to have resumed his duties at the PTA headquarters": the frame is the content's
    end = _CLAUSE_END.search(text, cue_end, s_hi)
    stop = end.start() if end else s_hi
    content = _CONTENT.search(text, cue_end, stop)
    return frame.search(text, cue_end, content.start() if content else stop) is not None
