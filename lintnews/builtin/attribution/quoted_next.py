"""A named speaker quoted in the next sentence: maybe the claim's source, maybe not (round 76).

"The painting is believed to be a forgery. 'I have never seen a worse one,' said the curator,
Jane Roe." The next sentence's tag attributes its quotation, the speaker's own words, and not
necessarily the claim before it, so it does not clear the cue (``facts.next_can_attribute``
refuses a quoting sentence on purpose). But a reader most often meets the claim's source there,
and the editor's question is no longer "who says so?" but "is it her?": a doubtful case, so
the caller lowers the warning to a hint that names the speaker.

Only a double-quoted quotation whose tag sits right before it (``Jane Roe said: "..."``,
``Jane Roe said, "..."``) or right after it (``"...," said Jane Roe``, ``"...," Roe told the
Gazette``) counts, and only when the tag names someone: a pronoun, "one resident" or "a
source" is nobody the reader can ask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lintnews.builtin.attribution.facts import DocFacts, identifies, next_in_paragraph
from lintnews.builtin.attribution.speakers import next_quotes_speaker
from lintnews.document.speech import NAME
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from lintnews.document.document import Document

# the hint's note: the speaker may be the source, and then the claim should say so
QUOTED_NEXT_NOTE = " The next sentence quotes {speaker}: if they are the source, attribute the claim to them."
# what may stand between a lead tag's verb and the quotation it opens: a colon or a comma
_LEAD_OPENS = LazyRegex(r"\s*[:,]\s*[\"“]")
# the speaker's name apposed to a described tag: '"...," said the curator, Jane Roe.'
_APPOSED_NAME = LazyRegex(rf"\s*,\s+((?-i:{NAME}))\s*[.!?,]")
# a lead tag's verb of speech, closing the mention ("said: ", not "visited in 1990: ")
_LEAD_VERB = LazyRegex(r"(?i)\b(?:said|says|told|tells|added|adds|explained|explains|wrote|writes|"
                       r"recalled|recalls|put\s+it|puts\s+it)\s*$")
# the rest of a tag after its verb, to the end of the sentence: "told the Gazette." (no new quotation)
_TAG_ENDS = LazyRegex(r"[^\"“”.!?]{0,60}[.!?]?\s*$")
# the closing mark of a quotation just before an inverted tag: '"...," said'
_CLOSES_BEFORE = LazyRegex(r"[\"”][\s,]*$")


def quoted_speaker_next(doc: Document, si: int, facts: DocFacts) -> str:
    """The named speaker of a double-quoted quotation in the next sentence of the paragraph,
    with its tag right before it (a colon or a comma) or right after it, else ""."""
    speaker = next_quotes_speaker(doc, si, facts)
    if speaker:
        return speaker
    nxt = next_in_paragraph(doc, si)
    if nxt is None:
        return ""
    text = doc.text
    if "\"" not in text[nxt.start : nxt.end] and "“" not in text[nxt.start : nxt.end]:
        return ""  # the cheap test: no double quotation mark, no quotation to tag
    for m in facts.mentions(nxt.start, nxt.end):
        if m.kind != "named":
            continue
        if m.style == "subject" and identifies(m):
            if not _LEAD_VERB.search(text, m.start, m.verb_end):
                continue
            lead = _LEAD_OPENS.match(text, m.verb_end)
            if lead is not None:
                # 'Jane Roe, the curator, said: "..."': the lead opens a double-quoted quotation
                q = doc.quotation_at(lead.end())
                if q is not None and not q.single and q.start == lead.end() - 1:
                    return m.phrase
                continue
            # '"...," Roe told the Gazette.': the tag closes the sentence after the quotation
            closing = _CLOSES_BEFORE.search(text, max(nxt.start, m.start - 4), m.start)
            if closing is None or not _TAG_ENDS.match(text, m.verb_end, nxt.end):
                continue
            q = doc.quotation_at(closing.start())
            if q is not None and not q.single and q.end == closing.start() + 1:
                return m.phrase
        elif m.style == "inverted" and m.phrase.split()[0].lower() == "the":
            # '"...," said the curator, Jane Roe.': the description's apposition names her
            apposed = _APPOSED_NAME.match(text, m.end)
            closing = _CLOSES_BEFORE.search(text, max(nxt.start, m.start - 4), m.start + 1)
            q = doc.quotation_at(closing.start()) if closing is not None else None
            if apposed is not None and q is not None and not q.single and q.end == closing.start() + 1:
                return apposed.group(1)
    return ""
