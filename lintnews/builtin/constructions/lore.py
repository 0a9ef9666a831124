"""Lore told with nobody telling it (round 157): stories and tales of a person or an event.

The construction: a noun of a told story (word class ``told-story-nouns``: story, tale,
anecdote, yarn), bare or with a quantifier or a word of persistence ("many", "persistent",
"countless"), with its content after it (an of/about phrase that tells an event, or a
that-clause), in one of two frames:

- existential, in any tense: "There are persistent stories of a lost series of paintings",
  "There have long been tales of him sleeping in the office", "there were stories that he
  had turned the job down";
- the subject of a verb of going round (``lore-going-round-verbs``: "Stories still circulate
  of him driving apprentices home", "Tales abound of her generosity to young players") or of
  the agentless passive of telling (``tale-telling-verbs``: "Tales are still told of him
  walking to work through the floods").

Nobody is named as telling the story, so whether it happened rests on talk (GUIDELINES.md:
"legend has it"). Left alone: a definite or possessive phrase ("the story of", "her stories
of"), a kind of story that is the writer's or the paper's ("news stories", "short stories",
"success stories": only the listed words may stand before the noun), a theme rather than an
event ("stories of hope", word class ``story-content-stops``), a relative clause ("stories
that need telling"), a negation ("there are no stories of"), an agent ("tales are told by
the older fishermen of").
"""

from __future__ import annotations

from lintnews.builtin.constructions import Bounds, Cue
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import (
    BE_FINITE,
    HAVE,
    Token,
    asserted_clause,
    words_after,
    words_before,
)

# the words that may stand between the existential's "be" (or the clause start) and the noun:
# a quantifier, a word of persistence or of doubt, an adverb of the verb chain; any other word
# ("news", "short", "success", "bedtime", "the", "her") makes it a kind of story or a known one
_BEFORE_NOUN = frozenset(
    "also still now long always many countless numerous endless several some other more further "
    "persistent persisting enduring widespread recurring repeated lurid colourful colorful "
    "apocryphal unconfirmed unverified old familiar similar wild tall dark fresh new horror "
    "a an".split()
)
_CHAIN = frozenset("still also now long often always already".split())
_CONTENT = frozenset(("of", "about", "that"))
_CONTINUE = frozenset("continue continues continued".split())
# -ing and -ed words that are nouns or prepositions, not the event an of-phrase tells
_NOT_EVENT = frozenset(
    "thing things something anything nothing everything morning mornings evening evenings "
    "building buildings ceiling wedding weddings king kings ring rings spring string during "
    "hundred hundreds indeed bed beds red need needs seed speed feeling feelings meaning "
    "beginning beginnings ending endings upbringing darling".split()
)
_OBJECT_PRONOUNS = frozenset("him her them it us me".split())
_CLAUSE_SUBJECTS = frozenset("he she they it we i the a an his her their its this these those one".split())
_CHEAP = frozenset(("of", "about", "that", "still", "also", "are", "were", "is", "was", "have", "has", "had"))
_IRREGULAR_EVENTS = frozenset(
    "stuck caught seen taken made hidden stolen lost found kept held left sent brought built "
    "sold bought paid given won beaten struck thrown driven ridden swum run fled hit shot "
    "cut hung slept dug fought".split()
)


def _worth(text: str, hs: int, he: int) -> bool:
    """A cheap look: "there" shortly before the noun, or a frame word right after it."""
    ahead = words_after(text, he, 2)
    if ahead and (ahead[0] in _CHEAP or ahead[0] in _CONTINUE
                  or ahead[0] in lx.forms("lore-going-round-verbs", lx.FINITE)):
        return True
    return "there" in words_before(text, hs, 5)


