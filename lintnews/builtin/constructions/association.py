"""Research's association claim with no study behind it (round 159).

The construction: the agentless passive of association ("is linked to", "has been associated
with", "were tied to": word class ``association-participles``) whose far side, within a few
words of its preposition, is a disease or health outcome (word class ``health-outcomes``:
"Short-term exposure is linked to asthma attacks", "Low levels have been linked to depression",
"is associated with a higher risk of dementia"). That is a finding of research told as fact,
with the research unnamed (GUIDELINES.md: "studies show"): a hint, as "studies show" is (round
22's calibration). Built as a warning, it cost a blind team set a false alarm and gained no
blind figure (round 159's figures), so the blind figures made it a hint.

"Linked to" has many literal senses, left alone by the outcome side: a road linked to the
motorway, accounts linked to a fraud, a striker linked to a move, a suspect linked to a
robbery by police (an agent after the complement names who linked them). A person as the
subject ("he", "the man", a name) is no exposure: left alone. Whether a study named near it
clears the claim is the context judge's question (``attribution.documents``).

Round 166 reads the other sense of the same anchor here: the transfer link ("has been linked
with a move to Lyon") and its sibling, the transfer target ("has emerged as a target for two
clubs"), both a warning: the market's talk passed on by nobody. They live beside the
association claim because the anchor and its far-side reading are shared (a health outcome
first, else a move or clubs). Review 134: both need a person or a club as the subject (the
business, science and politics desks link a rise in prices to "a move in oil prices"); a split
into a module of its own is the next step if a third reading of "linked to" comes.
"""

from __future__ import annotations

from lintnews.builtin.constructions import Bounds, Cue
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import Token, asserted_clause

ASSOCIATION_BRANCH = "provenance:association"
TRANSFER_BRANCH = "provenance:transfer-link"
# how many words after the preposition the outcome may come ("a 20 per cent higher risk of
# heart disease"), and the words that end the far side's phrase before it
_REACH = 9
_PHRASE_ENDS = frozenset("by which who that because after when while as since although but than".split())
# subjects that are people, not exposures: "he has been linked to", "the man was linked to"
_PERSONS = frozenset(
    "he she they i we you him her them man men woman women boy boys girl girls person people "
    "suspect suspects player players striker midfielder defender manager coach star singer actor "
    "gang family officer officers doctor doctors".split())
# diseases named after a person, written with a capital
_EPONYMS = frozenset(("alzheimer", "parkinson"))
# nouns an outcome word modifies when it names a body, a service or a trade, not a disease
_OUTCOME_MODIFIED = frozenset("research charity charities campaign campaigns unit units ward wards clinic clinics "
                              "centre centres center centers specialist specialists service services fund funds "
                              "trust trusts screening drug drugs treatment treatments patients care awareness "
                              "society nurse nurses team teams group groups appeal appeals".split())
_SKIP_BEFORE = frozenset("also often strongly consistently repeatedly closely directly independently "
                         "significantly causally now increasingly been has have had".split())


def research_association(text: str, hs: int, he: int, where: Bounds) -> Cue | None:
    """The association claim at the pattern hit ``text[hs:he]`` ("is linked to", "has been
    associated with"), or ``None`` when its far side is no health outcome, an agent follows
    ("by police", "by researchers at X"), or its subject is a person. Round 166: a transfer
    link ("has been linked with a move to Italy") is the other reading (:func:`_transfer_link`)."""
    clause = asserted_clause(text, hs, he, where)
    if clause is None:
        return None
    before, after, _, _ = clause
    if not _outcome_after(after):
        return _transfer_link(text, hs, he, before, after)
    subject = next((t for t in before if t.word and t.low not in _SKIP_BEFORE), None)
    if subject is None or subject.low in _PERSONS or (subject.capitalised and _names_person(before, subject)):
        return None
    cue = text[hs:he]
    return Cue(hs, he, f"'{cue}': found by which study? A health finding told with no research named: "
               "say who found it (\"a 2021 study in The Lancet linked ...\").", branch=ASSOCIATION_BRANCH,
               severity="info")


