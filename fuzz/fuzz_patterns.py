"""Fuzz house-pack patterns: is any accepted pattern slow, or different from Python's re?

    pip install atheris
    python fuzz/fuzz_patterns.py -max_total_time=300 -timeout=10

Each input's bytes pick a sequence of regex fragments (so most inputs are
patterns, not noise). A pattern the loader accepts for a house pack
(``lintnews.packs.loader.check_house_pattern``) runs in RE2, translated exactly:
it is run over adversarial texts made of its own characters (long runs of each
character and of each pair), where it must stay within ``BUDGET`` seconds, and over
short texts, where its hits must be Python's own (``re.finditer``). Without
atheris: ``--no-atheris`` runs random fragment sequences for the given time.
"""

from __future__ import annotations

import os
import random
import re
import sys
import time

from lintnews.matching.re2run import HouseProgram
from lintnews.packs.loader import check_house_pattern
from lintnews.util.re2_syntax import exact
from lintnews.util.regex_syntax import IGNORECASE, parse

FRAGMENTS = [
    "a", "b", " ", "x", "\\s", "\\w", "\\d", "\\S", ".", "[ab]", "[^a]", "[a ]", "(?:", "(?:", ")", ")", "|",
    "*", "+", "?", "*", "+", "{2,}", "{0,5}", "{1,3}", "*?", "+?", "\\b", "^", "$", "(?=", "(?!", "(?<=a)",
    "a++", "(?>", "\\s+", "\\w+", "a*", "b?", "(?:a|b)", "(?:a|ab)", "(?:ab|a)", "-", "'", "\\.",
]
N = 3000
BUDGET = 1.0


def pattern_from(data: bytes) -> str:
    return "".join(FRAGMENTS[b % len(FRAGMENTS)] for b in data[:24])


def texts_for(pattern: str) -> list[str]:
    chars = sorted({c for c in "ab x-'." if c in pattern} | {"a", " "})
    out = []
    for c in chars:
        out.append(c * N + "!")
        for d in chars:
            if d != c:
                out.append((c + d) * (N // 2) + "!")
    return out


SHORT = ["ab a-b 'x' ..", "a  b\nb a", "aaa bbb", "x.a'b-a"]


def check_one(data: bytes) -> None:
    pattern = pattern_from(data)
    if check_house_pattern(pattern, case_sensitive=False) is not None:
        return  # refused, with its reason
    program = HouseProgram(exact(parse(pattern, IGNORECASE), True))
    for text in texts_for(pattern):
        started = time.perf_counter()
        for _ in program.spans(text.encode()):
            pass
        took = time.perf_counter() - started
        if took > BUDGET:
            raise AssertionError(f"accepted pattern {pattern!r} took {took:.2f} s on {text[:20]!r}...")
    python = re.compile(pattern, re.IGNORECASE)
    for text in SHORT:
        theirs = [m.span() for m in python.finditer(text)]
        ours = list(program.spans(text.encode()))
        if ours != theirs:
            raise AssertionError(f"pattern {pattern!r} on {text!r}: RE2 {ours}, Python {theirs}")


def test_one_input(data: bytes) -> None:  # atheris entry point
    check_one(data)


def run_plain(max_total_time: float) -> int:
    rng = random.Random(int(os.environ.get("FUZZ_SEED", "0")) or None)
    deadline = time.monotonic() + max_total_time
    n = 0
    while time.monotonic() < deadline:
        data = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        check_one(data)
        n += 1
    print(f"fuzz_patterns: {n} patterns in {max_total_time:.0f} s, no accepted pattern was slow or wrong")
    return n


def main(argv: list[str]) -> None:
    opts = dict(a.lstrip("-").split("=", 1) for a in argv[1:] if a.startswith("-") and "=" in a)
    try:
        if "--no-atheris" in argv:
            raise ImportError
        import atheris
    except ImportError:
        run_plain(float(opts.get("max_total_time", 60)))
        return
    atheris.instrument_all()
    atheris.Setup([a for a in argv if a != "--no-atheris"], test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
