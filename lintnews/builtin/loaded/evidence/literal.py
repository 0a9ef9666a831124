"""DROP evidence: the word in a literal or technical sense, not a verdict.

"toxic waste", "a radical mastectomy", "the deadliest storm on record", "troops attacked
the base": a measurable or technical collocation, a subject of the literal domain, a noun
use, a combat verb with an armed doer or a struck target, a record the sentence cites.
"""

from __future__ import annotations

import re

from lintnews.builtin.loaded.evidence.evidence import (
    DETERMINERS,
    FUNCTION_WORDS,
    NEXT_WORD,
    Effect,
    Evidence,
    classes,
    next_words,
    raw_words_before,
    words_before,
)
from lintnews.util.lazyregex import LazyRegex

# -- DROP: not loaded here ----------------------------------------------------------------

def dual_sense(word: str, lemma: str) -> bool:
    """Has the word a measurable or technical sense beside the evaluative one ("toxic",
    "radical", "catastrophic")? (Word class ``loaded/dual-sense``.)"""
    c = classes()
    return word in c.dual_sense or lemma in c.dual_sense


_THAN = re.compile(r"\s+than\s+", re.IGNORECASE)
# An effect on a literal thing (round 25, round 23's second sample: "its harmful effects on our
# health"; not "harmful effects on the poor", a verdict on what is done to people)
# (the words after "on" are read by next_words: modifiers may come between, "on the human fetus")
# (round 97: the effect *of* a literal thing too, "the devastating effect of the water could be
# measured street by street"; not "of the cuts", no literal noun)
_EFFECT_ON = LazyRegex(r"\s+effects?\s+(?:on|of)\b", re.IGNORECASE)


def literal_collocation(text: str, end: int, hi: int, word: str, lemma: str, start: int = -1,
                        lo: int = -1, verb: bool = False) -> Evidence | None:
    """A dual-sense word before a literal head noun: "toxic air", "radical surgery",
    "malicious software", "catastrophic flooding", "squandered a two-goal lead"; or compared
    with one ("less toxic than smoking tobacco"; round 15).

    For a verb (``verb``), the object's head is the last noun of a compound: in "blasted the
    penalty decision" the literal noun only modifies "decision", a judged act, and the verb
    attacks the decision (round 77); "blasted the penalty into the net" stays literal."""
    if not dual_sense(word, lemma):
        return None
    c = classes()
    after = next_words(text, end, hi)
    for i, w in enumerate(after):
        domain = c.literal.get(w)
        if domain is not None and verb and i + 1 < len(after) and after[i + 1] in c.judged \
                and after[i + 1] not in c.literal:
            break  # a noun modifier of a judged head: "slammed the penalty decision"
        if domain is not None:
            return Evidence("literal", Effect.DROP, f"before '{w}' ({domain})")
    effect = _EFFECT_ON.match(text, end, hi)
    if effect is not None:  # "harmful effects on our health": the effect on the literal thing
        # (round 56: its modifiers may come between, "on the developing human fetus")
        for w in next_words(text, effect.end(), hi):
            domain = c.literal.get(w)
            if domain is not None and domain != "food":
                return Evidence("literal", Effect.DROP, f"an effect on '{w}' ({domain})")
    than = _THAN.match(text, end, hi)
    if than is not None:  # "less toxic than tobacco": a measure of the literal thing compared
        for w in next_words(text, than.end(), hi):
            domain = c.literal.get(w)
            if domain is not None:
                return Evidence("literal", Effect.DROP, f"compared with '{w}' ({domain})")
    if lo >= 0 and c.literal.get(word) == "food":
        return food_among_food(text, start, end, lo, hi)
    if lo >= 0:
        return literal_subject(text, start, lo)
    return None


# Degree adverbs that also follow their verb as its manner, "wholly, at once" (round 100:
# "will be banned outright under the act", "rejected outright", "bought the flat outright"):
# after the verb they say how the act was done; before a noun they judge ("an outright lie").
_POST_VERBAL_ADVERBS = frozenset(("outright",))
# the verb before: a past form or participle ("banned", "sold", "won", "bought"), maybe its object
_VERB_BEFORE = LazyRegex(
    r"(?<![\w'’-])(?:[a-z]+ed|won|sold|bought|owned|paid|held|struck|killed|made|taken|given|"
    r"ban|bans|reject|rejects|win|wins|own|owns|buy|buys|refuse|refuses)"
    r"(?:\s+(?:it|them|him|her|this|that|the\s+[\w-]+|a\s+[\w-]+))?\s+$")
