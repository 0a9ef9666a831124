"""One matcher for every word-list and pattern rule of a run.

All pack rules (built-in, house packs, plugins' packs) are compiled together, once
per process, and each text is scanned once; each hit is dispatched to its rule.
Rules never re-scan the text.

Semantics (those of a single look-ahead regex with one named group per rule, tried
at every position; ``tests/test_speed.py`` compares against exactly that): hits of
different rules may overlap ("it has been claimed" for one rule, "claimed" for
another); at one start position each category keeps one hit: the first rule of
that category in pack order that matches there (so a loaded word, "claimed", never
takes the start of an unattributed-claim cue, "claimed by critics", from it: they
are different questions for the editor, and both are asked). Within a rule its first
alternative (the word list, then the patterns in order) decides where the hit ends;
a hit overlapping the same rule's previous hit is dropped. A house pack's patterns
(below) are matched rule by rule, each leftmost first and never overlapping itself,
then merged the same way: where an earlier rule of its category wins a start, the
house rule's hit there is dropped (looking for a later start inside its own hit
would not be linear).

How, in time linear in the text, and with no private interpreter internals:

- **Candidates.** A position is tried only where some rule can start: where a form of
  a word list or a literal prefix of a built-in pattern begins ("is widely", "sources
  close", "terrifying"; read from each pattern by :mod:`lintnews.util.regex_words`, never
  by ``re``'s private parser). In a long text (or once a process has read a few pages)
  one trie regex of all of them, tried after each non-word character of the case-folded
  text, finds those positions at C speed (:mod:`lintnews.matching.prefilter`). In a
  short text the words are looked up instead, which spares compiling that regex (most
  of a one-line check's start-up). Case changes inside a word ("differenceYour") and
  line starts are candidates for the patterns that start there.
- **Words.** At a candidate, the forms that start with the text's first word are
  compared as a regex trie would match them (:mod:`lintnews.matching.terms`).
- **Built-in patterns** (shipped with lintnews, look-arounds and all) run in Python's
  ``re``: at a candidate, those with a prefix the text there begins with are tried with
  ``pattern.match(text, pos)`` in pack order, each compiled when first needed. While a
  process has read little (a one-article check), a pattern is first tried only where the
  text from there holds the words every match holds, and a pattern that is a list of
  phrasings as its branches, each compiled where its own first words are
  (:meth:`Matcher._first_use`, :mod:`lintnews.matching.branches`).
- **House patterns** (every other pack) run in RE2 (google-re2), translated exactly
  (:func:`lintnews.util.re2_syntax.exact`): linear time whatever the pattern.
- **Exceptions** of a rule are checked here too, in the hit's sentence
  (:mod:`lintnews.matching.exceptions`), so every judge sees hits that count.

(One RE2 pass over the whole text was measured as the candidate finder too: RE2
rejects the rest of a text faster, but each call back into Python costs about five
microseconds, against half a microsecond per candidate of Python's ``finditer``, and an
RE2 automaton for a hundred patterns' beginnings took tens of megabytes: the 10 MB
benchmark file took 45% longer and 30 MB more.)
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, NamedTuple

from lintnews.matching.exceptions import RuleExceptions
from lintnews.matching.terms import DOUBLE_SPACE, TermIndex, collapsed, normalise
from lintnews.packs.model import Hit, PackRule
from lintnews.util.casefold import fold
from lintnews.util.pattern_start import DIGIT, Start, unpack, unpack_formula
from lintnews.util.recompile import compiled as recompiled
from lintnews.util.trie import trie_regex

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from lintnews.document.document import Document
    from lintnews.matching.branches import Branches
    from lintnews.matching.line_scan import LineScan
    from lintnews.matching.prefilter import Prefilter
    from lintnews.matching.re2run import HouseProgram, Program

    # what finds the candidates of a long text (Matcher._scanners): the prefilter, RE2
    # programs for a very long word list, and the look-ahead scans (inside words, at line
    # starts, anywhere)
    _Scans = tuple[Prefilter, list[Program], re.Pattern[str] | None, LineScan | None,
                   re.Pattern[str] | None]

# A process reads this many characters by looking up words before it compiles the scans
# of long texts (a one-line check never does; an archive does after a few articles).
SHORT = 20_000
_MAX_TRIE = 20_000  # forms a Python trie regex holds; a longer word list is scanned with RE2
# Characters a process reads (a few articles) while it looks through each text for a
# pattern's words before compiling it, and tries patterns branch by branch (see
# Matcher._first_use); past them, a pattern is compiled whole where first met: a long text or
# an archive almost surely holds what it needs, and each look would read every text again.
_GATED = 50_000

_RUN = re.compile(r"[^\W_]+")  # a run of letters and digits (str.isalnum)
_LAST_DIGIT = re.compile(r"\d(?=\D*\Z)")  # (the text's last decimal digit)
_CASE_CHANGE = re.compile(r"[A-Z](?<=[a-z][A-Z])")  # (the capital first: the engine skips to it fast)
_BLANKS = re.compile(r"[ \t]*")
# The sentence opening the built-in packs' calls to the reader begin with (rules/advertorial.toml's
# header: a line's start, after a stop, a colon, a dash or a bar ...); see Matcher._after_stamps
SENTENCE_OPENING = "(?:(?m:^)[ \\t]{0,20}|(?<=[.!?] )|"
# fix50b: a post after a written time stamp and after a plain word, each with the dash the
# shared opening reads (Matcher._stamp_cleared)
_STAMP_LED = "00:00 \u2014 "
_WORD_LED = "Update \u2014 "


# What Matcher._keyed_alternatives finds for a prefix: the alternatives, whether a word list's
# form may start there, and a look-behind with the alternatives to try where it does not hold.
_Keyed = tuple[tuple[tuple[int, int, int, int], ...], bool, "re.Pattern[str] | None", tuple[tuple[int, int, int, int], ...]]

# What :meth:`Matcher.candidates` keeps at a start: one ``(rule, alternative, end)`` per
# category that has a hit there, in pack order.
Winners = tuple[tuple[int, int, int], ...]


class _Alternative(NamedTuple):
    """A built-in pattern: its rule, its place among the rule's alternatives (the word list
    is 0), the pattern, its flags and where it can start."""

    ri: int
    ai: int
    pattern: str
    flags: int
    start: Start | None


class Matcher:
    """Compiled once per process for a set of pack rules; :meth:`scan` finds all hits."""

    def __init__(self, rules: list[PackRule]) -> None:
        self.rules = rules
        self.terms = TermIndex(rules)
        # each rule's category, as a small number: hits compete for a start only within one
        categories: dict[str, int] = {}
        self._category = [categories.setdefault(rule.category, len(categories)) for rule in rules]
        self._alternatives: list[_Alternative] = []
        self._house_rules: list[tuple[int, int, list[str], bool]] = []
        for ri, rule in enumerate(rules):
            first = 1 if rule.terms else 0
            if not rule.patterns:
                continue
            if not rule.builtin:
                self._house_rules.append((ri, first, list(rule.patterns), rule.case_sensitive))
                continue
            flags = 0 if rule.case_sensitive else re.IGNORECASE
            for k, pattern in enumerate(rule.patterns):
                self._alternatives.append(_Alternative(ri, first + k, pattern, flags,
                                                       _start(pattern, rule.case_sensitive)))
        # (a pattern tried branch by branch, where first met in a short text, is a Branches)
        self._compiled: list[re.Pattern[str] | Branches | None] = [None] * len(self._alternatives)
        self._index_alternatives()
        self._exceptions: dict[int, RuleExceptions] = {}
        self._index = {rule.id: ri for ri, rule in enumerate(rules)}
        self._read = 0  # characters looked up word by word so far (see SHORT)
        self._looked = 0  # characters of all the texts scanned so far (see _GATED)
        self._scans: _Scans | None = None  # what finds candidates in long texts, compiled when first needed
        self._house: list[tuple[int, int, HouseProgram]] | None = None
        self._stamp_openers: frozenset[int] | None = None  # (see _after_stamps)
        self.wants_case_changes = False  # (kept for older callers: the scans find glued texts)

    def _index_alternatives(self) -> None:
        """Which alternatives can start with which literal prefix (see
        :mod:`lintnews.util.regex_words`), and those whose start cannot be told."""
        from lintnews.packs.plan import planned_line_prefixes, planned_prefixes

        # the built-in patterns' prefixes come indexed with the plan (see _Prefixes), those of
        # the line-start patterns apart
        ids, chunks, planned_lengths = planned_prefixes()
        line_chunks, planned_line_lengths = planned_line_prefixes()
        slots: dict[int, list[int]] = defaultdict(list)  # a planned pattern's alternatives here
        others: dict[str, list[int]] = defaultdict(list)  # the prefixes of the other patterns
        line_slots: dict[int, list[int]] = defaultdict(list)  # (the same for line-start patterns)
        line_others: dict[str, list[int]] = defaultdict(list)
        self._after_blanks: set[int] = set()
        self._at_line_start: list[int] = []  # patterns anchored at line starts
        # ... of which those whose prefixes are known, by prefix (at a line start only those
        # the line begins with are tried: a one-line check then compiles none of them): made
        # below, from the plan's index of some 7,000 prefixes
        self._line_any: list[int] = []  # ... and the others, tried at every line start
        self._anywhere: list[int] = []  # patterns whose start cannot be told: tried at every candidate
        self._case = False  # does some pattern start at a case change inside a word?
        self._inside_words = False  # ... or anywhere inside a word (only the long-text scan finds those)
        # each alternative's number in the plan (None: a pattern the plan does not have)
        numbers = [ids.get((alt.pattern, alt.flags == 0)) for alt in self._alternatives]
        for i, alt in enumerate(self._alternatives):
            start = alt.start
            if start is None:
                self._anywhere.append(i)
                continue
            if start.after_blanks:
                self._after_blanks.add(i)
            if start.prefixless or start.where == "line":
                # (only at line starts: tried there, found by a scan of the line starts; their
                # prefixes, "more", "ad", digits, would make every such word a candidate)
                self._at_line_start.append(i)
                if start.prefixless or start.after is not None:
                    self._line_any.append(i)
                elif (j := numbers[i]) is not None:
                    line_slots[j].append(i)
                else:
                    for prefix in start.words or ():  # (not prefixless: words it has)
                        line_others[prefix].append(i)
                continue
            self._case = self._case or start.where == "case"
            self._inside_words = self._inside_words or start.where == "anywhere"
            j = numbers[i]
            if j is not None:
                slots[j].append(i)
            else:
                for prefix in start.words or ():
                    others[prefix].append(i)
        self._by_prefix = _Prefixes(chunks if slots else {}, slots, others)
        # the same, as _keyed_alternatives reads it: the index itself until the long-text scans
        # are built, which go through every prefix anyway and leave a plain dict here (a
        # process that reads a long text looks up some forty lengths for each new key)
        self._prefix_at: _Prefixes | Mapping[str, Sequence[int]] = self._by_prefix
        # the forms of the word lists, as the text is compared with them (folded)
        self._forms = self.terms.forms[True].union(map(fold, self.terms.forms[False]))
        # (the lengths of every planned prefix, of this run's patterns or not: a length
        # that no prefix here has is looked up in vain, and changes nothing)
        lengths = set(planned_lengths) if slots else set()
        lengths.update(map(len, others))
        lengths.update(map(len, self._forms))
        self._lengths = sorted(lengths)
        self._line_prefix = _Prefixes(line_chunks if line_slots else {}, line_slots, line_others)
        line_lengths = set(planned_line_lengths) if line_slots else set()
        line_lengths.update(map(len, line_others))
        self._line_lengths = sorted(line_lengths)
        self._longest = max(self._lengths[-1] if self._lengths else 0,
                            self._line_lengths[-1] if self._line_lengths else 0)
        self._keyed: dict[str, _Keyed] = {}
        self._line_starts = bool(self._at_line_start or self._after_blanks)
        # each alternative as _decide goes through it: (index, rule, alternative, category)
        self._quads = [(i, alt.ri, alt.ai, self._category[alt.ri]) for i, alt in enumerate(self._alternatives)]
        # the line-start patterns by prefix, for a line that starts with it (the index itself:
        # its lists are not changed after this), and those of them that allow blanks before
        # it, for a line that starts with blanks and then it: made when the first such line is
        # met (some ten thousand prefixes gone through: a tenth of a one-line check's matcher)
        self._line_at: _Prefixes | Mapping[str, Sequence[int]] = self._line_prefix
        self._line_blanks: Mapping[str, Sequence[int]] | None = None
        # what must come before a match of each pattern that says so (Start.before), as one
        # look-behind per distinct set (see _keyed_alternatives)
        self._before_guards: dict[frozenset[str], re.Pattern[str]] = {}
        # of the line-start patterns tried at every line, the marks each match holds (from the
        # plan: "@" for a handle, "#" for "#ad"): where the rest of the text lacks one, the
        # pattern is not tried, nor compiled (a one-line check compiled five for nothing)
        from lintnews.packs.plan import line_marks

        self._line_marks: dict[int, tuple[str, ...]] = {}
        for i in self._line_any:
            alt = self._alternatives[i]
            needs = line_marks(alt.pattern, alt.flags == 0)
            if needs:
                self._line_marks[i] = needs
        # (the text being scanned and, for each pattern of _line_marks, the last line start at
        # which the rest of the text still holds every mark it needs: see _at_line)
        self._marks_seen: tuple[str, list[tuple[int, int]]] = ("", [])
        # (the long text being scanned and the line starts where its line scan found a pattern
        # of _line_any may match: at any other line start of it, none does; see _at_line)
        self._line_found: tuple[str, set[int]] = ("", set())
        # from the plan, by alternative: the words every match holds (a formula, see
        # regex_words.required_words), and the patterns tried branch by branch where first
        # met (their place in the plan's list of them); see _first_use
        from lintnews.packs.plan import needs_reach, packed_needs, split_patterns

        planned_needs, split, reach = packed_needs(), split_patterns(), needs_reach()
        self._needs: dict[int, str | tuple] = {}  # (decoded when first asked: see _needs_of)
        self._packed_needs: dict[int, str] = {}
        self._reach: dict[int, int] = {}  # (of those, the most characters a match consumes)
        self._split: dict[int, int] = {}
        if planned_needs or split:
            where = {j: k for k, j in enumerate(split)}
            for i, j in enumerate(numbers):
                if j is None:
                    continue
                if j in planned_needs:
                    self._packed_needs[i] = planned_needs[j]
                    if j in reach:
                        self._reach[i] = reach[j]
                if j in where:
                    self._split[i] = where[j]
        # (the text last looked through for words: itself, folded, and each word's last place)
        self._words_seen: tuple[str, str, dict[str, int]] = ("", "", {})
        # by alternative, what must come right before a match (Start.before) as characters to
        # compare, made when first asked (see _first_use)
        self._befores: dict[int, tuple[tuple[frozenset[str], ...], ...] | None] = {}

    # -- compiled on first use --------------------------------------------------------------

    def _pattern(self, i: int) -> re.Pattern[str]:
        """Pattern ``i`` compiled whole (once)."""
        compiled = self._compiled[i]
        if not isinstance(compiled, re.Pattern):
            alt = self._alternatives[i]
            compiled = self._compiled[i] = recompiled(alt.pattern, alt.flags)
        return compiled

    def _first_use(self, i: int, text: str, pos: int) -> re.Pattern[str] | Branches | None:
        """Pattern ``i`` to try at ``pos``, where it is first tried: ``None`` when the text from
        there holds none of its matches (it lacks the words every match holds, the plan's
        :func:`lintnews.util.regex_words.required_words`), the pattern as its branches
        (:mod:`lintnews.matching.branches`) when the plan has them, else compiled. Of the
        patterns a short article's words lead to, most never match it, and compiling them
        whole was most of a one-article check. Once a process has read a long text or a few
        articles (_GATED), patterns are compiled whole: they are worth it."""
        if self._looked > _GATED:
            return self._pattern(i)
        if pos and not self._before_holds(i, text, pos):
            return None  # (what every match not at the text's start follows is not here)
        needs = self._needs_of(i)
        if needs is not None:
            if not self._holds(needs, text, pos):
                return None
            reach = self._reach.get(i)
            if reach is not None and not _within(needs, self._words_seen[1], pos, pos + reach):
                return None  # (a match holds its words, and it ends within its reach of pos)
        k = self._split.get(i)
        if k is None:
            return self._pattern(i)
        from lintnews.matching.branches import Branches
        from lintnews.packs.plan import branch_plan

        planned = branch_plan(k)
        if planned is None:
            return self._pattern(i)
        alt = self._alternatives[i]
        found = self._compiled[i] = Branches(alt.pattern, alt.flags, *planned, self._holds, (self._compiled, i))
        return found

    def _needs_of(self, i: int) -> str | tuple | None:
        """The words every match of pattern ``i`` holds (a formula; ``None``: not known)."""
        needs = self._needs.get(i)
        if needs is None:
            packed = self._packed_needs.get(i)
            if packed is not None:
                needs = self._needs[i] = unpack_formula(packed)
        return needs

    def _before_holds(self, i: int, text: str, pos: int) -> bool:
        """Does one of the look-behinds that pattern ``i`` says hold before each of its
        matches not at the text's start (:attr:`Start.before`: a stop, a line break, a
        bullet) hold at ``pos``? Compared character by character, as :meth:`_before_guard`'s
        regex would (the plan's look-behinds are one or two classes of marks, or a word,
        "(?<=\\bsome\\s)", which is not compared: a set with one holds always). Where none
        holds the pattern cannot match there, and it is not compiled for it: most of the
        sentence openers a short article's words lead to ("at", "more", "start") follow a
        plain space."""
        found = self._befores.get(i, False)
        if found is False:
            start = self._alternatives[i].start
            found = self._befores[i] = _before_chars(start.before) if start is not None else None
        if found is None:
            return True
        for chars in found:  # type: ignore[union-attr]
            n = len(chars)
            if n <= pos and all(text[pos - n + k] in chars[k] for k in range(n)):
                return True
        return False

    def _holds(self, needs: str | tuple, text: str, pos: int) -> bool:
        """Does ``text``, folded, hold from ``pos`` on the words of the formula ``needs``? (Not
        looked through once the process has read much, see _GATED: True. Each word's last
        place in a text is looked for once: patterns share words.)"""
        if self._looked > _GATED:
            return True
        seen_text, folded, last = self._words_seen
        if seen_text is not text:
            folded, last = fold(text), {}
            self._words_seen = (text, folded, last)
        return _true(needs, folded, last, pos)

    def _exceptions_of(self, ri: int) -> RuleExceptions:
        found = self._exceptions.get(ri)
        if found is None:
            rule = self.rules[ri]
            found = self._exceptions[ri] = RuleExceptions(rule.exceptions, rule.case_sensitive, rule.builtin)
        return found

    def _scanners(self) -> _Scans:
        """What finds the candidates of a long text: a trie regex of every literal prefix of a
        built-in pattern and every form of a word list (:mod:`lintnews.matching.prefilter`;
        RE2 programs instead for very long word lists, a house list of 100,000 terms), and
        look-ahead scans for the few patterns whose prefixes cannot be told."""
        if self._scans is None:
            from lintnews.matching.prefilter import Prefilter

            # (per prefix, the marks its patterns need before it; None: none, or a word list's form)
            afters: dict[str, set[str | None]] = defaultdict(set)
            table = self._by_prefix.table()
            self._prefix_at = table
            for prefix, owners in table.items():
                for i in owners:
                    start = self._alternatives[i].start  # (a pattern with a prefix has a start)
                    afters[prefix].add(start.after if start is not None else None)
            programs: list[Program] = []
            if len(self._forms) > _MAX_TRIE:
                from lintnews.matching.re2run import Program

                programs = [Program(source) for source in self.terms.scan_sources()]
            else:
                for form in self._forms:
                    afters[form].add(None)
            # prefixes that count only after a mark (a price: "$50 off" after (?<=[$£€])) get a
            # trie of their own, tried only after those marks, not after every space; a prefix
            # that some pattern wants anywhere (or after other marks) stays with the others
            after: dict[str, set[str]] = defaultdict(set)
            for key, marks in afters.items():
                if len(marks) == 1:
                    (mark,) = marks
                    if mark is not None:
                        after[mark].add(key)
            keys = set(afters).difference(*after.values())
            prefilter = Prefilter(keys, after, self._guards(keys))
            inside = None
            if self._inside_words:  # (prefixes that may start inside a word: tried everywhere)
                words = sorted({w for alt in self._alternatives if alt.start is not None
                                and alt.start.where == "anywhere" and alt.start.words is not None
                                for w in alt.start.words})
                inside = recompiled("(?=(" + trie_regex(words) + "))")
            lines = None
            if self._at_line_start:  # (patterns anchored at line starts, prefixes unknown)
                lines = self._line_scan()
            anywhere = None
            if self._anywhere:  # (patterns whose start cannot be told at all: the slow way)
                body = "|".join(f"(?:{self._alternatives[i].pattern})" for i in self._anywhere)
                anywhere = recompiled("(?=" + body + ")", re.IGNORECASE)
            self._scans = (prefilter, programs, inside, lines, anywhere)
        return self._scans

    def _line_scan(self) -> LineScan:
        """What finds the line starts where a line-start pattern may match (see
        :mod:`lintnews.matching.line_scan`): a look-ahead after every newline (after a
        newline only: a regex that starts with a literal is skipped along at C speed; with
        ``\\A|\\n`` first it was tried at every position; the text's start is decided
        anyway, see _scan) of a trie of the known prefixes (a superset of the line starts
        where those patterns match, found faster than by trying each) and of the patterns
        of unknown prefix, but those that need a rare mark within a bounded reach: they are
        tried near their marks only. Each pattern is tried as the plan writes it for this
        scan (:func:`lintnews.packs.plan.line_scan_form`): it matches at the same line starts."""
        from lintnews.matching.line_scan import ANY, LineScan, witness
        from lintnews.packs.plan import line_reach, line_scan_form

        every: list[str] = []
        marked: list[str] = []
        looks: list[tuple[str, int]] = []
        for i in self._line_any:
            alt = self._alternatives[i]
            # (with its branches' common beginnings written once: read once for all of them)
            part = f"(?:{line_scan_form(alt.pattern, alt.flags == 0)})"
            chars = witness(self._line_marks.get(i, ()))
            reach = line_reach(alt.pattern, alt.flags == 0) if chars is not None else None
            if chars is None or reach is None:
                every.append(part)
            else:
                marked.append(part)
                looks.append((chars, reach))
        # (the patterns first, then an empty group: where it is set, one of them matches; where
        # only the trie does, _at_line tries none of them. The look-ahead holds where it did
        # with the trie first: the trie's finds where no pattern matches cost a failed try of
        # each, the few hundred line starts a known prefix begins)
        if every:
            every = [f"(?:{'|'.join(every)})(?P<{ANY}>)"]
        if self._line_prefix:
            # (every line-start prefix gone through: kept as a plain dict for _at_line, which
            # looks up each length at each line start of a long text)
            line_table = self._line_prefix.table()
            self._line_at = line_table
            every.append(r"[ \t]*(?:" + trie_regex(sorted(line_table)) + ")")
        return LineScan(
            recompiled(r"\n(?=" + "|".join(every) + ")", re.IGNORECASE) if every else None,
            recompiled(r"\n(?=" + "|".join(marked) + ")", re.IGNORECASE) if marked else None,
            looks)

    def _guards(self, keys: set[str]) -> dict[str, str]:
        """For the prefixes of ``keys`` whose patterns all say more about where a match
        starting with them can be, what the trie checks where it finds one (see
        :func:`lintnews.util.trie.trie_regex`): what comes right before a match
        (:attr:`Start.before`, for a one-word prefix: a sentence's or a line's opening
        words, "At Acme, we", "3 comments": found only after a stop, a line break or the few
        other marks its patterns name, not after every space), and white space after the
        prefix (:attr:`Start.spaced`: "be" of "be believed" is not found at "because"). A
        word list's form has neither: it is matched as a word of its own."""
        table, forms = self._alternatives, self._forms
        asked: set[str] = set()
        for alt in table:
            start = alt.start
            if start is not None and start.words is not None:
                if start.before is not None:
                    asked.update(w for w in start.words if " " not in w)
                asked.update(start.spaced)
        spaced_sets: dict[int, frozenset[str]] = {}
        guards: dict[str, str] = {}
        for key in asked:
            if key not in keys or key in forms:
                continue
            before: set[str] | None = set() if " " not in key else None
            spaced = True
            owners = self._prefix_at.get(key, ())  # (every pattern that starts with it)
            for i in owners:
                start = table[i].start
                if start is None:
                    before, spaced = None, False
                    break
                if before is not None:
                    if start.before is None or not all(map(_selective, start.before)) \
                            or not all(map(_read_before, start.before)):
                        before = None
                    else:
                        before.update(start.before)
                if spaced:
                    found = spaced_sets.get(i)
                    if found is None:
                        found = spaced_sets[i] = frozenset(start.spaced)
                    spaced = key in found
                if before is None and not spaced:
                    break
            guard = _guard(len(key), before) if before else ""
            if spaced and owners:
                guard += r"(?=\s)"
            if guard:
                guards[key] = guard
        return guards

    def _house_programs(self) -> list[tuple[int, int, HouseProgram]]:
        if self._house is None:
            from lintnews.matching.re2run import HouseProgram
            from lintnews.util.re2_syntax import exact
            from lintnews.util.regex_syntax import IGNORECASE, parse

            self._house = [
                (ri, first, HouseProgram(exact([parse(p, 0 if cs else IGNORECASE) for p in patterns], not cs)))
                for ri, first, patterns, cs in self._house_rules
            ]
        return self._house

    def compile_all(self) -> None:
        """Compile everything now (before forking workers, which then share it), each pattern
        whole."""
        for i in range(len(self._alternatives)):
            self._pattern(i)
        for ri, rule in enumerate(self.rules):
            if rule.exceptions:
                self._exceptions_of(ri).compile_all()
        self._scanners()
        self._house_programs()
        self._blank_prefixes()
        self._read = SHORT

    # -- scanning -----------------------------------------------------------------------------

    def candidates(self, text: str, case_changes: list[int] | None = None) -> dict[int, Winners]:
        """``{start: ((rule index, alternative index, end), ...)}``: the winning alternative of
        each category at each start. ``case_changes``: where a capital follows a lower-case
        letter in ``text``, when the caller has them (:attr:`Document.case_changes`, which the
        advertorial judge reads too): the long text is then not scanned for them again."""
        best: dict[int, Winners] = {}
        if not text:
            return best
        self._looked += len(text)
        if self._looked > _GATED and self._looked - len(text) <= _GATED:
            # (from now on patterns are compiled whole: the ones tried branch by branch so far
            # are too, where next tried, and no more of their branches are compiled)
            compiled = self._compiled
            for i in self._split:
                if not isinstance(compiled[i], re.Pattern):
                    compiled[i] = None
        if self._anywhere or self._inside_words or self._read + len(text) > SHORT:
            self._scan(text, best, case_changes)
        else:
            self._read += len(text)
            decide = self._decide
            for pos in self._word_positions(text, case_changes):
                found = decide(text, pos)
                if found is not None:
                    best[pos] = found
        self._after_stamps(text, best)
        if self._house_rules:
            self._merge_house(text, best)
        self._marks_seen = ("", [])  # (the text is not kept past its scan)
        self._line_found = ("", set())
        self._words_seen = ("", "", {})
        return best

    def _scan(self, text: str, best: dict[int, Winners], case_changes: list[int] | None = None) -> None:
        """Decide at every candidate position of a long text (see :meth:`_scanners`): those
        the trie regex finds, with the prefix it found there, then the others."""
        prefilter, programs, inside, lines, anywhere = self._scanners()
        decide = self._decide
        more: set[int] = set()
        # the line starts where a line-start pattern may match, found first: at those where no
        # pattern of unknown prefix may, _at_line tries none of them (each of them, in the line
        # scan's look-ahead, matches at the same line starts as itself)
        line_found = None
        if lines is not None:
            line_found, unknown = lines.scan(text)
            self._line_found = (text, unknown)
        # a pattern that may start at a line start, blanks before its prefix: where a candidate
        # follows the blanks a line starts with, that line start is a candidate too
        indented = _indented(text) if self._after_blanks else None
        if indented:
            for pos, key in prefilter.candidates(text):
                found = decide(text, pos, key)
                if found is not None:
                    best[pos] = found
                line = indented.get(pos)
                if line is not None:
                    more.add(line)
        else:
            for pos, key in prefilter.candidates(text):
                found = decide(text, pos, key)
                if found is not None:
                    best[pos] = found
        if programs:
            from lintnews.matching.re2run import Encoded, next_char

            enc = Encoded(text)
            data, n = enc.data, len(enc.data)
            for program in programs:
                pos = 0
                while pos < n:
                    spans = program.search(data, pos, n)
                    if spans is None:
                        break
                    more.add(enc.char(spans[0][0]))
                    pos = next_char(data, spans[0][0])
        if self._case:
            more.update(case_changes if case_changes is not None else
                        (m.start() for m in _CASE_CHANGE.finditer(text)))
        if inside is not None:
            more.update(m.start() for m in inside.finditer(fold(text)))
        if lines is not None or prefilter.guarded:
            # (the text's start is a line start: decided like the others; and a prefix's
            # guard has nothing before it to read there)
            more.add(0)
        if line_found is not None:
            more.update(line_found)
        if anywhere is not None:
            more.update(m.start() for m in anywhere.finditer(text))
        for pos in more:
            if pos not in best:
                found = decide(text, pos)
                if found is not None:
                    best[pos] = found

    def _after_stamps(self, text: str, best: dict[int, Winners]) -> None:
        """The built-in packs' calls to the reader where a live post's sentence follows the time
        stamp that opens its line (round 143: "14:55 Get breaking news alerts on the app.",
        "**09:12** - Sign up to our briefing"). Their shared sentence opening
        (:data:`SENTENCE_OPENING`) reads a line's start, a stop, a colon, a dash or a bar, never
        a bare stamp; so at each such post (:func:`lintnews.readers.plain.stamp_posts`, one pass
        over the text, most texts have none) the patterns that open with it are tried on the rest
        of the line, read as a line of its own, and a match is put back at the post's offset. Only
        they are: a lone label's pattern ("Sponsored", "Comments") stays at the line's start. The
        cost is paid on stamp-led lines only, none on any other pattern or position (round 142
        gave every pattern the stamp as one more opening: 6% of a whole run)."""
        from lintnews.readers.plain import stamp_posts

        posts = stamp_posts(text)
        if not posts:
            return
        opening = self._stamp_openers
        if opening is None:
            opening = self._stamp_openers = frozenset(
                i for i, alt in enumerate(self._alternatives) if alt.pattern.startswith(SENTENCE_OPENING))
        if not opening:
            return
        category, compiled = self._category, self._compiled
        for pos in posts:
            end = text.find("\n", pos)
            line = text[pos : end if end >= 0 else len(text)]
            key = self._key_at(line, 0)
            entry = self._keyed.get(key)
            # (the patterns by their prefix only: every pattern that opens with the sentence
            # opening has a known prefix, none is among the line-start patterns _at_line adds)
            alternatives = (entry if entry is not None else self._keyed_alternatives(key))[0]
            current = best.get(pos, ())
            won = {category[w[0]]: w for w in current}
            for i, ri, ai, ci in alternatives:
                rival = won.get(ci)
                if i not in opening or (rival is not None and rival[:2] < (ri, ai)):
                    continue  # (an earlier rule of its category already wins this start)
                pattern = compiled[i]
                if pattern is None:
                    pattern = self._first_use(i, line, 0)
                    if pattern is None:
                        continue
                m = pattern.match(line, 0)
                if m is not None and not self._stamp_cleared(i, line):
                    won[ci] = (ri, ai, pos + m.end())
            if any(w not in current for w in won.values()):
                best[pos] = tuple(sorted(won.values()))

    def _stamp_cleared(self, i: int, line: str) -> bool:
        """Does pattern ``i`` clear the post ``line`` when a time stamp leads it (fix50b)? A
        pattern may carry its own clearing for a live page's stamped entry, a look-behind for
        the stamp's digit and dash (round 106: "10:45 — Welcome to our live coverage ..." is the
        blog's writing, round 59's greeting alone is furniture). :meth:`_after_stamps` reads the
        post as a line of its own, where no look-behind sees the stamp; so the hit is tried once
        more after a written stamp and after a plain word, each with the dash the shared
        opening reads: a pattern that takes the post after the word but not after the stamp is
        cleared, whatever the stamp's own form ("10:30pm - ", "09:02 - "). A pattern without such
        a clearing (or without the dash among its openings) takes both or neither, and keeps its
        hit. Asked on a stamp-led hit only, the whole pattern (two matches), most texts none."""
        pattern = self._pattern(i)
        after_word = pattern.match(_WORD_LED + line, len(_WORD_LED)) is not None
        return after_word and pattern.match(_STAMP_LED + line, len(_STAMP_LED)) is None

    def _word_positions(self, text: str, case_changes: list[int] | None = None) -> set[int]:
        """Candidate positions of a short text: where each run of letters and digits starts,
        where a case changes inside one (when a pattern starts there), where a line starts
        (when a pattern may start with blanks or at a line start), and where a word-list
        form that begins with a mark (an apostrophe) could start."""
        found = {m.start() for m in _RUN.finditer(text)}
        if self._case:
            found.update(case_changes if case_changes is not None else
                         (m.start() for m in _CASE_CHANGE.finditer(text)))
        if self._after_blanks or self._at_line_start:
            found.add(0)
            at = text.find("\n")
            while at >= 0:
                found.add(at + 1)
                at = text.find("\n", at + 1)
            found.discard(len(text))
        for mark in self.terms.marks:
            at = text.find(mark)
            while at >= 0:
                found.add(at)
                at = text.find(mark, at + 1)
        return found

    def _keyed_alternatives(self, key: str) -> _Keyed:
        """The alternatives ``(index, rule, alternative, category)`` that can start where the text begins
        with ``key`` (normalised), in pack order, whether a word list's form may start there, and,
        when two or more of them say what must come before a match (:attr:`Start.before`: a
        sentence's or a line's start, a currency sign), one look-behind that holds where one of
        theirs does, with the alternatives to try where it does not (the others): a figure after
        a space is then one test, not one failed match for each pattern that wants a stop
        or a pound sign before it."""
        found = self._keyed.get(key)
        if found is None:
            by_prefix, forms = self._prefix_at, self._forms
            chosen: set[int] = set(self._anywhere)
            words = False
            for k in self._lengths:
                if k > len(key):
                    break
                part = key[:k]
                chosen.update(by_prefix.get(part, ()))
                words = words or part in forms
            if len(self._keyed) > 50_000:
                self._keyed.clear()
            quads = self._quads
            alternatives = tuple(quads[i] for i in sorted(chosen))
            guarded = {i for i in chosen if self._guarded(i)}
            guard = None
            unguarded = alternatives
            if len(guarded) > 1:
                guard = self._before_guard(frozenset(b for i in guarded for b in self._alternatives[i].start.before))  # type: ignore[union-attr]
                unguarded = tuple(q for q in alternatives if q[0] not in guarded)
            found = self._keyed[key] = (alternatives, words, guard, unguarded)
        return found

    def _guarded(self, i: int) -> bool:
        """Does a pattern say what comes before each of its matches, selectively enough to test
        first (not "a space", which comes before most words)?"""
        start = self._alternatives[i].start
        return start is not None and start.before is not None and all(map(_selective, start.before))

    def _before_guard(self, lookbehinds: frozenset[str]) -> re.Pattern[str]:
        """One look-behind that holds where one of ``lookbehinds`` holds (compiled once a set;
        case-blind: a superset of what a case-sensitive pattern's would say)."""
        found = self._before_guards.get(lookbehinds)
        if found is None:
            found = self._before_guards[lookbehinds] = recompiled("|".join(sorted(lookbehinds)), re.IGNORECASE)
        return found

    def _key_at(self, text: str, pos: int) -> str:
        """The text at ``pos`` as prefixes are written: folded, white space as one space."""
        key = normalise(text[pos : pos + self._longest], True)
        if DOUBLE_SPACE in key:
            key = collapsed(text, pos, self._longest, True)[0]
        return key

    def _at_line(self, text: str, pos: int, alternatives: tuple) -> tuple:
        """``alternatives`` and those that may start at this line start: the line-start
        patterns whose prefix the line begins with (after its blanks, for those that allow
        blanks), those whose prefix is unknown, and the others that allow blanks before
        their prefix."""
        scanned, unknown = self._line_found
        if pos and scanned is text and pos not in unknown:
            # (a long text's line start where the line scan found no match of them: none of the
            # patterns of unknown prefix matches here, see _scan and LineScan.scan)
            chosen: set[int] = set()
        else:
            chosen = set(self._line_any)
            if self._line_marks:
                seen, cutoffs = self._marks_seen
                if seen is not text:
                    cutoffs = self._mark_cutoffs(text)
                    self._marks_seen = (text, cutoffs)
                for i, cutoff in cutoffs:
                    if cutoff < pos:
                        chosen.discard(i)  # (no match from here: a mark it needs is not in the text)
        after = pos
        if text[pos : pos + 1] in (" ", "\t"):
            after = _BLANKS.match(text, pos).end()  # type: ignore[union-attr]
        key = None
        if self._line_prefix:
            key = self._key_at(text, after)
            by_prefix = self._line_at if after == pos else self._blank_prefixes()
            n = len(key)
            for k in self._line_lengths:
                if k > n:
                    break
                found = by_prefix.get(key[:k])
                if found is not None:
                    chosen.update(found)
        quads = self._quads
        extra = [quads[i] for i in chosen]
        if self._after_blanks and after != pos:
            if key is None:
                key = self._key_at(text, after)
            extra.extend(a for a in self._keyed_alternatives(key)[0] if a[0] in self._after_blanks)
        return tuple(sorted({*alternatives, *extra})) if extra else alternatives

    def _blank_prefixes(self) -> Mapping[str, Sequence[int]]:
        """The line-start patterns by prefix, of those that allow blanks before their prefix
        (see :meth:`_at_line`), made on first use."""
        found = self._line_blanks
        if found is None:
            table = self._alternatives
            # (the long-text scan's dict of them, when it is built: not unpacked again)
            pairs = self._line_at.items() if isinstance(self._line_at, dict) else self._line_prefix.items()
            found = self._line_blanks = {
                k: kept for k, v in pairs
                if (kept := tuple(i for i in v if table[i].start.after_blanks))}  # type: ignore[union-attr]
        return found

    def _mark_cutoffs(self, text: str) -> list[tuple[int, int]]:
        """For each pattern of ``_line_marks``, the last position at which the text from there
        on still holds a mark of each set it needs (-1: none): past it, no match can start."""
        last: dict[str, int] = {}
        return [(i, min(max((_last_place(last, text, c) for c in marks), default=-1) for marks in needs))
                for i, needs in self._line_marks.items()]

    def _decide(self, text: str, pos: int, key: str | None = None) -> Winners | None:
        """For each category, the first of its alternatives in pack order that matches at
        ``pos``: ((rule, alternative, end), ...) in pack order, or None.
        (``key``: the prefix the trie found there, normalised, when it did.)"""
        if key is None:
            key = self._key_at(text, pos)
        entry = self._keyed.get(key)
        alternatives, words_here, guard, unguarded = entry if entry is not None else self._keyed_alternatives(key)
        if guard is not None and pos and guard.match(text, pos) is None:
            alternatives = unguarded  # (no pattern that says what comes before its matches can match here)
        if self._line_starts and (pos == 0 or text[pos - 1] == "\n"):
            alternatives = self._at_line(text, pos, alternatives)
        words = self.terms.matches(text, pos) if words_here else ()
        if not alternatives:
            if not words:
                return None
            if len(words) == 1:
                return ((words[0][0], 0, words[0][1]),)
        category = self._category
        won: dict[int, tuple[int, int, int]] = {}  # category -> its winner here
        for ri, end in words:  # (in rule order: a category's first word list wins among words)
            won.setdefault(category[ri], (ri, 0, end))
        compiled = self._compiled
        for i, ri, ai, ci in alternatives:
            current = won.get(ci)
            if current is not None and current[:2] < (ri, ai):
                continue  # an earlier rule of this category (its words, or a pattern) wins here
            pattern = compiled[i]
            if pattern is None:
                pattern = self._first_use(i, text, pos)
                if pattern is None:
                    continue  # (the text from here holds no match of it)
            m = pattern.match(text, pos)
            if m is not None:
                won[ci] = (ri, ai, m.end())
        if not won:
            return None
        return tuple(sorted(won.values())) if len(won) > 1 else tuple(won.values())

    def _merge_house(self, text: str, best: dict[int, Winners]) -> None:
        """House patterns: each rule's hits (RE2), merged by the same rule as the others (the
        first rule of a category in pack order wins a start)."""
        from lintnews.matching.re2run import Encoded

        enc = Encoded(text)
        category = self._category
        for ri, first, program in self._house_programs():
            ci = category[ri]
            for bs, be in program.spans(enc.data):
                s = enc.char(bs)
                hit = (ri, first, enc.char(be))
                current = best.get(s)
                if current is None:
                    best[s] = (hit,)
                    continue
                rival = next((w for w in current if category[w[0]] == ci), None)
                if rival is None:
                    best[s] = tuple(sorted((*current, hit)))
                elif (ri, first) < rival[:2]:
                    best[s] = tuple(sorted(hit if w is rival else w for w in current))

    def scan(self, text: str, case_changes: list[int] | None = None) -> dict[str, list[Hit]]:
        """All hits in ``text``, grouped by rule id, in text order (before exceptions)."""
        hits: dict[str, list[Hit]] = defaultdict(list)
        rules = self.rules
        for start, winners in sorted(self.candidates(text, case_changes).items()):
            for ri, _ai, end in winners:
                rule = rules[ri]
                same = hits.get(rule.id)
                if same and start < same[-1].end:
                    continue  # overlaps the rule's previous hit ("is believed to" / "believed to have")
                term = None
                if rule.by_form:
                    key = text[start:end]
                    if not key.isalpha():  # (a single plain word, most hits, needs no folding)
                        key = " ".join(key.split()).replace("’", "'")
                    term = rule.by_form.get(key if rule.case_sensitive else key.lower())
                hits[rule.id].append(Hit(start, end, term))
        return hits

    def hits(self, doc: Document) -> dict[str, list[Hit]]:
        """The hits in a document that count: :meth:`scan`, less those overlapping one of
        their rule's exceptions in the same sentence."""
        text = doc.text
        found = self.scan(text, doc.case_changes if self._case else None)
        for rule_id, rule_hits in found.items():
            ri = self._index[rule_id]
            rule = self.rules[ri]
            if not rule.exceptions:
                continue
            exceptions = self._exceptions_of(ri)
            kept = []
            for hit in rule_hits:
                near = exceptions.near(text, hit.start, hit.end)
                if near is None or near:  # (most hits: no exception near, no sentence needed)
                    s = doc.sentence_at(hit.start)
                    lo, hi = (s.start, s.end) if s else (0, len(text))
                    if exceptions.overlaps(text, hit.start, hit.end, lo, hi, near):
                        continue
                kept.append(hit)
            found[rule_id] = kept
        return {k: v for k, v in found.items() if v}