def _outcome_after(after: list[Token]) -> bool:
    """Is a disease or outcome (``health-outcomes``) the head of the far side, within
    :data:`_REACH` words and before a word that ends its phrase or an agent's "by"?"""
    n = 0
    for t in after:
        if not t.word:
            if t.text in ".;:!?()\"“”":
                return False
            continue
        if t.low in _PHRASE_ENDS:
            return False
        low = t.low[:-2] if t.low.endswith(("'s", "’s")) else t.low
        if lx.lemma_of("health-outcomes", low) is not None:
            # "Cancer Research UK" is a name, "cancer research charities" a kind of body: the
            # outcome must head its phrase (the diseases named after people keep their capital)
            return not (t.capitalised and low not in _EPONYMS) and not _modifies_next(after, t)
        n += 1
        if n >= _REACH:
            return False
    return False


def _modifies_next(after: list[Token], t: Token) -> bool:
    """Does the outcome word modify the noun after it ("cancer research", "dementia care")?"""
    idx = next((i for i, x in enumerate(after) if x.start == t.start), None)
    return idx is not None and idx + 1 < len(after) and after[idx + 1].low in _OUTCOME_MODIFIED


def _names_person(before: list[Token], subject: Token) -> bool:
    """Is the capitalised subject word a name, not the sentence's first word ("Smoking is
    linked to ..." opens its sentence; "Smith was linked to" is a person)?"""
    idx = next((i for i, t in enumerate(before) if t.start == subject.start), None)
    return idx is not None and idx + 1 < len(before) and before[idx + 1].word


# round 166: the transfer link. A determiner, a count or a vague quantity may open the far side
# ("a string of clubs", "two Spanish clubs", "a £30m move"), and a few modifiers stand before its head
_TRANSFER_OPENERS = frozenset("a an the two three four five several many some various".split())
_TRANSFER_REACH = 6
# a move that is a step of a plan, not a change of club: "a move to sell the pier" (a verb after
# "to"), "a move by the council"
_MOVE_TO_VERB = frozenset(("to",))
# review 134: a change told of something, not a player's change of club: "a move in oil prices",
# "the transfer of shares", "a switch in farming practice", "a move towards postal voting"
_CHANGE_OF = frozenset("of in into towards toward".split())
# review 134: the pronouns a transfer subject may be
_PERSON_PRONOUNS = frozenset("he she they him her them".split())


def _transfer_subject(before: list[Token]) -> bool:
    """Review 134: is the subject of the link or the target a person or a club, as transfer talk
    needs ("He has been linked", "Rovers have been linked", "The striker is a target", "The
    23-year-old has been linked")? A name or a club is capitalised; a common noun must be a
    person of ``group-speakers`` or a role of ``squad-roles``. The rounds tuned on sports copy
    only: on the business, science and politics desks "linked to a move" and "a target for
    several teams" tell of a rise in prices, a reef or a seat ("The rise in inflation has been
    linked to a move in oil prices", "The reef has emerged as a target for several research
    teams"), no transfer."""
    words = [t for t in before if t.low not in _SKIP_BEFORE]
    if words and words[0].text == ",":
        # an aside set off by commas between the subject and its verb ("The 23-year-old, who
        # scored 29 goals last season, has been linked"): the subject stands before the aside
        close = next((i for i in range(1, len(words)) if words[i].text == ","), None)
        if close is not None:
            words = words[close + 1 :]
    subject = next((t for t in words if t.word), None)
    if subject is not None and subject.low == "and":
        subject = _opening_subject(words)
    if subject is None:
        return False
    if subject.capitalised or subject.low in _PERSON_PRONOUNS or subject.low[:1].isdigit():
        return True  # a name, a club, a pronoun, an age ("The 23-year-old")
    return (subject.low in _PERSONS or lx.lemma_of("group-speakers", subject.low) is not None
            or lx.lemma_of("squad-roles", subject.low) is not None)