# what follows: the end of the verb phrase, a preposition or a conjunction
_PHRASE_END_AFTER = LazyRegex(
    r"\s*(?:[.,;:!?)]|$|(?:under|by|in|on|at|from|for|after|before|since|as|and|or|but|with|"
    r"without|last|this|next|until|when|because|if)\b)")


def post_verbal(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """A degree adverb after its verb, ending the verb phrase ("banned outright under the
    act", "rejected outright."): the manner of the act, a term of law and sport, not the
    writer's emphasis (that is the adjective before a noun, "an outright lie")."""
    if word not in _POST_VERBAL_ADVERBS:
        return None
    if _VERB_BEFORE.search(text, max(lo, start - 40), start) is None or _PHRASE_END_AFTER.match(text, end) is None:
        return None
    return Evidence("literal", Effect.DROP, f"'{word}' after its verb: the manner of the act")


# Waste as the thing itself (round 23; round 21's check: "rubbish dots the island's beaches",
# "no rubbish collection", "picking through garbage for recyclables"): a noun of waste handled,
# heaped or lying somewhere, not the verdict ("that is rubbish", "a garbage argument").
WASTE_NOUNS = frozenset(("rubbish", "garbage", "trash"))
_WASTE_HEAD_AFTER = LazyRegex(
    r"\s+(?:collection|collections|collectors?|bins?|bags?|cans?|dumps?|trucks?|lorr(?:y|ies)|heaps?|"
    r"piles?|mounds?|tips?|disposal|pickers?|picking|sites?|dumping|burning|incinerators?|chutes?|"
    r"sacks?|strike|strikes|removal|recycling|crisis|problem|services?|men|workers?|"
    r"dots|dotted|litters|littered|lies|lay|lying|piled|piles\s+up|rots|rotting|floats|floating|"
    r"washes|washed|clogs|clogged|clogging|chokes|choked|blows|blew|strewn|scattered|"
    r"accumulat\w*|spill\w*|overflow\w*|"
    # (round 91: the waste as the subject of a perfect or passive of lying about, "rubbish has
    # piled up in alleyways", "trash had been dumped"; not "that is rubbish")
    r"(?:has|have|had|is|are|was|were)\s+(?:been\s+)?(?:piled|piling|pil\w+\s+up|left|dumped|strewn|"
    r"scattered|uncollected|dropped|collected|burned|burnt|washed|building\s+up|built\s+up|"
    r"rotting|littering|blocking|blocked))\b",
    re.IGNORECASE,
)
_WASTE_BEFORE = LazyRegex(
    r"(?:\b(?:piles?|heaps?|mounds?|bags?|sacks?|tons?|tonnes?|kilos?|kilograms?|mountains?|"
    r"strewn\s+with|covered\s+(?:in|with)|littered\s+with|filled\s+with|through|among|into|"
    r"collect\w*|dump\w*|burn\w*|pick\w*\s+up|clear\w*|sort\w*|recycl\w*|throw\w*(?:\s+away)?|"
    r"threw(?:\s+away)?|tipped|dispos\w+\s+of|household|domestic|plastic|street|uncollected|"
    # (round 27, round 26's check: the waste named by its source or kind, "general garbage from
    # the domestic, commercial and industrial sectors", "municipal solid waste")
    r"general|municipal|solid|industrial|commercial|kitchen|food|organic|residential|"
    r"rotting|floating|loose|"
    # round 97: waste measured by the time it piles up ("two weeks of rubbish", "a month's rubbish")
    r"days?|weeks?|fortnights?|months?|week[\'’]s|month[\'’]s|weeks[\'’]|days[\'’])\s+(?:of\s+)?(?:the\s+)?)$",
    re.IGNORECASE,
)
# round 101: the waste in a list of the things a council or a household handles ("Bins, rubbish
# and recycling", "rubbish, recycling and garden waste", "litter or rubbish"): coordinated with
# another noun of waste or its handling, it is the waste itself
_WASTE_KINDS = (r"(?:bins?|recycling|waste|litter|refuse|compost(?:ing)?|landfill|fly-?tipping|"
                r"garden\s+waste|food\s+waste|collections?)")
_WASTE_LIST_AFTER = LazyRegex(rf"\s*(?:,|\s(?:and|or))\s+(?:,\s*)?(?:(?:and|or)\s+)?{_WASTE_KINDS}\b", re.IGNORECASE)
_WASTE_LIST_BEFORE = LazyRegex(rf"\b{_WASTE_KINDS}\s*(?:,|\s(?:and|or))\s*$", re.IGNORECASE)


def literal_waste(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """A noun of waste (:data:`WASTE_NOUNS`) handled or lying somewhere is the waste itself:
    "no rubbish collection", "rubbish dots the beach", "picking through garbage", "piles of
    trash"; not "that is rubbish" nor "a garbage deal"."""
    if word not in WASTE_NOUNS:
        return None
    if _WASTE_HEAD_AFTER.match(text, end, hi) or _WASTE_BEFORE.search(text, max(lo, start - 30), start):
        return Evidence("literal", Effect.DROP, f"'{word}': the waste itself")
    if _WASTE_LIST_AFTER.match(text, end, hi) or _WASTE_LIST_BEFORE.search(text, max(lo, start - 30), start):
        return Evidence("literal", Effect.DROP, f"'{word}': the waste itself, listed with its handling")
    return None


_PREDICATE_ADVERBS = frozenset(("always", "often", "still", "very", "so", "too", "also", "usually", "both",
                                "more", "less", "most", "not", "never"))
_RELATIVES = frozenset(("which", "that"))
# Verbs that put an adjective on their object (round 24; the tuned check: "what made the smog so
# deadly", "the thaw makes the crossing more dangerous"): the object is the adjective's subject.
_CAUSATIVES = frozenset(("make", "makes", "made", "making", "render", "renders", "rendered", "rendering",
                         "keep", "keeps", "kept"))


_COORDINATORS = frozenset(("and", "or"))
# Prepositions that attach a phrase to a subject noun ("the journey from Rwanda to Germany was
# dangerous", "the crossing into Greece is dangerous"; round 25, round 23's second sample)
_SUBJECT_PREPOSITIONS = frozenset(("from", "of", "to", "across", "through", "between", "into", "along",
                                   "over", "via", "in", "on"))
_CLAUSE_TAIL = LazyRegex(r"[^,;:.!?\"“”()]*$")


def _clause_words(text: str, lo: int, start: int) -> list[str]:
    """The words of the clause before ``start`` (lower case, nearest last; up to 90 characters,
    a comma or a stop ends it)."""
    m = _CLAUSE_TAIL.search(text, max(lo, start - 90), start)
    return m.group().lower().split() if m else []


def _modified_subject(text: str, start: int, lo: int, words: list[str] | None = None) -> Evidence | None:
    """The predicate of a literal noun with a prepositional phrase after it: "the journey from
    Rwanda to Germany was both dangerous" (a determiner, the literal noun, a preposition, at most
    six more words, the copula; round 25). Not when a relative or a second copula comes between
    ("the route that critics say is dangerous" is a view reported)."""
    c = classes()
    w = _clause_words(text, lo, start) if words is None else words
    while w and (w[-1] in _PREDICATE_ADVERBS or w[-1] in c.intensifiers):
        w.pop()
    if len(w) < 4 or w[-1] not in c.copulas:
        return None
    for i in range(len(w) - 3, max(0, len(w) - 10), -1):
        word = w[i]
        if word in _RELATIVES or word in c.copulas or word in ("who", "say", "says", "said"):
            return None
        if w[i + 1] in _SUBJECT_PREPOSITIONS and i >= 1 and w[i - 1] in DETERMINERS:
            domain = c.literal.get(word)
            if domain is not None and domain != "food":
                return Evidence("literal", Effect.DROP, f"said of '{word}' ({domain})")
    return None


def _coordinated_predicate(text: str, start: int, lo: int) -> Evidence | None:
    """The second of two predicate adjectives ("the journey was both dangerous and costly"):
    the subject of the first is the subject of both (round 25)."""
    w = _clause_words(text, lo, start)
    if len(w) < 3 or w[-1] not in _COORDINATORS:
        return None
    del w[-2:]
    if not w:
        return None
    c = classes()
    while w and (w[-1] in _PREDICATE_ADVERBS or w[-1] in c.intensifiers):
        w.pop()
    if len(w) >= 2 and w[-1] in c.copulas:
        domain = c.literal.get(w[-2])
        if domain is not None and domain != "food":
            return Evidence("literal", Effect.DROP, f"said of '{w[-2]}' ({domain})")
    return _modified_subject(text, start, lo, w)


def literal_subject(text: str, start: int, lo: int) -> Evidence | None:
    """A dual-sense word in the predicate of a literal noun: "the gas is extremely toxic",
    "the crossing is always dangerous" (the subject right before the copula, with at most
    adverbs between the copula and the word), or of a causative's object ("what made the smog so
    deadly")."""
    c = classes()
    before = words_before(text, lo, start)
    while before and (before[-1] in _PREDICATE_ADVERBS or before[-1] in c.intensifiers):
        before.pop()
    if before and before[-1] in c.literal and c.literal[before[-1]] != "food":
        verb = [w for w in before[:-1] if w not in DETERMINERS][-1:]
        if verb and verb[0] in _CAUSATIVES:
            return Evidence("literal", Effect.DROP, f"said of '{before[-1]}' ({c.literal[before[-1]]})")
    if len(before) >= 2 and before[-1] in _COORDINATORS:
        return _coordinated_predicate(text, start, lo)
    if len(before) < 2 or before[-1] not in c.copulas:
        return None
    if before[-2] not in c.literal and before[-2] not in _RELATIVES:
        return _modified_subject(text, start, lo)
    if before[-2] in _RELATIVES and len(before) >= 3:
        before.pop(-2)  # "food prices which are very volatile": the relative's antecedent (round 24)
    domain = c.literal.get(before[-2])
    if domain is None or domain == "food":
        return None
    return Evidence("literal", Effect.DROP, f"said of '{before[-2]}' ({domain})")


_WORD = re.compile(r"[a-z]+")
_COOKED = frozenset(("minced", "braised", "roast", "roasted", "fried", "grilled", "pulled", "cured",
                     "barbecued", "smoked", "steamed", "baked", "boiled", "stewed", "marinated"))


def food_among_food(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """A word that is itself a food ("pork") in a sentence about other food is the food,
    not its figurative sense ("pork" as political spending): "chicken, pork and fish",
    "minced pork and shrimp", "the pork soaks up the sauce"."""
    c = classes()
    for m in _WORD.finditer(text[lo:hi].lower()):
        if lo + m.start() == start:
            continue
        w = m.group()
        if c.literal.get(w) == "food" or c.literal.get(w.rstrip("s")) == "food" or w in _COOKED:
            return Evidence("literal", Effect.DROP, f"beside '{w}' (food)")
    return None


# What cannot be the noun an adjective qualifies: a stop, a verb of being, a preposition,
# a relative pronoun, a naming participle.
_NO_HEAD_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|(?:is|was|are|were|has|had|in|on|at|of|with|from|inside|that|which|called|"
    r"named|known)\b)",
    re.IGNORECASE,
)


def noun_use(text: str, start: int, end: int, lo: int, word: str, lemma: str) -> Evidence | None:
    """A dual-sense adjective after an article with no noun to qualify is itself the noun,
    the thing of its literal sense: "an explosive called TATP", "the explosive was hidden in
    a shoe" (not "an explosive report", whose head noun follows)."""
    if not dual_sense(word, lemma):
        return None
    before = words_before(text, lo, start)
    if not before and _NAMED_DOER.match(text, end) is not None and opens_sentence(text, lo, start):
        # match reports: "Foul by Vitolo (Sevilla)."
        return Evidence("literal", Effect.DROP, "a noun opening its sentence, done by someone named")
    if _NO_HEAD_AFTER.match(text, end) is None:
        return None
    if before and before[-1] in _ARTICLES:
        return Evidence("literal", Effect.DROP, f"a noun after '{before[-1]}': the thing itself")
    if len(before) >= 2 and before[-2] in _ARTICLES and _plain_modifier(before[-1]):
        # "shown a yellow card for a bad foul.": an article, a modifier, and no head noun
        return Evidence("literal", Effect.DROP, f"a noun after '{before[-2]} {before[-1]}': the thing itself")
    return None


# "by" and a capitalised name after the word: the act of someone named ("Foul by Ndidi").
_NAMED_DOER = LazyRegex(r"\s+by\s+[A-Z]")


def opens_sentence(text: str, lo: int, start: int) -> bool:
    """Does the word open its sentence (nothing but spaces and quote marks before it)?"""
    return not text[lo:start].strip(" \t\n\"'“‘(")


def _plain_modifier(word: str) -> bool:
    """A modifier between an article and a noun that is neither an intensifier ("a truly
    foul", which would still want a noun) nor a person ("the senator blasted")."""
    c = classes()
    return word.isalpha() and not word.endswith("ly") and word not in c.intensifiers and word not in c.people


_ARTICLES = frozenset(("a", "an", "the"))


def adjective_of_verb(text: str, start: int, lo: int, word: str = "") -> Evidence | None:
    """An attack verb right after a determiner is no verb but an adjective or a noun in
    another sense: "a mock trial", "the mock panel" (imitation, not ridicule); the verb
    needs a subject, never an article ("the senator mocked", "mocked the plan"). Articles
    only: "that" may be a relative pronoun ("a party that coddles"), and a possessive may
    take a gerund ("her trashing the report"). A bare or plural form after a possessive or a
    preposition, or after one of them (or an article) and a modifier that is no person, is
    a noun too: "Tuesday's blast", "in Slam deciders", "killed in a suicide blast"; and so is
    one right after a weapon or a hazard that names its kind ("a letter bomb blast", "a gas
    blast": word classes ``loaded/literal-conflict`` and ``loaded/literal-damage``)."""
    before = words_before(text, lo, start)
    if before and before[-1] in _ARTICLES:
        return Evidence("other sense", Effect.DROP, f"after '{before[-1]}': not a verb here")
    if word.endswith(("ed", "ing")) or not before:
        return None  # a participle may follow a possessive ("her trashing the report")
    if before[-1].endswith(("'s", "’s")) or before[-1] in _NOUN_PREPOSITIONS or before[-1] in _POSSESSIVE_DETERMINERS:
        # "Tuesday's blast", "in Slam deciders": a possessive or a preposition wants a noun;
        # round 155: so does a possessive determiner, "back to their caves in peace"
        return Evidence("other sense", Effect.DROP, f"after '{before[-1]}': a noun here")
    raw = raw_words_before(text, lo, start)
    if classes().literal.get(before[-1]) in ("conflict", "damage") and raw[-1].islower():
        # "a letter bomb blast", "the gas blast": a weapon or a hazard names the blast's kind
        return Evidence("other sense", Effect.DROP, f"after '{before[-1]}': a noun here")
    if len(before) >= 2 and (before[-2] in _ARTICLES or before[-2] in _NOUN_PREPOSITIONS
                             or before[-2].endswith(("'s", "’s"))) and _plain_modifier(before[-1])\
            and raw[-1].islower():  # not a name, the doer: "FNC's Carlson Slams"
        # "in suicide blast", "the third blast": a modifier that is not a person, then a noun
        return Evidence("other sense", Effect.DROP, f"after '{before[-2]} {before[-1]}': a noun here")
    return None


# The "of" after a noun: its complement follows ("a barrage of rockets").
_OF_AFTER = LazyRegex(r"\s+of\b", re.IGNORECASE)
# Conflict nouns that name an event rather than the weapons fired, and so also take the
# figurative sense ("a barrage of attacks on the minister", "an onslaught of war talk").
_CONFLICT_EVENTS = frozenset(("attack", "attacks", "war", "wars", "conflict", "conflicts", "fighting",
                              "clash", "clashes", "offensive", "offensives", "invasion", "invasions",
                              "incursion", "incursions", "siege", "sieges", "reprisal", "reprisals"))


def weapon_complement(text: str, end: int, hi: int) -> Evidence | None:
    """A noun of bombardment whose "of" complement names the weapons fired is the literal
    bombardment (round 155): "a barrage of air and artillery strikes", "an onslaught of
    rockets" (word class ``loaded/literal-conflict``, its weapons and strikes); "a barrage of
    criticism", "a barrage of attacks on the minister" stay figurative."""
    m = _OF_AFTER.match(text, end, hi)
    if m is None:
        return None
    literal = classes().literal
    words = next_words(text, m.end(), hi)
    for k, w in enumerate(words):
        if literal.get(w) != "conflict" or w in _CONFLICT_EVENTS:
            continue
        if _modifier(words, k, literal):
            continue  # review 131: "strike threats", "shell companies", "bomb threats": another noun's modifier
        return Evidence("literal", Effect.DROP, f"its complement is '{w}' (weapons fired)")
    return None


# The noun of the fire a weapon makes, which a singular weapon noun modifies ("rocket fire",
# "mortar fire", "artillery fire"): the complement's head is still the weapons' (review 131).
_FIRE_NOUNS = frozenset(("fire", "gunfire", "shellfire", "salvo", "salvos", "volley", "volleys"))


def _modifier(words: list[str], k: int, literal: dict[str, str]) -> bool:
    """Is the singular weapon noun ``words[k]`` the modifier of the next noun of the complement,
    not its head (review 131)? English puts a noun before its head in the singular: "a barrage of
    strike threats" (a labour strike), "an onslaught of shell companies", "a barrage of bomb
    threats" are figurative; the head is a weapon or its fire when it is one of the class too
    ("artillery strikes") or a noun of fire ("rocket fire"). A participle after the noun
    ("rockets fired from the hills") is no head, and a plural noun heads its phrase."""
    w = words[k]
    if k + 1 >= len(words) or w.endswith("s"):
        return False
    nxt = words[k + 1]
    return not (nxt.endswith(("ed", "ing")) or literal.get(nxt) == "conflict" or nxt in _FIRE_NOUNS)


# Possessive determiners, which take a noun (or a gerund, left to the participle test above);
# not "her", which is also the subject of a bare infinitive ("watched her slam the door").
_POSSESSIVE_DETERMINERS = frozenset(("my", "your", "his", "its", "our", "their"))

# Prepositions that take a noun phrase, never a finite verb ("to" may take a verb).
_NOUN_PREPOSITIONS = frozenset("in of at from after by with for during since near outside into".split())


def armed_doer(text: str, start: int, lo: int) -> Evidence | None:
    """A combat verb whose doer is an armed force reports a strike, not a criticism:
    "jets blasted the convoy", "ordered his troops to blast the depot" (word class
    ``loaded/armed-forces``); "the senator blasted the plan" is the attack-verb sense."""
    for w in reversed(words_before(text, lo, start)):
        head = w.rsplit("-", 1)[-1].strip("'’")
        if head in classes().armed:
            return Evidence("literal", Effect.DROP, f"done by '{w}' (armed conflict)")
    return None


def struck_object(text: str, end: int, hi: int) -> Evidence | None:
    """A combat verb whose object is a building, a vehicle or a position reports a strike,
    not a criticism: "helicopters blasted a building of the movement", "blasting the
    convoy" (word class ``loaded/struck-targets``); "blasted the plan" is the attack-verb
    sense."""
    words = next_words(text, end, hi, n=2)  # the head is the last ("the bus company": not a bus)
    if words and words[-1] in classes().targets and not _chamber_name(text, end, hi, words[-1]):
        return Evidence("literal", Effect.DROP, f"its object is '{words[-1]}' (a strike)")
    return None


def _chamber_name(text: str, end: int, hi: int, word: str) -> bool:
    """Round 164 (issue 16, D142's "the Bill was steamrollered through the House"): the
    target word capitalised inside the sentence is the name of a chamber or an institution
    ("the House", "the Lodge"), not a building struck; "blasted a house" stays literal. The
    article in lower case: a title-case headline ("Jets Blast The House") capitalises both."""
    m = re.search(rf"(?<![\w'’-])the\s+{re.escape(word.capitalize())}(?![\w'’-])", text[end:min(hi, end + 60)])
    return m is not None


# Where a caused motion ends (Quirk et al. 16.44's goal adverbials of a transitive verb).
_GOAL_PREPOSITIONS = frozenset(("onto", "into", "through", "across"))
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "us", "me", "you", "himself", "herself", "themselves"))


def moved_object(text: str, end: int, hi: int) -> Evidence | None:
    """A combat verb that moves its object to a place is a physical act, not a criticism
    (round 81): "crews blasted foam onto the roof", "blasting water through the vents" (the
    caused-motion construction: object, then a goal "onto", "into", "through", "across"). The
    object is a thing: a person, a body or an act ("slammed the council into a corner",
    "blasted the plan into oblivion") keeps the attack-verb sense."""
    words: list[str] = []
    pos = end
    while len(words) < 4:
        m = NEXT_WORD.match(text, pos, hi)
        if m is None or "," in text[pos : m.start(1)]:
            return None
        word = m.group(1).lower()
        pos = m.end()
        if word in DETERMINERS and not words:
            continue
        if word in _GOAL_PREPOSITIONS:
            break
        if word in FUNCTION_WORDS or word in _OBJECT_PRONOUNS:
            return None
        words.append(word)
    else:
        return None
    if not words or words[-1] in classes().people or words[-1] in classes().judged:
        return None
    return Evidence("literal", Effect.DROP, f"moves '{words[-1]}' to a place (caused motion)")


# A record the sentence cites: "the deadliest storm on record", "the most devastating attack
# in decades" (GUIDELINES.md: a checkable description, not the writer's verdict)
_ON_RECORD = LazyRegex(
    r"[^.!?;]{0,60}?\b(?:on\s+record|since\s+(?:records|polling)\s+began|ever\s+recorded|in\s+(?:recorded|modern|living)\s+"
    r"(?:history|memory)|in\s+(?:(?:more\s+than|at\s+least|nearly|almost|over)\s+)?(?:\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten|a|several|many)\s+(?:years|decades|centuries|generations)|"
    # round 113: the ranking's source cited right after ("some of the best results in the
    # borough, figures published by the department show"): a measured rank
    r"(?:figures|data|statistics|rankings|league\s+tables)\s+(?:published|released|compiled)\s+by)\b",
    re.IGNORECASE,
)


def on_record(text: str, end: int, hi: int) -> Evidence | None:
    """A superlative or a measurable word that the sentence measures against a record."""
    m = _ON_RECORD.match(text, end, hi)
    if m is None:
        return None
    return Evidence("on record", Effect.DROP, f"measured: '{' '.join(m.group().split()[-3:])}'")


# What opens a verb's object right after it: a determiner or possessive, an object pronoun,
# a number, or a capitalised name ("blasts the plan", "bashes his rival", "hammers Labour").
_OBJECT_OPENER = LazyRegex(
    r"[ \t]+(?:(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|"
    r"it|every|each|any|some|both)\b|[A-Z0-9])"
)


def s_form_without_object(text: str, end: int, word: str, lemma: str) -> Evidence | None:
    """An attack verb's -s form that is also the plural of its noun (word class
    ``loaded/noun-verbs``: "blasts", "smears", "hounds", "rigs"), and not measured as
    loaded: the lexicon cannot tell the two apart, so it is read as the verb only where an
    object follows ("the mayor blasts the plan"); with none ("two blasts rocked", "the critic
    whines.") it is doubtful, ``info``. (Round 49: the -s forms were left out of the
    sense-restricted entries, and the battery of every form found them missing.)"""
    w = word.lower()
    c = classes()
    if w not in c.noun_verb_plurals or w in c.measured_loaded or w == lemma:
        return None  # (a form measured as loaded is loaded as it is used: "scoffs at")
    if _OBJECT_OPENER.match(text, end) is not None:
        return None
    return Evidence("noun or verb", Effect.DOUBT, "an -s form with no object after it may be a plural noun")
