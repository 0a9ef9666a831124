"""An insertion by its voice and its break from the story (round 28, issue 15), on sentences
written for these tests (an invented harbour story and invented outlets; no corpus text).

:mod:`lintnews.builtin.advertorial.insertion` reports a paragraph's first or last line when it (a)
speaks for the outlet or commands the reader to act with it and (b) shares few content words
with a coherent story around it. Either alone is not reported.
"""

from __future__ import annotations

from lintnews.builtin.advertorial.insertion import (
    RULE_ID,
    breaks,
    coherent,
    command,
    content,
    speaks_for_outlet,
    voice,
)
from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from tests.advertorial_lint import REGISTRY, lint_advertorial

STORY = [
    "The harbour board voted on Tuesday to delay the ferry terminal for another year, citing rising steel costs.",
    "Engineers had warned the board that the old pier would need repairs to the terminal before the winter storms.",
    "Fishermen who use the pier said the delay to the terminal left their boats exposed to the storms.",
    "The board will meet again in March, when a revised budget for the ferry terminal is due.",
]


def _insertion_lines(text: str) -> list[int]:
    return [d.line for d in lint_advertorial(text) if d.rule == RULE_ID]


def _between(line: str, glued: bool = False) -> str:
    """The story with ``line`` as its own paragraph after the second paragraph, or glued to the
    end of the second paragraph."""
    paras = list(STORY)
    if glued:
        paras[1] = f"{paras[1]} {line}"
    else:
        paras.insert(2, line)
    return "\n\n".join(paras)


# --- the evidence, one function at a time ---


def test_a_command_to_act_with_the_outlet_is_its_voice() -> None:
    assert command("Tap the bell to get notified whenever a new video goes up.")
    assert command("For the latest on the floods, download the Gazette app.")  # after a lead-in
    assert command("Our new weekly show: listen on any platform.")  # after a colon


def test_a_noun_or_a_subject_is_not_a_command() -> None:
    assert command("Support for the plan grew after the vote.") is None
    assert command("Report was published on Friday.") is None
    assert command("The fishermen listen to the forecast every morning.") is None  # not at a clause's start


def test_the_outlets_own_product_is_its_voice() -> None:
    assert speaks_for_outlet("This piece is part of our Coastal Towns series.")
    assert speaks_for_outlet("More recipes are waiting on our Pinterest boards.")
    # "our" of a community or a country, not the outlet's products
    assert speaks_for_outlet("Our town has waited ten years for this ferry.") is None


def test_cohesion_needs_words_and_a_story() -> None:
    story = [content(s) for s in STORY]
    rest = set().union(*story)
    assert breaks(content("Tap the bell to get notified whenever a new video goes up."), rest)
    assert breaks(content("Read the board's report on the ferry terminal and the pier."), rest) is None
    assert breaks(content("Subscribe today."), rest) is None  # too few words to tell
    assert coherent(story)
    unrelated = [content(s) for s in (
        "Shares in a mining company fell sharply in Sydney overnight.",
        "A new species of frog has been described by biologists in Peru.",
        "The museum reopens its modern wing after a two-year refurbishment.",
        "Tennis fans queued from dawn for the final day of the tournament.",
    )]
    assert coherent(unrelated) is None  # a page of unrelated lines has no story to break from


def test_voice_gives_its_reason() -> None:
    why = voice("Send us your pictures of the summer gardens.")
    assert why and "Send" in why


# --- the rule on whole texts ---


def test_an_own_line_with_both_warns() -> None:
    # (round 71: "Tap the bell ..." is now a class member, media-plug, which the judge reports
    # itself; the insertion rule is shown on a call no class knows)
    assert _insertion_lines(_between("Tap the little icon to get notified whenever a new clip goes up.")) == [5]


def test_a_line_glued_to_a_story_sentence_warns() -> None:
    text = _between("Send us your pictures of the summer gardens.", glued=True)
    assert _insertion_lines(text) == [3]


def test_voice_alone_is_not_reported() -> None:
    # a command about the story itself: it shares the story's words
    assert _insertion_lines(_between("Read the board's report on the ferry terminal and the pier repairs.")) == []


def test_a_break_alone_is_not_reported() -> None:
    # a new topic, in the story's own voice
    assert _insertion_lines(_between("A lifeboat crew rescued two walkers cut off by the tide near the lighthouse.")) == []


def test_a_quoted_command_is_the_storys() -> None:
    assert _insertion_lines(_between('"Watch this space," a spokeswoman for the shipping line told reporters.')) == []


def test_a_line_in_the_middle_of_a_paragraph_is_not_a_paste() -> None:
    paras = list(STORY)
    paras[1] = f"{STORY[1]} Tap the bell to get notified whenever a new video goes up. {STORY[2]}"
    assert _insertion_lines("\n\n".join(paras)) == []


def test_a_page_of_unrelated_lines_is_left_alone() -> None:
    lines = [
        "Shares in a mining company fell sharply in Sydney overnight.",
        "A new species of frog has been described by biologists in Peru.",
        "Check out our status page for more details.",
        "The museum reopens its modern wing after a two-year refurbishment.",
        "Tennis fans queued from dawn for the final day of the tournament.",
    ]
    assert _insertion_lines("\n\n".join(lines)) == []


def test_a_line_another_advertorial_rule_warns_on_is_reported_once_by_that_rule() -> None:
    # the plug is both a known class (newsletter-plug) and an insertion by voice and break: the
    # catch-all gives way in the filters stage (Rule.defers), one report for one plug
    text = _between("Subscribe to our weekly newsletter for puzzles, recipes and gardening tips.")
    plug_line = 5
    rules = [d.rule for d in lint_advertorial(text) if d.line == plug_line]
    assert rules == ["advertorial/newsletter-plug"]
    alone = Engine(REGISTRY, Settings(select=(RULE_ID,)))  # the catch-all alone still finds it
    doc = Document(REGISTRY.readers["text"].read(text), "t")
    assert [d.rule for d in alone.lint(doc) if d.line == plug_line] == [RULE_ID]
