"""Is the next sentence's speaker talking about the claim before it? (round 122)

A named speaker opening the next sentence clears a passive or doubt cue ("X is believed to have
died. The ministry confirmed his death on Friday."), but only when what the speaker says is the
claim's matter. English shows that by cohesion: a content word of the claim taken up again
("... fled the region. The party's regional chairman said ..."), an anaphor pointing back ("this",
"such talk", "the claim", "the reports"), a verb of confirming, denying or answering, a pronoun
taking up the claim's subject ("Police said he ..."), or accounts the speaker relays ("said it had
received reports"). With none of these the speaker reports another fact ("Fighting was said to
have eased. The UN agency said 1,900 civilians had been killed since January."), and the claim
stays unattributed.
"""

from __future__ import annotations

import re

from lintnews.document import sourcing
from lintnews.util.lazyregex import LazyRegex

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# words that tie nothing: function words, said-verbs, time words, vague nouns and quantities
_EMPTY = frozenset(
    """the a an and or but nor of in on at to for with by from into onto over under about after
    before since until during through between among against around across along within without
    this that these those such there their they them then than its it his her him he she we
    our you your who whom whose which what when where while why how not no yes also only just
    even still already very more most much many some several other others another each every all
    both any none one two three four five six seven eight nine ten first second last next
    is are was were be been being has have had do does did will would shall should can could
    may might must said says say saying told tell tells added adds stated according reported
    year years month months week weeks day days night nights time times today yesterday
    monday tuesday wednesday thursday friday saturday sunday morning evening afternoon
    january february march april june july august september october november december
    people person thing things way ways part number lot place made make makes making take took
    taken well back now here out off up down away around because though although however""".split()
)
_STEM = 5  # a shared stem: "regional" takes up "region", "investigators" takes up "investigated"
# a verb of confirming, denying or answering: the speaker takes the claim up, whichever way
_ANSWER_VERB = LazyRegex(
    r"(?i)\b(?:confirm|corroborat|verif|den(?:y|ied|ies)|dismiss|reject|refut|rebut|acknowledg|"
    r"respond|repl(?:y|ied|ies)|answer|dispute|contest|insist)"
)
# an anaphor pointing back: a demonstrative standing alone ("said this was", "denied that.") or
# with a noun for the claim or for talk ("such talk", "the claims", "these reports")
_CLAIM_NOUN = (
    r"(?:claim|allegation|accusation|charge|rumou?r|report|suggestion|speculation|talk|story|"
    r"account|idea|notion|theory|whisper|gossip|news|assertion|suspicion|belief|view|"
    r"fear|concern)s?"
)
_ANAPHOR = LazyRegex(
    rf"(?i)\b(?:(?:this|that|these|those|such)\s+(?:[\w-]+\s+)?{_CLAIM_NOUN}\b"
    rf"|the\s+(?:[\w-]+\s+)?{_CLAIM_NOUN}\b(?!\s+(?:of|that|from|on|by)\b)"
    r"|(?:said|says|denied|confirmed|dismissed|rejected|disputed|acknowledged)\s+(?:this|that)\s*[.,;\"”]"
    r"|\b(?:this|that)\s+(?:was|is|were|are|had|has|would|will)\s+(?:not\s+)?(?:true|untrue|false|wrong|correct|"
    r"right|accurate|inaccurate|the\s+case|so|nonsense|baseless|unfounded|speculation|rubbish)\b)"
)
# the speaker throwing out the claim it takes up ("said such talk was 'nonsense'", "said the
# reports were untrue"): an answer, which sources nothing (as round 114's own denial)
_REJECTS_ANAPHOR = LazyRegex(
    rf"(?i)\s+(?:that\s+)?(?:(?:this|that|these|those|such|the)\s+(?:[\w-]+\s+)?{_CLAIM_NOUN}|this|that)\s+"
    r"(?:was|were|is|are|had\s+been|have\s+been)\s+(?:not\s+true\b|untrue|false|wrong|baseless|unfounded|"
    r"[\"“”'‘]?(?:nonsense|rubbish|absurd|ridiculous|fiction|fantasy|speculation|inaccurate|mistaken))"
)
# a pronoun opening the reported clause takes up the claim's subject ("Police said he was last
# seen ..."), unless the speaker is a person who may be speaking of themself ("Arden said she")
_PRONOUN_CLAUSE = LazyRegex(
    r"(?i)(?:\s+(?:on|in|at|late|early|last|this|earlier)\s+(?:a\s+|an\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?,?)?"
    r"\s+(?:that\s+)?(?P<p>he|she|they|it)\b"
)
_PERSON_NAME = LazyRegex(r"(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+")


def _stems(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text):
        w = w.lower().strip("’'-")
        for end in ("’s", "'s"):
            w = w.removesuffix(end)
        if len(w) < 4 or w in _EMPTY:
            continue
        out.add(w[:_STEM])
    return out


def rejects(text: str, m: sourcing.Mention) -> bool:
    """Does the speaker throw out, in its own clause, the claim it points back to ("said such
    talk was nonsense")?"""
    return m.style in ("subject", "inverted") and _REJECTS_ANAPHOR.match(text, m.verb_end) is not None