def _true(needs: str | tuple, folded: str, last: dict[str, int], pos: int) -> bool:
    """A formula of :func:`lintnews.util.regex_words.required_words` of a folded text from
    ``pos`` on (``last``: each word's last place in the text, -1 when absent, as found so far)."""
    if isinstance(needs, str):
        at = last.get(needs)
        if at is None:
            if needs == DIGIT:  # (any decimal digit: a price, a date, a count)
                m = _LAST_DIGIT.search(folded)
                at = last[needs] = m.start() if m else -1
            else:
                at = last[needs] = folded.rfind(needs)
        return at >= pos
    if needs[0] == "&":
        return all(_true(f, folded, last, pos) for f in needs[1:])
    return any(_true(f, folded, last, pos) for f in needs[1:])


_DIGIT = re.compile(r"\d")


def _within(needs: str | tuple, folded: str, pos: int, end: int) -> bool:
    """A formula of :func:`lintnews.util.regex_words.required_words` of ``folded[pos:end]``
    (each word wholly inside it)."""
    if isinstance(needs, str):
        if needs == DIGIT:
            return _DIGIT.search(folded, pos, end) is not None
        return folded.find(needs, pos, end) >= 0
    if needs[0] == "&":
        return all(_within(f, folded, pos, end) for f in needs[1:])
    return any(_within(f, folded, pos, end) for f in needs[1:])


