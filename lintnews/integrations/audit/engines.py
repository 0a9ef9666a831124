"""Where partitions are linted: this process, a local process pool, or a Dask cluster.

Every engine takes the partitions as the archive is read and yields their results in
the order they finish, with a bounded number in flight (:func:`window`), so the reader
never runs ahead of the workers by more than a few partitions: memory stays flat.

The linter travels as its settings (``Linter`` pickles as them) and is rebuilt once
per worker process. Partitions travel with their rows: the workers need lintnews (and
any plugin or rule pack the settings name), not access to the archive's files.

Dask: without ``--scheduler`` a ``LocalCluster`` of ``-j`` single-threaded worker
processes is started and stopped with the run; with ``--scheduler tcp://host:8786`` the
run is a client of that cluster. A worker that dies (killed, out of memory) is
replaced by its nanny and the scheduler runs its partitions again on another worker;
a partition that kills workers again and again (``distributed.scheduler.allowed-failures``,
3 by default) ends the run with one line.
"""

from __future__ import annotations

import logging
import uuid
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from lintnews.execution.api import Linter, prepare_workers
from lintnews.integrations.audit.archive import Partition
from lintnews.integrations.audit.extras import require
from lintnews.integrations.audit.partition import PartitionResult, lint_partition
from lintnews.model.errors import InternalError, LintnewsError, describe


class ClusterError(LintnewsError):
    """The Dask scheduler cannot be reached, or the workers keep dying (exit 2)."""


def window(workers: int) -> int:
    """Partitions in flight: enough to keep every worker busy while results come back."""
    return 2 * max(1, workers) + 1


def _worker_init() -> None:
    from lintnews.execution.stopping import worker_signals

    worker_signals()


class LocalEngine:
    """``-j 1``: this process; more: a pool of forked worker processes."""

    name = "local"

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = max(1, jobs)

    def run(self, linter: Linter, partitions: Iterable[Partition]) -> Iterator[PartitionResult]:
        if self.jobs == 1:
            for part in partitions:
                yield lint_partition(linter, part)
            return
        from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
        from concurrent.futures.process import BrokenProcessPool

        from lintnews.execution.forking import worker_context
        from lintnews.execution.stopping import terminating

        # (not forked once pyarrow is loaded for a Parquet archive or output: its threads)
        ctx = worker_context()
        if ctx.get_start_method() == "fork":
            prepare_workers(linter)  # built once here, inherited by every worker
        limit = window(self.jobs)
        pending: dict[Any, Partition] = {}
        broken = False
        with terminating(ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_worker_init)) as pool:

            def finished(block: bool) -> Iterator[PartitionResult]:
                nonlocal broken
                done, _ = wait(list(pending), return_when=FIRST_COMPLETED) if block else (
                    [f for f in pending if f.done()], None)
                for future in done:
                    part = pending.pop(future)
                    try:
                        yield future.result()
                    except BrokenProcessPool:
                        # a worker died (killed, out of memory): its partition is linted here
                        broken = True
                        yield lint_partition(linter, part)

            for part in partitions:
                if broken:
                    yield lint_partition(linter, part)
                    continue
                try:
                    pending[pool.submit(lint_partition, linter, part)] = part
                except BrokenProcessPool:
                    broken = True
                    yield lint_partition(linter, part)
                    continue
                while len(pending) >= limit:
                    yield from finished(True)
            while pending:
                yield from finished(True)


class DaskEngine:
    """Partitions as Dask tasks on a cluster (or a ``LocalCluster`` started for the run)."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int = 2, *, client: Any = None,
                 on_start: Callable[[Any], None] | None = None) -> None:
        self.scheduler = scheduler
        self.workers = max(1, workers)
        self.client = client  # an existing distributed.Client (tests, programs embedding the run)
        self.on_start = on_start

    def _connect(self) -> tuple[Any, Any]:
        distributed = require("distributed", "--engine dask")
        logging.getLogger("distributed").setLevel(logging.ERROR)
        if self.client is not None:
            return self.client, None
        if self.scheduler:
            try:
                return distributed.Client(self.scheduler, timeout="20s"), None
            except (OSError, TimeoutError, ValueError) as exc:
                raise ClusterError(f"cannot reach the Dask scheduler at {self.scheduler}: {describe(exc)}") from None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cluster = distributed.LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                               dashboard_address=None, silence_logs=logging.ERROR)
        return distributed.Client(cluster), cluster

    def _result(self, future: Any, part_of: dict[str, Partition]) -> PartitionResult:
        from distributed import KilledWorker

        part = part_of.pop(future.key)
        try:
            result = future.result()
        except KilledWorker:
            raise ClusterError(f"{part.path}: partition {part.index} ({len(part.articles)} articles) "
                               f"killed the Dask workers that linted it, again and again") from None
        except LintnewsError:
            raise
        except Exception as exc:  # a bug on a worker: one line, as in this process
            raise InternalError(f"internal error on a Dask worker: {describe(exc)} (this is a bug in "
                                f"lintnews; rerun with --engine local and LINTNEWS_DEBUG=1)") from exc
        future.release()
        return result

    def run(self, linter: Linter, partitions: Iterable[Partition]) -> Iterator[PartitionResult]:
        distributed = require("distributed", "--engine dask")
        client, cluster = self._connect()
        try:
            if self.on_start is not None:
                self.on_start(client)
            workers = len(client.scheduler_info().get("workers", {})) or self.workers
            limit = window(workers)
            token = uuid.uuid4().hex[:12]
            done = distributed.as_completed()
            part_of: dict[str, Partition] = {}
            for part in partitions:
                # (a key per partition: the scheduler runs it once, again only if its worker died)
                future = client.submit(lint_partition, linter, part, key=f"lintnews-audit-{token}-{part.index}",
                                       pure=False)
                part_of[future.key] = part
                done.add(future)
                while len(part_of) >= limit:
                    yield self._result(next(done), part_of)
            for future in done:
                yield self._result(future, part_of)
        finally:
            if cluster is not None or self.client is None:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    try:
                        client.close()
                    finally:
                        if cluster is not None:
                            cluster.close()
