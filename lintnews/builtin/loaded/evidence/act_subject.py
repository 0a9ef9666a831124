"""EVALUATIVE evidence (round 146): a verdict closing the predicate of a long subject whose head
is an act or a decision.

"The decision to shut the office was ill-judged", "The council's handling of the flood has been
shambolic", "Its plan to sell the park looks reckless", "Closing the library was ill-judged":
the subject names an act (a noun of the class ``loaded/act-nouns`` with its complement, "to"
and a verb or a preposition and its object; or a gerund clause with its object), the copula
or a verb of seeming follows, and the predicate the writer closes with a verdict judges the
act. :func:`.stance.predicate_verdict` reads only the word right before the copula, so a
complement after the head ("to shut the office", "of the flood") hid the subject from it.

The subject is read from its clause's start (the sentence, or after a comma or semicolon with
"and" or "but") to the copula, word by word, without a parse, and given up wherever another
clause may begin inside it (a relative or subordinating word, a finite verb, a comma): the
copula then may have a subject of its own ("the plan to close the school after the flood was
...", "the decision means staff are ..."). The copula must agree with the head in number
("the decision made the team look foolish": "look" is no verb of "decision"), and a modal
("may be", "would be") holds the verdict back, so it is no evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, classes

_TOKEN = re.compile(r"[\w][\w'’.-]*|[^\w\s]")
_REACH = 240  # characters before the verdict read for the subject (about 40 words)
_MAX_COMPLEMENT = 14  # words of the head's complement

_DETERMINERS = frozenset("the its their his her our this that my your".split())
_COMPLEMENT_OPENERS = frozenset(
    "to of on over for against by in at with from about into towards toward behind".split())
# Words that open another clause: the copula after them may be that clause's verb.
_CLAUSE_WORDS = frozenset(
    "that which who whom whose where when while whilst because if unless although though whether "
    "as since after before until till once so than and or but nor said says say".split())
# A subordinator or preposition before a time or a number only is a phrase, not a clause
# ("open until 7pm", "since 2019", "before noon").
_TIME_WORDS = frozenset("noon midnight tonight today tomorrow yesterday dawn dusk".split())
_AUXILIARIES = frozenset("is was are were be been being has have had will would can could should may might "
                         "must shall do does did am".split())
_PARTICLES = frozenset("up off out down back away in over".split())
_ADVERBS_BEFORE_COPULA = frozenset("now already still also then again ultimately".split())
_OPENERS = frozenset(("and", "but", "yet"))

_SINGULAR_COPULAS = frozenset("is was has looks seems appears proves proved remains sounds becomes "
                              "looked seemed appeared remained sounded became".split())
_PLURAL_COPULAS = frozenset("are were have look seem appear prove proved remain sound become "
                            "looked seemed appeared remained sounded became".split())


@lru_cache(maxsize=1)
def _acts() -> tuple[frozenset[str], frozenset[str]]:
    from lintnews.language.wordclasses import lower_forms, plural_forms

    forms = lower_forms("loaded/act-nouns")
    plurals = plural_forms("loaded/act-nouns")
    return forms, frozenset(f for f in forms if f in plurals)


@lru_cache(maxsize=1)
def _physical() -> frozenset[str]:
    """Bodies, injuries, illnesses and drugs (``loaded/act-physical-objects``, mend 128)."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/act-physical-objects")


def _physical_process(words: list[str]) -> bool:
    """Does the head's complement open with "of" or "from" and name a body, an injury, an
    illness or a drug before any other preposition ("of the burns", "from the drug", "of her
    broken leg")? The act is then a physical or medical process, its pain no verdict (mend 128)."""
    if not words or words[0] not in ("of", "from"):
        return False
    phys = _physical()
    for w in words[1:]:
        if w in _COMPLEMENT_OPENERS:
            return False
        if w in phys:
            return True
    return False


def _timed(words: list[str], i: int) -> bool:
    """Do the words after ``i`` (a subordinator) up to the end name a time or a number only?"""
    rest = words[i + 1:]
    return bool(rest) and all(any(ch.isdigit() for ch in w) or w in _TIME_WORDS or w in ("am", "pm")
                              for w in rest)


