"""EVALUATIVE evidence: the use passes a verdict on what it stands by.

Before a person, an act or an event ("a shameful attack"), as a predicate ("the decision was
shameful"), intensified, exclaimed, a superlative's praise, a reaction's manner, a sentence
adverb of the writer's ("Sadly, the plan failed"); and what undoes it: a denied predicate,
a related-articles link, a negation, a pair of manner adverbs ("quickly and brutally").
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
    words_before,
)
from lintnews.builtin.loaded.evidence.names import SENTENCE_LEAD
from lintnews.builtin.loaded.evidence.partitive import partitive
from lintnews.builtin.loaded.evidence.weather import weather_nouns
from lintnews.util.lazyregex import LazyRegex

# -- EVALUATIVE ----------------------------------------------------------------------------

_COORDINATED_AFTER = LazyRegex(r"\s*(?:,|(?:and|or|nor)\b)", re.IGNORECASE)
# A preposition right after the word: no noun follows it to be judged (round 27, round 26's
# check: "a major offensive against government forces" is the noun, "offensive to many" a
# predicate; the head after the preposition is its object, not the word's)
_PREPOSITIONS = frozenset((
    "against", "on", "in", "at", "to", "for", "from", "into", "onto", "over", "under", "with", "by",
    "of", "about", "across", "through", "toward", "towards", "along", "around", "behind", "amid",
    "within", "without", "between", "among", "upon", "via", "during",
))


def attributive(text: str, end: int, hi: int, praise: bool = False) -> Evidence | None:
    """Before a person, act or event: "a reckless plan", "the disgraceful remarks"; for
    praise (``praise``), also before a product, place or work: "a stunning design"."""
    c = classes()
    nxt = NEXT_WORD.match(text, end, hi)
    if nxt is not None and nxt.group(1)[:1].isupper():
        return None  # a capitalised noun: a name or a title ("Ultimate Collector Series")
    for i, w in enumerate(next_words(text, end, hi, 2, skip_determiners=False)):
        if w in c.judged or (praise and w in c.praised):
            return Evidence("attributive", Effect.EVALUATIVE, f"judges '{w}'")
        if i == 0 and (w in c.literal or w in DETERMINERS or w in _PREPOSITIONS or (
                nxt is not None and _COORDINATED_AFTER.match(text, nxt.end(1)))):
            break  # (round 18: "luxury bags or parties": the head is "bags", not the second conjunct)
    if (e := partitive(text, end, hi)) is not None:  # round 161: "a reckless round of cuts"
        return e
    head = None if _PARTICIPLE_BEFORE.search(text, max(0, end - 40), end) else modified_head(text, end, hi)
    if head is not None:  # round 157: "a shameless newly announced housing plan"
        return Evidence("attributive", Effect.EVALUATIVE, f"judges '{head}' (through its modifiers)")
    return None


# Round 157: the noun phrase read through its premodifiers (Quirk et al., A Comprehensive
# Grammar of the English Language, 17.101-17.119: participles, compounds and nouns before the
# head). Words joined by blanks only, in lower case (a capital is a name or a title, a quote
# mark or other punctuation ends the phrase); a comma only right after the adjective (its
# coordinate: "a shameless, carefully timed plan").
# ... not after a participle adjective ("the beleaguered council tax scheme", "an embattled
# city housing board"): what was done to the head, a state it is in, not the writer's verdict
# on it (round 69's lookalikes of a label)
_PARTICIPLE_BEFORE = LazyRegex(r"[a-z]ed$", re.IGNORECASE)
_NP_WORD = LazyRegex(r"[ \t]+([a-z][a-z'’-]*)\b(?![-'’])")
_FIRST_GAP = LazyRegex(r",(?=[ \t])")
_MAX_MODIFIERS = 3


def modified_head(text: str, end: int, hi: int) -> str | None:
    """The judged head (``loaded/judged-nouns``: a person, act, event, statement) after up to
    three premodifiers: "a shameless last-minute election promise", "the cynical newly
    announced housing plan", "a reckless so-called reform". Each modifier is a hyphenated
    compound, a participle, an -ly adverb or a noun used as a modifier; not a literal or weather
    noun ("a brutal two-week heatwave": the head is the weather, and no judged noun), a
    function word, a plural (a plural ends its own phrase: "shocking footage shows police"), an
    -ing form after a plain word (a reduced relative: "a video showing the attack"; after a
    participle or a compound it is a noun, "a newly announced housing plan"). The head
    ends its phrase: punctuation, a function word or the end follows it, not another
    lower-case word ("a cruel campaign plan": the plan may still be the head, but "a bitter
    winter attack dog" is a dog)."""
    c = classes()
    pos = end
    if (m := _FIRST_GAP.match(text, pos, hi)) is not None:
        pos = m.end()
    modifiers: list[str] = []
    while len(modifiers) <= _MAX_MODIFIERS:
        m = _NP_WORD.match(text, pos, hi)
        if m is None:
            return None
        w = m.group(1).lower()
        pos = m.end()
        if w in c.judged and modifiers:
            return w if _ends_phrase(text, pos, hi) else None
        if not _premodifier(w, modifiers[-1] if modifiers else None):
            return None
        modifiers.append(w)
    return None


def _premodifier(w: str, before: str | None) -> bool:
    """A word that can stand between an adjective and its head (see :func:`modified_head`),
    after the modifier ``before`` (None: right after the adjective)."""
    c = classes()
    if w in DETERMINERS or w in _PREPOSITIONS or w in _NOT_HEADS or w in FUNCTION_WORDS \
            or w in c.literal or w in weather_nouns() or w in c.judged:
        return False
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and "-" not in w:
        return False  # a plural heads its own phrase
    plain_before = before is not None and "-" not in before and not before.endswith(("ed", "en", "ly"))
    return not (plain_before and w.endswith("ing") and "-" not in w)  # ("a newly announced housing plan")


def _ends_phrase(text: str, pos: int, hi: int) -> bool:
    """Nothing but punctuation, a function word or a determiner follows the head."""
    m = _NP_WORD.match(text, pos, hi)
    if m is None:
        return True
    w = m.group(1).lower()
    return w in FUNCTION_WORDS or w in DETERMINERS


_DIGIT = re.compile(r"[\d$£€%]")
# Non-gradable ("absolute") adjectives (Quirk et al., A Comprehensive Grammar of the English
# Language, 7.38): before a noun they classify ("the ultimate goal", "an ideal customer", "a
# perfect match", "unique angles", "premium costs") rather than praise; they praise only graded
# or intensified ("truly unique", "the most perfect"), which the other cues read.
ABSOLUTE_ADJECTIVES = frozenset(("ultimate", "ideal", "perfect", "unique", "supreme", "absolute", "complete",
                                 "total", "final", "optimal", "premium", "luxury"))
# Words that cannot head the noun phrase after an attributive adjective
_NOT_HEADS = frozenset("and or but nor is was are were be been has have had will would can could should may "
                       "might must do does did not than that which who as so".split())
_OPENERS = frozenset(("and", "its", "their", "his", "her", "our", "your", "my"))


def praised_thing(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """Praise before a thing of any kind (round 71): "the studio's innovative artworks", "made
    with impressive colors", "the clever use of technology". Puffery before a common noun in
    the writer's voice is praise whatever the noun, not only before the products, places and
    works of ``loaded/praised-nouns``. Not a non-gradable adjective (:data:`ABSOLUTE_ADJECTIVES`),
    a checkable prize ("an award-winning magazine": GUIDELINES.md's checkable description),
    an adverb or a participle ("acclaimed author": others' acclaim, reported, as the rapture
    cue reads it; an -ing form before a bare plural, "inspiring teachers", may be a verb and
    its object), a capitalised word inside a sentence (a name: "Lovely said"); the word opens
    its noun phrase (a determiner, a possessive, a preposition, or the sentence start before
    it) and a lower-case noun follows it at once (not a number, a name, a determiner, a
    preposition, a literal or weather noun, a participle: "a landmark seen from the road" is
    the noun, "brilliant sunshine" the weather)."""
    word = text[start:end]
    if word.lower() in ABSOLUTE_ADJECTIVES or word.endswith(("ly", "-winning")) or (
            word.endswith("ed") and not graded_participle(word)) or (
            word[:1].isupper() and text[lo:start].strip(" \t\"“‘'(")):
        return None
    c = classes()
    nxt = NEXT_WORD.match(text, end, hi)
    if nxt is None or nxt.group(1)[:1].isupper() or _DIGIT.match(nxt.group(1)) or text[end:nxt.start(1)].strip():
        return None  # a name or a title ("Brilliant Minds"), a number ("an impressive 45 per cent")
    w = nxt.group(1).lower()
    if w in DETERMINERS or w in _PREPOSITIONS or w in _NOT_HEADS or w in c.literal or w.endswith("ly") \
            or _participle(w) or w in weather_nouns() or (word.endswith("ing") and w.endswith("s")):
        return None  # (an -ing form before a bare plural may be a verb and its object)
    before = words_before(text, lo, start)
    if before and not (before[-1] in DETERMINERS or before[-1] in _PREPOSITIONS or before[-1] in _OPENERS
                       or before[-1].endswith(("'s", "’s"))):
        return None
    return Evidence("attributive", Effect.EVALUATIVE, f"praises '{w}'")


# Degree adverbs that open an adverb + participle compound: "much-loved", "well-loved",
# "ever-admired" grade the participle; the compound is the writer's degree of the feeling, not
# a prize or an acclaim reported ("acclaimed author")
_DEGREE_COMPOUND_HEADS = ("much-", "well-", "ever-", "oft-", "dearly-")


def graded_participle(word: str) -> bool:
    """A participle compound opened by a degree adverb (round 123): "The much-loved festival",
    "a well-loved café". Not a bare participle ("acclaimed", "celebrated": others' acclaim, which
    :func:`praised_thing` leaves alone) and not another compound ("award-winning")."""
    w = word.lower()
    return w.endswith("ed") and w.startswith(_DEGREE_COMPOUND_HEADS) and w.count("-") == 1


def parasynthetic(word: str) -> bool:
    """An adjective + noun + "-ed" compound (round 126; Quirk et al., A Comprehensive Grammar
    of the English Language, I.46, the "parasynthetic" compounds): "short-sighted",
    "cold-blooded", "heavy-handed". No verb "short-sight" is behind it, so after a copula it is
    no passive and no participle, but an adjective like any other. Not a degree adverb's
    participle (:func:`graded_participle`), an -ly adverb's ("widely-read") or a reflexive's
    ("self-declared"), which are participles of verbs."""
    w = word.lower()
    if not w.endswith("ed") or w.count("-") != 1 or graded_participle(w):
        return False
    first = w.split("-", 1)[0]
    return len(first) > 2 and not first.endswith("ly") and first != "self"


# Irregular past participles (Quirk et al., Appendix I, the irregular verbs): after a noun use of
# the word they open a reduced relative ("a landmark seen from the motorway"), no head noun
_IRREGULAR_PARTICIPLES = frozenset("seen known shown given taken driven written chosen spoken broken hidden "
                                   "beaten eaten fallen grown thrown drawn worn born done gone built held "
                                   "made left kept found brought".split())


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


_OBJECT_AFTER = LazyRegex(r"\s+(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me|this|these|those)\b", re.IGNORECASE)


def verb_use(text: str, end: int, word: str) -> bool:
    """Is a participle used as a verb with an object here ("so delighted his friends",
    "troubling the board")? Then it is no adjective, and no adjective cue applies."""
    return word.endswith(("ed", "ing")) and _OBJECT_AFTER.match(text, end) is not None


_PREDICATE_END = re.compile(r"\s*(?:[.,;:!?)\"”—–]|$|\s(?:and|but|for|to)\b)")
# Round 122: a noun predicate goes on with its "of" complement ("the result is a triumph of
# patience", "it was a travesty of justice"): the verdict noun still heads the predicate
# (round 133: or a "by" of the time or measure it is judged by, "the story is a slog by the
# halfway point", "it was a triumph by any measure")
# (round 165: or a phrase of the time it held over, "the case has been a circus from the start",
# "the road is a nightmare on match days", "the meeting was a circus at times")
_NOUN_PREDICATE_OF = LazyRegex(
    r"\s+(?:of|by)\s|\s+from\s+(?:the\s+)?(?:start|outset|beginning|first)\b|\s+at\s+times\b"
    r"|\s+on\s+(?:[a-z]+\s+)?(?:days|nights|weekends|evenings|mornings)\b")
# Round 165: the resulting copula "turn into" (Quirk et al. 16.21: "become", "turn into"): "the
# meeting turned into a circus", "the city has turned into a gas chamber"
_TURNED = frozenset(("turned", "turn", "turns", "turning", "descended", "degenerated", "devolved"))
# (review 137: not the passive, "the car park was turned into a circus for the weekend": someone
# converted a thing into another, a fact of use, not the resulting copula's verdict)
_PASSIVE_AUX = frozenset(("be", "been", "being", "is", "are", "was", "were", "get", "gets", "got", "getting"))


def _resulting_copula(before: list[str], into: int) -> bool:
    """Is ``before[into]`` ("into") the resulting copula's ("the meeting turned into a circus",
    round 165), not the passive of a conversion ("the hall was turned into a circus for the
    weekend")? The passive tells what someone made of a thing (a warehouse into flats, a
    car park into a big top), so the noun after it is the thing made, literal as often as not."""
    if into < 1 or before[into - 1] not in _TURNED:
        return False
    return not (into >= 2 and before[into - 2] in _PASSIVE_AUX)


_PREDICATE_FILLERS = frozenset(("a", "an", "utter", "complete", "total", "more", "less"))
# Round 133: a stance or focus adverb between the copula and the article of a noun predicate
# ("the mission is undoubtedly a triumph", "the custard is, frankly, a sticky mess", "it is
# simply a chore"): the writer asserts the verdict all the more. Not a hedge ("perhaps",
# "arguably", "possibly": the writer holds the verdict back), nor a focus or time adverb ("is
# also a cover-up", "is now a mess": ptc-dev's one false alarm in the first run, unmarked there).
_PREDICATE_STANCE = frozenset(("undoubtedly", "undeniably", "unquestionably", "certainly", "clearly",
                               "frankly", "honestly", "simply", "truly", "really", "genuinely",
                               "surely", "ultimately", "essentially", "basically", "quite",
                               "altogether"))
# A predicate the writer does not assert: denied ("was not a mess", "is never absurd") or
# supposed ("if it is a sham", "whether the plan is reckless").
_DENIED = frozenset(("not", "never", "no", "hardly", "scarcely", "n't", "isn't", "wasn't", "aren't",
                     "weren't", "isn’t", "wasn’t", "aren’t", "weren’t"))
_SUPPOSED = LazyRegex(r"\b(?:if|whether|unless|suppose|supposing)\b[^,;:.!?]*$", re.IGNORECASE)


# The verbs of a reaction to a charge or a question (round 20: "responded furiously", "fiercely
# denies"): a manner adverb on them dramatises how someone took it, in the writer's voice.
_REACTION = (r"(?:respond|react|den(?:y|ies|ied|ying)|reject|retort|rebut|protest|object|dismiss|"
             r"hit(?:s|ting)?\s+back|lash(?:es|ed|ing)?\s+out)(?:s|ed|ing)?")
_REACTION_AFTER = LazyRegex(rf"\s+{_REACTION}\b", re.IGNORECASE)
_REACTION_BEFORE = LazyRegex(rf"(?<![\w-]){_REACTION}\s+$", re.IGNORECASE)


# Adverbs of a feeling's manner, not of degree ("totally", "utterly" measure how far)
_MANNER_OF_FEELING = frozenset(("furiously", "fiercely", "bitterly", "violently", "vehemently", "angrily",
                                "indignantly", "hotly", "heatedly"))


def reaction_manner(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """An intensifying adverb of manner right before or after a verb of reaction ("the minister
    responded furiously", "he fiercely denies the charges"): the writer's colour on the
    reaction, not a measure (as "fiercely contested" or "bitterly cold" may be)."""
    if word.lower() not in _MANNER_OF_FEELING:
        return None  # (a degree adverb measures: "totally denied" is a full denial)
    if _REACTION_AFTER.match(text, end) or _REACTION_BEFORE.search(text, max(lo, start - 24), start):
        return Evidence("reaction", Effect.EVALUATIVE, "a manner adverb on a reaction")
    return None


# Round 122: a verdict adjective before a general noun closing a predicate (Halliday & Hasan,
# Cohesion in English 6.4: "stuff", "thing", "affair" carry no content of their own, so the
# adjective is the whole predicate): "It is gripping stuff", "the second half was dismal fare".
_GENERAL_NOUN_END = LazyRegex(r"\s+(?:stuff|fare|viewing|reading|listening|affair|business)"
                              r"\s*(?:[.,;:!?)\"”—–]|$|\s(?:and|but|for)\b)")


def general_noun_verdict(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """An adjective between a copula and a general noun that ends the predicate: "It is
    gripping stuff.", "This was grim viewing." Not a denied or supposed one."""
    if _GENERAL_NOUN_END.match(text, end) is None:
        return None
    c = classes()
    for prev in reversed(words_before(text, lo, start)):
        if prev in _DENIED:
            return None
        if prev in c.copulas:
            if _SUPPOSED.search(text, max(lo, start - 80), start):
                return None
            return Evidence("predicative", Effect.EVALUATIVE, f"a verdict on a general noun after '{prev}'")
        if prev not in c.intensifiers and prev not in _PREDICATE_FILLERS:
            return None
    return None


def predicative(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """A verdict in the predicate: "the response was tepid.", "it was a mess", "this is
    absurd and". Not a denied one ("it was not a mess") nor a supposed one ("if it is a
    sham"): the writer asserts neither."""
    c = classes()
    article = False
    before = words_before(text, lo, start)
    for i in range(len(before) - 1, -1, -1):
        prev = before[i]
        if prev in _DENIED:
            return None
        if _series_determiner(before, i):
            article = True  # round 144: "is the latest humiliation for", "is yet another fiasco"
            continue
        if prev in c.copulas or (article and prev == "into" and _resulting_copula(before, i)):
            if _SUPPOSED.search(text, max(lo, start - 80), start):
                return None
            if article and (prev in ("it's", "it’s") or (i >= 1 and before[i - 1] == "it")) \
                    and extraposed_clause(text, end):
                return Evidence("predicative", Effect.EVALUATIVE, f"a verdict on the clause after 'it {prev} a ...'")
            if not (_PREDICATE_END.match(text, end) or (article and _NOUN_PREDICATE_OF.match(text, end))):
                return None
            return Evidence("predicative", Effect.EVALUATIVE, f"a verdict after '{prev}'")
        if article and prev in _PREDICATE_STANCE:
            continue  # round 133: "is undoubtedly a triumph"
        article = article or prev in ("a", "an")
        if prev not in c.intensifiers and prev not in _PREDICATE_FILLERS:
            return None
    m = _PARENTHETICAL_STANCE.search(text, max(lo, start - 60), start) if article else \
        _PARENTHETICAL_BARE.search(text, max(lo, start - 40), start)
    if m is not None and m.group(1).lower() in c.copulas and _NOUN_PREDICATE_END.match(text, end) \
            and not _SUPPOSED.search(text, max(lo, start - 80), start):
        # round 133: the stance set off by commas ("the custard is, frankly, a mess.")
        return Evidence("predicative", Effect.EVALUATIVE, f"a verdict after '{m.group(1)}'")
    return None


# Round 160: the noun predicate of a dummy "it" whose subject is the clause after "that" (Quirk
# et al. 18.33, extraposition: "It is a scandal that children are growing up in hotel rooms"):
# the noun is the writer's verdict on what the clause says. Not a relative clause on the noun
# ("it was a scandal that rocked the club", "a scandal that should never have happened"): there
# a verb, an auxiliary or an adverb follows "that" at once, where extraposition puts a subject.
_THAT_NEXT = LazyRegex(r"[ \t]+that[ \t]+([A-Za-z][\w'’-]*)")
_NOT_SUBJECT = frozenset(
    "is are was were be been has have had will would could should can may might must shall do does did "
    "not never also still just".split())


def extraposed_clause(text: str, end: int) -> bool:
    """Is ``text[end:]`` a "that" clause with a subject of its own (not a relative clause)?"""
    m = _THAT_NEXT.match(text, end)
    if m is None:
        return False
    nxt = m.group(1).lower()
    if nxt in _NOT_SUBJECT or nxt.endswith("ly"):
        return False
    from lintnews.language.finite import finite_forms

    forms = finite_forms()
    return not (nxt in forms.past or (nxt in forms.present and nxt not in forms.plural_nouns))


# Round 144: a determiner of a series before a noun predicate ("the latest", "yet another",
# "another"): the noun heads the predicate as after "a" ("The closure is the latest
# humiliation for the bridge"); the writer adds the verdict to a run of them.
# Review 125: "the newest" is "the latest" ("is the newest humiliation for"), and "one more" is
# "another" ("is one more humiliation for"): the same series, by its other words.
_SERIES_AFTER_THE = frozenset(("latest", "newest"))


def _series_determiner(before: list[str], i: int) -> bool:
    w = before[i]
    nxt = before[i + 1] if i + 1 < len(before) else ""
    if w in _SERIES_AFTER_THE:
        return i > 0 and before[i - 1] == "the"
    if w == "the":
        return nxt in _SERIES_AFTER_THE
    if w == "another":
        return True
    if w == "more":
        return i > 0 and before[i - 1] == "one"
    if w == "one":
        return nxt == "more"
    return w == "yet" and nxt == "another"


_PARENTHETICAL_STANCE = LazyRegex(r"(?<![\w'’-])([A-Za-z]+)\s*,\s*(?:" + "|".join(sorted(_PREDICATE_STANCE))
                                  + r")\s*,\s*(?:an?)\s+(?:[a-z-]+\s+)?$")
# Round 165: the bare noun right after the stance ("the volunteers are, quite simply, heroes.",
# "it is, frankly, overkill."): a plural or a mass noun heads the predicate with no article
_PARENTHETICAL_BARE = LazyRegex(r"(?<![\w'’-])([A-Za-z]+)\s*,\s*(?:quite\s+)?(?:bluntly|" + "|".join(sorted(_PREDICATE_STANCE))
                                + r")\s*,\s*$")
_NOUN_PREDICATE_END = LazyRegex(r"\s*(?:[.;:!?)\"”—–]|$)|\s+of\s")


# Round 129: one quality adjective between the article and a verdict noun closing the predicate
# ("It is a quiet triumph.", "the ending was a sorry mess"): the adjective grades the verdict,
# the writer still passes it. Only a quality (WordNet's, :mod:`.quality_data`): a classifying
# adjective names a kind of thing ("it was a political triumph", "an economic mess"), a modal one
# doubts it ("a possible scam"), a two-word WordNet noun is a name ("a white lie").
_QUALITY_BEFORE = LazyRegex(r"(?<![\w'’-])(?:[Aa]|[Aa]n)\s+([a-z][a-z-]*)\s+$")


def qualified_predicative(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """A verdict noun after a copula, an article and one quality adjective ("It is a quiet
    triumph."): :func:`predicative` read from the adjective."""
    from lintnews.builtin.loaded.evidence.quality_data import QUALITY_ADJECTIVES, QUALITY_COMPOUNDS

    m = _QUALITY_BEFORE.search(text, max(lo, start - 40), start)
    if m is None:
        return None
    adjective = m.group(1)
    # round 133: a hyphenated compound graded by a quality ("a slow-burning triumph", "a
    # long-winded slog"): its first part a quality adjective, its last a word
    parts = adjective.split("-")
    graded = adjective in QUALITY_ADJECTIVES or (
        len(parts) == 2 and parts[0] in QUALITY_ADJECTIVES and parts[1].isalpha() and len(parts[1]) > 2)
    if not graded or f"{adjective} {word.lower()}" in QUALITY_COMPOUNDS:
        return None
    if predicative(text, m.start(1), end, lo) is None:
        return None
    return Evidence("predicative", Effect.EVALUATIVE, f"a verdict graded by '{adjective}' after a copula")


# Round 143: a praise noun heading the writer's predicate, its verdict not closed off by the
# noun: graded by a chain of adjectives ("It is a joyous, toe-tapping triumph.") or by a
# participial compound ("The play is a heart-stopping triumph."), or carried on by a relative
# clause that describes it further ("It is a gem that needs polish", "Ma is a gifted genius
# whose dishes ..."). A relative clause restricts the noun, it does not take the verdict back
# (Quirk et al. 17.3: the head keeps its sense; only the copula's subject is identified by it).
# Each modifier a quality (round 129's WordNet class), a quality-first compound or a compound
# ending in a participle ("toe-tapping", "slow-burning"); the chain joined by commas or "and".
_PRAISE_CHAIN_BEFORE = LazyRegex(
    r"(?<![\w'’-])(?:[Aa]|[Aa]n)\s+((?:[a-z][a-z-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,3}[a-z][a-z-]*)\s+$")
_PRAISE_RELATIVE_AFTER = LazyRegex(r"\s+(?:that|whose|which|who)\s+(?!(?:is|was|are|were)\s+(?:not|never)\b)[a-z]")
_PRAISE_CHAIN_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


# The adjectives that say whether or when the praise applies, not what kind it is (Quirk et
# al. 7.41: a would-be genius is none yet): they leave it to the future or to others
_PRAISE_MODAL = frozenset(("former", "would-be", "possible", "potential", "supposed", "alleged", "apparent",
                           "so-called", "self-styled", "self-proclaimed", "unlikely", "accidental", "future",
                           "reluctant", "unsung", "budding", "aspiring", "erstwhile"))


def _classifier(word: str) -> bool:
    """A classifying adjective before a praise noun that a relative clause goes on to describe
    ("a culinary genius whose", "a local hero who"): the field of the praise, not a doubt of it."""
    return word.isalpha() and not word.endswith("ed") and word not in _PRAISE_MODAL and len(word) > 3


def _praise_modifier(word: str, qualities: frozenset[str]) -> bool:
    if word in qualities:
        return True
    parts = word.split("-")
    if len(parts) != 2 or not all(p.isalpha() and len(p) > 2 for p in parts):
        return False
    return parts[0] in qualities or (parts[1].endswith("ing") and len(parts[1]) > 5)


def praise_noun_predicate(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """A praise noun after a copula and an article, graded by a chain of qualities or a
    participial compound, or followed by a relative clause: "It is a joyous, toe-tapping
    triumph.", "it is a gem that needs more polish." Not denied, not supposed, not in a
    modal or tentative frame the copula check of :func:`predicative` leaves out."""
    from lintnews.builtin.loaded.evidence.quality_data import QUALITY_ADJECTIVES

    relative = _PRAISE_RELATIVE_AFTER.match(text, end) is not None
    if not relative and _PREDICATE_END.match(text, end) is None:
        return None
    m = _PRAISE_CHAIN_BEFORE.search(text, max(lo, start - 60), start)
    if m is not None:
        mods = [w for w in _PRAISE_CHAIN_SPLIT.split(m.group(1)) if w]
        if not all(_praise_modifier(w, QUALITY_ADJECTIVES) for w in mods) and not (
                relative and len(mods) == 1 and _classifier(mods[0])):
            return None
        if not relative and len(mods) < 2 and not ("-" in mods[0] and mods[0].split("-")[1].endswith("ing")):
            return None  # one quality closing the predicate: round 129's
        at = m.start()
    elif relative:
        at = start  # the bare noun: "it is a gem that needs"
    else:
        return None
    c = classes()
    befores = list(reversed(words_before(text, lo, at)))
    if m is None:
        if not befores or befores[0] not in ("a", "an"):
            return None
        befores = befores[1:]
    for prev in befores:
        if prev in _DENIED:
            return None
        if prev in c.copulas:
            if _SUPPOSED.search(text, max(lo, start - 80), start):
                return None
            how = "followed by a relative clause" if relative else "graded by a chain of qualities"
            return Evidence("predicative", Effect.EVALUATIVE, f"a praise noun after '{prev}', {how}")
        if prev not in _PREDICATE_STANCE:
            return None
    return None


# Round 62: a reviewer's rapture, praise closing a predicate ("when it works it is thrilling.",
# "the dessert was divine, the coffee less so"): a copula right before the word (or before a
# degree adverb and the word), nothing after it but the clause's end. Not a participle ("the
# film was acclaimed": a passive reports others' praise), not a noun use after an article
# ("is an ideal"), not a word with a complement ("it was noble to stand up", "valiant to
# proceed": the predicate goes on), not a capitalised title word ("How He Is Charming"), not a
# supposed one ("if the deal is perfect,").
# (Round 160: the perfect too, "her rise has been remarkable:", but not after a modal, "could
# have been remarkable" being no verdict given.)
_RAPTURE_COPULA = LazyRegex(
    r"(?<![\w'’-])(?:is|are|was|were|['’]s|seems?|seemed|looks?|looked|remains?|remained|proved|became|"
    r"(?<!would\s)(?<!could\s)(?<!might\s)(?<!should\s)(?<!must\s)(?<!may\s)(?:has|have|had)\s+been)\s+"
    r"(?:(?:so|truly|really|simply|just|utterly|absolutely|quite|positively|genuinely|honestly)\s+)?$",
    re.IGNORECASE,
)
# Round 77: a later adjective of a list of predicate praise ("she is tireless, inspirational
# and hard to refuse", "the staging was bold and gorgeous."): the copula, then one to three bare
# lower-case words each closed by a comma or "and" (not a negator, an article or a participle:
# "was not cheap, or", "was beaten, humiliated" may be a passive)
_RAPTURE_LIST = LazyRegex(
    r"(?<![\w'’-])(?:is|are|was|were|seems?|seemed|looks?|looked|remains?|remained|proved|became)\s+"
    r"(?:(?!(?:not|never|no|a|an|the|so|as|that|to)\b)[a-z][a-z-]*(?<!ed)(?:,\s+(?:and\s+)?|\s+and\s+)){1,3}$"
)
# (round 166: or a comparison the verdict is made against, "at that price it is a steal
# compared with the flagship", "is a bargain next to its rivals": Quirk et al. 15.62, a
# participle clause of comparison; the praise still closes the predicate)
_RAPTURE_END = LazyRegex(r"\s*(?:[.!;:—–)]|,\s+(?!(?:as|that|which|who|if|because)\b)|$|\s(?:and|but)(?:\s+(?!to\b)|,)"
                         r"|\s(?:compared\s+(?:with|to)|next\s+to|by\s+comparison)\b)")


def rapture(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """Praise closing a predicate: the reviewer's or booster's verdict, not a description."""
    if word.endswith("ed") or not text[start:start + 1].islower():
        return None
    if _RAPTURE_END.match(text, end) is None:
        return None
    if _RAPTURE_COPULA.search(text, max(lo, start - 40), start) is None and (
            (text.find(",", max(lo, start - 60), start) < 0 and text.find(" and ", max(lo, start - 60), start) < 0)
            or _RAPTURE_LIST.search(text, max(lo, start - 80), start) is None):
        return None
    if _SUPPOSED.search(text, max(lo, start - 80), start):
        return None  # "if his contrition is perfect,": the writer asserts nothing
    if _DENIED_COPULA_BEFORE.search(text, max(lo, start - 40), start) is not None:
        return None
    return Evidence("rapture", Effect.EVALUATIVE, "praise closing a predicate")


# A predicate denied by its copula (round 24; the tuned check: "the request for resignations
# wasn't shocking; it is customary"): the writer says the thing is not so, and gives no verdict.
# Only the copula and its negator right before the word: "if not laughable", "not only
# shocking" keep theirs (round 21 measured the wider denial on emotive words: BABE and ptc-dev
# hits lost).
_DENIED_COPULA_BEFORE = LazyRegex(
    r"(?<![\w-])(?:(?:is|are|was|were|be|been|seem|seems|seemed)\s+(?:not|never)|isn['’]t|aren['’]t|wasn['’]t|"
    r"weren['’]t)\s+(?:(?:at\s+all|particularly|especially|really|that|so|too|very)\s+)?$",
    re.IGNORECASE,
)


# What ends a denied predicate adjective: a stop, a conjunction or a preposition, not its noun
# (its own name: it once shadowed the older, narrower ``_PREDICATE_END`` above) ("this
# wasn't empty rhetoric", "it was not stingy policies that": a noun phrase, denied as a whole,
# whose adjective keeps its verdict; a ptc-dev and a BABE hit)
_DENIED_PREDICATE_END = LazyRegex(
    r"\s*(?:[,.;:!?)\"”’]|$|(?:and|or|but|to|for|as|because|since|given|in|at|by|with|about|if|when)\b)",
    re.IGNORECASE)


def denied_predicate(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """The word is a predicate its copula denies ("wasn't shocking", "is not particularly
    dangerous to"): no verdict given."""
    if _DENIED_PREDICATE_END.match(text, end) is None:
        return None
    m = _DENIED_COPULA_BEFORE.search(text, max(lo, start - 40), start)
    return Evidence("denied", Effect.DOUBT, "a predicate its copula denies") if m is not None else None


# A related story's headline pasted into the copy ("READ MORE: A city's slow descent into chaos",
# "WATCH: An ominous start"; round 24, the tuned check): another article's title, not this
# writer's sentence. The title runs to the next stop, or at most :data:`_LINK_REACH` characters
# (the page loses the line break, and the next paragraph runs on with no stop).
_RELATED_LINK = LazyRegex(r"(?:\b(?i:read\s+more|also\s+read|see\s+also|related)|\bWATCH)\s*:[^.!?\n]*$")
_LINK_REACH = 90


def related_link(text: str, start: int, lo: int) -> Evidence | None:
    """The word is in a related story's headline after "READ MORE:" or "WATCH:"."""
    at = max(lo, start - _LINK_REACH)
    if text.find(":", at, start) < 0 or _RELATED_LINK.search(text, at, start) is None:
        return None
    return Evidence("related link", Effect.DOUBT, "a related story's headline")


# After a negator, what keeps the praise or verdict given: "not only stunning", "no less
# impressive", "never more beautiful", "not just groundbreaking"; and a denied expectation,
# which the sentence then meets ("wasn't supposed to blow us away, but it did")
_STILL_GIVEN = frozenset(("only", "just", "merely", "less", "more", "least", "simply", "quite",
                          "supposed", "expected", "meant"))
# Round 124: a negative quantifier as the subject denies the predicate as "not" does ("None of
# this is glamorous" = "this is not glamorous"; Quirk et al. 10.60, clause negation by a
# negative subject): a copula right before the word, one degree word between allowed.
_NONE_OF_SUBJECT = LazyRegex(
    r"(?<![\w'’-])none\s+of\s+(?:this|that|it|these|those|them)\s+(?:is|was|are|were|will\s+be|would\s+be)"
    r"\s+(?:[a-z]+ly\s+|very\s+|so\s+|too\s+|remotely\s+)?$",
    re.IGNORECASE,
)
_DENIED_REACH = 4  # words between the negator and the word ("may not represent groundbreaking")


def denied(text: str, start: int, lo: int) -> Evidence | None:
    """The word is denied in its own clause: "may not represent groundbreaking technology",
    "no form of government is totally flawless", "his fears are by no means paranoid" (round
    21): the writer withholds the praise or the verdict, gives none. Not "not only stunning",
    "no less impressive" (:data:`_STILL_GIVEN`), nor a negator beyond a comma."""
    if _NONE_OF_SUBJECT.search(text, max(lo, start - 48), start) is not None:
        return Evidence("denied", Effect.DOUBT, "the predicate of a 'none of this' subject")
    before = words_before(text, lo, start)[-_DENIED_REACH:]
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _DENIED or before[i].endswith(("n't", "n’t")):
            after = before[i + 1] if i + 1 < len(before) else ""
            if after in _STILL_GIVEN:
                return None
            return Evidence("denied", Effect.DOUBT, f"after '{before[i]}'")
    return None


# A consequence denied (round 98: "None of this means offices are useless", "That does not
# mean the plan is reckless", "This is not to say the rollout was a fiasco"): the writer rules
# the verdict out; no clause boundary between the denial and the word
_DENIED_CONSEQUENCE = LazyRegex(
    r"(?<![\w'’-])(?:none\s+of\s+(?:this|that|it|these|those|which)\s+means?|(?:does|do|did)\s+not\s+mean|"
    r"(?:doesn|don|didn)['’]t\s+mean|(?:is|was)\s+not\s+to\s+say|(?:isn|wasn)['’]t\s+to\s+say)"
    r"\s+(?:that\s+)?[^,;:.!?—–]*$",
    re.IGNORECASE,
)


def denied_consequence(text: str, start: int, lo: int) -> Evidence | None:
    """The word is a predicate in a clause the writer denies follows ("None of this means
    offices are useless"): a copula right before it (a degree word between allowed), and a
    denied "mean" or "to say" before that clause. An attributive use keeps its verdict ("that
    does not mean the shameful affair is over")."""
    c = classes()
    before = words_before(text, lo, start)
    while before and (before[-1] in c.intensifiers or before[-1] in _PREDICATE_FILLERS):
        before.pop()
    if not before or before[-1] not in c.copulas:
        return None
    if _DENIED_CONSEQUENCE.search(text, max(lo, start - 100), start) is None:
        return None
    return Evidence("denied", Effect.DOUBT, "a predicate in a consequence the writer denies")


# A result clause after "so ... " or "such ...": "the city's wealth was so great that coins were
# preferred" (round 56): the clause states the degree by its consequence
_RESULT_AFTER = LazyRegex(r"[ \t]+(?:that|as\s+to)\b", re.IGNORECASE)


def intensified(text: str, start: int, lo: int, end: int = -1) -> Evidence | None:
    """An intensifier before an evaluative word: "truly remarkable", "so absurd", "deeply
    troubling", "such a mess". Not "so" with a result clause ("so great that coins were
    preferred"): a degree measured by what follows, not the writer's emphasis."""
    c = classes()
    before = words_before(text, lo, start)
    if before and before[-1] in ("a", "an"):
        before.pop()
    if before and before[-1] in c.intensifiers and before[-1] != "most":
        if len(before) > 1 and before[-2] in _DENIED:
            return None  # "weren't particularly remarkable": a degree denied, no verdict
        if end >= 0 and before[-1] in ("so", "such") and _RESULT_AFTER.match(text, end):
            return None
        return Evidence("intensified", Effect.EVALUATIVE, f"after '{before[-1]}'")
    return None


# What a degree adverb can grade: not a function word, a name or a number (round 78)
_GRADED = LazyRegex(r"[ \t]+([a-z][a-z'’-]*)")


def reaction_degree(text: str, start: int, end: int, lo: int, hi: int) -> Evidence | None:
    """The -ingly adverb of a participle of feeling grading the next word, in a predicate or a
    noun phrase (round 78): "is heartbreakingly slow to", "a shockingly low turnout", "were
    staggeringly expensive". The degree is given as the writer's reaction to it (Quirk et al.
    7.56: the emotive intensifiers; 8.127: the attitudinal disjuncts these adverbs also make),
    a comment a plain degree word ("very", "unusually") would not make. Read only after a
    copula or a determiner (the adverb then grades an adjective), before a lower-case word
    that is no function word; elsewhere it may be manner ("she spoke movingly of").
    Not "increasingly", "seemingly", "willingly": the judge reads only lexicon candidates."""
    word = text[start:end].lower()
    if not word.endswith("ingly"):
        return None
    before = words_before(text, lo, start)
    if not before or not (before[-1] in classes().copulas or before[-1] in DETERMINERS):
        return None
    m = _GRADED.match(text, end, hi)
    if m is None:
        return None
    w = m.group(1).lower()
    if w in DETERMINERS or w in _PREPOSITIONS or w in _NOT_HEADS:
        return None
    return Evidence("reaction degree", Effect.EVALUATIVE, f"grades '{w}' as the writer's reaction")


def exclamation(text: str, end: int, hi: int) -> Evidence | None:
    """An exclamation: "How chivalrous!" """
    if "!" in text[end:hi]:
        return Evidence("exclamation", Effect.EVALUATIVE, "the sentence is an exclamation")
    return None


# (round 91: after another superlative in a list, "our biggest, most epic update")
_SUPERLATIVE_BEFORE = LazyRegex(r"\b(?:the|its|their|his|her|our|your)\s+(?:[a-z]+est,?\s+(?:and\s+)?)?"
                                r"(?:very\s+)?(?:most|best)\s+$", re.IGNORECASE)


def superlative(text: str, start: int, lo: int, word: str, term: str) -> Evidence | None:
    """Superlative praise or blame: "the most stunning", "the finest", "the greatest"."""
    if _SUPERLATIVE_BEFORE.search(text, max(lo, start - 20), start):
        return Evidence("superlative", Effect.EVALUATIVE, "a superlative ('the most ...')")
    if word.endswith("est") and word != term and not term.endswith("est"):
        return Evidence("superlative", Effect.EVALUATIVE, f"'{word}' is a superlative")
    return None


_COMMA_AFTER = LazyRegex(r"\s*[,;:—–]")
_DASH_AFTER = LazyRegex(r"\s*(?:[—–]|-\s)")
_NO_COMMENT = frozenset(("finally", "just", "simply", "merely", "first", "last"))
# a conjunction after which an adverb still opens its clause ("But sadly, ...", "and, sadly, ...")
_OPENING_CONJUNCTIONS = frozenset(("But", "And", "but", "and", "So", "Yet", "yet"))


# An editorial adverb joined to another "-ly" adverb after its verb, closing the clause, is an
# adverb of manner (round 27, round 26's check: "help them enter the new year happily and
# safely"); not "Sadly and predictably, the talks failed", which opens the sentence, nor "has
# repeatedly and infamously made", before the verb (a babe-dev hit)
_CLAUSE_CLOSE = r"(?=\s*(?:[.,;:!?)]|\Z|\n|(?:in|on|at|for|with|to|as|after|before|until|during|every)\b))"
_MANNER_PAIR_AFTER = LazyRegex(r"\s+(?:and|or)\s+[a-z]+ly\b" + _CLAUSE_CLOSE)
_MANNER_PAIR_BEFORE = LazyRegex(r"(?<![\w-])(?<!,\s)[a-z]+ly\s+(?:and|or)\s+$")  # (not ", sadly and")
_CLOSES_CLAUSE = LazyRegex(_CLAUSE_CLOSE)


def manner_pair(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """An adverb joined by "and"/"or" to another "-ly" adverb mid-clause: how something is done
    ("happily and safely"), not the writer's comment on it."""
    lead = text[lo:start].strip(SENTENCE_LEAD)
    if not lead or lead.endswith((",", ":")):
        return None
    if _MANNER_PAIR_AFTER.match(text, end) or (_CLOSES_CLAUSE.match(text, end) and
                                                 _MANNER_PAIR_BEFORE.search(text, max(lo, start - 30), start)):
        return Evidence("manner", Effect.DOUBT, "an adverb of manner, joined to another")
    return None


def sentence_adverb(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """A sentence adverb or comment clause of the writer: "Fortunately, ...", "..., of
    course, ...", "Surely the council knew", "No doubt the plan ..."."""
    if word in _NO_COMMENT:
        return None
    lead = text[lo:start].strip(SENTENCE_LEAD)
    # (review 136: the conjunction is the lead's last word, not its last letters: "The band
    # famously played" and "Scotland sadly lost" have a subject before the adverb, no "and")
    if not lead or lead.endswith(":") or lead.rsplit(None, 1)[-1] in _OPENING_CONJUNCTIONS:
        return Evidence("sentence adverb", Effect.EVALUATIVE, "opens the sentence")
    if lead.endswith(",") and _COMMA_AFTER.match(text, end):
        return Evidence("sentence adverb", Effect.EVALUATIVE, "a comment set off by commas")
    if lead.endswith(",") and text[end : end + 1] in ".!?":
        return Evidence("sentence adverb", Effect.EVALUATIVE, "a comment closing the sentence")
    if text[lo:start].rstrip().endswith(("\u2014", "\u2013", " -")) and _DASH_AFTER.match(text, end):
        # "The council \u2014 of course \u2014 approved": a pair of dashes sets a comment off as
        # commas do (round 49's battery: the lead is stripped of dashes, so this was missed)
        return Evidence("sentence adverb", Effect.EVALUATIVE, "a comment set off by dashes")
    return None
