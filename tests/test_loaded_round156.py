"""Loaded language, round 156: the lexicon's phrases that never matched (issue 16).

At one start the matcher keeps, per category, the hit of the first rule in pack order
(``lintnews/matching/matcher.py``). The partisan and figurative rules stood after the emotive,
judgement and label rules, so a single word of those ("radical", "toxic", "woke", "bitter",
"damning") took the start of their phrases ("the radical left", "toxic masculinity", "a woke
mob", "a bitter pill", "a damning indictment"): 23 listed phrases were never candidates, and
the word alone was judged instead (often held at ``info``). The two rules now stand before the
emotive rule; :func:`test_round156_every_phrase_is_reached_by_its_own_rule` keeps it so for
every multi-word term of the pack.

Also: "transgender / trans / LGBT / LGBTQ ideology" beside "gender ideology" (partisan: the
Trans Journalists Association style guide and GLAAD's Media Reference Guide), and "nakedly"
beside "brazenly" and "blatantly" (editorial adverbs). Trap: "radical left/right" as a
direction after a verb of movement ("the party swung radical left"), an adverb, not the label.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body
from tests.trap_guard import candidates

PACK = Path(__file__).resolve().parent.parent / "rules" / "loaded-language.toml"


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _phrases() -> list[tuple[str, str]]:
    """Every multi-word term of the loaded-language pack, with its rule id."""
    pack = tomllib.loads(PACK.read_text(encoding="utf-8"))
    found = []
    for rule in pack["rules"]:
        for entry in rule.get("terms", []):
            term = entry if isinstance(entry, str) else entry["term"]
            if " " in term:
                found.append((rule["id"], term))
    return found


def test_round156_every_phrase_is_reached_by_its_own_rule() -> None:
    """A phrase whose first word is an earlier rule's term would never match (the earlier
    rule wins the start): each phrase, alone in a sentence, is its own rule's candidate."""
    shadowed = []
    for rule_id, term in _phrases():
        hits = candidates(f"Then {term} came.", "loaded-language")
        if (rule_id, term) not in hits and not any(r == rule_id and w.lower() == term.lower() for r, w in hits):
            shadowed.append((rule_id, term, hits[:1]))
    assert not shadowed, shadowed


@pytest.mark.parametrize(("sentence", "word"), [
    ("Nevertheless, the radical left is now emboldened by the ruling.", "radical left"),
    ("The pamphlet blames the radical right for the riots.", "radical right"),
    ("The series celebrates toxic masculinity in every episode.", "toxic masculinity"),
    ("The statue is the latest target of a woke mob in the city.", "woke mob"),
    ("With radical feminists on the panel, the debate was short.", "radical feminists"),
    ("The closure of the plant was a bitter pill for the town.", "bitter pill"),
    ("The audit is a damning indictment of the council's record.", "damning indictment"),
    ("The new law bans the promotion of transgender ideology in schools.", "transgender ideology"),
    ("The president promised to ban LGBT ideology from classrooms.", "LGBT ideology"),
    ("It was a nakedly political effort to silence the critics.", "nakedly"),
])
def test_round156_phrases_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # a direction after a verb of movement, not the label for a group
    ("They all swing radical left once the primaries start.", "radical left"),
    ("The party lurched radical right after the defeat.", "radical right"),
])
def test_round156_direction_is_not_the_label(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    # the word alone keeps the judging it had: held at info, or literal before its noun
    ("The party's ideology shifted over the decade.", "ideology"),
    ("She had radical surgery in May.", "radical"),
    ("The river carried toxic waste from the plant.", "toxic"),
])
def test_round156_single_words_unchanged(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)