def _event_after(after: list[Token], c: int, stop: int = 0) -> bool:
    """Does the content at ``after[c]`` (the word after "of", "about" or "that") tell an event,
    not a theme? A that-clause needs its subject first; an of/about phrase needs a verb form
    (an -ing, an -ed or an irregular participle) within eight words, crossing one comma at
    most, and no abstract noun of a theme right after the preposition."""
    if c >= len(after) or not after[c].word:
        return False
    first = after[c]
    if after[c - 1].low == "that":
        return (first.low in _CLAUSE_SUBJECTS or first.capitalised) and first.low not in ("that",)
    if first.low in lx.forms("story-content-stops", lx.NOUN):
        return False
    commas = 0
    for t in after[c : min(c + 9, stop) if stop else c + 9]:
        if not t.word:
            if t.text == ",":
                commas += 1
                if commas > 1:
                    return False
                continue
            return False
        w = t.low
        if w in _NOT_EVENT:
            continue
        if w in _IRREGULAR_EVENTS or (len(w) > 4 and (w.endswith("ing") or w.endswith("ed"))):
            return True
    return False


_WORK_PREPOSITIONS = frozenset("in from at on inside throughout".split())
_DETERMINERS = frozenset("the a an his her their its this that these those my our your".split())
_RELATIVES = frozenset("who whom whose which that".split())
# what may follow the verb of going round that closes "stories of X circulate": the clause's
# end, an adverb, or a phrase of place or time ("abound online", "still circulate in the town");
# an object ("spread fear") makes it another verb
_AFTER_GOING = frozenset("in among across around round online today still to for on at through locally "
                         "widely freely again now".split())


def _in_work(after: list[Token], c: int) -> bool:
    """Is a work or a medium (word class ``story-work-nouns``) named in a prepositional phrase
    from ``after[c]`` to the clause's end ("in the book", ", in a mural at the harbour", "from
    the documentary")? Then the stories are the work's (fiction, a feature, a caption)."""
    works = lx.forms("story-work-nouns", lx.NOUN)
    for p in range(c, len(after)):
        t = after[p]
        if not t.word and t.text in (";", ":", "—", "–"):
            return False
        if t.low not in _WORK_PREPOSITIONS:
            continue
        for q in range(p + 1, min(p + 5, len(after))):
            if not after[q].word:
                break
            if after[q].low in works:
                return True
    return False


def _verb_after_content(after: list[Token], j: int) -> int | None:
    """The index of the verb of going round that closes the subject "stories of X" read from
    ``after[j]`` ("of", "about"): "Stories of him taking bribes still circulate", "Tales of a
    hidden hoard abound", "Stories of X continue to circulate"; None when there is none, or a
    relative clause or a punctuation mark comes first."""
    going = lx.forms("lore-going-round-verbs", lx.FINITE)
    for q in range(j + 2, min(j + 16, len(after))):
        t = after[q]
        if not t.word or t.low in _RELATIVES:
            return None
        w = t.low
        end = q
        if w in _CONTINUE and q + 2 < len(after) and after[q + 1].low == "to" and after[q + 2].low in going:
            end = q + 2
        elif w not in going or w.endswith("ing") or after[q - 1].low in _DETERMINERS:
            continue
        if end + 1 < len(after) and after[end + 1].word and after[end + 1].low not in _AFTER_GOING and not (
                after[end + 1].low.endswith("ly")):
            return None
        return q if end == q else end
    return None


def _cue(text: str, start: int, end: int, lemma: str) -> Cue:
    cue = text[start:end]
    return Cue(start, end, f"'{cue}': told by whom? A story nobody is named as telling: say who tells it, "
               "or present it as a story, not a fact.", head=lemma, branch="provenance:told-story")