def _copula(tokens: list[str]) -> tuple[int, bool | None] | None:
    """The index where the verb group before the predicate starts, and the number it needs of
    its subject (True singular, False plural, None either): "was", "has been", "now looks"."""
    c = classes()
    i = len(tokens) - 1
    while i >= 0 and tokens[i].lower() not in c.copulas:
        i -= 1
    if i < 0:
        return None
    verb = tokens[i].lower()
    if verb in ("be", "been", "being"):
        if verb != "been" or i == 0:
            return None  # "may be", "would be": held back
        aux = tokens[i - 1].lower()
        if aux not in ("has", "have", "had"):
            return None
        i -= 1
        number = {"has": True, "have": False}.get(aux)
    elif verb in _SINGULAR_COPULAS or verb in _PLURAL_COPULAS:
        number = None if (verb in _SINGULAR_COPULAS and verb in _PLURAL_COPULAS) else verb in _SINGULAR_COPULAS
    else:
        return None  # "looking", "proven": no finite verb
    while i > 0 and (tokens[i - 1].lower() in _ADVERBS_BEFORE_COPULA
                     or (tokens[i - 1].lower().endswith("ly") and len(tokens[i - 1]) > 4)):
        i -= 1  # "now looks", "clearly was"
    return i, number


def _complement(words: list[str]) -> bool:
    """The words after the head up to the verb: none, or a complement opened by "to" or a
    preposition, holding no word that may open another clause and no finite verb."""
    if not words:
        return True
    if len(words) > _MAX_COMPLEMENT or words[0] not in _COMPLEMENT_OPENERS:
        return False
    return _clause_free(words)


def _clause_free(words: list[str]) -> bool:
    from lintnews.language.finite import finite_forms

    finite = finite_forms()
    for i, w in enumerate(words):
        if w in _AUXILIARIES:
            return False
        if w in _CLAUSE_WORDS and not _timed(words, i):
            return False
        if w in finite.present and w not in finite.plural_nouns:
            return False  # "the decision means staff are"
    return True


def act_subject(text: str, start: int, lo: int) -> Evidence | None:
    """A verdict at ``start`` closing the predicate of a subject headed by an act noun with its
    complement, or by a gerund clause (see the module)."""
    a = max(lo, start - _REACH)
    tokens = _TOKEN.findall(text, a, start)
    found = _copula(tokens)
    if found is None:
        return None
    at, number = found
    # the subject's clause: after the last punctuation mark (and an "and", "but" after it)
    s = at
    while s > 0 and (tokens[s - 1][0].isalnum() or tokens[s - 1][0] == "_"):
        s -= 1
    if s == 0 and a > lo:
        return None  # the clause runs past the reach
    if s > 0 and tokens[s - 1] not in (",", ";", ":", "—", "–"):
        return None  # a quotation mark, a bracket: not the writer's plain clause
    subject = [t.lower() for t in tokens[s:at]]
    if subject and subject[0] in _OPENERS:
        subject = subject[1:]
    if s > 0 and tokens[s - 1] == "," and (not tokens[s:at] or tokens[s].lower() not in _OPENERS):
        return None  # "..., the decision to ... was": an aside or an apposition may end there
    if len(subject) < 2:
        return None
    forms, plurals = _acts()
    first = subject[0]
    if first in _DETERMINERS or first.endswith(("'s", "’s")):
        for h in range(1, min(len(subject), 5)):
            w = subject[h]
            if w in forms:
                if number is not None and number == (w in plurals):
                    return None  # "the decision made them look": no agreement
                if not all(x.isalpha() or x.endswith(("'s", "’s")) or "-" in x for x in subject[1:h]):
                    return None
                if any(x in _AUXILIARIES or x in _CLAUSE_WORDS or x in _COMPLEMENT_OPENERS
                       for x in subject[1:h]):
                    return None
                if not _complement(subject[h + 1:]):
                    return None
                if _physical_process(subject[h + 1:]):
                    return None  # mend 128: "The treatment of the burns was agonising": literal pain
                return Evidence("predicative", Effect.EVALUATIVE, f"a verdict on the act '{' '.join(subject[:h + 1])} ...'")
        return None
    if first.endswith("ing") and len(first) > 5 and number is not False:
        # a gerund clause: "Closing the library was ill-judged", "Selling off the park looks reckless"
        i = 1
        while i < len(subject) and subject[i] in _PARTICLES:
            i += 1
        if i >= len(subject) or not (subject[i] in _DETERMINERS or subject[i] in ("a", "an")
                                     or subject[i].endswith(("'s", "’s"))):
            return None
        if len(subject) > _MAX_COMPLEMENT + 2 or not _clause_free(subject[1:]):
            return None
        return Evidence("predicative", Effect.EVALUATIVE, f"a verdict on the act '{' '.join(subject[:i + 1])} ...'")
    return None
