"""The fuzz target (``fuzz/fuzz_lint.py``) runs in the suite on a fixed sample, so that it
cannot rot between the long runs that docs/robustness.md describes, and so that every
formatter meets odd input on every test run: control characters, broken UTF-8, bidi marks,
combining accents and lone carriage returns, through every reader."""

from __future__ import annotations

import importlib.util
import os
import random
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "fuzz" / "fuzz_lint.py"


_AUTOLOAD = "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD"  # (the target sets it when imported)


@pytest.fixture(scope="module")
def target():
    spec = importlib.util.spec_from_file_location("fuzz_lint", _PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_lint"] = module
    before = os.environ.get(_AUTOLOAD)
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop("fuzz_lint", None)
        if before is None:  # (the rest of the session sees the environment it had)
            os.environ.pop(_AUTOLOAD, None)
        else:
            os.environ[_AUTOLOAD] = before


def test_every_formatter_is_fuzzed(target) -> None:
    assert {"json", "sarif", "line", "text", "github", "html"} <= set(target.FORMATTERS)


def test_seeds_and_a_fixed_sample_of_mutations(target) -> None:
    for seed in target.SEEDS:
        target.check_one(seed)
    rng = random.Random(20261204)
    for _ in range(150):
        target.check_one(target._mutate(rng, rng.choice(target.SEEDS)))


def test_a_broken_invariant_is_a_crash(target, monkeypatch) -> None:
    """The target fails when a formatter writes garbage: here a ``line`` report with a
    diagnostic split over two lines."""
    real = target.REGISTRY.formatters["line"]  # (a factory: formatters load on first use)

    def broken(stream, context):
        fmt = real(stream, context)
        written = fmt.file

        def file(path, diagnostics) -> None:
            written(path, diagnostics)
            stream.write("\n")

        fmt.file = file
        return fmt

    monkeypatch.setitem(target.REGISTRY.formatters, "line", broken)
    with pytest.raises(AssertionError):
        target.check_one(b"Sources say the fire was terrifying.\n")
