"""One large document linted on several cores, or a part at a time on one.

A 10 MB archive file is one document, so linting files in parallel
(:mod:`lintnews.execution.parallel`) cannot help it. Here its blocks (paragraphs) are cut
into runs of blocks, two per core; a process forked from this one lints each run (one
per core at a time), as a document of its own, with :data:`MARGIN_BLOCKS` paragraphs
of context on either side:
every judge looks at most a few paragraphs away (a quotation continued in the
next paragraph, a speaker named one paragraph up, an advertorial block growing
over the paragraphs next to it), so a process sees what a one-process run sees
around each of its findings, and it keeps only the findings that start in its own
run. What a judge looks for from a document's very start (a story's first mention of a
source) it also looks for in the file's text before the run (``Parsed.before``). Cuts are
put where nothing crosses them if possible: not before a paragraph that opens with a
quotation mark, not next to a block quotation.

With one process (``-j 1``, one CPU, a threaded program), a file of 1.6 million
characters or more is linted the same way a part of about 800,000 characters at a time
(:func:`lint_serially`): the same report, with one part's sentences, quotations and hits in
memory at once instead of the whole file's (the 10 MB benchmark file: 120 MB at the peak
instead of 148 MB, in the same time: docs/history/speed.md, round 72). When the report shows
no source lines, a plain text's parts are cut ahead and the whole text let go
(:mod:`lintnews.execution.ahead`: 94 MB at the peak, round 79).

The output is the same as a one-process run's (the test suite checks it on every
example, cut at every block); when a file has suppression comments, or is small,
or a plugin's code rule or judge is in use (it may look at the whole document),
or the platform cannot fork (or this process runs other threads: see
:mod:`lintnews.execution.forking`), it is not split over processes.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Any, cast

from lintnews.document.document import Document
from lintnews.engine.engine import Engine
from lintnews.engine.filters import INTERNAL_RULE, place
from lintnews.model.diagnostic import Diagnostic
from lintnews.readers import Block, Parsed
from lintnews.readers.source import SourceMap

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from lintnews.execution.ahead import Cut, CutAhead

# Below this many characters the workers' start-up costs more than they save.
SPLIT_MIN_CHARS = 1_000_000
PARTS_PER_JOB = 2
# Paragraphs of context each part reads beyond its own run, on either side: more than the
# furthest any judge looks (the writer-voice judge counts a document's charge over 25
# paragraphs either way), with a few to spare for a quotation that crosses the margin's edge.
MARGIN_BLOCKS = 30
# How far (in blocks) a cut may move from its ideal place to find a quiet seam.
_SEEK_BLOCKS = 200
_QUOTE_MARKS = frozenset("\"“”«»„‘’'")


class _ShiftedMap:
    """The source map of a part: offsets in the part are offsets in the whole text plus ``shift``.

    A plain class, not a dataclass: built at every start-up, see docs/history/speed.md."""

    __slots__ = ("shift", "whole")

    def __init__(self, whole: SourceMap, shift: int) -> None:
        self.whole = whole
        self.shift = shift

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        return self.whole.span(start + self.shift, end + self.shift)

    # (fix50a: a judge reading a line in its source, round 168's table cells and chart entries,
    # reads the whole file's, as in the run of the whole text)
    @property
    def source(self) -> str:
        return self.whole.source

    def to_source_start(self, offset: int) -> int:
        return self.whole.to_source_start(offset + self.shift)


class _PartMap:
    """The source map of a part of a text that is its source character for character (a
    plain text with ``\\n`` line ends), the part starting at a line start: lines are counted
    in the part alone, plus the lines before it. (The whole text's line starts were a step
    the parent took, alone, before the processes could start.)"""

    __slots__ = ("line0", "local")

    def __init__(self, text: str, line0: int) -> None:
        self.local = SourceMap.identity(text)  # (the part's text itself: no copy)
        self.line0 = line0

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        line, col, end_line, end_col = self.local.span(start, end)
        return line + self.line0, col, end_line + self.line0, end_col

    # (fix50a: the part is its source character for character, from a line start: a judge
    # reading a line in its source reads it in the part, the line the whole text's run reads)
    @property
    def source(self) -> str:
        return self.local.source

    def to_source_start(self, offset: int) -> int:
        return self.local.to_source_start(offset)


def _verbatim(smap: SourceMap) -> bool:
    """Is the text its source, character for character?"""
    one = smap._verbatim
    return one is not None and one[0] == one[2] == 0 and one[1] == len(smap.source)


def cuts(parsed: Parsed, parts: int) -> list[int]:
    """Block indexes where the parts start (the first is 0), at quiet seams near equal sizes."""
    blocks, text = parsed.blocks, parsed.text
    starts = [b.start for b in blocks]
    out = [0]
    for j in range(1, parts):
        ideal = max(out[-1] + 1, bisect_left(starts, len(text) * j // parts))
        chosen = None
        for k in range(ideal, min(len(blocks), ideal + _SEEK_BLOCKS)):
            if _quiet(text, blocks, k):
                chosen = k
                break
        k = chosen if chosen is not None else ideal
        if k >= len(blocks) or k <= out[-1]:
            break
        out.append(k)
    return out


def _quiet(text: str, blocks: list[Block], k: int) -> bool:
    """Nothing obviously runs over the seam before block ``k``."""
    b, prev = blocks[k], blocks[k - 1]
    opening = text[b.start : b.start + 2]
    return b.kind != "quote" and prev.kind != "quote" and not any(c in _QUOTE_MARKS for c in opening)


def span(parsed: Parsed, lo: int, hi: int) -> tuple[int, int]:
    """Where the document of blocks ``lo``..``hi`` (exclusive) starts and ends in the text."""
    blocks, text = parsed.blocks, parsed.text
    a = 0 if lo == 0 else blocks[lo].start
    b = len(text) if hi >= len(blocks) else blocks[hi].start
    if _verbatim(parsed.source_map):  # (from the start of the line: the white space before a block is not prose)
        a = text.rfind("\n", 0, a) + 1
    return a, b


def part(parsed: Parsed, lo: int, hi: int, cut: Cut | None = None) -> tuple[Parsed, int]:
    """Blocks ``lo``..``hi`` (exclusive) as a document of their own, and its offset in the text.
    ``cut``: its piece, cut ahead from a plain text that has since gone (:mod:`.ahead`)."""
    blocks = parsed.blocks
    if cut is None:
        text = parsed.text
        a, b = span(parsed, lo, hi)
        piece = text[a:b]
        verbatim = _verbatim(parsed.source_map)
        smap = _PartMap(piece, text.count("\n", 0, a)) if verbatim else _ShiftedMap(parsed.source_map, a)
        before = (text, a) if a else ("", 0)
    else:
        piece, a, line0, before = cut
        smap = _PartMap(piece, line0)
    new = tuple.__new__  # (Block's own constructor is a Python function: a third slower)
    shifted = [new(Block, (start - a, end - a, kind, level)) for start, end, kind, level in blocks[lo:hi]]
    headline = parsed.headline if lo == 0 else None
    sub = Parsed(piece, smap, shifted, headline, [], parsed.format,  # type: ignore[arg-type]
                 starts_text=parsed.starts_text and lo == 0, before=before)
    return sub, a


# True in a process forked to lint one part (:func:`_worker`): it may drop the whole text.
_PART_PROCESS = False


def _forget_whole(parsed: Parsed, sub: Parsed) -> None:
    """In a part's own process, once its piece is cut: let go of the whole file's text.

    The process is forked from the parent, so it starts with the parent's text (a text with
    one character outside the BMP takes four bytes a character: 39.6 MB for the 10 MB
    benchmark file) and its blocks; its part needs neither once cut, only the answer to what
    a judge looks for in the text before the part (:attr:`Parsed.before`), which is asked
    here, before the text goes. The parent's :class:`Parsed` is this process's copy: it is
    emptied, and the parent's frames hold no other reference to the text (see
    :func:`lintnews.execution.runner.lint_file`), so the text's memory is returned to the
    system and leaves the process's resident size (docs/history/speed.md, round 78).
    """
    from lintnews.builtin.constructions.sources.heads import condensed_before

    sub.before = condensed_before(sub.before)
    if isinstance(sub.source_map, _PartMap):  # (a _ShiftedMap maps through the whole file's map)
        parsed.source_map = SourceMap.identity("")
    parsed.text = ""
    parsed.blocks = []
    parsed.headline = None


def _margins(bounds: list[int], j: int, nb: int) -> tuple[int, int, int, int]:
    """Part ``j``'s own blocks ``lo``..``hi`` and the blocks its document reads, margins included."""
    lo, hi = bounds[j], bounds[j + 1] if j + 1 < len(bounds) else nb
    return lo, hi, max(0, lo - MARGIN_BLOCKS), min(nb, hi + MARGIN_BLOCKS)


