"""Agentless passives of reporting, cognition and evaluation verbs, and received opinion.

The construction: a past participle of a verb whose passive reports a view ("believed",
"regarded", "put", "rumoured"), with

- a verb chain of "be" in any tense, aspect or mood before it ("is", "had long been",
  "would be", "it's") - a *finite passive*; with expletive "it" as subject ("it is
  understood that") the content is the that-clause;
- or no chain, as a *reduced relative* after a noun or at a clause start ("a firm thought to
  own", ", regarded as crucial", "Long considered safe, ..."),

and the complement the verb takes in that sense (:mod:`.lexicon` classes): "to" + verb
("said to be"), "as" ("seen as"), "at" + a figure ("put at 40"), "with" ("credited with"), a
noun or adjective ("deemed unsafe"), a that-clause after expletive "it", or nothing at all
for verbs whose passive is hearsay by itself ("had been rumoured"). An agent clears it ("by
the ministry"); a vague agent does not ("considered by many", "charged by critics with").

*Received opinion* is the same verdict with a consensus or degree adverb and no verb chain:
"widely praised", "highly regarded", "well received", "long rumoured".
"""

from __future__ import annotations

import re
from functools import lru_cache

from lintnews.builtin.constructions import Bounds, Cue, senses
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import (
    BE,
    CLAUSE_MARKS,
    CONJUNCTIONS,
    CONSENSUS,
    DEFINITE,
    DEGREE,
    HAVE,
    INDEFINITE,
    MODAL,
    NUMBERISH,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIER_HEADS,
    RECEPTION_MANNER,
    SUBJECT_PRONOUNS,
    WEEKDAYS_MONTHS,
    WH,
    Token,
    counted_phrase_at,
    finite_verb,
    in_hypothetical,
    is_adverb,
    left,
    question,
    right,
    time_phrase_then_that,
)
from lintnews.document.sourcing import INSTITUTIONS
from lintnews.language.wordclasses import listed
from lintnews.util.lazyregex import LazyRegex

# after "to": words that make it a preposition, not an infinitive ("reported to police")
_NOT_INFINITIVE = frozenset(
    "the a an his her their its this that these those my our your him them me us it some any "
    "all no every each many most police authorities officials prosecutors investigators court "
    "hospital prison account date market power office court work school church bed death".split()
)
# after "by": words that make it a time, means or measure, not an agent ("by far", "by 2020")
_NOT_AGENT = frozenset(
    "far then now default design contrast comparison chance law hand mistake accident way phone "
    "email mail car train air sea road night day hour week month year percent per cent half "
    "twice".split()
) | WEEKDAYS_MONTHS  # review 126: "tipped for the Derby by Saturday", "by March": a deadline
# heads of a by-phrase that measure a vote, not an agent: "by a narrow margin", "by a majority"
_MEASURE_HEADS = frozenset("margin margins majority votes points".split())
# review 126: a fraction after "by" is how much, as "by half" is ("cut pollution by a fifth", "by
# two-thirds", "by three quarters"), unless "of" names whom it counts ("by a third of voters") or a
# complement follows it ("seen by a third as a failure")
_FRACTION = re.compile(r"(?:[a-z]+-)?(?:quarters?|thirds?|halves|(?:four|fif|six|seven|eigh|nin|ten|twelf|"
                       r"twentie|hundred|thousand)ths?)")
# after "as": "as well", "as of", "as if" are not an as-complement
_NOT_AS_COMPLEMENT = frozenset("well of if though soon long much many far follows yet".split())
# subjects that open a clause after "as" (a conjunction then, not an as-complement)
_AS_CLAUSE_SUBJECTS = frozenset("he she they we i you police officers".split())
_DEONTIC = frozenset("must should ought need shouldn't mustn't".split())
_NEED = frozenset("need needs needed".split())
_EPISTEMIC = frozenset("can could may might cannot can't couldn't".split())
# remarks the writer makes in an "it" passive with a modal of possibility: "it can be said",
# "it might be noted" offer the writer's own observation, no source hidden ("it is said" and
# "it could be argued" report or imply other people's views and stay)
_REMARKS = frozenset("said noted added observed mentioned remarked".split())
_COUNTERFACTUAL = frozenset(("would", "have"))
_NOBODY = frozenset("no nobody nothing none neither".split())
_OBJECT_PRONOUNS = frozenset("it them him her me us you this these those".split())
# infinitives that follow a reduced relative of belief or report ("a firm thought to own")
_RELATIVE_INFINITIVES = frozenset(
    "be have own control hold belong involve contain include stem originate date work live hide "
    "possess run lead head keep harbour harbor favour favor support back oppose plan want prefer "
    "suffer carry come number total cost exceed reach lie die kill know make remain stand pose "
    "earn account represent".split()
)
_VAGUE_AGENT_WORDS = QUANTIFIER_HEADS | frozenset("some many others most several numerous people".split())


# what follows "described as" in a description of a person (a police appeal, a missing person):
# looks, age and build, not a view of anyone
_LOOKS = LazyRegex(
    r"\s+(?:being\s+)?(?:(?:white|black|asian|mixed[- ]race|of\s+(?:\w+\s+)?(?:build|height|appearance)|"
    r"(?:aged|about|around|approximately|roughly)\s+\d|(?:in\s+)?(?:his|her|their)\s+(?:early\s+|late\s+|mid[- ]?)?"
    r"(?:teens|\d0s)|\d+(?:\.\d+)?[\s-]*(?:ft|feet|foot|cm|m|metres?|meters?|years?\s+old)|tall|short|stocky|slim|thin|bald|"
    r"clean[- ]shaven|wearing|having\s+(?:short|long|dark|fair|grey|blonde?|brown|black|red|ginger))(?:\b|(?<=\d)))",
    re.IGNORECASE,
)
# round 124: the grades of a patient's condition a hospital gives ("his condition was described
# as stable"): the hospital bulletin's term of art, not a view of anyone
_CONDITION_GRADE = LazyRegex(
    r"\s+(?:(?:very|quite|still|now|only|critical\s+but|serious\s+but)\s+)?(?:stable|critical|serious|"
    r"comfortable|satisfactory|fair|good|poor|grave|life[- ]threatening|not\s+life[- ]threatening)\b",
    re.IGNORECASE,
)
_COMPLEMENT_WORDS = frozenset("to as with at by".split())
# verbs of passive-vague-agent that are also deeds: they judge only with a judging agent
_ACT_VERBS = frozenset(("attack", "call"))


def _deed(part: str, head: Token) -> bool:
    """Is the passive ``part`` with an agent whose last word is ``head`` a deed ("were attacked
    by a man wielding an axe", "will be called back by a paramedic") rather than a judgement
    ("attacked by critics", "called a liar by some")? Only for verbs that are also deeds, and
    only when the agent is no one who judges (a source noun)."""
    return (lx.forms("passive-vague-agent", lx.PARTICIPLE).get(part) in _ACT_VERBS
            and head.low not in lx.forms("source-nouns", lx.NOUN))
# what comes before "most" in a superlative ranking ("the most widely read")
_SUPERLATIVE_DETERMINERS = frozenset("the its his her their our your".split())
# adjectives of blame that make "is held ..." a verdict: "is held responsible for the attacks"
_BLAME = frozenset(("responsible", "culpable"))
# after "called": a particle or an adverb of place makes it another verb ("has been called off",
# "had been called home"), not a label
_PARTICLES = frozenset("back home away out off up down in upon on over round around together forward ahead".split())


# round 132: the predicate adjectives of a reduced small clause ("the man thought responsible",
# "two crew believed missing"); a participle ending in -ed counts as well ("believed linked to")
_SMALL_PREDICATES = frozenset("dead alive missing lost responsible safe drowned".split())


def _worth_parsing(text: str, ps: int, pe: int) -> bool:
    """A cheap look before the words around a participle are parsed: a form of "be" among
    the words before it, a complement or an agent after it, or a clause start just before."""
    window = text[max(0, ps - 40) : ps]
    raw = window[window.rfind("\n") + 1 :].lower().replace("’", "'").split()[-4:]
    if not raw or raw[-1][-1:] in ",;:(—–" or (len(raw) > 1 and raw[-2][-1:] in ",;:(—–"):
        return True
    if raw[-1] in DEFINITE or raw[-1] in INDEFINITE:
        return True  # "the rumoured merger"
    if any(w in BE or w.endswith(("'s", "'re", "'m", "n't")) for w in raw):
        return True
    nxt = text[pe : pe + 24].lower().split(None, 3)[:2]
    if nxt and nxt[0] in ("for", "on") and text[ps:pe].lower() in lx.forms("passive-for", lx.PARTICIPLE):
        return True  # "the government blamed for the slump"
    if (nxt and (nxt[0] in _SMALL_PREDICATES or nxt[0].endswith("ed"))
            and text[ps:pe].lower() in lx.forms("passive-small-clause", lx.PARTICIPLE)):
        return True  # round 132: "a faction believed linked to", "the man thought responsible"
    return bool(nxt) and (nxt[0] in _COMPLEMENT_WORDS or (nxt[0].endswith("ly") and len(nxt) > 1 and nxt[1] in _COMPLEMENT_WORDS))


def _be(tok: Token) -> bool:
    """A form of "be", including the contractions "it's", "I'm", "they're"."""
    low = tok.low
    if low in BE:
        return True
    head, _, tail = low.partition("'")
    return tail in ("s", "re", "m") and head in SUBJECT_PRONOUNS


def _to_infinitive(toks: list[Token], j: int) -> bool:
    """Is ``toks[j]`` ("to") followed by a verb, not a noun phrase ("to police", "to friends")?"""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    if nxt.low == "date" and j + 2 < len(toks) and toks[j + 2].low in ("from", "back", "to"):
        return True  # "is believed to date from 1100": the verb, not "to date" (so far)
    if not nxt.word or nxt.capitalised or nxt.low in _NOT_INFINITIVE or nxt.low[:1].isdigit():
        return False
    # a plural noun ("to reporters") is not a verb; base verbs in -s end in -ss ("possess")
    return not (nxt.low.endswith("s") and not nxt.low.endswith(("ss", "us", "is")))


def _agent(toks: list[Token], j: int) -> tuple[str, int]:
    """``("vague" | "identified" | "", index after it)`` for a by-phrase at ``toks[j]``."""
    if j >= len(toks) or toks[j].low != "by" or j + 1 >= len(toks):
        return "", j
    first = toks[j + 1]
    if not first.word or first.low in _NOT_AGENT or first.low[:1].isdigit():
        return "", j
    k = j + 1
    while (k < len(toks) and k < j + 7 and toks[k].word
           and (k == j + 1 or (toks[k].low not in PREPOSITIONS and toks[k].low not in CONJUNCTIONS))):
        k += 1
    agent = toks[j + 1 : k]
    if agent and agent[-1].low in _MEASURE_HEADS:
        return "", j  # "was rejected by a narrow margin", "by a majority of": a count, no agent
    if (agent and len(agent) <= 3 and _FRACTION.fullmatch(agent[-1].low)
            and (k >= len(toks) or toks[k].low not in ("of", "as", "to"))):
        # review 126: "credited with cutting pollution by a fifth": a measure, no agent ("seen by a
        # third as a failure" and "by a third of voters" count people)
        return "", j
    if first.low in _VAGUE_AGENT_WORDS or (
        first.low in INDEFINITE | {"other"} and not any(t.capitalised for t in agent[1:])
    ):
        return "vague", k
    head = agent[-1].low if agent else ""
    if (first.low not in DEFINITE and not first.capitalised and head in lx.plural_nouns("source-nouns")
            and not any(t.capitalised for t in agent) and not _members_named(toks, k)):
        return "vague", k  # "by critics", "by industry observers"
    return "identified", k


