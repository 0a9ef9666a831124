"""Officials of a body the copy identifies: "railway officials said", "a Pune Municipal
Corporation official said", "according to county health officials".

The guidelines clear a claim whose source is "named or clearly identified" ("police said he
allegedly ..."). Officials placed in one public service ("fire officials", "hospital
officials", "the city's officials") or in an organisation the copy names ("BMRCL officials")
speak for that body as "police" do: which office is known, which person is not. That is worth
a hint (name the body: "the fire service said"), not a warning. Officials placed only by a
nation, a bloc or a rank ("US officials", "Western intelligence officials", "senior officials")
are the classic anonymous source and stay warned, as do bare "officials" with no body before
them in the sentence or the one before it.

Two tests, each a pure function of the text: :func:`placed_in_office` reads the group's own
modifiers; :func:`office_named_before` looks back one sentence for the body a bare group
refers to.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from lintnews.builtin.constructions import SENTENCE_REACH
from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.sources.phrase import COUNTRY_INITIALS, DEMONYM

if TYPE_CHECKING:
    from lintnews.document.document import Document

OFFICE_NOTE = (" They are placed in one office, not named: say which body speaks (\"the fire service said\", "
               "\"Central Railway said\").")
OFFICE_BEFORE_NOTE = (" The copy names the body just before: if they are its officials, say so here "
                      "(\"the corporation's officials\").")

# the heads this concerns: people who hold an office and speak for it
_OFFICE_HEADS = frozenset(("official", "authority"))
# quantifiers that keep officials anonymous whatever else places them: more than one body, or
# some of them (closed class; the open-class ones, ranks, governments and secret services, are
# the word class ``unplacing-modifiers``)
_SOME = frozenset("other some many several few two three four five".split())
_WORD = re.compile(r"[\w’'&.-]+")
_LEADING = frozenset("according to by a an the one its their his her this that these those".split())
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{2,7}$")
# the words that say a source is kept back on purpose
_ANONYMOUS = re.compile(
    r"(?i)\b(?:anonymity|anonymously|not\s+(?:be\s+)?(?:named|identified)|not\s+authori[sz]ed|familiar\s+with|"
    r"(?:name|names)\s+(?:be\s+)?withheld|on\s+background)\b"
)


@cache
def _services() -> frozenset[str]:
    """The public services a modifier names (the word class ``service-domains``)."""
    return frozenset(lx.forms("service-domains", lx.NOUN))


@cache
def _vague() -> frozenset[str]:
    """Modifiers that leave officials anonymous: :data:`_SOME` and the word class
    ``unplacing-modifiers`` as written (a rank, a government, a secret service)."""
    return _SOME | lx.lemmas("unplacing-modifiers")


@cache
def _public() -> frozenset[str]:
    """The bodies that speak for officials (the word class ``public-bodies``)."""
    return frozenset(lx.forms("public-bodies", lx.NOUN))


@cache
def _bodies() -> frozenset[str]:
    """Nouns that make a capitalised name a body's ("Municipal Corporation", "Water Board")."""
    return _public() | frozenset(lx.forms("institution-frames", lx.NOUN)) | _services()


def _head_at(words: list[str]) -> int | None:
    """Where the office head is among the cue's words (its first office noun)."""
    nouns = lx.forms("source-nouns", lx.NOUN)
    for i, w in enumerate(words):
        if nouns.get(w.lower()) in _OFFICE_HEADS:
            return i
    return None


def _modifiers(text: str, cue_start: int, cue_end: int) -> list[str] | None:
    """The words before the office head in the cue, past "according to" and a determiner
    (``None`` when the cue has no office head)."""
    words = _WORD.findall(text[cue_start:cue_end])
    at = _head_at(words)
    if at is None:
        return None
    mods = words[:at]
    while mods and mods[0].lower() in _LEADING:
        mods = mods[1:]
    return [m.removesuffix("’s").removesuffix("'s") for m in mods]


