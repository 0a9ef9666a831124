"""Advertorial insertions of round 43, by class rather than by sentence, on sentences written
for these tests (not taken from any corpus or page).

Round 43 sorted three fresh writers' false alarms by kind and fixed the general mistakes among
them: a reader's own act in a piece of advice ("Read the terms before you sign up") is no plug
and no seller's command; a price-and-shop line is a buy button, not a headline, so it does not
make a run of links with a guide's subhead beside it ("Best value: <product>"). It widened
classes by function where the shared suites' real pages hold kinds the writers do not write: a
funder's credit on the outlet's reporting, the outlet's show by its schedule, a broadcaster's
"watch the full report on", advertiser content, earlier-coverage labels before headlines,
trending titles, article tools, a fact-checker's tip line and a call for contributors.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.insertion import command
from lintnews.builtin.advertorial.promo_voice import promotional, selling
from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import between as _between
from tests.advertorial_lint import lint_advertorial, warning_lines


def _lines(snippet: str) -> list[int]:
    """The snippet's own lines (2 .. 1 + its line count)."""
    return list(range(2, 2 + snippet.count("\n") + 1))


POSITIVES = {
    # a funder's credit on the outlet's own reporting
    "grant-credit": "This reporting was supported by the Marram Foundation.",  # (round 133: a grant is a hint)
    "coverage-funded": "Coverage of rural health is funded in part by the Harbour Trust.",
    "our-journalism": "Our journalism on the coast is made possible by the Tidewater Fund.",
    # the outlet's own show by its schedule, and a broadcaster's pointer to its programme
    "podcast-schedule": "Our podcast, Harbour Talks, is out every Tuesday.",
    "weekly-show": "Our weekly video show goes live every Friday at noon.",
    "full-report": "Watch the full report on Coast One at 6pm tonight.",
    "full-interview": "Hear the full interview on our app.",
    # a paid label with the brand it comes from
    "advertiser-content": "Advertiser content from Harbour Bank",
    # the outlet's accounts, with its name for "us"
    "find-the-outlet": "You can also find the Daily Gazette on Threads and Bluesky.",
    # a syndication credit of a programme that calls itself editorially independent
    "independent-programme": (
        "This article was produced by Harbour Health News, an editorially independent programme "
        "of the Harbour Foundation."
    ),
    # a fact-checker's tip line, a call for contributors, article tools
    "claim-to-check": "Send us a claim to check on WhatsApp.",
    "claims-you-want-checked": "Send us any posts you would like us to verify via our tip line.",
    "write-for-us": "Want to write for us? Send your pitch to the opinion desk.",
    "email-this-story": "Email this story",
    "report-error": "Report an error",
}


@pytest.mark.parametrize("kind", sorted(POSITIVES))
def test_round43_insertions_are_reported(kind):
    snippet = POSITIVES[kind]
    assert warning_lines(_between(snippet)) == _lines(snippet)


@pytest.mark.parametrize(
    "label",
    ["Previous coverage", "Earlier coverage:", "More coverage of the pool closure:", "Trending stories"],
)
def test_a_label_of_earlier_or_trending_stories_takes_the_headlines_after_it(label):
    snippet = (
        f"{label}\n"
        "Harbour master retires after 30 years\n"
        "Lifeboat crew rescue two kayakers off the point\n"
        "New bus route links the quay to the station"
    )
    assert warning_lines(_between(snippet)) == _lines(snippet)


# -- the look-alikes: reporting, advice and a guide's own lines ---------------------------------


NEGATIVES = [
    # funding in a story, and coverage in the past tense
    "The study was supported by a grant from the National Science Foundation.",
    "The project was funded in part by the European Union, the council said.",
    "Coverage of the trial was limited after the judge banned cameras from the court.",
    "Reporting on the war is dangerous, and three journalists have been killed this year.",
    # a review's schedule and somebody else's show
    "The series airs every Sunday on Coast One and runs to eight episodes.",
    "The show, which is out every Friday, has been renewed for a second season.",
    "Their podcast is out every Tuesday and has 40,000 listeners, according to the producers.",
    "Our reporter watched the full interview on the council's YouTube channel before the meeting.",
    # a place, not an account; a button's words inside a sentence
    "You can find the Harbour Museum on Quay Street, next to the old customs house.",
    "Residents can report an error in the flood map at the town hall until May.",
    "She said she would save this article for her grandchildren.",
    "Send us your claims, the minister told the insurers, and we will pay within a week.",
    # a title alone that sits in a sentence
    "Trending stories on social media claimed the bridge had collapsed, which the council denied.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round43_look_alikes_stay_silent(text):
    assert warning_lines(_between(text)) == []


ADVICE = [
    # the reader's own act in a clause of time or condition, and a caution to read the terms
    (
        "A word before you apply: most of these cards ask you to spend a minimum amount in the first "
        "month, and new customers usually get the best deals. Read the terms before you sign up."
    ),
    "Before you sign up for a gym, check whether it offers a cooling-off period. Most do, but read the terms.",
    "Once you sign up for the card, check the fine print: the free gift arrives only after your first deals.",
]


@pytest.mark.parametrize("text", ADVICE)
def test_advice_to_the_reader_is_no_plug_and_no_pitch(text):
    assert not promotional(text, 0, len(text), lambda _offset: False)
    assert selling(text, 0, len(text)) < 2
    assert warning_lines(_between(text)) == []


@pytest.mark.parametrize(
    "sentence",
    ["Read the terms before you sign up.", "Check the small print before you book.", "Review the eligibility criteria first."],
)
def test_a_caution_is_no_command_to_act_with_the_outlet(sentence):
    assert command(sentence) is None


def test_the_plug_with_sign_up_is_still_a_plug():
    # the same words as a command, with the outlet's channel, stay a plug
    plug = "Never miss a deal: sign up for our free deals newsletter and get the best offers in your inbox!"
    assert promotional(plug, 0, len(plug), lambda _offset: False)
    assert command("Sign up for our deals newsletter before you go.") is not None


def test_price_lines_make_no_headline_run_with_a_guides_subhead():
    # a buying guide's verdicts: each product's subhead, its fact lines, its prices at two shops
    text = (
        "We wore seven pairs of winter boots for six weeks in the coldest month on record.\n"
        "Best overall: Harbour Summit\n"
        "Temperature rating: -40 C\n"
        "The Summit kept our tester's toes warm in every standing test, and its liner dries overnight.\n"
        "$219.99 at Quayside Outfitters\n"
        "$224.99 at Coastline Sports\n"
        "Best value: Harbour Drift\n"
        "Temperature rating: -32 C\n"
        "At just over half the price, the Drift held up well until about -30 C in our tests.\n"
    )
    warned = sorted(d.line for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank)
    # the price lines are reported; the subhead and the fact line after them are at most hints
    # (before round 43 the two price lines and the subhead made a run of three "links")
    assert warned == [5, 6]


def test_a_run_of_related_headlines_is_still_reported():
    snippet = (
        "Harbour master retires after 30 years\n"
        "Lifeboat crew rescue two kayakers off the point\n"
        "New bus route links the quay to the station"
    )
    assert warning_lines(_between(snippet)) == _lines(snippet)
