"""The unnamed-source construction: the entry, :func:`unnamed_source`, and its cue.

Reads the noun phrase at a person noun or quantifier head, then tries each position a source
takes in turn (the lead subject of a reporting verb, the inverted tag ", say officials.",
the object of "according to", a relative clause or participle, a by-phrase agent, a phrase
marked anonymous by its own words) with the tests of the modules below it, and words the
editor's question (:func:`make_cue`).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from lintnews.builtin.constructions import Bounds, Cue
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import (
    AUX,
    BE,
    DEFINITE,
    PRONOUNS,
    QUANTIFIER_HEADS,
    NounPhrase,
    Token,
    in_hypothetical,
    left,
    noun_phrase,
    question,
    right,
)
from lintnews.builtin.constructions.sources.firsthand import first_hand, participant
from lintnews.builtin.constructions.sources.heads import (
    FirstMention,
    counted,
    definite_conjunct,
    document_head,
    first_mention,
)
from lintnews.builtin.constructions.sources.names import (
    apposed,
    apposition_names,
    named_conjunct,
    polled_by_named,
    surname_before,
)
from lintnews.builtin.constructions.sources.phrase import (
    ANONYMITY,
    INVERTING,
    OPINION_HOLDERS,
    STANCE_ADJECTIVES,
    WHO,
    coordinated,
    group_words,
    hallmark,
    is_boundary,
    listed_subject,
    modifier_conjunct,
    pp_end,
    skip_aside,
    skip_parenthetical,
    source_verb_forms,
    tag_end,
    worth_parsing,
)
from lintnews.builtin.constructions.sources.relatives import (
    contact_relative,
    nothing_claimed,
    object_noun_phrase,
    object_of_past_verb,
    other_participle,
    own_case_advice,
    participle_before,
    quoted_as_saying,
    reporting_participle,
    self_state,
    stance,
    token_index,
    uncomplemented_holding,
)
from lintnews.builtin.constructions.sources.verbs import (
    ADMISSION,
    QUOTING,
    absolute,
    advising_trade_only,
    attributive_participle,
    authority_advice,
    conjoined_verb,
    deed_follows,
    demand_only,
    field_named,
    participle_not_verb,
    predicate_participle,
    source_verb,
)
from lintnews.language.finite import finite_forms
from lintnews.util.lazyregex import LazyRegex

# verbs of seeing and naming need an as-complement to voice a view ("see it as", "described as")
# a quantified group of people whose business is opinion: "some critics", "many historians"
# are a vague source whatever they are doing in the sentence
_OPINION_QUANTIFIERS = frozenset("some many most several numerous certain various".split())
# the prepositions after "those" that make it people placed by where they are: "according to
# those in the trade", "those in the know say"; "on" and "at" place them as "in" does
# ("those on the island who worry that", "those at the club say": round 85)
_THOSE_PLACED = frozenset(("in", "inside", "within", "around", "among", "on", "at"))
# nouns whose singular form takes a plural verb: "people say", "staff say", "prison staff have complained",
# "local media reported" (round 110: the press by kind, no outlet named)
_COLLECTIVE = frozenset(("people", "staff", "media"))
# "media" closing a sentence as its tag, after a comma and up to three modifiers (", state media said")
_MEDIA_TAG = LazyRegex(r",\s*(?:[\w-]+\s+){0,3}$")
# "media" coordinated with another speaker ("state media and witnesses said")
# (round 173: the comma optional together with the blanks before it: "\s*,?\s+" split a run of
# blanks after "The media" every way between its two runs, 10,000 blanks: over 15 s to lint)
_MEDIA_JOINED = LazyRegex(r"(?:\s*,)?\s+(?:and|or|as\s+well\s+as)\s", re.IGNORECASE)
# the modifiers that make "figures" people ("opposition figures have long claimed", "a senior
# figure in the party said"); "industry figures", "government figures" are most often numbers
_PEOPLE_FIGURES = frozenset("opposition senior leading prominent political public establishment religious "
                            "community military sporting".split())
# verbs of a mind, which numbers never take: "industry figures fear", "figures ... believe"
# ("figures show", "figures suggest", "figures indicate" are numbers speaking)
_MINDS = frozenset("fear believe think worry hope insist complain doubt suspect reckon wonder lament".split())


# the first part of a hyphenated compound whose head is the source noun: "festival-" in
# "festival-goers" (letters only, one part)
_COMPOUND_FIRST = LazyRegex(r"(?<![\w-])[A-Za-z]{2,}-$")


def unnamed_source(text: str, hs: int, he: int, where: Bounds,
                   first: FirstMention | None = None, strict: bool = False) -> Cue | None:
    """An unnamed source whose head (a person noun or a quantifier) is ``text[hs:he]``.
    ``first``: the text's first mention of a source, when the caller keeps one per document
    (the attribution judge does: see :class:`FirstMention`). ``strict`` (round 130): the head
    is a plural of ``group-speakers`` (people or a group of them, not a source noun), a source
    only in the strict frame (:func:`_strict_frame`)."""
    found = _unnamed_source(text, hs, he, where, first, strict)
    if strict and found is not None and not _strict_frame(text, hs, found, where):
        return None
    if (found is not None and found.severity != "info" and found.branch.rsplit(":", 1)[-1] in lx.lemmas("foreseeing-verbs")
            and text[hs:he].lower() in QUANTIFIER_HEADS and (scene := _AT_SCENE.match(text, he)) is not None
            and lx.forms("scene-rooms").get(scene["room"])):
        # round 173: "few in the room expected the meeting to be calmer": the people present at
        # an event the writer attends and their expectation (as "Analysts expect", a hint);
        # "some in the room say he lied" is their claim, still warned (review 138: the class's
        # forms untagged, "the stands" is a plural-only entry the noun tags leave out)
        return found._replace(severity="info", branch="source:at-scene")
    return found


# round 173: a quantifier's place in a room of the event ("few in the room", "many in the hall")
_AT_SCENE = LazyRegex(r"\s+in\s+the\s+(?P<room>[a-z]+)\b")


# round 130: the complement a group's view needs in the strict frame: a that-clause, a
# quotation, or a clause (a subject word, then a finite verb within a few words: "say the roof
# leaks", "fear prices will rise"; round 170: a name as the subject, "are convinced Femi is
# playing a game"); not "argue about", "said goodbye", "fear the worst."
_STRICT_COMPLEMENT = LazyRegex(
    r"(?:\s*,)?\s+(?:that\b|[\"“‘]|(?:(?:the|a|an|this|these|those|its|their|his|her|our|it|they|he|she|"
    r"there|we|some|many|most|no|any)\s+|[a-z][\w’'-]*\s+|[A-Z][a-z][\w’'-]*\s+)(?:[\w’'-]+\s+){0,4}?"
    r"(?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had|does|do|did|"
    r"[a-z]+(?:s|ed))\b)")
# round 136: a past auxiliary in the verb group ("Insurers were bracing", "Parents were anxious
# that"): an account of a time gone, as a past verb is
_PAST_GROUP = LazyRegex(r"(?i)\b(?:was|were|had|did)\b")
# the present copula of a progressive or a state of mind ("are warning", "remain convinced"),
# or its perfect ("have been warning", "have long been convinced": review 117, a view held up
# to now, as "have long warned" is)
_PRESENT_BE = LazyRegex(r"(?i)(?:\b(?:are|remain|(?:have|has)\s+(?:\w+\s+)?been)|[’']re|[’']ve\s+(?:\w+\s+)?been)\b")


def _present_view(text: str, he: int, end: int) -> bool:
    """Round 136: is the verb group ``text[he:end]`` (after the subject's head, the cue ending at
    its verb) a group's view in the present: a verb of ``group-views`` in its plain present
    ("Parents say", "managers privately concede"), its progressive ("Engineers are privately
    warning") or a state of mind after "are" or "remain" ("Shoppers remain convinced")? Round
    130 read the present of a fixed list of verbs, not "say"; the class is the data now."""
    group = text[he:end]
    if _PAST_GROUP.search(group):
        return False
    words = group.split()
    if not words:
        return False
    verb = words[-1].lower()
    if verb in _ADVICE_PRESENT:
        return False  # round 168: "Teachers suggest that pupils bring a coat": advice, no view
    if verb in lx.forms("group-views", ("VBP",)) or verb == "describe" or verb in lx.forms("reception-verdict", ("VBP",)):
        return True
    if (verb.endswith("ing") and lx.lemma_of("group-views", verb) is not None) or verb in STANCE_ADJECTIVES:
        return _PRESENT_BE.search(group) is not None
    return False


# round 168: a view verb whose plain present is most often advice (read in the perfect and the
# progressive only: "Gossip columnists have suggested that", "Viewers are suggesting that")
_ADVICE_PRESENT = frozenset(("suggest",))
# round 168: the that-clause an upheld claim needs in the plain past ("insisted that")
_THAT_NEXT = LazyRegex(r"\s*(?:,\s*)?that\b")


def _contested_past(text: str, hs: int, end: int) -> bool:
    """Round 166: is the verb closing ``text[hs:end]`` (the subject's head, then its verb
    group) the plain past of a verb of ``contested-claims`` ("Fellow runners claimed",
    "Neighbours later alleged"), or (round 168) of ``upheld-claims`` with its that-clause
    ("Viewers insisted that"), or (round 180) of ``whispered-claims`` with its that-clause
    ("Guests whispered that")? The verb itself marks the claim as theirs and unshown: no
    first-hand account the writer vouches for, as a past "said" or "conceded" may be. Only the
    head or one adverb in "-ly" or "later" before it: an auxiliary makes another tense."""
    words = text[hs:end].lower().split()
    if len(words) < 2:
        return False
    if words[-1] in lx.forms("upheld-claims", ("VBD",)) or words[-1] in lx.forms("whispered-claims", ("VBD",)):
        # round 168: "Viewers insisted that the final had been fixed": a claim held against
        # doubt, with its that-clause ("insisted on a refund", "maintained the roads" are not)
        if _THAT_NEXT.match(text, end) is None:
            return False
    elif words[-1] not in lx.forms("contested-claims", ("VBD",)):
        return False
    before = words[-2]
    return len(words) == 2 or (len(words) == 3 and (before.endswith("ly") or before == "later"))


# round 168: a group's reaction told in the past, its verb after a readiness or a forum ("Social
# media users were quick to claim that", "Viewers took to Twitter to complain that"): the group
# puts the claim about, as in the present; a plain past "said" may be an account of a scene
_REACTION = LazyRegex(r"(?i)\b(?:(?:quick|swift|eager|keen|fast)\s+to|(?:took|taken|take|takes|taking)\s+to\s+"
                      r"(?:[\w’'-]+\s+){1,4}?to|(?:as|so)\s+far\s+as\s+to)\s+[\w’'-]+\Z")
# or a perfect ("have long complained that"): a view held up to now
_PERFECT = LazyRegex(r"(?i)\b(?:have|has)\s+(?:\w+ly\s+|long\s+|also\s+)?\w+\Z")
# a sentence of prose ends with a stop (a headline does not)
_SENTENCE_END = LazyRegex(r"[.!?][\"”’')]*\s*\Z")
# a determiner, possessive or quantifier among the subject's words: not a bare plural
_NOT_BARE = frozenset("the a an this these those that its their his her our my your some many most "
                      "several few all both each every other".split())


def _strict_frame(text: str, hs: int, found: Cue, where: Bounds) -> bool:
    """Round 130: is the cue of a ``group-speakers`` head the strict frame: a bare plural, the
    lead subject of a speech, cognition or complaint verb (a warning, not a first-hand hint),
    with a that-clause, a quotation or a clause after the verb?"""
    if found.severity == "info":
        return False
    if found.branch == "source:according":
        # round 145: a group cited by "according to" ("according to parents at the school"):
        # the citation makes it the sentence's source, in any tense; a bare plural only
        # ("according to the parents" refers back), in a sentence of prose
        lo, hi = where()
        words = text[found.start : hs].split()[2:]
        return (_SENTENCE_END.search(text, lo, hi) is not None
                and not any(w.lower() in _NOT_BARE or w.endswith(("'s", "’s")) or not w.replace("-", "").isalpha()
                        for w in words))
    present = _present_view(text, hs, found.end)
    if not found.branch.startswith("source:lead:plural:") and not (
            # round 136: the progressive ("Engineers are privately warning that"), read as a
            # participle by the parse, is the lead verb of its present (_present_view asks)
            found.branch.startswith("source:participle:plural:") and present):
        return False
    if (not present and not _PERFECT.search(text, found.start, found.end) and not _contested_past(text, hs, found.end)
            and not _REACTION.search(text, hs, found.end)):
        return False  # a past account ("Firefighters said the blaze started"): who was there
    lo, hi = where()
    if not _SENTENCE_END.search(text, lo, hi):
        return False  # a headline ("Parents say school must reopen"): the body names them
    words = text[found.start : hs].split()
    if any(w.lower().strip("\"“‘'") in _NOT_BARE or w.endswith(("'s", "’s")) for w in words):
        return False
    subject = text[hs : found.end].lower().split()[:-1]
    if any(w in ("and", "or") and nxt in _NOT_BARE for w, nxt in pairwise(subject)):
        # round 136: a coordinated subject with a definite conjunct ("Ship pilots and the
        # analysts she hired report that"): the view is the identified conjunct's as much
        return False
    if text[hs : found.end].lower().endswith("describe"):
        # round 145: a description is a view only with its as-complement ("describe the bar as
        # a trouble spot"; "describe the lessons in a newsletter" tells how they report)
        return _DESCRIBED_AS.match(text, found.end, hi) is not None
    if lx.lemma_of("reception-verdict", text[hs : found.end].lower().split()[-1]) is not None:
        # round 148: a verdict is a view with its object and the ground or the name it gives
        # ("have long praised the serum for fading spots", "criticise the plan as"); "praise the
        # staff" alone tells a thanks, no claim
        return _VERDICT_GROUND.match(text, found.end, hi) is not None
    complement = _STRICT_COMPLEMENT.match(text, found.end, hi)
    if complement is None:
        return False
    # round 136: not a tag set off by commas in mid sentence ("His fortune, prosecutors
    # believe, included two villas"): the group is the sentence's teller, named or not by the
    # story, no lead view of its own (round 130's lead subject, which the anchors now reach)
    tag = text[found.end : complement.end()].lstrip().startswith(",")
    return not (tag and _TAG_BEFORE.search(text, lo, found.start))


# round 145: adverbs that place a plural head after it as a phrase would ("owners nearby",
# "fans online"): the group is still nobody named
_PLACE_ADVERBS = frozenset(("nearby", "online", "locally"))
# round 145: the as-complement of "describe" after its object ("describe the bar as a", "describe
# him as"), the object a few words at most
_DESCRIBED_AS = LazyRegex(r"\s+(?:[\w’'-]+\s+){1,4}?as\s+[\w\"“‘]")
# round 148: a verdict's object (one to four words) and its for- or as-phrase ("praised vitamin C
# for fading", "criticise the plan as")
_VERDICT_GROUND = LazyRegex(r"\s+(?:[\w’'-]+\s+){1,4}?(?:for|as)\s+[\w\"“‘]")
# a comma right before the group's words: it is set off in mid sentence
_TAG_BEFORE = LazyRegex(r",\s*\Z")


def _unnamed_source(text: str, hs: int, he: int, where: Bounds,
                    first: FirstMention | None, strict: bool) -> Cue | None:
    low = text[hs:he].lower().replace("’", "'")
    quantifier = low in QUANTIFIER_HEADS
    # round 173: a plural of an advising trade only ("financial planners"), read for its advice
    # alone (sources/verbs.authority_advice), not for its talk: "Planners said" may be a body's
    trade_only = (not quantifier and not strict and low not in lx.forms("source-nouns", lx.NOUN)
                  and low in lx.plural_nouns("advising-trades"))
    if not quantifier and not trade_only and low not in lx.forms("source-nouns", lx.NOUN) and not (
            strict and low in lx.plural_nouns("group-speakers")):
        return None
    plural = quantifier or strict or trade_only or low in lx.plural_nouns("source-nouns") or low in _COLLECTIVE
    if low == "group":
        return None  # "a campaign group said": one body, most often named in the next breath
    if low == "media" and _MEDIA_JOINED.match(text, he) is not None:
        # round 110: "state media and witnesses said" is read by its other member, as before
        # "media" was a source noun (a hint for the witnesses; a named body with it clears)
        return None
    if not trade_only and not worth_parsing(text, hs, he):
        return None  # (an advising trade is parsed for its advice verb, which the cheap look misses)
    lo, hi = where()
    if not quantifier and hs > lo + 1 and text[hs - 1] == "-":
        # round 123: the head closing a hyphenated compound ("festival-goers", "co-workers"):
        # the whole compound is the noun, its first part no modifier standing apart
        compound = _COMPOUND_FIRST.search(text, max(lo, hs - 30), hs)
        if compound is not None:
            hs = compound.start()
    if low == "media" and _MEDIA_TAG.search(text[max(lo, hs - 60) : hs]) is not None:
        # "The ferry reportedly sank, state media said.": a closing tag is the document's
        # described source (document/sourcing.py: the kind of outlet), a hint for the claim
        return None
    if nouns_of(low) == "leader" and not _leader_may_claim(text, hs, he, lo, hi):
        return None  # the cheap look before the parse: see _content_follows
    after = right(text, he, hi)
    if (not quantifier and text[hs].isupper() and after and after[0].word and after[0].text[:1].islower()
            and _NAME_WORD_BEFORE.search(text, lo, hs) is not None):
        # "Palestinian Authorities say": a capitalised head after a capitalised word, before a
        # lower-case verb, is the last word of a name (not "10:32 - Residents fear")
        return None
    if not quantifier and text[hs].isupper() and (not after or not after[0].word) and _name_ends(text, lo, hs):
        # round 91: "according to Farside Investors, but ...", "said Harbour Analysts.": a
        # capitalised head after a capitalised word in mid sentence, before punctuation, is the
        # last word of a name ("Investors, analysts say" opens a sentence and stays vague)
        return None
    if (not quantifier and text[hs].isupper() and _LOWER_WORD_BEFORE.search(text, lo, hs) is not None
            and len(after) > 1 and after[0].low == "of" and after[1].capitalised):
        # "environmental group Friends of Stenbury Meadows said": a capitalised head in mid
        # sentence with a capitalised of-phrase is an organisation's name ("Residents of
        # Leeds say", opening the sentence, stays vague)
        return None
    if not quantifier and text[hs].isupper() and _titled_member_of_name(text, he, hi):
        # round 169: "Friends of the Marsh chairman Tom Reilly said": the capitalised head and
        # its capitalised of-phrase name a body, and the title and name after it the speaker
        # ("Friends of the Prince say", with no titled name after, stays vague)
        return None
    if not quantifier and apposition_names(after, 0):
        return None  # "spokeswoman Jane Roe", "critics, including Ana Ruiz,"
    if not quantifier and low in ("force", "forces") and _INSTITUTION_FORCE.search(text, lo, hs):
        return None  # "a Bundestag task force has concluded": an institution, not fighters
    if not quantifier and low == "forces" and _NAMED_FORCES.search(text, lo, hs):
        # "Iraqi forces said they killed the commander", "East Libyan forces claim victory": a
        # state's or a side's armed forces speak as an institution, as "police said" does
        return None
    if not quantifier and not plural and after and document_head(after[0].low):
        return None  # "according to a missing person poster": the person noun modifies a document
    j = 0
    partitive = False
    group_head = None  # a quantifier's noun: "some parents" -> "parent"
    if quantifier:
        if low == "those" and (not after or (after[0].low not in WHO | _THOSE_PLACED
                                             and hallmark(text, after, 0) is None)):
            # "those" alone refers back ("those in the trade say" are people placed, "those
            # close to him insist" people marked as anonymous as "people close to him" are)
            return None
        if len(after) > 1 and after[0].low.endswith("ed") and after[1].low in lx.forms("report-nouns", lx.NOUN):
            # "some confirmed reports": the participle modifies a document (a verb cannot
            # follow it at once), no one speaks
            return None
        # "those" takes no group words ("those close to him": "close" is the mark of anonymity)
        j = 0 if low == "those" else group_words(after)
        people = lx.forms("participant-nouns", lx.NOUN)
        group_head = people.get(after[j - 1].low) if j > 0 else None
        if any(after[k].low in lx.forms("report-nouns", lx.NOUN) for k in range(j)):
            return None  # "most surveys report a margin of error": documents, the provenance rule's
        # "many of them", "some of the residents": part of a group the story has introduced
        partitive = (j == 0 and len(after) > 1 and after[0].low == "of"
                     and (after[1].low in DEFINITE or after[1].low in ("them", "us", "you", "these", "those")))
        if group_head is None and len(after) > 1 and after[0].low == "of" and after[1].low == "whom":
            # "complaints from travellers, some of whom said they had trouble ...": the
            # relative's quantifier counts the noun before its comma, whose people they are
            group_head = _antecedent(text, hs, lo, people)
        if group_head is None and j == 0 and not partitive and _OPENS_SENTENCE.fullmatch(text, lo, hs):
            # round 175: "Riders packed the board room. Many said they had no other way to get
            # to work": a bare quantifier opening its sentence counts the group the sentence
            # before placed at the scene
            group_head = _scene_antecedent(text, lo, people)
    anonymous_end = hallmark(text, after, j)
    # "members of the committee": a body the story has named, as "forecasters at the service"
    nouns = lx.forms("source-nouns", lx.NOUN)
    membership = nouns.get(low) == "member" or any(nouns.get(t.low) == "member" for t in after[:j])
    # round 135: a group's definite lower-case institution names the body only if the story has
    # named it (one person placed in it, "a senior figure in the party", and "members of the
    # board", a body's membership, keep round 30's reading)
    if plural and j == 0 and len(after) > 1 and after[0].low in _PLACE_ADVERBS and after[1].word:
        j = 1  # round 145: a place adverb after the head ("shop owners nearby fear", "fans online claim")
    j, pp_named = pp_end(after, j, membership, text if plural and not membership else None)
    if nouns.get(low) in ("source", "insider"):
        # "sources within the health board", "insiders at the theatre": where they work, still
        # nobody named (both words say the speaker is kept anonymous)
        pp_named = False
    end_hallmark = hallmark(text, after, j)
    if end_hallmark is not None:
        anonymous_end = end_hallmark
        while j < len(after) and after[j].end <= end_hallmark:
            j += 1
        j, _ = pp_end(after, j) if j < len(after) and after[j].low in ("of", "to", "the") else (j, False)
    if anonymous_end is not None:
        pp_named = False  # "close to the White House": what they know about, not who they are
    j = skip_parenthetical(after, j)
    if apposition_names(after, j):
        return None
    if polled_by_named(after, j):
        return None  # "most economists polled by Reuters expect": a named poll's respondents
    j = skip_aside(after, j)  # "residents, who have lived here for decades, say"
    and_at = j
    j = coordinated(after, j)  # "critics and other observers have argued"
    # "residents and a local monitoring group said", "witnesses and the Red Cross said"
    with_body = j > and_at and body_conjunct(after[and_at + 1 : j])
    relative = j < len(after) and after[j].low in WHO
    if relative:
        j += 1  # "critics who say", "those who believe"
        if j < len(after) and after[j].low in _CLAUSE_PRONOUNS:
            return None  # "people who he said attack gays": the relative clause's speaker is "he"
    before = left(text, hs, lo)
    if in_hypothetical(before) or question(text, he, hi):
        return None
    verb_forms = source_verb_forms()
    np = None
    if quantifier:
        # "many of them", "some members of the board": described ("many Travellers in Killarney" are not)
        start, after_np, described = hs, 0, ("described" if partitive or (pp_named and membership) else None)
    else:
        np = noun_phrase(before, Token(text[hs:he], low, hs, he), frozenset(verb_forms))
        # "figures show", "industry figures suggest": numbers, not people, unless the verb is
        # one only people do ("travel industry figures fear", checked below)
        if nouns.get(low) == "figure" and not any(m.low in _PEOPLE_FIGURES for m in np.mods):
            mind = source_verb(after, j, plural)
            if mind is None or mind[1] not in _MINDS:
                return None  # "according to board figures", "figures show": numbers
        if np.definite and not first_mention(text, np, low, first) and not ANONYMITY.match(text, he, hi):
            return None  # "the experts", "these insiders": sources introduced before
        if not plural and np.det is None and np.possessive is None:
            return None  # a singular noun with no determiner is a modifier ("source code")
        indefinite = np.det is not None and np.det.low in ("a", "an")
        if relative and not plural and indefinite and apposed(left(text, np.start, lo, 200),
                                                               _DASH.search(text, he, hi) is not None):
            return None  # "Ana Ruiz, a critic who has argued ...": the critic is named
        if not plural and indefinite and _QUOTE_THEN_NAME.search(text, max(lo, np.start - 150), np.start):
            # '"...," Omar Haddad, a Syrian activist told Al Jazeera.': the speaker of the
            # quotation, named, and his description (the second comma left out)
            return None
        if plural and np.det is not None and np.det.low in _SINGULAR_DETERMINERS and np.mods and np.quantity is None:
            # "a drought health experts describe as severe": the determiner and the word next
            # to it are another noun phrase's, of which the source's clause is a relative
            np = np._replace(start=np.mods[-2].start if len(np.mods) > 1 else hs, det=None,
                             mods=np.mods[:-1], after=len(np.mods) - 1)
        if np.det is None and np.mods and np.mods[0].low in _CAUSATIVES:
            return None  # round 106: "hormones that make people feel full": the causative's object
        if np.det is None and _phrasal_participle(np.mods):
            # round 172: "and turning away customers who complain", "shutting out residents":
            # a participle and its particle are a verb, the group its object, no speaker
            return None
        start, after_np = np.start, np.after
        described = "described" if (pp_named or np.possessive is not None) else None
        if plural and np.det is None and np.possessive is None and _unnamed_owners(before, np.after):
            # round 170: "Buyers' advocates are convinced", "Parents' groups claim": the owners
            # are a bare plural of people too, so the phrase, owners and all, names nobody
            start, after_np = before[np.after + 1].start, np.after + 2
        if plural and np.det is None and any(m.low in _POINTING_MODIFIERS for m in np.mods):
            # "company executives say", after the company is named: the officers of the
            # firm the story is about, as "forecasters at the service" point back to one ("a
            # company executive" may be any company's)
            described = "described"
    head_end = after[j - 1].end if j > 0 else he
    if np is not None and np.det is None and np.possessive is None and np.mods:
        conjunct = modifier_conjunct(before, after_np)
        # "intelligence and defence officials", "US and EU diplomats"; not where the words
        # before "and" are a phrase of their own ("monitoring groups and political analysts
        # report": two subjects, the second still at a clause start)
        if conjunct is not None and surname_before(text, conjunct[0], lo):
            conjunct = None  # "Secillano and opposition lawmakers criticised": a person named earlier
        if conjunct is not None and (
                is_boundary(before, conjunct[1], verb_forms, False)
                or (conjunct[1] < len(before) and before[conjunct[1]].low in QUOTING | {"to"})):
            start, after_np = conjunct
    if np is not None and np.det is None and not np.mods and definite_conjunct(before, after_np):
        return None  # "the politicians and legislators said": the article serves both
    if named_conjunct(before, after_np):
        return None  # "Ana Ruiz and other critics say": the named one vouches for the claim
    if after_np < len(before) and not trade_only:
        t = before[after_np]
        if t.low == "to" and after_np + 1 < len(before) and before[after_np + 1].low == "according":
            return _cue(text, before[after_np + 1].start, max(head_end, anonymous_end or 0), low, described,
                        "source:according")
        if t.low in INVERTING and tag_end(after, j) and not listed_subject(after, j) and (
            after_np + 1 >= len(before) or not before[after_np + 1].word
        ):
            return _cue(text, t.start, he, low, described, "source:inverted-tag")  # ", say officials."
    verb = (_trade_report(text, lo, hi, np, after, j) if trade_only
            else source_verb(after, j, plural) or absolute(before, after_np, after, j))
    if verb is None and plural and not relative:
        verb = authority_advice(after, j, low)  # round 172: "Experts recommend keeping ..."
        if verb is not None and advising_trade_only(low) and (
                np is None or np.det is not None or np.possessive is not None or not field_named(np.mods, lo)):
            verb = None  # round 173: "Council planners recommend refusing": a body's officers
    if trade_only and verb is None:
        return None
    if verb is not None and participle_not_verb(before, after_np, after, j, verb[0]):
        return None  # round 163: "MPs thought to have claimed", "with 35,000 people expected": a participle
    conjoined = False
    if (verb is None and not quantifier and not relative and j < len(after)
            and (after[j].low in verb_forms or after[j].low.endswith("ed"))):
        # "a senior official called the rule illegitimate and said ...": the source's second
        # verb, joined to a first that reports nothing
        verb = conjoined_verb(after, j, plural)
        conjoined = verb is not None
    if verb is None and not quantifier and not relative:
        # "officials were cautious, saying ...", "a senior official was quoted by army radio as
        # saying ...": the source's words hang on a participle of its own predicate
        verb = predicate_participle(after, j)
        conjoined = verb is not None
    # "than those who disagree", "as those who disagree": a compared group, told apart by its view
    compared = after_np < len(before) and before[after_np].low in ("than", "as")
    if verb is not None and relative and low not in OPINION_HOLDERS and stance(after, verb[0], compared):
        # "those who argue for its abolition do not ...": who they are, not what they say
        # ("experts who worried about it" are still experts voicing a view)
        stance_at = token_index(after, verb[0])
        verb = None
    else:
        stance_at = None
    indefinite_one = np is not None and np.det is not None and np.det.low in ("a", "an", "one")
    if verb is None and relative and (plural or indefinite_one):
        # "some who know him said", "a resident who did not want to be identified out of fear
        # said": past a restrictive relative clause (no commas) to the main verb
        first_k = j + 1 if stance_at is None else max(j + 1, stance_at + 1)
        read_from = -1
        for k in range(first_k, min(len(after), j + (6 if plural else 16))):
            if not after[k].word:
                break
            if object_of_past_verb(after, k):
                continue  # "a police chief who used fear and torture": the relative's verb took it as a noun
            if k - 1 == read_from and after[k - 1].low in AUX:
                continue  # "customers who are behind can ask": the verb group was read from its auxiliary
            read_from = k
            verb = source_verb(after, k, plural)
            if verb is not None and after[k - 1].low in BE and not verb[2]:
                # "workers who have been told that ...": the relative clause's own passive
                # (the people spoken to), not the main verb past it
                verb = None
            if verb is not None:
                break
    if verb is None and quoted_as_saying(before, after_np, after, j):
        # "the agency quoted an unnamed official as saying": the source is the object of
        # the report that carries its words
        return _cue(text, start, after[j + 1].end, low, described, "source:quoted-as")
    if verb is None:
        # ("those close to the stage had a clear view": "those" needs a verb of its own)
        if anonymous_end is not None and low != "those" and is_boundary(before, after_np, verb_forms, False):
            return _cue(text, start, anonymous_end, low, described, "source:anonymous")
        if (after_np < len(before) and before[after_np].low == "by" and np is not None and np.det is not None
                and plural and participle_before(before, after_np + 1) and not other_participle(before, after_np + 1)
                and not uncomplemented_holding(before, after_np + 1, after, j)):
            return _cue(text, before[after_np].start, head_end, low, described, "source:by-agent")  # "by several sources"
        if after_np < len(before) and before[after_np].low == "by" and np is not None and (
                np.det is not None or plural) and reporting_participle(before, after_np + 1, after, j):
            # "was confirmed by a government official", "was told by a senior aide": the
            # unnamed source is the agent of a passive of speech; an agent clears a passive
            # only when it is named
            return _cue(text, before[after_np + 1].start, he, low, described, "source:by-agent-of-speech")
        if not quantifier and np is not None and np.det is not None and np.det.low in _OPINION_QUANTIFIERS and low in OPINION_HOLDERS:
            found = _cue(text, start, he, low, described, "source:opinion-quantifier")  # "some critics", whatever they did
            if deed_follows(after, j, verb_forms):
                # "Some experts attended the hearing", "many critics staged a walkout": a deed
                # in the past, no view told; which experts is worth a hint ("Critics staged a
                # walkout", with no quantifier, is not flagged at all)
                return found._replace(severity="info", branch="source:opinion-quantifier:deed")
            return found
        return None
    tok, lemma, vbg = verb
    if lemma == "report" and _reports_own_figures(text, tok.end, hi):
        # round 175: "several schools reporting their best grades", "some farms reported their
        # lowest yields": a body telling its own measured results, a record it keeps, not
        # hearsay; which ones is worth a hint
        return _cue(text, start, tok.end, low, described, "source:own-figures")._replace(severity="info")
    if quantifier and (at := token_index(after, tok)) is not None and attributive_participle(after, at, lemma):
        return None  # "Some branded food makers are reported to": the adjective of the subject
    if relative and own_case_advice(text, lemma, tok.end, hi):
        return None  # "those who think they are owed a refund should contact the firm": a condition
    if compared and lemma in _EXPECTING and _CLAUSE_ENDS.match(text, tok.end, hi):
        # "less strict than some investors had feared.", "as grand as fans expected.": the
        # measure of a comparison, the view having no content of its own to claim
        return None
    if after_np < len(before) and before[after_np].low == "what" and nothing_claimed(after, tok):
        return None  # "Confidence isn't about what other people say or do.": what they say, untold
    if relative and lemma == "fear" and object_noun_phrase(after, tok):
        # "thrown out by family members who fear infection and social stigma": a fear of a
        # thing says who the people are, as "those who complain about the noise" does
        return None
    if lemma in _VOTING and (nouns.get(low) == "voter" or any(nouns.get(t.low) == "voter" for t in after[:j])):
        return None  # "Scottish voters rejected independence by 55% to 45%": a vote, not a claim
    if (lemma in _VOTING and (nouns.get(low) == "member" or any(nouns.get(t.low) == "member" for t in after[:j]))
            and _BALLOT.match(text, tok.end)):
        return None  # "union members have rejected a deal": a ballot on an offer, not a claim
    if nouns.get(low) == "leader" and (relative or not _content_follows(after, token_index(after, tok))):
        # "leaders were hoping to firm up support", "warned their residents", "leaders who
        # said they would march": leaders act, and most often as the ones the story is about;
        # they stand for a claim only with its clause ("business leaders have warned that")
        return None
    if lemma == "believe" and tok.end < len(text) and _BELIEVE_IN.match(text, tok.end):
        return None  # "others who no longer believe in traditional customs": a faith, no claim
    if relative and _COUNTED_NP.match(text, start, hs):
        # "the number of officials who think three rises are due rose": the count of those
        # who hold a view, not the view; a hint ("a number of officials think" stays)
        return _cue(text, start, tok.end, low, described, "source:counted")._replace(severity="info")
    if relative and _LIKELIER.search(text, tok.end, hi):
        # "those who agree their heads are supportive are half as likely to leave": the view
        # sorts the people a study measures, a finding about them, not the view told as so; a hint
        return _cue(text, start, tok.end, low, described, "source:counted")._replace(severity="info")
    if not is_boundary(before, after_np, verb_forms, vbg) and not contact_relative(after, tok, lemma):
        if not (relative and plural and not quantifier and lemma in _VIEW_RELATIVE and tok.start == after[j].start
                and not stance(after, tok)):
            return None
        # "a worry for investors who see him as an oracle": a relative clause on a noun
        # deep in the sentence still voices the view of people nobody names
        if counted(before, after_np) or _COUNTED_NP.match(text, start, hs):
            # "the share of dealers who believe they will profit has fallen": a count of
            # the people who hold the view (a survey's), not the view told as so; a hint
            return _cue(text, start, tok.end, low, described, "source:counted")._replace(severity="info")
    if _NO_COMMENT.match(text, tok.end, hi) or _BARRED.match(text, tok.end, hi):
        return None  # "officials said they could not comment": a refusal reports no claim
    if lemma in ("say", "tell") and not _kept_anonymous(low) and (
            _SELF_REPORT.match(text, tok.end, hi) or self_state(text, tok.end, hi)):
        # "Some said they felt dejected": people telling how they feel or what they went
        # through are the authority on it; which people is worth a hint, not a warning
        return _cue(text, start, tok.end, low, "described", "source:self-report")
    head_lemma = nouns.get(low) or group_head or (lx.lemma_of("group-speakers", low) if strict else None)
    # (round 178: a relative clause that says where they were, the speech verb the main one,
    # "Residents who rode out the storm described a sleepless night", keeps them participants)
    placed = relative and j < len(after) and tok.start != after[j].start
    if (not relative or placed) and participant(head_lemma) and first_hand(text, tok.end, hi, lemma, head_lemma):
        # "Residents said they had to buy water", "doctors said they were seeing more cases",
        # "residents have complained of headaches": people who were there telling their own
        # experience; which ones is worth a hint, not a warning
        found = _cue(text, start, tok.end, low, described, "source:first-hand")
        return found._replace(severity="info", question=found.question + _FIRST_HAND_NOTE)
    subject = "quantifier" if quantifier else "plural" if plural else "singular"
    with_ = after_np < len(before) and before[after_np].low == "with"
    how = ("conjoined" if conjoined else "relative" if relative else "absolute" if vbg and with_
           else "participle" if vbg else "lead")
    found = _cue(text, start, head_end if conjoined else tok.end, low, described,
                 f"source:{how}:{subject}:{lemma}")
    if with_body or (after_np + 1 < len(before) and before[after_np].low == "and"
                     and body_conjunct([before[after_np + 1]])):
        # "state media and witnesses said", "residents and a local monitoring group said": the
        # group speaks alongside a body that can be named or is (a wire's lead, whose sources
        # the next sentences name); partly attributed, so a hint, not a warning
        return found._replace(severity="info", branch="source:with-body")
    if (np is not None and lemma in ("say", "issue") and _BODY_STATEMENT.match(text, tok.end, hi) and _named_modifier(
            text, lo, np.mods)) or (not _kept_anonymous(low) and _confirmed_statement(text, tok.end, hi, lo, np, lemma)):
        # "Harbour Lane bosses said in a statement that ...", "Acme chiefs issued a statement":
        # the named body's written word, given by its unnamed heads, is the body's own on the
        # record; which heads is a hint ("Downing Street aides said", with no statement, stays)
        return found._replace(severity="info", branch="source:body-statement")
    if lemma == "call" and _term_of_art(low, after, token_index(after, tok)):
        # round 176: "Psychologists call this loss aversion", "economists call it the paradox of
        # thrift": a learned field's name for a thing, a term of its art, not a claim to
        # attribute (GUIDELINES: a claim presented as fact); which field's people is a hint
        return found._replace(severity="info", branch="source:term-of-art")
    if lemma == "tell" and _FORUM.match(text, tok.end, hi):
        # "Military chiefs told a parliamentary committee in May that ...": evidence given to a
        # public body on its record, which the reader can look up; which chiefs is a hint
        return found._replace(severity="info", branch="source:forum")
    if lemma == "call" and demand_only(text, tok.end, hi):
        # "Campaigners called for the closures to be paused", "critics called on the minister
        # to resign": a demand claims nothing the reader must take on trust (GUIDELINES: a
        # claim presented as fact); which campaigners is still worth asking, as a hint
        return found._replace(severity="info", branch="source:demand")
    if (lemma == "ask" and not plural and not quantifier and text.startswith(" for", tok.end)
            and demand_only(text, tok.end, hi)):
        # "The fraud came to light when a new finance director asked for an audit": one person's
        # request, a step in the story, claims nothing ("users have been asking for it", a
        # group's demand, stays a warning: news-dev's annotators mark it); a hint
        return found._replace(severity="info", branch="source:request")
    if lemma in ADMISSION and not _OFF_RECORD.search(text, max(lo, tok.start - 40), tok.start):
        # "Beijing officials admitted that ...", "executives admitted that ...": a concession
        # is most often the body's own on the record; which ones is worth asking, as a hint
        # (measured: 1 true of 2 on news-dev and the fresh pages). "Privately" or "off the
        # record" right before the verb says it is not on the record: the group stays anonymous
        return found._replace(severity="info")
    return found


# round 176: the objects after which a learned field's "call" gives its term ("call this loss
# aversion", "call it the paradox of thrift")
_TERM_OBJECTS = frozenset(("this", "it", "that", "these", "such"))
# an article opening the name: "call it a disaster", "call this a scandal" is a verdict, no term
_VERDICT_ARTICLES = frozenset(("a", "an"))


def _term_of_art(head: str, after: list[Token], k: int | None) -> bool:
    """Round 176: does the "call" at ``after[k]``, whose subject's head is ``head``, give a
    learned field's term for a thing: the head one of the learned professions
    (``expert-professions``: psychologists, economists, sociologists), the object "this",
    "it" or "that", and no "a"/"an" opening the name ("Psychologists call this loss aversion",
    "Economists call it the paradox of thrift")? "Economists call it a disaster" judges, and
    "critics call it reckless" is no field's term."""
    if k is None or k + 2 >= len(after) or not lx.forms("expert-professions", lx.NOUN).get(head):
        return False
    nxt, name = after[k + 1], after[k + 2]
    if not (nxt.low in _TERM_OBJECTS and name.word and name.low not in _VERDICT_ARTICLES and name.low != "for"):
        return False
    return not _verdict_named(after, k + 2)


# the words that close what "call it" names: "call it madness to cut rates now", "call this
# loss aversion and ..."
_NAME_ENDS = frozenset(("to", "and", "or", "but", "because", "for", "when", "if", "as", "since", "while"))


def _verdict_named(after: list[Token], n: int) -> bool:
    """Review 140: is what "call it" names from ``after[n]`` a verdict ("Economists call it
    reckless", "call this madness", "call it the worst slump in decades", "call it sheer
    folly to cut")? Its first word (past "the") or its last (before a stop or a word of
    ``_NAME_ENDS``) is one of ``call-verdicts``; a term of art names a thing ("loss
    aversion", "the paradox of thrift", "market failure")."""
    verdicts = lx.forms("call-verdicts")
    first = n + 1 if after[n].low == "the" and n + 1 < len(after) else n
    last = first
    while last + 1 < len(after) and after[last + 1].word and after[last + 1].low not in _NAME_ENDS:
        last += 1
    return after[first].low in verdicts or after[last].low in verdicts


def _kept_anonymous(head: str) -> bool:
    """Round 177: is the head a word that says the speaker is kept anonymous ("sources",
    "insiders", "Coastguard sources", "Kremlin insiders")? What such a source feels ("say they
    are particularly worried about", "said they felt misled") is the stance of the body it
    speaks for, passed on by nobody named, not a person's own experience (the self-report hint
    of "Some said they felt dejected"). Aides and officials keep that hint: a named body's
    officers telling their reaction is most often the body's own on the record (doubtful)."""
    return lx.forms("source-nouns", lx.NOUN).get(head) in ("source", "insider")


# round 177: after a trade's "report", what opens no account of the market: a preposition ("report
# to the regulator", "report on their clients") or a stop
_REPORT_OBJECT = LazyRegex(r"[ \t]+(?:that\b|(?!(?:to|on|for|from|in|at|into|back|directly)\b)[a-z][\w-]*\b)")


def _trade_report(text: str, lo: int, hi: int, np: NounPhrase | None, after: list[Token],
                  j: int) -> tuple[Token, str, bool] | None:
    """Round 177: "Brokers report a rush of switching activity", "Mortgage brokers report that
    lenders are cutting rates": a plural of an advising trade (round 173's ``advising-trades``,
    read before for its advice only) opening its sentence, bare or with its field named, then
    "report" in the plain present and an account of what the trade sees (a that-clause or an
    object): the trade's word on the market passed on, nobody named, as "Dealers report a
    surge" (a source noun) already is. Not a determiner or an owner ("The bank's advisers
    report"), a body's modifier ("Council planners report"), a mid-sentence subject (the
    sentence's lead is elsewhere), a past tense ("Brokers reported", an account of a time
    gone), "report to"/"report on" (a duty), nor a headline (the body names them)."""
    if np is None or np.det is not None or np.possessive is not None or np.quantity is not None:
        return None
    if np.mods and not field_named(np.mods, lo):
        return None
    if not _OPENS_SENTENCE.fullmatch(text, lo, np.start):
        return None
    if j >= len(after) or after[j].low != "report" or _REPORT_OBJECT.match(text, after[j].end, hi) is None:
        return None
    if not _SENTENCE_END.search(text, lo, hi):
        return None
    return after[j], "report", False


# an adverbial right before a concession verb saying it was made off the record ("aides
# privately admit", "officials, in private, concede")
_OFF_RECORD = LazyRegex(r"(?i)\b(?:privately|in\s+private|off\s+the\s+record),?\s+$")


# round 177: the verbs by which a body's heads put out its written word ("confirmed in a statement")
_STATEMENT_VERBS = frozenset(("say", "issue", "confirm", "announce"))
# the classes of a body named by its kind ("Coastguard officials", "Police chiefs"): at the
# sentence's start its capital is the sentence's, and the kind still says which body it is
_BODY_KINDS = ("public-bodies", "civil-bodies", "service-domains")


def _confirmed_statement(text: str, pos: int, hi: int, lo: int, np: NounPhrase | None, lemma: str) -> bool:
    """Round 177: the body-statement hint ("Harbour Lane bosses said in a statement") for a
    statement confirmed or announced ("Acme chiefs confirmed in a statement that"), and for a
    body named by its kind at the sentence's start ("Coastguard officials confirmed in a
    statement", where the capital is the sentence's): the body's written word, on the record
    (GUIDELINES.md: a clearly identified source). "Senior officials said in a statement" (no
    body) and "Treasury officials confirmed in a statement" (a capital at the sentence's start
    that no class tells from the sentence's own: doubtful) keep their warning, as do sources
    and insiders, anonymous by their own word (the caller asks)."""
    if np is None or not np.mods or lemma not in _STATEMENT_VERBS or _BODY_STATEMENT.match(text, pos, hi) is None:
        return False
    if _named_modifier(text, lo, np.mods):
        return True
    return any(lx.forms(cls, lx.NOUN).get(m.low) for m in np.mods if m.word for cls in _BODY_KINDS)


def _named_modifier(text: str, lo: int, mods: tuple[Token, ...] | list[Token]) -> bool:
    """Is one of the modifiers a name ("Harbour Lane bosses"): capitalised where the sentence
    does not make it so (not its first word)?"""
    for m in mods:
        if not m.capitalised:
            continue
        left_text = text[lo : m.start].rstrip(" \t\"“‘'")
        if left_text and left_text[-1] not in ".!?:\n":
            return True
    return False


def _antecedent(text: str, hs: int, lo: int, people: dict[str, str]) -> str | None:
    """The participant lemma of the noun a ", some of whom" relative hangs on ("travellers,
    some of whom"), or None: the word right before the comma."""
    before = left(text, hs, lo, 40)
    if len(before) > 1 and before[0].text == "," and before[1].word:
        return people.get(before[1].low)
    return None


# what may stand before a quantifier that opens its sentence: blanks and an opening quote mark
_OPENS_SENTENCE = LazyRegex(r"[\s\"“‘']*")
# how far back the sentence before is read for the group a quantifier counts
_SCENE_REACH = 300
# the end of a sentence before a capital ("7 a.m. meeting" is no break), or a line break
_SENTENCE_BREAK = LazyRegex(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])|\n")
# the group a scene sentence opens with: a count or a determiner, up to two modifiers, the
# plural noun, an adverb maybe, and the verb that places them ("Dozens of angry customers
# gathered", "The workers learned", "Riders packed")
_SCENE_SUBJECT = LazyRegex(
    r"[\s\"“‘']*(?:(?:the|dozens|hundreds|scores|thousands|many|more\s+than\s+\d[\d,]*|about\s+\d[\d,]*|"
    r"\d[\d,]*)\s+(?:of\s+(?:the\s+)?)?)?(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*s)\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]+)\b", re.IGNORECASE)