# the words that open a list of a group's members: "by critics, including Ana Ruiz"
_MEMBER_LIST = frozenset(("including", "notably", "among"))


def _members_named(toks: list[Token], k: int) -> bool:
    """Does a list of named members follow the agent ending at ``toks[k]`` ("praised by
    critics, including the novelist Ana Ruiz", "by economists, among them Tom Bell")? The
    names vouch for the group, as they do for a group that is the subject of "say"."""
    if k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].low not in _MEMBER_LIST:
        return False
    return any(t.word and t.capitalised for t in toks[k + 2 : k + 7])


# the prepositions of a place or a medium between a participle and its as-complement
_PLACE_PREPOSITIONS = frozenset(("in", "across", "throughout", "among", "around"))
# words that make the phrase the view's source (a hearing, a document, a body): "described in
# court as", "described in the report as", "seen in the ministry as" name who said it
_SPEAKING_PLACES = frozenset(
    "court hearing trial inquest interview statement speech testimony evidence documents filing filings "
    "letter email memo report study survey book essay paper article column editorial".split()
)


def _as_past_place(after: list[Token], j: int, want: str = "as") -> int | None:
    """The index of "as" after a short prepositional phrase of place or medium at ``after[j]``
    ("in the press as", "across the region as"), or ``None``: the phrase places the view
    without saying whose it is. Not where a word of it is a body, a hearing or a document.
    Round 155: ``want="with"`` for a credit placed the same way ("is credited in the trade
    with inventing")."""
    if j >= len(after) or after[j].low not in _PLACE_PREPOSITIONS:
        return None
    for k in range(j + 1, min(len(after), j + 6)):
        t = after[k]
        if not t.word or t.low in _SPEAKING_PLACES or t.low in INSTITUTIONS:
            return None
        if t.low == want:
            if k <= j + 1 or k + 1 >= len(after) or not after[k + 1].word:
                return None
            return k if want != "as" or after[k + 1].low not in _NOT_AS_COMPLEMENT else None
    return None


def _credited_deed(before: list[Token], i: int, after: list[Token], j: int) -> bool:
    """Round 155: a credit for a deed told as standing now, the present or the present perfect
    of "credited" ("is credited with persuading the council", "are credited with cutting
    pollution", "has been credited with saving the club") with a gerund and its object after
    "with" (at ``after[j]``): a causal merit laid by people unnamed. A plain or past perfect
    past ("was credited with spotting him", "had been credited with") is the record's, and a
    noun ("is credited with 14 goals", "with the win") a tally: both stay hints (round 11)."""
    chain = set()
    for t in before[i : i + 5]:
        if not (t.low in BE or t.low in HAVE or is_adverb(t)):
            break
        chain.add(t.low)
    if not chain & {"is", "are", "am", "has", "have"} or chain & {"was", "were", "had"}:
        return False
    if j + 2 >= len(after) or not after[j + 1].low.endswith("ing") or len(after[j + 1].low) < 6:
        return False
    return after[j + 2].word and after[j + 2].low not in PREPOSITIONS - {"to"}


@lru_cache(maxsize=1)
def _intention_modifiers() -> frozenset[str]:
    """The adjectives an intention may take after its article (``attribution/intention-modifiers``)."""
    from lintnews.language.wordclasses import listed

    return listed("attribution/intention-modifiers")


def _credited_intention(after: list[Token], j: int) -> bool:
    """Round 166: is the object of "credited with" at ``after[j]`` (the "with") an intention
    of word class ``credited-intentions`` ("have been credited with an interest in signing
    him", "is credited with a strong desire to")? An intention laid on someone by unnamed
    others is talk about a plan, not the record's credit for a deed: a warning in any tense."""
    k = j + 1
    if k >= len(after) or after[k].low not in ("a", "an"):
        return False
    k += 1
    if k < len(after) and after[k].low in _intention_modifiers():
        k += 1
    return (k + 1 < len(after) and lx.forms("credited-intentions", lx.NOUN).get(after[k].low) is not None
            and after[k + 1].low in ("in", "to"))


# round 119: the group a vague agent is drawn from, between it and the complement ("seen by many
# in the party as", "feared by some within the club to be"): the by-phrase ended at the
# preposition, so the complement was not found and a verb of seeing read as sight
_GROUP_PREPOSITIONS = frozenset(("in", "among", "within", "inside", "at", "across", "around", "on"))


def _complement_past_group(after: list[Token], j: int) -> tuple[int, str] | None:
    """``(index, "as" | "to")`` of the complement after a short group phrase at ``after[j]``
    that follows a vague agent ("by many in the party as"), or ``None``: not across
    punctuation, a hearing or a document ("by some in court as" is the court's record); a body may
    hold the group ("by many in the party"): which of them is still untold."""
    if j >= len(after) or after[j].low not in _GROUP_PREPOSITIONS:
        return None
    for k in range(j + 1, min(len(after), j + 6)):
        t = after[k]
        if not t.word or t.low in _SPEAKING_PLACES:
            return None
        if k > j + 1 and t.low == "as":
            return (k, "as") if k + 1 < len(after) and after[k + 1].low not in _NOT_AS_COMPLEMENT else None
        if k > j + 1 and t.low == "to":
            return (k, "to") if _to_infinitive(after, k) else None
    return None


# round 141: the participles of a tip or a rumour, which a place phrase may part from their
# complement ("tipped in the party to", "touted in the City as", "whispered in the village to
# be"): no literal reading of these with a place and "to"/"as" ("seen at the club as he left")
_LET = frozenset(("let", "lets", "letting"))
_LET_PERFECT = ("has", "have", "'s", "’s", "'ve", "’ve")  # "has let", "he's let", "they've let"
_TIPPED = frozenset(("tipped", "touted", "whispered", "rumoured", "rumored"))
# round 152: the participle of "tip" in its for-complement (word class passive-for), a forecast
# of a prize or a post; a gratuity has its ground after "for" ("tipped for their service")
_TIPPED_FOR = frozenset(("tipped",))
_GRATUITY = frozenset(("service", "good", "excellent", "prompt", "helping", "carrying", "delivering"))


def _talk_placed(after: list[Token], j: int, word: str, agent: str | None) -> int | None:
    """Round 141: the index of the complement ``word`` ("as" or "to") after a short group
    phrase of place at ``after[j]`` ("in the party as"), with no agent before it: round 119's
    group phrase (:func:`_complement_past_group`), which a body may hold ("in the party": which
    of its people talk is untold), not a hearing or a document ("in court as")."""
    if agent:
        return None
    found = _complement_past_group(after, j)
    return found[0] if found is not None and found[1] == word else None


