"""Review 117: what the merges since d14a0439 built, held to the editor's bar.

- perf141's pieces cut ahead (:mod:`lintnews.execution.ahead`) are closed on every path: an
  error or an interrupt in the warm-up, the fork or a part left the maps (and the module's
  reference to them, ``split._AHEAD``) to the collector, which the run pauses or freezes.
- The new constructions (round 135's figure modifier, round 136's group views, round 137's
  talk going round and its naming passive) cost time in proportion to the text: a paragraph
  with the cue repeated eight times as often takes about eight times as long, not sixty-four.
"""

from __future__ import annotations

import time

import pytest

from lintnews.document.document import Document
from lintnews.execution import split
from lintnews.execution.ahead import CutAhead

_FILLER = "The ferry board met on Tuesday to weigh the winter timetable. \U0001f6a2"
_STORY = "\n\n".join([
    "An insider at the ferry operator said the timetable would change.",
    *[_FILLER] * 40,
    "Critics say the fares are a scandal, sources said.",
    *[_FILLER] * 40,
]) + "\n"


def test_close_lets_every_piece_not_taken_go():
    text = "Astral \U0001f6a2 and accents é.\n\n" * 40
    ahead = CutAhead(text, [(0, 100), (90, 500), (500, len(text))])
    maps = [piece[0] for piece in ahead._pieces]  # type: ignore[index]
    assert ahead.take(1).piece == text[90:500]
    ahead.close()
    assert all(m.closed for m in maps)
    assert ahead._pieces == [None, None, None]
    ahead.close()  # (twice: nothing left to close)


class _Stop(Exception):
    pass


@pytest.mark.usefixtures("forkable")
def test_a_split_run_stopped_before_the_fork_closes_its_pieces(engine, registry, monkeypatch):
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    made: list[CutAhead] = []
    real_cut = split._cut_ahead

    def cut(*a):  # type: ignore[no-untyped-def]
        made.append(real_cut(*a))
        return made[-1]

    def stopped(*a):  # type: ignore[no-untyped-def]
        raise _Stop

    monkeypatch.setattr(split, "_cut_ahead", cut)
    monkeypatch.setattr(split, "_warm_up", stopped)
    parsed = registry.readers["text"].read(_STORY * 3)
    with pytest.raises(_Stop):
        split.lint_in_parts(engine, parsed, "a.txt", None, 2, source=False)
    assert split._AHEAD is None and split._JOB is None
    assert len(made) == 1 and all(piece is None for piece in made[0]._pieces)


def test_a_part_at_a_time_run_stopped_in_a_part_closes_the_pieces_left(engine, registry, monkeypatch):
    monkeypatch.setattr(split, "SERIAL_PART_CHARS", 1000)
    made: list[CutAhead] = []
    real_cut = split._cut_ahead
    real_part = split.lint_part

    def cut(*a):  # type: ignore[no-untyped-def]
        made.append(real_cut(*a))
        return made[-1]

    def second_stops(*a):  # type: ignore[no-untyped-def]
        if a[5] == 1:
            raise _Stop
        return real_part(*a)

    monkeypatch.setattr(split, "_cut_ahead", cut)
    monkeypatch.setattr(split, "lint_part", second_stops)
    parsed = registry.readers["text"].read(_STORY * 3)
    with pytest.raises(_Stop):
        split.lint_serially(engine, parsed, "a.txt", None, source=False)
    assert len(made) == 1 and len(made[0]._pieces) > 2
    assert all(piece is None for piece in made[0]._pieces)


_CUES = {
    "figure modifier": "They faced a nightmare blaze, a dream move and such a wonder drug, ",
    "talk going round": "rumours about his future have grown louder and speculation over the deal has intensified, ",
    "group views": "parents are privately warning that engineers remain convinced that shoppers concede that ",
    "naming passive": "she is often called the most overlooked artist and he is sometimes dubbed the best striker, ",
}


def _seconds(engine, registry, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t = time.perf_counter()
        engine.lint(Document(registry.readers["text"].read(text), "a.txt"))
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize("cue", list(_CUES))
def test_a_paragraph_of_repeated_cues_costs_in_proportion(engine, registry, cue):
    # one paragraph with no sentence break: every scan per hit of the paragraph would show
    engine.lint(Document(registry.readers["text"].read("The " + _CUES[cue] * 5 + "end.\n"), "w.txt"))
    small = _seconds(engine, registry, "The " + _CUES[cue] * 40 + "end.\n")
    large = _seconds(engine, registry, "The " + _CUES[cue] * 320 + "end.\n")
    assert large < 8 * small * 2.5 + 0.05, (cue, small, large)


# round 136's group view in its perfect progressive: a view held up to now, as "have long
# warned" is (round 130) and "are warning" is (round 136); a past one is an account of a time gone
@pytest.mark.parametrize(("text", "flagged"), [
    ("Parents have been warning that the crossing is dangerous.", True),
    ("Engineers have privately been warning that the bridge is unsafe.", True),
    ("Parents are warning that the crossing is dangerous.", True),
    ("Parents had been warning that the crossing was dangerous.", False),
    ("The parents of the pupils have been warning that the crossing is dangerous.", False),
])
def test_a_group_view_in_the_perfect_progressive(lint, text, flagged):
    found = [d for d in lint(text + "\n") if d.rule == "unattributed-claim/vague-source"]
    assert bool(found) == flagged, found
    assert all(d.severity == "warning" for d in found)