@cache
def _own_figures() -> re.Pattern[str]:
    """Round 175: "their" or "its", up to three words, and a noun of ``own-figure-nouns`` after a
    verb of reporting ("reporting their best grades since 2019", "reported its lowest sales"):
    the reporter's own measured results."""
    nouns = lx.alternation("own-figure-nouns", lx.NOUN)
    return re.compile(rf"(?i)\s+(?:their|its)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b")


# the word after the figures' noun, to tell an object from a content clause's subject
_NEXT_WORD = LazyRegex(r"\s+([a-z]+)\b")


def _reports_own_figures(text: str, pos: int, hi: int) -> bool:
    """Round 175: does :func:`_own_figures` follow the verb of reporting at ``pos``, as its
    object? Review 139: not when a finite verb follows the noun, "reported their profits rose
    because of fraud by rivals", "their results had been marked down": the noun then opens a
    content clause, a claim about the world the group makes, which stays a vague source."""
    m = _own_figures().match(text, pos, hi)
    if m is None:
        return False
    nxt = _NEXT_WORD.match(text, m.end(), hi)
    return nxt is None or not (nxt.group(1) in AUX or nxt.group(1) in finite_forms().past)


def _scene_antecedent(text: str, lo: int, people: dict[str, str]) -> str | None:
    """Round 175: the participant lemma of the group the sentence before (in the same
    paragraph) opens with, where its verb places the group at the scene (``scene-verbs`` in the
    past: "Customers gathered outside the office.", "Riders packed the board room."), or None.
    A bare quantifier opening the next sentence ("Several said") counts those people, met by
    the writer there; a group doing anything else ("Residents fear ...") is not read."""
    start = max(0, lo - _SCENE_REACH)
    gap = text[start:lo]
    body = gap.rstrip()
    if not body or body[-1] not in ".!" or "\n" in gap[len(body):]:
        return None  # (no sentence just before, or a paragraph break between)
    cuts = [m.end() for m in _SENTENCE_BREAK.finditer(body, 0, len(body) - 1)]
    if not cuts and start > 0:
        return None  # (a sentence longer than the reach: not read)
    m = _SCENE_SUBJECT.match(text, start + (cuts[-1] if cuts else 0), start + len(body))
    if m is None or m.group("verb").lower() not in lx.forms("scene-verbs", ("VBD",)):
        return None
    return people.get(m.group("noun").lower())


