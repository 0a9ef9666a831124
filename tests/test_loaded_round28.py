"""Loaded language, round 28: round 27's blind check (now tuned on) and its false alarms by kind.

- A speech, statement or transcript printed in full after its announcement (in the headline:
  "(full text)", "... speech in full", "Transcript: ..."; or in an introduction that ends in a
  colon: "Here is her address in full:"): its words are the speaker's, not the writer's, for
  up to :data:`PRINTED_BLOCKS` paragraphs.
- A post pasted as text, its hashtags after it as a sentence of their own ("... is a total
  disgrace. #SaveOurPark"): the sentence before is the post's.
- A letters page: each letter opens "Sir," (or "Madam,") and is signed off with a line of the
  reader's name and town ("Ana Ruiz, Eastgate"); the letters are the readers', not the paper's.
- Legal standards and the names of offences ("grossly negligent", "reckless driving",
  "malicious communications", "unreasonable searches"), and software's kind ("malicious code").
- A view that classes its object as a part, an instance or a sign of what it judges
  ("opponents view the vote as part of a dangerous drift") is the holders' view.
- A territorial claim ("Both states claim almost all of the disputed islands") is no said-verb.
- "Militant" before an armed group's acts and parts ("militant attacks", "militant cells") is
  the wire's class, not a verdict.

Each reading is paired with a look-alike that still warns. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.document import voices
from lintnews.execution import split
from tests.family_lint import LOADED


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


_VERDICT = "It was a disgraceful vote."


def severity_of(lint, text: str, word: str) -> str | None:
    """The severity ``word`` is reported at, in a text of several lines (None: not reported)."""
    lines = text.split("\n")
    found = [d.severity.value for d in lint(text, select=LOADED)
             if lines[d.line - 1][d.column - 1 : d.end_column - 1].lower() == word.lower()]
    assert len(found) <= 1, found
    return found[0] if found else None

_SPEECH = "Good evening, friends. We met here a year ago."


@pytest.mark.parametrize("text", [
    f"The mayor's budget speech (full text)\n\n{_SPEECH} {_VERDICT}",
    f"Transcript: the governor's address to the assembly\n\n{_SPEECH}\n\n{_VERDICT}",
    f"Read the senator's resignation letter in full\n\n{_SPEECH} {_VERDICT}",
    f"The governor spoke for an hour on Tuesday. Here is her address in full: {_SPEECH} {_VERDICT}",
    f"The minister resigned on Friday.\n\nThe full text of her letter follows:\n\n{_SPEECH}\n\n{_VERDICT}",
    f"Remarks as prepared for delivery. {_SPEECH} {_VERDICT}",
])
def test_a_text_printed_in_full_is_the_speaker_s(lint, text):
    assert severity_of(lint, text, "disgraceful") == "info"


@pytest.mark.parametrize("text", [
    # "in full" of a payment, a swing, a link; a transcript cited, not printed
    f"Council pays its builders in full\n\nThe council paid on Monday. {_VERDICT}",
    f"Budget speech in full swing\n\nThe mayor spoke on Monday. {_VERDICT}",
    f"The mayor spoke on Monday. Read the speech in full. {_VERDICT}",
    f"A transcript of the call shows the mayor spoke for an hour. {_VERDICT}",
    # the writer's words before the introduction
    f"{_VERDICT} Here is her address in full: {_SPEECH}",
    # a few lines of an exchange, after which the writer goes on
    f"The mayor was asked again. Here's a transcript of the exchange: {_SPEECH} {_VERDICT}",
])
def test_the_writer_s_words_around_a_text_not_printed_whole_still_warn(lint, text):
    assert severity_of(lint, text, "disgraceful") == "warning"


def test_a_printed_text_ends_after_its_reach(lint):
    filler = "\n\n".join(f"The council met on day {i}." for i in range(voices.PRINTED_BLOCKS + 2))
    text = f"The mayor's budget speech (full text)\n\n{_SPEECH}\n\n{filler}\n\n{_VERDICT}"
    assert severity_of(lint, text, "disgraceful") == "warning"


def test_a_printed_text_s_reach_stays_within_a_part_s_context():
    # a large file is linted in parts, each with MARGIN_BLOCKS paragraphs of context before it:
    # an announcement within the reach of a word is then always in the word's part
    assert voices.PRINTED_BLOCKS <= split.MARGIN_BLOCKS


@pytest.mark.parametrize(("text", "word"), [
    ("Opponents of the mayor view the new law as part of a dangerous drift.", "dangerous"),
    ("Many residents see the closure as a sign of shameful neglect.", "shameful"),
    ("The union described the cuts as one of the most cynical moves in years.", "cynical"),
])
def test_a_view_that_classes_its_object_is_the_holders(lint, text, word):
    assert severity_of(lint, text, word) == "info"


@pytest.mark.parametrize(("text", "word"), [
    # the writer classes the law: no view is reported
    ("The new law is part of a dangerous drift.", "dangerous"),
    ("The mayor views the law as final. It is part of a dangerous drift.", "dangerous"),
])
def test_the_writer_s_own_classing_still_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


@pytest.mark.parametrize("text", [
    "Both states claim almost all of the disputed islands in the bay.",
    "The kingdom claims the waters around the reef.",
])
def test_a_territorial_claim_is_no_said_verb(lint, text):
    assert severity_of(lint, text, text.split()[2]) is None


@pytest.mark.parametrize("text", [
    # a clause follows: speech
    "The minister claims the region is safe for tourists.",
    "The governor claimed the islands were never at risk.",
])
def test_a_claim_about_a_region_is_still_speech(lint, text):
    assert severity_of(lint, text, text.split()[2]) == "warning"


@pytest.mark.parametrize("text", [
    "The province has seen militant attacks since 1989.",
    "Police broke up two militant cells in the port.",
])
def test_militant_before_an_armed_group_s_acts_is_the_wire_s_class(lint, text):
    assert severity_of(lint, text, "militant") is None


def test_militant_judging_a_person_is_still_reported(lint):
    # "militant" of a person's stance stays in the lexicon (at info, raised by the judge)
    assert severity_of(lint, "The militant cleric told followers to fight.", "militant") is not None


def test_a_post_pasted_with_its_hashtags_is_the_poster_s(lint):
    text = "The mayor posted late on Monday. The new stadium is a total disgrace. #SaveOurPark  Officials deleted it."
    assert severity_of(lint, text, "disgrace") == "info"


@pytest.mark.parametrize("text", [
    # the hashtag is before the word, or inside the writer's sentence
    "The protest spread online under the hashtag #FairPay. The new stadium is a total disgrace.",
    "The new stadium is a total disgrace to the #SaveOurPark campaign.",
])
def test_a_hashtag_the_writer_names_leaves_the_sentence_the_writer_s(lint, text):
    assert severity_of(lint, text, "disgrace") == "warning"


_LETTERS = ("Letters to the editor\n\nSir, The new car park charges are a disgrace. Patients have no choice."
            "\n\nAna Ruiz, Eastgate\n\nSir, I walk the towpath daily.\n\nTom Hale, Westfield")


def test_a_letters_page_is_the_readers(lint):
    assert severity_of(lint, _LETTERS, "disgrace") == "info"


@pytest.mark.parametrize("text", [
    # "Sir" as a title or an address inside the writer's story; no letter opens
    "The council met on Monday.\n\nSir Tom Hale opened the car park. Its new charges are a disgrace. Patients pay.",
    "The council met on Monday.\n\nThe new car park charges are a disgrace. Patients pay.\n\nAna Ruiz, Eastgate",
])
def test_the_writer_s_story_with_a_sir_or_a_name_line_still_warns(lint, text):
    assert severity_of(lint, text, "disgrace") == "warning"


def test_a_letter_ends_at_its_signature(lint):
    text = _LETTERS + "\n\nThe council met on Monday. The new charges are shameful."
    assert severity_of(lint, text, "shameful") == "warning"  # the writer's again after the signature


@pytest.mark.parametrize(("text", "word"), [
    ("She was charged with malicious communications.", "malicious"),
    ("The firm found malicious code on two laptops.", "malicious"),
    ("He was convicted of reckless driving.", "reckless"),
    ("He admitted negligent driving on the ring road.", "negligent"),
    ("The ruling bars unreasonable searches of phones.", "unreasonable"),
    ("The nurse was found grossly negligent by the tribunal.", "grossly"),
])
def test_a_legal_standard_or_offence_is_no_verdict(lint, text, word):
    assert severity_of(lint, text, word) is None


@pytest.mark.parametrize(("text", "word"), [
    ("The landlord spread a malicious rumour about the tenants.", "malicious"),
    ("The council's reckless spending must stop.", "reckless"),
    ("It was a negligent and careless landlord who let the flats rot.", "negligent"),
    ("It was an unreasonable and cruel demand.", "unreasonable"),
])
def test_the_same_words_as_the_writer_s_verdict_still_warn(lint, text, word):
    assert severity_of(lint, text, word) == "warning"
