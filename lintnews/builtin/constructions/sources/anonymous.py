"""Anonymous sourcing on any head: a source the copy itself says is left unnamed.

The construction (round 59): a noun phrase headed by any person or role noun ("a spokesperson",
"a senior engineer", "two nurses"), an anonymity clause or phrase that says the writer keeps
it unnamed, and a speech or cognition verb (or "according to") that makes it the source of a
claim, in any order:

- "A spokesperson, who asked not to be named, said ..." (the clause after the phrase, the verb
  after the clause, restrictive or set off by commas);
- "..., said a spokeswoman, who asked not to be named." / "according to a nurse who requested
  anonymity" (the verb or "according to" before the phrase);
- "A pilot told the paper, on condition of anonymity, that ..." (the phrase after the verb);
- "Speaking on condition of anonymity, a senior engineer said ..." (the phrase fronted).

The anonymity phrases: "(asked|declined|...) (not) to be (named|identified|quoted)", "on
condition of anonymity", "(requested|was granted) anonymity", "not authorised to (speak|
discuss ...)", "(speaking|said) on background / off the record / privately / anonymously". The
open-class verbs are word classes (``anonymity-requests``, ``naming-verbs``,
``unauthorised-speech``, ``speaking-verbs``); the source verbs are the family's.

Not anonymous sourcing: a named person with a clause about someone else ("Jane Roe, who asked
that her employer not be named, said"); "named" in its other senses ("was named chief
executive", "a street named after"); a refusal ("declined to comment", "refused to be drawn");
anonymity as the topic ("the law protects anonymous donors"), with no speech verb linked.
Anonymous sources the vague-source construction already reads (person nouns of its own word
class) are read here too; the judge keeps one cue where the two overlap.
"""

from __future__ import annotations

import re
from functools import cache

from lintnews.builtin.constructions import Bounds, Cue
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import (
    AUX,
    CONJUNCTIONS,
    NEGATIVE,
    PREPOSITIONS,
    PRONOUNS,
    Token,
    is_adverb,
    left,
    noun_phrase,
    right,
)
from lintnews.builtin.constructions.sources.names import apposed
from lintnews.builtin.constructions.sources.phrase import source_verb_forms
from lintnews.builtin.constructions.sources.unnamed import unnamed_source
from lintnews.util.lazyregex import LazyRegex

# the verbs that refuse a naming outright ("declined to be named"); the other requests need
# a "not" ("asked not to be named", "did not want to be named")
_REFUSING = frozenset(("decline", "refuse"))
# words between a head and its anonymity phrase: a relative pronoun, its auxiliary, a
# participle of speaking, a cause ("because he was"), commas
_LINKERS = frozenset("who whom that , had has have was were is are be been being because as since "
                     "he she they not n't only just even".split())
# what "anonymity" follows when a source keeps it: "condition of", "promise of", "grant of"
_OF_ANONYMITY = LazyRegex(
    r"(?i)\b(?:(?:on|under|with)\s+(?:the\s+|a\s+)?)?(?:condition|promise|guarantee|grant|basis|understanding|terms)"
    r"\s+of\s+$"
)
_FOR_ON = frozenset(("for", "on", "of"))
_NAME_WITHHELD = LazyRegex(r"(?i)\b(?:his|her|their)\s+names?\s+(?:not\s+be|be\s+withheld|withheld)\b")
_QUESTION = ("Anonymous source: '{cue}' is left unnamed by the copy itself. Why is it unnamed, and does "
             "the story say so (and what the source is placed to know)?")