# round 169: a capitalised of-phrase (a body's name), then an office title and a capitalised
# name: "Friends of the Marsh chairman Tom Reilly", "Residents of Hale Street Association
# secretary Ann Cole"
_NAME_THEN_TITLE = LazyRegex(
    r"\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w’'&-]*(?:\s+(?-i:[A-Z])[\w’'&-]*){0,3}\s+(?P<title>[a-z]+)\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w’'-]+",
    re.IGNORECASE)


def _titled_member_of_name(text: str, he: int, hi: int) -> bool:
    """Does the head ending at ``he`` open a body's name ("Friends of the Marsh") followed by an
    office title of ``office-titles`` and a name ("chairman Tom Reilly")? The titled person
    speaks for the named body (round 169)."""
    m = _NAME_THEN_TITLE.match(text, he, hi)
    return m is not None and m.group("title").lower() in lx.forms("office-titles", lx.NOUN)


# verbs of expecting whose object a comparison supplies ("than analysts had forecast.")
_EXPECTING = frozenset("expect fear predict forecast anticipate estimate think imagine suspect".split())
# nothing after the verb but the end of its clause
_CLAUSE_ENDS = LazyRegex(r"\s*(?:[.,;:!?)]|$)")


_FIRST_HAND_NOTE = " They tell what they went through or saw: say which ones, or how many."


