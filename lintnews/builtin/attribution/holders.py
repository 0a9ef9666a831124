"""A next sentence that names who holds, made or confirmed the claim, without "X said".

The guidelines clear a cue by an identifiable source in the same sentence or the next. Copy
often names that source in the next sentence by pointing back at the claim rather than by a
speech verb:

- a word pointing back and its holder or maker: "That is the view of the Harbour Society",
  "The figure comes from the council's surveyors", "This was confirmed by the Tate on Friday",
  "That is what Jane Roe found";
- a named agent doing it to the claim: "Its author, Senator Ann Lee, described it that way",
  "The Tate confirmed it", "The council made the estimate";
- a named body's records that give the figure: "The club's figures, published on Monday,
  show 12,000", "Home Office data put it at 3,000".

Each shape is grammar around word classes (``held-content-nouns``, ``vouching-verbs``,
``origin-verbs``, ``record-nouns``, ``record-verbs``), every form from the lexicon. The agent
must identify someone: a proper name, a titled person, a body the judge already accepts
("police", "the council"), or a definite description whose head the story has named ("the
gallery" after "the Harbour Gallery"). A definite description the story never names ("the
gallery", "the firm's lawyer") is a hint; a vague plural ("experts", "officials") is no source.
Nothing else in the next sentence counts: a named person doing something else, a refusal to
comment, a question, a quote introduced by a colon (``facts.next_can_attribute``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from lintnews.builtin.attribution.coverage import NO_EVIDENCE, SENTENCE_OPENER
from lintnews.builtin.attribution.facts import DocFacts, identifies, next_can_attribute
from lintnews.document.sourcing import INSTITUTIONS, VAGUE_SOURCES
from lintnews.language.finite import finite_forms
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from collections.abc import Iterable

    from lintnews.document.document import Document


# the hint's note, when the agent is a definite description the story has not named
HOLDER_DESCRIBED_NOTE = (" The next sentence says who holds or confirmed this, but not by name: name"
                         " them where the claim stands.")

# confirming and stating verbs: the only ones a bare pronoun ("it", "this") may go with ("This
# was confirmed by the Tate"; "It was made by a pupil of Titian" is about the thing, not the claim)
_PRONOUN_LEMMAS = frozenset(("confirm", "corroborate", "verify", "state", "report", "announce", "claim",
                             "assert", "suggest", "propose", "estimate", "calculate", "describe", "put",
                             "advance", "endorse", "uphold"))
# verbs that vouch only with a manner word after their pronoun object ("described it that way",
# "put it so"): "described it" alone tells of the thing
_MANNER_LEMMAS = frozenset(("describe", "put"))
# verbs of confirming, whose definite object points back at the news whatever its noun ("The
# company confirmed the closure on Monday")
_CONFIRMING = frozenset(("confirm", "corroborate", "verify"))
_MANNER = r"(?:\s+(?:that\s+way|this\s+way|so|as\s+such|in\s+(?:those|these|such|similar)\s+(?:terms|words)))"

_PRONOUNS = frozenset("he she they it we i you him her them this that these those".split())
_INDEFINITE = frozenset("a an one another".split())
_QUANTIFIERS = frozenset("some many most several few other others multiple numerous various unnamed "
                         "anonymous all both".split())
_DEFINITE = frozenset("the its his her their this that these those".split())
_PREPOSITIONS = frozenset("of at for from in with on by near".split())

# where an agent phrase ends: a comma or stop, or a time, place or clause word after it
_AGENT = (r"(?P<agent>[\w'’&.-]+(?:\s+[\w'’&.-]+){0,7}?"
          # a named body after a preposition stays in the phrase: "engineers at the Harbour Institute"
          r"(?:\s+(?:at|of|for|from|in|with)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|and|for|[A-Z][\w'’&.-]*))*)?)"
          r"(?=\s*(?:[,;:.!?()\"”]|$)|\s+(?:on|at|in|during|last|this|earlier|later|since|when|after|"
          r"before|who|which|that|to|for|with|and|until|as|because|while|over)\b)")
# what may close the sentence after the agent: a time or a place, an aside after a comma
_TAIL = (r"(?:\s+(?:on|at|in|during|last|this|earlier|later|since|when|after|before|to|for|until|over)\b"
         r"[^;:!?\"“”,]{0,60}?)?"
         r"(?:,\s+(?!(?:but|though|although|while|whereas|yet)\b)[^;:!?\"“”]{1,140}?)?"
         r"\s*[.!]?[\s\"”’)]*")
_AUX = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)"
_ADV = r"(?:\s+(?:also|first|later|since|then|\w+ly))?"
_PRONOUN_SUBJECT = r"(?:This|That|It|These|Those|this|that|it|these|those)"


@cache
def _forms(name: str, tags: tuple[str, ...] = ()) -> dict[str, str]:
    from lintnews.builtin.constructions import lexicon as lx

    return lx.forms(name, tags)


def _alt(forms: Iterable[str]) -> str:
    from lintnews.util.trie import trie_regex

    return trie_regex(sorted(forms))


@cache
def _patterns() -> dict[str, LazyRegex]:
    """The shapes, written on first use from the word classes; each compiled when a next
    sentence first passes its guard (:data:`_GUARDS`): compiling all ten took about 22 ms,
    paid by nearly every article."""
    from lintnews.builtin.constructions import lexicon as lx

    held = _alt(_forms("held-content-nouns", lx.NOUN))
    vouch_part = _alt(f for f, _ in _forms("vouching-verbs", ("VBN",)).items())
    vouch_finite = _alt(f for f, _ in _forms("vouching-verbs", ("VBD", "VBZ", "VBP")).items())
    origin = _alt(f for f, _ in _forms("origin-verbs", ("VBD", "VBZ", "VBP")).items())
    records = _alt(_forms("record-nouns", lx.NOUN))
    record_verbs = _alt(f for f, _ in _forms("record-verbs", ("VBD", "VBZ", "VBP")).items())
    located_part = _alt(_forms("locating-verbs", ("VBN",)))
    located_finite = _alt(f for f, lemma in _forms("locating-verbs", ("VBD", "VBZ", "VBP")).items()
                          if lemma in ("appear", "feature"))
    source_verbs = _alt(f for f, _ in _forms("source-verbs", ("VBD", "VBZ", "VBP")).items())
    opener = r"[\s\"“]*(?:(?:But|And|However|Indeed|Still|Now|So|Also)\W+)?"
    held_subject = (rf"(?:{_PRONOUN_SUBJECT}|(?:The|This|That|These|Those|Its|Their|Such\s+an?|the|this|that|"
                    rf"these|those|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?i:{held}))")
    return {
        # "That is the view of the Harbour Society", "It was the finding of a review by X",
        # "That is the council's estimate", "This is what Jane Roe found"
        "copula": LazyRegex(
            rf"{opener}(?P<subject>{held_subject})\s+(?:is|was|are|were|remains|remained|has\s+been|had\s+been)"
            rf"(?:\s+also)?\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?i:{held})\s+"
            rf"(?:of|held\s+by|given\s+by|reached\s+by|shared\s+by)\s+{_AGENT}"
            rf"|(?P<owner>(?:the\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+){{0,4}}?)['’]s?\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?"
            rf"(?:(?i:{held})(?=[\s,.;!]|$)|own(?=[\s,.;!]|$)|(?=[.;!]|$))"
            rf")"
        ),
        # "That is what Jane Roe found", "This is what the council's surveyors estimate"
        "what": LazyRegex(
            rf"{opener}{_PRONOUN_SUBJECT}\s+(?:is|was)\s+(?:also\s+)?(?:exactly\s+)?what\s+"
            rf"(?P<agent>[\w'’&.-]+(?:\s+[\w'’&.-]+){{0,5}}?)(?:,\s+(?P<appos>[^,;:\"“”]{{1,60}}),)?"
            rf"(?:\s+(?:has|have|had|also|\w+ly))*\s+(?:{source_verbs})\b"
        ),
        # "The figure comes from the council's surveyors", "The estimate is based on X's survey"
        "origin": LazyRegex(
            rf"{opener}(?P<subject>{held_subject})(?:\s+\w+ly)?\s+(?:(?:{origin})\s+(?:from|with)|"
            rf"(?:rests?|rested|relies|relied|draws|drew)\s+(?:on|upon)|"
            rf"(?:is|was|are|were)\s+(?:based\s+on|drawn\s+from|taken\s+from))\s+{_AGENT}"
        ),
        # "This was confirmed by the gallery", "The estimate was put forward by X"
        "passive": LazyRegex(
            rf"{opener}(?P<subject>{held_subject})\s+{_AUX}{_ADV}\s+(?P<verb>{vouch_part})"
            rf"(?:\s+(?:forward|out|up))?(?:\s+(?:in|at|on|during)\s+[^,;:\"“”]{{1,50}}?)?\s+by\s+{_AGENT}"
        ),
        # "Its author, Senator Ann Lee, described it that way", "The Tate confirmed it",
        # "The council made the estimate"
        "active": LazyRegex(
            rf"{opener}(?P<agent>[\w'’&.-]+(?:\s+[\w'’&.-]+){{0,5}}?)"
            rf"(?:,\s+(?P<appos>[^,;:\"“”]{{1,60}}),)?(?:\s+(?:has|have|had|also|later|first|since|\w+ly))*"
            rf"\s+(?P<verb>{vouch_finite})\s+(?P<object>"
            rf"(?:the|this|that|these|those|its|their|such\s+an?)\s+(?:[\w-]+\s+){{0,2}}?(?:(?P<held>{held})\b|[\w-]+)"
            rf"|as\s+much|it|this|that|so|them|these|those)\b"
            rf"(?P<manner>{_MANNER})?"
        ),
        # "The figure appears in the council's accounts", "The claim was first made in a 1962
        # guide by Jane Roe" (the document's maker), "The view is set out in X's report"
        "located": LazyRegex(
            rf"{opener}(?P<subject>{held_subject})\s+(?:{_AUX}{_ADV}\s+(?:{located_part})(?:\s+(?:out|down|up))?"
            rf"|(?:\w+ly\s+)?(?:{located_finite}))\s+in\s+{_AGENT}"
        ),
        # "The source of the figure is the Harbour Trust", "Its source was the council"
        "source": LazyRegex(
            rf"{opener}(?:The|Its|Their|the|its|their)\s+(?:original\s+|only\s+)?sources?"
            rf"(?:\s+(?:of|for)\s+(?:the|this|that|these|those)\s+[\w-]+)?\s+(?:is|was|are|were)\s+{_AGENT}"
        ),
        # "The Harbour Society agrees", "Jane Roe, a historian, concurs"
        "agrees": LazyRegex(
            rf"{opener}(?P<agent>[\w'’&.-]+(?:\s+[\w'’&.-]+){{0,5}}?)(?:,\s+(?P<appos>[^,;:\"“”]{{1,60}}),)?"
            rf"(?:\s+(?:also|\w+ly))?\s+(?:agrees|agreed|concurs|concurred)(?=\s*[.!]|\s+(?:on|in|at|last|this|when)\b)"
        ),
        # the vague group's members, named: "They include the Taxpayers' Union", "Among them is
        # Jane Roe", "The Taxpayers' Union is among them"
        "members": LazyRegex(
            rf"{opener}(?:(?:They|Their\s+number|Their\s+ranks|Those)\s+(?:\w+ly\s+)?(?:include|included|includes)"
            rf"|Among\s+them\s+(?:is|are|was|were))\s+{_AGENT}"
            rf"|{opener}(?P<member>[\w'’&.-]+(?:\s+[\w'’&.-]+){{0,5}}?)(?:,\s+[^,;:\"“”]{{1,60}},)?\s+"
            rf"(?:is|was|are|were)\s+(?:among|one\s+of)\s+them\b"
        ),
        # "The club's figures, published on Monday, show 12,000", "Home Office data put it at
        # 3,000", "Figures from the Harbour Trust suggest ..."
        "records": LazyRegex(
            rf"{opener}(?:(?:The|the)\s+)?(?:(?P<owner>[\w'’&.-]+(?:\s+[\w'’&.-]+){{0,3}}?)['’]s?\s+"
            rf"(?:(?:own|latest|new|official|annual|published|monthly|weekly)\s+)?(?:[\w-]+\s+)?(?i:{records})"
            rf"|(?P<capitals>(?:[A-Z][\w&'’.-]*\s+){{1,4}})(?:[a-z][\w-]*\s+)?(?i:{records})"
            rf"|(?:[\w-]+\s+){{0,2}}?(?i:{records})\s+(?:of|from|by|(?:published|released|compiled|held|kept|collected)\s+by)\s+"
            rf"(?P<agent>(?:the\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+){{0,5}}?)(?=[\s,(]))"
            rf"(?:,[^,;:\"“”]{{1,80}},|\s+\([^()]{{1,80}}\))?(?:\s+(?:also|\w+ly))?\s+(?:{record_verbs})\b"
        ),
    }


_TAIL_RE = LazyRegex(_TAIL)
# a fronted adverbial set off by a comma before a named speaker: "In its 2019 report, the X
# said", "At a meeting on Monday, council leader Tom Hale said", "Speaking to the Gazette, X said"
# (a clause of contrast or condition is not: "But if ...", "Although ...")
_FRONTED = LazyRegex(
    r"[\s\"“]*(?:(?:But|And|However|Indeed|Still|Now|Also)\W+)?"
    # (not an answer or a contrast: "In response, the director said ..." is the other side)
    r"(?!In\s+(?:response|reply|answer|contrast|turn)\b)"
    r"(?:In|At|On|During|Speaking|Writing|Interviewed|Quoted|Addressing|Giving|Testifying)"
    r"\s[^,;:!?\"“”]{1,70},\s+"
    r"(?:(?:the\s+)?(?!(?:and|but|or|if|when|while|then|so)\b)[a-z][\w-]*\s+){0,3}"  # "council leader Tom Hale"
)
# the value "put" sets: "at £2m", "at about 3,000" (a number, a currency or a word of quantity)
_AT = LazyRegex(r"\s+at\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|less\s+than|over|under)\s+)?"
                r"[£$€¥]?\d[\d,.]*(?:\s*(?:m|bn|k|%|per\s*cent|percent|million|billion|thousand|a\s+\w+))?")
_MANNER_RE = LazyRegex(_MANNER)
# the cheap look before any pattern: the next sentence opens with a pronoun or determiner that
# can point back, or holds a capital after its first word, or a record noun's usual words
_GATE = LazyRegex(r"[\s\"“]*(?:(?:But|And|However|Indeed|Still|Now|So|Also)\W+)?(?:This|That|It|These|Those|The|Its|Their|Such)\b"
                  r"|[^.!?]*?\s[A-Z]|[\s\"“]*[A-Z][\w'’&.-]*\s+[a-z]")


# a word each shape must hold (case as the shape writes it), looked for before the shape is
# compiled or tried: a next sentence without "by" is no "confirmed by X"
_GUARDS = {
    "copula": LazyRegex(r"\b(?:is|was|are|were|remains|remained|been)\b"),
    "what": LazyRegex(r"\bwhat\b"),
    "origin": LazyRegex(r"\b(?:from|with|on|upon)\b"),
    "passive": LazyRegex(r"\bby\b"),
    "located": LazyRegex(r"\bin\b"),
    "source": LazyRegex(r"sources?\b"),
    "agrees": LazyRegex(r"\b(?:agree|concur)"),
    "members": LazyRegex(r"\b(?:[Ii]nclude|[Aa]mong\b|one\s+of\s+them\b)"),
}


# the shapes that do not name an unnamed group's members: a body's records and a named speaker
# after a fronted phrase speak for a claim, not for who "critics" are (round 68: a named study
# next leaves "critics say" warned)
_NOT_FOR_GROUPS = frozenset(("records",))


def holder_named_next(doc: Document, si: int, facts: DocFacts, *, group: bool = False) -> str | None:
    """``"named"`` when the next sentence of the paragraph names who holds, made or confirmed
    the claim of sentence ``si`` in one of the shapes above, ``"described"`` when its agent is
    a definite description the story has not named, else ``None``. ``group``: the cue is an
    unnamed source ("critics say"), which only its holders or members named clear. Kept per
    sentence in ``facts.next_answers``: every cue of a sentence asks the same."""
    key = ("holder", si, group)
    if key in facts.next_answers:
        return facts.next_answers[key]  # type: ignore[return-value]
    found = _holder_named_next(doc, si, facts, group)
    facts.next_answers[key] = found
    return found


def _holder_named_next(doc: Document, si: int, facts: DocFacts, group: bool) -> str | None:
    """:func:`holder_named_next`, not kept."""
    if not next_can_attribute(doc, si, facts):
        return None
    nxt = doc.sentences[si + 1]
    text = doc.text
    body = text[nxt.start : nxt.end].rstrip(" \"”’)\n")
    if body.endswith("?") or not _GATE.match(text, nxt.start, nxt.end):
        return None
    best: str | None = None
    if not group and _FRONTED.match(text, nxt.start, nxt.end):
        for mention in facts.mentions(nxt.start, nxt.end):
            if (mention.style == "subject" and mention.kind == "named" and identifies(mention)
                    and _FRONTED.fullmatch(text, nxt.start, mention.src_start)
                    and not NO_EVIDENCE.search(text, mention.verb_end, nxt.end)):
                return "named"  # "In its 2019 report, the Harbour Society said ..." (round 138: not "... no evidence of it")
    for name, pattern in _patterns().items():
        if group and name in _NOT_FOR_GROUPS:
            continue
        guard = _GUARDS.get(name)
        if guard is not None and guard.search(text, nxt.start, nxt.end) is None:
            continue
        m = pattern.match(text, nxt.start, nxt.end)
        if m is None:
            continue
        kind = _judge_match(doc, facts, name, m, nxt.start, nxt.end)
        if kind == "named":
            return kind
        best = best or kind
    return best


def _judge_match(doc: Document, facts: DocFacts, name: str, m: re.Match[str], start: int, end: int) -> str | None:
    """How well the agent of a matched shape identifies someone, or ``None`` when the shape
    does not close its sentence as it must."""
    text = doc.text
    groups = m.groupdict()
    if name == "records":
        phrase = groups.get("owner") or groups.get("capitals") or groups.get("agent") or ""
        if groups.get("capitals"):
            caps = phrase.split()
            at_start = SENTENCE_OPENER.fullmatch(text, start, m.start("capitals"))
            if at_start and (len(caps) < 2 or caps[0] in ("The", "A", "An")):
                return None  # "Official figures show": the opening capital names nobody
            return "named"
        return _agent_kind(facts, phrase, start, opening=False)
    if name == "agrees":
        agent = _agent_kind(facts, m["agent"], start, opening=True)
        if agent != "named" and m["appos"]:
            agent = _agent_kind(facts, m["appos"], start, opening=False) or agent
        return agent if _TAIL_RE.fullmatch(text, m.end(), end) else None
    if name == "members":
        return _agent_kind(facts, m["member"] or m["agent"], start, opening=bool(m["member"]))
    if name == "what":
        agent = _agent_kind(facts, m["agent"], start, opening=False)
        if agent != "named" and m["appos"]:
            agent = _agent_kind(facts, m["appos"], start, opening=False) or agent
        return agent
    if name == "active":
        verb = m["verb"].lower()
        lemma = _forms("vouching-verbs").get(verb, verb)
        obj = " ".join(m["object"].lower().split())
        at = _AT.match(text, m.end())  # "put the figure at £2m", "put it at 3,000"
        if obj in _PRONOUNS or obj in ("so", "as much"):
            if lemma not in _PRONOUN_LEMMAS:
                return None
            if lemma in _MANNER_LEMMAS and not m["manner"] and not (lemma == "put" and at):
                return None
        elif m["held"] is None:
            if lemma not in _CONFIRMING and not (lemma == "put" and at):
                return None  # "The Tate bought the painting": only a confirmation points back by any noun
        elif lemma in _MANNER_LEMMAS and not m["manner"] and not (lemma == "put" and at):
            return None
        after = at.end() if at and lemma == "put" else m.end()
        if not _TAIL_RE.fullmatch(text, after, end):
            return None
        agent = _agent_kind(facts, m["agent"], start, opening=True)
        if agent != "named" and m["appos"]:
            appos = _agent_kind(facts, m["appos"], start, opening=False)
            agent = appos if appos == "named" else agent
        return agent
    if name == "located" and m["subject"].split()[-1].lower() in ("it", "these", "those"):
        return None  # "It appears in the Tate's catalogue": the thing, not the claim
    if name == "passive":
        subject = m["subject"].split()[-1].lower()
        lemma = _forms("vouching-verbs").get(m["verb"].lower(), "")
        if subject in _PRONOUNS and lemma not in _PRONOUN_LEMMAS:
            return None
    if not _TAIL_RE.fullmatch(text, m.end(), end):
        return None
    if groups.get("owner"):
        return _agent_kind(facts, groups["owner"], start, opening=False)
    return _agent_kind(facts, groups.get("agent") or "", start, opening=False)


def _agent_kind(facts: DocFacts, phrase: str, before: int, *, opening: bool) -> str | None:
    """``"named"``, ``"described"`` or ``None``: does the agent phrase identify someone?
    ``opening``: the phrase opens its sentence, where a capital says nothing of a name."""
    words = phrase.replace("’", "'").split()
    if not words or not _noun_phrase(words):
        return None
    first = words[0].lower()
    if first in _PRONOUNS or first in _QUANTIFIERS:
        return None
    # the noun phrase's own words, before a preposition ("officials at the ministry": officials)
    core = words
    for i, w in enumerate(words[1:], 1):
        if w.lower() in _PREPOSITIONS:
            core = words[:i]
            break
    head = core[-1].lower().removesuffix("'s")
    capitals = [w for w in (words[1:] if opening or first in _DEFINITE else words) if w[:1].isupper()]
    # (a capital that opens the sentence says nothing: "Geologists at the X made ...")
    head_named = core[-1][:1].isupper() and not (opening and len(core) == 1)
    if first in _INDEFINITE:
        if head in _records() and capitals:
            return "named"  # "a 1962 guide by Jane Roe" is hers, "a Reuters poll" Reuters'
        return "described"  # "a spokesman for the Tate", "a senior official"
    if core is not words and capitals and not head_named and (
            head in VAGUE_SOURCES or (first not in _DEFINITE and head.endswith("s"))):
        return "described"  # "engineers at the Harbour Institute": a named body's people, unnamed
    if head in VAGUE_SOURCES and not head_named:
        # "experts", "the firm's critics"; a body's own people ("the council's own surveyors")
        # are the body's
        owner = next((w for w in core[:-1] if w.endswith("'s")), None)
        if owner is None or owner.lower().removesuffix("'s") in VAGUE_SOURCES:
            return None
        return _agent_kind(facts, " ".join(core[: core.index(owner) + 1]), before, opening=opening)
    if capitals:
        return "named"
    if opening and len(words) >= 2 and first not in _DEFINITE:
        return "named" if words[1][:1].isupper() else None  # "Jane Roe", not "Engineers confirmed"
    lowered = {w.lower().removesuffix("'s") for w in core}
    if lowered & INSTITUTIONS:
        return "named"  # "police", "the council", "the council's own surveyors"
    if first in _DEFINITE:
        if len(core) == 1:
            return None  # "confirmed by the", a sentence cut off: nobody
        if any(facts.named.before(w.removesuffix("'s"), before) for w in core[1:]):
            return "named"  # "the gallery", after "the Harbour Gallery"
        return "described"
    return None


@cache
def _records() -> frozenset[str]:
    """Record and document nouns, and a few of writing ("guide", "book") whose maker names them."""
    from lintnews.builtin.constructions import lexicon as lx

    return frozenset(_forms("record-nouns", lx.NOUN)) | frozenset(_forms("report-nouns", lx.NOUN)) | frozenset(
        "guide guides book books article articles paper papers history histories".split())


_CLAUSE_WORDS = frozenset("as when if because while after before since though although and but or "
                          "so then who which that where".split())


def _noun_phrase(words: list[str]) -> bool:
    """Is the agent a noun phrase, not a clause the lazy pattern ran into ("The warning comes as
    Care Trusts" holds "comes", a finite verb, and "as")? A lower-case word that is a
    conjunction, or a finite verb with no plural-noun reading, ends a noun phrase."""
    forms = finite_forms()
    for w in words[1:]:
        low = w.lower()
        if w[:1].isupper() or low in _PREPOSITIONS or low in _DEFINITE:
            continue
        if low in _CLAUSE_WORDS or low in forms.past or (low in forms.present and low not in forms.plural_nouns):
            return False
    return True
