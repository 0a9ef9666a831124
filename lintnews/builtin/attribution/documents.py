"""Reports, polls and research as the holders of a claim.

"A study found", "polls show", "scientists say": a document or its authors are identified when
the text names the study, its journal, its maker or its poll, near the cue or (for research)
earlier in the piece; an opening "according to" makes the group after it that source's
report; a teller "citing" the group relies on it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lintnews.builtin.attribution.coverage import covers
from lintnews.builtin.attribution.facts import DocFacts, next_in_paragraph
from lintnews.builtin.attribution.illustrated import CONTRAST_OPENS
from lintnews.builtin.constructions import SENTENCE_REACH
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import QUANTIFIER_HEADS
from lintnews.document import sourcing
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document


# research and the people who do it: once a piece has named its study, later unnamed mentions
# ("the research suggests", "scientists found") most likely point back to it
RESEARCH = frozenset("study research evidence survey poll analysis finding paper".split())
RESEARCH_PEOPLE = frozenset("scientists scientist researchers researcher academics scholars".split())
_NAMED_RESEARCH = LazyRegex(
    r"\b(?:published|appearing|appeared|reported|presented)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?:journal\s+)?[A-Z]"
    r"|\bjournal\s+(?:of\s+)?[A-Z]|\bet\s+al\b"
    r"|\b(?:study|studies|report|survey|poll|research|analysis|paper|researchers|scientists|team)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:by|from|at|of|led\s+by)\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+)*(?:University|Institute|College|Centre|Center|School|Laboratory|Agency|Council|Foundation)\b"
)


# the journal right after the researchers' own verb of writing: "researchers report in JAMA
# Pediatrics", "scientists write in the journal Nature", "reported in The Lancet" (a title of
# two capitalised words or more, or after "journal": "report in Britain" is a place)
JOURNAL_AFTER_VERB = LazyRegex(
    r"\s+in\s+(?:the\s+journal\s+[A-Z]|(?:[Tt]he\s+)?"
    r"[A-Z][\w&-]*(?:\s+(?:of|and|in|for|on|the|&)){0,2}\s+[A-Z])"
)
WRITING_VERBS = ("report", "reports", "reported", "write", "writes", "wrote")
# words after which a document is identified: its journal, its authors, its publisher
_DOCUMENT_NAMED = LazyRegex(
    r"\b(?:published|conducted|commissioned|carried\s+out|released|issued|compiled|produced|"
    r"authored|written|funded|led|presented)\s+(?:on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?(?:\w+\s+){0,2}?"
    r"(?:in|by|at|for)\s+(?:the\s+)?(?:journal\s+)?[A-Z]"
    r"|\bjournal\s+(?:of\s+)?[A-Z]|\bet\s+al\b"
    r"|\b(?:researchers|scientists|authors|economists|analysts)\s+(?:at|from|with)\s+(?:the\s+)?[A-Z]"
)
# a document noun of the next sentence's subject, named by its maker ("The monthly report by the
# National Oceanic and Atmospheric Administration is ...") or by its title, in capitals with a
# document noun of its own ("The Annual Report on Overseas Chinese Study said ...") or set off
# after the noun ("The report - A Civil Society Perspective on Tobacco Control - was ...")
_DOCUMENT_NOUNS = r"(?:report|study|survey|poll|index|review|analysis|census|paper|assessment)"
_DOCUMENT_OPENS_NAMED = LazyRegex(
    r"[\s\"“]*The\s+(?:"
    r"(?:[a-z][\w-]*\s+){0,2}?" + _DOCUMENT_NOUNS + r"\s+(?:by|from)\s+(?:the\s+)?[A-Z]"
    r"|(?:[a-z][\w-]*\s+){0,2}?" + _DOCUMENT_NOUNS + r"\s*(?:[-–—,(:]|\s-)\s*(?:A\s+|An\s+|The\s+)?[A-Z][\w-]*\s+[A-Z]"
    r"|(?:[A-Z][\w’'-]*\s+(?:(?:of|on|for|and|the|in)\s+)*){1,6}(?-i:Report|Study|Survey|Poll|Index|Review|Census)\b)"
)


# the document's maker in a relative clause right after it: "an estimate that the Joint
# Committee on Taxation provided to" ("an estimate that the program will cost" names nobody)
_MAKER_CLAUSE = LazyRegex(
    r"\s+(?:that|which)\s+(?:the\s+)?(?-i:[A-Z][\w&’'-]*)(?:\s+(?:of|on|for|and|the|(?-i:[A-Z][\w&’'-]*)))*\s+"
    r"(?:had\s+|has\s+)?(?:provided|prepared|published|released|produced|compiled|made|issued|drew\s+up|drawn\s+up)\b"
)


def document_named_near(doc: Document, si: int, after: int) -> bool:
    """Is the unnamed document identified after its cue, in its sentence or the next one of
    the same paragraph ("A new study found X. The research, published in Nature, ...")?"""
    sentences = doc.sentences
    end = sentences[si].end
    if si + 1 < len(sentences) and sentences[si + 1].block == sentences[si].block:
        end = sentences[si + 1].end
    # (as far as the rest of a sentence of prose and the next run: a page pasted as one
    # sentence is not read to its end for each of its cues)
    end = min(end, after + 2 * SENTENCE_REACH)
    if _MAKER_CLAUSE.match(doc.text, after, end) is not None:
        return True  # "according to an estimate that the Joint Committee on Taxation provided"
    if _DOCUMENT_NAMED.search(doc.text, after, end) is not None:
        return True
    if end > sentences[si].end:
        # "..., according to a recent survey. The Annual Report on Overseas Chinese Study said"
        return _DOCUMENT_OPENS_NAMED.match(doc.text, sentences[si + 1].start, end) is not None
    return False


# round 116: the material picked up by the next sentence, with the agent who made, signed or
# verified it ("..., according to a memo seen by this newspaper. / The memo, dated 14 May and
# signed by the finance director, Ann Lowe, ...", "Footage that surfaced overnight shows ... The
# video was verified by the BBC"): GUIDELINES.md asks who released, obtained or verified it,
# and the next sentence answers. The agent must be a name, or "the/its/their" and a name within
# five words; a passer-by, "a user" or "activists" identify nobody, and circulation ("shared
# by", "posted by") says who passed it on, not who made or checked it.
_MATERIAL_NOUNS = (r"(?:memo|memorandum|letter|email|e-mail|document|report|draft|dossier|video|footage|"
                   r"recording|image|photo|photograph|picture|message|study|survey|analysis|review|paper)s?")
_MATERIAL_MADE_BY_NEXT = LazyRegex(
    r"[\s\"“]*(?:The|This|That|These|Those)\s+(?:[a-z][\w-]*\s+){0,2}?" + _MATERIAL_NOUNS
    + r"\b[^.;:!?\"“”]{0,90}?\b(?:signed|verified|authenticated|written|drafted|issued|released|published|"
    r"filmed|recorded|prepared|commissioned|compiled|produced|sent|obtained)\s+by\s+"
    r"(?:(?:the|its|their|his|her)\s+(?:[\w’'-]+,?\s+){0,4}?)?(?-i:[A-Z])"
)


def material_made_by_next(doc: Document, si: int) -> bool:
    """Does the next sentence (of the paragraph, or the first of the next one) open with the
    material of the cue, definite, and name who made, signed or verified it?"""
    sentences = doc.sentences
    if si + 1 >= len(sentences):
        return False
    nxt = sentences[si + 1]
    if nxt.block > sentences[si].block + 1 or doc.in_headline(nxt.start):
        return False
    end = min(nxt.end, nxt.start + 2 * SENTENCE_REACH)
    return _MATERIAL_MADE_BY_NEXT.match(doc.text, nxt.start, end) is not None


# How many paragraphs back "the piece has named its study" is looked for. An archive file
# holds many articles, and a study named in one does not vouch for "scientists found" in
# another; the judge also never looks further than the context a part of a large file is
# linted with (``lintnews.execution.split.MARGIN_BLOCKS``, a test keeps the two in step).
RESEARCH_REACH_BLOCKS = 10


def research_named_before(doc: Document, si: int, pos: int, found: dict[int, int] | None = None) -> bool:
    """Has the piece named a study, a journal or a research institution before ``pos``, in
    the cue's paragraph or the :data:`RESEARCH_REACH_BLOCKS` before it? ``found``: the first
    such name per paragraph, kept by the caller for the document (``DocFacts.research``): a
    long paragraph with many cues is searched once, not once per cue."""
    block = doc.sentences[si].block
    first = found.get(block) if found is not None else None
    if first is None:
        start = doc.blocks[max(0, block - RESEARCH_REACH_BLOCKS)].start
        m = _NAMED_RESEARCH.search(doc.text, start, doc.blocks[block].end)
        first = m.start() if m is not None else -1
        if found is not None:
            found[block] = first
    return 0 <= first < pos


# a sentence that opens with one study its makers or its journal name, and its finding: "A study
# by World Weather Attribution found", "Research published in The Lancet last year showed";
# round 109: a year among its modifiers ("A 2022 review"), and its makers described by the
# named body they work at ("a review by economists at Halden University found"; "by
# economists at several universities" names none)
_NAMED_STUDY_OPENS = LazyRegex(
    r"[\s\-–—]*(?:(?:A|An|The|Their|Its)\s+)?(?:(?:[a-z][\w-]*|(?:19|20)\d\d)\s+){0,2}?"
    r"(?i:study|research|analysis|paper|review|trial|report)\s+"
    r"(?:(?:carried\s+out\s+|conducted\s+|run\s+|led\s+|published\s+|commissioned\s+)?(?:by|from|at|in)\s+"
    r"(?:the\s+)?(?:journal\s+)?(?:(?:[a-z][\w-]*\s+){1,3}?(?:at|of|from)\s+(?:the\s+)?)?[A-Z])"
    r"[^.;:!?]{0,120}?\b(?:shows?|showed|shown|suggests?|suggested|indicates?|indicated|finds|found|"
    r"concluded|estimated|estimates)\b"
)


# round 146: "according to scans by Netwatch", "according to a 2023 study from Halden University",
# "according to research by the Grattan Institute": a piece of research and its named makers
_NAMED_STUDY_ACCORDING = LazyRegex(
    r"\baccording\s+to\s+(?:(?:a|an|the|new|recent|their|its)\s+)?(?:(?:[a-z][\w-]*|(?:19|20)\d\d)\s+){0,2}?"
    r"(?:study|studies|research|analysis|analyses|paper|review|trial|scans|tests|measurements|modelling|modeling)\s+"
    r"(?:(?:carried\s+out\s+|conducted\s+|run\s+|led\s+|published\s+)?(?:by|from|at|in)\s+"
    r"(?:the\s+)?(?:journal\s+)?(?-i:[A-Z]))"
)


def research_people(phrase: str, head: str) -> bool:
    """Is the vague group researchers, by its head or, where the head is a quantifier
    ("some researchers", "many scholars"), by the noun it counts (round 109)?"""
    return head in RESEARCH_PEOPLE or any(w in RESEARCH_PEOPLE for w in phrase.lower().split())


def research_named_next(doc: Document, si: int) -> bool:
    """Does the paragraph's next sentence open with a study its makers or journal name, and its
    finding ("Climate scientists say such heat is becoming common. A study by World Weather
    Attribution found ...")? The story names the research the scientists' view rests on, as
    :func:`research_named_before` does the other way round; whether the view is that study's
    the words do not say: a hint. Not after a contrast ("But a study by X found ...")."""
    nxt = next_in_paragraph(doc, si)
    if nxt is None or CONTRAST_OPENS.match(doc.text, nxt.start, nxt.end):
        return False
    if _NAMED_STUDY_OPENS.match(doc.text, nxt.start, nxt.end) is not None:
        return True
    # round 146: the study named by the "according to" that closes the next sentence ("Security
    # researchers have pointed to a flaw. The firm's servers ran an old version, according to scans
    # by Netwatch, a firm that monitors servers."): the research again, its makers named
    hi = min(nxt.end, nxt.start + 2 * SENTENCE_REACH)
    return "according" in doc.text[nxt.start : hi] and _NAMED_STUDY_ACCORDING.search(doc.text, nxt.start, hi) is not None


# round 159: the names that make an association claim ("Low levels have been linked to
# depression") the finding of research the piece names, near it: a research body ("Halden
# University", "the Institute for Fiscal Studies"), a doctor or professor, a journal or its "et
# al", a document or team placed by a capitalised maker ("a survey by Ipsos", "researchers at
# Kessler"), a pollster's poll ("A YouGov survey", "a Harbour Polling survey": after an
# article or a lower-case word, so no sentence's first word), a closing "according to" and a
# name
_RESEARCH_NAMES = LazyRegex(
    r"(?-i:\b[A-Z][\w&’'-]*\s+(?:(?:of|for|and|on)\s+)?(?:[A-Z][\w&’'-]*\s+)*?(?:University|Institute|College|Centre|Center|"
    r"School|Foundation|Laboratory|Laboratories|Observatory|Society|Academy|Agency|Commission|Office|Trust|Clinic|Hospital)\b)"
    r"|(?-i:\b(?:University|Institute|Office|Centre|Center)\s+(?:of|for)\s+(?:the\s+)?[A-Z])"
    r"|(?-i:\b(?:Professor|Prof|Dr|Doctor)\.?\s+[A-Z])"
    r"|\bjournal\b|\bet\s+al\b"
    r"|\b(?:published|appeared|appearing|reported|presented)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\b(?:polls?|surveys?|stud(?:y|ies)|research|analys[ie]s|reviews?|trials?|data|figures|researchers|scientists|team)\s+"
    r"(?:(?:carried\s+out|conducted|commissioned|run|led|published|compiled|released)\s+)?(?:by|for|from|at|of|in)\s+"
    r"(?:(?:the|pollsters?|polling\s+(?:firm|company)|research\s+(?:firm|group|house))\s+){0,2}(?-i:[A-Z])"
    r"|(?-i:(?:[a-z,;:]|\b(?:A|An|The))\s+(?:[A-Z][\w&’'-]*\s+){1,3}(?:[Pp]oll|[Ss]urvey|[Ss]tudy|[Rr]esearch|[Aa]nalysis|[Dd]ata|[Pp]olling)s?\b)"
    r"|\baccording\s+to\s+(?:(?:a|an|the|new|recent)\s+)?(?-i:[A-Z])"
)


# round 159: research told just before an association claim ("In a trial of 400 adults, the
# drug was associated with fewer strokes", "Researchers followed 2,000 smokers. Heavy use was
# linked to ..."): the claim is that research's finding, whose naming is its own cue's question
_RESEARCH_TOLD = LazyRegex(
    r"\b(?:stud(?:y|ies)|trials?|research|researchers|scientists|analys[ie]s|surveys?|cohort|participants|"
    r"volunteers|experiments?|meta-analys[ie]s|reviews?)\b", re.IGNORECASE)


def research_named_around(doc: Document, si: int, pos: int) -> bool:
    """Round 159: is the research behind an association claim ("is linked to asthma") named
    near it, in the cue's paragraph up to its sentence's end or in the next sentence (of the
    paragraph, or the first of the next one): a research body, a researcher by title, a
    journal or a pollster (``_RESEARCH_NAMES``)? Or is research told in the previous sentence
    of the paragraph or before the cue (at ``pos``) in its own (``_RESEARCH_TOLD``: "In a
    trial of 400 adults, the drug was associated with fewer strokes")? Then the claim is that
    research's finding, and the hint is cleared."""
    sentences = doc.sentences
    here = sentences[si]
    start = doc.blocks[here.block].start
    end = here.end
    if si + 1 < len(sentences) and sentences[si + 1].block <= here.block + 1 and not doc.in_headline(sentences[si + 1].start):
        end = sentences[si + 1].end
    start = max(start, here.start - 6 * SENTENCE_REACH)
    end = min(end, here.end + 2 * SENTENCE_REACH)
    if _RESEARCH_NAMES.search(doc.text, start, end) is not None:
        return True
    told_from = sentences[si - 1].start if si > 0 and sentences[si - 1].block == here.block else here.start
    return _RESEARCH_TOLD.search(doc.text, max(told_from, here.start - 2 * SENTENCE_REACH), pos) is not None


BODY_PAPER_NOTE = " It is a paper put to a body's meeting: say whose (\"a report by the council's officers\")."
# a document put before a deliberating body: "a report presented to the meeting", "a paper
# tabled at Tuesday's cabinet", "a report to councillors", "a document submitted to the
# inquiry". Such a paper is on the body's public record, so the reader can find it; who wrote
# it is unsaid (round 97: a hint). "a report sent to a friend", "presented to the public" no.
_PAPER_TO_BODY = LazyRegex(
    r"(?:,?\s+(?:(?:was|which\s+was|that\s+was)\s+)?(?:presented|submitted|tabled|put|sent|circulated|prepared|"
    r"written|going|due|laid)\s+(?:to|at|before|for)|\s+to)\s+"
    r"(?:(?:the|this|a|its|their|[A-Z][a-z]+day['’]s|last\s+week['’]s|next\s+week['’]s)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?"
    r"(?:meeting|committee|council|cabinet|board|councillors|parliament|assembly|hearing|inquiry|"
    r"tribunal|senate|congress|shareholders|MPs|MSPs|ministers|trustees|governors|panel)s?\b"
)


def paper_to_body(text: str, after: int, end: int) -> bool:
    """Is the unnamed document right after its cue one put to a deliberating body ("according
    to a report presented to the meeting", see ``_PAPER_TO_BODY``)?"""
    return _PAPER_TO_BODY.match(text, after, min(end, after + SENTENCE_REACH)) is not None


PRICED_NOTE = " The next sentence measures the expectation by named market data: say so here."
# market participants and their expectation ("Traders expect", "investors are betting", "markets
# see"), and a next sentence that prices it from named data ("Futures price in a 64 per cent
# chance of a cut, according to LSEG data", "Refinitiv data show markets imply two cuts"):
# the expectation is a market measure, its data named (round 97: a hint)
_MARKET_EXPECTS = LazyRegex(
    r"(?i)(?:[\w-]+\s+){0,2}?(?:traders|investors|markets|dealers)\s+(?:\w+ly\s+)?"
    r"(?:(?:are|were|have\s+been)\s+)?(?:expect|expected|expecting|bet|betting|see|saw|anticipate|anticipated|"
    r"price|priced|pricing|wager|wagering)\b")
_PRICED = LazyRegex(r"(?i)\b(?:price[sd]?\s+in|pricing\s+in|impl(?:y|ies|ied)|(?:per\s+cent|%)\s+(?:chance|probability|likelihood)|odds)\b")
# Round 151: the consensus itself as the measure, its compiler named ("according to a consensus
# compiled by the data firm Quantis", "according to an LSEG consensus", "estimates collated by
# Finwire"): the compiler may follow a short description ("the data firm", "the research house");
# review 123: a description, no preposition, so a place or a date after an unnamed compiler ("by
# the company on Friday", "by economists in London", "by the end of March") names nobody
# ("economists at Barclays" names their house)
_NAMED_DATA = LazyRegex(
    r"\baccording\s+to\s+(?:(?:an?|the)\s+)?(?:[A-Z][\w&.-]*\s+){1,3}(?:data|consensus)\b"
    r"|\b(?:[A-Z][\w&.-]*\s+){1,3}data\s+(?:show|shows|showed|suggest|suggests)\b"
    r"|\bdata\s+(?:from|compiled\s+by)\s+(?:the\s+)?[A-Z]"
    r"|\b(?:consensus|estimates|forecasts)\s+(?:compiled|collated|gathered|aggregated)\s+by\s+(?:the\s+)?"
    r"(?:(?!(?:on|in|of|for|from|to|with|by|after|before|since|until|during|across|last|next|this)\b)[a-z][\w-]*\s+){0,3}?[A-Z]")


def priced_by_named_data(doc: Document, si: int, start: int, end: int) -> bool:
    """Are the cue's group market participants with an expectation (``_MARKET_EXPECTS``), and
    does the next sentence of the paragraph price it from named data (``_PRICED`` and
    ``_NAMED_DATA``)? "Traders expect a cut. Futures price in a 64 per cent chance, according
    to LSEG data." Not after a contrast; unnamed data ("according to market data") names nothing."""
    text = doc.text
    if not _MARKET_EXPECTS.fullmatch(text, start, end):
        return False
    nxt = next_in_paragraph(doc, si)
    if nxt is None or CONTRAST_OPENS.match(text, nxt.start, nxt.end):
        return False
    hi = min(nxt.end, nxt.start + 2 * SENTENCE_REACH)
    return _PRICED.search(text, nxt.start, hi) is not None and _NAMED_DATA.search(text, nxt.start, hi) is not None


# round 106: the forecasters' consensus ("Analysts had expected $2.1bn", "economists polled
# expected") closed by the data that measured it ("..., according to LSEG data"): the consensus
# is a data provider's figure, named in the same sentence as "according to LSEG" would be
_CONSENSUS_EXPECTS = LazyRegex(
    r"(?i)(?:[\w-]+\s+){0,2}?(?:analysts|economists|traders|investors|markets)\s+(?:\w+ly\s+)?"
    r"(?:(?:are|were|had|have|had\s+been|have\s+been)\s+)?(?:expect|expected|expecting|forecast|forecasting|"
    r"anticipated|estimated|predicted|projected)\b")


def consensus_by_named_data(doc: Document, si: int, start: int, end: int) -> bool:
    """Is the cue a consensus expectation (``_CONSENSUS_EXPECTS``) whose own sentence closes on
    the named data that measured it (``_NAMED_DATA``)? "Analysts had expected $2.1bn, according
    to LSEG data." Unnamed data ("according to market data") names nothing."""
    text = doc.text
    if not _CONSENSUS_EXPECTS.fullmatch(text, start, end):
        return False
    hi = min(doc.sentences[si].end, end + SENTENCE_REACH)
    return _NAMED_DATA.search(text, end, hi) is not None


RESEARCH_NEXT_NOTE = " The next paragraph names the study (its journal or its makers): name it here."


def study_named_next_paragraph(doc: Document, si: int) -> bool:
    """Does the first sentence of the next paragraph, right after the cue's paragraph ends,
    identify the research by its journal or its makers ("..., researchers reported on Monday.
    / The trial, published in the journal X, enrolled 58 adults.")? The lede of science copy
    gives the finding, the next paragraph its study; within a paragraph that clears the cue
    (:func:`document_named_near`), across a break it is a hint (round 97: a new paragraph may
    start a new point). Not after a contrast ("But a study by X found ...")."""
    sentences = doc.sentences
    if si + 1 >= len(sentences) or sentences[si + 1].block != sentences[si].block + 1:
        return False
    nxt = sentences[si + 1]
    if doc.in_headline(nxt.start) or CONTRAST_OPENS.match(doc.text, nxt.start, nxt.end):
        return False
    end = min(nxt.end, nxt.start + 2 * SENTENCE_REACH)
    return _DOCUMENT_NAMED.search(doc.text, nxt.start, end) is not None


# the plural documents a sentence opens with: "Polls show", "Recent studies suggest", "The surveys found"
_DOCUMENTS_OPEN = LazyRegex(r"[\s\-–—]*(?:(?:The|These|Those|Recent|Several|Many|Most|Other|New|Opinion)\s+)?(\w+)\s+")


# a finding verb after the documents a sentence opens with: "Polls show", "Recent surveys suggest"
_FINDING = LazyRegex(r"\s*(?:show|showed|shown|suggest|suggested|indicate|indicated|find|found)\b")


# a sentence that opens with a document its maker names (a capitalised name, possessive or not)
# and a finding verb: "Asda's poll of some 2,600 people found", "A YouGov survey showed"
_NAMED_DOCUMENT_FINDS = LazyRegex(
    r"[\s\-–—]*(?:(?:A|An|The)\s+)?(?:[A-Z][\w&.’'-]*\s+){0,3}[A-Z][\w&.-]*(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:poll|survey|study|analysis|census)s?\b[^.;:!?]{0,80}?\b"
    r"(?:shows?|showed|shown|suggests?|suggested|indicates?|indicated|finds|found)\b"
)


def documents_find(text: str, s_start: int, cue_start: int) -> bool:
    """Does the cue's sentence open with plural documents and a finding verb ("Polls show US
    public opinion is deeply divided")? The cue is what they measured: the documents are its
    holder, and their own cue ("which polls?") carries the question."""
    if _NAMED_DOCUMENT_FINDS.match(text, s_start, cue_start) is not None:
        return True  # "Asda's poll of 2,600 people found opinion was split": the poll's measure
    m = _DOCUMENTS_OPEN.match(text, s_start, cue_start)
    return (m is not None and m.group(1).lower() in lx.plural_nouns("report-nouns")
            and _FINDING.match(text, m.end() - 1, cue_start) is not None)


def counts_documents(doc: Document, si: int, start: int, head: str) -> bool:
    """Is a bare quantifier opening its sentence ("Most indicate a slim majority") a count of
    the documents the sentence before opened with ("Polls show the public divided.")? With no
    noun of its own, "most" takes the last plural the reader met: the polls, not people."""
    if head not in QUANTIFIER_HEADS or si == 0:
        return False
    s, prev = doc.sentences[si], doc.sentences[si - 1]
    text = doc.text
    if prev.block != s.block or text[s.start : start].strip(" -–—\"“") or text[start : start + len(head)].lower() != head:
        return False
    m = _DOCUMENTS_OPEN.match(text, prev.start, prev.end)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in lx.plural_nouns("report-nouns")


_POLL = re.compile(r"(?i)\b(?:poll|polls|survey|surveys|census|polling)\b")
_POLL_OWNER = LazyRegex(r"\s+(?:by|from|for|of)\s+(?:the\s+)?[A-Z]")  # "a poll by the Angling Trust"


# round 146: the group counted again in the next sentence as the respondents of a poll its
# pollster names: "Economists had widely expected the decision. All 31 economists polled by the
# news agency Finwire had forecast a hold." / "... A Reuters survey of 40 analysts found ...".
# The poll tells who they are (the people it asked), as ``measured_by_named_poll`` reads it in
# the cue's own sentence; the group's own noun must come back (another group polled is another
# matter), and the pollster is a capitalised name: "polled by the agency" names nobody
_POLLED = r"(?:polled|surveyed|canvassed|questioned|asked)\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?-i:[A-Z])"
_POLL_NAMED = r"(?-i:[A-Z][\w&.-]*)\s+(?:poll|survey|panel)\s+of\s+(?:[\w,-]+\s+){0,3}?"
POLLED_NEXT_NOTE = " The next sentence names the poll that asked them: name it here."


def polled_next(doc: Document, si: int, head: str | None) -> bool:
    """Is the vague group (its noun ``head``) counted again in the next sentence of its paragraph
    as the respondents of a poll that names its pollster ("All 31 economists polled by Finwire
    had forecast a hold", "A Reuters poll of 40 economists found")? Not after a contrast ("But
    economists polled by X ..." sets another view against it)."""
    if not head or not head.isalpha() or not head.endswith("s"):
        return False
    nxt = next_in_paragraph(doc, si)
    if nxt is None or CONTRAST_OPENS.match(doc.text, nxt.start, nxt.end):
        return False
    hi = min(nxt.end, nxt.start + 2 * SENTENCE_REACH)
    if re.search(rf"(?i)\b{head}\b", doc.text[nxt.start : hi]) is None:
        return False  # the cheap test first: the group's own noun again
    return re.search(rf"(?i)\b{head}\s+{_POLLED}|{_POLL_NAMED}{head}\b", doc.text[nxt.start : hi]) is not None


# the rest of an opening "according to" phrase up to its comma ("According to documents seen by
# this newspaper, "): a short modifier, no second clause
_ACCORDING_LEAD_REST = LazyRegex(r"[^,;:.!?\"“”—–]{0,60},\s*")
ACCORDING_LEAD_NOTE = " The sentence opens with its source (\"according to\"): this is what that source reports."


def according_lead(doc: Document, si: int, cue_start: int, facts: DocFacts) -> sourcing.Mention | None:
    """The "according to" phrase that opens the cue's sentence, when the vague group is the
    subject of the clause right after its comma ("According to The Daily Star, sources say
    ...", "According to documents seen by this paper, officials raised concerns ..."): the
    group and what it did are that source's report, not a second source of the sentence.
    A group after a break ("..., but officials say") speaks for itself."""
    s = doc.sentences[si]
    for m in facts.according(s.start, s.end):
        if m.start >= cue_start:
            break  # (in order of their starts: none after it ends before the cue)
        if m.end > cue_start:
            continue
        if doc.text[s.start : m.start].strip(" \t\"“'‘") or not doc.text[m.start].isupper():
            return None  # not the sentence's opening
        rest = _ACCORDING_LEAD_REST.match(doc.text, m.end, cue_start)
        return m if rest is not None and rest.end() == cue_start else None
    return None


# the group is what a teller cites: "citing", "quoting", "a report that cited"
_CITED_BEFORE = re.compile(r"(?i)\b(?:citing|quoting|(?:that|which)\s+(?:cited|quoted))\s+$")


def cited_by_named_teller(doc: Document, si: int, cue_start: int, facts: DocFacts) -> bool:
    """Is the vague group the object of "citing" or "quoting" whose teller the sentence has
    already named ("Bloomberg, citing people familiar with the talks, reported that ...",
    "according to a Bloomberg report that cited people familiar with the talks")? The teller
    vouches for relying on them, as the closing tag ", Reuters reported, citing people familiar
    with the matter." does: a hint. With no named teller before it the group stays a warning."""
    text = doc.text
    s = doc.sentences[si]
    if _CITED_BEFORE.search(text, max(s.start, cue_start - 25), cue_start) is None:
        return False
    return any(m.src_start < cue_start and (m.kind == "named" or sourcing.published(text, m.src_start))
               for m in facts.near(s.start, s.end, cue_start, cue_start))


def measured_by_named_poll(doc: Document, si: int, start: int, end: int, facts: DocFacts) -> bool:
    """Is the vague group the respondents of a poll or survey its sentence names as the
    source ("Most voters oppose the plan, a YouGov survey found", "according to a Reuters
    poll")? The poll identifies who they are: the people it asked."""
    text = doc.text
    s = doc.sentences[si]
    for m in facts.picked(_POLL, s.start, s.end):
        if not covers(text, m, start, end):
            continue
        if (m.kind == "named" or sourcing.published(text, m.src_start)
                or _POLL_OWNER.match(text, m.src_start + len(m.phrase))):
            return True
    return False