def body_conjunct(conjunct: list[Token]) -> bool:
    """Is ``conjunct`` (the words of the other conjunct, in reading order, ending at its head)
    one body that speaks: a public body, an outlet or a monitoring group ("a local monitoring
    group", "state media", "the police"), or a definite name ("the Free Dravik Brigades", "the
    Red Cross")? A vague group of people ("other critics", "Republican lawmakers") or of bodies
    ("human rights groups", "aid agencies") is not."""
    if not conjunct or not conjunct[-1].word:
        return False
    head = conjunct[-1]
    if lx.forms("public-bodies", lx.NOUN).get(head.low) == head.low or head.low in _SPEAKING_BODIES:
        return True  # (one body: "rights groups", "UN agencies" are as vague as the people)
    return head.capitalised and conjunct[0].low == "the" and len(conjunct) > 1


# bodies besides the public ones that speak as one: outlets, monitors, relief organisations
_SPEAKING_BODIES = frozenset(
    "media broadcaster network group monitor observatory organisation organization charity hospital".split()
)


# a public forum whose record keeps what it is told: "told a parliamentary committee", "told
# the inquiry", "told Congress" (not "told reporters", "told a friend")
# "said in a statement", "said in a joint statement", "issued a statement": the body's own word
_BODY_STATEMENT = LazyRegex(r"\s+(?:in\s+|on\s+)?(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?statement\b",
                            re.IGNORECASE)
