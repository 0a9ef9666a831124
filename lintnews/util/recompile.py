"""The built-in patterns compiled once a process, however many matchers it makes.

``re`` keeps only the last 512 patterns it compiled, and a matcher of the built-in packs meets
about 1,200 (its pack patterns, their branches, the word-start prefilter's trie, the line-start
scan, the exceptions' gates): a process that makes a second matcher (the language server after a
settings change, the service for each set of settings, a test suite's thousands of engines)
found none of them in ``re``'s cache and compiled them all again (``re``'s parser and code
generator run in Python: the prefilter's trie alone takes about 0.2 s). :func:`compiled` keeps
them for the process. It is a memo, not a cache: nothing is stored between processes, a
pattern is compiled by ``re`` exactly as written the first time it is met (errors included),
and a compiled pattern is immutable, so every matcher gets what it would have compiled.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=8192)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, once a process for each pattern and flags."""
    return re.compile(pattern, flags)
