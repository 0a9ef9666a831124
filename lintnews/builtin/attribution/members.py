"""A named member of a vague group: "Analysts say ... Jane Roe, an analyst at X, said".

An unnamed group ("critics", "officials", "family members") is made specific only by one of
its members named in its sentence or the next: by apposition, a title, a role in a relative
clause, a kinsman's name, "One, Rosa Diaz, said", or the group reprised with the body it comes
from. The patterns are built per head noun from the word classes, and compiled only where a
form of the noun is in reach (:class:`_Members`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from lintnews.builtin.attribution.facts import tag_sentence
from lintnews.builtin.constructions import FOLLOWING_REACH
from lintnews.builtin.constructions import lexicon as lx
from lintnews.document.speech import NAME
from lintnews.util.lazyregex import LazyRegex
from lintnews.util.next_match import NextMatch

if TYPE_CHECKING:
    from lintnews.document.document import Document


# "Many residents said ... One, Rosa Diaz, said": a member named after a bare "one" or "another"
_ONE_NAMED = LazyRegex(
    # (round 156: a title with its article before the name, "One of them, the Hackney North MP
    # Clare Yusuf, said": news style's identifying apposition)
    rf"\b(?:One|Another|One\s+of\s+them|Among\s+them)\s*,\s+(?-i:{NAME})\s*,"
    rf"|\b(?:One|Another|One\s+of\s+them|Among\s+them)\s*,\s+the\s+(?:[\w.’'-]+\s+){{0,4}}?"
    rf"(?-i:[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s*,"
    # "Many feel uneasy about it. One of them is Latvia's foreign minister Edgars Rinkevics.":
    # the member named as the predicate of "one of them", a title or a role before the name
    rf"|\b(?:One\s+of\s+them|Among\s+them)\s+(?:is|was|are|were)\s+(?:[\w.’'-]+\s+){{0,6}}?(?-i:{NAME})"
)


# Guards: what every match of a pattern below holds, searched once for a text and not once per
# cue (:class:`NextMatch`: exact, as they only consume). A page of dense cues ("Some critics
# say ..., " a thousand times) read some 4,500 characters after each cue with each pattern;
# where a guard has no start in that reach, its patterns are not tried.
_NEXT = NextMatch()
# the last word of a name and the comma after it: "Jane Roe," (apposition, title, relative
# clause, "One, Rosa Diaz,", a doer's or a kinsman's clause, the body named)
_NAME_COMMA = re.compile(r"[A-Z](?:\.|[\w'’-]*\w)?\s*,")
# two capitalised words: "analyst Jane Roe", "Fire Chief Tom Moore said", "Russell Roe, ..."
_TWO_CAPITALS = re.compile(r"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")
_ONE_WORDS = re.compile(r"One|Another|Among")  # (of :data:`_ONE_NAMED`, which is case-sensitive)
_SPOKE_WORDS = re.compile(r"said|says|told|tells|added|adds|explained|confirmed|confirms|noted|stated|warned")


def named_member(doc: Document, si: int, start: int, after: int, head: str) -> bool:
    """Is a member of the vague group named right after it, in its sentence or the next
    ("analysts say ... 'Quote,' Jane Roe, a research analyst at X, told CBS")?"""
    text = doc.text
    end = doc.sentences[si].end
    if si + 1 < len(doc.sentences):
        end = doc.sentences[tag_sentence(doc, si + 1)].end
    # (as far as the rest of a sentence of prose and the next, with its quotation's tag, can
    # run: a page pasted as one sentence is not read to its end again for each of its cues)
    end = min(end, after + FOLLOWING_REACH)
    return any(_named_between(text, start, after, lo, hi, head) for lo, hi in _stretches(text, after, end))


# a run of blank space no phrase of a name and its role crosses (a page's layout padding between
# two sentences): the reach is searched on each side of it, not across it, so that a file padded
# with pages of blanks is not searched through them once per pattern and per cue
_BLANK_RUN = re.compile(r"\s{64,}")


def _stretches(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``text[lo:hi]`` less its runs of 64 or more blank characters, as (start, end) pieces
    (the whole reach, most often: a sentence gap is a space or two)."""
    if not _NEXT.within(_BLANK_RUN, text, lo, hi):
        return [(lo, hi)]
    pieces, at = [], lo
    for m in _BLANK_RUN.finditer(text, lo, hi):
        if m.start() > at:
            pieces.append((at, m.start()))
        at = m.end()
    if at < hi or not pieces:
        pieces.append((at, hi))
    return pieces