_FORUM = LazyRegex(
    r"(?i)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:committee|parliament|inquiry|hearing|court|tribunal|senate|congress|assembly|commission)\b"
)


# a generic modifier that points back to the organisation the story names ("company officials")
_POINTING_MODIFIERS = frozenset(("company", "firm"))
# what voters do at the polls: a vote, not a claim ("voters rejected the bid")
_VOTING = frozenset(("reject", "accept", "deny", "approve"))
# a cheap look for "leaders" before its phrase is parsed: a content clause's opener in the words
# after it, or a telling before it ("according to senior leaders", ", say ... leaders")
_OPENER_NEAR = LazyRegex(r"\b(?:that|they|he|she|it|we|there)\b|[\"“:]")
_TELLING_BEFORE = LazyRegex(r"\b(?:according\s+to|says?|said)\b")


def nouns_of(low: str) -> str | None:
    """The lemma of a source noun's form ("leaders" -> "leader"), or ``None``."""
    return lx.forms("source-nouns", lx.NOUN).get(low)


def _leader_may_claim(text: str, hs: int, he: int, lo: int, hi: int) -> bool:
    """May "leader(s)" at ``text[hs:he]`` be a source at all (see :func:`_content_follows`)?
    Most of the word's uses are leaders acting, so most are dropped here unparsed."""
    return (_OPENER_NEAR.search(text, he, min(hi, he + 150)) is not None
            or _TELLING_BEFORE.search(text, max(lo, hs - 80), hs) is not None
            or _bare_verb_next().match(text, he, hi) is not None)


