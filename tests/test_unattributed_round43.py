"""Unattributed claims, round 43: general misreadings found on copy nobody had tuned on (Y2).

Precision: a doubt adverb inside a question a negated verb leaves open ("The posts do not say who
supposedly approved it") asserts nothing, and one inside a claim noun's content clause ("a claim
that he supposedly owned three yachts") is a hint (the noun is the hearsay); a body's initials in
brackets after its name keep its lead ("The Kent Growers Association (KGA) said on Monday that ...
allegedly"); a group named by an agent noun has a member named by a relative clause that does
what the noun says ("Some shop owners say ... Maria Lopez, who owns a florist, told the Gazette");
a speaker of a learned profession named next makes "Some experts caution" a hint ("Dr Ann Cole,
a psychologist at Leeds, noted");
a quotation's closing tag spoken by one participant ('"...," one resident said.') is a hint; one
person's request ("a new finance director asked for an audit") claims nothing; what is "too early
to confirm" is no claim; a report still to come ("Staff will report back") tells nothing yet;
"staff who raised concerns were told to wait" are the people told; a relative clause without
"that" ("levels midwives described as unsafe") is no agentless passive.

Every sentence is written for these tests. See docs/history/unattributed-claims.md, round 43.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


WARNED = [
    # what still warns beside the new clearings and hints
    ("The payments were supposedly approved in May, though the posts do not say who.", "supposedly"),
    ("The messages do not say much, but the payments were supposedly approved in May.", "supposedly"),
    ("Some shop owners say trade has fallen. Maria Lopez, who sells flowers nearby, told the Gazette it had.",
     "Some shop owners say"),
    ("Some economists warn of a slump. Dr Ann Cole, a psychologist at Leeds, noted that people spend less.",
     "Some economists warn"),
    ("One resident said the council had lied about the water.", "One resident said"),
    ("\"The council lied to us,\" residents said, adding that the water was never safe.", "residents said"),
    ("Campaigners have been asking for a new bridge, saying the old one is unsafe.", "Campaigners have been asking"),
    ("Authorities said the fire was started deliberately.", "Authorities said"),
    ("Critics will say that the plan is too costly.", "Critics will say"),
    ("Staff who raised concerns say the wards were unsafe.", "Staff who raised concerns say"),
    ("The players regarded as the best in the league were left out.", "regarded as"),
    ("A man is believed to have fled the country.", "believed to"),
    ("A man has been charged after a woman was allegedly assaulted.\n\nPolice said the bus was late.",
     "allegedly"),
]

HINTS = [
    "The agency has checked other false claims about the minister, including a claim that he supposedly "
    "owned three yachts, which it rated false.",
    "\"You could see vans pull up at midnight. Everyone knew something was wrong,\" one resident said.",
    "\"Nobody came for two days,\" one resident, who asked not to be named, told The Courier.",
    "The losses came to light when a relative of one patient asked for a copy of the accounts and found a "
    "payment had never been made.",
    "Some experts caution against reading too much into the study. Dr. Ann Cole, a psychologist at Leeds "
    "who studies sleep and was not involved in the work, noted that the sample was small.",
]

SILENT = [
    "The messages do not say who supposedly approved the payments, and none of them cite a document.",
    "The video does not show when the flood supposedly happened.",
    "The Kent Growers Association (KGA) said in a statement on Monday that at least nine silos allegedly "
    "stood empty for a year.",
    "Some shop owners say trade has fallen since the road closed. Maria Lopez, who owns a florist on the "
    "street, told the Gazette her takings were down by a fifth.",
    "Some sheep farmers say prices have collapsed. Tom Hale, who farms near Hexham, said he had sold at a loss.",
    "Fires are burning near the town. At least three sheds burned, but authorities said it was too early "
    "to confirm the damage.",
    "Officials will report back in the autumn on plans to widen the road.",
    "Internal memos seen by the Gazette's reporters show that nurses who raised concerns were told by "
    "managers to wait.",
]


@pytest.mark.parametrize(("text", "cue"), WARNED)
def test_round43_warned(lint, text, cue):
    assert_warned(lint, text, cue)


@pytest.mark.parametrize("text", HINTS)
def test_round43_hint(lint, text):
    assert_hint(lint, text)


@pytest.mark.parametrize("text", SILENT)
def test_round43_silent(lint, text):
    assert_silent(lint, text)


def test_an_outlets_learning_from_a_bare_plural_of_people_is_reported(lint):
    # Silent here until round 126, only because the capitalised "Nurses" opening the sentence
    # was read as a name: a bare plural of people identifies nobody (round 126), so the outlet's
    # "has learned" names no informant, the cue this construction is for.
    text = ("Nurses warned the trust that staffing had fallen to levels midwives described as unsafe, "
            "the Gazette has learned.")
    assert_warned(lint, text, "the Gazette has learned")
