"""Lint many files on all cores, with results in the same order as a one-process run.

Each worker process resolves each file's config and engine through the same
:class:`lintnews.config.config.Resolver` as the parent (on Linux it is inherited by
``fork`` with its engines already built) and lints the files it is handed one at a
time, so memory stays bounded by the largest file per worker. Results come back
in input order (``Executor.map``), so ``-j 4`` prints exactly what ``-j 1`` prints.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from lintnews.execution.runner import FileResult, lint_file
from lintnews.execution.stopping import terminating, worker_signals
from lintnews.model.diagnostic import Diagnostic

# Below this many files a pool costs more than it saves (start-up of the workers).
MIN_FILES_FOR_POOL = 16


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker needs to build the same engine as the parent (when it cannot inherit it)."""

    cli: Any  # lintnews.config.config.CliOptions: a spawned worker builds its own Resolver from it
    format_in: str | None
    encoding: str | None
    sources: bool = True  # ship each file's source map back (only the text format shows source lines)


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
    result = lint_file(engine, path, format_name=spec.format_in, encoding=spec.encoding)
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
) -> Iterator[tuple[str, str | None, FileResult | None]]:
    """``(path, problem, result)`` for every item, in order.

    ``problem`` items (missing paths) and standard input (``-``) are passed through /
    linted in this process with ``lint_here``; every other path is linted by a
    worker when ``jobs`` > 1. Sets ``resolver.failed`` when a worker's plugin rule failed.
    """
    items = list(items)
    paths = [p for p, problem in items if problem is None and p != "-"]
    if jobs <= 1 or len(paths) < 2:
        for path, problem in items:
            yield path, problem, None if problem else lint_here(path)
        return
    import multiprocessing  # here, not at the top: a one-file run does not pay for the import
    from concurrent.futures import ProcessPoolExecutor

    global _RESOLVER
    methods = multiprocessing.get_all_start_methods()
    # fork: the workers inherit the engines already built here (no second start-up)
    ctx = multiprocessing.get_context("fork" if "fork" in methods and sys.platform != "darwin" else None)
    _RESOLVER = resolver if ctx.get_start_method() == "fork" else None
    if _RESOLVER is not None:
        from lintnews.execution.split import prepare_for_fork

        prepare_for_fork(resolver.engines)  # built once here, inherited by every worker
    jobs = min(jobs, len(paths))
    chunksize = max(1, min(16, len(paths) // (jobs * 8)))
    from concurrent.futures.process import BrokenProcessPool

    broken = False
    try:
        with terminating(ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init, initargs=(spec,))) as pool:
            try:
                results = pool.map(_work, paths, chunksize=chunksize)
            except BrokenProcessPool:  # a worker died while the work was being handed out
                broken = True
            for path, problem in items:
                if problem or path == "-" or broken:
                    yield path, problem, None if problem else lint_here(path)
                    continue
                try:
                    (result, rows), failed = next(results)
                    result.diagnostics = Diagnostic.from_rows(rows)
                except BrokenProcessPool:
                    # a worker died (killed, out of memory): the rest is linted here, in order
                    broken = True
                    yield path, None, lint_here(path)
                    continue
                if failed:
                    resolver.failed = True
                yield path, None, result
    finally:
        _RESOLVER = None