@cache
def _bare_verb_next() -> re.Pattern[str]:
    """Round 176: the cheap look for a view verb right after "leaders" (at most two adverbs
    or auxiliaries between: "leaders say", "leaders have long feared"), whose clause may have
    "that" left out (:func:`_bare_clause_follows`). Round 174 let any auxiliary within 150
    characters through instead, which sent leaders acting on to the parse's other frames
    ("According to union leaders, the strike was solid" at a sentence's start)."""
    verbs = sorted((re.escape(f) for f, lemma in lx.forms("source-verbs", lx.FINITE).items()
                    if lemma in _BARE_CLAUSE_VERBS and " " not in f), key=len, reverse=True)
    return re.compile(r"\s+(?:(?:[a-z]+ly|have|has|had|also|now|still|long)\s+){0,2}(?:" + "|".join(verbs) + r")\b")


# the words that open a verb's content clause: "warned that", "said they", "said there was"
_CLAUSE_OPENERS = frozenset(("that", "he", "she", "it", "they", "we", "there"))


def _content_follows(after: list[Token], k: int | None) -> bool:
    """Does a content clause follow the verb at ``after[k]`` ("have warned that the levy",
    "said they want", "said there was"), not an object or an infinitive ("warned their
    residents", "were hoping to firm up")?"""
    n = after[k + 1] if k is not None and 0 <= k < len(after) - 1 else None
    if n is not None and k is not None and _bare_clause_follows(after, k):
        return True
    return n is not None and (n.low in _CLAUSE_OPENERS or n.text in ('"', "“", ":"))


