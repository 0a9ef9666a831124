"""Round 173 (issue 19): the regex fuzz over the patterns round 172 left, and what it found.

Round 172 timed about 1,220 of the regexes lintnews compiles on long runs of their own characters;
this round timed the rest the same way and measured every flagged one through the linter. One
shape reads a run of blanks once per blank on a path the linter takes:

* a circulation verb's claim (``_CLAIM_AFTER`` in attribution/cues.py: "widely reported that he
  fled", "often quoted as ..."): ``\\s*,?\\s*`` before "that"/"to" put two runs of blanks side by
  side with nothing required between them, so a run after the verb was split every way between
  the two: "It was widely reported" + 20,000 blanks + "x" took 3-7 s to lint, 40,000 blanks 7 s
  (15 s with tabs after "often quoted as"). Now ``\\s*(?:,\\s*)?``: the comma optional together
  with the blanks after it, the same language and the same spans (checked against the base's
  regex below and on 100,000 random strings of its characters in the round).
"""

from __future__ import annotations

import random
import re
import time

import pytest

from lintnews.builtin.attribution import cues

_BOUND = 5.0  # seconds: the fixed code lints these in about 1 s; the base took 15 s and more
_RUN = 60_000

OPENING = "The council voted on Monday to close the harbour car park for the summer.\n\n"
CLOSING = "\n\nGet the daily newsletter here.\n"

# the base commit's regex, for the comparisons
_CLAIM_AFTER_BASE = re.compile(r"(?:\s+(?!that\b|to\b)[\w’'-]+){0,5}?\s*,?\s*(?:that|to)\b")


@pytest.fixture(scope="module")
def lint(shared_lint):
    """One engine for the module, its long-text scanners compiled before any timing."""
    shared_lint(OPENING + "The council met on Monday and the roads were quiet.\n" * 2_000
                + "The crash was widely reported in the local press.\n" + CLOSING)
    return shared_lint


@pytest.mark.parametrize("run", [" " * 100_000, "\t" * 100_000, " \t" * 50_000, "\xa0" * 100_000])
def test_claim_after_reads_the_blanks_once(run: str) -> None:
    """The claim after a circulation verb: a long run of blanks with no claim after it is read
    once (the base split it every way between two runs: 100,000 blanks, about 40 s)."""
    started = time.monotonic()
    assert cues._CLAIM_AFTER.match(run + "x") is None
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize("text", [
    "It was widely reported" + " " * _RUN + "x.",
    "It was often quoted as" + "\t" * _RUN + "x.",
    "The plan was widely reported" + " \t" * (_RUN // 2) + "x.",
])
def test_a_run_after_a_circulation_verb_lints_in_linear_time(lint, text: str) -> None:
    """'widely reported' + 60,000 blanks: about 1 s (the base: 15 s and more, quadratic)."""
    started = time.monotonic()
    found = lint(OPENING + text + CLOSING)
    assert time.monotonic() - started < _BOUND
    assert any(d.rule.startswith("unattributed-claim/") for d in found)


@pytest.mark.parametrize(("sentence", "severity"), [
    ("The plan was widely reported that week.", "warning"),      # a claim after it: "that"
    ("The mayor was widely reported , to have fled.", "warning"),  # the comma with its blanks
    ("The crash was widely reported in the local press.", "info"),  # how far it went round
    ("He was often quoted as saying the port would close.", "info"),
])
def test_circulation_verbs_read_as_before(lint, sentence: str, severity: str) -> None:
    """A claim after the verb still makes the cue a warning; a circulation alone an info."""
    found = [d for d in lint(OPENING + sentence + CLOSING) if d.rule.startswith("unattributed-claim/")]
    assert found and found[0].severity.value == severity


def test_claim_after_spans_as_the_base() -> None:
    """The new regex matches exactly where the base's did, with the same spans, on edge strings
    and on random strings of its characters (the round: 100,000 of them)."""
    atoms = [" ", "  ", "\t", "\n", "\xa0", ",", ", ", " ,", "that", "to", "thatx", "top", "x",
             "it", "’", "'", "-", ".", "a"]
    rng = random.Random(173)
    strings = [" that", " , that", ",that", "  ,  to", " it was that", " a b c d e f that",
               " a b c d e that", " , , that", " tox", " that", "\t,\tto have", ""]
    strings += ["".join(rng.choice(atoms) for _ in range(rng.randint(0, 12))) for _ in range(4_000)]
    for s in strings:
        for k in range(len(s) + 1):
            new, old = cues._CLAIM_AFTER.match(s, k), _CLAIM_AFTER_BASE.match(s, k)
            assert (new and new.span()) == (old and old.span()), (s, k)
