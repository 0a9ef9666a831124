"""What the words after a cue's complement say about whose view it is, or whether it is one.

Round 156 (precision). A cue of judgement or reputation ("is billed as", "is tipped for", "is
rated among") is read up to its complement; English often names the judge after it, or uses
the verb in a literal sense the complement shows:

- an agent after the complement (:func:`agent_after_complement`): "The show is billed as the
  tour's finest night by the promoter", "The wine is rated among the best of the year by the
  Vinum guide" name who says so (cleared); "The colt is tipped for the Derby by most
  bookmakers" describes them (a hint). A vague source ("by many critics") leaves it warned,
  and a by-phrase after a to-infinitive or another verb is that verb's ("is thought to have
  been carried out by a gang").
- a slot in a programme (:func:`programme_slot`): "billed as the festival's closing night" is
  a schedule, not a reputation.
- a payment (:func:`payment_for`): "Porters are tipped for each bag" is a gratuity, so is
  "tipped for carrying the cases".
- a measured result (:func:`result_of_event`): "became the favourites after the draw" is the
  odds moving on an event, not a public's affection.
- a document cited after a vague source (:func:`document_cited_after`): "a store employee
  reported that he left without paying, according to the arrest report": the report is the
  writer's source for what the employee reported (a hint).
"""

from __future__ import annotations

from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import WEEKDAYS_MONTHS
from lintnews.util.lazyregex import LazyRegex

# how far after the cue the complement and its agent are read
_REACH = 120

# the complement up to a by-phrase, in the cue's clause: no punctuation, no word that opens a
# clause of its own, no verb (a form of "be" or "have", a participle in -ed or an irregular one)
# whose by-phrase it would be ("billed as a tribute to songs written by Cohen")
_CLAUSE_WORDS = (r"who|whom|whose|which|that|when|where|while|after|before|since|until|because|and|but|or|if|"
                 r"as|than|to|be|been|being|is|are|was|were|has|have|had|"
                 r"written|chosen|taken|driven|given|beaten|broken|spoken|stolen|hidden|shown|known|made|held|built|"
                 r"sold|run|won|led|brought|bought|caught|taught|told|found|put|set|hit|cut|drawn|grown|thrown|"
                 r"seen|done|sung|played|owned|backed|funded")
_COMPLEMENT_THEN_BY = LazyRegex(
    r"(?i)(?P<comp>(?:\s+(?!(?:" + _CLAUSE_WORDS + r")\b)(?![\w’'-]*ed\b)[\w’'&-]+){1,9}?)\s+by\s+"
    r"(?P<agent>(?P<det>the|its|his|her|their|this|that|(?-i:[A-Z][\w’'&.-]*))\b"
    r"|(?P<quant>most|many|some|several|numerous|all)\s+(?P<noun>[a-z][\w-]*s)\b)"
)
# the word that opens the complement, ending the cue: "billed as", "tipped for", "rated among"
_COMPLEMENT_OPENS = LazyRegex(r"(?i)\b(?:as|for|among|amongst)$")
# after "by the": a time, a measure or a means, no agent ("by the end of", "by the hour")
_NOT_AGENT_AFTER_THE = LazyRegex(
    r"(?i)\s+(?:end|time|start|close|middle|turn|weekend|summer|autumn|winter|spring|morning|evening|"
    r"afternoon|night|day|week|month|year|deadline|way|hour|dozen|hundred|thousand|million|score|look|"
    r"sound|standards?|margin|length|width|side|book|numbers|light)\b"
)


AGENT_DESCRIBED_NOTE = (" The group after the complement says who holds the view: name them, or say how "
                        "they are counted.")
DOCUMENT_CITED_NOTE = (" The sentence cites a document for it: if the account is the document's, say "
                       "who wrote it; else name the source.")


def agent_after_complement(text: str, cue_end: int, s_hi: int) -> str | None:
    """``"named"`` when a by-phrase after the cue's complement names the judge ("billed as the
    tour's finest night by the promoter"), ``"described"`` for a quantified group that is no
    vague source ("by most bookmakers"), else ``None`` (no agent, a vague source such as "by
    many critics", or a by-phrase of another verb). Only after a cue ending in the word that
    opens its complement ("as", "for", "among"): after a to-infinitive the by-phrase is its
    verb's, after an attributive participle its noun's ("a widely cited study by Ana Ruiz")."""
    if _COMPLEMENT_OPENS.search(text, max(0, cue_end - 10), cue_end) is None:
        return None  # "is thought to have been carried out by ...": the infinitive's agent
    hi = min(s_hi, cue_end + _REACH)
    m = _COMPLEMENT_THEN_BY.match(text, cue_end, hi)
    if m is None or "," in m["comp"]:
        return None
    if lx.effort_agent(m["comp"].split()[-1], text[m.start("agent") : hi]):
        # round 173: "is seen as part of a push by its new chief executive": the by-phrase is
        # the undertaking's agent (who pushes), not the judge's; the view is still nobody's
        return None
    if m["quant"]:
        return None if m["noun"].lower() in lx.plural_nouns("source-nouns") else "described"
    det = m["det"]
    if det.lower() == "the" and _NOT_AGENT_AFTER_THE.match(text, m.end("det")):
        return None  # "by the end of the season"
    if det.lower() in WEEKDAYS_MONTHS:
        return None  # review 126: "tipped for the Derby by Saturday": a deadline, no judge
    return "named"


