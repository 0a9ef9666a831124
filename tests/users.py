"""Running a piece of a test as an unprivileged user, for permission tests.

Root reads every file whatever its mode, so "permission denied" cannot happen to a
test run as root. :func:`as_nobody` forks, drops to the ``nobody`` user in the child,
runs the function there and hands back its (JSON) result; when the tests already run
unprivileged it simply calls it. :func:`public_dir` makes a directory outside
pytest's private (0700) temporary tree, which ``nobody`` can reach.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest


def as_nobody(fn: Callable[[], Any], warm: Callable[[], Any] | None = None) -> Any:
    """``fn()`` run without root's rights (skipped when no such user can be had).

    ``warm`` (default: ``fn`` itself) is run first as root, so that every module is
    imported before the child gives up its rights (the interpreter may live where
    ``nobody`` cannot read); pass one without side effects when ``fn`` has some."""
    if os.geteuid() != 0:
        return fn()
    try:
        import pwd

        nobody = pwd.getpwnam("nobody")
    except (ImportError, KeyError) as exc:
        pytest.skip(f"running as root and there is no 'nobody' user to drop to: {exc}")
    (warm or fn)()  # warm-up as root
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            os.close(r)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            payload = json.dumps({"ok": fn()})
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            payload = json.dumps({"error": f"{type(exc).__name__}: {exc}"})
        try:
            os.write(w, payload.encode())
        finally:
            os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    got = json.loads(data)
    if "error" in got:
        raise AssertionError(f"in the child run as nobody: {got['error']}")
    return got["ok"]


@contextmanager
def public_dir() -> Iterator[Path]:
    """A fresh directory under /tmp that any user can enter (removed afterwards, whatever
    modes the test left on what is inside)."""
    base = Path(tempfile.mkdtemp(prefix="lintnews-perm-", dir="/tmp"))
    base.chmod(0o755)
    try:
        yield base
    finally:
        for root, dirs, _files in os.walk(base):
            for d in dirs:
                os.chmod(os.path.join(root, d), stat.S_IRWXU)
        shutil.rmtree(base, ignore_errors=True)
