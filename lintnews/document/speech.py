"""Who is speaking: speech verbs and speaker phrases shared by quotations and attribution.

Kept in one module because the quotation finder (whose words are these?) and
the attribution check (who says so?) must agree on what counts as a source.
"""

from __future__ import annotations

import re

from lintnews.util.lazyregex import LazyRegex

# Verbs that introduce or close reported speech. Verdict-carrying ones
# ("claimed", "admitted") still attribute: the loaded-language family judges them.
SPEECH_VERBS = (
    r"said|says|say|saying|told|tells|tell|added|adds|wrote|writes|write|stated|states|"
    r"explained|explains|noted|notes|asked|asks|replied|replies|continued|continues|"
    r"argued|argues|warned|warns|claimed|claims|insisted|insists|recalled|recalls|"
    r"tweeted|tweets|posted|posts|announced|announces|declared|declares|commented|comments|"
    r"remarked|remarks|concluded|concludes|acknowledged|acknowledges|admitted|admits|"
    r"conceded|concedes|testified|testifies|reported|reports|confirmed|confirms|"
    r"stressed|stresses|emphasised|emphasized|emphasises|emphasizes|observed|observes|"
    r"predicted|predicts|suggested|suggests|urged|urges|cautioned|cautions|"
    r"maintained|maintains|alleged|alleges|charged|charges|contended|contends|"
    r"responded|responds|shouted|shouts|joked|jokes|quipped|quips|texted|emailed|"
    r"agreed|agrees|disputed|disputes|denied|denies|vowed|vows|promised|promises|"
    r"revealed|reveals|pointed out|points out|went on|goes on|chanted|sang"
)
_SPEECH = rf"(?:{SPEECH_VERBS})"

PRONOUN = r"(?:he|she|they|I|we|it|you)"
# A proper name: capitalised words, allowing particles and initials (Jean-Luc de la Cruz, J. K. Rowling).
NAME = (
    r"(?:[A-Z](?:\.|[\w'’-]*\w)?(?:\s+(?:(?:de|da|del|der|van|von|bin|al|la|le|of|the|for|and)\s+)*"
    r"[A-Z](?:\.|[\w'’-]*\w)?){0,5})"
)
# A described speaker: "the statement", "a senior official", "the ministry's spokesperson".
_NOT_AUX = (
    r"(?!(?:had|has|have|been|was|were|is|are|be|being|will|would|could|should|may|might|"
    r"not|that|which|who|whom|whose|when|where|if|also|then)\b)"
)
DESCRIBED = rf"(?:(?i:the|a|an|one|another|his|her|their|its)\s+(?:{_NOT_AUX}[\w'’-]+\s+){{0,5}}?{_NOT_AUX}[\w'’-]+)"
# Institutions named by their role, without an article: "police said", "prosecutors allege".
BARE_INSTITUTION = (
    r"(?:police|prosecutors|investigators|authorities|officials|officers|firefighters|paramedics|"
    r"doctors|judges|regulators|lawmakers|legislators|ministers|diplomats|spokespeople|organi[sz]ers)"
)
SPEAKER = rf"(?:{NAME}|{DESCRIBED}|{PRONOUN}|{BARE_INSTITUTION})"

# After a closing quote: ', she said' / ', said Jane Doe, a lawyer' / '. the statement said'
AFTER_QUOTE = LazyRegex(
    rf"^[\s,;:.!?—–-]*(?:"
    rf"(?P<speaker1>{SPEAKER})(?:,[^,\"“”]{{1,60}},)?\s+(?:\w+ly\s+)?{_SPEECH}\b"
    rf"|{_SPEECH}\s+(?P<speaker2>{SPEAKER})"
    rf")",
)
# Before an opening quote: 'Smith said: ' / 'he told reporters, ' / 'According to the report, '
BEFORE_QUOTE = LazyRegex(
    rf"(?:(?P<speaker1>{SPEAKER})(?:,[^,\"“”]{{1,80}},)?\s+(?:\w+ly\s+)?{_SPEECH}\b[^.!?\"“”]{{0,60}}?"
    rf"|according\s+to\s+(?P<speaker2>{SPEAKER})[^.!?\"“”]{{0,40}}?"
    rf")[\s,:—–-]*$"
    rf"|(?P<speaker3>{NAME})\s*:\s*$",
)
# What every BEFORE_QUOTE match needs (a speech verb after white space with no stop or
# quote mark after it, "according", or a closing colon): a cheap test that spares most
# windows the full search, which tries every position of the window.
def _verb_trie() -> str:
    from lintnews.util.trie import trie_regex  # the verbs as a trie: one test per letter, not per verb

    return trie_regex(sorted(set(SPEECH_VERBS.split("|"))))


_BEFORE_QUOTE_VERB = LazyRegex(rf"\s(?:{_verb_trie()})\b[^.!?\"“”]*$")


def before_quote(window: str) -> re.Match[str] | None:
    """``BEFORE_QUOTE.search(window)``, faster. Keep the test above in step with BEFORE_QUOTE.

    No BEFORE_QUOTE match holds a double quotation mark, so the search starts after
    the last one (usually the previous quotation's closing mark).
    """
    if (
        "according" in window
        or window.rstrip().endswith(":")
        or _BEFORE_QUOTE_VERB.search(window) is not None
    ):
        cut = max(window.rfind('"'), window.rfind("“"), window.rfind("”")) + 1
        return BEFORE_QUOTE.search(window, cut)
    return None


# Is this speaker phrase identifiable? Names and described roles are; bare pronouns refer back.
_DESCRIBED_RE = LazyRegex(rf"^{DESCRIBED}$", re.IGNORECASE)
_PRONOUN_RE = LazyRegex(rf"^{PRONOUN}$", re.IGNORECASE)


_LEADING_FUNCTION_WORDS = re.compile(
    r"^(?:(?:As|But|And|When|While|If|Then|So|Yet|Also|Meanwhile|However|In|On|At|After|"
    r"Before|Since|Though|Although|Because|Later|Earlier|Speaking|Asked|Now)\s+)+"
)


def clean_speaker(speaker: str | None) -> str | None:
    """Drop sentence-initial function words a capitalised-name pattern swept up ("As Boris X")."""
    if not speaker:
        return speaker
    cleaned = _LEADING_FUNCTION_WORDS.sub("", speaker).strip()
    return cleaned or None


def speaker_kind(speaker: str) -> str:
    """``"named"``, ``"described"`` or ``"pronoun"``: how identifiable a speaker phrase is."""
    if _PRONOUN_RE.match(speaker):
        return "pronoun"
    if _DESCRIBED_RE.match(speaker) and not speaker[:1].isupper():
        return "described"
    if speaker.lower().startswith(("the ", "a ", "an ")):
        return "described"
    return "named"
