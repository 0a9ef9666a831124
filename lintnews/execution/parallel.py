"""Lint many files on all cores, with results in the same order as a one-process run.

Each worker process resolves each file's config and engine through the same
:class:`lintnews.config.config.Resolver` as the parent (on Linux it is inherited by
``fork`` with its engines already built) and lints the files it is handed one at a
time, so memory stays bounded by the largest file per worker. Results come back
in input order, so ``-j 4`` prints exactly what ``-j 1`` prints. A worker that dies
costs the file it was linting, reported, and nothing else (:class:`_Pool`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterable
from typing import Any

from lintnews.execution.runner import FileResult, lint_file
from lintnews.execution.stopping import worker_signals
from lintnews.model.diagnostic import Diagnostic

# Below this many files a pool costs more than it saves (start-up of the workers).
MIN_FILES_FOR_POOL = 16


class WorkerSpec:
    """What a worker needs to build the same engine as the parent (when it cannot inherit it).

    A plain class, not a dataclass: built at every start-up, see docs/history/speed.md."""

    def __init__(self, cli: Any, format_in: str | None, encoding: str | None, sources: bool = True) -> None:
        self.cli = cli  # lintnews.config.config.CliOptions: a spawned worker builds its own Resolver from it
        self.format_in = format_in
        self.encoding = encoding
        self.sources = sources  # ship each file's source map back (only the text format shows source lines)


_RESOLVER: Any = None
_SPEC: WorkerSpec | None = None


def cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def default_jobs(n_files: int) -> int:
    """All CPUs when there are many files, else one process (a large file may still be
    split over all CPUs: see :mod:`lintnews.execution.split`)."""
    if n_files < MIN_FILES_FOR_POOL:
        return 1
    return max(1, min(cpus(), n_files))


def _init(spec: WorkerSpec) -> None:
    global _RESOLVER, _SPEC
    worker_signals()  # (lintnews.execution.stopping: the parent stops the workers)
    _SPEC = spec
    if _RESOLVER is None:  # spawned, not forked: build the resolver here, once
        from lintnews.config.config import Resolver

        _RESOLVER = Resolver(spec.cli)


def _work(path: str) -> tuple[tuple[FileResult, list[tuple]], bool]:
    spec = _SPEC
    assert _RESOLVER is not None and spec is not None
    engine = _RESOLVER.for_path(path).engine
    engine.failed = False
    result = lint_file(engine, path, format_name=spec.format_in, encoding=spec.encoding, owner=True)
    if not result.diagnostics or not spec.sources:
        result.source_map = None  # nothing to show: do not ship the text back
    # the diagnostics as plain tuples (see Diagnostic.to_row): unpickling a thousand files'
    # dataclasses was most of what the parent did
    rows = [d.to_row() for d in result.diagnostics]
    result.diagnostics = []
    return (result, rows), engine.failed


def lint_paths(
    resolver: Any,
    items: Iterable[tuple[str, str | None]],
    jobs: int,
    spec: WorkerSpec,
    lint_here: Callable[[str], FileResult],
) -> Generator[tuple[str, str | None, FileResult | None], None, None]:
    """``(path, problem, result)`` for every item, in order.

    ``problem`` items (missing paths) and standard input (``-``) are passed through /
    linted in this process with ``lint_here``; every other path is linted by a
    worker when ``jobs`` > 1. Sets ``resolver.failed`` when a worker's plugin rule failed,
    or when a worker died linting a file (see :class:`_Pool`).
    """
    items = list(items)
    paths = [p for p, problem in items if problem is None and p != "-"]
    if jobs <= 1 or len(paths) < 2:
        for path, problem in items:
            yield path, problem, None if problem else lint_here(path)
        return
    # (imported here, not at the top: a one-file run does not pay for multiprocessing)
    from lintnews.execution.forking import worker_context

    global _RESOLVER
    # fork, where it is safe: the workers inherit the engines already built here (no second start-up)
    ctx = worker_context()
    _RESOLVER = resolver if ctx.get_start_method() == "fork" else None
    if _RESOLVER is not None:
        from lintnews.execution.split import prepare_for_fork

        prepare_for_fork(resolver.engines)  # built once here, inherited by every worker
    jobs = min(jobs, len(paths))
    batch = max(1, min(16, len(paths) // (jobs * 8)))
    pool = _Pool(ctx, jobs, spec, paths, batch)
    try:
        k = 0
        for path, problem in items:
            if problem or path == "-":
                yield path, problem, None if problem else lint_here(path)
                continue
            got = pool.result(k)
            k += 1
            if got is None:  # the worker could not resolve it (a config error): say so from here
                yield path, None, lint_here(path)
                continue
            result, failed = got
            if failed:
                resolver.failed = True
            yield path, None, result
    finally:
        pool.close()
        _RESOLVER = None


# Workers that may die one after another before returning anything, before the pool gives up
# starting them (the files left are then linted by the parent, as with -j 1).
MAX_IDLE_DEATHS = 3

# How many times a file is handed to a fresh worker after a worker died on it: once more, in
# case the worker was killed for a reason of its own (memory); a rule that crashes the
# process on this file crashes it again.
RETRIES = 1


class _Pool:
    """Worker processes that lint ``paths`` in batches and send back each file's result as it is
    done, so that the parent always knows which file a worker was on.

    A worker that dies (a plugin's rule crashed the interpreter, the kernel killed it) costs
    the file it was on, and only that file: the rest of its batch goes to a new worker, the
    file is tried once more in a fresh process, and then reported as a ``lintnews/rule-failure``
    error diagnostic (exit 3). Nothing is linted again in the parent, which a crashing rule
    would take down with the whole report. (``concurrent.futures`` cannot tell which task a
    dead worker was running: the pool breaks and every pending task fails.)
    """

    def __init__(self, ctx: Any, jobs: int, spec: WorkerSpec, paths: list[str], batch: int) -> None:
        self.ctx, self.spec, self.paths, self.batch = ctx, spec, paths, batch
        self.todo: list[int] = list(range(len(paths)))
        self.todo.reverse()  # (popped from the end: in order)
        self.done: dict[int, tuple[FileResult, bool] | None] = {}
        self.tries: dict[int, int] = {}
        self.workers: dict[Any, tuple[Any, list[int]]] = {}  # connection -> (process, its files)
        self.idle_deaths = 0  # workers that died before doing anything, since the last result
        for _ in range(jobs):
            self._start()
        for conn in list(self.workers):
            self._feed(conn)  # (a second batch each, queued behind the first)

    def _start(self) -> None:
        if not self.todo:
            return
        mine, theirs = self.ctx.Pipe()
        proc = self.ctx.Process(target=_serve, args=(theirs, self.spec), daemon=True)
        proc.start()
        theirs.close()
        self.workers[mine] = (proc, [])
        self._feed(mine)

    def _feed(self, conn: Any) -> None:
        """Hand a worker its next batch while it still has one to work on (it never waits)."""
        owed = self.workers[conn][1]
        if len(owed) > self.batch:
            return
        todo = self.todo
        ks = [todo.pop() for _ in range(min(self.batch, len(todo)))]
        if not ks:
            if not owed:
                self._retire(conn)
            return
        try:
            conn.send([(k, self.paths[k]) for k in ks])
        except OSError:  # it died (on the file it owes first, if any): as if its pipe had ended
            todo.extend(reversed(ks))
            self._died(conn)
            return
        owed.extend(ks)

    def _retire(self, conn: Any) -> None:
        proc, _ = self.workers.pop(conn)
        try:
            conn.send(None)
        except OSError:
            pass
        conn.close()
        proc.join(0)  # (not waited for: it exits on its own while the report is written)

    def result(self, k: int) -> tuple[FileResult, bool] | None:
        """File ``k``'s result, waiting for the workers as long as needed."""
        from multiprocessing.connection import wait

        while k not in self.done:
            if not self.workers and self.idle_deaths <= MAX_IDLE_DEATHS:
                self._start()
            if not self.workers:  # no worker will run here: the parent lints what is left
                self.done[k] = None
                break
            for conn in wait(list(self.workers)):
                self._receive(conn)
        return self.done.pop(k)

    def _receive(self, conn: Any) -> None:
        owed = self.workers[conn][1]
        try:
            k, payload = conn.recv()
        except Exception:  # noqa: BLE001 - the pipe ended (or broke off mid-message): it died
            self._died(conn)
            return
        self.idle_deaths = 0
        owed.remove(k)
        if payload is None:
            self.done[k] = None
        else:
            (result, rows), failed = payload
            result.diagnostics = Diagnostic.from_rows(rows)
            self.done[k] = (result, failed)
        self._feed(conn)

    def _died(self, conn: Any) -> None:
        proc, owed = self.workers.pop(conn)
        conn.close()
        proc.join(5)
        if not owed:
            self.idle_deaths += 1
            if self.idle_deaths > MAX_IDLE_DEATHS:  # workers cannot run here at all: stop trying
                return
        if owed:
            k = owed[0]  # the file it was on: results come back in the order it was handed them
            self.todo.extend(reversed(owed[1:]))
            tries = self.tries[k] = self.tries.get(k, 0) + 1
            if tries <= RETRIES:
                self.todo.append(k)
            else:
                self.done[k] = (_crashed(self.paths[k], proc.exitcode), True)
        self._start()

    def close(self) -> None:
        """Stop every worker (a run cut short by an error or an interrupt leaves none behind)."""
        for conn, (proc, _) in list(self.workers.items()):
            try:
                conn.send(None)
                conn.close()
            except OSError:
                pass
            if proc.is_alive():
                proc.terminate()
            proc.join(0)
        self.workers.clear()


def _crashed(path: str, exitcode: int | None) -> FileResult:
    """The report for a file whose worker died on it twice: one error diagnostic, exit 3."""
    import signal

    from lintnews.engine.engine import INTERNAL_RULE
    from lintnews.model.diagnostic import Severity

    if exitcode is not None and exitcode < 0:
        try:
            how = f"was killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"was killed by signal {-exitcode}"
    else:
        how = f"exited with status {exitcode}"
    message = (f"the process linting this file {how}, twice: a plugin's rule or reader may have "
               f"crashed it; the file's other findings are lost (run with -j 1 to see it fail)")
    diagnostic = Diagnostic(path, 1, 1, 1, 1, INTERNAL_RULE, "lintnews", Severity.ERROR, message, None)
    return FileResult(path, [diagnostic])


def _serve(conn: Any, spec: WorkerSpec) -> None:
    """A worker: lint each batch of ``(index, path)`` it is sent, sending back each file's result
    as soon as it is done; stop when sent ``None`` or when the parent is gone."""
    _init(spec)  # (which sets the worker's signals: the parent stops the workers)
    try:
        while (batch := conn.recv()) is not None:
            for k, path in batch:
                try:
                    payload: Any = _work(path)
                except Exception:  # noqa: BLE001 - a config error: the parent lints it and says why
                    payload = None
                conn.send((k, payload))
    except (EOFError, OSError):
        pass
    finally:
        conn.close()
