"""DOUBT evidence: a plain yes/no question of the writer's asks, it asserts nothing.

Round 106: an explainer's subhead "Are they harmful?", "Is the water safe to drink?" puts the
question the piece then answers with evidence; the adjective is the thing asked about, not the
writer's verdict. Only a question standing as its own paragraph (a subhead: in running text a
writer's question argues more often, measured on a blind set), a polar question opened by an auxiliary, with no negation ("Isn't it
shameful?", "Is this not a disgrace?" assert their answer) and no degree word before the
adjective ("Is anything more absurd?", "Was it really so terrible?" argue). A wh-question
("why are our leaders so gutless?") presupposes the adjective and stays the writer's stance
(``stance.rhetorical_question``).
"""

from __future__ import annotations

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.util.lazyregex import LazyRegex

_POLAR_OPENING = LazyRegex(
    r"\s*(?:[\"“‘'(]\s*)?(?:Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|Has|Have|Had|May|Might)\s+"
    r"(?!not\b)[\w'’-]+"
)
_NEGATED = LazyRegex(r"(?i)(?:n['’]t|\bnot\b|\bnever\b|\bno\b|\bnothing\b|\bever\b)")
# a degree or comparison word right before the adjective argues rather than asks
_DEGREE_BEFORE = LazyRegex(r"(?i)\b(?:so|such|too|more|most|less|really|truly|any|anything|this|that|how)\s+(?:an?\s+)?$")
_QUESTION_END = LazyRegex(r"[^.!?;:]{0,60}\?")


def open_question(text: str, start: int, end: int, lo: int, hi: int, block: tuple[int, int]) -> Evidence | None:
    """The word is in a plain yes/no question of the writer's that is the whole paragraph
    ``block`` (a subhead), the sentence ``lo:hi`` ending with "?" within a few words of the word
    ("Are they harmful?", "Is the lake safe for swimming?")."""
    if text[block[0]:lo].strip() or text[hi:block[1]].strip():
        return None
    if _QUESTION_END.match(text, end, hi) is None:
        return None
    if _POLAR_OPENING.match(text, lo, start) is None:
        return None
    if _NEGATED.search(text, lo, hi) is not None:
        return None
    if _DEGREE_BEFORE.search(text, max(lo, start - 20), start) is not None:
        return None
    return Evidence("open question", Effect.DOUBT, "a yes/no question the writer asks, asserting nothing")
