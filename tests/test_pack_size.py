"""Issue 22.10: loading a house pack takes time linear in its size.

The hand-written pattern-safety prover was quadratic: a 40,000-character literal took
6 s, a 1 MB pattern more than 300 s, and 100,000 terms 40 s on a first run. House
patterns now go through lintnews's own regex reader and RE2 (both linear), and terms
through a dict. Each pack below loads and lints a short text in a fresh process,
within a bound generous enough for a loaded CI machine.
"""

from __future__ import annotations

import random
import string
import subprocess
import sys
import time
from pathlib import Path

import pytest

BOUND = 60.0  # seconds, for a run that takes a few on an idle machine


def _words(n: int, rng: random.Random) -> list[str]:
    return ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 12))) for _ in range(n)]


def _pack(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "big.toml"
    p.write_text('[[rules]]\nid = "house/big"\nsummary = "A big rule."\nmessage = "m"\n' + body, encoding="utf-8")
    return p


def _toml_list(items: list[str]) -> str:
    return "[" + ", ".join(f"'{i}'" for i in items) + "]"


@pytest.mark.parametrize("kind", ["40k literal", "1 MB pattern", "100k terms"])
def test_a_large_house_pack_loads_in_linear_time(tmp_path: Path, kind: str) -> None:
    rng = random.Random(22)
    if kind == "40k literal":
        literal = "".join(rng.choice(string.ascii_lowercase) for _ in range(40_000))
        pack, needle = _pack(tmp_path, f"patterns = ['\\b{literal}\\b']\n"), literal
    elif kind == "1 MB pattern":
        words = _words(100_000, rng)
        pack, needle = _pack(tmp_path, "patterns = ['\\b(?:" + "|".join(words) + ")\\b']\n"), words[7]
    else:
        words = _words(100_000, rng)
        pack, needle = _pack(tmp_path, f"inflect = true\nterms = {_toml_list(words)}\n"), words[7]
    assert len(pack.read_bytes()) > 40_000
    draft = tmp_path / "draft.txt"
    draft.write_text(f"The council met on Tuesday. Then {needle} happened.\n", encoding="utf-8")
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "lintnews", "check", "--format", "line", "--no-plugins",
                             "--rule-pack", str(pack), str(draft)], capture_output=True, text=True, timeout=BOUND)
    took = time.monotonic() - started
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""  # (RE2 logs nothing either)
    assert ":1:34: warning:" in result.stdout and "[house/big]" in result.stdout, result.stdout
    assert took < BOUND
