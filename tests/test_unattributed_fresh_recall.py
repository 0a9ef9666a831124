"""Unattributed claims: constructions missed on fresh news copy nobody had tuned on (round 11).

Each construction comes with a pair written for these tests: the cue (a warning) and a
sentence that looks like it but is no claim by hearsay, or is sourced. See the README section
"Unattributed claims", round 11.
"""

from __future__ import annotations

import pytest

from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings
from tests.trap_guard import UNATTRIBUTED, assert_trap


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


PAIRS = [
    # blame laid by nobody: "held" with an adjective of blame; "held hostage" is no view
    ("The ferry operator is held responsible for the delays at the port.",
     "The ferry crew were held hostage for a week at the port."),
    ("The ferry operator is held responsible for the delays at the port.",
     "The ferry operator is held responsible for the delays by the port authority."),
    # an impersonal passive inside a relative clause, the relative's verb after it
    ("The old mill, which it is feared will collapse this winter, stands empty.",
     "The old mill, which it is said the council owns, will collapse this winter, the surveyor said."),
    ("The old mill, which it is feared will collapse this winter, stands empty.",
     "The old mill, which is feared by the villagers, stands empty."),
    # an acronym is no pronoun: "US officials", "IT experts"
    ("US officials say the tanker changed course twice.",
     "Officials told us the tanker changed course twice, the coastguard said."),
    # modifiers joined by "and" belong to the phrase; a name joined by "and" vouches for it
    ("Security and intelligence officials say the tanker changed course twice.",
     "Ana Ruiz and other officials say the tanker changed course twice."),
    ("The tanker changed course, according to U.S. and Greek officials.",
     "The tanker changed course, according to the Greek coastguard."),
    # two subjects joined by "and": the second is still at a clause start
    ("Ship pilots and local analysts in the region report that the channel is silting up.",
     "Ship pilots and the analysts she hired report that the channel is silting up."),
    # an aside between the source and its verb does not hide the verb
    ("Residents, who have fished the bay for decades, say the channel is silting up.",
     "Residents, who include the harbour master Ana Ruiz, say the channel is silting up."),
    # circumstance frames of a view held by nobody named
    ("Shares in the lender slid amid fears that it would miss its target.",
     "Shares in the lender slid amid fears of a slowdown."),
    ("The ministers met amid indications that the deal was close.",
     "The ministers met amid heavy rain on the coast."),
    ("The ban went ahead despite a public outcry.",
     "The ban went ahead despite an outcry from the fishermen's union."),
]

# Traps kept as plain text: look-alikes that no unattributed-claim rule matches (no candidate,
# tests/trap_guard.py), so nothing but a pattern loosened could make them fail; every other
# trap here holds a candidate, and the judge or a clearing context keeps it quiet.
PLAIN = frozenset({
    'The tanker changed course, according to the Greek coastguard.',
    'The fares range from 2 to 9 euros.',
    'The verdict sparked protests outside the harbour office.',
})


@pytest.mark.parametrize(("flagged", "not_flagged"), PAIRS)
def test_fresh_copy_constructions(lint, flagged, not_flagged):
    assert_trap(not_flagged, UNATTRIBUTED, PLAIN)
    assert _warnings(lint, flagged)
    assert not _warnings(lint, not_flagged)


def test_a_source_quoted_as_saying_is_flagged(lint):
    found = _claims(lint, "Witnesses at the pier quoted a senior official as saying the pier would close.")
    assert any("official" in d.message for d in found)
    assert not _claims(lint, "The agency quoted Ana Ruiz, the harbour master, as saying the pier would close.")


def test_unnamed_estimates_that_range_are_a_hint(lint):
    from lintnews.model.diagnostic import Severity

    hints = _claims(lint, "Estimates of the crowd range from 2,000 to 9,000.", Severity.INFO)
    assert any("estimate" in d.message for d in hints)
    assert_trap("The fares range from 2 to 9 euros.", UNATTRIBUTED, PLAIN)
    assert not _claims(lint, "The fares range from 2 to 9 euros.")


STIRRED = [
    # an event that stirs a view nobody is named as holding
    ("The landslide has raised fears that the coast road will close for good.",
     "The mayor has raised fears that the coast road will close for good."),
    ("The verdict sparked concerns that the harbour would be sold.",
     "The verdict sparked protests outside the harbour office."),
    ("Ferry bookings fell amid concerns that the harbour would be sold.",
     "Ferry bookings fell amid concerns over the weather."),
    # politicians and lawmakers are people who voice views, like officials
    ("Local lawmakers say the harbour will be sold.",
     "The lawmakers, led by Ana Ruiz, say the harbour will be sold."),
]


@pytest.mark.parametrize(("flagged", "not_flagged"), STIRRED)
def test_stirred_views_and_lawmakers(lint, flagged, not_flagged):
    assert_trap(not_flagged, UNATTRIBUTED, PLAIN)
    assert _warnings(lint, flagged)
    assert not _warnings(lint, not_flagged)


def test_a_second_predicate_of_an_unnamed_source_is_its_claim(lint):
    assert _warnings(lint, "A senior aide toured the harbour and said the pier was unsafe.")
    # a named subject, or a second verb that reports nothing, is no unnamed claim
    assert not _warnings(lint, "A senior aide, Ana Ruiz, toured the harbour and said the pier was unsafe.")
    assert not _warnings(lint, "A senior aide toured the harbour and inspected the pier.")


def test_the_sources_with_nothing_to_point_back_to(lint):
    # a story's first mention of a source, definite or not, names nobody
    assert _warnings(lint, "The pier was shut on Monday, the sources said.")
    # after a source the story has introduced, "the source" points back to it
    assert not _warnings(lint, "Ana Ruiz, a source in the harbour office, spoke on Monday. "
                               "The pier was shut, the source said.")


def test_a_date_before_the_source_is_no_member_named(lint):
    flagged = "A source close to the club said the coach would go. He leaves in May, the source said."
    assert _warnings(lint, flagged)
    assert not _warnings(lint, "A source close to the club said the coach would go. "
                               "Tom Reyes, the source in question, said so.")


def test_a_definite_article_serves_both_conjuncts(lint):
    assert not _warnings(lint, "The harbour pilots and analysts said the channel was safe.")
    assert _warnings(lint, "Harbour pilots and analysts said the channel was safe.")


def test_the_first_mention_is_found_per_document(lint):
    # the judge keeps a text's first mention for one document only: a story that introduced
    # its source, linted just before, does not clear "the sources" in the next story, and a
    # story with no source before does not stop the next one from pointing back
    introduced = ("Ana Ruiz, a source in the harbour office, spoke on Monday. "
                  "The pier was shut, the source said.")
    bare = "The pier was shut on Monday, the sources said."
    for _ in range(2):
        assert not _warnings(lint, introduced)
        assert _warnings(lint, bare)
        assert not _warnings(lint, introduced)


def test_first_mention_is_computed_once_and_only_for_its_text():
    from lintnews.builtin.constructions.sources import FirstMention

    text = "Ana Ruiz, a source in the harbour office, spoke. The pier was shut, the source said."
    first = FirstMention(text)
    assert first.end() == text.index("source") + len("source")
    assert FirstMention("The pier was shut.").end() == len("The pier was shut.") + 1
