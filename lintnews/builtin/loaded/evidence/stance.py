"""EVALUATIVE evidence: the writer's stance in the sentence and the document.

A predicate verdict ("It is outrageous that"), loaded words beside each other or filling a
document, a person owned or attacked, a title line, a rhetorical question, a prescription
("should"), a predicate noun phrase, a judgement of people.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from lintnews.builtin.loaded.evidence.act_subject import act_subject
from lintnews.builtin.loaded.evidence.evaluative import predicative
from lintnews.builtin.loaded.evidence.evidence import NEXT_WORD, Effect, Evidence, classes, next_words
from lintnews.builtin.loaded.evidence.indirect import speech_forms, speech_lead
from lintnews.builtin.loaded.evidence.literal import opens_sentence
from lintnews.builtin.loaded.evidence.names import TITLE_WORD, title_case
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from collections.abc import Callable


# -- EVALUATIVE: the writer's stance in the sentence -----------------------------------------
# For a word not measured as loaded (see :func:`unmeasured`): signs that the sentence is the
# writer's argument rather than a report, each measured by cross-validation
# (benchmarks/cv_loaded.py) and on news-check's aggregate figures before it was kept.

# Round 170: an adjunct of place or time closing a predicate before its stop or a participle
# clause (Quirk et al. 8.43-8.53, adjuncts of space and time; the match report's own: "at home",
# "away from home", "on the road", "in the first half", "this season"): "Southfield have been
# woeful at home, taking four points from seven games" is a verdict on the side as much as
# "Southfield have been woeful." is. A closed list, so that a complement ("furious at the
# decision", "brutal in its honesty") is not read as one.
_PLAY_ADJUNCT = LazyRegex(
    r"\s+(?:at\s+home|away(?:\s+from\s+home)?|on\s+the\s+(?:road|day|night)|on\s+their\s+travels"
    r"|in\s+(?:the\s+)?(?:first|second|opening|closing|final)\s+(?:half|set|period|quarter|session|round)"
    r"|in\s+(?:defence|defense|attack|midfield)"
    r"|(?:this|last|all)\s+(?:season|campaign|term|year|month|week|spring|summer|autumn|winter)"
    r"|so\s+far(?:\s+this\s+(?:season|campaign|year))?"
    # round 173: the span of time the verdict covers ("has been cynical from the start")
    r"|from\s+the\s+(?:very\s+)?(?:start|outset|beginning|off))(?![\w'’-])")
# a participle clause after the predicate's comma ("woeful at home, taking ...", "dire all
# season, winning twice"): the writer's evidence for the verdict, not a new clause
_PARTICIPLE_AFTER = LazyRegex(r",\s+(?:(?:only|just|again|still)\s+)?[a-z]{2,}ing\b"
                              # round 173: or an absolute "with" clause giving the same evidence
                              # ("cynical from the start, with the bill rushed through")
                              r"|,\s+with\s+(?:the|its|their|his|her|a|an)\s")


def predicate_verdict(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """A word not measured as loaded, as the predicate of its sentence's subject ("the idea is
    ludicrous.", "it was ghoulish"): the writer asserts the verdict (:func:`predicative`). The
    predicate must end there ("launches are a nerve-wracking but important step" describes the
    step, and says what they are, not what the writer thinks of them)."""
    if _EXCLAIMED_AFTER.match(text, end) and _WHAT_BEFORE.search(text, max(lo, start - 40), start):
        # round 104: "What a shambles!": the word heads an exclamative, the writer's outcry
        # (an exclamation alone raises nothing: "What a night!" sets a scene; see voice.py)
        return Evidence("predicative", Effect.EVALUATIVE, "the head of an exclamative 'What a ...!'")
    one = _PRO_ONE.match(text, end)
    if one is not None and _ARTICLE_BEFORE.search(text, max(lo, start - 30), start):
        end = one.end()  # round 106: "the plan was a dismal one": the pro-form heads the predicate
    if _VERDICT_END.match(text, end) and _STRESSED_COPULA.search(text, max(lo, start - 60), start) \
            and not _SUPPOSED_CLAUSE.search(text, max(lo, start - 120), start):
        # round 107: "the survey was, by any measure, a shambles": the writer stops the predicate
        # to vouch for the verdict (a comment, never a source: "according to ..." is no comment)
        return Evidence("predicative", Effect.EVALUATIVE, "a verdict the writer vouches for between commas")
    adjunct = _PLAY_ADJUNCT.match(text, end)
    closed = False
    if adjunct is not None and (_VERDICT_END.match(text, adjunct.end()) or _PARTICIPLE_AFTER.match(text, adjunct.end())):
        end = adjunct.end()  # round 170: "have been woeful at home, taking four points from"
        closed = True
    if not (closed or _VERDICT_END.match(text, end)):
        if _EXTRAPOSED.search(text, max(lo, start - 40), start) and _EXTRAPOSED_AFTER.match(text, end):
            return Evidence("predicative", Effect.EVALUATIVE, "a verdict on what follows ('it is ... to')")
        m = _HOW_BEFORE.search(text, max(lo, start - 30), start)
        if m is not None and not _ASKED_BEFORE.search(text, max(lo, m.start() - 30), m.start())\
                and not _reported_how(text, m.start(), lo):
            return Evidence("predicative", Effect.EVALUATIVE, f"an exclamative '{m.group().strip()} ...'")
        if _AS_BEFORE.search(text, max(lo, start - 20), start) and _AS_AFTER.match(text, end):
            return Evidence("predicative", Effect.EVALUATIVE, "an evaluative comparison ('as ... as')")
        return None
    e = predicative(text, start, end, lo)
    if e is None:
        return None
    m = _SUBJECT_BEFORE.search(text, max(lo, start - 80), start) \
        or _CONTRACTED_SUBJECT.search(text, max(lo, start - 60), start)
    if m is None:
        return act_subject(text, start, lo)  # round 146: "Its plan to sell the park proved reckless"
    who = m.group(1)
    c = classes()
    if who[:1].isupper() or who.lower() in _SUBJECT_PRONOUNS or who.lower().rstrip("s") in c.judged or\
            who.lower() in c.judged or who.lower().rstrip("s") in c.people:
        return Evidence("predicative", Effect.EVALUATIVE, f"a verdict on '{who}'")
    if (who.lower() in performances() or who.lower() in sides()) and not _PREPOSITION_BEFORE.search(
            text, max(lo, m.start(1) - 40), m.start(1)):  # round 149: "Northmoor's fielding was shambolic"
        return Evidence("predicative", Effect.EVALUATIVE, f"a verdict on the play: '{who}'")
    # round 146: a subject headed by an act with its complement ("The decision to shut the office
    # was ill-judged", "The council's handling of the flood has been shambolic")
    return act_subject(text, start, lo)


def act_verdict(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """Round 146: a verdict closing the predicate of a subject headed by an act or a decision
    with its complement ("The decision to shut the office was ill-judged"): for an adjective
    the lexicon holds at ``info``, whose predicate alone is too often a fact ("the plan was
    risky"), the act as its subject makes it the writer's verdict on the act."""
    if not _VERDICT_END.match(text, end) or predicative(text, start, end, lo) is None:
        return None
    return act_subject(text, start, lo)


def performance_verdict(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """Round 149: an emotive or judgement adjective closing the predicate of a subject that
    names play (:func:`performance_subject`): read even for a word of two senses ("dire" is
    also a measure of need, "dire consequences"), whose sense of severity a match's half or a
    side's fielding does not take: "The first half was dire" can only be the writer's verdict."""
    if not _VERDICT_END.match(text, end) or predicative(text, start, end, lo) is None:
        return None
    return performance_subject(text, start, lo)


def performance_subject(text: str, start: int, lo: int) -> Evidence | None:
    """Round 149: a verdict closing the predicate of a subject that names a side's or a
    player's play ("The first half was dire.", "Their forward pack, though, is fearsome."):
    the match report's writer judges the play, as the act subject's writer judges an act.
    Only the word right before the copula (a comma-set linking adverbial between them) is
    read: "the half-time team talk was dire" names no play."""
    m = _SUBJECT_BEFORE.search(text, max(lo, start - 80), start)
    if m is None:
        return None
    who = m.group(1).lower()
    if _PREPOSITION_BEFORE.search(text, max(lo, m.start(1) - 40), m.start(1)):
        return None  # review 129: "Sales in the first half were dire": the object of "in", not the subject
    if who not in performances() and who not in sides():
        # the play named with its opponent or its match before the copula ("the first half
        # against Castlebridge was dire", "the defending at set pieces was woeful")
        p = _PLAY_WITH_PHRASE.search(text, max(lo, m.start() - 50), m.end(1))
        if p is None or p.group(1).lower() not in performances():
            return None
        who = p.group(1)
    return Evidence("predicative", Effect.EVALUATIVE, f"a verdict on the play: '{who}'")


# Review 129: a preposition and its determiners right before the word read as the subject's
# head ("Sales in the first half were dire", "Growth over the first half was dire"): the noun
# is a prepositional object, the subject's head stands before the preposition
_PREPOSITION_BEFORE = LazyRegex(
    r"(?<![\w'’-])(?i:in|during|of|over|for|across|through|since|after|before|from|throughout)\s+"
    r"(?:(?i:the|a|an|this|that|their|its|his|her|our|[\w'’-]+['’]s)\s+)?(?:(?i:first|second|opening|closing|final|early|late)\s+)?$")


# Round 149: a noun of play, then one phrase of its opponent, its match or its time, up to the
# subject's last word (no comma, no clause: at most four words after the preposition).
_PLAY_WITH_PHRASE = LazyRegex(
    r"\b([\w'’-]+)\s+(?i:against|at|in|on|from|of|versus|vs)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+$")


# An ordinal or a position before a stretch of play ("a dire first half", "the woeful opening
# spell"): the adjective grades the stretch, not the ordinal.
_PLAY_ORDINALS = frozenset("first second opening closing final early late".split())


def play_attributive(text: str, end: int, hi: int) -> Evidence | None:
    """Round 149: an emotive or judgement adjective before a noun of play ("The visitors'
    woeful defending at set pieces", "a shambolic first half", "their gutless batting"): the
    match report's verdict on the play, as before an act. Not before a unit of the side
    (:func:`sides`), a noun with an "of" after it ("a dire half of the year") or a noun run on
    into a compound ("fielding drills")."""
    words = next_words(text, end, hi, 3, skip_determiners=False)
    if words and words[0] in _PLAY_ORDINALS:
        words = words[1:]
    if not words or words[0] not in performances():
        return None  # (not the units of a side, :func:`sides`: round 98's "past a hapless defence")
    if len(words) > 1 and words[1] not in _PLAY_AFTER:
        return None  # "defence spending", "the pack leader": the noun modifies another
    if re.compile(rf"\b{re.escape(words[0])}\s+of\b", re.IGNORECASE).search(text, end, min(hi, end + 60)):
        return None  # "a fearsome pack of wolves", "a spirited defence of his record"
    return Evidence("attributive", Effect.EVALUATIVE, f"judges the play: '{words[0]}'")


# Words that may follow the noun of play inside its own phrase (next_words stops at a
# preposition, so a second word is a noun it modifies or a verb).
_PLAY_AFTER = frozenset("was is were are has had have will would could proved looked".split())


@lru_cache(maxsize=1)
def sides() -> frozenset[str]:
    """Every form of the units of a side (word class ``loaded/side-unit-nouns``): a subject of
    play ("the defence was woeful"), but before them an adjective may pity or describe the
    players ("a hapless defence", "a fearsome pack of forwards"), so only the predicate reads them."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/side-unit-nouns")


@lru_cache(maxsize=1)
def performances() -> frozenset[str]:
    """Every form of the nouns of play (word class ``loaded/performance-nouns``), read at the
    first predicate verdict."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/performance-nouns")


def work_verdict(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """Round 129: an adjective in -ed the lexicon holds at ``info`` as the closing predicate on
    a work, a performance, a dish or its part ("The plot is muddled.", "the menu is
    overpriced"): the critic's verdict. The judge leaves -ed predicates alone elsewhere ("voters
    were confused" is their state, "the claim was debunked" a passive): a work has no state of
    mind, and the predicate must end there (no agent: "was muddled by the edit")."""
    from lintnews.builtin.loaded.evidence.quality_data import WORK_NOUNS

    if not _VERDICT_END.match(text, end) or predicative(text, start, end, lo) is None:
        return None
    m = _SUBJECT_BEFORE.search(text, max(lo, start - 80), start)
    if m is None:
        return None
    who = m.group(1).lower()
    if who not in WORK_NOUNS and not (who.endswith("s") and who[:-1] in WORK_NOUNS):
        return None
    return Evidence("predicative", Effect.EVALUATIVE, f"a critic's verdict on the work '{m.group(1)}'")


# (round 107) a copula, then a comment of the writer's own between commas, then the predicate:
# "was, by any measure, a shambles", "is, frankly, absurd", "was, quite simply, heartless".
# Comments only (a source between the commas, "was, according to the report, a shambles" or
# "was, she said, a shambles", is that source's verdict: no said-verb is listed here).
_STRESSED_COPULA = LazyRegex(
    r"(?<![\w'’-])(?i:is|are|was|were|has\s+been|have\s+been|had\s+been)\s*,\s+"
    r"(?i:by\s+any\s+(?:measure|standard|yardstick|reckoning|stretch)|frankly|candidly|honestly|in\s+truth|"
    r"quite\s+simply|simply\s+put|put\s+simply|to\s+be\s+(?:blunt|frank|honest)|let['’]?s\s+be\s+honest|"
    r"in\s+(?:all\s+)?honesty|without\s+(?:question|doubt))\s*,\s+"
    r"(?:(?:a|an|utter|complete|total|absolute|quite|truly|simply|utterly|nothing\s+short\s+of|little\s+short\s+of)\s+)*$"
)
# ("if the survey was, by any measure, a shambles": supposed, not asserted)
_SUPPOSED_CLAUSE = LazyRegex(r"(?<![\w'’-])(?i:if|whether|unless|suppose|supposing)\s+(?:[\w'’-]+\s+){0,8}$")


def supposed_predicate(text: str, start: int, lo: int) -> Evidence | None:
    """Review 129: a pattern's praise frame in a clause of "if" or "whether" ("Experts will
    decide whether the fossil is the real deal", "if the car is a steal at that price"): the
    writer supposes the predicate and does not assert it, as for the frames read above."""
    if _SUPPOSED_CLAUSE.search(text, max(lo, start - 80), start) is None:
        return None
    return Evidence("supposed", Effect.DOUBT, "a predicate supposed, not asserted ('whether it is ...')")


# (round 106) "a dismal one", "an utterly shameful one": the pro-form "one" after the adjective
# stands for the subject's noun, so the adjective still closes a predicate verdict.
_PRO_ONE = LazyRegex(r"\s+one\b(?![-'’])")
_ARTICLE_BEFORE = LazyRegex(r"(?<![\w'’-])(?i:a|an)\s+(?:(?:\w+ly|very|truly|so)\s+)?$")


# The word before the copula (the subject's last word): a verdict is passed on a person, a
# group, an act, a policy or a statement ("the idea is absurd", "Sanders is crazy", "it is
# ghoulish"), not on an experience or a thing ("the wait for the ferry was nerve-wracking").
# Round 149: a linking adverbial set off by commas may stand between the subject and the copula
# ("Northmoor's fielding, by contrast, was shambolic", "The forward pack, though, is
# fearsome"): the writer's own link between two sentences, never a source (a closed list: "the
# plan, officials said, was" names a speaker and stays out).
_SUBJECT_BEFORE = LazyRegex(
    r"([\w'’-]+)(?:,\s*(?i:though|however|by\s+contrast|in\s+contrast|meanwhile|too|also|again|"
    r"if\s+anything|for\s+once|once\s+again|in\s+truth|frankly|moreover),)?"
    r"\s+(?:\w+ly\s+)?(?i:is|are|was|were|seems?|seemed|remains?|remained|looks?|looked|"
    r"sounds?|sounded|has\s+been|have\s+been|had\s+been|would\s+be|will\s+be)\s+"
    r"(?:(?:\w+ly|so|too|very|quite|a|an|utter|complete|total|more|less|just|simply|even)\s+)*$"
)
_SUBJECT_PRONOUNS = frozenset("it this that these those he she they who which what".split())
# Round 167: the pronoun subject with the copula cliticised to it ("it's a slam dunk", "that's
# absurd", "they're a shambles"; Quirk et al. 3.23), the word that :data:`_SUBJECT_BEFORE` reads
# as a subject and a copula in two. Only the pronouns: on a noun "'s" may be the genitive.
_CONTRACTED_SUBJECT = LazyRegex(
    r"(?<![\w'’-])((?i:it|this|that|he|she|they))(?i:['’]s|['’]re)\s+"
    r"(?:(?:\w+ly|so|too|very|quite|a|an|utter|complete|total|more|less|just|simply|even)\s+)*$")


# "it was hysterical to watch", "it is perverse that ...": the verdict of an extraposed clause.
_EXTRAPOSED = LazyRegex(r"\b[Ii]t(?:\s+(?:is|was|would\s+be|seems|seemed)|['’]s)\s+(?:(?:so|truly|just|simply|quite|utterly|frankly)\s+)?$")
_EXTRAPOSED_AFTER = LazyRegex(r"\s+(?:to\s+\w+|that)\b")
# "What a shambles!", "what an utter fiasco!": an exclamative whose head noun is the word.
_WHAT_BEFORE = LazyRegex(r"(?<![\w'’-])[Ww]hat\s+an?\s+(?:(?:utter|complete|total|absolute|unholy|sorry)\s+)?$")
_EXCLAIMED_AFTER = LazyRegex(r"\s*!")
# Round 165: "What a thrilling finish, with ...", "What a dismal night!": an adjective in an
# exclamative that opens its sentence (after a live blog's time stamp too), its noun phrase one
# or two words closed by a stop, a comma or a dash. Not a free relative ("What a frightened
# child needs is calm": a verb follows the noun) nor a question.
_EXCLAMATIVE_OPEN = LazyRegex(
    r"[\s\"“‘'*(]*(?:\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*[—–-]?[ \t]*)?"
    r"What[ \t]+an?[ \t]+(?:(?:truly|utterly|really|absolutely|very|so|most)[ \t]+)?")
_EXCLAMATIVE_NOUNS = LazyRegex(r"(?:[ \t]+[a-z][a-z'’-]*){1,2}?[ \t]*(?:[!,;—–]|\.(?!\w)|:[ \t]|$)")
_EXCLAIMED_SENTENCE = LazyRegex(r"[^.?!\n]{0,80}!")  # (its phrase may run on: "What a dismal night for them!")


def exclaimed_attribute(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """An adjective inside an exclamative opening its sentence ("What a thrilling finish,
    with ...", "What a miserable afternoon!"): the exclamative is the writer's own outcry
    (Quirk et al. 11.31: the exclamative's "what" phrase voices the speaker's attitude), so
    the adjective is the writer's verdict on the noun. Round 104 raises only the noun head
    ("What a shambles!"); a noun without an adjective ("What a night!") raises nothing."""
    if _EXCLAMATIVE_OPEN.fullmatch(text, lo, start) is None:
        return None
    m = _EXCLAMATIVE_NOUNS.match(text, end, hi) or _EXCLAIMED_SENTENCE.match(text, end, hi)
    if m is None or m.group().rstrip(" \t!,;—–.:").split()[-1:] in (["does"], ["is"], ["was"], ["has"]):
        return None
    if text.find("?", end, hi) >= 0:
        return None  # a question ("What a strange thing to say, isn't it?")
    return Evidence("predicative", Effect.EVALUATIVE, "an adjective in the writer's exclamative 'What a ...'")
# "how dangerous this idea is", "how perverse and evil he was": a verdict raised to the front.
_HOW_BEFORE = LazyRegex(r"\b[Hh]ow\s+(?:(?:very|truly|utterly|deeply|so)\s+)?$")
# ("asked how dangerous the road was", "to gauge how severe": a question, not a verdict)
_ASKED_BEFORE = LazyRegex(
    r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|unclear|unknown|sure|determine|"
    r"determined|measure|measured|assess|assessed|gauge|gauged|check|checked|test|tested|show|shows|"
    r"showed|estimate|estimated)\s+$"
)
_REPORTED_HOW = LazyRegex(r"(?:\s+[\w'’-]+){0,4}\s+$")


def _reported_how(text: str, how: int, lo: int) -> bool:
    """"how" opens the words of a speech verb a few words before it ("she acknowledged over
    the years how nerve-wracking it was", "he told reporters how shameful it felt"): the
    exclamative is the speaker's, reported, not the writer's."""
    lead = speech_lead()
    for m in lead.finditer(text, max(lo, how - 50), how):
        if m.group() in speech_forms() and _REPORTED_HOW.fullmatch(text, m.end(), how):
            return True
    return False


# "as chaotic and dysfunctional as they are", "as disappointing as the outcome".
_AS_BEFORE = LazyRegex(r"(?:^|[^\w\s]\s*|\b(?:is|are|was|were|be|been|just|equally)\s+|^\s*)[Aa]s\s+$")
_AS_AFTER = LazyRegex(r"(?:\s+and\s+[\w-]+)?\s+as\b")


_VERDICT_END = LazyRegex(
    r"\s*(?:[.;:!?)\"”—–]|$"
    # (round 52) or a new clause of the writer's after it, with a subject and a finite verb of
    # its own: "the plan is appalling, but critics said the council met"
    r"|,\s*(?:but|and|yet|while|whereas)\s+(?:[\w'’-]+\s+){1,4}?(?:is|are|was|were|has|have|had|will|would|can|"
    r"could|should|must|may|might|did|does|do|said|says|say|[a-z]{3,}ed)\b)"
)


def beside_loaded(others: int) -> Evidence | None:
    """A word not measured as loaded, in a sentence with a word that is ("this cruel and
    cynical scheme"): read with its neighbour's verdict."""
    if others < 1:
        return None
    return Evidence("charged sentence", Effect.EVALUATIVE, "beside a word measured as loaded")


# A charged document: the share of its sentences that hold a word measured as loaded (outside
# quotation marks), and at least two of them. Measured by two-fold cross-validation
# (benchmarks/cv_loaded.py, the measured class learnt on the other half): at 0.05 the held-out
# halves gain recall on every tuning suite with no loss of precision on news-dev, and the
# held-out news-check is unchanged; news-check's articles first change below 0.03 (so the
# threshold keeps a margin of about two), and BABE's sentence files sit near 0.09. Counting only
# the measured words the judge warns on (not literal, not someone's voice) did worse.
CHARGED_SHARE = 0.05
CHARGED_SENTENCES = 2


def charged_document(loaded: int, sentences: int) -> Evidence | None:
    """A word not measured as loaded, in a document where at least :data:`CHARGED_SHARE` of the
    sentences (and :data:`CHARGED_SENTENCES`) hold a word measured as loaded: an opinion piece
    or a polemic, whose writer judges throughout, so an unmeasured word is read as a verdict
    too. (Plain news seldom has one such sentence in twenty outside quotations.)"""
    if loaded < CHARGED_SENTENCES or loaded < CHARGED_SHARE * sentences:
        return None
    return Evidence("charged document", Effect.EVALUATIVE,
                    f"{loaded} of {sentences} sentences hold a word measured as loaded")


# Someone's, right before the word (one modifier between at most): "his arrogance", "Rubio's
# gimmick", "their madness", "the president's public scorn". Not a contraction ("it's", "he's",
# "there's": a verb) nor a thing's ("the storm's": a literal head is dropped earlier).
_OWNER_BEFORE = LazyRegex(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our)|\b(?!(?:It|He|She|That|There|What|Who|Here|Let|Where|How)['’])"
    r"[A-Z][\w-]*['’]s|\b[A-Z]\w*s['’])"
    r"\s+(?:[\w-]+\s+)?$"
)


def owned(text: str, start: int, lo: int) -> Evidence | None:
    """A word not measured as loaded, said of someone's act or quality ("his ostentatious
    arrogance", "the senator's gimmick"): the writer characterises that person."""
    m = _OWNER_BEFORE.search(text, max(lo, start - 40), start)
    if m is None:
        return None
    return Evidence("someone's", Effect.EVALUATIVE, f"characterises '{m.group().split()[0]}'")


# A person, a group or an institution as the object: "mocked them", "smeared Assange",
# "stonewalled Congress", "bashing the administration" (a name, an object pronoun, or a noun
# of people: word class ``loaded/people-nouns``). Not an act or a plan: "lambasted the plan"
# reports a criticism.
_PERSON_OBJECT = LazyRegex(
    r"\s+(?:(?:at|on|against)\s+)?(?:(?:him|her|them|us|me)\b|(?:the\s+)?[A-Z][\w'’-]+|"
    r"(?:the|his|her|their|its|our)\s+(?P<noun>[\w-]+)(?:\s+(?P<head>[\w-]+))?)"
)


# round 98: a noun of people (WordNet's noun.person, ``loaded/person-nouns``) after "at" or
# "against", bare in headline style or as a title before a name ("fumed at referee Alan
# Crossley", "raged at the umpire", "railed against officials")
_AT_PERSON_OBJECT = LazyRegex(r"\s+(?:at|against)\s+(?:(?:the|his|her|their|its|our)\s+)?(?P<noun>[a-z][\w-]+)\b")


def _at_person(text: str, end: int) -> Evidence | None:
    """The attack verb's target after "at" or "against" is a person (a wider class than
    :data:`_PERSON_OBJECT`'s, since the preposition already makes it the verb's target)."""
    b = _AT_PERSON_OBJECT.match(text, end)
    if b is None or b.group("noun") not in classes().persons:
        return None
    return Evidence("attacks a person", Effect.EVALUATIVE, f"its object is '{b.group().strip()}'")


def attacks_person(text: str, end: int) -> Evidence | None:
    """An attack verb with a person, group or institution as its object ("it smeared the
    reporters", "they mocked him", "fumed at referee Alan Crossley"): the writer's word for
    what was done to someone."""
    m = _PERSON_OBJECT.match(text, end)
    if m is None:
        return _at_person(text, end)
    noun = m.group("noun")
    if noun is not None:
        people = classes().people
        head = m.group("head")  # ("the local reporters": a modifier first)
        if noun.lower() not in people and (head is None or head.lower() not in people):
            return _at_person(text, end)
    return Evidence("attacks a person", Effect.EVALUATIVE, f"its object is '{m.group().strip()}'")


# The subject of a passive attack verb (round 29): a person, group or institution before the
# participle, with an auxiliary ("the minister was lambasted", "they have been mocked") or, in a
# headline's short passive, none but an agent or a cause after it ("Health secretary lambasted
# over funding"). The subject is the last word before the verb (a pronoun, a name or a noun of
# ``loaded/people-nouns``).
_PASSIVE_SUBJECT = LazyRegex(
    r"(?P<subject>[\w'’-]+)\s+(?P<aux>(?:(?:was|were|is|are|been|being|get|gets|got)\s+)?)$"
)
_PASSIVE_AGENT = LazyRegex(r"\s+(?:by|over|for)\b")
_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you"})  # (a person attacked, not a thing)


def attacked_person(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """An attack verb in the passive whose subject is a person, group or institution ("the
    minister was lambasted by doctors", "Health secretary lambasted over funding"): the
    writer's word for what was done to someone, as :func:`attacks_person` in the active. A
    participle only ("-ed"); with no auxiliary the agent or cause must follow, else the verb
    is active ("the minister lambasted officials" is :func:`attacks_person`'s)."""
    if not word.lower().endswith("ed"):
        return None
    m = _PASSIVE_SUBJECT.search(text, max(lo, start - 60), start)
    if m is None:
        return None
    if not m.group("aux") and _PASSIVE_AGENT.match(text, end) is None:
        return None
    subject = m.group("subject")
    low = subject.lower()
    if m.group("aux") and low in _PERSONAL_SUBJECTS:
        return Evidence("attacks a person", Effect.EVALUATIVE, f"its subject is '{subject}'")
    people = classes().people
    if low in people or (low.endswith("s") and low[:-1] in people):
        return Evidence("attacks a person", Effect.EVALUATIVE, f"its subject is '{subject}'")
    if subject[0].isupper() and m.start() > lo and not opens_sentence(text, lo, m.start()):
        return Evidence("attacks a person", Effect.EVALUATIVE, f"its subject is '{subject}'")
    return None


def title_line(text: str, lo: int, hi: int) -> Evidence | None:
    """A word not measured as loaded in a line set as a title (title case, no closing stop):
    a headline's word is chosen to sell the story's verdict ("Senator's Reckless Gamble
    Backfires")."""
    line = text[lo:hi].rstrip()
    if not line or line.endswith((".", "!", ":", ";", ",")) or hi - lo > 200:
        return None
    if len(TITLE_WORD.findall(text, lo, hi)) < 3 or not title_case(text, lo, hi):
        return None
    return Evidence("title", Effect.EVALUATIVE, "a line set as a headline")


def rhetorical_question(text: str, end: int, hi: int, quoted: Callable[[int], bool]) -> Evidence | None:
    """A word not measured as loaded in a question the writer puts ("why are our leaders so
    gutless?", "what else would you expect from this sham?"): an argument, not a report.
    ``quoted(offset)`` says whether the question mark is inside a quotation."""
    q = text.rfind("?", end, hi)
    if q < 0 or quoted(q):
        return None
    return Evidence("rhetorical question", Effect.EVALUATIVE, "the writer's question")


# The writer prescribes: "should never have", "must be stopped", "ought to resign".
_PRESCRIBES = LazyRegex(r"\b(?:should(?:n['’]t)?|must(?:n['’]t)?|ought\s+to)\b", re.IGNORECASE)


def prescribes(text: str, lo: int, hi: int, quoted: Callable[[int], bool]) -> Evidence | None:
    """A word not measured as loaded in a sentence where the writer says what should be
    ("the council should never have backed this shambles"): an argument, not a report.
    ``quoted(offset)`` says whether an offset is inside a quotation."""
    for m in _PRESCRIBES.finditer(text, lo, hi):
        if not quoted(m.start()):
            return Evidence("writer's stance", Effect.EVALUATIVE, f"a modal verdict '{m.group()}'")
    return None


# An adjective inside the noun phrase that a copula predicates of the subject: "ridicule is a
# vicious weapon.", "it was a shameless ploy of the party", "this is a vicious and potent
# tool". The phrase ends at the noun (or its "of", "to", "for", "that" complement).
_PREDICATE_NP_BEFORE = LazyRegex(
    r"\b(?i:is|are|was|were|remains?|remained|seems?|seemed|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:a|an|the|one|such\s+an?)\s+(?:(?:truly|utterly|really|very|most|so|deeply|genuinely)\s+)?$"
)
_NP_END = LazyRegex(r"(?:\s*(?:,|and|or)\s*[\w-]+)?\s+[\w-]+(?:\s*[.;:!?)\"”—–]|\s*$|\s+(?:of|to|for|that)\b)")


def predicate_np(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """A word not measured as loaded, as the adjective of a predicate noun phrase ("ridicule
    is a vicious weapon.", "it was a shameless ploy of the party"): the writer classifies the
    subject, and the adjective is the verdict. (Not "a vicious storm hit the coast": no
    copula before it; not "it was a vicious wave hitting the pier": the phrase must close at
    its noun or the noun's complement.) Asked of adjectives only (the judge's caller)."""
    if _PREDICATE_NP_BEFORE.search(text, max(lo, start - 60), start) and _NP_END.match(text, end):
        return Evidence("predicative", Effect.EVALUATIVE, "the adjective of a predicate noun phrase")
    return None


def judges_people(text: str, end: int, hi: int) -> Evidence | None:
    """A word not measured as loaded, before a noun of people or of their acts within two
    words ("dumb young people", "gullible local voters", "the shadowy accountants"): the
    writer characterises them. (Word classes ``loaded/people-nouns`` and
    ``loaded/judged-nouns``; a dual-sense word is not asked: "toxic workers" may be literal.)"""
    c = classes()
    nxt = NEXT_WORD.match(text, end, hi)
    if nxt is not None and nxt.group(1)[:1].isupper():
        return None  # a name or a title
    for w in next_words(text, end, hi, 2, skip_determiners=False):
        if w in c.people or w in c.judged:
            return Evidence("attributive", Effect.EVALUATIVE, f"characterises '{w}'")
    return None


# Round 130: the critic's adjectives (rule ``loaded-language/critic``: "drab", "forgettable",
# "wooden", "tired") have a literal sense far more often than a verdict ("a wooden floor", "tired
# nurses", "a dull ache"). They judge only a work, a performance or a dish, :data:`WORK_NOUNS`
# as round 129 built them: the subject of a copula the adjective closes ("The show felt
# tired.", "the concerto was pleasant but forgettable."), or the noun the adjective heads ("a
# gutsy performance", "is given wooden dialogue").
_CRITIC_SUBJECT = LazyRegex(
    r"([\w'’-]+)\s+(?:as\s+a\s+whole\s+|itself\s+)?(?:\w+ly\s+)?(?i:is|are|was|were|seems?|seemed|felt|feels?|"
    r"looks?|looked|sounds?|sounded|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:\w+ly|so|too|very|quite|rather|just|simply|even)\s+)*(?:[a-z]+\s+(?:and|but)\s+)?$"
)
_CRITIC_WITH = LazyRegex(r",\s+with\s")  # "felt tired, with too many repeats"
_CRITIC_HEAD = LazyRegex(r"\s+([a-z][a-z'’-]*)\b(?![-'’])")
# Round 168: the kind of part before the work noun ("an electrifying lead turn", "a wooden
# supporting performance"): the head is the noun after it
_ROLE_HEAD = LazyRegex(r"\s+(?:lead|leading|title|supporting|starring|debut|solo|central)\s+([a-z][a-z'’-]*)\b(?![-'’])")
_CRITIC_DENIED = LazyRegex(r"(?<![\w'’-])(?i:not|never|hardly|n['’]t|no\s+longer)\s+(?:\w+\s+){0,3}$")


def _work_noun(word: str) -> bool:
    from lintnews.builtin.loaded.evidence.quality_data import WORK_NOUNS

    return word in WORK_NOUNS or (word.endswith("s") and word[:-1] in WORK_NOUNS)


# Round 132: the head of a contest noun may come after one coordinated adjective and an
# ordinal ("a gutsy, heroic display", "a drab second half")
_CONTEST_HEAD = LazyRegex(r"(?:\s*,\s*[a-z][a-z-]*|\s+and\s+[a-z][a-z-]*)?"
                          r"(?:\s+(?:first|second|opening|final|closing))?\s+([a-z][a-z'’-]*)\b(?![-'’])")
# Adjectives of a material as well as a manner ("a wooden display" may be a stand, "wooden
# matches" sticks): a contest noun names a thing too, so only a work noun raises them
_MATERIAL = frozenset(("wooden",))


# Round 168: a batter's score as the head ("an imperious 81 from the opener", "a swashbuckling
# 96 off 103 balls"): an article, the adjective, then one to three digits closed by the
# score's own words ("off", "from", "not out") or a stop; not a measure ("a towering 300
# metre mast", "a dour 2-1"), whose unit or scoreline follows instead
_SCORE_ARTICLE = LazyRegex(r"\b(?i:a|an)\s+$")  # (fix50a: not _ARTICLE_BEFORE, round 106's above)
_SCORE_HEAD = LazyRegex(r"\s+\d{1,3}\*?(?=\s+(?:off|from|not\s+out)\b|\s*[,.;](?!\d))")
# Round 168: a name as the contest's modifier, a venue or the sides ("a dour Aviva
# arm-wrestle", "a feverish Marsh Lane derby"): one to three capitalised words, read past
_NAME_THEN_HEAD = LazyRegex(r"(?:\s+[A-Z][\w'’]*){1,3}\s+([a-z][a-z'’-]*)\b(?![-'’])")


@lru_cache(maxsize=1)
def _contest_nouns() -> frozenset[str]:
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/contest-nouns")


# Round 170: the sports writer's emotive or judging adjective before a contest noun, maybe
# through a year or a compound that places it in the contest ("a savage stoppage", "a ferocious
# seventh-round stoppage", "the heartbreaking 2019 decider"): Collins COBUILD's contest nouns
# (``loaded/contest-nouns``) name the event judged, as round 132's critic adjectives judge it
_CONTEST_PLACE = LazyRegex(r"\s+(?:(?:18|19|20)\d\d|[a-z]+-(?:round|minute|set|point|goal|try|wicket|hole|over))"
                           r"(?=\s+[a-z])")
# a scoreline before the head ("a miserable 27-24 loss", "a dismal 0-3 home defeat"): the
# result of a game, so "loss" too names the contest there (not "a painful loss of jobs")
_SCORELINE = LazyRegex(r"\s+\d{1,3}[-–]\d{1,3}(?:\s+(?:home|away))?(?=\s+[a-z])")
_RESULT_NOUNS = frozenset(("loss", "defeat", "win", "victory", "draw", "thrashing", "rout", "reverse"))


def contest_verdict(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """Round 170: an ``emotive`` or ``judgement`` adjective before a contest noun, after an
    article or a determiner, maybe through a year or a place in the contest ("a savage
    seventh-round stoppage", "the heartbreaking 2019 decider"): the writer's verdict on the
    event. Not denied or supposed; not a material ("wooden"); only with a determiner before
    it (a headline's "Savage defeat" has its own reading)."""
    if _CRITIC_DENIED.search(text, max(lo, start - 40), start) or _SUPPOSED_CLAUSE.search(text, max(lo, start - 80), start):
        return None
    if not _DETERMINER_BEFORE.search(text, max(lo, start - 8), start):
        return None
    at = end
    score = _SCORELINE.match(text, at, hi)
    if score is not None:
        m = _CONTEST_HEAD.match(text, score.end(), hi)
        if m is not None and m.group(1) in _RESULT_NOUNS:
            return Evidence("contest", Effect.EVALUATIVE, f"a verdict on the result '{m.group(1)}'")
        return None
    place = _CONTEST_PLACE.match(text, at, hi)
    if place is not None:
        at = place.end()
    m = _CONTEST_HEAD.match(text, at, hi)
    if m is None or m.group(1) not in _contest_nouns() or m.group(1) in _everyday_contests():
        return None
    return Evidence("contest", Effect.EVALUATIVE, f"a verdict on the contest '{m.group(1)}'")


@lru_cache(maxsize=1)
def _everyday_contests() -> frozenset[str]:
    """The forms of ``loaded/everyday-contest-nouns`` (round 170's list, a word class since review
    140): contest nouns with an everyday sense beside the sporting one ("a scandalous affair", "a
    violent encounter with officers", "a dramatic showdown with the unions"), which the contest
    verdict does not read (the critic reads them on a work or a match only)."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/everyday-contest-nouns")


_DETERMINER_BEFORE = LazyRegex(r"(?<![\w'’-])(?i:a|an|the|that|this|their|its|his|her)\s+$")


def critic_verdict(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """Round 130: a critic's adjective judging a work: the closing predicate of a work noun
    subject, or the adjective before a work noun. Not denied, not supposed."""
    if _CRITIC_DENIED.search(text, max(lo, start - 40), start) or _SUPPOSED_CLAUSE.search(text, max(lo, start - 80), start):
        return None
    m = _ROLE_HEAD.match(text, end, hi) or _CRITIC_HEAD.match(text, end, hi)
    if m is not None and _work_noun(m.group(1)):
        return Evidence("critic", Effect.EVALUATIVE, f"a critic's verdict on the work '{m.group(1)}'")
    material = text[start:end].lower() in _MATERIAL
    m = None if material else _CONTEST_HEAD.match(text, end, hi)
    if m is not None and m.group(1) in _contest_nouns():  # round 132: "a gutsy display"
        return Evidence("critic", Effect.EVALUATIVE, f"a critic's verdict on the '{m.group(1)}'")
    if not material and _SCORE_ARTICLE.search(text, max(lo, start - 4), start):
        if _SCORE_HEAD.match(text, end, hi):  # round 168: "an imperious 81 from the opener"
            return Evidence("critic", Effect.EVALUATIVE, "a critic's verdict on a score")
        m = _NAME_THEN_HEAD.match(text, end, hi)
        if m is not None and m.group(1) in _contest_nouns():  # round 168: "a dour Aviva arm-wrestle"
            return Evidence("critic", Effect.EVALUATIVE, f"a critic's verdict on the '{m.group(1)}'")
    if not (_VERDICT_END.match(text, end) or _CRITIC_WITH.match(text, end)):
        return None
    m = _CRITIC_SUBJECT.search(text, max(lo, start - 100), start)
    if m is None or not (_work_noun(m.group(1).lower()) or (
            not material and m.group(1).lower() in _contest_nouns())):
        return None
    what = "the work" if _work_noun(m.group(1).lower()) else "the"
    return Evidence("critic", Effect.EVALUATIVE, f"a critic's verdict on {what} '{m.group(1)}'")