def stories_told(text: str, hs: int, he: int, where: Bounds) -> Cue | None:
    """The cue of lore told with nobody telling it at the story noun ``text[hs:he]``, or None."""
    low = text[hs:he].lower()
    lemma = lx.forms("told-story-nouns", lx.NOUN).get(low)
    if lemma is None or not _worth(text, hs, he):
        return None
    clause = asserted_clause(text, hs, he, where)
    if clause is None:
        return None
    before, after, _, _ = clause
    i = 0
    while i < len(before) and before[i].word and before[i].low in _BEFORE_NOUN and not before[i].capitalised:
        i += 1
    if low == lemma and not any(t.low in ("a", "an") for t in before[:i]):
        return None  # a singular needs its article ("there is a story of"); bare, it is a modifier
    start = None
    # existential: "there are (persistent) stories of", "there have long been tales of"
    k = i
    h = k + 1
    while h < len(before) and before[h].low in _CHAIN:
        h += 1  # "there have long been tales of"
    if k < len(before) and before[k].low == "been" and h < len(before) and before[h].low in HAVE:
        k = h
    elif k < len(before) and before[k].low in BE_FINITE:
        pass
    else:
        k = -1
    if k >= 0:
        k += 1
        while k < len(before) and before[k].low in _CHAIN:
            k += 1
        if k < len(before) and before[k].low == "there":
            s = k + 1
            if s < len(before) and before[s].low == "that":
                s += 1
            if s < len(before) and before[s].low in lx.forms("source-verbs", lx.FINITE):
                return None  # "Villagers say there are stories of": the speaker's claim, the source's diagnostic
            start = before[k].start
            j = 0
    if start is None:
        # the clause's subject: at the start of the sentence or after "and", "but", a comma
        if i < len(before) and before[i].word and before[i].low not in ("and", "but"):
            return None
        if i < len(before) and before[i].word is False and before[i].text not in (",", ";", ":", "—", "–"):
            return None
        start = before[i - 1].start if i else hs
        j = 0
        if after and after[0].low in ("of", "about"):
            # the content before the verb: "Stories of him taking bribes still circulate"
            q = _verb_after_content(after, 0)
            if q is None or not _event_after(after, 1, q) or _in_work(after, 1):
                return None
            return _cue(text, start, after[q].end, lemma)
        while j < len(after) and after[j].low in _CHAIN:
            j += 1
        if j >= len(after):
            return None
        verb = after[j].low
        if verb in _CONTINUE and j + 2 < len(after) and after[j + 1].low == "to" and (
                after[j + 2].low in lx.forms("lore-going-round-verbs", lx.FINITE)):
            j += 2  # "Stories continue to circulate of": the verb is the infinitive's
            verb = after[j].low
        if verb in HAVE and j + 1 < len(after) and after[j + 1].low == "been":
            j += 1  # the perfect of the passive or progressive ("tales have been told of") reads as "been"
            verb = "been"
        going = lx.forms("lore-going-round-verbs", lx.FINITE + lx.PARTICIPLE)
        told = lx.forms("tale-telling-verbs", lx.PARTICIPLE)
        if verb in going and not verb.endswith("ing"):
            j += 1
        elif verb in HAVE and j + 1 < len(after) and after[j + 1].low in going:
            j += 2
        elif verb in BE_FINITE or verb == "been":
            j += 1
            while j < len(after) and after[j].low in _CHAIN:
                j += 1
            if j < len(after) and after[j].low == "being":
                j += 1  # the progressive passive: "stories are still being told of"
            if j < len(after) and (after[j].low in told or (after[j].low in going and after[j].low.endswith("ing"))):
                j += 1
            else:
                return None
        else:
            return None
        if j < len(after) and after[j].low in ("down", "around", "round", "about") and (
                j + 1 < len(after) and after[j + 1].low in _CONTENT):
            j += 1  # "stories were passed down of", "tales went round about"
        while j < len(after) and after[j].low in _CHAIN:
            j += 1
    if j >= len(after) or after[j].low not in _CONTENT:
        return None
    if not _event_after(after, j + 1) or _in_work(after, j + 1):
        return None  # a theme, or a work the stories are in ("in the book", "in a mural")
    return _cue(text, start, after[j].end, lemma)
