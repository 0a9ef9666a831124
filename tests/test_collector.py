"""A library call of a large text leaves Python's cycle collector as it found it (review 75).

A text this long is linted in parts (over two processes, or a part at a time in one), and
the run freezes what it built so that it is not walked again; :func:`gc.unfreeze` thaws
every frozen object, so a library call must neither thaw its caller's frozen objects nor
leave its own frozen. The command line owns its process and may keep what it froze."""

from __future__ import annotations

import functools
import gc

import pytest

import lintnews
from lintnews.execution import split

# (the parts' processes are forked: see the fixture in conftest.py)
pytestmark = pytest.mark.usefixtures("forkable")

_PARAGRAPHS = [
    "The council is believed to have spent twice its budget on the new bridge.",
    "Critics say the scheme was rushed through before the election.",
    "\"We were never shown the figures,\" said Tomas Ferreira, who chairs the residents' group.",
    "The so-called consultation was a disgraceful sham, and everyone knows it.",
    "Subscribe today and save a third on every issue delivered to your door.",
    "The bridge is due to open in the spring, eighteen months late.",
]
# about 60,000 characters: many parts once the sizes below are lowered for the test
_TEXT = "\n\n".join(_PARAGRAPHS * 130) + "\n"


@pytest.fixture
def small_parts(monkeypatch):
    """The thresholds of a 1.6 MB file scaled down to this text's size."""
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 10_000)
    monkeypatch.setattr(split, "SERIAL_PART_CHARS", 6_000)
    monkeypatch.setattr(split, "WARM_UP_CHARS", 2_000)


@pytest.fixture
def collector():
    """Nothing frozen and the collector on, before and after the test, whatever it does."""
    gc.unfreeze()  # (an earlier test may have left objects frozen)
    gc.enable()
    yield
    gc.unfreeze()
    gc.enable()


@functools.cache
def _whole() -> tuple:
    """The text's rows linted by a plain library call, the reference each case is compared with:
    linted once for the module (tests145: it is the same text and settings in all eight cases, and
    each lint of it cost as much as a case's own two)."""
    return tuple(d.to_row() for d in lintnews.Linter().lint(_TEXT))


@pytest.fixture(scope="module")
def linter() -> lintnews.Linter:
    """One library linter for the eight cases, as a caller keeps one (tests147: a fresh one a
    case paid its engine's first compile in the warm-up lint, about twice a warm lint of the
    text). Each case still lints once before it looks: the state it compares is that of a
    warm linter either way."""
    return lintnews.Linter()


@pytest.mark.usefixtures("small_parts", "collector")
@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("caller_froze", [False, True])
@pytest.mark.parametrize("enabled", [True, False])
def test_a_library_call_leaves_the_collector_as_it_was(monkeypatch, linter, jobs, caller_froze, enabled):
    ran: list[str] = []
    during: list[int] = []
    real_parts, real_serially = split.lint_in_parts, split.lint_serially

    def in_parts(*a, **kw):  # type: ignore[no-untyped-def]
        found = real_parts(*a, **kw)
        ran.append("parts" if found is not None else "")
        return found

    def serially(*a, **kw):  # type: ignore[no-untyped-def]
        found = real_serially(*a, **kw)
        ran.append("serially" if found is not None else "")
        return found

    real_part = split.lint_part

    def part(*a):  # type: ignore[no-untyped-def]
        during.append(gc.get_freeze_count())
        return real_part(*a)

    monkeypatch.setattr(split, "lint_in_parts", in_parts)
    monkeypatch.setattr(split, "lint_serially", serially)
    monkeypatch.setattr(split, "lint_part", part)
    # (once before: what a first run builds and drops, the caller's freeze would count)
    linter.check(_TEXT, jobs=jobs)
    during.clear()
    mine = [{"the caller's": "object"}]
    if caller_froze:
        gc.freeze()
    if not enabled:
        gc.disable()
    frozen = gc.get_freeze_count()
    assert (frozen > 0) == caller_froze
    found = linter.check(_TEXT, jobs=jobs).diagnostics
    assert gc.isenabled() == enabled
    # nothing thawed, nothing more frozen: the caller's object still frozen (in none of the
    # collector's generations), the diagnostics made by the run not, and the count no higher
    # (lower by the few frozen objects the run replaced and so freed: a cache's old entry)
    tracked = gc.get_objects()
    assert any(o is mine for o in tracked) != caller_froze
    assert gc.is_tracked(found[0]) and any(o is found[0] for o in tracked)
    del tracked
    assert gc.get_freeze_count() <= frozen if caller_froze else gc.get_freeze_count() == 0
    assert ran[-1] == ("parts" if jobs == 2 else "serially")
    if jobs == 1:  # (the parts linted here: what was frozen meanwhile)
        assert len(during) >= 5
        # nothing of the caller's frozen: the run froze its own objects, and thawed them;
        # the caller's frozen: it froze nothing of its own (it could not thaw it alone)
        assert all(n <= frozen for n in during) if caller_froze else all(n > 0 for n in during)
    gc.enable()
    gc.unfreeze()
    assert tuple(d.to_row() for d in found) == _whole() and len(found) > 300


@pytest.mark.usefixtures("small_parts", "collector")
def test_the_command_line_keeps_what_it_froze(engine, registry):
    """The owner of the process (the command line) keeps frozen what the run froze when it
    had frozen its own start-up; with nothing frozen before, it thaws it all."""
    parsed = registry.readers["text"].read(_TEXT)
    assert split.lint_serially(engine, parsed, "a.txt", None, owner=True) is not None
    assert gc.get_freeze_count() == 0
    gc.freeze()
    before = gc.get_freeze_count()
    found = split.lint_serially(engine, parsed, "a.txt", None, owner=True)
    assert found is not None and gc.get_freeze_count() > before
    del found
    gc.unfreeze()
    gc.freeze()
    before = gc.get_freeze_count()
    found = split.lint_serially(engine, parsed, "a.txt", None)  # (a library call)
    assert found is not None and gc.get_freeze_count() <= before
