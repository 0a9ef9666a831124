"""Whose estimate is it? A document or publisher that holds the view, given just before the cue.

Professional copy names the study, survey, poll or report once and then reports its
findings in the passive: "The ONS published its survey on Tuesday. Unemployment is
estimated to have fallen ...", "The NFU surveyed its members: yields were estimated to be
...", "The report found:" over a list. The passive's holder is the document the writer has
just named; the words do not say so outright, so the attribution judge makes such a cue an
``info`` hint, never clears it. What counts as such a lead:

- a named publisher doing what publishers do with a document: "The Office for National
  Statistics published its quarterly survey", "The NFU surveyed 1,100 members";
- a document with an owner: "The National Audit Office's report", "A YouGov poll for The
  Times";
- a definite document pointing back to one already named: "The survey covers ...", "The
  report found:".

An allegation has its own holders (:func:`allegation`): an act of law or discipline done
"for" what is alleged ("arrested for allegedly stealing") was done by whoever made the
allegation, and in court copy "He is alleged to have ..." or "allegedly" in or next to a
sentence reporting a charge, a hearing or a plea is the prosecution's.

An unowned indefinite document ("A study found", "Figures show") is vague provenance itself
and leads nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lintnews.builtin.constructions.searches import Searches
from lintnews.document.speech import NAME
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lintnews.document.document import Sentence

# documents whose findings copy reports: the nouns of publication, not of any paper
_DOC = (
    r"(?:survey|surveys|report|reports|review|poll|polls|study|audit|census|inquiry|analysis|"
    r"paper|figures|data|statistics|findings|forecast|forecasts|estimates|verdict|assessment|"
    r"results|accounts|minutes|budget|index|count|memo|charge\s+sheet)"
)
_PUBLISH = r"(?:published|publishes|released|releases|issued|issues|compiled|compiles|conducted|carried\s+out|put\s+out)"
_ASK = r"(?:surveyed|surveys|polled|polls|asked|canvassed|counted)"
_OPENER = r"\W*(?:(?:But|And|However|Meanwhile|Separately|Earlier|Now|Also|On\s+\w+|In\s+\w+|Last\s+\w+)\W+)*"
_WORDS = r"(?:[\w’'-]+\s+){0,5}?"
# a named organisation, its words possibly possessive plurals ("The National Farmers' Union")
_ORG = r"(?:[Tt]he\s+)?[A-Z][\w&’'.-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w&’'.-]*){0,6}"

LEAD = LazyRegex(
    _OPENER + r"(?:"
    # a named publisher publishing a document, or asking the people its figures come from
    rf"{_ORG}\s+(?:\w+ly\s+)?(?:{_PUBLISH}\s+{_WORDS}{_DOC}\b|{_ASK}\b)"
    # a document with an owner ("The National Audit Office's report", "A YouGov poll for The Times")
    rf"|(?:[Tt]he\s+)?{NAME}['’]s?\s+{_WORDS}{_DOC}\b"
    rf"|[Aa]n?\s+(?:[\w’'-]+\s+){{0,3}}?[A-Z][\w&’'-]*\s+(?:[\w’'-]+\s+){{0,2}}?{_DOC}\b"
    rf"|(?:[Aa]n?|[Tt]he)\s+{_WORDS}{_DOC}\s+(?:for|by|from|of)\s+(?:the\s+)?[A-Z]"
    # a definite document pointing back ("The survey covers", "The report found:", "Its figures")
    rf"|(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOC}\b"
    r")"
)

# the passives of measuring: what a survey, poll or set of figures holds ("is estimated to",
# "was put at", "are projected to"), unlike a belief ("is thought to"), which needs a believer
MEASURED = re.compile(r"(?i)\b(?:estimated|projected|forecast|calculated|valued|measured|put|counted)\b")

# an allegation's words: in court copy, the prosecution's
ALLEGED = LazyRegex(r"(?i)\balleged(?:ly)?\b")
# a sentence that reports criminal proceedings against someone: a charge, a hearing, a plea
PROCEEDINGS = LazyRegex(
    r"(?i)\b(?:charged\s+with|accused\s+of|indicted|arraigned|remanded|on\s+trial|stood\s+trial|"
    r"standing\s+trial|pleaded|pleads|(?:court|jury|trial|inquest|hearing|tribunal)\s+(?:heard|was\s+told)|"
    r"prosecutors?|prosecution|prosecuting|charge\s+sheet|indictment|lawsuit|affidavit|search\s+warrant|"
    r"(?:criminal|federal|the)\s+complaint\b(?!s)|"
    r"arrested|extradited|convicted|sentenced|jailed|bailed|held\s+on\s+suspicion|"
    r"appeared\s+(?:at|in|before)\s+(?:[\w’'-]+\s+){0,4}?(?:court|magistrates|tribunal|judge)|"
    r"(?:denies|denied|deny|admits|admitted)\s+(?:\w+\s+){0,4}?(?:charges?|counts?|offences?))"
)

# an act of law or discipline whose reason is told with "allegedly", just before it: the act
# carries the allegation ("arrested for allegedly stealing", "sued over allegedly copying",
# "jailed after allegedly ..."); "accused" and "convicted" are not here (the first is hearsay
# itself, the second no allegation)
SANCTION = LazyRegex(
    r"(?i)\b(arrested|charged|detained|jailed|imprisoned|held|sued|fined|suspended|fired|sacked|"
    r"dismissed|expelled|banned|investigated|prosecuted|indicted|questioned|booked|cited|disciplined|"
    r"extradited|wanted|deported|reprimanded|censured|impeached|ejected|barred|"
    # a public rebuke done for what is alleged: the critics made the allegation
    r"criticised|criticized|ridiculed|mocked|condemned|lambasted|attacked|blamed|faulted)\b"
    r"(?:\s+[\w’'£$€,.-]+){0,5}?\s+(?:for|with|over|after|on\s+suspicion\s+of|on\s+charges\s+of)\s+"
    r"(?:(?:his|her|their|its)\s+)?$"
)
# people sought or held by the police, told by a relative clause: "Police are hunting two men
# who are alleged to have ...", "officers arrested a woman who allegedly ..." (the police's)
PURSUIT = LazyRegex(
    r"(?i)\b(hunting\s+for|searching\s+for|looking\s+for|seeking|hunting|arrested|detained|charged|"
    r"wanted|extradited|"
    # round 166: people under investigation ("opened an inquiry into a pharmacist who allegedly
    # supplied ...", "are investigating a man who allegedly ..."): the investigators' allegation
    r"investigating|probing|(?:inquiry|enquiry|investigation|probe)\s+into)\b"
    r"(?:\s+[\w’'£$€.-]+){1,12}?\s+(?:who|whom|that)\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|had)\s+)?$"
)
_PURSUIT_REACH = 120
_SANCTION_REACH = 90  # characters before the cue the act is looked for in (its clause)

COURT_NOTE = " In court copy the charge is the allegation: say whose (\"prosecutors allege\", \"the charge states\")."


def allegation(text: str, sentences: Sequence[Sentence], si: int, cue_start: int, cue_text: str,
               found: Searches | None = None) -> str:
    """Who holds an allegation the writer reports without naming them, as a note for the
    cue's message ("" when the text does not give it). The act of law or discipline just
    before it in its sentence ("fined for allegedly ...": whoever fined them), else the
    proceedings reported in its sentence, the next one of its paragraph or the one before
    (the prosecution). ``sentences``: the document's sentences (start, end, block); ``found``:
    the judge's :class:`Searches`, so that every cue of a long sentence does not read it and
    its neighbours again."""
    if ALLEGED.search(cue_text) is None:
        return ""
    if found is None:
        found = Searches(text)
    s = sentences[si]
    m = SANCTION.search(text[max(s.start, cue_start - _SANCTION_REACH) : cue_start])
    if m is not None:
        return f" Whoever {m.group(1).lower()} them made the allegation: name them."
    m = PURSUIT.search(text[max(s.start, cue_start - _PURSUIT_REACH) : cue_start])
    if m is not None:
        return " Whoever is pursuing or holding them made the allegation: name them (police, prosecutors)."
    if found(PROCEEDINGS, s.start, s.end):
        return COURT_NOTE
    if si + 1 < len(sentences) and sentences[si + 1].block == s.block \
            and found(PROCEEDINGS, sentences[si + 1].start, sentences[si + 1].end):
        return COURT_NOTE  # "Ruiz allegedly copied files. The lawsuit, filed on Monday, ..."
    if si and found(PROCEEDINGS, sentences[si - 1].start, sentences[si - 1].end):
        return COURT_NOTE
    # (in its own sentence a law body's report covers what it tells, and a clause the writer
    # adds after it, "Police said he fled, which allegedly angered ...", is the writer's)
    if si and sentences[si - 1].block == s.block and found(_LEGAL_TELLER, sentences[si - 1].start, sentences[si - 1].end):
        return LEGAL_TELLER_NOTE  # "..., DOJ officials said. He allegedly hired ...": the case the department brings
    return ""


# a law-enforcement body telling the case it brings: "police said", "police in the state of X
# alleged", "prosecutors said", "DOJ officials said", "according to the Justice Department". Unnamed "authorities"
# and "officials" are not here: they are the vague source itself, and the body must tell (a
# "police investigation revealed" is a finding; "The police and the army allegedly ignored
# calls" makes them the accused)
_LAW_BODY = (
    r"(?:[Pp]olice|[Pp]rosecutors|(?:the\s+)?Crown\s+Prosecution\s+Service|"
    r"(?:the\s+)?(?:U\.?S\.?\s+)?(?:Justice\s+Department|Department\s+of\s+Justice|DOJ|FBI)"
    r"(?:\s+(?:officials|spokesman|spokeswoman|spokesperson|attorneys|lawyers))?|"
    r"Justice\s+officials|(?:[Dd]istrict\s+)?[Aa]ttorney['’]s\s+office|[Ss]heriff['’]s\s+(?:office|department))"
)
_LEGAL_TELLER = LazyRegex(
    r"(?:\b(?i:according\s+to)\s+" + _LAW_BODY + r"\b"
    + r"|\b" + _LAW_BODY + r"(?:\s+(?:in|of|for|from)\s+(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)?[\s-]+"
    r"(?:\w+ly\s+)?(?:said|says|say|alleged|alleges|allege|charged|charge|charges|claimed|claims|claim|stated|states|told)\b)"
)
LEGAL_TELLER_NOTE = " The law-enforcement body named just before brings the case: say so (\"police allege\")."


def legal_teller(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` have a law-enforcement body telling something ("police said",
    "according to the Justice Department")? In crime copy an allegation next to it is theirs."""
    return _LEGAL_TELLER.search(text, start, end) is not None


