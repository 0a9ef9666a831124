"""Worker processes that lint off the event loop, with a hard time limit per request.

Linting is CPU-bound Python: in a thread it would hold the interpreter lock and use
one core, and a thread cannot be stopped. So each worker is a process (one per CPU by
default) that builds its linter once and then answers requests over a pipe. A request
that overruns its time gets its worker killed and replaced, so a pathological text
costs its own request and nothing else; a worker that dies (killed, out of memory)
is replaced too. The event loop only waits: a small thread per busy worker blocks on
its pipe.

Workers are started with ``spawn``: the server process runs an event loop and threads,
which ``fork`` would copy in an undefined state.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

log = logging.getLogger("lintnews.service")

STARTUP_TIMEOUT = 60.0  # seconds a new worker may take to build its linter (a slow, loaded machine)
RESPAWN_DELAY = 2.0  # seconds between attempts when a replacement fails to start


class WorkerError(RuntimeError):
    """A worker could not be started (one line: the worker's own reason)."""


class Timeout(Exception):
    """The request's time ran out (waiting for a worker, or in one)."""


class WorkerCrashed(Exception):
    """The worker died while it had the request."""


class _Worker:
    def __init__(self, process: Any, conn: Any) -> None:
        self.process = process
        self.conn = conn

    def call(self, payload: bytes) -> bytes:
        """Send a request and wait for the answer (runs in a thread: it blocks)."""
        self.conn.send_bytes(payload)
        return self.conn.recv_bytes()

    def stop(self, grace: float = 0.0) -> None:
        """End an idle worker: it sees its pipe close and exits (killed after ``grace`` s)."""
        try:
            self.conn.close()
        except OSError:
            pass
        self.process.join(grace)
        self.kill()

    def kill(self) -> None:
        """End a busy worker. Its pipe is left to close when the thread reading it lets go
        (closing it under that thread could let it read a reused descriptor)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


class WorkerPool:
    """``size`` worker processes each running ``target(conn, *args)``.

    The target sends ``b"ready"`` (or ``b"error: ..."``) once, then answers each message
    it receives with one message. :meth:`start` starts the processes (blocking: call it
    before serving, so a worker that cannot start is an error at start-up);
    :meth:`run` sends one request from the event loop.
    """

    def __init__(self, size: int, target: Callable[..., None], args: tuple = ()) -> None:
        self.size = max(1, size)
        self._target = target
        self._args = args
        self._ctx = multiprocessing.get_context("spawn")
        # a thread per worker waits on its pipe; as many again may still be waiting on a
        # killed worker's pipe for a moment; a few start replacements
        self._threads = ThreadPoolExecutor(max_workers=2 * self.size + 4, thread_name_prefix="lintnews-pool")
        self._ready: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._idle: asyncio.Queue[_Worker] | None = None
        self._tasks: set[asyncio.Task] = set()
        self._closed = False

    @property
    def alive(self) -> int:
        return sum(1 for w in self._all if w.process.is_alive())

    @property
    def pids(self) -> list[int]:
        """The process ids of the live workers."""
        return sorted(w.process.pid for w in self._all if w.process.is_alive())

    # -- starting and stopping -------------------------------------------------------------
    def _spawn(self) -> _Worker:
        """Start one worker and wait until it is ready (blocking)."""
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=self._target, args=(child, *self._args),
                                    name="lintnews-worker", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        try:
            if not parent.poll(STARTUP_TIMEOUT):
                raise WorkerError(f"a worker did not start within {STARTUP_TIMEOUT:.0f} s")
            message = parent.recv_bytes()
        except (EOFError, OSError):
            worker.stop()
            raise WorkerError(f"a worker exited while starting (exit code {process.exitcode})") from None
        except WorkerError:
            worker.stop()
            raise
        if message != b"ready":
            worker.stop(5)
            raise WorkerError(message.decode("utf-8", "replace").removeprefix("error: "))
        self._all.add(worker)
        return worker

    def start(self) -> None:
        """Start every worker (blocking; raises :class:`WorkerError`). Idempotent."""
        if self._ready or self._idle is not None:
            return
        futures = [self._threads.submit(self._spawn) for _ in range(self.size)]
        errors = []
        for f in futures:
            try:
                self._ready.append(f.result())
            except WorkerError as exc:
                errors.append(str(exc))
        if errors:
            self.close()
            raise WorkerError(errors[0])

    async def open(self) -> None:
        """Hand the workers to the running event loop (starting them first if need be)."""
        if not self._ready:
            await asyncio.get_running_loop().run_in_executor(None, self.start)
        self._idle = asyncio.Queue()
        for w in self._ready:
            self._idle.put_nowait(w)
        self._ready = []

    def close(self) -> None:
        """Stop every worker (they are daemons: they would not outlive the server anyway)."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        for w in list(self._all):
            w.stop(2)
        self._all.clear()
        self._threads.shutdown(wait=False, cancel_futures=True)

    # -- work ------------------------------------------------------------------------------
    async def run(self, payload: bytes, deadline: float) -> bytes:
        """The answer to ``payload``; ``deadline`` is a ``time.monotonic()`` time.

        Raises :class:`Timeout` when the deadline passes (the worker, if it had started,
        is killed and replaced) and :class:`WorkerCrashed` when the worker dies.
        """
        assert self._idle is not None, "WorkerPool.open() first"
        loop = asyncio.get_running_loop()
        while True:
            try:
                worker = await asyncio.wait_for(self._idle.get(), max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                raise Timeout from None
            if worker.process.is_alive():
                break
            self._replace(worker, f"died while idle (exit code {worker.process.exitcode})")
        try:
            answer = await asyncio.wait_for(loop.run_in_executor(self._threads, worker.call, payload),
                                            max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            self._replace(worker, "overran the time limit")
            raise Timeout from None
        except (EOFError, OSError, ValueError) as exc:  # (ValueError: a closed pipe)
            self._replace(worker, f"died ({type(exc).__name__}, exit code {worker.process.exitcode})")
            raise WorkerCrashed from None
        except BaseException:  # cancelled (the server is stopping): the worker may be mid-answer
            self._replace(worker, "was interrupted")
            raise
        self._idle.put_nowait(worker)
        return answer

    def _replace(self, worker: _Worker, why: str) -> None:
        log.warning("lintnews: a worker %s; starting another", why)
        self._all.discard(worker)
        task = asyncio.get_running_loop().create_task(self._respawn(worker))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _respawn(self, old: _Worker) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._threads, old.kill)
        while not self._closed:
            try:
                worker = await loop.run_in_executor(self._threads, self._spawn)
            except WorkerError as exc:
                log.error("lintnews: a replacement worker failed to start: %s", exc)
                await asyncio.sleep(RESPAWN_DELAY)
                continue
            if self._closed:
                worker.stop()
                return
            assert self._idle is not None
            self._idle.put_nowait(worker)
            return