def about_claim(text: str, claim: tuple[int, int], nxt: tuple[int, int], m: sourcing.Mention) -> bool:
    """Does the next sentence (``nxt``), whose speaker is ``m``, take up the claim sentence
    (``claim``)? "according to X" opening it attaches to what came before as a matter of course
    ("... reportedly ... According to Reuters, ..."): it always does."""
    if m.style == "according" or m.style == "agent":
        return True
    n_lo, n_hi = nxt
    # without a count of its own the speaker clears whatever it says (below), so the cohesion
    # evidence is read only when a count stands beside the claim: the cheap test first
    if _OWN_COUNT.search(text, m.verb_end, n_hi) is None:
        return True
    said = text[n_lo:n_hi]
    if _ANSWER_VERB.search(said) or _ANAPHOR.search(said):
        return True
    if _relays_accounts(text, m.verb_end, n_hi):
        return True
    p = _PRONOUN_CLAUSE.match(text, m.verb_end)
    if p is not None and not (_PERSON_NAME.fullmatch(m.phrase) and p.group("p").lower() in ("he", "she")):
        return True
    # a content word of the claim again, the speaker's own name too ("Acme is said to ...
    # Acme said ...": the same subject); with none, and a count of its own ("said it had
    # repelled 23 attacks", "said 1,900 civilians had been killed"), a fact beside the claim,
    # as round 84's figure object is
    return bool(_stems(text[claim[0] : claim[1]]) & _stems(said))


# round 138: the answer verbs that turn the claim down or away ("denied", "dismissed", "rejected",
# "responded"): the speaker reacts to the claim, he does not hold it ("confirmed" takes it on)
_TURNS_DOWN = LazyRegex(
    r"(?i)\b(?:den(?:y|ied|ies|ying)|dismiss|reject|refut|rebut|respond|repl(?:y|ied|ies)|answer|"
    r"dispute|contest|insist|shrug|laugh(?:ed|s)?\s+off|play(?:ed|s)?\s+down|downplay)"
)
# round 144: a speaker who takes the claim on ("confirmed", "verified", "acknowledged"), or who
# reports (a newspaper, a broadcaster "reported that"): the one the hearsay comes from
_TAKES_ON = LazyRegex(r"(?i)\b(?:confirm|corroborat|verif|acknowledg)")
_SUCH = LazyRegex(r"(?i)\bsuch\s+(?:a\s+|an\s+)?[a-z][\w-]*")
_REPORTS = LazyRegex(r"(?i)\breport(?:ed|s)?\s*$")
# the speaker giving a view or forecast of his own in his clause ("said he expected no cut this
# year", "says she thinks the plan will work"): a holder of such a view, whatever its words
_OWN_VIEW = LazyRegex(
    r"(?i)\b(?:expect|predict|forecast|anticipat|believ|think|thought|reckon|(?:un)?likely|probabl)"
)
# a reported clause that opens on a pronoun and negates ("said she had no plans to leave", "said
# he had not been approached"): the speaker answering the claim about its subject
_NEGATED_PRONOUN_CLAUSE = LazyRegex(
    r"(?i)[\s,]+(?:that\s+)?(?:he|she|they|it|we|I)\s+(?:[\w’'-]+\s+){0,2}?(?:not|never|no|n[’']t)\b"
)


def owns_claim(text: str, claim: tuple[int, int], nxt: tuple[int, int], m: sourcing.Mention) -> bool:
    """Round 138: does the next sentence's named speaker ``m`` say the claim's own matter, so
    that the reader takes it as the claim's holder? A perception or prediction nobody holds
    ("is tipped to", "are now seen as") is seldom the next speaker's: he answers it, reacts to it
    or speaks of another thing. He holds it only when what he says takes the claim up (a word
    of it again, a pointer back, a pronoun for its subject, accounts he relays) and does not
    turn it down; "according to" opening or closing the next sentence keeps its reading."""
    if m.style == "according" or m.style == "agent":
        return True
    n_lo, n_hi = nxt
    said = text[n_lo:n_hi]
    if _TURNS_DOWN.search(said):
        return False
    if _TAKES_ON.search(said) or _REPORTS.search(text, max(n_lo, m.verb_end - 12), m.verb_end):
        return True  # round 144: "said its tests confirmed the dumping"; '"Handelsblatt" reported that'
    if _OWN_VIEW.search(text, m.verb_end, n_hi):
        return True
    if _SUCH.search(text, m.verb_end, n_hi):
        return True  # round 144: "said he had never seen such damage": the claim's matter, pointed back to
    if _NEGATED_PRONOUN_CLAUSE.match(text, m.verb_end, n_hi):
        return False
    if _ANAPHOR.search(said) or _relays_accounts(text, m.verb_end, n_hi):
        return True
    if _PRONOUN_CLAUSE.match(text, m.verb_end) is not None:
        return True
    return bool(_stems(text[claim[0] : claim[1]]) & _stems(said))


def claim_reach(doc_text: str, sentences: list, si: int) -> tuple[int, int]:
    """The claim's sentence, with the one before it when it opens on a pronoun ("He is believed
    to ..."): the pronoun's antecedent is the claim's subject."""
    s = sentences[si]
    if si > 0 and _OPENS_PRONOUN.match(doc_text, s.start):
        return sentences[si - 1].start, s.end
    return s.start, s.end


_OWN_COUNT = LazyRegex(r"\b\d[\d,.]*\b")
_OPENS_PRONOUN = LazyRegex(r"\W*(?:He|She|They|It|His|Her|Their|Its)\b")


_RELAYED = LazyRegex(
    r"(?i)(?:\s+(?:on|in|at|late|early|last|this|earlier)\s+[\w-]+(?:\s+[\w-]+)?,?)?"
    r"\s+(?:that\s+)?(?:it|they|he|she|we)\s+(?:had|has|have)\s+(?:received|seen|heard|had|been\s+given)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:reports|accounts|complaints|claims|messages|calls)\b"
)


def _relays_accounts(text: str, start: int, end: int) -> bool:
    """Does the speaker relay accounts it was given ("said it had received reports from members")?"""
    return _RELAYED.match(text, start, end) is not None
