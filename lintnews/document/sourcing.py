"""Who is the source of a claim? Source mentions in a sentence, and how identifiable they are.

The attribution check asks of every hearsay cue ("is believed to", "allegedly"):
does the sentence, or the next one, name who says so? This module finds the
*source mentions* of a stretch of text, the way a copy editor reads them:

- ``according``: "according to the ministry" (covers the whole sentence);
- ``subject``: "Police said ...", "the company's lawyer, Ana Ruiz, told reporters";
- ``inverted``: "..., said Jane Doe." / "..., says the report.";
- ``agent``: the agent of a passive or a report: "reported by the BBC",
  "a study by Oxford University".

and how identifiable each is (:func:`source_kind`): ``"named"`` (a person,
organisation, outlet or institution, or a pronoun or definite phrase that refers
back to one), ``"described"`` (an unnamed individual: "a senior official"), or
``None`` (a vague plural that is itself a weasel: "critics", "officials").
Speech-verb and speaker vocabulary come from :mod:`lintnews.document.speech`, so quotation
speakers and claim sources are recognised alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lintnews.document.speech import BARE_INSTITUTION, NAME, clean_speaker
from lintnews.language.wordclasses import plural_forms
from lintnews.util.lazyregex import LazyRegex

# Verbs by which a source vouches for a claim: speech, writing, publication, belief.
# "denied" and "declined" are absent: a denial does not source the claim it denies.
SOURCE_VERBS = (
    r"said|says|say|told|tells|added|adds|wrote|writes|stated|states|explained|explains|"
    r"noted|notes|argued|argues|warned|warns|claimed|claims|insisted|insists|announced|"
    r"announces|declared|declares|confirmed|confirms|reported|reports|testified|testifies|"
    r"acknowledged|acknowledges|admitted|admits|alleged|alleges|allege|estimated|estimates|"
    r"predicted|predicts|believe|believes|believed|think|thinks|thought|expect|expects|"
    r"expected|fear|fears|feared|suspect|suspects|suspected|suggested|suggests|concluded|"
    r"concludes|found|finds|showed|shows|revealed|reveals|disclosed|discloses|tweeted|"
    r"posted|commented|recalled|recalls|asserted|asserts|contended|contends|maintained|"
    r"maintains|charged|charges|accused|accuses|stressed|stresses|emphasi[sz]ed|observed|"
    r"pointed\s+out|points\s+out|cautioned|cautions|indicated|indicates|quoted|"
    r"cited|cites|described|describes|called|calls|wrote\s+in|put\s+it|understands|"
    r"learned|learnt|has\s+learned|has\s+learnt|"
    # complaint is speech too: "The motion laments that ...", "she complained that ..."
    r"complained|complains|lamented|laments|bemoaned|bemoans|deplored|deplores|protested|protests|"
    r"feels|felt|"
    # the plural present of the tags above: "..., the groups note.", "the unions argue that"
    r"note|argue|warn|insist|explain|contend|maintain|stress|point\s+out"
)
# "tell the story", "told the difference": telling that attributes nothing.
_NOT_TELLING = r"(?!\s+(?:the|a|an|their|his|her|its|our|your)\s+(?:story|stories|tale|truth|time|difference|joke))(?!\s+apart\b)"

_PRON = r"(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Ii]t)"
# A definite or indefinite noun phrase: "the ministry", "a senior official", "the company's lawyer".
_WORD = (
    r"(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|may|might|must|"
    r"can|not|that|which|who|whom|whose|when|where|if|and|or|but|to|said|says|told)\b)[\w'’-]+"
)
_NP = (
    r"(?:(?:[Tt]he|[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]wo|[Tt]hree)\s+"
    rf"(?:{_WORD}\s+){{0,4}}?{_WORD})"
)
# a bare plural of people nobody names ("analysts", "industry insiders"): a mention whose
# kind is None, so that a cue it vouches for is known to have an unnamed source
_BARE_PEOPLE = (
    r"(?:[a-z][\w-]*\s+)?(?:analysts|experts|officials|sources|insiders|critics|observers|diplomats|"
    r"economists|aides|residents|witnesses|investors|traders|executives|scientists|researchers)"
)
# A record that speaks for itself: "court records", "Home Office figures", "data from the ONS",
# "trial results published in The Lancet". Its kind is decided by :func:`document_kind`.
DOCUMENT_NOUNS = (
    r"records|figures|data|documents|papers|filings|minutes|statistics|results|files|logs|"
    r"transcripts|accounts|numbers|guidelines|regulations|standards"
)
_DOC = (
    r"(?:(?:[\w’'-]+\s+){0,3}?(?:" + DOCUMENT_NOUNS + r")\b"
    r"(?:\s+(?:from|of|by|published\s+(?:in|by)|released\s+by|compiled\s+by|filed\s+(?:with|in|by))\s+"
    r"(?:the\s+)?(?:[A-Z][\w&’'-]*(?:\s+(?:of|for|and|on|[A-Z][\w&’'-]*))*|[a-z][\w-]*))?)"
)
# an outlet named with its kind after it: "Kyodo news agency", "Reuters news agency"
_OUTLET_KINDS = r"(?:news\s+agency|agency|newspaper|broadcaster|daily|website|channel|network|magazine|tabloid|outlet)"
# the press of a place or a state, not one outlet: "state media", "local media", "Japanese news agencies"
_MEDIA = r"(?:(?:[A-Za-z][\w-]*\s+){1,2}(?:media|press|news\s+agencies|newspapers|broadcasters|outlets|television|TV))"
_MEDIA_HEADS = frozenset("media press agencies newspapers broadcasters outlets television tv".split())
# a descriptor before a name after "according to": "state broadcaster CCTV", "police
# spokeswoman Ana Ruiz" (no preposition: "officials in Washington" stay vague)
_PREPS = frozenset("in at of from with for on by near across inside outside within the a an and or".split())
_DESCRIPTOR = r"(?:(?!(?:in|at|of|from|with|for|on|by|near|across|inside|outside|within|the|a|an|and|or)\b)[a-z][\w-]*\s+)"
# round 161: an article or a possessive opening the sentence, then a source verb's form: the
# form is the phrase's noun ("The suspect is thought to have fled", "Her claims were denied"),
# so the capitalised word is no name speaking (the noun phrase reading, "The reports said",
# is still tried)
_DETERMINER_NOUN = rf"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)\s+(?:{SOURCE_VERBS})\b"
_SRC = (
    rf"(?:\b(?:{NAME}\s+{_OUTLET_KINDS}\b|(?!{_DETERMINER_NOUN}){NAME}(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)?|{_NP}|{_PRON}|"
    rf"{BARE_INSTITUTION}|{_BARE_PEOPLE}|{_MEDIA}))"
)
_APPOSITION = r"(?:,[^,\"“”]{1,80},)?"
_ADVS = r"(?:\s+(?:has|have|had|also|later|then|previously|earlier|again|first|last|repeatedly|recently|once|\w+ly))*"

# Four patterns are tried at every word of a sentence and need a word that most sentences
# lack: the subject pattern a source verb ("critics say": it costs more than the others
# together), the record pattern a record's verb ("figures show"), the forum pattern "heard" or
# "told" ("the court heard"), the agent pattern "by" or "from" between spaces ("reported by").
# Each pattern below comes with its gate, a cheap scan for that word alone: a sentence without
# it skips the pattern, which could not match there (None: tried in every sentence). The test
# suite checks that a gate passes wherever its pattern matches.
_SOURCE_VERB = LazyRegex(rf"\s(?:{SOURCE_VERBS})\b")
_RECORD_VERB = re.compile(
    r"\s(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|"
    r"reveal|reveals|revealed|confirm|confirms|confirmed|find|finds|found)\b"
)
_HEARD = re.compile(r"(?:heard|told)\b")
_TESTIMONY = re.compile(r"(?:evidence|testimony)\s")
# the forums that hear evidence ("the court heard", "evidence led before the commission")
_FORUMS = r"(?:court|inquest|jury|tribunal|hearing|trial|inquiry|commission|committee|panel|magistrates|judge|coroner)"
_BY_FROM = re.compile(r"\s(?:by|from)\s")
_BY_COUNT = re.compile(r"['’]s?\s+(?:own\s+|latest\s+|official\s+){0,2}(?:count|estimate|tally|reckoning|calculations?|figures)\b")
# (round 67: gates for three patterns tried in every sentence before, 4 KB together, which a
# sentence with none of their opening words cannot match: each gate is the pattern's own
# beginning, shortened)
_ACCORDING = re.compile(r"\b(?:[Aa]ccording|[Ii]n\s+the\s+words|[Pp]er)\s")
# the verbs of an inverted tag ('"...," said Ana Ruiz'), in the pattern and in its gate
_INVERTED_VERBS = (r"said|says|added|adds|wrote|writes|explained|noted|continued|argued|warned|"
                   r"stated|recalled|replied|concluded|reported|reports|insisted|claimed|alleged|estimated")
_INVERTED_TAG = LazyRegex(rf"[,\"”’—–]\s*(?:{_INVERTED_VERBS})\s")
_WITH = re.compile(r",\s*with\s")

# the staff of a firm who write its document: "a note from analysts at Harbour Capital" is the
# firm's note (its author named), not the unnamed analysts' view; only the trades that write a
# firm's research, and only after a document noun (round 78)
# round 163: a day or a time between a passive and its agent ("first reported on Monday by",
# "published last week by"): the agent is still the verb's
_WHEN_BEFORE_BY = (
    r"(?:(?:on|last|earlier|this|in)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week|month|year|today|yesterday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|the\s+weekend)\s+))?"
)
# round 163: a lower-case descriptor then the name it describes, as one agent ("by the
# investigative website Tessin Watch", "by the campaign group Open Streets"): the lazy noun
# phrase stopped at the descriptor ("the investigative") and lost the name
_DESCRIBED_NAME = r"(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:of|in|at|on|for|to|from|and|or|with|by|end|time|start)\b)[a-z][\w-]*\s+){1,3}(?-i:[A-Z][\w&’'-]*)(?:\s+(?-i:[A-Z][\w&’'-]*)){0,3}"
# round 165: the participles of first telling, one list for the source reader and the judge's
# first-teller readings (attribution/coverage.py, attribution/facts.py): "first reported",
# "first made public"; "broken" only with a news noun as its subject ("The story was first
# broken by X": "The record was first broken by Owens" tells a feat, nobody's telling)
_NEWS_BROKEN = "|".join(rf"(?<={noun} {be} first )" for noun, be in (
    ("story", "was"), ("news", "was"), ("scandal", "was"), ("stories", "were"), ("claims", "were"),
    ("allegations", "were"), ("revelations", "were")))
FIRST_TOLD = (r"first\s+(?:reported|revealed|disclosed|published|uncovered|exposed|made\s+public"
              rf"|(?:{_NEWS_BROKEN})broken)\b")
_STAFF_AT = r"(?:(?:[a-z][\w-]*\s+)?(?:analysts|economists|strategists|researchers)\s+at\s+)?"


def words(text: str) -> frozenset[str]:
    """A word list written as one string (easier to read and edit than a list literal)."""
    return frozenset(text.split())


# Heads that identify a source well enough for a news desk: institutions, documents, outlets.
INSTITUTIONS = words(
    "police prosecutors prosecutor authorities investigators court judge jury ministry government "
    "council department agency company firm statement spokesperson spokesman spokeswoman report "
    "study survey data military army navy commission committee office embassy coroner regulator "
    "union board family club team organisation organization group party campaign website paper "
    "newspaper broadcaster network channel magazine documents filing lawsuit complaint indictment "
    "figures poll census records court-filing affidavit charity hospital university school "
    "bank service force bureau institute centre center foundation association federation league "
    "parliament senate congress house cabinet administration white-house kremlin palace city county "
    "state logs minutes accounts filings transcript transcripts"
)

# the records a body publishes under its own name, besides DOCUMENT_NOUNS: "in its annual
# report", "in the ministry's statement"
_OWNED_RECORDS = (
    r"reports?|statements?|budgets?|estimates?|forecasts?|assessments?|submissions?|reviews?|audits?|"
    r"accounts?|prospectus|guidance|briefings?|filings?|releases?|updates?|bulletins?|returns?"
)
# the owners in lower case that are bodies ("the council's", "the ministry's"), not people: the
# institutions that identify a source, and a few more bodies that publish records
_INSTITUTION_OWNER = "(?:" + "|".join(
    re.escape(w) for w in sorted(INSTITUTIONS | words("authority trust watchdog treasury airline insurer "
                                                      "retailer operator utility museum college"))
) + ")"
_IN_RECORD = re.compile(r"['’]s\s|\b[Ii]ts\s")
_ON_RECORD = re.compile(r"\b[Oo]n\s+(?:the|its|their)\s|['’]s\s")

# (pattern, gate) pairs
_MENTION_PATTERNS: tuple[tuple[str, re.Pattern[str] | LazyRegex | None], ...] = (
    # "according to allochthonists": a bare plural names a school or trade, a described source
    # "in the words of Tom Hale", like "according to", covers its sentence
    (
        rf"\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of|[Pp]er(?=\s+(?:the\s|[A-Z])))\s+(?P<according>{_DESCRIPTOR}{{1,3}}{NAME}|{_SRC}(?![\w’'-]*\s+(?:{DOCUMENT_NOUNS})\b)"
        rf"|[a-z][\w-]*[a-z]s\b(?!\s+(?:of|at|in|from|with)\b)|{_DOC})",
        _ACCORDING),
    (
        # (a body's initials may follow its name in brackets: "The Kent Growers Association
        # (KGA) said")
        rf"(?P<subject>{_SRC})(?:\s+\((?-i:[A-Z][A-Za-z&.]{{1,9}})\))?{_APPOSITION}{_ADVS}\s+"
        rf"(?P<sverb>(?:{SOURCE_VERBS})\b{_NOT_TELLING})",
        _SOURCE_VERB),
    # '"Handelsblatt" reported that ...': a publication's name set in quotation marks (a house
    # style for titles), the whole quotation a name, before a verb of reporting
    (
        rf"[\"“](?P<subject>{NAME})[\"”]\s+(?P<sverb>reported|reports|wrote|writes|said|says|quoted|cited|revealed)\b",
        _SOURCE_VERB),
    (
        rf"[,\"”’—–]\s*(?P<iverb>{_INVERTED_VERBS})\s+"
        rf"(?P<inverted>{NAME}|{_NP})(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|during|after|before|last|this|yesterday|today|earlier|"
        rf"late|when|while|to|via|from|of|for|with)\b[^,;\"“”]{{0,60}}(?:[.;!?)]|$))",
        _INVERTED_TAG),
    (
        rf"\b(?P<subject>{_DOC})\s+(?:\w+ly\s+)?(?P<sverb>show|shows|showed|shown|suggest|suggests|suggested|"
        rf"indicate|indicates|indicated|reveal|reveals|revealed|confirm|confirms|confirmed|find|finds|found)\b",
        _RECORD_VERB),
    # "..., a Reuters poll of 14 analysts published on Tuesday showed.": a document named by its
    # publisher, its finding told after a short postmodifier (no clause break before the verb)
    (
        # (round 114: or a definite one, its maker or its title in capitals: "The Harbour Poll of
        # 2,000 voters found", "the Ledger Wire survey of 40 firms showed")
        r"(?P<subject>\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w-]+\s+){0,2}?[A-Z][\w&-]*\s+(?:[\w-]+\s+){0,2}?"
        r"(?:[Pp]oll|[Ss]urvey|[Rr]eport|[Ss]tudy|[Aa]nalysis|[Rr]eview|[Aa]udit|[Cc]ensus)s?)\b(?:[^,;:.!?\"“”]|(?<=\d)[,.](?=\d)){0,60}?"
        # (its publication set off by commas: "..., published on Monday, found")
        r"(?:,\s*(?:published|released|conducted|carried\s+out|commissioned|issued|taken)\s[^,;:!?\"“”]{1,60},)?\s"
        r"(?P<sverb>showed|shows|found|finds|suggested|suggests|indicated|indicates)\b",
        _RECORD_VERB),
    # "the court heard", "an inquest was told": evidence given at a hearing, a named forum
    (
        r"\b(?P<forum>(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+)?" + _FORUMS + r")\s+(?P<fverb>(?:has\s+|had\s+)?heard|"
        r"(?:was|were|has\s+been|had\s+been)\s+told)\b",
        _HEARD),
    # "according to evidence led by the commission's legal team", "according to testimony
    # before the inquiry": evidence given at a hearing, whose forum is named as in "the court
    # heard" ("according to evidence" alone names nothing)
    (
        r"\b[Aa]ccording\s+to\s+(?P<testimony>(?:the\s+)?(?:evidence|testimony)\s+(?:\w+\s+)?"
        r"(?:by|at|before|to)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?" + _FORUMS + r")(?:['’]s)?\b",
        _TESTIMONY),
    # "in the council's budget papers", "in its annual report", "in the Treasury's own figures": a
    # record placed as where the claim is made, owned by a body the text names (an owner in
    # capitals or an institution; a bare "in the papers" or "in a report" names nobody)
    (
        rf"\b[Ii]n\s+(?P<record>(?:(?:the\s+)?(?:(?:[A-Z][\w&’'.-]*\s+){{0,4}}[A-Z][\w&.-]*|(?:[a-z][\w-]*\s+)?{_INSTITUTION_OWNER})['’]s"
        rf"|[Ii]ts)\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?(?:{DOCUMENT_NOUNS}|{_OWNED_RECORDS}))\b",
        _IN_RECORD),
    # round 91: a maker's or a publisher's own page or label placed as where the claim is made
    # ("is described as moderate on the park's website", "is rated waterproof on its label", "on
    # the packaging"): the owner's own words, as "in its annual report" is
    (
        r"\b[Oo]n\s+(?P<record>(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+(?:own\s+|official\s+)?"
        r"(?:website|web\s+site|site|label|packaging|menu|app|listing)|(?:the|its|their)\s+"
        r"(?:own\s+|official\s+)?(?:website|label|packaging|menu|box))\b",
        _ON_RECORD),
    # "by the Department's count", "by the ministry's own estimate", "by police tally": a figure
    # placed as the count of a body the text names, as "according to" it would be (round 98)
    (
        rf"\b[Bb]y\s+(?P<according>{_SRC})(?:['’]s|(?<=s)['’])\s+(?:own\s+|latest\s+|official\s+){{0,2}}"
        rf"(?:count|estimate|tally|reckoning|calculations?|figures)\b",
        _BY_COUNT),
    (
        r",\s*(?P<participle>saying|adding|arguing|claiming|noting|warning|insisting|writing|telling\s+\w+)\b",
        None),
    # "..., with Senator Ana Ruiz calling it a disgrace": a source in an absolute clause
    (
        rf",\s*with\s+(?P<inverted>{NAME}|{_NP})(?:,[^,\"“”]{{1,60}},)?\s+(?:\w+ly\s+)?"
        rf"(?P<iverb>saying|calling|describing|arguing|warning|noting|accusing|claiming|telling|insisting|adding|suggesting)\b",
        _WITH),
    (
        rf"\b(?:(?:reported|published|released|obtained|seen|cited|quoted|described|considered|"
        rf"believed|thought|said|claimed|alleged|regarded|viewed|commissioned|conducted|issued|filed|"
        # (material an outlet or body checked: "screenshots reviewed by the newsletter X")
        rf"reviewed|examined|verified|analy[sz]ed|"
        rf"written|estimated|confirmed|announced|revealed|compiled|noted|highlighted|documented|"
        rf"flagged|pointed\s+out|{FIRST_TOLD})\s+{_WHEN_BEFORE_BY}by"
        rf"|(?:report|study|survey|statement|analysis|investigation|poll|filing|letter|memo|review|"
        rf"audit|paper|research|note|briefing)s?\s+(?:by|from))\s+{_STAFF_AT}(?P<agent>{_DESCRIBED_NAME}|{NAME}|{_NP})",
        _BY_FROM),
)
_GATED = tuple((LazyRegex(pattern), gate) for pattern, gate in _MENTION_PATTERNS)
_DOCUMENT_PHRASE = LazyRegex(
    rf"(?P<mods>(?:[\w’'-]+\s+){{0,3}}?)(?P<noun>{DOCUMENT_NOUNS})\b(?P<post>.*)", re.S | re.I
)


# Plural or anonymous sources that attribute nothing: "critics say" is the cue, not a source.
VAGUE_SOURCES = words(
    "critics experts sources source observers analysts insiders commentators some many others "
    "people officials authorities scientists researchers historians scholars economists pundits "
    "skeptics sceptics supporters opponents detractors fans residents locals witnesses reports "
    "report rumours rumors it there this that these those most several few everyone everybody "
    "someone somebody traders investors aides allies bosses chiefs diplomats insiders academics "
    "strategists proponents advocates campaigners activists users studies research which what "
    "who one all both each any none"
)
# A market or a crowd reacts; it is not a source that vouches for a claim ("the markets expect").
NOT_SOURCES = words("market markets public crowd crowds audience audiences street")


def _unnamed_people() -> frozenset[str]:
    """Every form of the person nouns of anonymous sourcing ("source", "insiders", "aide"): a
    definite phrase headed by one ("the source", "the insider") points back to someone unnamed."""
    from lintnews.language.wordclasses import lower_forms  # (the table is read on first use)

    # "group" is an institution too ("the groups note" points back to bodies the story named),
    # and "the figures" are most often numbers; "media" is the kind of outlet (``_MEDIA_HEADS``:
    # "state media" is a described source, round 110 kept it so)
    return lower_forms("attribution/source-nouns") - {
        "group", "groups", "figure", "figures", "media"}


VAGUE_SOURCES = VAGUE_SOURCES | _unnamed_people()


# records that hide whose they are: the vague provenance itself, not its source
_UNOWNED = frozenset("leaked secret confidential unpublished unseen anonymous unnamed".split())
# modifiers that say what kind of record it is, not whose ("official figures", "leaked documents")
_PLAIN_MODIFIERS = words(
    "official new latest recent unpublished internal leaked preliminary provisional annual early "
    "public private separate other further more some many several these those such own raw "
    "monthly weekly quarterly final initial"
)
# "a Reuters poll", "an Ipsos survey for the BBC": a document named by its publisher
_PUBLISHED = LazyRegex(
    r"(?:an?|one)\s+(?:[\w-]+\s+){0,2}?[A-Z][\w&-]*\s+(?:[\w-]+\s+){0,2}?"
    r"(?:poll|survey|report|study|analysis|review|audit|investigation|estimate)s?\b"
)
_OPENING_SUBJECT = LazyRegex(rf"\W*({_SRC})\s+(?!(?:is|are|was|were)\b)[a-z]")
# "it" before these is a document or a body (no weather or expletive "it" laments or notes)
_STRONG_IT_VERBS = LazyRegex(
    r"^(?:said|says|told|added|announced|confirmed|stated|wrote|reported|notes|noted|"
    r"complained|complains|lamented|laments|bemoaned|bemoans|deplored|deplores)$"
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A source mention: ``style`` is ``according``, ``subject``, ``inverted``, ``agent`` or
    ``record`` (a record placed as where the claim is made: "in its annual report", which vouches
    for its own sentence only);
    ``start``/``end`` span the whole mention, ``verb_end`` the end of its verb (or of the
    mention when it has none)."""

    kind: str | None
    style: str
    start: int
    end: int
    src_start: int
    verb_end: int
    phrase: str


