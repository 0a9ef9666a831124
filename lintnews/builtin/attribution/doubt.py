"""The doubtful cases lowered to ``info``, and the notes that tell the writer why.

A claim whose holder the reader can most likely find, though the words do not name it there:
a document or a named person just before (:func:`held_elsewhere`), a named lead the vague
source is reported in, someone's running account, a named speaker's account, a headline
whose first sentence gives the source, words printed in full or pasted from a post, an
interview answer with no label.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lintnews.builtin.attribution.coverage import BREAK, SENTENCE_OPENER, covers
from lintnews.builtin.attribution.documents import documents_find
from lintnews.builtin.attribution.facts import DocFacts, identifies
from lintnews.builtin.constructions import holder, near
from lintnews.builtin.constructions import lexicon as lx
from lintnews.document import sourcing
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document


DESCRIBED_NOTE = " The source is described but not named."
ANSWER_NOTE = " It is in an interview answer with no speaker label: if it is the interviewee's view, a label says so."
DESCRIBED_SUGGESTION = "Name the source, or say why it cannot be named."


# Someone else's words the writer marks (``lintnews.document.voices``, the loaded-language
# judge's too): a claim in them is attributed to their speaker, as one inside quotation marks is,
# but the reader is not told whose it is where the cue stands; a hint says so. Words pasted after
# their author and a colon (``Document.pasted_at``) are left out: on round 28's pooled half A the
# only cues they lowered were a true warning ("Ashe continued:- ... It is purportedly aimed at
# ...", judged the writer's hearsay) and a sentence of the writer's after the pasted words, which
# run to the paragraph's end unless a said-verb stops them.
_PRINTED_NOTE = " It is in a text printed in full ({}): if it is the speaker's claim, the source is theirs to give."
_EXCERPT_NOTE = (" It may be in an excerpt quoted after its citation ({}): if it is the cited text's claim,"
                 " mark the excerpt as a quotation.")
_POST_NOTE = " It is in a post pasted as text ({}): if it is the poster's claim, quotation marks say so."


def someone_elses(doc: Document, start: int, end: int) -> str | None:
    """The note for a cue in words the writer gives to someone else without quotation marks (a
    text printed in full, a post ending in its hashtags), or None where the words are the
    writer's."""
    turn = doc.printed_at(start)
    if turn is not None:
        return _PRINTED_NOTE.format(turn.label)
    turn = doc.post_at(start, end)
    if turn is not None:
        return _POST_NOTE.format(turn.label)
    turn = doc.excerpt_at(start)
    if turn is not None:
        return _EXCERPT_NOTE.format(turn.label)
    return None


ACCOUNT_NOTE = " The sentences around it tell someone's own account (\"she says\"): if it is theirs, say so here."
# a parenthetical tag with a pronoun, the teller of a running account: "But once she started
# going alone, she says, the treatments changed."; "Then, she says, he would ..."
_ACCOUNT_TAG = LazyRegex(r"(?i),\s+(?:he|she|they)\s+(?:says|said|recalls|recalled|explains|explained)\s*,")


def inside_account(doc: Document, si: int) -> bool:
    """Is the cue's sentence set between two sentences of the same paragraph that each carry a
    pronoun's parenthetical tag ("..., she says, the treatments changed. He would allegedly ask
    her to ... Then, she says, he would ...")? The doubt adverb sits inside that person's own
    account, which the tags on both sides attribute: a hint, not a warning. One tag on one side
    only does not make the account run through it."""
    sentences = doc.sentences
    if si == 0 or si + 1 >= len(sentences):
        return False
    prev, cur, nxt = sentences[si - 1], sentences[si], sentences[si + 1]
    if not prev.block == cur.block == nxt.block:
        return False
    text = doc.text
    return (_ACCOUNT_TAG.search(text, prev.start, prev.end) is not None
            and _ACCOUNT_TAG.search(text, nxt.start, nxt.end) is not None)


# a byline or a dateline line between the headline and the lead: "By Ana Ruiz | Alton" (no
# stop at its end: "By Monday the talks had stalled." is the lead)
_BYLINE = LazyRegex(r"\s*(?:By|BY)\s+[A-Z][^.!?\n]*\s*")
_BYLINE_WORDS = 12
# round 166: the display line of a desk's page, its parts set off by bars: a section label, the
# writer, a time stamp ("Nature | By Tom Ashworth", "Health | Ann Lowe | 2 hours ago", "By Ann
# Lowe | Updated 14.20 GMT"); a bar joins no parts of a sentence, so a short line with one and
# no stop at its end is no lead (a time stamp's own point is allowed inside it)
_DISPLAY_LINE = LazyRegex(r"\s*[^\s|][^|\n]*(?:\|[^|\n]*[^\s|][^|\n]*)+?(?<![.!?])\s*")