def _placed(mods: list[str], sentence_initial: bool) -> bool:
    """Do these modifiers put the officials in one identified body?"""
    vague = _vague()
    if not mods or any(m.lower() in vague or m in COUNTRY_INITIALS for m in mods):
        return False
    services, bodies = _services(), _bodies()
    capitals = [m for i, m in enumerate(mods) if m[:1].isupper() and not (i == 0 and sentence_initial)]
    if len(capitals) > 1 and any(m.lower() in bodies for m in capitals):
        return True  # "Pune Municipal Corporation officials", "Brihanmumbai Municipal Corporation"
    if any(DEMONYM.match(m) and m.lower() not in bodies for m in mods):
        return False  # "Kenyan health officials", "Egyptian and Sudanese port officials": a nation's
    if any(m.lower() in services for m in mods):
        return True  # "railway officials", "county health officials"
    return any(_ACRONYM.match(m) and m not in COUNTRY_INITIALS for m in mods)  # "BMRCL officials"


def placed_in_office(text: str, s_start: int, s_end: int, cue_start: int, cue_end: int, head: str) -> bool:
    """Is the cue's group officials whose own modifiers place them in one body ("fire
    officials", "a hospital official", "according to local health officials", "BMRCL
    officials")? Not a nation's, a rank's or a secret service's ("US officials", "senior
    officials", "intelligence officials"), nor officials the sentence says are kept anonymous
    ("railway officials, speaking on condition of anonymity, said")."""
    if lx.forms("source-nouns", lx.NOUN).get(head) not in _OFFICE_HEADS:
        return False
    if _ANONYMOUS.search(text, cue_start, s_end) is not None:
        return False
    mods = _modifiers(text, cue_start, cue_end)
    if mods is None:
        return False
    initial = not text[s_start:cue_start].strip(" \"“‘'(-–—")
    return _placed(mods, initial)


# a body the copy names: a capitalised name holding a body noun ("the Ministry of Health", "Pune
# Municipal Corporation", "Central Railway"), the lower-case service with a definite article
# ("the fire service", "the city council"), or an organisation's initials
_NAMED_BODY = re.compile(
    r"(?:\b[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|the|&)?\s*[A-Z][\w’'&.-]*)+)"
    r"|\bthe\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\b"
    r"|\b[A-Z][A-Z0-9&]{2,7}\b"
)


def _names_body(span: str) -> bool:
    """Does ``span`` name one body (see ``_NAMED_BODY``)?"""
    bodies, public = _bodies(), _public()
    for m in _NAMED_BODY.finditer(span):
        words = _WORD.findall(m.group(0))
        first = words[0]
        if _ACRONYM.fullmatch(first) and len(words) == 1:
            if first not in COUNTRY_INITIALS:
                return True
            continue
        if first == "the":
            if words[-1].lower() in public:
                return True  # "the ministry", "the transport department"
            continue
        if any(w.lower() in bodies for w in words[1:]) or (len(words) > 1 and words[0].lower() in public):
            return True  # "Pune Municipal Corporation", "Ministry of Health"
    return False


def office_named_before(doc: Document, si: int, cue_start: int, cue_end: int, head: str) -> bool:
    """Is the cue bare officials or authorities ("officials said", "according to
    officials") after a body named earlier in its sentence or in the sentence before it in
    the paragraph ("..., according to Ministry of Health data. Officials say ...")? They most
    likely are that body's: the words do not say so, a hint."""
    if lx.forms("source-nouns", lx.NOUN).get(head) not in _OFFICE_HEADS:
        return False
    mods = _modifiers(doc.text, cue_start, cue_end)
    if mods is None or mods:
        return False
    s = doc.sentences[si]
    lo = s.start
    if si > 0:
        prev = doc.sentences[si - 1]
        if s.block <= prev.block + 1 and not doc.in_headline(prev.start):
            lo = prev.start  # (the paragraph before too: "..., according to the Department of Statistics.")
    text = doc.text
    # (the two sentences as far back as prose runs: a page pasted as one sentence of thousands
    # of "officials said" was copied and read from its start for each of them)
    return _names_body(text[max(lo, cue_start - 2 * SENTENCE_REACH) : cue_start])