def _selective(lookbehind: str) -> bool:
    """Does a look-behind of :attr:`Start.before` leave out most word starts (not one
    character alone that may be a space: "(?<=[ ])" holds before most words)? A word before
    (``(?<=\\bsome\\s)``) does."""
    if _WORD_BEFORE.fullmatch(lookbehind) is not None:
        return True
    return lookbehind.count("[") > 1 or lookbehind.startswith("(?<=\\n") or (
        " " not in lookbehind and "\\s" not in lookbehind)


def _read_before(lookbehind: str) -> bool:
    """Does the prefilter read what a look-behind of :attr:`Start.before` looks at, at the
    start of each window of text it folds (:data:`lintnews.matching.prefilter.CONTEXT`
    characters before it)? A word before a match reads the word, the blank after it and the
    character before it (its ``\\b``); one or two marks always fit."""
    from lintnews.matching.prefilter import CONTEXT

    word = _WORD_BEFORE.fullmatch(lookbehind)
    return word is None or len(word.group(1)) + 2 <= CONTEXT


_ONE_CHAR = re.compile(r"\(\?<=(\[(?:[^\]\\]|\\.)*\]|\\n)\)")
_TWO_CHARS = re.compile(r"\(\?<=(\[(?:[^\]\\]|\\.)*\])(\[(?:[^\]\\]|\\.)*\])\)")
# a word before a match, as lintnews.util.regex_words writes it: "(?<=\bsome\s)"
_WORD_BEFORE = re.compile(r"\(\?<=\\b([a-z]+)\\s\)")