def anonymous_source(text: str, start: int, end: int, where: Bounds) -> Cue | None:
    """The anonymous-source construction at an anonymity phrase anchored at ``text[start:end]``,
    or ``None`` when the phrase keeps nobody's name back or nobody it covers tells a claim."""
    lo, hi = where()
    frame = _frame(text, start, end, lo)
    if frame is None:
        return None
    found = _construction(text, frame, lo, hi)
    if found is None:
        return None
    c_start, c_end, branch = found
    cue = _cue(text, c_start, c_end, branch)
    if quotation_tag(text, lo, c_start, c_end, hi):
        # '"...," said the woman, who asked not to be named.': the words are hers, quoted as the
        # guidelines give a described speaker's quotation; why she is unnamed is still asked
        return cue._replace(severity="info", question=cue.question + _QUOTED_NOTE)
    if _case_party().fullmatch(text, c_start, min(c_end, frame[0])) is not None:
        # round 129: "The victim, who asked not to be named, said": the story's one victim,
        # identified by the role it is about (the class ``case-parties``); a hint
        return cue._replace(severity="info", question=cue.question + _CASE_PARTY_NOTE)
    if _EXPLAINED.match(text, frame[1], min(hi, frame[1] + 90)):
        # "who declined to be identified because the talks are private", "for fear of
        # reprisals": the copy says why, which is what the editor asks; a hint
        return cue._replace(severity="info", question=_EXPLAINED_QUESTION.format(cue=_flat(text, c_start, c_end)))
    return cue


def _construction(text: str, frame: tuple[int, int], lo: int, hi: int) -> tuple[int, int, str] | None:
    """The cue (start, end, branch) of the source the anonymity phrase ``frame`` is said of,
    when a verb of speech or "according to" makes it the source of a claim."""
    f_start, f_end = frame
    before = left(text, f_start, lo, 120)
    after = right(text, f_end, hi)
    verbs = source_verb_forms()
    speaking = lx.forms("speaking-verbs", lx.FINITE + lx.PARTICIPLE)
    first = right(text, f_start, f_end)
    if (first and (first[0].low in verbs or first[0].low in speaking) and not first[0].low.endswith("ing")
            and first[0].low not in lx.forms("anonymity-requests", lx.FINITE + lx.PARTICIPLE)):
        # the frame opens with the verb itself: "a diplomat said on background"; a verb of
        # talking tells a claim only with a verb of speech after it ("a lawyer spoke privately"
        # tells nothing; "spoke anonymously because ..." explains an earlier source)
        if first[0].low not in verbs and not _verb_after(after):
            return None
        found = _subject_of(text, before, -1, lo, hi)
        return (found, f_end, "anonymous:verb-manner") if found is not None else None
    # (a) the phrase right before the clause: "a spokesperson, who asked not to be named,"
    k = 0
    while k < len(before) and (before[k].low in _LINKERS or before[k].low in AUX
                               or before[k].low in _SPEAKING_PARTICIPLES
                               or (before[k].word and is_adverb(before[k]))):
        k += 1
    relative = any(t.low in ("who", "whom", "that") for t in before[:k])
    if k < len(before) and before[k].word:
        np = _phrase(text, before, k, lo)
        if np is not None and _theirs(text, np[2], lo, hi):
            return None  # "an official, who asked not to be named, said": the vague-source construction's
        if np is not None:
            np_start, np_end_index, _ = np
            if _verb_after(after) or _link_before(before, np_end_index, verbs):
                return np_start, f_end, "anonymous:after-head"
    # (b) the verb (and its object) before the phrase: "a director said on condition of
    # anonymity", "a pilot told the newspaper, on condition ..." (not past a relative pronoun:
    # "told a nurse, who asked not to be named, that" makes the nurse the hearer)
    for v in range(k, min(len(before), k + 6) if not relative else k):
        t = before[v]
        if not t.word and t.text != ",":
            break
        if (t.low in verbs or (t.low in speaking and _verb_after(after))) and (
                v + 1 >= len(before) or before[v + 1].low != "to"):
            found = _subject_of(text, before, v, lo, hi)
            return (found, f_end, "anonymous:after-verb") if found is not None else None
    # (c) fronted: "Speaking on condition of anonymity, a senior engineer said ..."
    if k >= len(before) and after and after[0].text == ",":
        for v in range(2, min(len(after), 9)):
            if after[v].low in verbs:
                h = v - 1
                while h > 1 and (after[h].low in AUX or is_adverb(after[h])):
                    h -= 1
                head = after[h]
                if not _person_head(head) or _theirs(text, head, lo, hi):
                    return None
                phrase = noun_phrase(list(reversed(after[1:h])), head)
                if phrase.det is None and phrase.possessive is None and not head.low.endswith("s"):
                    return None
                return phrase.start, after[v].end, "anonymous:fronted"
    return None