def _byline_line(doc: Document, si: int) -> bool:
    """Is sentence ``si`` a byline or display line set between a headline and its lead (a
    short line, "By" and a name, or parts set off by bars) rather than the lead itself?"""
    s = doc.sentences[si]
    if len(doc.text[s.start : s.end].split(None, _BYLINE_WORDS)) > _BYLINE_WORDS:
        return False
    if _BYLINE.fullmatch(doc.text, s.start, s.end):
        return True
    # a bar line is one block; the sentence splitter may cut it at a time stamp's point
    lo, hi = s.start, s.end
    while si + 1 < len(doc.sentences) and doc.sentences[si + 1].block == s.block:
        si += 1
        hi = doc.sentences[si].end
    return "\n" not in doc.text[lo:hi].strip() and _DISPLAY_LINE.fullmatch(doc.text, lo, hi) is not None


def headline_then_source(doc: Document, si: int, cue_start: int, facts: DocFacts, head: str = "") -> bool:
    """Is the cue in a headline whose first body sentence names a source? A headline has no
    room for attribution: the lead under it gives it ("Officials warn of floods" / "The
    Environment Agency said on Sunday ..."). Whether the lead's source is the headline's
    own cannot be told from the words: a hint, not a warning. Round 106: a byline line is
    passed over, and the lead's source may be the headline's group described more closely
    ("..., officials say" / "..., two officials from the mediation team said")."""
    if not doc.in_headline(cue_start) or si + 1 >= len(doc.sentences):
        return False
    ni = si + 1
    nxt = doc.sentences[ni]
    if ni + 1 < len(doc.sentences) and _byline_line(doc, ni):
        block = nxt.block
        while ni + 1 < len(doc.sentences) and doc.sentences[ni].block == block:
            ni += 1  # past every piece of the display line
        nxt = doc.sentences[ni]
    head = head.lower()
    for m in facts.mentions(nxt.start, nxt.end):
        if m.kind == "named" and identifies(m):
            return True
        if head and m.kind == "described" and head in m.phrase.lower().split():
            return True  # the headline's group, described in the lead
    return bool(head) and _group_body_in_lead(doc, ni, facts, head)


# round 129: how far under the headline its group's own body may speak: the first few sentences
# of the story (a lead often sets the scene before the first speaker)
_LEAD_SENTENCES = 3


def _group_body_in_lead(doc: Document, ni: int, facts: DocFacts, head: str) -> bool:
    """Does one of the first body sentences (from ``ni``) name a speaker in a sentence where
    the headline's group ``head`` ("traders") is part of a name ("Market Traders' Association
    chairman Frank Doyle said")? The group speaks through its named body: a hint, as for a
    lead's named source. A capital at the sentence's start is no name ("Traders said")."""
    text = doc.text
    group = re.compile(r"(?<=[A-Za-z][\w'’.-] )" + re.escape(head[:1].upper() + head[1:]) + r"(?:['’]s?)?\s+[A-Z]")
    for si in range(ni, min(len(doc.sentences), ni + _LEAD_SENTENCES)):
        s = doc.sentences[si]
        if group.search(text, s.start, s.end) is None:
            continue
        if any(m.kind == "named" and identifies(m) for m in facts.mentions(s.start, s.end)):
            return True
    return False


# a section heading in the body: a short line with no stop at its end ("What's being rumoured",
# "Why experts are worried"); the paragraphs under it give the claims and their sources
_HEADING_WORDS = 8
HEADING_NOTE = " It is a section heading: the paragraphs under it should say whose claim it is."
_HEADING_END = LazyRegex(r"[.!?:;,\"”’)]\s*$")


def section_heading(doc: Document, si: int) -> bool:
    """Is the cue's sentence a whole block of at most a few words with no sentence stop, a
    heading over the text that follows (the headline is judged by :func:`headline_then_source`)?
    A heading names a topic; it asserts nothing the reader takes as fact: a hint at most."""
    s = doc.sentences[si]
    block = doc.blocks[s.block]
    if s.start > block.start + 1 or si + 1 >= len(doc.sentences):
        return False
    words = doc.text[block.start : block.end]
    # (at most one split more than a heading's words: a long paragraph is not split whole)
    return len(words.split(None, _HEADING_WORDS)) <= _HEADING_WORDS and _HEADING_END.search(words) is None