def _guard(width: int, lookbehinds: set[str]) -> str:
    """One look-behind, at the end of a prefix of ``width`` characters, that holds where one
    of ``lookbehinds`` holds at its start (their classes merged: a superset, in two
    look-behinds at most)."""
    one: set[str] = set()
    first: set[str] = set()
    second: set[str] = set()
    words: set[str] = set()
    for b in lookbehinds:
        word = _WORD_BEFORE.fullmatch(b)
        if word is not None:
            words.add(word.group(1))
            continue
        m = _ONE_CHAR.fullmatch(b)
        if m is not None:
            one.update(_members(m.group(1)))
            continue
        m = _TWO_CHARS.fullmatch(b)
        if m is None:  # (not written by regex_words: left as it is, before the prefix)
            raise ValueError(f"unexpected look-behind {b!r}")
        first.update(_members(m.group(1)))
        second.update(_members(m.group(2)))
    dots = "." * width  # (a prefix's characters: letters, digits, apostrophes, hyphens)
    parts = []
    if one:
        parts.append(f"(?<={_class(one)}{dots})")
    if second:
        parts.append(f"(?<={_class(first)}{_class(second)}{dots})")
    parts += [f"(?<=\\b{word}\\s{dots})" for word in sorted(words)]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


_UNESCAPE = {"\\n": "\n", "\\t": "\t", "\\r": "\r"}