# a closing quotation right before the phrase's tag ('"...," said the woman, who', '"...,"
# one resident, who ...'), or a quotation opened right after the verb ('said: "...')
# (round 174: searched for, and only whether it is there is asked, so the base's optional
# "[,.!?…]?\s*" before the mark is left out: searched at every blank of a run it read the run
# to its end each time; and the comma optional with the blanks before it, "(?:\s*,)?\s*", not
# "\s*,?\s*", which split a run after the mark every way between two runs)
_QUOTE_BEFORE = LazyRegex(r"[\"”](?:\s*,)?\s*(?:[A-Za-z]+\s+){0,2}$")
# (round 173: each mark optional together with the blanks after it, and the verb with its own:
# "\s*,?\s*(...)?\s*[:,]?\s*" put up to four runs of blanks side by side with nothing required
# between them, so a run after the source was split every way: over 15 s at 10,000 blanks)
_QUOTE_AFTER = LazyRegex(
    r"\s*(?:,\s*)?(?:(?:has\s+|had\s+)?(?:said|says|told|tells|added|adds|wrote|recalled)\b(?:\s+[a-z]+){0,2}?\s*)?"
    r"(?:[:,]\s*)?[\"“]"
)
_QUOTED_NOTE = " The words are quoted as the speaker's own; say who they are if the story can."


