"""Sorted runs on disk and their merge: rows in a stable order with flat memory.

Each partition's rows (already sorted) are written to a run file as a stream of
pickled chunks; the merge reads every run a chunk at a time (``heapq.merge``). With
more runs than :data:`FAN_IN`, runs are first merged in groups into longer runs, so
the files open and the chunks held stay bounded however many partitions there were.
The run files live in a temporary directory beside the output (the same disk, not a
small ``/tmp``) and are removed at the end, whatever happens.
"""

from __future__ import annotations

import heapq
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from operator import itemgetter

from lintnews.model.errors import OutputError

CHUNK = 500  # rows per pickled chunk (the merge holds one per run: at most FAN_IN of them)
FAN_IN = 64  # runs merged at once
ORDER = itemgetter(0, 1)  # (id_key, seq): one article's rows are contiguous and in order already


class Runs:
    """A directory of sorted runs, one per partition number."""

    def __init__(self, beside: str) -> None:
        parent = os.path.dirname(os.path.abspath(beside)) or "."
        try:
            self.dir = tempfile.mkdtemp(prefix=f".{os.path.basename(beside)}.runs.", dir=parent)
        except OSError as exc:
            raise OutputError(f"{beside}: cannot write the output: {(exc.strerror or str(exc)).lower()} "
                              f"(directory {parent})") from None
        self.paths: dict[int, str] = {}
        self._next = 0

    def write(self, index: int, rows: list[tuple]) -> None:
        """Store partition ``index``'s rows (again: replaced, never added twice)."""
        path = os.path.join(self.dir, f"part-{index:08d}.run")
        self._dump(path, rows)
        self.paths[index] = path

    def _dump(self, path: str, rows: Iterable[tuple]) -> None:
        try:
            with open(path + ".tmp", "wb") as fh:
                chunk: list[tuple] = []
                for row in rows:
                    chunk.append(row)
                    if len(chunk) >= CHUNK:
                        pickle.dump(chunk, fh, protocol=pickle.HIGHEST_PROTOCOL)
                        chunk = []
                if chunk:
                    pickle.dump(chunk, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(path + ".tmp", path)
        except OSError as exc:
            raise OutputError(f"{self.dir}: cannot write a temporary file: "
                              f"{(exc.strerror or str(exc)).lower()}") from None

    @staticmethod
    def read(path: str) -> Iterator[tuple]:
        with open(path, "rb") as fh:
            while True:
                try:
                    chunk = pickle.load(fh)
                except EOFError:
                    return
                yield from chunk

    def merged(self) -> Iterator[tuple]:
        """Every row of every run, in (article id, archive order, position) order."""
        paths = [self.paths[i] for i in sorted(self.paths)]
        while len(paths) > FAN_IN:
            longer = []
            for start in range(0, len(paths), FAN_IN):
                group = paths[start:start + FAN_IN]
                out = os.path.join(self.dir, f"merge-{self._next:08d}.run")
                self._next += 1
                self._dump(out, heapq.merge(*(self.read(p) for p in group), key=ORDER))
                for p in group:
                    os.unlink(p)
                longer.append(out)
            paths = longer
        yield from heapq.merge(*(self.read(p) for p in paths), key=ORDER)

    def remove(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)