def reported_by_named_lead(doc: Document, si: int, cue_start: int, cue_end: int, facts: DocFacts) -> bool:
    """Is the vague source inside what a named speaker says ("Mayor Ana Ruiz said critics
    have long argued ...", "Analysts had expected a rise, he said")? The speaker vouches for
    the report that others hold the view; the others stay unnamed, so it is a hint."""
    text = doc.text
    s = doc.sentences[si]
    if _SUMMING_APPOSITION.search(text, max(s.start, cue_start - 80), cue_start):
        return False  # "X had warned he would resign, a threat that many in his party ...": the writer's aside
    return any(m.kind == "named" and m.style in ("subject", "inverted") and covers(text, m, cue_start, cue_end)
               for m in facts.near(s.start, s.end, cue_start, cue_end))


# round 98: a summing apposition, a noun phrase restating the clause before it and its relative
# (", a threat that", ", a move which"): the writer's comment on what was said, outside the report
_SUMMING_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+(?:that|which)\s+$")


# a closing tag: after a comma (and a closing quotation mark) at the end of its sentence, or
# before a participle that goes on (", an official said, describing the talks as ...")
_TAG_LEFT = re.compile(r"[,;][\"”’]?\s*$")
_TAG_RIGHT = re.compile(r"(?:\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:agency|radio|television|newspaper|reporters|[A-Z]{2,5}))?"
                        r"\s*(?:[.!?]|,\s+\w+ing\b|$)")


def closing_tag(doc: Document, si: int, cue_start: int, cue_end: int) -> bool:
    """Is the vague source the closing tag of its sentence ("Mr Lee told the envoy they had two
    days, an official said.")? Then it is the teller of the whole sentence, the named speaker
    inside it included: not a report the named speaker vouches for."""
    s = doc.sentences[si]
    text = doc.text
    # (the comma before the cue, looked for back to the sentence's start only as far as a
    # sentence of prose runs: a long one pasted as one sentence is not read for each cue)
    lo, _hi = near(s.start, s.end, cue_start, cue_end)
    return (_TAG_LEFT.search(text, lo, cue_start) is not None
            and _TAG_RIGHT.match(text, cue_end, s.end) is not None)


def previous_named_lead(doc: Document, si: int, facts: DocFacts, cue_start: int | None = None) -> bool:
    """Does the sentence before, in the same paragraph, open with a named source's lead
    ("Police said the man fled. He is believed to have crossed the border.")? The reader
    takes the next claim as the same source's, but the words do not say so: a hint. Not
    for a claim about a quantified group set against what the named one did ("He opposed
    paying ransoms, but many families are said to pay"): the contrast turns to other people
    and to what is said of them, which the lead does not tell."""
    if si == 0:
        return False
    prev, cur = doc.sentences[si - 1], doc.sentences[si]
    if prev.block != cur.block:
        return False
    text = doc.text
    if cue_start is not None and _CONTRASTED_GROUP.search(text, cur.start, cue_start):
        return False
    if cue_start is not None and _UNCONFIRMED_AFTER.search(text, cue_start, cur.end):
        return False  # round 134: "..., though the government has not confirmed any deaths": nobody vouches
    for m in facts.mentions(prev.start, prev.end):
        if (m.kind == "named" and identifies(m) and not _group(m.phrase) and m.style in ("subject", "according")
                and SENTENCE_OPENER.fullmatch(text[prev.start : m.src_start])):
            return True
    return False


# round 134: the writer's own word, later in the claim's sentence, that nobody has confirmed it
# (", though the government has not confirmed any deaths", ", but police have yet to confirm
# this"): the named lead before does not hold the claim, so no hint stands in for its source
_UNCONFIRMED_AFTER = LazyRegex(
    r"(?i)[,;]\s*(?:but|though|although|while|yet|and)\s+(?:[\w’'-]+\s+){1,5}?"
    r"(?:(?:has|have|had|did|does|do)\s*(?:not|n[’']t)\s+(?:yet\s+|officially\s+|independently\s+)?"
    r"(?:confirmed|verified|corroborated|confirm|verify)"
    r"|(?:has|have|had)\s+yet\s+to\s+(?:confirm|verify|corroborate))\b"
)


# the cue's clause opened by a contrast whose subject is a quantified group: ", but many
# families are said to", "; yet some residents are believed to"
_CONTRASTED_GROUP = LazyRegex(
    r"(?i)[,;]\s+(?:but|yet|while|whereas|though|although)\s+(?:(?:many|some|most|several|numerous|other|few|"
    r"a\s+number\s+of|a\s+few)\s+)(?:[a-z][\w’'-]*\s+){1,3}(?:(?:\w+ly\s+)?(?:are|were|is|was|have\s+been|had\s+been)\s+)?$"
)


