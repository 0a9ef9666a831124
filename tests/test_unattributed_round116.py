"""Unattributed claims, round 116: material whose maker is named after all (issue 14).

1. The stop of an abbreviation inside a document's postmodifier ("a situation report issued
   at 9 a.m. by the office") no longer ends the search for the words that name its maker: the
   "by" after "a.m." identifies the report. Trap: a report passed on by nobody named
   ("passed on at 9 a.m. by residents") stays warned.
2. The next sentence picks up the material, definite, and names who made, signed or verified
   it ("Footage that surfaced overnight shows ... The video was verified by the Harbour
   Gazette", "..., according to an internal memo seen by this newspaper. / The memo, dated 3
   June and signed by the trust's finance director, Ann Lowe, ..."): GUIDELINES.md asks who
   released, obtained or verified it, and the next sentence answers. Traps: who passed it on
   ("shared by a user in Leeds"), an unnamed maker ("filmed by a passer-by", "signed by a
   manager").
3. A verb form used as a noun after a determiner or a possessive ("posted on Grey Fox's leak
   site", "reports of a leak surfaced") is no emergence verb: the noun is read on to the real
   verb. Traps: "A video leaked to reporters shows" and "Reports of a leak surfaced" stay
   warned.
4. A rulebook is a record ("according to federal guidelines", "national standards"):
   described, a hint, as "official figures" is and as the bare "according to guidelines"
   already was; an institution's ("government regulations") is named. Trap: "leaked
   guidelines" source nothing.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


_FLOOD = "HARTON - Roads were closed on Monday.\n\n"


def test_a_maker_after_an_abbreviation_identifies_the_report(lint) -> None:
    text = (_FLOOD + "The breach sent water across 300 hectares of fields, according to a situation "
            "report issued at 9 a.m. by the office. Nobody was hurt.")
    assert not warnings(lint, text), [d.message for d in warnings(lint, text)]


def test_a_report_with_a_time_and_an_unnamed_maker_stays_warned(lint) -> None:
    assert_warned(lint, _FLOOD + "The breach sent water across 300 hectares of fields, according to a "
                  "situation report passed on at 9 a.m. by residents. Nobody was hurt.", "situation report")


_FOOTAGE = "Footage that surfaced overnight shows guards beating a man. "


@pytest.mark.parametrize("nxt", [
    "The video was verified by the Harbour Gazette, which matched the buildings.",
    "The video was filmed by Tom Reid, a student who lives on the street.",
])
def test_the_next_sentence_names_who_made_or_verified_the_material(lint, nxt: str) -> None:
    text = LEAD + _FOOTAGE + nxt
    assert not warnings(lint, text), [d.message for d in warnings(lint, text)]


@pytest.mark.parametrize("nxt", [
    "The video was shared by a user in Leeds.",
    "The video was filmed by a passer-by.",
    "The video is two minutes long.",
])
def test_the_next_sentence_without_a_named_maker_leaves_it_warned(lint, nxt: str) -> None:
    assert_warned(lint, LEAD + _FOOTAGE + nxt, "Footage that surfaced")


_MEMO = "A school trust in the north told heads to delay repairs, according to an internal memo seen by this newspaper.\n\n"


def test_the_memo_signed_by_a_named_officer_in_the_next_paragraph(lint) -> None:
    text = LEAD + _MEMO + "The memo, dated 3 June and signed by the trust's finance director, Ann Lowe, asks heads to wait."
    assert not [d for d in lint(text) if d.category == "unattributed-claim"], text


def test_the_memo_signed_by_nobody_named_stays_reported(lint) -> None:
    assert_hint(lint, LEAD + _MEMO + "The memo, dated 3 June and signed by a manager, asks heads to wait.")


def test_a_leak_site_is_a_noun_not_an_emergence(lint) -> None:
    text = LEAD + "Hackers stole customer data. A message posted on Grey Fox's leak site on Thursday claimed responsibility."
    assert not warnings(lint, text), [d.message for d in warnings(lint, text)]


@pytest.mark.parametrize(("text", "cue"), [
    ("Reports of a leak surfaced on Monday.", "Reports of a leak surfaced"),
    ("A video leaked to reporters shows the blast.", "A video leaked"),
    ("A message posted on a leak site has emerged.", "A message posted on a leak site has emerged"),
])
def test_a_real_emergence_after_the_noun_stays_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("source", ["federal guidelines", "national standards"])
def test_a_rulebook_of_a_level_of_government_is_a_described_source(lint, source: str) -> None:
    assert_hint(lint, LEAD + f"Readings above 200 are considered very unhealthy, according to {source}.")


def test_an_institution_s_rulebook_is_its_named_source(lint) -> None:
    text = LEAD + "Readings above 200 are considered very unhealthy, according to government regulations."
    assert not claims(lint, text), [d.message for d in claims(lint, text)]


def test_leaked_guidelines_source_nothing(lint) -> None:
    assert_warned(lint, LEAD + "Readings above 200 are considered very unhealthy, according to leaked guidelines.",
                  "are considered")