def quotation_tag(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Is the anonymous source the speaker of a direct quotation: the tag right after the
    closing quotation mark, or the verb right before an opening one?"""
    return (_QUOTE_BEFORE.search(text, max(lo, start - 30), start) is not None
            or _QUOTE_AFTER.match(text, end, hi) is not None)


@cache
def _case_party() -> re.Pattern[str]:
    """"The victim," / "The complainant who": a definite case party alone before the anonymity clause."""
    return re.compile(r"The\s+(?:" + lx.alternation("case-parties", lx.NOUN) + r")(?:\s*,)?\s*(?:(?:who|whom|that)\s+)?"
                      r"(?:(?:had|has|have)\s+)?")


_CASE_PARTY_NOTE = " The source is the story's own party, named by role: say so if the law or the paper keeps the name back."


# a reason given for the anonymity, in the words right after its phrase
_EXPLAINED = LazyRegex(
    r"(?i)[^.;!?]{0,40}?\b(?:because|since|as\s+(?:he|she|they|it|the)\b|for\s+fear|out\s+of\s+fear|fearing|"
    r"to\s+protect|to\s+avoid|citing|due\s+to|given\s+the|in\s+order\s+to|"
    r"for\s+(?:legal|security|safety|personal|privacy|professional|diplomatic)\s+reasons)\b"
)
_EXPLAINED_QUESTION = ("Anonymous source: '{cue}' is left unnamed, and the copy says why. Is the reason "
                       "enough, and does the story say what the source is placed to know?")


def _flat(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())


# participles of talking between a head and its manner phrase ("a diplomat speaking on background")
_SPEAKING_PARTICIPLES = frozenset(("speaking", "talking", "briefing", "spoke", "talked", "writing"))


def _frame(text: str, start: int, end: int, lo: int) -> tuple[int, int] | None:
    """The anonymity phrase around the anchor, checked: ``(start, end)`` or ``None``."""
    anchor = text[start:end].lower()
    before = left(text, start, lo, 60)
    if "anonymity" in anchor:
        m = _OF_ANONYMITY.search(text, max(lo, start - 40), start)
        if m:
            return m.start(), end  # "on condition of anonymity", "on the promise of anonymity"
        k = 1 if before and before[0].low in _FOR_ON else 0
        if k < len(before) and lx.forms("anonymity-requests", lx.FINITE + lx.PARTICIPLE).get(before[k].low):
            return before[k].start, end  # "requested anonymity", "asked for anonymity", "was granted anonymity"
        return None
    if anchor.startswith("anonymously"):
        return _manner(before, start, end)
    if "authori" in anchor:
        nxt = right(text, end, min(len(text), end + 40))
        if not nxt or nxt[0].low not in lx.forms("unauthorised-speech", ("VB",)):
            return None  # "not authorised to use the lab"
        return start, nxt[0].end
    if anchor.startswith(("on background", "off the record", "privately")):
        return _manner(before, start, end)
    if anchor.startswith(("his", "her", "their")):
        # "asked that her name be withheld", "requested his name not be used"
        k = 1 if before and before[0].low == "that" else 0
        requests = lx.forms("anonymity-requests", lx.FINITE + lx.PARTICIPLE)
        if _NAME_WITHHELD.search(text, start, end) and k < len(before) and before[k].low in requests:
            return before[k].start, end
        return None
    # "(not) to be named / identified / quoted"
    negated = anchor.startswith("not")
    k = 0
    if not negated and before and before[0].low == "not":
        negated, k = True, 1  # "asked not to be named" anchored at "to be named"
    if k >= len(before):
        return None
    lemma = lx.forms("anonymity-requests", lx.FINITE + lx.PARTICIPLE).get(before[k].low)
    if lemma is None:
        return None
    if lemma not in _REFUSING:
        negated = negated or (k + 1 < len(before) and before[k + 1].low in NEGATIVE | {"n't", "didn't", "doesn't"}) \
            or (k + 2 < len(before) and before[k + 1].low in NEGATIVE and before[k + 2].low in AUX)
        if not negated:
            return None  # "asked to be named", "wants to be identified": the opposite
    return before[k].start, end


def _manner(before: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """A manner phrase of anonymity ("on background", "off the record", "privately",
    "anonymously") is one only after a verb of speaking or a source verb ("speaking on
    background", "said privately"); "met privately" is not."""
    if not before:
        return None
    w = before[0]
    if w.low in lx.forms("speaking-verbs", lx.FINITE + lx.PARTICIPLE) or w.low in source_verb_forms():
        return w.start, end
    return None


def _person_head(t: Token) -> bool:
    """Could ``t`` head a phrase of people: a lower-case noun-like word, not a function word."""
    return (t.word and not t.capitalised and t.low not in PRONOUNS and t.low not in PREPOSITIONS
            and t.low not in CONJUNCTIONS and t.low not in AUX and not t.low.endswith("ly")
            and t.low not in source_verb_forms() and t.low not in _NOT_PEOPLE)


# heads that are no people: a document or a statement given anonymously, or a time
_NOT_PEOPLE = frozenset("statement letter note email memo post message tip report video call interview "
                        "day week year time basis".split())


def _phrase(text: str, before: list[Token], k: int, lo: int) -> tuple[int, int, Token] | None:
    """The noun phrase headed by ``before[k]``, unnamed: ``(start, index past it, its head)``
    or ``None`` (a name, a pronoun, a phrase in apposition to a name)."""
    head = before[k]
    if not _person_head(head):
        if head.capitalised and k + 1 >= len(before) and head.low in _source_nouns():
            pass  # "Officials, speaking on condition of anonymity, said": the head opens the sentence
        else:
            return None
    np = noun_phrase(before[k + 1 :], head, frozenset(source_verb_forms()))
    if np.det is None and np.possessive is None and not head.low.endswith("s"):
        return None  # a singular with no determiner is a title before a name, or a modifier
    if np.det is not None and np.det.low in ("no",):
        return None
    idx = k + 1 + np.after
    start = np.start
    if np.possessive is not None:
        # "the city's main hospital": the owner's phrase is the phrase's own start
        j = idx + 1
        while j < len(before) and j < idx + 4 and before[j].word and before[j].low not in _OF_PLACE:
            j += 1
        idx, start = j, before[j - 1].start
    if (idx + 1 < len(before) and before[idx].low in _OF_PLACE and before[idx + 1].word
            and not before[idx + 1].capitalised):
        # "a senior leader of the party, who", "the source at the city's main hospital, who":
        # the phrase's head is before its prepositional phrase
        outer = _phrase(text, before, idx + 1, lo)
        if outer is not None:
            return outer
    if apposed(before[idx:]) and not _after_a_body(before[idx:]):
        return None  # "Maria Ortiz, a nurse who ...": the nurse is named
    return start, idx, head


_OF_PLACE = frozenset(("of", "at", "in", "from", "for", "with", "on", "inside", "within"))


def _after_a_body(before: list[Token]) -> bool:
    """Is the capitalised run before the phrase's comma a body with the article ("According to
    the Harbour Gazette, a clerk who ..."), which no person's name takes?"""
    if not before or before[0].text != ",":
        return False
    m = 1
    while m < len(before) and before[m].word and before[m].capitalised:
        m += 1
    return m > 1 and m < len(before) and before[m].low == "the"


def _source_nouns() -> dict[str, str]:
    return lx.forms("source-nouns", lx.NOUN)


def _verb_after(after: list[Token]) -> bool:
    """Does the phrase's verb of speech follow the anonymity clause: at once (", said"), after
    the aside's closing comma, or past the rest of a restrictive clause ("who was not
    authorised to speak publicly about it said")?"""
    verbs = source_verb_forms()
    for i, t in enumerate(after[:18]):
        if not t.word and t.text not in ",":
            return False
        if t.low in verbs and not t.low.endswith("ing"):
            prev = after[i - 1] if i > 0 else None
            if prev is not None and (prev.low in PRONOUNS or prev.low == "to" or prev.low in _DETERMINERS):
                continue  # "because she feared reprisals", "to say", "the report"
            return True
    return False


_DETERMINERS = frozenset("a an the his her their its this that".split())


def _link_before(before: list[Token], i: int, verbs: dict[str, str]) -> bool:
    """Is the phrase (its left neighbours from ``before[i]``) the object of "according to" or the
    subject of an inverted verb of speech (", said a spokeswoman, who ...")? Not the hearer of
    "told" ("told a nurse, who asked not to be named, ...")."""
    if i < len(before) and before[i].low == "to" and i + 1 < len(before) and before[i + 1].low == "according":
        return True
    return i < len(before) and before[i].low in verbs and before[i].low not in ("told", "tell", "tells", "asked")


def _theirs(text: str, head: Token, lo: int, hi: int) -> bool:
    """Does the vague-source construction read the phrase at ``head`` as an unnamed source
    already ("an official, who asked not to be named, said")? Then its cue, cleared or
    softened by its own tests, is the one; this construction takes the heads it leaves."""
    return head.low in _source_nouns() and unnamed_source(text, head.start, head.end, lambda: (lo, hi)) is not None


def _subject_of(text: str, before: list[Token], v: int, lo: int, hi: int) -> int | None:
    """The start of the unnamed subject of the verb at ``before[v]`` ("a director at the firm
    said"), or ``None`` when it is a name, a pronoun or no person phrase."""
    h = v + 1
    # past auxiliaries, adverbs and a relative pronoun: "a teacher who would speak only on ..."
    while h < len(before) and (before[h].low in AUX or before[h].low in ("who", "that")
                               or (before[h].word and is_adverb(before[h]))):
        h += 1
    # past a prepositional phrase on the head: "a director at the firm"
    for p in range(h, min(len(before), h + 5)):
        if before[p].low in ("at", "in", "for", "from", "with", "of") and p + 1 < len(before):
            if any(before[q].capitalised for q in range(h, p)) or p == h:
                break
            np = _phrase(text, before, p + 1, lo)
            if np is not None and not _theirs(text, np[2], lo, hi):
                return np[0]
            break
    if h >= len(before):
        return None
    np = _phrase(text, before, h, lo)
    return np[0] if np is not None and not _theirs(text, np[2], lo, hi) else None


def _cue(text: str, start: int, end: int, branch: str) -> Cue:
    return Cue(start, end, _QUESTION.format(cue=_flat(text, start, end)), None, "", branch=branch)