# a negative subject: nobody spoke (round 100: "Nobody commented." read as a named speaker next)
_NOBODY = frozenset(("no", "nobody", "no-one", "noone", "none", "neither"))


# a sentence adverb read as a one-word name before an aside ("Crucially, it ..., found"): seven
# letters or more with an adverb's ending ("Lively", "Sally", "Kelly", "Reilly" are names)
_SENTENCE_ADVERB = re.compile(r"[a-z]{3,}(?:ally|ingly|ously|ately|ably|ibly|ently|antly|edly|fully|ively)")


def source_kind(phrase: str | None, verb: str = "") -> str | None:
    """How well a source phrase identifies its source: ``"named"``, ``"described"`` or ``None``."""
    phrase = clean_speaker(phrase)
    if not phrase:
        return None
    words = phrase.replace("’", "'").split()
    first = words[0].lower()
    head = words[-1].lower().removesuffix("'s")
    if len(words) == 1 and _SENTENCE_ADVERB.fullmatch(first):
        return None  # round 106: "Crucially, it works only in ..., found in": an adverb, no speaker
    if first in _NOBODY:
        return None  # "Nobody commented", "No official would say": a negative subject vouches for nothing
    if first == "it":
        return "named" if _STRONG_IT_VERBS.match(verb.split()[0] if verb else "") else None
    if first in ("he", "she", "they", "i", "we"):
        return "named"  # refers back to a speaker the story has introduced
    if re.fullmatch(BARE_INSTITUTION, phrase.lower()):
        return "named" if first not in ("officials", "authorities") else None
    if first in ("some", "many", "most", "several", "few", "other", "others", "multiple", "two",
                 "three", "numerous", "various", "unnamed", "anonymous"):
        return None
    if first in ("a", "an", "one", "another"):
        return "described"
    if head in NOT_SOURCES:
        return None  # "the markets", "the public": a reaction, not a source
    if first in ("the", "his", "her", "their", "its"):
        rest = {w.lower().removesuffix("'s") for w in words[1:]}
        if rest & VAGUE_SOURCES and not rest & INSTITUTIONS and not any(w[:1].isupper() for w in words[1:]):
            return None
        return "named"
    if len(words) == 1 and first in VAGUE_SOURCES:
        return None
    if len(words) == 1 and first in plural_forms("attribution/participant-nouns"):
        # round 126: a bare plural of people met in a story ("Parents say ..., and several
        # teachers are understood to have ..."), capitalised or not, identifies nobody: it
        # vouches for no other cue of its sentence (a capital that opens the sentence is no name)
        return None
    if verb and head in plural_forms("attribution/group-speakers") and not any(w[:1].isupper() for w in words[1:]):
        # round 130: a bare plural of people or a group of them (word class group-speakers),
        # its modifiers in lower case ("Insurers", "Ambulance crews": the first capital is
        # the sentence's), as the subject of a verb identifies nobody either ("Harbour Lane
        # parents" has a name); after "according to" (no verb) a trade or a school of
        # thought still describes its source ("According to beekeepers, ...": a hint)
        return None
    if head in VAGUE_SOURCES and not words[-1][:1].isupper():
        return None  # "Industry experts", "Health bosses"
    if head in _MEDIA_HEADS and len(words) > 1:
        return "described"  # "state media", "local media": the kind of outlet, not which
    doc_kind = document_kind(phrase)
    if doc_kind is not None:
        return doc_kind
    if (not phrase[:1].isupper() and len(words) > 1 and words[-1][:1].isupper()
            and not any(w.lower() in _PREPS for w in words)):
        return "named"  # "state broadcaster CCTV", "police spokeswoman Ana Ruiz": a name after its descriptor
    if not phrase[:1].isupper():
        # a bare common noun: "traders" is vague; "allochthonists", a school of thought, is described
        return "described" if len(words) == 1 and first.endswith("s") and first not in VAGUE_SOURCES else None
    return "named"