def lint_part(engine: Engine, parsed: Parsed, path: str, profile: str | None,
              bounds: list[int], j: int, ahead: CutAhead | None = None) -> tuple[list[Diagnostic], bool]:
    """The diagnostics that start in part ``j`` (blocks ``bounds[j]`` to ``bounds[j+1]``).
    ``ahead``: the parts' pieces, cut before the whole text went (:func:`lint_serially`)."""
    nb = len(parsed.blocks)
    lo, hi, first_block, end_block = _margins(bounds, j, nb)
    sub, a = part(parsed, first_block, end_block, None if ahead is None else ahead.take(j))
    smap = sub.source_map  # (the part's own: its run's first and last blocks are inside it)
    first = (0, 0) if lo == 0 else smap.span(parsed.blocks[lo].start - a, parsed.blocks[lo].start - a)[:2]
    last = None if hi >= nb else smap.span(parsed.blocks[hi].start - a, parsed.blocks[hi].start - a)[:2]
    if _PART_PROCESS:
        _forget_whole(parsed, sub)
    doc = Document(sub, path)
    engine.failed = False
    kept = [
        d for d in engine.lint(doc, profile)
        if d.rule == INTERNAL_RULE
        or (first <= (d.line, d.column) and (last is None or (d.line, d.column) < last))
    ]
    doc.release()  # (its quotations refer to it: with the collector paused they would outlive it)
    return kept, engine.failed