def _members(cls: str) -> list[str]:
    """The characters of a class written by regex_words ("[!.?]", "[\\n\\t ]", "\\n")."""
    body = cls[1:-1] if cls.startswith("[") else cls
    return [_UNESCAPE.get(c, c[-1]) for c in re.findall(r"\\.|.", body, re.DOTALL)]


def _before_chars(lookbehinds: tuple[str, ...] | None) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """The look-behinds of :attr:`Start.before` as the characters each of their classes
    holds, in order (``None``: no look-behinds, or one not written by regex_words, or one
    whose class holds a letter, which a case-blind pattern would match in either case: the
    caller then tries the pattern)."""
    if not lookbehinds:
        return None
    found = []
    for b in lookbehinds:
        m = _ONE_CHAR.fullmatch(b) or _TWO_CHARS.fullmatch(b)
        if m is None:
            return None
        chars = tuple(frozenset(_members(cls)) for cls in m.groups())
        if any(c.isalpha() for part in chars for c in part):
            return None
        found.append(chars)
    return tuple(found)


# Characters that often come before a word and that a guard's class leaves out when it
# is written as "not ..." (see _class).
_COMMON_BEFORE = " \t,;)'-/"


def _class(members: set[str]) -> str:
    """A class of ``members``, or of more: one with a character beyond ASCII (a curly
    quotation mark, a bullet) is written as "no letter, digit or common mark", which Python
    compiles without building a table for it (a hundred such tables cost 50 ms)."""
    if all(c.isascii() for c in members):
        return "[" + "".join(_IN_CLASS.get(c, c) for c in sorted(members)) + "]"
    left_out = sorted(set(_COMMON_BEFORE) - members)
    return "[^\\w" + "".join(_IN_CLASS.get(c, c) for c in left_out) + "]"