# a named source or an institution giving out who someone is: "Police named the man as Tom
# Reyes", "The club identified the player as ..." (a statement, so what follows is theirs)
NAMING = LazyRegex(
    _OPENER + rf"(?:{_ORG}|(?i:police|prosecutors|officers|detectives|investigators|authorities|officials))\s+"
    r"(?:\w+ly\s+)?(?:named|identified|have\s+named|have\s+identified|has\s+named|has\s+identified)\s+"
    r"(?:[\w’'-]+\s+){1,6}?as\b"
)


def names_someone(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open with a source naming someone ("Police named the man as ...")?"""
    return NAMING.match(text, start, end) is not None


# a document whose compiler is given in apposition, right before the cue: "The figures,
# compiled by the auditors, are estimated to cover ..." (the compiler's estimate)
_COMPILED = LazyRegex(
    _OPENER + rf"(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]hese|[Tt]hose)\s+{_WORDS}{_DOC},\s+"
    r"(?:compiled|collected|gathered|produced|published|released|issued|prepared|drawn\s+up)\s+by\s+[^,;]{2,80},\s*$"
)

# a colon, or a dash between spaces, after which a clause gives what the lead found
_INTRODUCER = LazyRegex(r":\s|\s[—–]\s|\s--\s")


def leads(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` (a sentence or a clause) open with a document or publisher
    the next words report from?"""
    return LEAD.match(text, start, end) is not None


def introduced_by_lead(text: str, s_start: int, cue_start: int) -> bool:
    """Is the cue in the clause after a colon or a dash whose clause before opens with such a
    lead ("The NFU surveyed its members in July: yields were estimated ..."), or right after
    a document subject whose compiler is given ("The figures, compiled by the auditors, are
    estimated to ...")?"""
    if _COMPILED.match(text, s_start, cue_start):
        return True
    intro = None
    for m in _INTRODUCER.finditer(text, s_start, cue_start):
        intro = m
    return intro is not None and leads(text, s_start, intro.start())


_LIST_ITEM = LazyRegex(r"\s*(?:[-*•–—]|\d{1,2}[.)])\s")


def list_item(text: str, start: int) -> bool:
    """Does the block at ``start`` read as an item of a list ("- one home in eight ...")?"""
    return _LIST_ITEM.match(text, start) is not None


# a view measured by asking people, given in the cue's clause: "was considered one of the
# best mayors in two surveys of historians", "is rated highest in a poll of members"
_IN_SURVEY = LazyRegex(
    r"(?i)^[^;:.!?]{0,100}?\b(?:in|by)\s+(?:(?:the|a|an|two|three|several|its|their|[\d]{4})\s+)*"
    r"(?:[\w’'-]+\s+){0,2}?(?:survey|surveys|poll|polls|ranking|rankings|census)(?![\w-])"
    # "after polls closed", "before the polls opened": the voting, not a survey
    r"(?!\s+(?:had\s+|have\s+)?(?:closed|close|closes|closing|opened|open|opens|opening)\b)"
)
# a verdict passed by a report, an audit or an inquiry the sentence or the one before names:
# "The audit faulted the board. The chairman was also criticised for ..."
VERDICT = LazyRegex(r"(?i)\b(?:criticised|criticized|faulted|blamed|censured|condemned|rebuked|cleared)\b")
_DEFINITE_DOCUMENT = LazyRegex(
    r"(?i)\b(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:report|audit|review|inquiry|"
    r"investigation|findings|ruling|judgment|judgement|verdict|watchdog|regulator|ombudsman)\b"
)


def in_survey(text: str, cue_end: int, s_end: int) -> bool:
    """Is the view the finding of a survey or poll given in the cue's clause, after it?"""
    return _IN_SURVEY.match(text[cue_end:s_end]) is not None


def verdict_of_document(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` (the sentence before, or the cue's own) name a definite report,
    audit, inquiry or ruling, the body that passes verdicts like "was criticised"?"""
    return _DEFINITE_DOCUMENT.search(text, start, end) is not None


# a listing by a body: "is labelled potentially hazardous" and, next, "is classified as such by
# the Minor Planet Center" (the body that keeps the list)
_CLASSIFYING = r"(?i)\b(?:labell?ed|classified|classed|listed|rated|designated|categori[sz]ed|graded)\b"
CLASSIFYING = LazyRegex(_CLASSIFYING)
_CLASSIFIED_BY = LazyRegex(_CLASSIFYING + r"[^;.!?]{0,80}?\bby\s+(?:the\s+)?(?-i:[A-Z])")


def classified_by(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` say which named body lists or rates the thing ("classified as
    potentially hazardous by the Minor Planet Center")?"""
    return _CLASSIFIED_BY.search(text, start, end) is not None


# a subject set by a threshold on a measured scale: "A reading above 100", "anything over 38C",
# "scores of less than 50 per cent", right before the passive ("is considered unhealthy")
_THRESHOLD_SUBJECT = LazyRegex(
    r"(?i)\b(?:above|below|over|under|exceeding|beyond|more\s+than|less\s+than|greater\s+than|higher\s+than|"
    r"lower\s+than|at\s+least|at\s+or\s+above|at\s+or\s+below)\s+\d[\d.,]*\s*(?:%|per\s*cent|percent|[a-zµ°/]+)?"
    r"(?:\s+(?:on|in|of)\s+(?:the\s+)?[\w-]+){0,2}\s+$"
)
_BANDING = LazyRegex(
    r"(?i)(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:considered|deemed|classified|classed|rated|regarded|defined|labell?ed|categori[sz]ed)\b"
)


def threshold_classification(text: str, s_start: int, cue_start: int, cue_text: str) -> bool:
    """Is the cue a classification of values past a threshold ("A reading above 100 is
    considered unhealthy")? A scale's bands are set by the body that publishes the scale, not
    believed by people nobody names; when that body is cited just before, it is its standard."""
    return _BANDING.match(cue_text) is not None and _THRESHOLD_SUBJECT.search(text, s_start, cue_start) is not None