_JOB: tuple[Engine, Parsed, str, str | None, list[int]] | None = None
# The parts' pieces when they were cut ahead (:func:`lint_in_parts` with ``source=False``).
_AHEAD: CutAhead | None = None


def _rows(j: int) -> tuple[list[tuple], bool]:
    """Part ``j``'s diagnostics as plain tuples: pickled and sent back several times faster
    than dataclass instances."""
    assert _JOB is not None
    engine, parsed, path, profile, bounds = _JOB
    ahead = _AHEAD
    if ahead is not None and _PART_PROCESS:
        # (the parent keeps every piece: it lints a part again whose process died)
        ahead.drop_others(j)  # this process's copies of the other parts' pieces
    found, failed = lint_part(engine, parsed, path, profile, bounds, j, ahead)
    return [d.to_row() for d in found], failed


def _worker(conn: Connection, j: int) -> None:
    """A forked process: lint part ``j`` and send its rows back. A bug in the part sends
    ``None`` (and prints no traceback): the parent lints that part again and reports the
    error in one line."""
    from lintnews.execution.stopping import worker_signals

    global _PART_PROCESS
    _PART_PROCESS = True  # (this process's own copy of the flag: the parent's stays False)
    worker_signals()  # the parent stops the workers (daemons: ended when it exits)
    try:
        try:
            result = _rows(j)
        except Exception:  # noqa: BLE001 - reported by the parent, which runs the part again
            result = None
        conn.send(result)
    except OSError:  # the parent is gone
        pass
    finally:
        conn.close()