def published(text: str, pos: int) -> bool:
    """Does a document named by its publisher start at ``pos`` ("a Reuters poll", "an Ipsos
    survey for the BBC")?"""
    return _PUBLISHED.match(text, pos) is not None


def document_kind(phrase: str) -> str | None:
    """How well a record names its source: ``"named"`` when a modifier or a phrase after it
    says whose it is ("court records", "the council's figures", "Home Office data", "data
    from the ONS", "results published in The Lancet"), ``"described"`` when nothing does
    ("official figures", "the latest data"), ``None`` when nothing at all does or the record
    hides it ("figures show", "according to leaked documents") and when the phrase is no record."""
    m = _DOCUMENT_PHRASE.fullmatch(phrase.replace("’", "'"))
    if m is None:
        return None
    post = m["post"].strip()
    if post and any(w[:1].isupper() or w.lower() in INSTITUTIONS for w in post.split()[1:]):
        return "named"
    mods = m["mods"].split()
    for i, w in enumerate(mods):
        low = w.lower()
        if low.endswith("'s") or low in INSTITUTIONS or low in ("the", "its", "their", "his", "her"):
            return "named"
        if w[:1].isupper() and (i > 0 or low not in _PLAIN_MODIFIERS) and low not in VAGUE_SOURCES:
            return "named"
    if not mods or any(w.lower() in _UNOWNED for w in mods):
        return None  # "figures show", "according to leaked documents": nobody's, the cue itself
    return "described"