# a reaction whose givers are listed after it and one of them is named, as the list's head
# ("drawn criticism from human rights groups and the UN", "criticism, including from the
# artist Ana Ruiz"): the reader is given one source, the others stay vague; a hint. The
# rule's own pattern already clears a name right after "from"; "from US lawmakers" (a name
# that only modifies) or no name in the clause leaves the warning
REACTION_FROM_NAMED = LazyRegex(
    r",?[\s-]+(?:(?:including|notably|especially|chiefly|mainly)[\s-]+)?(?:from|by)\s+"
    r"[^.;:!?]{0,80}?\b(?:[A-Z]{2,}|[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+)+)(?=\s*(?:[.,;:!?)]|\s+(?:and|or)\b|$))"
)
PARTLY_NAMED_NOTE = " One of those it lists is named, the rest are not: name them, or say who they are."


# a speaker named by at least two capitalised words (a person or a body, "Ana Ruiz", "The
# Red Cross"), possibly with an apposition, then a verb that gives an account of something
# rather than a clause ("elaborated on", "detailed", "outlined", "spoke of"): the lexicon of
# speech knows "said that", not these
_DESCRIBER = LazyRegex(
    r"\b[A-Z][\w'’-]+(?:\s+(?:(?:de|da|van|von|al|of|the|for)\s+)*[A-Z][\w'’.-]+)+(?:,[^,;:.!?]{2,80},)?\s+"
    r"(?:\w+ly\s+)?(?:elaborated\s+(?:on|upon)|expanded\s+(?:on|upon)|detailed|outlined|recounted|"
    r"spoke\s+(?:of|about)|talked\s+about|testified\s+(?:about|to))\s"
)
DESCRIBER_NOTE = " The speaker named before it in the sentence gives this account: say so (\"she said\")."


def described_by_named_speaker(text: str, s_start: int, cue_start: int) -> bool:
    """Is the cue inside what a speaker named in its sentence gives an account of ("Nicolette
    Ruiz, a researcher at the group, elaborated on the conditions prisoners allegedly face")?
    The claim is the speaker's, told with a verb of speech the source lexicon does not know;
    the words do not say so outright: a hint. A doubt adverb only: a passive after the topic
    ("outlined the plan regarded by many as a failure") can be the writer's own report of a
    view. A clause break between them ("; ", ", but", a relative) ends the account; a vague
    speaker ("Officials detailed") has one capital only."""
    last = None
    for m in _DESCRIBER.finditer(text, s_start, cue_start):
        last = m
    return last is not None and not BREAK.search(text, last.end(), cue_start)