_IN_CLASS = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\\": "\\\\", "]": "\\]", "[": "\\[", "^": "\\^",
             "-": "\\-"}


def _last_place(last: dict[str, int], text: str, mark: str) -> int:
    """Where ``mark`` last is in ``text`` (-1: nowhere), remembered in ``last``."""
    found = last.get(mark)
    if found is None:
        found = last[mark] = text.rfind(mark)
    return found


class _Prefixes:
    """Which alternatives can start with a prefix (``{prefix: [alternative, ...]}`` read-only):
    the prefixes of the built-in patterns, indexed when lintnews was built (the plan,
    :func:`lintnews.packs.plan.planned_prefixes`: some 19,000 prefixes in a few hundred
    packed chunks by their first two characters, of which a one-line check unpacks the few
    its words lead to), read for this run's alternatives, and the other patterns'."""

    def __init__(self, chunks: dict[str, tuple[str, tuple[tuple[int, ...], ...]]],
                 slots: dict[int, list[int]], others: dict[str, list[int]]) -> None:
        self._chunks = chunks  # first two characters -> (packed prefixes, their planned patterns)
        self._open: dict[str, dict[str, tuple[int, ...]]] = {}  # ... those unpacked so far
        self._slots = slots  # planned pattern -> its alternatives in this run
        self._others = others  # prefix -> alternatives of patterns the plan does not have

    def _chunk(self, head: str) -> dict[str, tuple[int, ...]]:
        found = self._open.get(head)
        if found is None:
            packed = self._chunks.get(head)
            found = self._open[head] = {} if packed is None else dict(zip(unpack(packed[0]), packed[1], strict=True))
        return found

    def _patterns(self, prefix: str) -> tuple[int, ...]:
        found = self._open.get(prefix[:2])
        if found is None:
            found = self._chunk(prefix[:2])
        return found.get(prefix, ())

    def __bool__(self) -> bool:
        """Has this run any pattern here?"""
        return bool(self._slots or self._others)

    def get(self, prefix: str, default: list[int] | tuple = ()) -> list[int] | tuple:
        found = [i for j in self._patterns(prefix) for i in self._slots.get(j, ())]
        found.extend(self._others.get(prefix, ()))
        return found or default

    def items(self) -> list[tuple[str, list[int]]]:
        """Every prefix with its alternatives (those with none left out)."""
        found: dict[str, list[int]] = defaultdict(list)
        for head in sorted(self._chunks):
            for prefix, patterns in self._chunk(head).items():
                for j in patterns:
                    found[prefix].extend(self._slots.get(j, ()))
        for prefix, alternatives in self._others.items():
            found[prefix].extend(alternatives)
        return [(k, v) for k, v in found.items() if v]

    def table(self) -> dict[str, tuple[int, ...]]:
        """:meth:`items` as one dict, for a long text (which looks up some forty lengths at
        each new key and each line start); the chunks unpacked for it are not kept (the dict
        holds what they say)."""
        found: dict[str, list[int]] = defaultdict(list)
        slots = self._slots
        for head, (packed, patterns) in sorted(self._chunks.items()):
            opened = self._open.get(head)
            pairs = opened.items() if opened is not None else zip(unpack(packed), patterns, strict=True)
            for prefix, numbers in pairs:
                for j in numbers:
                    found[prefix].extend(slots.get(j, ()))
        for prefix, alternatives in self._others.items():
            found[prefix].extend(alternatives)
        # (one tuple for each distinct list: most prefixes lead to one pattern, the same for
        # hundreds of them; a tuple each was 1.9 MB)
        shared: dict[tuple[int, ...], tuple[int, ...]] = {}
        return {k: shared.setdefault(t, t) for k, v in found.items() if v for t in [tuple(v)]}


_INDENT = re.compile(r"\n[ \t]+")


def _indented(text: str) -> dict[int, int]:
    """``{position: line start}`` for every position just after one or more of the blanks
    (spaces, tabs) a line starts with: one regex pass, instead of looking back from each
    candidate (most follow a space)."""
    found: dict[int, int] = {}
    first = _BLANKS.match(text).end()  # type: ignore[union-attr]
    for s, e in [(0, first)] if first else []:
        found.update(dict.fromkeys(range(s + 1, e + 1), s))
    for m in _INDENT.finditer(text):
        s = m.start() + 1
        found.update(dict.fromkeys(range(s + 1, m.end() + 1), s))
    return found


def _start(pattern: str, case_sensitive: bool) -> Start | None:
    """Where a built-in pattern's matches start: from the shipped plan, else worked out."""
    from lintnews.packs.plan import start_of

    start = start_of(pattern, case_sensitive, packed=True)
    return None if start is None else Start.from_data(start)