def _opening_subject(words: list[Token]) -> Token | None:
    """Round 170: the subject of a second predicate joined by "and" ("The 24-year-old scored 19
    goals last season and has been linked with several clubs") is the clause's opening noun
    phrase: its first word past an article (``words`` run leftwards, so it is the last). A
    subject of its own after "and" ("and Rovers have been linked") is read before this."""
    opening = [t for t in words if t.word]
    while opening and opening[-1].low in ("the", "a", "an"):
        opening.pop()
    return opening[-1] if opening else None


def _transfer_link(text: str, hs: int, he: int, before: list[Token], after: list[Token]) -> Cue | None:
    """Round 166: is the hit "linked to/with" a transfer link, its far side headed by a noun of
    ``transfer-moves`` ("has been linked with a move to the Italian champions", "is linked with
    a string of clubs", "have been linked to a summer switch")? Who links them is the market's
    talk, nobody named: a warning (GUIDELINES.md: a report with no source). Only "linked";
    an agent ("by police"), a move to do something ("a move to sell the pier") or a club in
    the singular ("linked to the club": a plain tie) is none."""
    if "linked" not in text[hs:he].lower() or not _transfer_subject(before):
        return None
    words = [t for t in after if t.word]
    if not words or (words[0].low not in _TRANSFER_OPENERS and not words[0].low[:1].isdigit()
                     and not words[0].low.startswith(("£", "$", "€"))):
        return None
    for n, t in enumerate(words[: _TRANSFER_REACH]):
        if t.low in _PHRASE_ENDS:
            return None
        lemma = lx.lemma_of("transfer-moves", t.low)
        if lemma is None:
            continue
        if lemma in ("club", "side", "team") and not t.low.endswith("s"):
            return None
        nxt = words[n + 1] if n + 1 < len(words) else None
        if lemma not in ("club", "side", "team") and nxt is not None and nxt.low in _CHANGE_OF:
            return None  # review 134: "a move in oil prices", "the transfer of shares"
        if lemma not in ("club", "side", "team") and nxt is not None and nxt.low in _MOVE_TO_VERB:
            two = words[n + 2] if n + 2 < len(words) else None
            if two is not None and not two.capitalised and two.low not in ("the", "a", "an"):
                return None  # "a move to sell the pier"
        if any(w.low == "by" for w in words[n + 1 : n + 1 + _TRANSFER_REACH]):
            return None  # "linked with two clubs in the town by a funding deal": its agent
        cue = text[hs:he]
        return Cue(hs, he, f"'{cue}': linked by whom? Transfer talk passed on with no source: name the "
                   "club, the player's camp or the outlet that reported it.", branch=TRANSFER_BRANCH)
    return None


def transfer_target(text: str, hs: int, he: int, where: Bounds) -> Cue | None:
    """Round 166: a player told as a target of clubs nobody names ("has emerged as a target for
    two Spanish clubs", "is a summer target for several Premier League sides"): the transfer
    link's other shape, the clubs' interest passed on with no source. Kept when a plural of
    ``transfer-moves`` heads the far side ("clubs", "sides", "teams"); a named club, a club in
    the singular ("a target for the club") or anything else ("a target for vandals", "a target
    of criticism") is none."""
    clause = asserted_clause(text, hs, he, where)
    if clause is None:
        return None
    before, after, _, _ = clause
    if not _transfer_subject(before):
        return None  # review 134: "The reef has emerged as a target for several research teams"
    words = [t for t in after if t.word]
    if not words or (words[0].low not in _TRANSFER_OPENERS and not words[0].low[:1].isdigit()):
        return None
    for t in words[: _TRANSFER_REACH]:
        if t.low in _PHRASE_ENDS:
            return None
        lemma = lx.lemma_of("transfer-moves", t.low)
        if lemma in ("club", "side", "team") and t.low.endswith("s"):
            cue = text[hs:he]
            return Cue(hs, he, f"'{cue}': whose target, by whose account? Clubs nobody names, their interest "
                       "passed on with no source: name the clubs or who reported it.", branch=TRANSFER_BRANCH)
        if lemma is not None:
            return None
    return None