def _run(n_parts: int, jobs: int) -> list[tuple[list[Diagnostic], bool]]:
    """Every part's diagnostics, linted by up to ``jobs`` processes at a time, each forked
    from this one for one part.

    A fresh process for each part, not one process for several: what a process built for
    its first part (the matcher's dispatch, the judges' patterns) this one built in its
    warm-up and every fork inherits, so a second part went no faster in the same process,
    but its memory grew by the part's pages (peak 131 MB against 117 MB on the 10 MB
    benchmark file, the same time). A part whose process dies (killed, out of memory), or
    that no process could be started for, is linted here instead, so no finding is lost;
    the other parts go on.
    """
    import multiprocessing
    from multiprocessing.connection import wait

    ctx = multiprocessing.get_context("fork")
    results: list = [None] * n_parts
    pending = list(range(n_parts))
    busy: dict[Connection, tuple[BaseProcess, int]] = {}  # connection -> (process, the part it is on)

    def start() -> None:
        j = pending.pop(0)
        mine, theirs = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_worker, args=(theirs, j), daemon=True)
        try:
            proc.start()
        except OSError:  # no process to be had: the part is linted here at the end
            mine.close()
            return
        finally:
            theirs.close()
        busy[mine] = (proc, j)

    while pending and len(busy) < jobs:
        start()
    while busy:
        for ready in wait(list(busy)):
            conn = cast("Connection", ready)  # (wait gives back some of what it was given)
            proc, j = busy.pop(conn)
            try:
                got = conn.recv()
            except (EOFError, OSError):  # the process died
                got = None
            results[j] = None if got is None else _received(got)
            conn.close()
            # not waited for: the process exits on its own once it has sent its part
            # (multiprocessing reaps it at its next start or at exit)
            proc.join(0)
            if pending:
                start()
    return [r if r is not None else _received(_rows(j)) for j, r in enumerate(results)]


def _received(result: tuple[list[tuple], bool]) -> tuple[list[Diagnostic], bool]:
    """A part's rows as diagnostics (done as each part arrives, while the others still run)."""
    rows, failed = result
    return Diagnostic.from_rows(rows), failed


def _local_rules(engine: Engine) -> bool:
    """Do all the rules in use look only a few paragraphs around each finding? The built-in
    ones do; a plugin's code rule or judge may look at the whole document (proselint's
    consistency checks compare spellings across it), so its documents are not split."""
    if any(getattr(rule, "plugin", None) != "lintnews" for rule in engine.code_rules):
        return False
    contexts = {rule.context for rule in engine.pack_rules}
    return all(
        getattr(engine.registry.contexts.get(name), "__module__", "").startswith("lintnews.builtin")
        for name in contexts
    )


def _splittable(engine: Engine, parsed: Parsed) -> bool:
    """May the document be linted in parts at all? Not with suppression comments (they act
    from where they stand to the file's end) nor with a rule that may read the whole document."""
    return not parsed.directives and _local_rules(engine)