# round 174: the verbs of a view or a warning that take a content clause with "that" left out
# ("Community leaders say relations have rarely been stronger"); not "tell", "ask", "call"
_BARE_CLAUSE_VERBS = frozenset("say warn believe fear argue insist claim think worry suspect predict expect "
                               "contend maintain acknowledge admit concede agree feel".split())
# the words that end a run before its auxiliary: the verb's object has ended, or a relative,
# an infinitive or another clause has begun ("said goodbye to the staff who were")
_RUN_STOPS = frozenset("to who which whom whose where when while because if as than and or but for".split())
# round 176: the verbs that tell rather than hold a view; in the past, with a clause in the past
# ("Union leaders said the talks were over", "admitted the vote had been lost"), leaders give an
# account of what happened, the story's event, no view of theirs ("say the talks will fail",
# "said jobs would go", "feared the plant was finished" are views and stay)
_TELLING_VERBS = frozenset("say claim insist admit acknowledge concede agree maintain contend".split())
# the auxiliaries of a clause in the past that tell what happened, not what will be
_PAST_AUX = frozenset("was were had did wasn't weren't hadn't didn't".split())
# how far the clause's subject may run before its auxiliary ("relations between faith groups
# in the area have")
_SUBJECT_RUN = 8


def _bare_clause_follows(after: list[Token], k: int) -> bool:
    """Round 174: does a content clause with "that" left out follow the view verb at
    ``after[k]``: a subject in lower case (no name, no pronoun object) of at most
    :data:`_SUBJECT_RUN` words, then an auxiliary, with no stop, relative or infinitive between
    ("Business leaders say relations between the groups have rarely been stronger", "leaders
    fear jobs will go")? "leaders said goodbye to staff who were", "leaders warned residents
    to leave" stay acts."""
    lemma = lx.forms("source-verbs", lx.FINITE).get(after[k].low)
    if lemma not in _BARE_CLAUSE_VERBS:
        return False
    telling_past = lemma in _TELLING_VERBS and after[k].low in lx.forms("source-verbs", ("VBD",))
    for m in range(k + 1, min(len(after), k + 2 + _SUBJECT_RUN)):
        t = after[m]
        if not t.word or t.low in _RUN_STOPS or t.low in PRONOUNS:
            return False
        if t.low in AUX:
            if telling_past and t.low in _PAST_AUX:
                return False  # round 176: "Union leaders said the talks were over": an account of an event
            return m > k + 1
        if not t.text.islower():
            return False
    return False