# round 91: an amount in words ("is estimated at tens of millions of euros", "put at several
# hundred", "valued at two billion"), as a figure in digits is one
_AMOUNT_WORDS = frozenset(
    "tens dozens scores hundreds thousands millions billions trillions several half one two three four five six "
    "seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "thousand million billion trillion".split())
_AMOUNT_AFTER_A = frozenset("hundred thousand million billion trillion few dozen quarter third fifth tenth".split())


# round 161: the participles of hearsay that stand before an amount as "rumoured" stands before
# a noun ("a deal worth a reported £1.1m"): the figure is the report's, and nobody's
_HEARSAY_BEFORE_AMOUNT = frozenset(("reported", "rumoured", "rumored"))


def _reported_amount(before: list[Token], i: int, part: str, after: list[Token]) -> bool:
    """Round 161: "a reported £1.1m", "a rumoured $40m", after the indefinite article only:
    the amount is reported by nobody ("the reported figure" refers back to a report the story
    has told; "an estimated 400" is an estimate, not hearsay)."""
    return (part in _HEARSAY_BEFORE_AMOUNT and before[i].low in ("a", "an") and _amount_at(after, 0)
            and not _accounts_figure(before, after))


def _accounts_figure(before: list[Token], after: list[Token]) -> bool:
    """Review 130: is the amount after "a reported" a figure of a company's accounts ("a
    reported £450m loss", "Revenue reached a reported €3bn", "booked a reported £80m in
    costs")? "Reported" is then the accounts' term of art (the figure as stated under the
    accounting standards, against an "underlying" or "adjusted" one), the company's own, no
    hearsay: a measure of the accounts (word class ``accounts-measures``) in the clause before
    it (back to a clause mark) or in the amount's phrase after it says so."""
    measures = lx.forms("accounts-measures", lx.NOUN)
    for t in before:
        if not t.word and t.text in CLAUSE_MARKS:
            break
        if t.low in measures:
            return True
    return any(t.low in measures for t in after[:6])


def _amount_at(toks: list[Token], k: int) -> bool:
    """Does an amount open at ``toks[k]`` (a figure in digits or a currency, a number word, "a
    million", "a third")?"""
    if k >= len(toks):
        return False
    if NUMBERISH.match(toks[k].text) or toks[k].low in _AMOUNT_WORDS:
        return True
    return toks[k].low == "a" and k + 1 < len(toks) and toks[k + 1].low in _AMOUNT_AFTER_A


def _complement(toks: list[Token], j: int) -> str:
    """What follows the participle (and its agent): "to", "as", "at", "with", "that",
    "clause" (a word that starts a noun phrase or a clause), "wh", "end" or "other"."""
    if j >= len(toks):
        return "end"
    c = toks[j]
    if not c.word:
        return "quote" if c.text in "\"“‘'" else "end"
    low = c.low
    if low == "to":
        return "to" if _to_infinitive(toks, j) else "other"
    if low == "as":
        nxt = toks[j + 1].low if j + 1 < len(toks) else ""
        return "other" if nxt in _NOT_AS_COMPLEMENT else "as"
    if low == "at":
        return "at" if _amount_at(toks, j + 1) else "other"
    if low in ("with", "that"):
        return low
    if low in WH:
        return "wh"
    if low in PREPOSITIONS or low in CONJUNCTIONS or low in MODAL or low in HAVE or low in BE:
        return "other"
    return "clause"


def _contraction(tok: Token) -> bool:
    """A pronoun with an auxiliary attached: "it's", "I'm", "they've", "she'd"."""
    head, _, tail = tok.low.partition("'")
    return tail in ("s", "re", "m", "ve", "d", "ll") and head in SUBJECT_PRONOUNS


def _chain_start(before: list[Token], i: int) -> tuple[int, int, Token | None]:
    """Walk left from a form of "be" at ``before[i]`` over the rest of its verb chain ("has
    long been", "would not be", "it's been"): (start offset of the chain, index of the word
    before it, the contracted pronoun that opens it, if any)."""
    start = before[i].start
    k = i
    if _contraction(before[i]):
        return start, i + 1, before[i]
    k = i + 1
    while k < len(before):
        t = before[k]
        if _contraction(t):
            return t.start, k + 1, t
        if t.low in HAVE or t.low in MODAL or t.low in BE:
            start = t.start
        elif not (t.low == "to" or t.low == "next" or is_adverb(t)):
            # (round 178: "next" in the chain too, "will next be seen in a sequel": the modal
            # before it is the chain's, an appearance to come and no sighting told)
            break
        k += 1
    return start, k, None


# participles of perception: what others see one as
_PERCEIVED = frozenset("seen viewed regarded perceived considered thought".split())


def _appearance_aim(before: list[Token], i: int, k: int, part: str) -> bool:
    """Is the passive of perception at ``before[i]`` ("be" or "being") an infinitive or a gerund
    under a word of wanting, fearing or trying ("Nordstrom doesn't want to be seen as
    supporting him", "keen to be regarded as", "for fear of being seen as", "avoid being viewed
    as"), or a negated infinitive ("careful not to be seen as", "the idea is not to be seen
    as")? Such a clause is the subject's concern about how it will look: nobody's view is
    reported as held. ``before[i + 1 : k]`` is the rest of the verb chain, ``before[k]`` the word
    before it. "It is seen as", "is expected to be seen as" (a raising verb) stay."""
    if part not in _PERCEIVED or before[i].low not in ("be", "being"):
        return False
    rest = [t.low for t in before[i + 1 : k]]
    head = before[k].low if k < len(before) else ""
    aims = lx.forms("appearance-aims")
    if before[i].low == "be":
        if "to" not in rest:
            return False
        return head in aims or "not" in rest or "never" in rest
    # a gerund: right after the aim ("avoid being seen"), or after "of" ("fear of being seen")
    if rest:
        return False
    if head == "of" and k + 1 < len(before):
        head = before[k + 1].low
    return head in aims


# round 150: phrasal verbs of judging whose passive with a vague agent is a verdict nobody
# owns ("has been written off by most pundits", "is held up by campaigners as proof"): the
# particle follows the participle right away; "hold up" keeps "hold"'s complement condition
# (passive-vague-agent-complement: "was held up by protesters" is a delay)
_JUDGING_PARTICLES = {"written": "off", "held": "up"}
_QUANTIFIER_AGENTS = frozenset(("many", "some", "most", "others", "several", "few"))
_PARTICLE_AT = LazyRegex(r"\s+(off|up)\s+by\b", re.IGNORECASE)


def _as_opens_clause(after: list[Token], j: int) -> bool:
    """Does "as" at ``after[j]`` open a clause (a subject pronoun or a determiner, then a finite
    verb before any mark: "as police closed the bridge", "as they left")?"""
    nxt = after[j + 1].low if j + 1 < len(after) else ""
    return (nxt in _AS_CLAUSE_SUBJECTS or nxt in DEFINITE) and _finite_clause(after, j + 1)


def _judging_particle(part: str, text: str, pe: int) -> str | None:
    """The particle of a phrasal verb of judging right after the participle ``part`` (ending at
    ``pe``) and before a by-phrase, or ``None``."""
    want = _JUDGING_PARTICLES.get(part)
    if want is None:
        return None
    m = _PARTICLE_AT.match(text, pe)
    return want if m is not None and m.group(1).lower() == want else None


# round 154: the places a sighting is told at ("was seen at a hotel", "spotted near the weir",
# "was heard across the town"), and the words that make it no account of an eyewitness: a
# camera or a screen saw it ("seen on CCTV"), or a court heard it ("heard in public")
_SIGHT_PLACES = frozenset("at in across near around outside inside throughout along on behind off".split())
_SIGHT_THERE = frozenset(("there", "nearby", "locally"))
_SIGHT_MEDIA = frozenset(
    "cctv camera cameras footage video videos film television tv screen screens satellite "
    "telescope telescopes radar scan scans public private court person".split()
)
_SIGHT_NEGATION = frozenset(("not", "never", "hardly", "rarely", "seldom"))
# a clause of the moment seen, opened by one of these and a pronoun: the scene of a photograph
# described ("was seen at the club as he left training", "spotted outside a restaurant while
# she waited"), no sighting reported ("as" alone is too wide: it cost blind B113 a find)
_SIGHT_SCENE = frozenset(("as", "while", "when"))


def _lead(text: str, ps: int, pe: int, where: Bounds) -> tuple[list[Token], int, int, int] | None:
    """What every passive reading starts from: the words before the participle at
    ``text[ps:pe]`` (nearest first), how many adverbs (at most three) open them, and the
    sentence's bounds; None in a hypothetical ("if it were seen ...") or a question, which
    assert nothing. Shared by :func:`passive` and round 154's :func:`_sighted`."""
    lo, hi = where()
    before = left(text, ps, lo)
    if in_hypothetical(before) or question(text, pe, hi):
        return None
    i = 0
    while i < len(before) and i < 3 and is_adverb(before[i]):
        i += 1
    return before, i, lo, hi


def _told_passive(text: str, ps: int, pe: int, where: Bounds) -> tuple[int, int, list[Token], list[Token]] | None:
    """The finite passive that tells an event (round 154's sightings and round 155's talk share it):
    ``(start of the verb chain, the clause's end, the chain, up to eight words of subject
    before it)``, or ``None`` for a reduced participle (a caption, "a fox spotted near the
    school"), the impersonal "it" ("it has been whispered that", the impersonal passive's reading), a
    modal or a negation in the chain ("could be heard", "was never talked about"): nothing
    told as having happened."""
    lead = _lead(text, ps, pe, where)
    if lead is None:
        return None
    before, i, _lo, hi = lead
    if i >= len(before) or not _be(before[i]):
        return None
    start, k, pronoun = _chain_start(before, i)
    if pronoun is not None and pronoun.low.startswith("it"):
        return None
    chain = before[:k]
    if any(t.low in MODAL or t.low in _SIGHT_NEGATION or t.low.endswith(("n't", "n’t")) for t in chain):
        return None
    subject: list[Token] = []
    m = k
    while m < len(before) and m < k + 8 and before[m].word:
        subject.append(before[m])
        m += 1
    return start, hi, chain, subject


def _in_study(after: list[Token], i: int) -> bool:
    """Round 172: is the place a study (word class ``attribution/observing-studies``): the head of
    the phrase after the preposition, past a determiner and up to two modifiers ("in the large
    trials", "in two cohorts", "in the 2019 data")? What a trial records is its finding, and the
    trial is its witness; "seen in the park" and "seen in the trial's car park" keep the
    sighting (the study must head its phrase)."""
    studies = lx.forms("observing-studies", lx.NOUN)
    for m in range(i, min(len(after), i + 4)):
        tok = after[m]
        if not tok.word:
            return False
        if tok.low in studies:
            if m + 1 >= len(after) or not after[m + 1].word:
                return True  # "in the large trials."
            nxt = after[m + 1].low
            return nxt in _STUDY_FOLLOWERS or (nxt.endswith("ed") and nxt not in studies)  # "trials run in 2019"
    return False


# what may follow a study that heads its phrase ("in the trials of", "in two cohorts and",
# "in the data that"); another noun ("the trial car park") makes the study a modifier
_STUDY_FOLLOWERS = frozenset("of in on with and or that which where at among for from since over to than as but".split())


# round 178: talk going round that opens the sighting's sentence with its that-clause ("Word on
# the street is that", "rumour has it that", "the buzz at the club was that"): the sighting is
# what the talk tells, one claim, whose cue is the frame (vague-provenance), not a second one
_TALK_FRAME = LazyRegex(r"(?i)\b(?:word|rumou?rs?|gossip|talk|whispers?|buzz|chatter|reports)\b[^.!?\n]{0,60}?"
                        r"\b(?:is|are|was|were|has|had|have)\s+(?:it\s+)?that\s")


def _sighted(text: str, ps: int, pe: int, where: Bounds, part: str) -> Cue | None:
    """Round 154: a sighting with nobody sighting, the finite agentless passive of a verb of
    seeing (word class sighting-verbs) before the place it was seen ("He was later seen at a
    hotel in the port", "Otters have been spotted near the weir", "have been spotted there"),
    "heard" with a sound as its subject (word class heard-sounds: "A loud bang was heard across
    the town") and "reported" with a sighting as its subject ("Sightings of a wolf have been
    reported in two valleys"): an eyewitness account with no eyewitness. Traps: a by-agent, a
    camera or a court ("seen on CCTV", "heard in public"), a negation ("No sightings have been
    reported", "was never seen in the town"), a modal, a time after the preposition ("seen in
    2019"), and no place ("was seen smirking as he left")."""
    heard = part == "heard"
    reported = part == "reported"
    if not (heard or reported) and part not in lx.forms("sighting-verbs", lx.PARTICIPLE):
        return None
    told = _told_passive(text, ps, pe, where)
    if told is None:
        return None  # "a fox spotted near the school" (a caption), "could be heard", "was never seen"
    start, hi, _chain, subject = told
    if _TALK_FRAME.search(text, where()[0], start) is not None:
        return None  # round 178: "Word on the street is that she was spotted at ...": the frame is the cue
    if not subject or any(t.low in _NOBODY or t.low in _SIGHT_NEGATION for t in subject):
        return None  # "No sightings have been reported", "not a single MP was seen"
    if heard and lx.forms("heard-sounds", lx.NOUN).get(subject[0].low) is None:
        return None  # "The case was heard at the crown court": a hearing, no sound
    if part == "seen" and lx.forms("seen-patients", lx.NOUN).get(subject[0].low) is not None:
        return None  # "Patients were seen in corridors": an appointment, no sighting
    if reported and not any(lx.forms("sighting-nouns", lx.NOUN).get(t.low) for t in subject):
        return None  # "Three cases have been reported in the town": a count, no sighting
    after = right(text, pe, hi)
    j = 0
    while j < len(after) and j < 2 and is_adverb(after[j]) and after[j].low not in _SIGHT_THERE:
        j += 1
    if j >= len(after) or not after[j].word:
        return None
    if after[j].low in _SIGHT_THERE:
        pass
    elif after[j].low in _SIGHT_PLACES and j + 1 < len(after) and after[j + 1].word:
        if after[j + 1].low[:1].isdigit():
            return None  # "was seen in 2019": a time
    else:
        return None  # "was spotted smirking as he left": no place told
    clause = []
    for t in after[j : j + 12]:
        if not t.word and t.text in CLAUSE_MARKS:
            break
        clause.append(t)
    if any(t.low == "by" or t.low in _SIGHT_MEDIA for t in clause):
        return None  # "seen at the scene by a neighbour", "spotted on CCTV near the station"
    if after[j].low in _SIGHT_PLACES and _in_study(after, j + 1):
        return None  # round 172: "a small rise was seen in the large trials": a study's finding
    if any(t.low in _SIGHT_SCENE and n + 1 < len(clause) and clause[n + 1].low in SUBJECT_PRONOUNS
           for n, t in enumerate(clause)):
        return None  # "The striker was seen at the club as he left training" (round 141's trap)
    cue = Cue(start, pe, f"'{text[start:pe]}': seen or heard by whom? A sighting told with nobody who saw "
              "it: name the witness, or say whose account this is.", branch="passive:sighted")
    if heard:
        # a sound heard across a place is heard by many at once ("Explosions were heard in the
        # capital overnight"), often the writer's report of a public event: a hint (a warning
        # cost a blind set's precision)
        return cue._replace(severity="info", branch="passive:sighted:heard")
    return cue


# round 155: the particles of the prepositional and phrasal verbs of talk ("talked about",
# "bandied around"); what makes the chain a plain past (an account of one meeting: "The idea
# was floated at the meeting"), and the words after "float" that set something afloat
_TALK_ABOUT = frozenset(("about", "of"))  # mend 128: "is being talked of" as "talked about"
_BANDIED = frozenset(("about", "around", "round"))
_PLAIN_PAST = frozenset(("was", "were"))
_AFLOAT = frozenset("off down out across up onto into away free".split())


def _talked(text: str, ps: int, pe: int, where: Bounds, part: str) -> Cue | None:
    """Round 155: a matter put into talk with nobody putting it, the finite agentless passive
    of a verb of floating a proposal (word class floated-verbs: "A takeover approach has been
    floated this morning", "A merger is being mooted") or of the prepositional verbs of talking
    with their "about" (word class talked-about-verbs: "A legal claim is already being talked
    about on forums", "a project that has been talked about for years"), in the perfect, the
    progressive or the present: talk said to go round, its talkers kept back. Traps: an agent
    ("floated by the chairman", "talked about by the minister"), a plain past ("The idea was
    floated at Monday's meeting": an account of one occasion), a modal, a negation, an
    expletive or "as" ("talked about as a successor" is round 127's), and "float" in its other
    senses (word class float-other-senses: "The firm has been floated on the stock exchange",
    "The boat has been floated off the sandbank")."""
    floated = lx.forms("floated-verbs", lx.PARTICIPLE).get(part)
    talked = lx.forms("talked-about-verbs", lx.PARTICIPLE).get(part) if floated is None else None
    if floated is None and talked is None:
        return None
    told = _told_passive(text, ps, pe, where)
    if told is None:
        return None  # "a plan floated last year" (a caption), "could be floated", "was never talked about"
    start, hi, chain, subject = told
    lows = {t.low for t in chain}
    if not lows & {"been", "being"} and lows & _PLAIN_PAST:
        return None  # "The idea was floated at the meeting": the plain past of one occasion
    if not lows & {"been", "being"} and floated == "float":
        # review 126: "Candles are floated on the river each year": the plain present of
        # "float" is a habit of setting afloat, not talk
        return None
    if not subject or any(t.low in _NOBODY for t in subject):
        return None  # "No merger has been floated", "Nothing is being talked about"
    if subject[0].low in ("it", "as", "there"):
        return None  # the expletive's ("it has been whispered that") or "as is talked about"
    after = right(text, pe, hi)
    j = 0
    while j < len(after) and j < 2 and is_adverb(after[j]):
        j += 1
    end = pe
    if talked is not None or floated == "bandy":
        want = _TALK_ABOUT if talked is not None else _BANDIED
        if j >= len(after) or after[j].low not in want:
            return None  # "The case has been talked through", "bandied" alone
        end = after[j].end
        j += 1
    elif j < len(after) and after[j].low in _AFLOAT:
        return None  # "The boat has been floated off the sandbank": set afloat
    if j < len(after) and after[j].low == "as":
        return None  # "is being talked about as a successor": round 127's reading
    clause = []
    for t in after[j : j + 12]:
        if not t.word and t.text in CLAUSE_MARKS:
            break
        clause.append(t)
    if clause and clause[0].low == "by":
        return None  # "floated by the chairman", "talked about by many" (the vague agent's reading)
    if floated == "float" and any(lx.forms("float-other-senses", lx.NOUN).get(t.low) for t in subject + clause):
        return None  # "has been floated on the stock exchange", "The firm has been floated"
    return Cue(start, end, f"'{text[start:end]}': {text[ps:end].lower()} by whom? Talk told as going round "
               "with nobody in it: say who put it about, or attribute the claim.", branch="passive:talked")


def passive(text: str, ps: int, pe: int, where: Bounds) -> Cue | None:
    """An agentless passive (finite or reduced) whose participle is ``text[ps:pe]``."""
    part = text[ps:pe].lower()
    classes = lx.participle_classes().get(part, frozenset())
    verdict = part in lx.forms("reception-verdict", lx.PARTICIPLE)
    if part in lx.forms("passive-prepositional-as", lx.PARTICIPLE):
        # (kept out of participle_classes: "a language spoken by many" is no passive of a view)
        classes = classes | {"passive-prepositional-as"}
    particle = _judging_particle(part, text, pe)
    if particle:
        classes = classes | {"passive-vague-agent"}  # round 150: "has been written off by most pundits"
    sighted = _sighted(text, ps, pe, where, part) or _talked(text, ps, pe, where, part)
    if sighted is not None:
        return sighted
    if not classes and not verdict:
        return None
    if not _worth_parsing(text, ps, pe):
        return None  # no form of "be" just before, no complement after, no clause start: active
    lead = _lead(text, ps, pe, where)
    if lead is None:
        return None
    before, i, lo, hi = lead
    adverbs_start = before[i - 1].start if i else ps
    expletive = finite = contracted_have = perfect = False
    subject: Token | None = None
    subject_k = -1
    start = adverbs_start
    it_start = -1
    if i < len(before) and _be(before[i]):
        finite = True
        start, k, pronoun = _chain_start(before, i)
        subject = pronoun if pronoun is not None else (before[k] if k < len(before) else None)
        subject_k = k if pronoun is None else -1
        if subject is not None and subject.low.split("'")[0] in ("it", "as"):
            expletive = True  # "it is believed", "it's said", "as is widely believed"
            if subject.low.startswith("it"):
                it_start = subject.start
        chain = {t.low for t in before[i:k]}
        # ("has to be considered as", "need to be seen as": "have to" and "need to" are as
        # deontic as "must", a recommendation, no view reported)
        deontic = "to" in chain and (bool(chain & HAVE) or (subject is not None and subject.low in _NEED))
        if chain & _DEONTIC or deontic or (not expletive and chain & _EPISTEMIC) or chain >= _COUNTERFACTUAL:
            return None  # "must be seen as", "could be seen as", "would have been known": the writer's own view
        if _appearance_aim(before, i, k, part):
            return None  # "doesn't want to be seen as", "careful not to be seen as": a concern, no view held
        if expletive and chain & _EPISTEMIC and part in _REMARKS:
            return None  # "it can be said that", "it might be noted that": the writer's own remark
        if k + 1 < len(before) and before[k].low == "it" and before[k + 1].low in _LET:
            # "let it be known that": the subject made it known, but round 141: by whom it was
            # passed on and to whom is untold ("The minister has let it be known that he will
            # repay part of the money": a signal through people unnamed, the D-sets' gold reads
            # it so); the plain idiom with its that-clause or clause only, in the present, the
            # perfect or the progressive ("has let", "lets", "is letting"): a plain past ("He let
            # it be known that he would stand") is an account of his announcement
            if part != "known" or _complement(right(text, pe, hi), 0) not in ("that", "clause"):
                return None
            held = before[k + 1].low != "let" or (k + 2 < len(before) and (
                before[k + 2].low in _LET_PERFECT or before[k + 2].low.endswith(_LET_PERFECT)))
            if not held:
                return None
            ls = before[k + 1].start if before[k + 1].low != "let" else before[k + 2].start
            return Cue(ls, pe, f"'{text[ls:pe]}': let known through whom? A signal passed on by people "
                       "unnamed: say who passed it on, or attribute the claim.", branch="passive:let-known")
        if part == "considered" and "being" in chain:
            return None  # "is being considered for the post": under deliberation, not a view held
        if any(t.low in _NOBODY for t in before[k : k + 3]):
            return None  # "no crime is alleged": nobody alleges it
        # "he's criticised the plan": a contracted "has" as often as "is"
        contracted_have = pronoun is not None and pronoun.low.endswith(("'s", "'d")) and not expletive
        perfect = before[i].low == "been" and bool(chain & HAVE)
    elif i < len(before) and before[i].low in HAVE:
        return None  # active perfect: "critics have praised"
    reduced_initial = not finite and (
        i >= len(before) or (not before[i].word and before[i].text in CLAUSE_MARKS)
    )
    reduced_noun = (not finite and not reduced_initial and before[i].word
                    and (not before[i].capitalised or _absolute_with(before, i) or _initialism_plural(before[i])
                         or _opening_group(before, i))
                    and before[i].low not in PRONOUNS and before[i].low not in PREPOSITIONS
                    and before[i].low not in MODAL and before[i].low not in DEFINITE
                    and before[i].low not in INDEFINITE and before[i].low not in CONJUNCTIONS
                    and not before[i].low.endswith(("'s", "s'")))
    if reduced_noun and _object_relative(before, i):
        return None  # "a zone that the police chief derided as lawless": the chief derided it
    if reduced_noun and _contact_relative(before, i):
        return None  # "staffing fell to levels midwives described as unsafe": the midwives described it
    attributive = (not finite and i < len(before) and before[i].low in DEFINITE | INDEFINITE
                   and (lx.forms("passive-bare", lx.PARTICIPLE).get(part) in ("rumour", "rumor")
                        or _reported_amount(before, i, part, right(text, pe, hi))))
    if not (finite or reduced_initial or reduced_noun or attributive):
        return None
    after = right(text, pe, hi)
    j = 0
    while j < len(after) and j < 2 and is_adverb(after[j]):
        j += 1
    if part == "presumed" and _legal_presumption(after, j):
        return None  # round 163: "defendants are presumed innocent": the law's presumption, nobody's belief
    if particle and j < len(after) and after[j].low == particle:
        j += 1  # round 150: the phrasal verb's particle ("written off by", "held up by ... as")
    agent, j2 = _agent(after, j)
    if particle and agent != "vague":
        return None  # "the car was written off", "was held up by roadworks": no judge, or a named one
    if particle and after[j2 - 1].low not in _QUANTIFIER_AGENTS and after[j2 - 1].low not in lx.forms("source-nouns", lx.NOUN):
        return None  # "were written off by many banks": a debt cancelled; a judge is a source ("pundits") or "many"
    if agent == "identified":
        return None  # "is believed by investigators to", "was criticised by the mayor"
    if part == "held" and _event_held(after, j, expletive):
        return None  # "It has been held every year since 2011", "was held in Vienna": an event
    sense_subject = subject if finite else before[i] if reduced_noun else None
    if finite and subject_k >= 0:
        sense_subject = _head_before_phrase(before, subject_k) or sense_subject
    if senses.other_sense(part, sense_subject, after, j):
        return None  # "elections were generally contested": fought, not disputed (round 60)
    if agent == "vague" and _deed(part, after[j2 - 1]):
        return None  # "were attacked by a man wielding an axe": a deed, not a judgement
    comp = _complement(after, j2)
    if comp == "other" and _cognition_infinitive(part, after, j2):
        comp = "to"  # round 170: "is thought to work best", "are believed to account for"
    if particle and comp == "as" and _as_opens_clause(after, j2):
        # review 122: "as" opening a clause of its own is a conjunction of time or reason, not
        # the role a phrasal judging verb gives ("The march was held up by campaigners as police
        # closed the bridge"). (Kept to round 150's phrasal verbs: read for every passive, it
        # cost a team set a correct hit.)
        comp = "other"
    shown = f"{part} {particle}" if particle else part
    if expletive and it_start >= 0 and comp == "end" and _subordinate_it(before, it_start):
        # "the day after it was reported": "it" is the thing reported (a crack, a theft) in a
        # clause of time or cause, no that-clause anywhere; a closing tag (", it was reported.")
        # follows a comma instead
        expletive, it_start = False, -1
    if (expletive and it_start >= 0 and comp == "other" and j2 < len(after)
            and (after[j2].low in MODAL or after[j2].low in HAVE or after[j2].low in BE)
            and _relative_it(before, it_start)):
        comp = "that"  # "a fire which it is feared will spread": the relative's verb follows
    if expletive and it_start >= 0 and comp == "other" and counted_phrase_at(after, j2) and _finite_clause(after, j2):
        comp = "that"  # "It is thought at least two clubs have sent scouts": the that-less clause's subject
    if (comp == "other" and after[j2].low in ("of", "about") and j2 + 1 < len(after)
            and "passive-prepositional-as" in classes
            and (k_as := (j2 + 1 if after[j2 + 1].low == "as" else _talk_placed(after, j2 + 1, "as", agent))) is not None):
        # "are thought of as dirty", "is being talked about as a contender", "is spoken of as
        # a successor": the as-complement of a prepositional verb of thinking or talking;
        # round 141: past a group's place ("is spoken of in the party as a future leader")
        shown = f"{part} {after[j2].low}"  # the message asks "talked about by whom?"
        j2 = k_as
        comp = "as"
        classes = classes | {"passive-as"}
    if (comp == "other" and finite and part in _TIPPED
            and (k_to := _talk_placed(after, j2, "to", agent) or _talk_placed(after, j2, "as", agent)) is not None):
        # round 141: a tip or a rumour placed where it goes round, before its complement ("is
        # tipped in the club to succeed him", "is being touted at Westminster as a future
        # leader", "is whispered in the village to be"): the place says where the talk is, not
        # whose it is (round 119's group phrase after a vague agent, here with no agent)
        j2, comp = k_to, after[k_to].low
    if (comp in ("other", "clause") and part == "talked" and after[j2].low == "up" and j2 + 1 < len(after)
            and after[j2 + 1].low == "as"):
        # round 127: "is being talked up as a candidate": promoted by people unnamed ("talk up"
        # is to praise; "thought up as a stopgap" is invented, so only "talked")
        shown = f"{part} up"
        j2 += 1
        comp = "as"
        classes = classes | {"passive-as"}
    cause_particle = False
    # (review 115: an adverb may stand between the particle and "to", as it may in "was blamed
    # partly on": "was put down partly to a shortage of parts")
    k_to = j2 + 2 if j2 + 2 < len(after) and is_adverb(after[j2 + 1]) else j2 + 1
    if (comp in ("other", "clause") and finite and part == "put" and after[j2].low == "down" and k_to + 1 < len(after)
            and after[k_to].low == "to" and not _to_infinitive(after, k_to)):
        # round 127: "the delay is being put down to a shortage of parts": a cause laid by
        # nobody, as "blamed on" is; "was put down to end its suffering" (a to-infinitive) is none
        shown = "put down to"
        j2 = k_to
        comp = "other"
        cause_particle = True
    if comp == "other" and finite and (k_as := _as_past_place(after, j2)) is not None:
        j2, comp = k_as, "as"  # "was widely described in the local press as a test": the view, placed
    elif (comp == "other" and finite and "passive-with" in classes
          and (k_with := _as_past_place(after, j2, "with")) is not None):
        j2, comp = k_with, "with"  # round 155: "is credited in the trade with inventing": the credit, placed
    elif (comp == "other" and finite and "passive-with" in classes and after[j2].low == "for"
          and j2 + 1 < len(after) and after[j2 + 1].low.endswith("ing") and len(after[j2 + 1].low) >= 6):
        comp = "with"  # mend 128: "is credited for persuading the council": "for" + a gerund as "with"
    if comp == "other" and agent == "vague" and (past := _complement_past_group(after, j2)) is not None:
        j2, comp = past  # round 119: "is seen by many in the party as", "is feared by some at the club to be"
    if comp == "clause" and (after[j2].low in _OBJECT_PRONOUNS or contracted_have) and not (
            expletive and after[j2].low == "this" and time_phrase_then_that(after, j2)) and not (
            expletive and _demonstrative_clause(after, j2)):
        return None  # "considered it important", "he's criticised the plan": active verbs
    if reduced_noun and comp == "to" and after[j2 + 1].low not in _RELATIVE_INFINITIVES:
        return None  # "Orban said to loud applause"; a reduced relative is "said to be", "thought to have"
    tail_end = -1
    if comp == "as" and part == "described" and _LOOKS.match(text, after[j2].end):
        return None  # "was described as white, in his 30s": a witness's description of a person, no view
    graded = subject if finite else before[i] if reduced_noun else None
    if (comp == "as" and part == "described" and graded is not None
            and graded.low in lx.forms("graded-conditions", lx.NOUN) and _CONDITION_GRADE.match(text, after[j2].end)):
        # round 124: "his condition was described as stable": a hospital's grade, no view;
        # round 167: the reduced relative and the injuries graded ("with injuries described
        # as serious but not life-threatening")
        return None
    # (an attributive participle has no later agent: in "the rumoured fee would make him the
    # costliest player sold by a club", the by-phrase is another verb's, round 98)
    if (not attributive and comp == "other" and after[j2].low == "of" and finite
            and _named_later_agent(after, j2 + 1)):
        return None  # "has been accused of hoarding grain by Oxfam": the charge's named author after it
    if (not attributive and (comp in ("as", "clause", "at", "with") or (comp == "other" and after[j2].low in ("for", "on", "to")))
            and not (expletive and comp == "clause" and _by_in_content(after, j2))):
        tail, tail_end = _later_agent(after, j2 + 1)
        if tail == "identified":
            return None  # "was seen as a fad by the Gazette's critics", "was valued at £2m by Sotheby's"
        if not agent and tail == "vague" and any(t.end == tail_end and _deed(part, t) for t in after):
            return None  # "will be called back by a paramedic": a deed (the agent ends at ``tail_end``)
        agent = agent or tail
    if part == "feared" and comp == "clause" and not expletive and (after[j2].low in DEFINITE or after[j2].low in INDEFINITE
                                                  or after[j2].low == "most"):
        return None  # "is feared the most": how much, not a toll nobody fears (round 108)
    if part == "read" and comp == "as" and j2 + 1 < len(after) and after[j2 + 1].low == "part":
        return None  # "is read by many pupils as part of the course": a syllabus, no reading of it (round 150)
    kind = "bare" if attributive else _kind(classes, verdict, comp, expletive, finite, reduced_initial, agent, after, j2, perfect)
    if (kind is None and reduced_noun and comp == "clause" and "passive-small-clause" in classes
            and _reduced_small_clause(after, j2)):
        kind = "small"  # round 132: "a faction believed linked to the army", "the man thought responsible has fled"
    if (kind is None and finite and not expletive and not perfect and comp == "clause" and "passive-epithet" in classes
            and any(t.low in _EPITHET_SPREAD for t in before[:i]) and _judged_superlative(after, j2)):
        kind = "epithet"  # round 137: "is often called the most overlooked artist": a reputation nobody gives
    if cause_particle and not expletive and agent != "vague":
        kind = "for"
    if (kind is None and finite and not expletive and not agent and comp == "other" and "passive-as" in classes
            and _ranked_among(comp, after, j2)):
        # round 152: "are considered among the finest in Europe", "is rated among the best": a
        # judging verb's ranking with no ranker (round 150 read it after a vague agent only)
        kind = "rank"
    if kind == "for" and part in _TIPPED_FOR:
        if after[j2].low != "for" or (j2 + 1 < len(after) and (_possessive(after[j2 + 1]) or after[j2 + 1].low in _GRATUITY)):
            return None  # round 152: "tipped on", "are tipped for their service": a gratuity, no forecast
        kind = "tip"  # "is already being tipped for awards": a prize or a post forecast by nobody
        if reduced_noun:
            # review 123: "tip" is also intransitive ("the lorry tipped for a moment on the
            # bend"): a bare participle after a noun may be the subject's own verb, so the
            # reduced relative ("the actor tipped for the role") is a doubt, a hint
            return Cue(start, after[j2].end, _message(text[start:after[j2].end], shown, kind, agent),
                       severity="info", branch="passive:tip:reduced:" + comp)
    if kind is None:
        return None
    if kind == "that" and part in _FORECAST_PARTS and not _forecast_in_clause(after, j2):
        return None  # round 179: "it is expected that all staff wear badges" (a norm), "... on Friday" (a plan)
    if kind == "to" and part in _ADMITTED and not any(t.low in _SPREADING for t in before[:i]):
        return None  # "was accepted to study law": an admission; "is increasingly accepted to mean" a consensus
    if kind == "of" and _proceedings_near(text, lo, hi, start, after[j2].end):
        return None  # "He is accused of fraud" in court or police copy: the charge is the proceedings'
    if kind == "that" and it_start >= 0:
        start = it_start  # "It is understood", "It's been said"
    end = pe
    if agent == "vague" and j2 > j:
        end = after[j2 - 1].end
    if (comp in ("to", "as", "at", "with") or kind in ("for", "of", "tip", "rank")) and kind != "bare":
        end = after[j2].end
    if kind == "small" and after[j2].low in _BLAME:
        end = after[j2].end  # "is held responsible": the verdict is in the adjective
    if kind == "vague-agent" and tail_end > end:
        end = tail_end  # "was seen as a fad by many critics": one cue, the vague agent in it
    if (kind == "with" and agent != "vague" and not any(t.low in CONSENSUS for t in before[:i])
            and not (finite and not expletive and _credited_deed(before, i, after, j2))
            and not _credited_intention(after, j2)):
        # "was credited with saving the club": credit for a deed, most often the record's (the
        # scorer, the inventor, the rescuer); measured on fresh news pages and weasel-dev, no
        # plain one was a claim by hearsay. "Widely credited with" keeps its consensus: a warning
        return Cue(start, end, f"'{text[start:end]}': credited by whom? If the credit is disputed, "
                   "say who gives it.", severity="info", branch="passive:credit")
    form = ("expletive" if expletive else "finite" if finite else "initial" if reduced_initial
            else "reduced" if reduced_noun else "attributive")
    return Cue(start, end, _message(text[start:end], shown, kind, agent), branch=f"passive:{kind}:{form}:{comp}")


# round 137: adverbs of how often or how widely a label is given ("is often called", "is
# sometimes dubbed"), and the superlatives that only judge ("the best", "the most overlooked")
_EPITHET_SPREAD = CONSENSUS | frozenset("sometimes variously occasionally repeatedly regularly".split())
_JUDGED_BEST = frozenset("best worst greatest finest".split())


def _judged_superlative(after: list[Token], j: int) -> bool:
    """Does a judged superlative open the complement at ``j`` ("the most overlooked artist",
    "the best striker", "the greatest of them")? A present naming passive gives a name ("is
    called the Bowl", "is often called the Venice of the North": a name, capitalised); with
    a superlative that only judges, it reports a reputation with nobody named as giving it.
    A measured rank ("the largest", "the oldest") is not this family (GUIDELINES), so only
    "most"/"least" + a lower-case word, or a superlative of quality."""
    if j + 2 >= len(after) or after[j].low != "the" or not after[j + 2].word:
        return False
    w = after[j + 1]
    if w.low in _JUDGED_BEST:
        return not w.capitalised
    return (w.low in ("most", "least") and not after[j + 2].capitalised and after[j + 2].low.isalpha()
            and after[j + 2].low not in PREPOSITIONS)


def _opening_group(before: list[Token], i: int) -> bool:
    """Is the capitalised word before the participle a plural noun of people that opens its
    sentence ("Officials thought to have taken bribes have been suspended"), capitalised for its
    place and not a name (review 131: round 163 took the vague-source reading off "Officials
    thought" for the reduced relative, which missed it at the sentence's start)? Only the
    plural forms of word class ``attribution/source-nouns``; the "to be" / "to have" is still
    required below, as for the initialisms."""
    opens = i + 1 >= len(before) or (not before[i + 1].word and before[i + 1].text in CLAUSE_MARKS)
    low = before[i].low
    return opens and low.endswith("s") and low in lx.forms("source-nouns", lx.NOUN)


def _legal_presumption(after: list[Token], j: int) -> bool:
    """Does "presumed" take a presumption of law, bare or with "to be" ("are presumed innocent",
    "is presumed to be innocent until proven guilty": review 131's sibling of round 163)?"""
    if j + 2 < len(after) and after[j].low == "to" and after[j + 1].low == "be":
        j += 2
    return j < len(after) and after[j].low in _LEGAL_PRESUMPTIONS


def _initialism_plural(t: Token) -> bool:
    """Is the word a plural of an initialism ("MPs", "MEPs", "GPs", "CEOs"), a common noun for
    people, not a name whose active verb "said" could be (round 163: "one of a dozen MPs thought
    to have claimed")? The reduced relative's "to be" / "to have" is still required below."""
    return _INITIALISM_PLURAL.fullmatch(t.text) is not None


# round 163: the presumptions of law after "presumed" ("are presumed innocent unless proven
# guilty"): a rule of the court, no view held by anyone ("is presumed dead" after a sinking is
# the searchers' conclusion, and stays)
_LEGAL_PRESUMPTIONS = frozenset(("innocent",))
_INITIALISM_PLURAL = re.compile(r"[A-Z]{2,5}s")


def _absolute_with(before: list[Token], i: int) -> bool:
    """Does the name before the participle close the noun phrase of an absolute "with" clause
    ("..., with former Wigan boss John Doe said to be top of the list")? There "said" cannot be
    the name's active verb, as it is in "Orban said to loud applause" (round 85); the reduced
    relative's "to be" / "to have" is still required below."""
    for t in before[i + 1 : i + 7]:
        if t.low == "with":
            return True
        if not t.word or t.low in CONJUNCTIONS:
            return False
    return False


def _event_held(after: list[Token], j: int, expletive: bool) -> bool:
    """Is "held" here an event held, with a place, a time or a frequency right after it ("has
    been held every year", "was held in Vienna", "is held annually")? A view held takes a
    that-clause, "to" or "as" ("it is held in some quarters that ..." stays a view)."""
    if j >= len(after) or ([after[j].low] not in _HELD_WHERE and after[j].low not in _HELD_SINCE):
        return False
    return not (expletive and any(t.low == "that" for t in after[j : j + 8]))


# "held since 2011", "held from late September", "held twice a year": times of an event
_HELD_SINCE = frozenset("since from twice once until between".split())


def _attributive_before(t: Token) -> bool:
    """Is ``t`` a word after which an "-ed" word is an adjective of a noun phrase, not a verb
    ("described as a rumpled agitator by the Times": "a rumpled", or an opening quotation mark)?"""
    return t.low in DEFINITE or t.low in INDEFINITE or (not t.word and t.text in "\"“‘")


def _later_agent(toks: list[Token], j: int) -> tuple[str, int]:
    """A by-agent after the complement, in the same clause ("seen as a fad by many critics"):
    its kind (see :func:`_agent`) and the offset where it ends (-1 when there is none)."""
    for k in range(j, min(len(toks), j + 10)):
        t = toks[k]
        if t.text == "," and k > j and toks[k - 1].text[-1:].isdigit() and toks[k + 1 : k + 2] and toks[k + 1].text[:1].isdigit():
            continue  # a thousands separator: "at £20,000 by the auction house"
        if (not t.word and t.text in ",;:()—–") or t.low == "to" or (
                t.low.endswith(("ed", "en")) and k > j and not _attributive_before(toks[k - 1])):
            return "", -1  # another verb's agent: "believed to be haunted by spirits"
        if t.low in _RELATIVE_OPENERS and k > j:
            return "", -1  # round 170: "hailed as a cure for a disease that shortens lives by decades": the relative's
        if t.low == "by":
            if k > j and lx.effort_agent(toks[k - 1].low, " " + " ".join(t.text for t in toks[k + 1 : k + 16])):
                # round 173: "seen as part of a push by its new chief executive": the "by" is
                # the undertaking's agent, the view still nobody's (review 138: not "by analysts")
                return "", -1
            found, after = _agent(toks, k)
            return found, (toks[after - 1].end if found and after > k else -1)
    return "", -1


def _by_in_content(after: list[Token], j: int) -> bool:
    """Round 167: after an impersonal passive with a that-less content clause ("it is
    understood the service could close by the autumn", "it is thought the ring was run by a
    local family"), is the first "by" of the next ten words past the clause's own finite verb?
    The by-phrase is then that verb's (a deadline, the clause's agent), not the agent of
    "understood": an agent of the impersonal passive comes before its clause ("it is understood
    by the council that")."""
    prev: Token | None = None
    verb = False
    for t in after[j : j + 10]:
        if not t.word:
            return False
        if t.low == "by":
            return verb
        if prev is not None and (t.low in BE or t.low in HAVE or t.low in MODAL or finite_verb(t, prev)):
            verb = True
        prev = t
    return False


def _named_later_agent(toks: list[Token], j: int) -> bool:
    """A by-agent with a capitalised name after an of-complement ("accused of hoarding grain by
    Oxfam", "by the Red Cross"); "by force", "by critics", "by some rivals" are no named author."""
    tail, tail_end = _later_agent(toks, j)
    if tail != "identified":
        return False
    k = next((n for n in range(j, min(len(toks), j + 10)) if toks[n].low == "by"), -1)
    return k >= 0 and any(t.capitalised and t.end <= tail_end for t in toks[k + 1 : k + 8])


# raising passives that are a consensus only under an adverb of its spread (round 90): "is
# increasingly accepted to mean", "is now accepted to be"; bare, "was accepted to study law"
# is an admission to a school or a scheme
_ADMITTED = frozenset(("accepted",))
_SPREADING = CONSENSUS | frozenset(("increasingly", "now"))




def _reduced_small_clause(after: list[Token], j: int) -> bool:
    """After a noun, a participle of belief, then a participle or a predicate adjective that
    ends its phrase ("a faction believed linked to", "the man thought responsible has fled"):
    the noun's reduced relative with a small clause. A noun after that word makes the
    participle an active past with its object ("Officials believed injured passengers had
    ...", "Voters thought dead heats were rare"): no match."""
    if j >= len(after) or not after[j].word:
        return False
    w = after[j].low
    if not (w in _SMALL_PREDICATES or (w.endswith("ed") and len(w) > 4)):
        return False
    if j + 1 >= len(after) or not after[j + 1].word:
        return True
    nxt = after[j + 1].low
    return nxt in PREPOSITIONS or nxt in BE or nxt in HAVE or nxt in MODAL


# round 150: a ranking after a vague agent ("is counted by many among the best", "is seen by
# some among the finest"): "among" then a determiner or a superlative opens the class the
# subject is put in; "among the staff as" is round 119's group phrase, read before this
_AMONG_RANK = frozenset(("the", "its", "his", "her", "their", "our"))


def _ranked_among(comp: str, after: list[Token], j: int) -> bool:
    """Is ``after[j]`` "among" opening a ranking ("among the most important", "among the
    finest") after a vague agent? The superlative (an -est word or "most", "best", "top",
    "greatest", "leading") within the next three words tells a rank from a group."""
    if comp != "other" or j >= len(after) or after[j].low not in ("among", "amongst"):
        return False  # (review 125: "amongst" is the same preposition)
    words = [t.low for t in after[j + 1 : j + 4] if t.word]
    if not words or words[0] not in _AMONG_RANK:
        return False
    return any(w in ("most", "best", "top", "leading", "greatest", "finest", "worst")
               or (w.endswith("est") and len(w) > 5) for w in words[1:])


# round 179 (round 174's construction 4): the participles of a forecast in the impersonal
# passive ("It is expected that the depot will close"); their that-clause is a forecast only with
# a modal of what will be, else a norm ("It is expected that all staff wear badges", "that
# pupils should arrive by nine"), and only with no schedule in it ("that the results will be
# announced on Friday": a plan on a calendar, the reason "is expected to" is a hint)
_FORECAST_PARTS = frozenset(("expected", "anticipated"))
_FORECAST_MODALS = frozenset(("will", "would", "could", "may", "might", "won't", "won’t", "'ll", "’ll"))
# how many words of the clause the modal may come after ("that the school on Mill Lane will")
_FORECAST_REACH = 12
# how many words of the clause a schedule is looked for in, before a stop
_SCHEDULE_REACH = 30
# a clock time ("9am", "10.30", "7:45pm") or a year ("2027", "by 2030s") as one token
_CLOCK_OR_YEAR = re.compile(r"(?:\d{1,2}(?:[.:]\d{2})?(?:am|pm)|\d{1,2}[.:]\d{2}|(?:19|20)\d{2}s?)")
# an hour written "a.m."/"p.m." after its number ("at 9 a.m.") opens with one of these words
_MERIDIEM = frozenset(("am", "pm", "a.m", "p.m", "a.m.", "p.m."))


def _forecast_in_clause(after: list[Token], j: int) -> bool:
    """Round 179 (round 174's construction 4): is the that-clause from ``after[j]`` a forecast?
    It has a modal of what will be (``will``, ``would``, ``could``, ``may``, ``might``) among its
    first :data:`_FORECAST_REACH` words, before a stop ("that all staff wear badges" is a norm,
    "that pupils should arrive" a duty), and no schedule (:func:`_scheduled_clause`)."""
    n = 0
    for t in after[j:]:
        if not t.word:
            if t.text in (".", ";", "!", "?"):
                return False
            continue
        if t.low in _FORECAST_MODALS:
            return not _scheduled_clause(after, j)
        n += 1
        if n > _FORECAST_REACH:
            return False
    return False


def _scheduled_clause(after: list[Token], j: int) -> bool:
    """Round 179: does the clause from ``after[j]`` to its stop name a date, a day, an hour or a
    timetable ("that the results will be announced on Friday", "will reopen in May", "at 9am",
    "by 2027", "will keep to the timetable")? Then it tells a plan on a calendar, which the body
    that set it gives out and a story passes on, no forecast whose holder is hidden (round 176's
    guess at round 174's false alarm in profile and Q&A copy). The names of days and months
    count with a capital only ("may" is the modal)."""
    calendar = listed("attribution/calendar-names")
    schedule = listed("attribution/schedule-words")
    for n, t in enumerate(after[j : j + _SCHEDULE_REACH]):
        if not t.word:
            if t.text in (".", ";", "!", "?"):
                return False
            continue
        if t.low in schedule or (t.low in calendar and t.text[:1].isupper() and n > 0):
            return True
        if _CLOCK_OR_YEAR.fullmatch(t.low) or (t.low in _MERIDIEM and n > 0 and after[j + n - 1].low.isdigit()):
            return True
    return False


def _kind(classes: frozenset[str], verdict: bool, comp: str, expletive: bool, finite: bool,
          reduced_initial: bool, agent: str, after: list[Token], j: int, perfect: bool = False) -> str | None:
    """Which passive this is (the complement its verb takes here), or ``None``."""
    if comp == "wh":
        return None  # "it is not known whether": an open question asserts nothing
    if (agent == "vague" and "passive-vague-agent" in classes | ({"passive-vague-agent"} if verdict else set())
            and ("passive-vague-agent-complement" not in classes or comp in ("as", "to", "clause")
                 or _ranked_among(comp, after, j))):
        return "vague-agent"  # (a verb of seeing or holding judges only with its complement)
    if expletive and "passive-that" in classes:
        if comp in ("that", "end"):
            return "that"
        if comp == "clause" and (_clause_opener(after[j]) or after[j].low.endswith("s")):
            return "that"  # "it is understood the talks collapsed", "it is feared ceremonies went on"
        if comp == "clause" and _bare_subject_then_auxiliary(after, j):
            return "that"  # round 161: "it is understood police are treating", "it is thought staff were"
        if comp == "other" and any(t.low == "that" for t in after[j : j + 8] if t.word):
            return "that"  # "it is believed in some quarters that"
        if comp == "clause" and time_phrase_then_that(after, j):
            return "that"  # "it was reported earlier this month that": a time phrase, then the content (round 107)
    expletive = False  # a referring "it" from here on: "it has been criticised"
    pairs = (("to", "passive-to"), ("as", "passive-as"), ("at", "passive-at"), ("with", "passive-with"))
    for c, name in pairs:
        if comp == c and name in classes:
            return c
    if (comp == "other" and "passive-of" in classes and after[j].low == "of" and finite and not expletive
            and agent != "vague"):
        return "of"  # "has been accused of hiding the report": a charge laid by nobody (round 93)
    if comp == "other" and "passive-for" in classes and after[j].low in ("for", "on") and not expletive:
        return "for"  # "is blamed for the outage", "was blamed on a fault": a cause laid by nobody
    if "passive-bare" in classes and (finite or expletive):
        return "bare"
    if comp == "clause" and finite and not expletive and "passive-that" in classes and after[j].low in _BLAME:
        return "small"  # "is held responsible for": blame laid by nobody ("held hostage" is no view)
    if comp == "clause" and "passive-small-clause" in classes and (finite or reduced_initial):
        if reduced_initial and _finite_clause(after, j):
            return None  # "Believed the plan would work, she signed": an active verb, its subject left out
        return "small"
    if (perfect and not expletive and "passive-epithet" in classes and comp in ("clause", "quote", "as")
            and after[j].low not in _PARTICLES):
        return "epithet"  # "has been called derivative": somebody, unnamed, has called it so
    if perfect and not expletive and "passive-likeness" in classes and comp in ("other", "with") and after[j].low in ("to", "with"):
        return "likeness"  # "has often been compared to the Beatles": a comparison somebody drew
    if verdict and finite and not expletive and comp in ("end", "clause", "as", "other", "quote") and not _for_role(after, j):
        return "verdict"
    return None


_SUBORDINATORS = frozenset("after before when whenever since until till once because while".split())


def _subordinate_it(before: list[Token], it_start: int) -> bool:
    """Is the "it" at ``it_start`` the subject of a clause of time or cause ("after it was
    reported", "since it was announced")? Such an "it" refers to a thing, not to a that-clause."""
    k = next((n for n, t in enumerate(before) if t.start == it_start), None)
    return k is not None and k + 1 < len(before) and before[k + 1].low in _SUBORDINATORS


def _relative_it(before: list[Token], it_start: int) -> bool:
    """Is the expletive "it" at ``it_start`` the subject of a relative clause whose own verb
    comes after the passive ("the dam, which it is feared will burst", "a group that it is
    believed has 200 members")? The relative word stands in for the that-clause's subject."""
    k = next((n for n, t in enumerate(before) if t.start == it_start), None)
    return k is not None and k + 1 < len(before) and before[k + 1].low in ("which", "who", "that", "what")


def _contact_relative(before: list[Token], i: int) -> bool:
    """Is the word before the participle a bare plural of people (an agent noun or one of
    ``source-nouns``/``participant-nouns``) right after a plural noun, with no determiner or
    preposition between ("levels midwives described as unsafe", "sites activists described as
    abandoned")? That is a relative clause without "that": the people are its subject and the
    participle their active past tense, as in "levels that midwives described". A determiner
    before the people ("the players regarded as the best") keeps the reduced passive."""
    if i + 1 >= len(before):
        return False
    people, noun = before[i], before[i + 1]
    plural_people = (people.low in lx.plural_nouns("source-nouns") or people.low in lx.plural_nouns("participant-nouns")
                     or people.low.endswith(("wives", "ers", "ists", "ians", "ants", "ents")))
    return (plural_people and noun.word and not noun.capitalised and len(noun.low) > 3
            and noun.low.endswith("s") and not noun.low.endswith(("ss", "'s", "s'", "ous", "ics"))
            and noun.low not in PRONOUNS and noun.low not in PREPOSITIONS and noun.low not in CONJUNCTIONS
            and noun.low not in BE and noun.low not in HAVE and noun.low not in lx.forms("source-verbs"))


def _object_relative(before: list[Token], i: int) -> bool:
    """Is the noun phrase ending at ``before[i]`` the subject of a relative clause ("the zone
    that the city's police chief derided as ...", "a plan which officials criticised"), so
    that the participle after it is its active past tense, not a reduced passive? Walks
    left over the phrase (words, possessives, determiners) to a relative "which"/"whom", a
    free relative "what", or
    a "that" after a noun (after a verb, "said that the bridge considered unsafe ...",
    "that" opens a clause whose subject may hold a reduced passive)."""
    k = i
    while k < len(before) and k < i + 6:
        t = before[k]
        if not t.word:
            return False
        if t.low in ("which", "whom", "what"):
            return True  # (a free relative too: "after what the regulator described as a check")
        if t.low == "that":
            prev = before[k + 1] if k + 1 < len(before) else None
            return (prev is not None and prev.word and not prev.capitalised and prev.low not in BE
                    and prev.low not in HAVE and prev.low not in MODAL and not prev.low.endswith("ed")
                    and prev.low not in lx.forms("source-verbs"))
        if t.low in PREPOSITIONS or t.low in CONJUNCTIONS or t.low in BE or t.low in HAVE or t.low in MODAL:
            return False
        k += 1
    return False


def _active_with_object(before: list[Token], after: list[Token], j: int) -> bool:
    """Is the -ed word after the adverb an active past tense, its subject a noun phrase just
    before the adverb and its object just after ("the Court generally held that ...", "the
    mayor widely publicised the plan")? A received opinion is a passive or an adjective: after
    a form of "be", a determiner or a clause mark ("a widely held view", ", widely praised,"),
    and followed by no object ("highly regarded by peers")."""
    if not before or not before[0].word or j >= len(after) or not after[j].word:
        return False
    subject = before[0]
    if (subject.low in BE or subject.low in HAVE or subject.low in MODAL or subject.low in DEFINITE
            or subject.low in INDEFINITE or subject.low in PREPOSITIONS or subject.low in CONJUNCTIONS
            or subject.low in ("get", "gets", "got", "become", "became", "remain", "remains", "seem", "seems")):
        return False
    nxt = after[j]
    return nxt.low == "that" or nxt.low in DEFINITE or nxt.low in INDEFINITE or (
        nxt.low in PRONOUNS and nxt.low not in ("it", "there", "who", "what") and nxt.low != "this") or nxt.capitalised


def _finite_clause(after: list[Token], j: int) -> bool:
    """Is the complement at ``after[j]`` a clause with a finite verb of its own ("the plan
    would work", "the judge has been vetted") rather than the noun or adjective phrase a
    passive small clause takes ("the finest harbour", "lost for decades")? Looked for up to
    the next clause mark or relative word (a relative clause inside the phrase has a verb:
    "the man who would win"). The verb is told as in every bare clause of the constructions
    (:func:`grammar.finite_verb`: an auxiliary, or a past or present by the lexicon, round 62:
    "it is thought at least two clubs sent scouts"); "be" in any form counts too ("would be")."""
    prev = after[j] if j < len(after) else None
    for k in range(j + 1, min(len(after), j + 10)):
        t = after[k]
        if not t.word:
            if t.text in CLAUSE_MARKS or t.text in ",;:()—–":
                return False
            continue
        if t.low in WH or t.low == "that":
            return False
        if t.low in BE or t.low in HAVE or finite_verb(t, prev, nxt=after[k + 1] if k + 1 < len(after) else None):
            return True
        prev = t
    return False


def _bare_subject_then_auxiliary(after: list[Token], j: int) -> bool:
    """Round 161: does a content clause open at ``after[j]`` with a bare noun phrase of one to
    three words ("police", "police officers", "hospital staff", "money") whose head has no -s,
    then its finite auxiliary ("it is understood police are treating the death as
    suspicious")? The auxiliary right after plain words makes them the clause's subject."""
    for k in range(j, min(len(after), j + 3)):
        t = after[k]
        if not t.word or t.low in BE or t.low in HAVE or t.low in MODAL or t.low in PREPOSITIONS or t.low in CONJUNCTIONS:
            return False
        if k + 1 < len(after) and after[k + 1].word and (
                after[k + 1].low in BE or after[k + 1].low in HAVE or after[k + 1].low in MODAL):
            return True
    return False


def _clause_opener(tok: Token) -> bool:
    return tok.low in DEFINITE or tok.low in PRONOUNS or tok.capitalised or tok.low[:1].isdigit() or tok.low in INDEFINITE


def _for_role(after: list[Token], j: int) -> bool:
    """ "praised in a report", "criticised in the inquiry": the verdict's source follows."""
    return j < len(after) and after[j].low == "in"


# what each kind of passive hides, after "'<cue>': <participle> by whom?" ("so by whom?" for
# an epithet: "has been called derivative" -> "called so by whom?")
_HIDDEN = {
    "vague-agent": "The agent names nobody: say who, or how many, or attribute the view to a named source.",
    "verdict": "A verdict with nobody passing it: name the critics, reviewers or officials, or give the evidence.",
    "likeness": "A comparison with nobody drawing it: name who makes it, or show the likeness.",
    "epithet": "A label with nobody giving it: name who calls it that, or describe it plainly.",
    "that": "An impersonal passive hides who believes or says this: name the source or attribute the claim.",
    "for": "A cause laid with nobody laying it: name who blames it, or give the finding that shows it.",
    "tip": "A forecast with nobody making it: name who tips it (critics, bookmakers, a named pundit).",
    "rank": "A ranking with nobody ranking it: name who ranks it so, or give the measure.",
    "of": "A charge laid by nobody: name who accuses them (critics, a rival, a report), or the body that charged them.",
}
_HIDDEN_VIEW = "An agentless passive hides who holds or reports this view: name the source or attribute the claim."


# round 93: criminal or disciplinary proceedings told near an accusation: the charge is theirs
# (the proceedings' words of lintnews.builtin.constructions.holder, and the bodies that bring them)
_LEGAL = LazyRegex(
    r"(?i)\b(?:court|courts|judge|magistrates?|jury|trial|tribunal|inquest|police|detectives|officers|"
    r"prosecutors?|prosecution|charged|charges|indicted|indictment|arrested|pleaded|pleads|plea|"
    r"convicted|sentenced|bail|remanded|lawsuit|sued|hearing|defendants?|disciplinary|investigators?)\b"
)
_LEGAL_REACH = 300  # characters each way beyond the sentence: the sentence before and the one after


def _proceedings_near(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Are criminal, civil or disciplinary proceedings told in the accusation's sentence or
    just around it (bounded by ``_LEGAL_REACH``)? Then "is accused of" reports the charge they
    bring, not hearsay (a court report's "Ruiz, 41, is accused of theft")."""
    a, b = max(0, lo - _LEGAL_REACH), min(len(text), hi + _LEGAL_REACH)
    return _LEGAL.search(text, a, start) is not None or _LEGAL.search(text, end, b) is not None


def _message(cue: str, part: str, kind: str, agent: str) -> str:
    so = " so" if kind == "epithet" else ""
    return f"'{cue}': {part}{so} by whom? {_HIDDEN.get(kind, _HIDDEN_VIEW)}"


# participles whose possessor is the one who holds the view ("her long-held belief"); with
# "praised" or "awaited" the possessor is the thing praised or awaited ("his widely praised novel")
_HOLDER_PARTICIPLES = frozenset(("held", "cherished", "felt"))
# after "held": a place, a time or a frequency makes it an event held, not a view held
_HELD_WHERE = [[w] for w in "in at on every each annually yearly weekly monthly during throughout outside inside near".split()]
_POSSESSIVE_DETERMINERS = frozenset("her his their its our my your".split())


def _possessive(t: Token) -> bool:
    return t.low in _POSSESSIVE_DETERMINERS or t.low.endswith(("'s", "’s", "s'", "s’"))


def _perfect_before(before: list[Token]) -> bool:
    """Is the word before the adverb a perfect "have" ("critics have widely praised"), past
    other adverbs and one short parenthesis between commas ("He has, for example, heavily
    criticised the plan")? Then the participle is active, its subject the holder."""
    i = 0
    while i < len(before) and i < 3 and before[i].word and is_adverb(before[i]):
        i += 1
    if i < len(before) and before[i].text == ",":
        close = next((k for k in range(i + 1, min(len(before), i + 6)) if before[k].text == ","), None)
        if close is not None and all(t.word for t in before[i + 1 : close]):
            i = close + 1
    return i < len(before) and before[i].low in HAVE


# round 132: the adverbs of a view's spread through a public, before a participle of liking,
# dislike or doubt (word class reception-attitude): "widely disliked", "generally welcomed";
# "often" and "routinely" count the times a thing was done ("routinely questioned at the border")
_SPREAD = frozenset("widely generally commonly popularly universally broadly largely".split())


# the participle right after "been" ("long been suspected")
_BEEN_PARTICIPLE = re.compile(r"[ \t]+([A-Za-z]+(?:ed|[dnt]))\b")


def received(text: str, adv_start: int, ps: int, pe: int, where: Bounds) -> Cue | None:
    """Received opinion: a consensus or degree adverb right before a participle ("widely
    praised", "highly regarded", "well received", "long rumoured"), no agent after it."""
    if (text[ps:ps + 1].isupper() and text[adv_start:adv_start + 1].isupper()
            and text[max(0, adv_start - 2):adv_start].strip(" \t") not in ("", ".", "!", "?", ":", "\"", "“")):
        return None  # "The Long Read newsletter", "a Well Known Brand": a title in capitals, mid-sentence
    part = text[ps:pe].lower()
    adverb = text[adv_start:ps].strip(" -").lower()
    adverb = adverb.split()[-1] if adverb else ""
    is_consensus = adverb in CONSENSUS or adverb == "universally"
    passive_perfect = False
    if part == "been" and is_consensus:
        # round 125: the adverb before "been" of a perfect passive ("has long been suspected",
        # "have widely been regarded as"): the participle after "been" is the one to read, and
        # the "has" before the adverb is the passive's, not an active perfect's
        nxt = _BEEN_PARTICIPLE.match(text, pe)
        if nxt is None or nxt.group(1).lower() not in lx.forms("passive-consensus", lx.PARTICIPLE):
            return None
        ps, pe, part, passive_perfect = nxt.start(1), nxt.end(1), nxt.group(1).lower(), True
    is_degree = adverb in DEGREE
    manner = adverb in RECEPTION_MANNER
    if part in ("received",):
        if not (manner or is_degree or is_consensus):
            return None
    elif is_consensus:
        if (part not in lx.forms("passive-consensus", lx.PARTICIPLE)
                and part not in lx.forms("reception-esteem", lx.PARTICIPLE)
                and part not in lx.forms("reception-verdict", lx.PARTICIPLE)
                and not (adverb in _SPREAD and part in lx.forms("reception-attitude", lx.PARTICIPLE))
                and not lx.participle_classes().get(part)):
            return None
    elif is_degree:
        if part not in lx.forms("reception-esteem", lx.PARTICIPLE) and part not in lx.forms("reception-verdict", lx.PARTICIPLE):
            return None
    else:
        return None
    if part == "known" and text[pe : pe + 8].lower().split()[:1] in (["for"], ["as"]):
        return None  # "long known for its laws", "commonly known as": a fact about it, a name
    if part == "held" and text[pe : pe + 12].lower().split()[:1] in _HELD_WHERE:
        return None  # "meetings are often held in the hall", "usually held every May": an event, no view
    if part == "held" and any(w.strip(",.;:") in lx.forms("held-practices", lx.NOUN)
                              for w in text[pe : pe + 40].lower().split()[:3]):
        return None  # "long-held diplomatic traditions", "the long-held values of": a practice kept, no claim
    lo, hi = where()
    before = left(text, adv_start, lo)
    if in_hypothetical(before) or question(text, pe, hi):
        return None
    if (passive_perfect and len(before) > 1 and before[0].low in HAVE
            and before[1].low in ("would", "could", "might", "should")):
        return None  # "it would have long been known": a counterfactual, no consensus held
    if not passive_perfect and _perfect_before(before):
        return None  # "scientists have long known that": an active perfect, its subject the source
    if len(before) > 1 and before[0].low == "most" and before[1].low in _SUPERLATIVE_DETERMINERS:
        # "the most widely read newspaper", "its most widely cited study": a ranking, which
        # the guidelines leave out of this family (issue 14; the ranking rule hints at it)
        return None
    if part in _HOLDER_PARTICIPLES and before and (_possessive(before[0]) or (
            before[0].text in ("'", "’") and len(before) > 1 and before[1].low.endswith("s"))):
        return None  # "her long-held belief", "the party's deeply felt grievance": the owner holds it
    after = right(text, pe, hi)
    j = 0
    while j < len(after) and j < 2 and is_adverb(after[j]):
        j += 1
    agent, j2 = _agent(after, j)
    if agent == "identified":
        return None
    if (part == "supposed" and j + 1 < len(after) and after[j].low == "to"
            and after[j + 1].low not in ("be", "have", "been")):
        return None  # "anyone who asks is generally supposed to get it": a duty ("is supposed to be" is hearsay)
    if part in ("disputed", "contested") and j < len(after) and after[j].low in lx.forms("territory-nouns"):
        return None  # "the long disputed border": a place two states claim, a status, no verdict
    if senses.other_sense(part, _subject_head(before), after, j):
        # "associations often celebrated in the decoration of the church", "a closely contested
        # race": kept in a rite or shown in art, fought for; no verdict (round 60)
        return None
    if _active_with_object(before, after, j):
        return None  # "the Supreme Court generally held that", "the mayor widely publicised the plan"
    if part in lx.participle_classes() and not (
        part in lx.forms("reception-esteem", lx.PARTICIPLE) or part in lx.forms("reception-verdict", lx.PARTICIPLE)
        or (adverb in _SPREAD and part in lx.forms("reception-attitude", lx.PARTICIPLE))
        or part in lx.forms("passive-consensus", lx.PARTICIPLE)
    ):
        # a reporting verb after a consensus adverb needs its complement: "widely seen as"
        comp = _complement(after, j2)
        classes = lx.participle_classes()[part]
        if not any(comp == c and n in classes for c, n in (("to", "passive-to"), ("as", "passive-as"), ("with", "passive-with"))):
            return None
    end = pe if agent != "vague" else after[j2 - 1].end
    cue = text[adv_start:end]
    return Cue(adv_start, end,
               f"'{cue}': {part} by whom? '{adverb.capitalize()}' claims a consensus nobody is "
               "named as holding: say who, or give the evidence (reviews, sales, a poll).",
               branch=f"received:{'consensus' if is_consensus else 'degree' if is_degree else 'manner'}")


# round 118: the prepositions of a postmodifier that sits between a subject's head and its verb
# ("Observing time on the telescope is keenly contested": the head is "time", not "telescope")
_POSTMODIFIER_PREPOSITIONS = frozenset("on at in of for with aboard inside within".split())


def _head_before_phrase(before: list[Token], k: int) -> Token | None:
    """The head of a subject whose last word ``before[k]`` ends a prepositional postmodifier (a
    preposition, a determiner and up to two modifiers: "time on the telescope", "the result of
    the election"), or ``None`` when the subject has no such phrase."""
    for m in range(k + 1, min(len(before), k + 5)):
        t = before[m]
        if not t.word:
            return None
        if t.low in _POSTMODIFIER_PREPOSITIONS:
            head = before[m + 1] if m + 1 < len(before) else None
            if head is None or not head.word or head.low in PREPOSITIONS or head.low in DEFINITE | INDEFINITE:
                return None
            return head
    return None


def _subject_head(before: list[Token]) -> Token | None:
    """The word before a verb chain ("associations are often" -> "associations"), read leftwards
    over forms of "be" and "have", modals, "not" and adverbs; ``None`` if a mark comes first."""
    for t in before[:6]:
        if not t.word:
            return None
        if t.low in BE or t.low in HAVE or t.low in MODAL or t.low == "not" or is_adverb(t):
            continue
        return t
    return None


# round 170: participles of belief (word class ``attribution/cognition-participles``, round
# 173), which take no "to" of place or person ("reported to work", "sent to market" do): after
# them a word that is a noun too is the infinitive's verb ("is thought to work best", "are
# believed to account for a third", "is believed to power the mill")
# the nouns of _NOT_INFINITIVE that are verbs too
_VERB_NOUNS = frozenset("work account market power police date".split())


def _cognition_infinitive(part: str, toks: list[Token], j: int) -> bool:
    """Round 170: after ``part``, a participle of belief, is "to" at ``toks[j]`` followed by a
    word of ``_NOT_INFINITIVE`` that is a verb too ("is thought to work", "are believed to
    account for")? One believes no one "to work" as a place, so the word is the infinitive;
    "reported to work" (the workplace) keeps its preposition."""
    return (part in listed("attribution/cognition-participles") and j + 1 < len(toks) and toks[j].low == "to"
            and toks[j + 1].low in _VERB_NOUNS and not toks[j + 1].capitalised)


_DEMONSTRATIVES = frozenset(("this", "these", "those"))


def _demonstrative_clause(after: list[Token], j: int) -> bool:
    """Round 170: after an impersonal passive, does a demonstrative at ``after[j]`` open a
    that-less clause as its determiner ("it is believed this system was first used", "it is
    thought these boats were built") or stand as its subject ("it is believed this is the oldest
    inn")? The clause has a finite verb of its own; "it is considered this important" (no verb)
    keeps the object reading."""
    if after[j].low not in _DEMONSTRATIVES or j + 1 >= len(after) or not after[j + 1].word:
        return False
    nxt = after[j + 1].low
    if nxt in BE or nxt in HAVE or nxt in MODAL:
        return True  # "it is believed this is the oldest inn": the pronoun is the clause's subject
    return _finite_clause(after, j + 1)


# round 170: words that open a relative clause inside the complement, whose own verb a later
# "by" belongs to ("hailed as a cure for a disease that shortens lives by decades")
_RELATIVE_OPENERS = frozenset(("that", "which", "who", "whom", "whose"))