def lint_in_parts(engine: Engine, parsed: Parsed, path: str, profile: str | None,
                  jobs: int, *, owner: bool = False, source: bool = True) -> list[Diagnostic] | None:
    """The document's diagnostics, linted by ``jobs`` processes; ``None`` when it should be
    linted in one piece (small, suppression comments, no ``fork`` or other threads running,
    one process). ``owner``: the command line, which owns the process (see
    :mod:`lintnews.execution.collector`); a library call leaves the collector as it was.
    ``source=False``: as for :func:`lint_serially` (a plain text's parts are cut ahead and the
    whole text let go before the processes are forked: ``parsed`` is emptied)."""
    if jobs < 2 or len(parsed.text) < SPLIT_MIN_CHARS or not _splittable(engine, parsed):
        return None
    from lintnews.execution.forking import can_fork

    if not can_fork():  # (the parts' processes inherit this one's state: they must be forked)
        return None
    # two parts per process: each part's copy of its text is half as large (a text with
    # one character outside Latin-1 takes four bytes a character), and the loads even out
    bounds = cuts(parsed, jobs * PARTS_PER_JOB)
    if len(bounds) < 2:
        return None
    global _JOB
    from lintnews.execution.collector import Freezer

    global _AHEAD
    freezer = Freezer(owner)
    warm = _warm_up_doc(parsed, path)
    # (review 117: the pieces are closed, and the module's reference to them dropped, on
    # every path from their cut: an error or an interrupt in the warm-up or the fork, too)
    try:
        if not source and not parsed.notes and _verbatim(parsed.source_map):
            # the whole text (four bytes a character with one emoji: 39.6 MB for the 10 MB
            # benchmark file) goes before the warm-up and the fork: the parent held it to the
            # end of the report, and each part's process started with it (docs/history/speed.md,
            # perf141)
            _AHEAD = _cut_ahead(parsed, bounds)
        # the matcher's patterns compiled whole before the warm-up, not after it: its few
        # pages (under the matcher's _GATED) would otherwise try them branch by branch,
        # compiling branches that prepare_for_fork then compiles again whole (perf143)
        engine.matcher.compile_all()
        if warm is not None:
            _warm_up(engine, warm, profile)
        prepare_for_fork([engine], every_regex=True, freeze=False)
        freezer.freeze()
        _JOB = (engine, parsed, path, profile, bounds)
        results = _run(len(bounds), jobs)
    finally:
        _JOB = None
        if _AHEAD is not None:
            _AHEAD.close()
        _AHEAD = None
        freezer.restore()
    engine.failed = engine.failed or any(failed for _, failed in results)
    return _merged(results)


def _merged(results: list[tuple[list[Diagnostic], bool]]) -> list[Diagnostic]:
    """The parts' diagnostics as one report: in order, an internal error reported once."""
    out: list[Diagnostic] = []
    internal: set[str] = set()
    for diagnostics, _ in results:
        for d in diagnostics:
            if d.rule == INTERNAL_RULE:
                if d.message in internal:
                    continue
                internal.add(d.message)
            out.append(d)
    if internal:  # (reported at 1:1: the parts' lists, each sorted, are otherwise in order)
        out.sort(key=place)
    return out


# A text this long linted by one process is linted a part of about this size at a time.
SERIAL_PART_CHARS = 800_000