# what members ballot on: "rejected a deal", "accepted the latest pay offer"
_BALLOT = LazyRegex(
    r"(?i)\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:deal|offer|proposal|plan|agreement|motion|bill|contract|settlement|package|terms)s?\b"
)
_BELIEVE_IN = LazyRegex(r"\s+in\b")


# a group compared by a measure: "are less than half as likely to", "were twice as likely to"
_LIKELIER = LazyRegex(
    r"(?i)\b(?:are|were)\s+(?:(?:much|far|significantly|less\s+than|more\s+than|about|nearly|almost|"
    r"half|twice|three\s+times|four\s+times)\s+)*(?:more|less|as)\s+likely\b"
)
_COUNTED_NP = LazyRegex(r"(?i)the\s+(?:percentage|percent|proportion|share|number|fraction|count)\s+of\s")


# verbs of holding a view that a relative clause on an unnamed group passes on as that
# group's ("investors who see him as an oracle", "voters who believe the tax is unfair")
_VIEW_RELATIVE = frozenset("see view regard perceive consider believe think fear expect suspect".split())


# "task force", "police force", "work force": a body or a workforce, no unnamed fighters
# a capitalised people or side right before "forces" ("Iraqi", "Syrian government", "East
# Libyan"), not a quantifier or a common noun ("Some forces", "Government forces")
_NAMED_FORCES = LazyRegex(r"\b(?-i:[A-Z][a-z]+(?:an|ish|ese|i|ic))(?:\s+(?:government|army|military|security|special|armed|coalition|rebel))?[ \t]+$")
_INSTITUTION_FORCE = LazyRegex(r"(?i:\b(?:task|police|work|labou?r|air)[ \t-]+)$")


# a causative verb read as a modifier of the noun after it ("make people feel full", "helps
# residents feel safe"): the group is the verb's object, and the clause after it no report
_CAUSATIVES = frozenset("make makes made making let lets letting help helps helped helping".split())


_NAME_WORD_BEFORE = LazyRegex(r"\b[A-Z][a-z]+[ \t]+$")


def _name_ends(text: str, lo: int, hs: int) -> bool:
    """Is the capitalised word right before ``hs`` in mid sentence of ordinary case (a word in
    lower case before it), so that it and the head make a name, not a capital that opens the
    sentence or a headline's title case ("Prices Will Rise, According To Experts")?"""
    m = _NAME_WORD_BEFORE.search(text, max(lo, hs - 40), hs)
    return m is not None and _LOWER_WORD.search(text, lo, m.start()) is not None
_LOWER_WORD = re.compile(r"\b[a-z][a-z]+\b")
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w'’-]*[ \t]+$")
# a closing quotation and a name before an indefinite phrase: the phrase describes the speaker
# ('"...," Omar Haddad, a Syrian activist told'), or a name set off by commas itself ("The chairman
# of the agency, Ana Ruiz, a critic of the rules said"); not a place after a preposition ("near
# Tulkarem, a security source said")
_QUOTE_THEN_NAME = LazyRegex(
    r"(?:[”\"’](?:\s*,)?\s*[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'’-]*){0,3}"
    r"|,\s*[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'’-]*){1,3})\s*,\s*$"
)
# a subject pronoun right after "who": the relative clause has a subject of its own
_CLAUSE_PRONOUNS = frozenset("he she they we i you it".split())
_SINGULAR_DETERMINERS = frozenset("a an each every another".split())
_DASH = LazyRegex(r"\s[—–-]\s|[—–]")


# what a source says when it says nothing: "officials told CNN the department couldn't comment",
# "police said they could not confirm the report"
_NO_COMMENT = LazyRegex(
    r"(?:(?!\b(?:and|but|though|although|while|whereas|yet)\b)[^.;!?,\"“”]){0,80}?\b(?:(?:could|would|can|will|did|do|does)\s+not|cannot|couldn[’']t|wouldn[’']t|"
    r"can[’']t|won[’']t|didn[’']t|don[’']t|doesn[’']t|declined\s+to|refused\s+to|"
    # "said it was too early to confirm property losses": what cannot be told yet, no claim
    r"(?:too\s+(?:early|soon)|premature)\s+to)\s+(?:immediately\s+|yet\s+|publicly\s+)?"
    r"(?:comment|confirm|say|discuss|provide|give|release|disclose|elaborate|speculate|identify|name|"
    r"determine|assess)\b",
    re.IGNORECASE,
)
# a refusal given as an order not to talk, quoted or reported: 'a member of staff said last
# night: "We have been instructed not to talk."', "workers said they were told not to speak"
_BARRED = LazyRegex(
    r"[^.;!?\"“”]{0,40}?[:,]?\s*[\"“]?(?:we|i|they|he|she)\s+(?:(?:have|has|had|'ve|’ve|'d|’d)\s+)?"
    r"(?:been\s+|were\s+|was\s+|are\s+|am\s+|'re\s+|’re\s+)?"
    r"(?:(?:instructed|told|ordered|asked|advised)\s+not\s+to|(?:not\s+(?:allowed|permitted)|forbidden)\s+to)\s+"
    r"(?:talk|speak|comment|discuss)\b",
    re.IGNORECASE,
)
# what people say of their own feelings or experience: "said they felt dejected", "say they
# have personally experienced harassment" (not "they felt that ...": a view)
_SELF_REPORT = LazyRegex(
    r"(?:\s+(?:me|us|him|her|them|reporters|the\s+\w+))?(?:\s+that)?\s+(?:they|we)\s+(?:\w+ly\s+)?"
    r"(?:(?:felt|feel|feels)\s+(?!that\b|as\s+if\b|the\b|it\b)|(?:have|had|'ve|’ve|'d|’d)\s+(?:\w+ly\s+)?"
    r"(?:experienced|suffered|felt)\b)",
    re.IGNORECASE,
)


def _cue(text: str, start: int, end: int, head: str, described: str | None, branch: str = "") -> Cue:
    cue = text[start:end]
    which = head if head not in QUANTIFIER_HEADS else "people"
    if head in QUANTIFIER_HEADS or head in ("people", "person"):
        question_ = f"Who are they? '{cue}' names nobody"
    else:
        question_ = f"Which {which}? '{cue}' names nobody"
    return Cue(start, end, f"{question_}: name the source, or describe it precisely and say why it "
               "cannot be named.", described, head, branch=branch)


# round 172: the particles of phrasal verbs, which no noun takes as a modifier
_PARTICLES = frozenset("away out off down up aside over".split())


def _phrasal_participle(mods: tuple[Token, ...] | list[Token]) -> bool:
    """Do the modifiers read as a phrasal verb's "-ing" form and its particle ("turning away
    customers", "shutting out residents", "fobbing off callers")? A particle modifies no noun,
    so the "-ing" word is a verb and the group its object ("leading experts", "striking
    workers" have no particle, and stay a group)."""
    ordered = sorted(mods, key=lambda t: t.start)
    return any(b.low in _PARTICLES and a.low.endswith("ing") and len(a.low) > 4
               for a, b in pairwise(ordered))


def _unnamed_owners(before: list[Token], i: int) -> bool:
    """Round 170: is ``before[i]`` the apostrophe of a plural possessive glued to a bare plural
    of people nobody names ("buyers'", "parents'", "teachers'": a word of ``group-speakers``
    or ``source-nouns`` in the plural) before the phrase's head? "China's health chiefs", "the
    council's officers" keep their owner (a body named or pointed back to)."""
    if i + 1 >= len(before) or before[i].text not in ("'", "’") or not before[i + 1].word:
        return False
    owner = before[i + 1]
    if owner.end != before[i].start or not owner.low.endswith("s"):
        return False
    return owner.low in lx.plural_nouns("group-speakers") or owner.low in lx.plural_nouns("source-nouns")