def held_elsewhere(doc: Document, si: int, cue_start: int, cue_text: str, facts: DocFacts) -> str:
    """Is the view held by a document or publisher the writer has just given? The clause
    before a colon or dash ("The NFU surveyed its members: yields were estimated ..."), the
    line a list hangs from ("The report found:"), or the sentence before, even across a
    paragraph break: news paragraphs are often one sentence ("A YouGov poll put Labour on 33
    per cent. // The Conservatives are estimated to be on 25."), there only for a figure's
    passive ("is estimated to", "was put at"): a document measures, it does not believe, and
    "is thought to" after it is someone's view. "Reportedly" or "allegedly"
    after a named outlet or person who "reported" or "alleged" it in the sentence before
    points back to them. An allegation's holder comes first (:func:`holder.allegation`:
    "fined for allegedly ...", court copy). The words do not say so outright: a hint, with
    the note (or "") that says where the holder is."""
    text = doc.text
    sentences = doc.sentences
    s = sentences[si]
    s_start, s_end = near(s.start, s.end, cue_start, cue_start + len(cue_text))
    alleged = holder.allegation(text, sentences, si, cue_start, cue_text, facts.found)
    if alleged:
        return alleged
    if holder.introduced_by_lead(text, s_start, cue_start):
        return _DOCUMENT_NOTE
    if holder.names_someone(text, s_start, cue_start):
        return _NAMING_NOTE  # "Police identified the man as Tom Reyes, 40, who was believed to ..."
    if holder.threshold_classification(text, s_start, cue_start, cue_text) and _cited_before(doc, si, facts):
        return _STANDARD_NOTE  # "..., according to the agency. A reading above 100 is considered unhealthy."
    # (not a survey inside the cue's that-clause: "It has been suggested that the defects were
    # flagged in a 2020 survey" claims the survey flagged them; the suggestion is nobody's, round 98)
    if not _THAT_AFTER.match(text, cue_start + len(cue_text)) and holder.in_survey(text, cue_start + len(cue_text), s_end):
        return _SURVEY_NOTE  # "was considered one of the best in two surveys of historians"
    if documents_find(text, s_start, cue_start):
        return _SURVEY_NOTE  # "Polls show US public opinion is deeply divided": what the polls measured
    if holder.VERDICT.search(cue_text) and (
            holder.verdict_of_document(text, s_start, s_end)
            or (si and holder.verdict_of_document(text, sentences[si - 1].start, sentences[si - 1].end))):
        return _VERDICT_NOTE  # "The audit faulted the board. The chairman was also criticised ..."
    # (news paragraphs are often one sentence: the next may open the next paragraph)
    if holder.CLASSIFYING.search(cue_text) and si + 1 < len(sentences) and sentences[si + 1].block <= s.block + 1\
            and holder.classified_by(text, sentences[si + 1].start, sentences[si + 1].end):
        return _CLASSIFIED_NOTE  # "It is labelled hazardous. ... is classified as such by the Center."
    block = s.block
    if holder.list_item(text, doc.blocks[block].start):
        b = block - 1
        while b >= 0 and holder.list_item(text, doc.blocks[b].start):
            b -= 1
        if b >= 0:
            intro = doc.blocks[b]
            if text[intro.start : intro.end].rstrip().endswith(":"):
                j = doc.sentence_index(intro.end - 1)
                p = sentences[j]
                if holder.leads(text, p.start, p.end) or any(
                        m.kind == "named" and identifies(m) for m in facts.mentions(p.start, p.end)):
                    return _DOCUMENT_NOTE
    if si == 0:
        return ""
    prev = sentences[si - 1]
    if doc.in_headline(prev.start):
        # "Jobless rate falls to 4.1%, ONS says" over "Unemployment is estimated to have fallen
        # ...": the first body sentence gives the figures the headline's source put out
        if holder.MEASURED.search(cue_text) and any(
                m.kind == "named" and identifies(m) for m in facts.mentions(prev.start, prev.end)):
            return _DOCUMENT_NOTE
        return ""
    if prev.block == s.block and holder.names_someone(text, prev.start, prev.end):
        return _NAMING_NOTE  # "Police named the man as Tom Reyes. He is believed to have ..."
    if holder.leads(text, prev.start, prev.end) and holder.MEASURED.search(cue_text):
        return _DOCUMENT_NOTE  # a document holds figures, not beliefs: "is thought to" after it stays
    verb = _ECHOED_VERB.get(cue_text.lower())
    if verb is not None and any(
            m.kind == "named" and identifies(m) and m.style == "subject"
            and text[m.src_start : m.verb_end].lower().endswith(verb)
            for m in facts.mentions(prev.start, prev.end)):
        return _ECHO_NOTE
    return ""


_STANDARD_NOTE = " It reads as the standard of the scale's publisher cited just before: say so (\"on the agency's scale\")."


def _cited_before(doc: Document, si: int, facts: DocFacts) -> bool:
    """Does the cue's sentence or the one before it in its paragraph name a source?"""
    for k in (si, si - 1):
        if k < 0 or doc.sentences[k].block != doc.sentences[si].block:
            continue
        s = doc.sentences[k]
        if any(m.kind == "named" and identifies(m) for m in facts.mentions(s.start, s.end)):
            return True
    return False


_DOCUMENT_NOTE = " It reads as the finding of the document named just before: say so (\"the survey estimates\")."
_NAMING_NOTE = " It reads as part of the statement that named the person just before: say so (\"police said\")."
_THAT_AFTER = re.compile(r"\s+that\b")
_SURVEY_NOTE = " It reads as the finding of the survey or poll the sentence names: say whose it is."
_VERDICT_NOTE = " It reads as the verdict of the report or ruling named here or just before: say so (\"the audit criticised\")."
_CLASSIFIED_NOTE = " The next sentence names the body that lists or rates it: say so here."
_ECHO_NOTE = " It points back to the report named just before: say so (\"the paper reported\")."
# a doubt adverb and the verb whose report it echoes
_ECHOED_VERB = {"reportedly": "reported", "allegedly": "alleged"}


def _group(phrase: str) -> bool:
    """A group, not one source: "Islanders", "Local residents", "Senior officials" (a plural
    person noun, or one capitalised plural word)."""
    words = phrase.replace("’", "'").split()
    last = words[-1].lower()
    if last in lx.plural_nouns("source-nouns"):
        return True
    return len(words) == 1 and last.endswith("s") and last not in sourcing.INSTITUTIONS