# an absolute clause of report (round 85): "..., with former Wigan boss John Doe said to be top
# of the list" is a passive whose subject is the person talked about ("with" + a short noun
# phrase + a participle of report or belief + "to be" / "to have"), not that person speaking
# round 178: the same passive after any preposition of a phrase ("in a deal said to be worth
# seven figures", "for a fee said to have topped"): a preposition's object speaks no claim
_ABSOLUTE_WITH = LazyRegex(r"(?i)\b(?:with|in|for|on|at|from|into|under|over|amid)\s+(?:[\w’'.-]+\s+){0,4}$")
_PASSIVE_REPORTED = frozenset("said thought believed reported alleged suspected rumoured rumored".split())
_PASSIVE_INFINITIVE = LazyRegex(r"\s+(?:\w+ly\s+)?to\s+(?:be|have)\b")


def _absolute_passive(text: str, start: int, src_start: int, verb: str, verb_end: int) -> bool:
    """Is the subject and verb the passive of an absolute "with" clause ("with X said to be")?"""
    return (verb.lower() in _PASSIVE_REPORTED and _PASSIVE_INFINITIVE.match(text, verb_end) is not None
            and _ABSOLUTE_WITH.search(text, max(start, src_start - 60), src_start) is not None)


def mentions(text: str, start: int, end: int) -> list[Mention]:
    """The source mentions in ``text[start:end]`` (one sentence), in text order."""
    out: list[Mention] = []
    patterns = [p for p, gate in _GATED if gate is None or gate.search(text, start, end) is not None]
    for m in (m for pattern in patterns for m in pattern.finditer(text, start, end)):
        groups = m.groupdict()
        if groups.get("participle"):
            # ", saying that ...": the sentence's subject speaks; judge it by its opening words
            opening = _OPENING_SUBJECT.match(text, start)
            phrase = opening.group(1) if opening else ""
            kind = source_kind(phrase, "said") if phrase else None
            out.append(Mention(kind, "subject", m.start(), m.end(), m.start(), m.end(), phrase or ","))
            continue
        if groups.get("testimony"):
            out.append(Mention("named", "according", m.start(), m.end(), m.start("testimony"), m.end(),
                               groups["testimony"]))
            continue
        if groups.get("forum"):
            out.append(Mention("named", "subject", m.start(), m.end(), m.start("forum"), m.end("fverb"),
                               groups["forum"]))
            continue
        for style, verb in (("according", None), ("subject", "sverb"), ("inverted", "iverb"),
                            ("agent", None), ("record", None)):
            phrase = groups.get(style)
            if phrase is None:
                continue
            src_start = m.start(style)
            verb_text = m.group(verb) if verb else ""
            kind = source_kind(phrase, verb_text or "")
            if style == "according" and kind is None and phrase.split()[0].lower() in ("a", "an"):
                kind = "described"
            if style in ("according", "subject") and kind == "described" and _PUBLISHED.match(text, src_start):
                kind = "named"  # "according to a Reuters poll": the publisher is named
            verb_end = m.end(verb) if verb else m.end()
            if style == "subject" and _absolute_passive(text, start, src_start, verb_text, verb_end):
                break  # "with John Doe said to be the favourite": talked about, not talking
            out.append(Mention(kind, style, m.start(), m.end(), src_start, verb_end, phrase))
            break
    out.sort(key=lambda mention: mention.start)
    return out


