"""Round split142: a speaker an appositive names vouches only if the story named them nearby.

"The plant allegedly leaked the gas, a process Aalders said his group had measured" is
vouched for by Aalders when the story named him in full before. That was looked for in the
whole text before the cue: in a file of many stories, a name 900 paragraphs up vouched in a
one-process run of the whole file and not in a part's (which reads 30 paragraphs of context),
so ``-j 1`` and ``-j 2`` gave different reports. The look-back is now the cue's paragraph and
the :data:`~lintnews.builtin.attribution.coverage.NAMED_SPEAKER_REACH_BLOCKS` before it,
inside the context every part reads.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.attribution import coverage, named
from lintnews.document import turns
from lintnews.document.document import Document
from lintnews.execution import split

pytestmark = pytest.mark.usefixtures("forkable")

_FILLER = "The harbour board met on Tuesday to discuss the timetable for the spring."
_NAMED = "Pieter Aalders, a chemist at the university, has studied the plant for years."
_CUE = "The plant allegedly leaked the gas for months, a process Aalders said his group had measured."


def _story(gap: int) -> str:
    return "\n\n".join(["Ferry plant under scrutiny", _NAMED, *[_FILLER] * gap, _CUE, _FILLER]) + "\n"


def _doubts(diagnostics):  # type: ignore[no-untyped-def]
    return [(d.line, d.severity.value) for d in diagnostics if d.rule == "unattributed-claim/doubt-adverb"]


def test_a_speaker_named_a_few_paragraphs_up_vouches(shared_lint):
    assert _doubts(shared_lint(_story(3))) == []
    assert _doubts(shared_lint(_story(coverage.NAMED_SPEAKER_REACH_BLOCKS - 2))) == []


def test_a_speaker_named_beyond_the_reach_does_not(shared_lint):
    assert _doubts(shared_lint(_story(coverage.NAMED_SPEAKER_REACH_BLOCKS + 5))) == [(2 * coverage.NAMED_SPEAKER_REACH_BLOCKS + 15, "warning")]


def test_the_reach_is_inside_what_a_part_sees():
    assert coverage.NAMED_SPEAKER_REACH_BLOCKS <= split.MARGIN_BLOCKS


@pytest.mark.parametrize("gap", [3, 40, 80])
def test_parts_cut_between_the_name_and_the_cue_report_what_the_whole_does(engine, registry, gap):
    parsed = registry.readers["text"].read(_story(gap) + _story(gap))
    whole = engine.lint(Document(parsed, "a"))
    cue_block = next(i for i, b in enumerate(parsed.blocks) if parsed.text[b.start : b.end].startswith("The plant"))
    for k in range(2, cue_block + 1):  # (the first part holds the name, the second the cue)
        bounds = [0, k]
        found = []
        for j in range(len(bounds)):
            found += split.lint_part(engine, parsed, "a", None, bounds, j)[0]
        assert sorted(found, key=lambda d: (d.line, d.column, d.rule)) == whole, (gap, k)


# A letters page signed with names and towns (round 107): two sign-offs make the page. One
# name-and-town line in each of two stories far apart in an archive file made a page of them
# when counted over the whole document, and a part holding one of them saw none.
_LETTER = "Sadly, the council's shameful plan went ahead without a word to residents."


def _signed(gap: int) -> str:
    return "\n\n".join([_LETTER, "Ana Ruiz, Eastgate", *[_FILLER] * gap, _LETTER, "Tom Hale, Westport", _FILLER]) + "\n"


def _loaded(diagnostics):  # type: ignore[no-untyped-def]
    return [(d.line, d.severity.value) for d in diagnostics if d.rule == "loaded-language/editorial-adverb"]


def test_two_sign_offs_near_each_other_make_a_letters_page(shared_lint):
    assert _loaded(shared_lint(_signed(3))) == [(1, "info"), (11, "info")]


def test_two_sign_offs_far_apart_do_not(shared_lint):
    far = turns.SIGNED_PAGE_BLOCKS + 5
    assert _loaded(shared_lint(_signed(far))) == [(1, "warning"), (2 * far + 5, "warning")]


def test_the_letters_page_reach_is_inside_what_a_part_sees():
    assert turns.SIGNED_LETTER_BLOCKS + turns.SIGNED_PAGE_BLOCKS <= turns.SPEAKER_REACH_BLOCKS <= split.MARGIN_BLOCKS


@pytest.mark.parametrize("gap", [3, 40, 80])
def test_parts_cut_between_two_sign_offs_report_what_the_whole_does(engine, registry, gap):
    parsed = registry.readers["text"].read(_signed(gap))
    whole = engine.lint(Document(parsed, "a"))
    for k in range(1, len(parsed.blocks) - 1):
        found = []
        for j in range(2):
            found += split.lint_part(engine, parsed, "a", None, [0, k], j)[0]
        assert sorted(found, key=lambda d: (d.line, d.column, d.rule)) == whole, (gap, k)


# "the gallery" after "the Harbour Gallery" (round 75): a body the story named vouches as a
# definite agent; the name is looked for in the paragraphs a part sees, not the whole text before.
_LENT = "The painting was lent by the Harbour Gallery for the summer."
_CONFIRMED = "The painting is believed to be a forgery. This was confirmed by the gallery on Friday."


def _gallery(gap: int) -> str:
    return "\n\n".join(["Forgery fears at the museum", _LENT, *[_FILLER] * gap, _CONFIRMED, _FILLER]) + "\n"


def _claims(diagnostics):  # type: ignore[no-untyped-def]
    return [(d.line, d.severity.value) for d in diagnostics if d.rule.startswith("unattributed-claim/")]


def test_a_body_named_a_few_paragraphs_up_vouches_and_one_named_far_up_does_not(shared_lint):
    assert _claims(shared_lint(_gallery(3))) == []
    far = named.NAMED_HEAD_REACH_BLOCKS + 5
    assert [line for line, _ in _claims(shared_lint(_gallery(far)))] == [2 * far + 5]
    assert named.NAMED_HEAD_REACH_BLOCKS <= split.MARGIN_BLOCKS


@pytest.mark.parametrize("gap", [3, 40])
def test_parts_cut_between_a_body_named_and_its_definite_agent_report_what_the_whole_does(engine, registry, gap):
    parsed = registry.readers["text"].read(_gallery(gap))
    whole = engine.lint(Document(parsed, "a"))
    for k in range(1, len(parsed.blocks) - 1):
        found = []
        for j in range(2):
            found += split.lint_part(engine, parsed, "a", None, [0, k], j)[0]
        assert sorted(found, key=lambda d: (d.line, d.column, d.rule)) == whole, (gap, k)