# a slot in a programme after "billed as": the position of an act or an event in a schedule
# ("billed as the festival's closing night", "billed as the opening act"), not a reputation
_SLOT = LazyRegex(
    r"(?i)\s+(?:the|a|an)\s+(?:[\w-]+[’']s\s+)?(?:(?:opening|closing|final|first|last|second|third|headline|"
    r"headlining|support|supporting|main|warm-up|curtain-raiser|finale)\s+)(?:[\w-]+\s+){0,1}?"
    r"(?:night|nights|day|days|act|acts|event|events|concert|show|match|game|bout|fixture|performance|gig|set|"
    r"slot|party|round|race|session|screening|film|lecture|speaker|attraction)\b"
)


def programme_slot(text: str, cue_start: int, cue_end: int) -> bool:
    """Is the cue "billed as" with a slot in a programme after it ("The concert is billed as
    the festival's closing night")? To bill is then to put on the bill: no view."""
    return "billed" in text[cue_start:cue_end].lower() and _SLOT.match(text, cue_end) is not None


# after "tipped for": what a tip pays for, each unit or a service done ("for each bag", "for
# every delivery", "per table", "for carrying the cases")
_PAYMENT = LazyRegex(r"(?i)\s+(?:each|every|per)\b|\s+[a-z]+ing\s+(?:the|their|his|her|its|a|an|each|every)\b")


def payment_for(text: str, cue_start: int, cue_end: int) -> bool:
    """Is the cue "tipped for" a gratuity, paid for each unit or for a service ("Porters are
    tipped for each bag", "are tipped for carrying the cases")?"""
    return text[cue_start:cue_end].lower().rstrip().endswith("tipped for") and _PAYMENT.match(text, cue_end) is not None


# after "favourite(s)": the event that made them so ("became the favourites after the draw")
_AFTER_EVENT = LazyRegex(r"(?i)\s+(?:after|following|once|when|since)\b")


def result_of_event(text: str, cue_start: int, cue_end: int) -> bool:
    """Is the cue a favourite made by an event after it ("The hosts became the favourites after
    the draw"): the odds or a standing measured on a result, no public's affection?"""
    cue = text[cue_start:cue_end].lower()
    return ("favourite" in cue or "favorite" in cue) and _AFTER_EVENT.match(text, cue_end) is not None


# a definite document cited as the source later in the sentence: "..., according to the arrest
# report", "according to the police complaint", "according to court filings"
_DOCUMENT_CITED = LazyRegex(
    r"(?i)according\s+to\s+(?:the\s+|(?=\w+\s+(?:records|filings|documents|papers)\b))(?:[\w-]+\s+){0,3}?"
    r"(?:report|records|complaint|affidavit|filings?|indictment|lawsuit|documents?|minutes|transcript|"
    r"logs?|citation|charging\s+documents?|police\s+report|court\s+papers|papers)\b"
)
_DOCUMENT_REACH = 220
_ACCORDING = LazyRegex(r"(?i)\baccording\s+to\b")


def document_cited_after(text: str, cue_end: int, s_hi: int) -> bool:
    """Does the cue's sentence go on to cite a definite document as its source ("a store
    employee reported that he left without paying, according to the arrest report")?"""
    hi = min(s_hi, cue_end + _DOCUMENT_REACH)
    found = _ACCORDING.search(text, cue_end, hi)
    return found is not None and _DOCUMENT_CITED.match(text, found.start(), hi) is not None


ONE_AGENT_NAMED_NOTE = (" The sentence goes on to name one of them: say here that they are one of the "
                        "group, or how many.")
# round 160: a counted group as the agent closing the cue ("has been criticised by several
# drivers"), then a clause joined by "and" whose subject is a person named in full and whose
# verb judges or quotes ("and Tamas Varga called it 'an accident waiting to happen'")
_COUNTED_AGENT = LazyRegex(r"(?i)\bby\s+(?:several|many|some|a\s+number\s+of|a\s+few|numerous|various|other)\s+[a-z][\w-]*s\s*$")
_ONE_NAMED_AFTER = LazyRegex(
    r"(?:\s*,)?\s+and\s+(?-i:(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\s+"
    r"(?:called|described|labelled|labeled|branded|dubbed|said)\b")


def one_agent_named_after(text: str, cue_start: int, cue_end: int, s_hi: int) -> bool:
    """Round 160: does a passive of judging whose agent is a counted group ("has been criticised
    by several drivers") go on, in its sentence, with "and" and a person named in full who
    passes or voices the judgement ("and Tamas Varga called it 'an accident waiting to happen'")?
    The writer names one of those who judged: the same sentence gives a source, the reader can
    check it, as the next sentence's illustrating speaker does; which of them the rest are is a
    hint. "but" (the other side), a body ("and the FIA said") or a bare surname stays."""
    if _COUNTED_AGENT.search(text, cue_start, cue_end) is None:
        return False
    return _ONE_NAMED_AFTER.match(text, cue_end, min(s_hi, cue_end + _REACH)) is not None