def _named_between(text: str, start: int, after: int, lo: int, hi: int, head: str) -> bool:
    """:func:`named_member` within one stretch ``text[lo:hi]`` of its reach (the group's own
    words are ``text[start:after]``)."""
    if _NEXT.within(_ONE_WORDS, text, lo, hi) and _ONE_NAMED.search(text, lo, hi) is not None:
        return True
    if _kin_group(text[start:after]) and _NEXT.within(_SPOKE_WORDS, text, lo, hi) \
            and _kin_named().search(text, lo, hi) is not None:
        return True  # "family members said ... Her grandfather, Nasser Haddad, a former minister, said"
    named_comma = _NEXT.within(_NAME_COMMA, text, lo, hi)
    body = _BODY_OF.search(text, start, after)
    if named_comma and body is not None and re.compile(
            rf"\b[Tt]he\s+{body.group(1).lower()}\s*,\s+(?-i:{NAME})\s*,").search(text, lo, hi) is not None:
        return True  # "according to a group of employees. The group, Staff Voice, formed ...": the body named
    if named_comma and any(_doer_named(text, w, lo, hi) for w in re.findall(r"[\w’'-]+", text[start:after])):
        return True  # "Some shop owners say ... Maria Lopez, who owns a florist, told the Gazette"
    heads = [head]
    if _member_pattern(head) is None:  # a quantifier ("some residents"): the noun it counts
        heads = [w for w in re.findall(r"[\w’'-]+", text[start:after].lower()) if w != head]
    for noun in heads:
        pattern = _member_pattern(noun)
        if pattern is not None and pattern.found(text, lo, hi):
            return True
    return False


# an agent noun in -er or -or and the verb it is made from: "owners" / "who owns", "farmers" /
# "who farms", "traders" / "who trades", "runners" / "who runs"
_AGENT_NOUN = re.compile(r"(?i)([a-z]{2,}?)(?:er|or|r)s?")


def _doer_named(text: str, head: str, after: int, end: int) -> bool:
    """Is a member of a group named by an agent noun ("business owners", "sheep farmers") named
    as a speaker whose relative clause does what the noun says they do ("Maria Lopez, who owns
    a florist on the street, told the Gazette")? Owning one makes her one of the owners, as
    "Jane Roe, an owner of a florist," would."""
    m = _AGENT_NOUN.fullmatch(head)
    if m is None or head.lower() in _NOT_DOERS:
        return False
    stem = m.group(1).lower()
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "runners": "run"
    return re.compile(
        rf"{_NOT_A_DATE}(?-i:{NAME}),\s+who\s+(?:also\s+|now\s+|still\s+)?(?i:{re.escape(stem)})e?(?:s|d|ed)?\b"
        rf"[^.;:!?\"“”]{{0,120}}?,\s*(?:\w+ly\s+)?{_SPOKE}"
    ).search(text, after, end) is not None


# agent nouns whose verb says nothing of membership ("others", "members" are no doers)
_NOT_DOERS = frozenset(("others", "members", "member", "officers", "leaders", "sources", "powers"))


# a body of people standing for its members: "a group of employees", "a coalition of residents"
_BODY_OF = LazyRegex(r"(?i)\b(?:a|an)\s+(group|coalition|network|association|alliance|collective|panel)\s+of\b")
_KIN_GROUP = re.compile(r"(?i)\b(?:family|families|relatives?|kin)\b")


def _kin_group(phrase: str) -> bool:
    """Is the vague group a family ("family members", "relatives", "the victim's family")?"""
    return _KIN_GROUP.search(phrase) is not None


