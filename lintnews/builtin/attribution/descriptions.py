"""A "described as" with no hidden holder: the writer's own modal description, an active relative.

"There followed what can only be described as a rout" is the writer describing, with a modal
of possibility ("can only", "could", "might"): no one else's view is hidden, a hint at most
(the word after may be loaded: that is another family). "a cheese that the waiter described as
the best in England" is active: "the waiter" is the subject of the relative clause and the
describer is named, so it is no agentless passive at all. "is described as", "was described
as" and a reduced relative ("a town described as ...") stay as they were.
"""

from __future__ import annotations

from lintnews.util.lazyregex import LazyRegex

# the modal and "be" before the participle: "can only be", "could fairly be", "might be"
_MODAL_BE = LazyRegex(
    r"(?i)\b(?:can|could|might|may)\s+(?:only\s+|best\s+|fairly\s+|safely\s+|charitably\s+|perhaps\s+|only\s+really\s+)?be\s+$")

# a relative pronoun, then a definite or possessive noun phrase of up to three words with no
# verb-like ending, right before the participle: "that the waiter ", "which her mother "
_RELATIVE_SUBJECT = LazyRegex(
    r"(?i)\b(?:that|which|whom)\s+(?:the|his|her|their|its|our|my|this|one)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,2}?(?!(?:been|being|be|is|was|are|were|has|have|had)\s)[a-z][\w’'-]*\s+$")

# round 106: a contact relative (no pronoun) after an appositive or predicate noun phrase: ",
# a difference the authors described as", "was a move the union called": an indefinite noun
# phrase set off by a comma, dash or copula, then a definite or possessive subject
_CONTACT_SUBJECT = LazyRegex(
    r"(?:[,;:—–]|\b(?i:is|was|are|were))\s+(?i:a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*\s+"
    r"(?i:the|his|her|their|its)\s+(?:[a-z][\w’'-]*\s+)?"
    r"(?!(?:been|being|be|is|was|are|were|has|have|had)\s)[a-z][\w’'-]*\s+$")

_VERBS = ("described", "called", "termed", "characterised", "characterized", "dubbed", "branded", "labelled", "labeled")


def modal_description(text: str, s_lo: int, cue_start: int, cue_end: int) -> bool:
    """Is the cue "<modal> (only) be described as" (the writer's own wording)?"""
    cue = text[cue_start:cue_end].lower().split()
    if not cue or not any(v in cue for v in _VERBS):
        return False
    # the cue may start at "be" or at the participle
    at = cue_start + 3 if cue[0] == "be" else cue_start
    return _MODAL_BE.search(text, max(s_lo, at - 40), at) is not None


def active_relative(text: str, s_lo: int, cue_start: int, cue_end: int) -> bool:
    """Is the cue's participle the verb of a relative clause with its own subject ("that the
    waiter described as", "a difference the authors described as")?"""
    cue = text[cue_start:cue_end].lower().split()
    if not cue or cue[0] not in _VERBS:
        return False
    lo = max(s_lo, cue_start - 80)
    return (_RELATIVE_SUBJECT.search(text, lo, cue_start) is not None
            or _CONTACT_SUBJECT.search(text, lo, cue_start) is not None)
