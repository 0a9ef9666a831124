"""A scratch directory on a RAM file system, for the tests whose cost is the file system's
(tests146): tests/test_robustness.py's tree of tens of thousands of files, and
tests/test_precommit.py's pre-commit cache (the hook's environment, pip's temporary files).
Where the files live is not what those tests are about; on a machine with no usable
``/dev/shm`` they run in ``fallback`` as before."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SHM = Path("/dev/shm")
ROOM = 2 * 1024 ** 3  # (free bytes asked of it: the largest use, the hook's environment, is far less)


def usable(shm: Path = SHM, *, executable: bool = False) -> bool:
    """Is ``shm`` a writable directory with room, and (``executable``) one its files may be run
    from? A container's ``/dev/shm`` is often small (64 MB) or missing, and mounted ``noexec``
    even when made larger: the hook's environment is then unusable there (its scripts cannot be
    run, its compiled modules not loaded), so it is not taken."""
    try:
        st = os.statvfs(shm)
    except OSError:
        return False
    if executable and st.f_flag & os.ST_NOEXEC:
        return False
    return shm.is_dir() and os.access(shm, os.W_OK) and st.f_bavail * st.f_frsize > ROOM


@contextmanager
def in_memory(fallback: Path, *, executable: bool = False, shm: Path = SHM) -> Iterator[Path]:
    """A new directory in ``shm`` when :func:`usable`, removed after; else ``fallback``."""
    if not usable(shm, executable=executable):
        yield fallback
        return
    try:
        base = Path(tempfile.mkdtemp(prefix="lintnews-test-", dir=shm))
    except OSError:  # (gone, or full, since it was looked at)
        yield fallback
        return
    try:
        yield base
    finally:
        shutil.rmtree(base, ignore_errors=True)
