"""Loaded language, round 165: three new desks (D146 analysis and profiles, D147 live blogs
and wire copy, D148 money and consumer advice; issue 16).

The loaded misses and false alarms of the new readable sets, sorted by what a general
mechanism would catch on unseen copy. Built:

- *A live blog written one entry a line* (``evidence/names.py`` ``after_stamp``): a word
  after a time stamp opening its line ("3:40pm — Chaotic scenes") opens its sentence, not a
  name, also where the reader joins the entries in one block. (The reader's own change, a
  block quote's lazy lines and a long setext heading read as paragraphs, was taken out after
  the figures run: see the history.)
- *The writer's exclamative* (``evidence/stance.py`` ``exclaimed_attribute``): "What a
  thrilling finish, with ..." raises the adjective; a free relative ("What a frightened child
  needs is ...") and a quotation do not.
- *Noun predicates* (``evidence/evaluative.py``): "circus" is a noun entry, so "was a circus"
  is a predicate verdict; the resulting copula "turned into"; a phrase of time after the noun
  ("a circus from the start"); a bare noun right after a stance set off by commas ("are,
  quite simply, heroes.").
- *Others' words*: an official finding with "declare" ("declared dangerous by the council");
  a speech verb's gerund after a preposition ("after ruling that ..."); the letters page's
  "Sir, – ... – Yours, etc" (``document/turns.py``: the run-on close ends only such a letter); a newsletter plug's figure (reader
  call-out); a plural noun in -s before a plural verb is no characterising verb ("the shorter
  terms are ..."); "a scheme run by the government" is a programme.
- Lexicon by kind: "rort", "cowboy" before a trade's noun, "taken for a ride", "cost a small
  fortune", "scare stories", "punching above its weight"; "refreshingly", "disarmingly",
  "admirably" (approval of a trait); "bluntly" (a style disjunct, info).

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _severity_on_line(lint, text: str, line: int, word: str, fmt: str = "text") -> str | None:
    """The loaded-language severity of ``word`` on 1-based ``line`` of ``text`` (None: not
    reported)."""
    src = text.splitlines()[line - 1]
    found = [d.severity.value for d in lint(text, format=fmt, select=("loaded-language",))
             if d.line == line and src[d.column - 1 : d.end_column - 1].lower() == word.lower()]
    return found[0] if found else None


@pytest.mark.parametrize(("sentence", "word"), [
    # the writer's exclamative
    ("What a thrilling finish, with the pair level at the bell.", "thrilling"),
    ("What a dismal afternoon for the home side!", "dismal"),
    # noun predicates: a circus of an event, the resulting copula, a phrase of time
    ("The four-hour hearing was a circus.", "circus"),
    ("The inquiry has been a circus from the start.", "circus"),
    ("The public meeting turned into a circus, with the chair shouting over the floor.", "circus"),
    # a bare noun after a stance set off by commas
    ("The lifeguards on the north beach are, quite simply, heroes.", "heroes"),
    # the consumer desk's figures
    ("Parking charges like these are a rort.", "rort"),
    ("Mercifully, the worst of the cowboy operators have left the trade.", "cowboy operators"),
    ("A rapid charger can cost a small fortune on a long trip.", "cost a small fortune"),
    ("Patients stopped the pills because of scare stories on social media.", "scare stories"),
    ("The county's small rowing club is punching above its weight this season.", "punching above its weight"),
    # approval of a trait
    ("The new coach is refreshingly blunt about the club's finances.", "refreshingly"),
    ("The harbourmaster is disarmingly frank about his own mistakes.", "disarmingly"),
    ("These crypto lenders are, bluntly, casinos with a banking licence.", "bluntly"),
])
def test_round165_writer_verdict_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word", "not_terms"), [
    # the exclamative's look-alikes: a free relative, a quotation
    ("What a frightened child needs is calm and a routine.", "frightened", ()),
    ("\"What a thrilling finish,\" said the coach, Ana Ruiz.", "thrilling", ()),
    # a circus that is one
    ("She ran away to join a circus.", "circus", ()),
    ("The tent was turned into a circus school.", "circus", ()),
    # an official finding, a speech gerund's clause
    ("The tower had been declared dangerous by the council two years ago.", "dangerous", ()),
    ("The watchdog banned the adverts after ruling that they misleadingly promised high returns.",
     "misleadingly", ()),
    # a programme run by a body
    ("Flood Cover, a scheme run by the government and insurers, caps premiums.", "scheme", ()),
    # the outlet's plug
    ("Sign up for Money Alerts, our free weekly email on scams and rip-offs.", "rip-offs", ()),
    # a literal ride, a manner of speaking, a fortune with no verb of cost
    ("The children were taken for a ride on the ferry.", "taken for a ride", ()),
    ("She said bluntly that the fund was closing.", "bluntly", ()),
    ("She inherited a small fortune from an aunt in Galway.", "small fortune", ("small fortune",)),
    ("He wore cowboy boots to the hearing.", "cowboy", ("cowboy",)),
])
def test_round165_plain_or_reported_stays(lint, sentence: str, word: str, not_terms: tuple[str, ...]) -> None:
    assert_loaded_trap(lint, sentence, word, not_terms=not_terms)


@pytest.mark.parametrize(("sentence", "word"), [
    # the controls of the traps: the writer's own words still warn
    ("The adverts misleadingly promised high returns to pensioners.", "misleadingly"),
    ("The council's parking plan, a scheme to squeeze drivers, starts in May.", "scheme"),
    ("The fees on these store cards are a rip-off.", "rip-off"),
    # a verb form in -s before a plural verb is a noun, no characterising verb
    ("The returns over the shorter terms are decidedly underwhelming.", "underwhelming"),
])
def test_round165_controls_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


LIVE_MD = (
    "# Fuel protests live\n"
    "**4:10pm** — Police say 27 people have been arrested.\n"
    "**3:40pm** — Chaotic scenes at the junction as police fired tear gas.\n"
    "**1:30pm** — Incredibly, the pump price has reached a new high.\n"
    "**12:55pm** — The protest was organised through messaging groups.\n"
    "---\n"
    "Reporting by Ana Ruiz.\n"
)


def test_round165_live_blog_stamp_opens_the_sentence(lint) -> None:
    """A word after a time stamp that opens its line is a sentence's first word, not a name,
    in a Markdown blog of one entry a line under a rule line (a setext heading to the reader:
    one block of many lines) and in plain text."""
    assert _severity_on_line(lint, LIVE_MD, 3, "Chaotic", "markdown") == "warning"
    assert _severity_on_line(lint, LIVE_MD, 4, "Incredibly", "markdown") == "warning"
    plain = "Fuel protests live\n\n3:40pm — Chaotic scenes at the junction as police fired tear gas.\n"
    assert _severity_on_line(lint, plain, 3, "Chaotic") == "warning"


LETTERS = (
    "Letters: water charges\n"
    "\n"
    "Sir, – Your report left me speechless. The charge is a disgrace. – Yours, etc, ANA RUIZ, Cork.\n"
    "\n"
    "The shambolic roll-out of the meters cost the State millions.\n"
)


def test_round165_letters_page_dash(lint) -> None:
    """"Sir, – ..." opens a letter whose run-on "– Yours" closes it in the same paragraph:
    the letter's words are the reader's, the next paragraph the writer's again."""
    assert _severity_on_line(lint, LETTERS, 3, "disgrace") not in (None, "warning")
    assert _severity_on_line(lint, LETTERS, 5, "shambolic") == "warning"


def test_round165_after_stamp() -> None:
    """The stamp must open its line and end right before the word."""
    from lintnews.builtin.loaded.evidence.names import after_stamp

    text = "Entries\n3:40pm — Chaotic scenes"
    assert after_stamp(text, 0, text.index("Chaotic"))
    text = "Entries\n22:12 Astonishing scenes"
    assert after_stamp(text, 0, text.index("Astonishing"))
    text = "Crowds gathered at 3:40pm — Chaotic Scenes, the band, played"
    assert not after_stamp(text, 0, text.index("Chaotic"))