def lint_serially(engine: Engine, parsed: Parsed, path: str, profile: str | None, *,
                  owner: bool = False, source: bool = True) -> list[Diagnostic] | None:
    """The document's diagnostics, linted here a part at a time, as a split run's processes
    lint them (the same report): one part's sentences, quotations and hits are in memory at a
    time, not the whole file's. ``None`` when it should be linted in one piece (under two
    parts' length, suppression comments, a plugin's rule that may read the whole document).
    ``owner``: as for :func:`lint_in_parts`. ``source=False``: the caller needs neither the
    text nor its source map afterwards (a report without source lines): a plain text's parts
    are then cut ahead and the whole text let go (:mod:`.ahead`; ``parsed`` is emptied)."""
    if len(parsed.text) < 2 * SERIAL_PART_CHARS or not _splittable(engine, parsed):
        return None
    bounds = cuts(parsed, -(-len(parsed.text) // SERIAL_PART_CHARS))
    if len(bounds) < 2:
        return None
    ahead = None
    if not source and not parsed.notes and _verbatim(parsed.source_map):
        ahead = _cut_ahead(parsed, bounds)
    from lintnews.execution.collector import Freezer

    before = engine.failed
    results = []
    freezer = Freezer(owner)
    freezer.freeze()  # (the file's text, blocks and the engine: not walked again after every part)
    messages: dict[str, str] = {}
    try:
        for j in range(len(bounds)):
            found, failed = lint_part(engine, parsed, path, profile, bounds, j, ahead)
            results.append((_shared_messages(found, messages), failed))
            freezer.collect()  # (the collector is paused while a file is linted: the part's cycles go now)
            # what survived (the parts' diagnostics, what the run built on first use) is not
            # walked again after the next part: each collection went through all of it, 0.1 s
            # a part on the 10 MB file and growing with the diagnostics kept
            freezer.freeze()
    finally:
        if ahead is not None:
            ahead.close()  # (review 117: the pieces not taken, when a part ended the run)
        freezer.restore()
    engine.failed = before or any(failed for _, failed in results)
    return _merged(results)


def _cut_ahead(parsed: Parsed, bounds: list[int]) -> CutAhead:
    """Every part's piece of a plain text, cut now; the text and its source map then go
    (``parsed`` keeps its blocks: the parts' bounds). The caller's frames hold no other
    reference to the text (:func:`lintnews.execution.runner.lint_file`), so its memory is
    returned before the first part is linted."""
    from lintnews.execution.ahead import CutAhead

    nb = len(parsed.blocks)
    spans = [span(parsed, *_margins(bounds, j, nb)[2:]) for j in range(len(bounds))]
    ahead = CutAhead(parsed.text, spans)
    parsed.text = ""
    parsed.source_map = SourceMap.identity("")
    return ahead


def _shared_messages(found: list[Diagnostic], messages: dict[str, str]) -> list[Diagnostic]:
    """``found``, each message the one string object of its text: a rule formats its message
    for each hit, and a 10 MB file's 34,000 diagnostics hold 1,300 different messages (the
    copies were 3.8 MB of the peak of a part-at-a-time run, kept until the report is written)."""
    for d in found:
        d.message = messages.setdefault(d.message, d.message)
    return found


# Characters of the document linted here before the processes are forked.
WARM_UP_CHARS = 40_000


def _warm_up_doc(parsed: Parsed, path: str) -> Document | None:
    """The document's first paragraphs as a document of their own (a copy of their text: the
    whole text may go before it is linted), or ``None``."""
    # (walks the first blocks only: no list of every block's start)
    n = next((i for i, b in enumerate(parsed.blocks) if b.start >= WARM_UP_CHARS), len(parsed.blocks))
    return Document(part(parsed, 0, n)[0], path) if n else None


def _warm_up(engine: Engine, doc: Document, profile: str | None) -> None:
    """Lint the document's first paragraphs (:func:`_warm_up_doc`) here, and throw the result
    away: what the run builds on first use (the matcher's dispatch for the words it meets, the
    patterns the judges compile, Python's regex cache) is then built once and inherited, not
    once per part."""
    engine.lint(doc, profile)
    engine.failed = False
    doc.release()  # (its quotations refer to it: frozen with the engine, they would be inherited)


def prepare_for_fork(engines: Any, every_regex: bool = False, freeze: bool = True) -> None:
    """Build in this process what every forked worker would otherwise build for itself: the
    speaker patterns (a lazily run module), the judges (imported on first call) and the
    matcher's patterns; then keep them out of the workers' collections (no copy-on-write).
    ``every_regex``: the judges' lazy regexes too, those the warm-up did not use (the parts
    of one large file: each part's process used most of them, the same ones, 0.1 s each).
    ``freeze``: off for a run that decides itself what it may freeze (:func:`lint_in_parts`)."""
    import gc

    from lintnews.document import sourcing, speech

    speech.AFTER_QUOTE  # noqa: B018 - runs the (lazily loaded) module
    sourcing.mentions  # noqa: B018
    for engine in engines:
        engine.matcher.compile_all()
        for judge in engine.registry.contexts.values():
            getattr(judge, "load", lambda: None)()
    if every_regex:
        from lintnews.util.lazyregex import compile_pending

        compile_pending()
    if freeze:
        gc.freeze()