@cache
def _kin_named() -> re.Pattern[str]:
    """A kinsman named as a speaker: "Her grandfather, Nasser al-Haddad, a former minister,
    said" or "his brother Omar Haddad told" (a kin noun of the ``kin-nouns`` class, with a
    possessive before it, and a speech verb after the name and its apposition: "his wife Dana
    Reyes, were killed" names a victim, not a source)."""
    kin = lx.alternation("kin-nouns", lx.NOUN)
    return re.compile(
        rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+(?:[\w’'-]+\s+){{0,2}}?[\w’'-]+['’]s?)\s+(?:[\w-]+\s+)?(?:{kin})"
        rf"(?:\s*,\s*|\s+)(?-i:{NAME})(?:\s+[a-z]{{1,3}}-[A-Z][\w’'-]*)?"
        rf"(?:\s*,[^,.;:!?\"“”]{{1,80}},)?(?:\s*,)?\s*{_SPOKE}"
        # "Ann Lee, whose mother lived at the home until May, said": a speaker named with the
        # kinship that makes her one of the relatives, in a relative clause
        rf"|(?-i:{NAME})\s*,\s+whose\s+(?:[\w-]+\s+)?(?:{kin})\b[^.;:!?\"“”]{{0,160}}?,\s*{_SPOKE}"
    )


# a day or a month before the comma is a date, not a member's name ("leave in May, the source said")
_NOT_A_DATE = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
               r"June|July|August|September|October|November|December|Today|Yesterday|Tonight),)")


@cache
def _tag_verb() -> re.Pattern[str]:
    """A speech verb right after a phrase: "near Tulkarem, a security source said" is the
    subject of a closing tag, not an apposition to the place before the comma. One regex for
    every head noun (inside each head's own pattern, the verbs' alternation tripled the time
    to compile it)."""
    verbs = lx.alternation("source-verbs", lx.FINITE)
    return re.compile(rf"\s+(?:(?:had|has|have|later|earlier|also)\s+)?(?:{verbs})\b", re.IGNORECASE)


class _Members:
    """A member of a head noun's group named in the text, its patterns compiled when first
    needed.

    Compiling them takes 4-9 ms a noun (some thirty nouns on the 10 MB benchmark file, and
    again in every process a large file is linted in), and for most nouns no pattern can
    match where one is asked. Except for office holders, legislators and experts, whose
    patterns take any title of theirs, every pattern needs a form of the noun itself; for the
    other nouns a search for the forms alone, made first, skips the patterns (and compiling
    them) where none is in reach: on that file 19 of the 30 nouns asked about never needed
    their patterns."""

    __slots__ = ("_forms", "_heads", "_lemma", "_patterns")

    def __init__(self, lemma: str, heads: list[str], forms: re.Pattern[str] | None) -> None:
        self._lemma, self._heads = lemma, heads
        self._forms = forms  # (None: a noun whose patterns take titles too)
        self._patterns: _MemberPatterns | None = None

    def found(self, text: str, start: int, end: int) -> bool:
        """Is a member named between ``start`` and ``end``? (:meth:`_MemberPatterns.found`)"""
        if self._forms is not None and not _NEXT.within(self._forms, text, start, end):
            return False  # no form of the noun in reach: no pattern could match
        if self._patterns is None:
            self._patterns = _member_patterns(self._lemma, self._heads)
        return self._patterns.found(text, start, end)


class _MemberPatterns(NamedTuple):
    """The patterns of a member of a head noun's group named in the text, each compiled when
    :meth:`found` first reaches it (round 67: a noun's five took 4-6 ms, and a named member
    found by the first spares the others)."""

    apposition: LazyRegex  # "Jane Roe, an analyst at": named unless a verb follows the noun
    named: LazyRegex  # "analyst Jane Roe", "One resident, Mark Lee, said"
    titled: LazyRegex  # "Wu Yan, deputy director of the agency, said": a title, no article
    relative: LazyRegex  # "Sam Roe, who served as deputy minister,": the role in a relative clause
    reprise: LazyRegex  # "the scientists, mostly from GNS Science,": the group again, placed
    reprise_guard: re.Pattern[str]  # what every reprise holds: "scientists, mostly from "

    def found(self, text: str, start: int, end: int) -> bool:
        """Is a member named between ``start`` and ``end``? (Each apposition is tried at its
        shortest, as the regex's lazy words find it: with a speech verb after its noun, the same
        noun again later in its five words is not tried: "near Tulkarem, a source said the source ...".)"""
        if _NEXT.within(_TWO_CAPITALS, text, start, end) and self.named.search(text, start, end) is not None:
            return True
        # (a name and its comma in reach, or no apposition, title or relative clause can match)
        if _NEXT.within(_NAME_COMMA, text, start, end) and self._with_comma(text, start, end):
            return True
        # the group itself again, with the body its members come from, as the speaker of a tag
        # ('"...," the scientists, mostly from GNS Science, wrote'): no one member, but the
        # group is placed; "the scientists at Oxford were not asked" speaks no words
        return _NEXT.within(self.reprise_guard, text, start, end) and any(
            _REPRISE_TAIL.match(text, m.end(), end) is not None for m in self.reprise.finditer(text, start, end))

    def _with_comma(self, text: str, start: int, end: int) -> bool:
        """A member named by a name and the comma after it: an apposition, a title or a
        relative clause (:meth:`found`)."""
        # (the verbs' regex, 4 KB, compiled only once an apposition is found)
        if any(_tag_verb().match(text, m.end(), end) is None for m in self.apposition.finditer(text, start, end)):
            return True
        # a titled name only as a speaker: "met Sergei Gorkov, chairman of the bank." names the
        # man met, not the source; "according to Zhou Li, deputy head of X" or "Zhou Li, deputy
        # head of X, said" name the speaker
        return any(
            _SPEAKER_BEFORE.search(text, max(start, m.start() - 20), m.start()) is not None
            or _SPEAKER_AFTER.match(text, m.end(), end) is not None
            # (the relative clause's pattern holds "who": not compiled or tried where none is)
            for pattern in ((self.titled, self.relative) if _NEXT.within(_WHO, text, start, end) else (self.titled,))
            for m in pattern.finditer(text, start, end)
        )


_WHO = re.compile(r"(?i:who)")  # the word every relative clause's pattern holds, as it writes it

# what makes a titled name a speaker: a lead before it, or its verb after the apposition's
# closing comma (with no comma the phrase is a closing tag's subject: "near Dunmore, a
# harbour source said")
_SPEAKER_BEFORE = LazyRegex(r"(?:[Aa]ccording\s+to|\bsaid|\bsays|\btold|\badded|\bwrote)\s+$")
_SPEAKER_AFTER = LazyRegex(
    r"[^,.;:!?\"“”]{0,100}?(?:\([^()]{0,40}\)[^,.;:!?\"“”]{0,30})?,[\s–—-]*(?:\w+ly\s+)?"
    r"(?:said|says|told|tells|added|adds|explained|noted|stated|warned|confirmed|confirms|wrote|writes)\b"
)


# the heads of a house's members, and the titles that name one: "Sen. Ana Roe", "Rep. Tom Lee"
_MEMBER_HEADS = frozenset(("member", "lawmaker", "legislator", "politician"))
# (a house's leaders are members too: "House Minority Leader Nancy Pelosi", "Speaker Paul Ryan")
_LEGISLATOR_TITLES = (r"(?-i:Rep|Reps|Sen|Sens)\.|representative|senator|congressman|congresswoman|"
                      r"assemblyman|assemblywoman|councillor|councilman|councilwoman|(?-i:MP|MSP|MEP)|"
                      r"(?-i:(?:Majority|Minority)\s+(?:Leader|Whip)|Speaker)")
# a member's verb of judging what is said ("Pelosi characterized his answers as perjury")
_JUDGED = r"(?:characterized|characterised|characterizes|characterises|described|describes)\b"

# what makes the group's reprise a speaker: its speech verb right after the body's name ("the
# analysts at Capital Economics said") or after the apposition's closing comma ("the scientists,
# mostly from the research body GNS Science, wrote"); not a clause of its own ("the members of
# Congress that were with me walked out and said")
_REPRISE_TAIL = LazyRegex(
    r"(?:[^,.;:!?\"“”]{0,80},|(?:\s+(?-i:[A-Z])[\w’'&.-]*)*)\s*(?:\w+ly\s+)?"
    r"(?:said|says|told|tells|added|adds|wrote|writes|noted|notes|warned|explained|stated|concluded)\b"
)
# the quantity of a group's reprise: "the scientists, mostly from", "the analysts, all at"
_REPRISE_SHARE = r"(?:(?:mostly|mainly|largely|chiefly|partly|all|both|many|most|some)\s+)?"

_MEMBERS: dict[str, _Members | None] = {}
# the verbs of a relative clause that gives a person's role: being, serving or working as one
_ROLE_VERBS = (r"(?i:is|was|has\s+been|had\s+been|became|remains|remained|served|serves|has\s+served|"
               r"worked|works|has\s+worked|acted|acts)")
# and of holding an office: "who heads the agency", "who chaired the panel"
_HEAD_VERBS = r"(?i:heads|headed|leads|led|chairs|chaired|directs|directed|runs|ran)"
# the verb of a speaker named with a title: "Fire Chief Tom Moore said"
_SPOKE = r"(?:said|says|told|tells|added|adds|explained|confirmed|confirms|noted|stated|warned)\b"
# bodies named for the group whose members they speak for ("the Home Builders Association")
# an honorific before a name in apposition (round 106): "chief scientist, Dr Ann Roe,"
_HONORIFIC = r"(?:(?-i:Dr|Prof|Professor|Sir|Dame)\.?\s+)?"
_GROUP_BODIES = r"(?-i:Association|Union|Federation|Council|Alliance|Society|Guild|League|Coalition|Institute)\b"


def _capitalised(heads: list[str]) -> str:
    """The forms of a head with a capital first letter, matched case-sensitively: a word of an
    organisation's name ("Builders" in "the Home Builders Association")."""
    return "(?-i:" + "|".join(re.escape(h[:1].upper() + h[1:]) for h in heads) + ")"


def _member_pattern(head: str) -> _Members | None:
    """A name in apposition with a singular of ``head``: "Jane Roe, an analyst at",
    "analyst Jane Roe" (``None`` for a quantifier: "many" has no members to name)."""
    if head in _MEMBERS:
        return _MEMBERS[head]
    nouns = lx.forms("source-nouns", lx.NOUN)
    lemma = nouns.get(head)
    if lemma is None and lx.forms("advising-trades", lx.NOUN).get(head):
        nouns = _trade_nouns()  # round 177: "Brokers report ... Jane Roe, a broker at X, said"
        lemma = nouns.get(head)
    pattern = None
    if lemma is not None:
        heads = sorted({f for f, lem in nouns.items() if lem == lemma}, key=len, reverse=True)
        titled = lemma in lx.lemmas("office-holders") or lemma in _MEMBER_HEADS or lemma in lx.lemmas("expertise-titles")
        # (the forms as the patterns write them, in the same case-insensitive group)
        forms = None if titled else re.compile("(?i:" + "|".join(map(re.escape, heads)) + ")")
        pattern = _Members(lemma, heads, forms)
    _MEMBERS[head] = pattern
    return pattern


def _trade_nouns() -> dict[str, str]:
    """Round 177: the forms of ``advising-trades`` (no source nouns: round 173 read them for
    their advice, and round 177 for a trade's "report"), whose singular in apposition to a name
    names one of the trade ("Brokers report a rush ... Jane Roe, a mortgage broker at Roe
    Finance, said"): the sentence's or the next one's named member vouches for the group, as
    for a source noun."""
    return lx.forms("advising-trades", lx.NOUN)


def _member_patterns(lemma: str, heads: list[str]) -> _MemberPatterns:
    """The patterns of :func:`_member_pattern` for the noun ``lemma`` (its forms ``heads``,
    longest first). Where the noun's titles are its own forms (not an office holder's, a
    legislator's or an expert's), each pattern matches one of them, written ``(?i:{alt})``
    (or capitalised: "the Home Builders Association"), which :class:`_Members` relies on."""
    nouns = lx.forms("source-nouns", lx.NOUN)
    alt = "|".join(map(re.escape, heads))
    titles = alt  # "analyst Jane Roe"; for office holders any title ("Fire Chief Tom Moore")
    spoke = _SPOKE
    if lemma in lx.lemmas("office-holders"):
        # "an official said ... Wu Yan, deputy director of the agency, said": any title of
        # an office names one of the officials
        titles = lx.alternation("office-titles", lx.NOUN)
    elif lemma in _MEMBER_HEADS:
        # "Two members said ... Rep. Luis Roe (D-Ill.) said": a legislator's title names a
        # member (of the house the story is about)
        titles = f"{alt}|{_LEGISLATOR_TITLES}"
        if lemma == "politician":
            # a lawmaker is one of the politicians ("politicians said ... party lawmaker
            # and former treasury undersecretary Faik Oz told")
            house = "|".join(sorted({re.escape(f) for f, lem in nouns.items() if lem in ("lawmaker", "legislator")},
                                    key=len, reverse=True))
            titles = f"{titles}|{house}"
        spoke = rf"(?:{_SPOKE}|{_JUDGED})"
    elif lemma in lx.lemmas("expertise-titles"):
        # "says one analyst ... Sara Roe, non-resident fellow and regional expert, told":
        # any title of expertise names one of the analysts or experts
        titles = lx.alternation("expertise-titles", lx.NOUN)
    head_verbs = rf"|{_HEAD_VERBS}\b" if lemma in lx.lemmas("office-holders") else ""
    # a second title joined to the first ("lawmaker and former treasury undersecretary"):
    # "and", "former" and one lower-case word before an office's title, nothing else
    offices = lx.alternation("office-titles", lx.NOUN)
    chain = rf"(?:\s+and\s+(?:former\s+)?(?:[a-z][\w-]*\s+)?(?i:{offices}))?"
    return _MemberPatterns(
        LazyRegex(
            rf"{_NOT_A_DATE}(?-i:{NAME}),\s+(?:(?i:an?|the|one|another|his|her|their)\s+)(?:[\w.’'-]+\s+){{0,5}}?(?i:{alt})\b"
        ),
        LazyRegex(
            rf"\b(?i:{alt})\s+(?-i:[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)"
            # "Fire Chief Tom Moore said": an office's title before a name that speaks (not
            # "with Russian President Vladimir Putin", named but no source)
            # (a comma may set the name off: "the Prisoners' Club director, Qadura Fares, told")
            rf"|\b(?i:{titles}){chain}(?:\s*,)?\s+(?-i:[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)(?:\s+\([^()]{{1,24}}\))?(?:\s*,)?\s+{spoke}"
            # "One resident, Mark Lee, said": the member named in apposition after the noun
            # (round 106: an honorific before the name: "the agency's chief scientist, Dr Ann Roe,")
            rf"|\b(?i:{alt}),\s+{_HONORIFIC}(?-i:[A-Z][\w’'-]+\s+[A-Z][\w’'-]+),"
            # "Russell Roe, executive vice president of the Home Builders Association": a
            # named officer of a body named for the group speaks for its members
            rf"|(?-i:[A-Z][\w’'-]+\s+[A-Z][\w’'-]+),\s+(?:[\w.’'-]+\s+){{0,6}}?(?:of|for|at)\s+(?:the\s+)?"
            rf"(?:(?-i:[A-Z][\w’'-]+)\s+){{0,3}}{_capitalised(heads)}['’]?\s+{_GROUP_BODIES}"
        ),
        # "Monica Roe, senior climate campaigner at environmentalist group X": a title with
        # no article, up to the member's noun (or an office's title) within ten words, of a
        # speaker ("talks with Pena Nieto, Videgaray and other officials that ..." name
        # no source); "the White House, a retired KGB officer who ... told" is a place and
        # a tag: the title ends its apposition, before "of", "at" or a stop
        LazyRegex(
            rf"(?<![Tt]he ){_NOT_A_DATE}(?-i:{NAME}),\s+(?!(?i:who|which|whose|where|when)\b)"
            rf"(?:(?i:an?|the|its|his|her|their)\s+)?(?:[\w.’'-]+\s+){{0,9}}?(?:(?i:vice|deputy|co|under)-)?"
            rf"(?:(?i:{alt})\b|(?i:{titles})\b(?=\s*(?:of|at|for|with|in|to)\b|\s*[,.;:—–(-]))"
        ),
        # "said Sam Roe, who served twice as deputy foreign minister": the role given in a
        # relative clause whose verb is one of being or serving ("who is a senior analyst",
        # "who has worked as an adviser"), or of heading ("who heads the agency") for an
        # office; a name with its role, as a speaker only (checked in ``found``). "Who" may
        # be glued to its verb by the "-" some copy has for a space ("who-served")
        LazyRegex(
            rf"{_NOT_A_DATE}(?-i:{NAME}),\s+(?i:who)(?:\s+|-)(?:(?:also|once|then|now|previously|formerly|later)\s+)?"
            rf"(?:{_ROLE_VERBS}\s+(?:[\w.’'-]+\s+){{0,6}}?(?:(?i:{alt})|(?i:{titles}))\b{head_verbs})"
        ),
        # "the scientists, mostly from the research body GNS Science,": the group's noun
        # again, definite, with the body it comes from (a capitalised name within six words)
        LazyRegex(
            rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?i:{alt}),?\s+{_REPRISE_SHARE}(?:from|of|at|with)\s+"
            rf"(?:[\w’'-]+\s+){{0,5}}?(?-i:[A-Z][\w’'-]+)"
        ),
        re.compile(rf"(?i:{alt}),?\s+{_REPRISE_SHARE}(?:from|of|at|with)\s", re.IGNORECASE),
    )
