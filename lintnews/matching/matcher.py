"""One compiled matcher for every word-list and pattern rule of a run.

All pack rules (built-in, house packs, plugins' packs) are compiled together,
once per process, and the text is scanned **once**; each hit is dispatched to
its rule. Rules never re-scan the text.

Semantics (those of a single look-ahead regex with one named group per rule,
tried at every position): hits of different rules may overlap ("it has been
claimed" for one rule, "claimed" for another); at one start position the first
rule in pack order that matches wins, and within a rule its first alternative
(the word list, then the patterns in order) decides where the hit ends; a hit
overlapping the same rule's previous hit is dropped.

Why it is fast: Python's ``re`` has no multi-pattern search, so a combined
look-ahead tries every alternative at every character (about 1 MB/s). Instead,
each alternative is analysed (with the regex parser) for the literal words it
must start with ("is widely believed", "sources close", "terrifying"). Those
prefixes are folded into one trie regex, anchored at word starts, which finds
the few candidate positions at C speed; only there are the alternatives that
can start with the matched words tried, with ``pattern.match(text, pos)``.
Alternatives with no literal start (``^\\s*comments$``) keep the look-ahead scan,
in a separate regex holding only them.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lintnews.document.document import CASE_CHANGE
from lintnews.packs.model import Hit, PackRule, exception_gate
from lintnews.packs.model import code_stamp as packs_stamp
from lintnews.util import cache
from lintnews.util.regex_analysis import (
    MARKS,
    SPACE,
    analyse,
    case_tables,
    guard_kinds,
    lookbehind_chars,
    prefix_key,
    starts_at_line_start,
)
from lintnews.util.trie import trie_regex

_WORD_START = r"(?<![\w'’-])"
_WORD_END = r"(?![\w-])"
_WINDOW = 1 << 18  # characters lower-cased and scanned at a time (two copies of it are in memory)

# Initial letters of English words, most frequent first.
_INITIALS = "tasowcbphfmidrelngu"



_PLAN_VERSION = "13"


_NONWORD_CLASS: str | None = None


def _nonword_class() -> str:
    """``\\W`` written out as a character class: every non-word character of the Basic
    Multilingual Plane, and (a superset: the hits are checked by their own patterns) every
    character beyond it.

    The prefilter's scan skips to the next character of its first class at C speed; for
    ``\\W`` that is a Unicode category look-up per character, for a class of ranges a bitmap
    look-up, and the scan of a long text takes a quarter less time. (Built with the plan,
    which keeps the text: listing the plane takes a hundredth of a second.)"""
    global _NONWORD_CLASS
    if _NONWORD_CLASS is None:
        ranges: list[tuple[int, int]] = []
        start = None
        for c in range(0x10000):
            ch = chr(c)
            if ch.isalnum() or ch == "_":  # (exactly re's \w for str patterns)
                if start is not None:
                    ranges.append((start, c - 1))
                    start = None
            elif start is None:
                start = c
        if start is not None:
            ranges.append((start, 0xFFFF))

        def esc(c: int) -> str:
            return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"

        _NONWORD_CLASS = "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in ranges)
        _NONWORD_CLASS += "\\U00010000-\\U0010ffff"
    return _NONWORD_CLASS


def _prefilter_source(trie: str, trie_after: str | None = None, after_marks: str = "") -> str:
    """Group 1: a prefix after a non-word character; group 2: one of the prefixes that only
    count after one of ``after_marks`` (see :func:`lookbehind_chars`).

    The non-word character comes first and alone (the marks are non-word characters too),
    so the engine can skip to each at C speed; with two alternatives at the top it would
    try a match at every position. (``(?-i:...)``: the class needs no case folding.)"""
    head = "(?-i:[" + _nonword_class() + "])"
    if trie_after:
        return f"{head}(?:(?=({trie}))|(?<=[{re.escape(after_marks)}])(?=({trie_after})))"
    return f"{head}(?=({trie}))"



def _code_stamp() -> str:
    """The stamp of the code a plan is built by (this module, the prefix analysis and the
    trie): a changed analysis never reuses an old plan."""
    from lintnews.util import regex_analysis, trie

    return ":".join(cache.code_stamp(f) for f in (__file__, regex_analysis.__file__, trie.__file__))


def _rule_words(rule: PackRule) -> list[str]:
    """A rule's word-list forms as the matcher folds them: longest first, lower-cased unless
    the rule is case-sensitive (the plan's cache key and its trie use the same list)."""
    forms = sorted({f for t in rule.terms for f in t.forms}, key=lambda f: (-len(f), f))
    return [f if rule.case_sensitive else f.lower() for f in forms]


def _plan(rules: list[PackRule]) -> dict:
    """Everything the matcher derives from the rules, as plain data (cached on disk by content)."""
    sources: list[list[str]] = []
    for rule in rules:
        sources.append([repr(rule.case_sensitive), "\x1f".join(_rule_words(rule)), *rule.patterns,
                        "\x1e", *(f"{e.flags}:{e.pattern}" for e in rule.exceptions)])
    ident = cache.identity(_PLAN_VERSION, _code_stamp(), packs_stamp(), repr(sources))
    name = "matcher-" + cache.key(ident)
    plan = cache.load(name)
    if isinstance(plan, dict) and plan.get("identity") == ident:
        return plan
    plan = _build_plan(rules)
    plan["identity"] = ident
    cache.save(name, plan)
    return plan


def _build_plan(rules: list[PackRule]) -> dict:
    bodies: list[tuple[int, int, str]] = []
    by_prefix: dict[str, list[tuple[int, int]]] = defaultdict(list)
    fallback: list[str] = []
    line_start: list[str] = []
    fallback_ids: list[tuple[int, int]] = []
    case_ids: list[tuple[int, int]] = []  # may also start at a case change inside a word
    blank_ids: list[tuple[int, int]] = []  # may start at a line start, blanks before the words
    after_sets: dict[str, set[str | None]] = defaultdict(set)  # see lookbehind_chars
    for ri, rule in enumerate(rules):
        sources = []
        words = _rule_words(rule)
        if words:
            sources.append(_WORD_START + trie_regex(words) + _WORD_END)
        sources.extend(rule.patterns)
        for ai, src in enumerate(sources):
            body = f"(?-i:{src})" if rule.case_sensitive else f"(?:{src})"
            prefixes = analyse(body)
            if prefixes is None:
                fallback_ids.append((ri, ai))
                group = f"(?P<a{ri}_{ai}>{body})"
                (line_start if starts_at_line_start(body) else fallback).append(group)
                continue
            bodies.append((ri, ai, body))
            kinds = guard_kinds(body)
            if "case" in kinds:
                case_ids.append((ri, ai))
            if "blanks" in kinds:
                blank_ids.append((ri, ai))
            after = lookbehind_chars(body)
            for p in prefixes:
                if not p.isascii():
                    p = p.translate(case_tables()[1])
                by_prefix[p].append((ri, ai))
                after_sets[p].add(after)
    # Prefixes whose every alternative looks behind for one of a few marks ("$50 off" after
    # (?<=[$£€])) get a trie of their own, tried only after those marks: otherwise every
    # number in the text would be a candidate.
    marks = {a for sets in after_sets.values() for a in sets if a is not None}
    after_keys = (
        sorted(p for p, sets in after_sets.items() if sets == marks) if len(marks) == 1 else []
    )
    plain_keys = sorted(set(by_prefix) - set(after_keys))
    if not plain_keys:
        plain_keys, after_keys = sorted(by_prefix), []
    trie = trie_regex(plain_keys, _INITIALS) if plain_keys else None
    trie_after = trie_regex(after_keys) if after_keys else None
    after_marks = next(iter(marks)) if after_keys else ""
    # each rule's exception gates (see PackRule.excepted), with their engine code: building
    # them (a prefix analysis of every exception) was a fifth of linting a long article
    gates = []
    for ri, rule in enumerate(rules):
        if rule.exceptions:
            gate, lower, owners = exception_gate(rule.exceptions, rule.case_sensitive)
            built = [
                None if g is None else (g.pattern, cache.regex_code(g.pattern, g.flags), int(g.flags))
                for g in (gate, lower)
            ]
            gates.append((ri, (*built, owners)))
    prefilter = _prefilter_source(trie, trie_after, after_marks) if trie else ""
    scans = [
        (source, cache.regex_code(source, re.IGNORECASE), int(re.IGNORECASE))
        for source in (
            r"(?=" + "|".join(fallback) + ")",
            r"\n(?=" + "|".join(line_start) + ")",
            r"\A(?=" + "|".join(line_start) + ")",
        )
    ]
    return {
        "version": _PLAN_VERSION,
        "bodies": bodies,
        "by_prefix": dict(by_prefix),
        "fallback": fallback,
        "line_start": line_start,
        "fallback_ids": fallback_ids,
        "case_ids": case_ids,
        "blank_ids": blank_ids,
        "trie": trie,
        "stop_marks": _stop_marks(by_prefix),
        "gates": gates,
        # the look-ahead scans for alternatives with no literal start: (source, code, flags)
        "scans": scans,
        "trie_after": trie_after,
        "after_marks": after_marks,
        # the prefilter's text (with a long character class, see _nonword_class) and its
        # engine code for lower-cased scans (the case-folding one is compiled when needed:
        # rarely, and a sixth of a second)
        "prefilter": prefilter,
        "code": cache.regex_code(prefilter, 0) if trie else None,
        # each alternative's engine code too: compiled on first use from these, not from source
        "body_code": [(ri, ai, cache.regex_code(body, re.IGNORECASE)) for ri, ai, body in bodies],
    }



def _stop_marks(prefixes: dict[str, object]) -> str:
    """The marks prefixes hold besides letters, digits, white space, hyphens and apostrophes
    ("$", "%", ".", ":" in "u.s.", "50% off"); computed with the plan, which keeps them."""
    return "".join(sorted({c for p in prefixes for c in p if not (c.isalnum() or c.isspace() or c in "'-")}))


def _stopper(marks: str) -> re.Pattern[str]:
    """A character no prefix holds (see :func:`_stop_marks`)."""
    return re.compile(r"[^\w\s'’\-‐‑" + re.escape(marks) + "]")


class Matcher:
    """Compiled once per process for a set of pack rules; :meth:`scan` finds all hits.

    Only the prefilter is compiled up front; an alternative is compiled the first
    time the prefilter finds its prefix, so a one-line check does not pay for
    compiling every pattern of every pack.
    """

    def __init__(self, rules: list[PackRule]) -> None:
        self.rules = rules
        plan = _plan(rules)
        # every alternative of every rule: the word list is alternative 0 of its rule,
        # the patterns follow in order; (rule index, alternative index) orders them
        self._bodies: dict[tuple[int, int], str] = {(ri, ai): body for ri, ai, body in plan["bodies"]}
        self._compiled: dict[tuple[int, int], re.Pattern[str]] = {}
        self._body_code: dict[tuple[int, int], tuple | None] = {
            (ri, ai): code for ri, ai, code in plan.get("body_code", ())
        }
        # (marshal keeps the plan's tuples: used as loaded)
        self._by_prefix: dict[str, list[tuple[int, int]]] = plan["by_prefix"]
        self._fallback_groups: dict[str, tuple[int, int]] = {
            f"a{ri}_{ai}": (ri, ai) for ri, ai in plan["fallback_ids"]
        }
        self._case_ids = {tuple(x) for x in plan.get("case_ids", ())}
        # does a scan look at case changes (the engine then passes the document's)?
        self.wants_case_changes = bool(self._case_ids)
        self._blank_ids = {tuple(x) for x in plan.get("blank_ids", ())}
        fallback, line_start = plan["fallback"], plan["line_start"]
        self._dispatch: dict[str, list[tuple[int, int, re.Pattern[str]]]] = {}
        # the same by the text the prefilter matched, in lower-cased and in case-folding scans
        self._tries_lower: dict[str, list[tuple[int, int, re.Pattern[str], bool]]] = {}
        self._tries_folding: dict[str, list[tuple[int, int, re.Pattern[str], bool]]] = {}
        # "[non-word](?=...)": the engine skips to the next non-word character at C speed
        # (a charset prefix) and tries the trie only after it, i.e. at word starts
        self._trie: str | None = plan["trie"]
        self._prefilter_source: str = plan["prefilter"]
        self._lower_prefilter = (
            cache.compile_code(self._prefilter_source, plan["code"], 0) if self._trie else None
        )
        self._folding_prefilter: re.Pattern[str] | None = None
        self._stop = _stopper(plan["stop_marks"])
        for ri, built in plan["gates"]:
            rules[ri].stored_gates = built
        scans = plan["scans"]
        self.fallback = cache.compile_code(*scans[0]) if fallback else None
        # alternatives that start with a multi-line '^' are tried only after each line
        # break of the text (and at its start): the engine finds a literal "\n" fast
        self.line_start = cache.compile_code(*scans[1]) if line_start else None
        self._line_start_first = cache.compile_code(*scans[2]) if line_start else None

    @property
    def prefilter(self) -> re.Pattern[str] | None:
        """The prefilter for texts that must be scanned case-insensitively (compiled when needed)."""
        if self._folding_prefilter is None and self._trie:
            self._folding_prefilter = re.compile(self._prefilter_source, re.IGNORECASE)
        return self._folding_prefilter

    def _alternatives(self, key: str) -> list[tuple[int, int, re.Pattern[str]]]:
        """Alternatives whose prefix starts ``key`` (the longest prefix found at a position)."""
        found = self._dispatch.get(key)
        if found is None:
            by_prefix = self._by_prefix
            ids: set[tuple[int, int]] = set()
            for k in range(1, len(key) + 1):
                ids.update(by_prefix.get(key[:k], ()))
            found = [(ri, ai, self._pattern(ri, ai)) for ri, ai in sorted(ids)]
            self._dispatch[key] = found
        return found

    def compile_all(self) -> None:
        """Compile every alternative now (before forking workers, which then share them)."""
        for ri, ai in self._bodies:
            self._pattern(ri, ai)

    def _pattern(self, ri: int, ai: int) -> re.Pattern[str]:
        compiled = self._compiled.get((ri, ai))
        if compiled is None:
            compiled = self._compiled[(ri, ai)] = cache.compile_code(
                self._bodies[(ri, ai)], self._body_code.get((ri, ai)), re.IGNORECASE
            )
        return compiled

    def _scan_window(self, text: str, lo: int, hi: int, best: dict[int, tuple[int, int, int]]) -> None:
        """Prefilter hits at word starts in ``text[lo:hi]``, each tried against its alternatives."""
        start = lo - 1  # the character before the window: a word start at ``lo`` counts
        # end the window just after a character past ``hi`` that no prefix holds (a
        # bracket, a quotation mark): none that starts in the window runs past it
        stop = self._stop.search(text, hi) if hi < len(text) else None
        end = stop.end() if stop else len(text)
        window = text[start:end] if lo else " " + text[:end]  # (the text's first word counts too)
        lowered = window.lower()
        odd_case = case_tables()[0]
        folding = len(lowered) != len(window) or odd_case.search(lowered) is not None
        if not folding:
            # same offsets and no letter that re.IGNORECASE folds differently from
            # str.lower(): scan the lower-cased text case-sensitively, which is faster
            scanned, prefilter = lowered, self._lower_prefilter
        else:
            scanned, prefilter = window, self.prefilter
        del lowered
        # prefilter texts seen before map straight to their alternatives: most candidates
        # are a few hundred frequent words, so the key is normalised once per spelling
        tries = self._tries_folding if folding else self._tries_lower
        limit = hi - start
        for m in prefilter.finditer(scanned):  # type: ignore[union-attr]
            at = m.end()  # (the prefix starts after the one non-word character matched)
            if at >= limit:
                break
            raw = m.group(1)
            if raw is None:  # (a prefix that counts only after a mark: group 2)
                raw = m.group(2)
            found = tries.get(raw)
            if found is None:
                found = tries[raw] = self._tries(raw, folding)
            pos = start + at
            for ri, ai, rx, blanks in found:
                hit = rx.match(text, pos)
                if hit is not None:
                    best[pos] = (ri, ai, hit.end())
                    break
                if blanks and text[pos - 1 : pos] in (" ", "\t"):
                    # "^[ \t]*words": the match starts at the line start, before the blanks
                    s = pos - 1
                    while s > 0 and text[s - 1] in " \t":
                        s -= 1
                    hit = rx.match(text, s)
                    if hit is not None:
                        best.setdefault(s, (ri, ai, hit.end()))
                        break

    def _tries(self, raw: str, folding: bool) -> list[tuple[int, int, re.Pattern[str], bool]]:
        """What to try where the prefilter matched ``raw``: each alternative, and whether it
        may also start at the line start before blanks (see :func:`_guard_kind`)."""
        key = prefix_key(raw, folding)
        blank_ids = self._blank_ids
        return [(ri, ai, rx, (ri, ai) in blank_ids) for ri, ai, rx in self._alternatives(key)]

    def _scan_case_changes(self, text: str, best: dict[int, tuple[int, int, int]],
                           case_changes: list[int] | None) -> None:
        """Alternatives that may start where a scraper glued two texts ("differenceYour support")."""
        # the lower-case prefilter finds the longest prefix at the capital: it expects a
        # non-word character first, so one is put in front of the (lower-cased) head
        prefilter = self._lower_prefilter
        case_ids = self._case_ids
        if case_changes is None:
            case_changes = [m.start() for m in CASE_CHANGE.finditer(text)]
        for pos in case_changes:
            if pos in best:
                continue
            k = prefilter.match(" " + text[pos : pos + 80].lower())  # type: ignore[union-attr]
            if k is None:
                continue
            key = SPACE.sub(" ", k.group(1)).translate(MARKS)
            for ri, ai, rx in self._alternatives(key):
                if (ri, ai) not in case_ids:
                    continue
                hit = rx.match(text, pos)
                if hit is not None:
                    best[pos] = (ri, ai, hit.end())
                    break

    def candidates(self, text: str, case_changes: list[int] | None = None) -> dict[int, tuple[int, int, int]]:
        """``{start: (rule index, alternative index, end)}``: the winning alternative at each start.

        ``case_changes``: :attr:`lintnews.document.Document.case_changes` of the text, when
        known (else they are found here)."""
        best: dict[int, tuple[int, int, int]] = {}
        if self._lower_prefilter is not None:
            # The text is lower-cased and scanned a window at a time: str.lower() of a
            # whole 10 MB text would briefly need three times its size in memory.
            n = len(text)
            for lo in range(0, n, _WINDOW):
                self._scan_window(text, lo, min(n, lo + _WINDOW), best)
        if self._case_ids:
            self._scan_case_changes(text, best, case_changes)
        groups = self._fallback_groups
        for regex in (self.fallback, self._line_start_first, self.line_start):
            if regex is None:
                continue
            for m in regex.finditer(text):
                name = m.lastgroup
                if name is None:
                    continue
                ri, ai = groups[name]
                pos = m.start(name)
                current = best.get(pos)
                if current is None or (ri, ai) < current[:2]:
                    best[pos] = (ri, ai, m.end(name))
        return best

    def scan(self, text: str, case_changes: list[int] | None = None) -> dict[str, list[Hit]]:
        """All hits in ``text``, grouped by rule id, in text order (``case_changes``: see
        :meth:`candidates`)."""
        hits: dict[str, list[Hit]] = defaultdict(list)
        rules = self.rules
        for start, (ri, _ai, end) in sorted(self.candidates(text, case_changes).items()):
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
