"""Coverage-guided fuzz target over the readers and the engine (atheris).

    pip install atheris
    python fuzz/fuzz_lint.py -max_total_time=600          # 10 minutes
    python fuzz/fuzz_lint.py -runs=20000                   # a fixed number of inputs

Each input is raw bytes, as a file on disk would be. It goes through
``decode`` (where :class:`InputError` is a defined, expected result), every
registered reader, the Document model and every rule, then through every
registered formatter (with the input's source lines for those that quote them,
columns counted in one of the three units in turn). Anything else that raises is
a crash; the invariants checked on the diagnostics (positions inside the source,
``end`` not before ``start``, the JSON and SARIF parse, one ``line`` row a
diagnostic) turn silent garbage into crashes too. A crash found here becomes a
regression test in ``tests/test_robustness.py``.

Without atheris (it has no wheel for every Python), the same target runs under
a random byte mutator for the given time: ``python fuzz/fuzz_lint.py --no-atheris -max_total_time=60``.
"""

from __future__ import annotations

import io
import json
import os
import random
import sys
import time

os.environ.setdefault("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", "1")

from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.model.errors import InputError
from lintnews.output.formatters.base import FormatContext
from lintnews.plugins.registry import load_registry
from lintnews.readers import decode

REGISTRY = load_registry(autoload=False)
ENGINE = Engine(REGISTRY, Settings())
READERS = sorted(REGISTRY.readers)
FORMATTERS = sorted(REGISTRY.formatters)
UNITS = ("char", "byte", "display")

SEEDS = [
    b"",
    b"Sources say the fire was terrifying.\n",
    b"Headline here\n\nAllegedly, the mayor claimed that it was fine.\r\n\"It was terrifying,\" said Ann Lee.\r",
    "Caf\u00e9 \u05e9\u05dc\u05d5\u05dd e\u0301 \U0001f600 some\u200bone said.\n".encode(),
    b"# lintnews: disable=loaded-language\nThe shocking vote.\n<!-- lintnews: enable -->\n",
    b"Donate now to support our journalism. Sign up for our newsletter.\n\n- item\n> quote\n",
    b"<p>Critics say <b>it</b> &amp; more.</p>\n",
    b"\xef\xbb\xbfIt is believed to have cost millions.",
    b"\xff\xfeS\x00o\x00u\x00r\x00c\x00e\x00s\x00 \x00s\x00a\x00y\x00",
]


def check_one(data: bytes) -> None:
    """Lint ``data`` with every reader; raise AssertionError on a broken invariant."""
    try:
        source = decode(data, "fuzz")
    except InputError:
        # a defined result; lint the text anyway, so random bytes still exercise the engine
        source = data.decode("utf-8", "replace")
    for name in READERS:
        parsed = REGISTRY.readers[name].read(source)
        assert isinstance(parsed.text, str)
        for b in parsed.blocks:
            assert 0 <= b.start <= b.end <= len(parsed.text), (name, b)
        doc = Document(parsed, "fuzz")
        doc.profile = "news"  # type: ignore[attr-defined]
        diags = ENGINE.lint(doc)
        lines = source.splitlines() or [""]
        nlines = max(len(lines), source.count("\n") + 1)
        for d in diags:
            assert d.rule != "lintnews/rule-failure", d.message  # a built-in rule failed
            assert 1 <= d.line <= d.end_line <= nlines + 1, (name, d)
            assert d.column >= 1 and d.end_column >= 1, (name, d)
            if d.line == d.end_line:
                assert d.end_column >= d.column, (name, d)
        unit = UNITS[len(data) % len(UNITS)]
        for fmt_name in FORMATTERS:
            out = io.StringIO()
            context = FormatContext(registry=REGISTRY, version="fuzz", column_unit=unit,
                                    sources={"fuzz": parsed.source_map})
            fmt = REGISTRY.formatters[fmt_name](out, context)
            fmt.start()
            fmt.file("fuzz", diags)
            fmt.finish()
            written = out.getvalue()
            if fmt_name == "json":
                assert len(json.loads(written)["diagnostics"]) == len(diags)
            elif fmt_name == "sarif":
                assert len(json.loads(written)["runs"][0]["results"]) == len(diags)
            elif fmt_name == "line":  # one line a diagnostic, whatever the message holds
                assert written.count("\n") == len(diags), (name, written)


def test_one_input(data: bytes) -> None:  # atheris entry point
    check_one(data)


def _mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(5)
        pos = rng.randint(0, len(b))
        if op == 0:
            b[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
        elif op == 1 and b:
            del b[pos : pos + rng.randint(1, 8)]
        elif op == 2:
            b[pos:pos] = rng.choice(SEEDS)
        elif op == 3:
            b[pos:pos] = rng.choice(["\r\n", "\r", "\u200b", "e\u0301", "\u202e", "\U0001f600", "\"", "\u201c",
                                     "'", ". ", "\n\n", "lintnews: disable", "said", "Sources say"]).encode()
        elif b:
            b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b[:20000])


def run_plain(max_total_time: float, runs: int) -> int:
    """The fallback fuzzer: random mutations of the seeds, for a time or a count."""
    rng = random.Random(int(os.environ.get("FUZZ_SEED", "0")) or None)
    corpus = list(SEEDS)
    deadline = time.monotonic() + max_total_time
    n = 0
    while (runs <= 0 or n < runs) and time.monotonic() < deadline:
        data = _mutate(rng, rng.choice(corpus))
        try:
            check_one(data)
        except Exception:
            sys.stderr.write(f"crash on input {data!r}\n")
            raise
        if len(corpus) < 500 and rng.random() < 0.05:
            corpus.append(data)
        n += 1
    print(f"fuzz_lint: {n} executions in {max_total_time:.0f} s without a crash")
    return n


def main(argv: list[str]) -> None:
    args = [a for a in argv[1:] if a != "--no-atheris"]
    opts = dict(a.lstrip("-").split("=", 1) for a in args if a.startswith("-") and "=" in a)
    try:
        if "--no-atheris" in argv:
            raise ImportError
        import atheris
    except ImportError:
        run_plain(float(opts.get("max_total_time", 60)), int(opts.get("runs", 0)))
        return
    import tempfile

    corpus_dir = os.environ.get("FUZZ_CORPUS") or os.path.join(tempfile.gettempdir(), "lintnews-fuzz-corpus")
    os.makedirs(corpus_dir, exist_ok=True)
    for i, seed in enumerate(SEEDS):
        path = os.path.join(corpus_dir, f"seed-{i}")
        if not os.path.exists(path):
            with open(path, "wb") as fh:
                fh.write(seed)
    if not any(not a.startswith("-") for a in args):
        argv = [*argv, corpus_dir]
    atheris.instrument_all()
    atheris.Setup([a for a in argv if a != "--no-atheris"], test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
