"""Advertorial classes widened in round 6 (issue 15), on sentences written for these tests
(not taken from any corpus).

The round looked for insertions no earlier set had: plugs glued into a story paragraph, link
labels with other punctuation ("READ MORE >>", "WATCH —", "» More:"), photo, video and gallery
teasers, a live page's controls, the outlet telling the reader its journalism is free to read,
event plugs with their passes, quizzes, polls and puzzles, property and jobs widgets, an advert
break's notice, consent text in other words, a sponsor's credit on a named part of the outlet.
The look-alikes report about the same things (or credit a photographer) and stay silent.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import lint_advertorial, warning_lines

BEFORE = (
    "The county's ambulance service missed its response target for the ninth month in a row "
    "in October, figures released by the health board on Thursday show."
)
AFTER = (
    "The board said it would open two more stations in the spring and recruit 60 paramedics, "
    "its chief executive told a meeting in Carrow."
)

PLUGS = {
    "label-chevrons": "READ MORE >> Carrow bypass to close for three weekends of resurfacing",
    "label-dash": "WATCH – Crews free a lorry stuck under the Mill Street bridge",
    "label-bullet": "› Also: School run parking fines to double from January",
    "label-bullet-arrow": "▶ Watch: Paramedics describe a twelve-hour shift in the city",
    "photo-teaser": "In photos: The new ambulance station takes shape on Quarry Road",
    "video-duration": "Video: How a rapid response car is kitted out (2:31)",
    "gallery-link": "See the full photo gallery",
    "live-controls": "Show key events only",
    "live-refresh": "Reload the page to follow the latest from the board meeting.",
    "free-to-read": "Our reporting will always stay free to read, because members pay for it.",
    "inbox": "Get the day's health stories in your inbox with our evening email.",
    "signup-box": "Drop your email address in the box below to hear when we publish.",
    "event-join": "Join clinicians and patients for the Carrow Health Forum at the Guildhall on 3 May.",
    "event-early-bird": "Early-bird places for the forum end on Friday.",
    "quiz": "Test yourself with this week's news quiz.",
    "poll": "Vote in our reader poll below.",
    "puzzle-hub": "New word games every morning in our puzzles hub.",
    "property-title": "Homes for sale near you",
    "jobs-cta": "Browse all 800 local vacancies on our jobs board.",
    "advert-break": "Article continues below",
    "advert-scroll": "Advertisement · Continue reading below",
    "consent": "We and our partners store and access information on your device for measurement.",
    "consent-choices": "You can withdraw your consent at any time in the footer of this site.",
    "sponsor-credit": "Our county sport pages are proudly supported by Harwell Motors.",
    "form-field": "Postcode *",
    "form-validation": "This field is required.",
    "form-poll-terms": "Answering this survey subscribes you to the Carrow Courier's alerts.",
    "form-opt-out": "You can opt out at any time.",
    "subscribing-now": "Follow every twist of the inquiry by subscribing today.",
    "player-message": "Playback is not supported on this browser.",
    "article-tool": "Gift this article",
    "how-did-you-like-it": "Liked what you just read? Pass it on to a neighbour.",
    "more-like-this": "Want more stories like this? Our team covers the board every week.",
    "feedback": "Was this guide useful?",
    "typo": "Noticed a typo in this story?",
    "tips": "Send us your pictures via the form on our contact page.",
    "headlines-widget": "See what's trending on Carrow Courier Online.",
    "continue-main-story": "Continue reading the main story",
}


@pytest.mark.parametrize(("kind", "line"), list(PLUGS.items()), ids=list(PLUGS))
def test_each_new_class_is_reported_on_its_line(kind, line):
    assert warning_lines(f"{BEFORE}\n\n{line}\n\n{AFTER}\n") == [3], (kind, line)


def test_a_plug_glued_into_a_story_paragraph_is_reported():
    text = (
        "The board met on Thursday to discuss the missed targets. Get every health story of the "
        "week in your inbox with our free bulletin. Members then voted to open two more stations.\n"
    )
    found = [d for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank]
    assert len(found) == 1
    assert found[0].column > 40  # the plug, not the story sentence before it


def test_a_classified_widget_is_reported():
    text = (
        f"{BEFORE}\n\n"
        "Featured jobs\n"
        "Paramedic - Carrow Ambulance Service - £35,000\n"
        "Call handler - County Health Board - £24,500\n\n"
        f"{AFTER}\n"
    )
    assert 3 in warning_lines(text)


def test_a_live_pages_labels_are_reported():
    text = f"Live updates\nKey events\n\n{BEFORE}\n\n{AFTER}\n"
    assert warning_lines(text)[:1] == [1]


NOT_ADVERTORIAL = [
    # credits after a picture label name a photographer: no teaser
    "Photos: Ana Ruiz",
    "Pictures: Tom Reyes/Carrow Courier",
    # reporting about the same things
    "The board launched a weekly email for patients in June, its spokesperson said.",
    "A pub quiz at the Lamb raised 800 pounds for the air ambulance last month.",
    "More than 400 people attended the health forum at the Guildhall last year.",
    "A three-bedroom house on Quarry Road sold for 240,000 pounds in May.",
    "A jobs fair for paramedics will be held at the fire station on Saturday, the board said.",
    "The watchdog said apps that store information on a device must ask for consent first.",
    "The charity said its ambulance appeal was supported by Harwell Motors.",
    "Photos of the queue outside the hospital were shared widely on Tuesday.",
    "Early-bird tickets for the gala sold out within an hour, organisers said.",
    "Patients can opt out of the scheme, the health board said.",
    "Name and address of the new trust chair were published on Monday.",
    "Staff who liked the old rota said they enjoyed the longer breaks.",
    "The board said the error in its figures had been spotted by an auditor.",
    "The video could not be played in court because of a fault, the judge said.",
    # a subhead about the next paragraph and a caption
    "What the board will do next",
    "Paramedics at the new station on Quarry Road. Photograph: Lee Hart",
]


@pytest.mark.parametrize("line", NOT_ADVERTORIAL, ids=[s[:40] for s in NOT_ADVERTORIAL])
def test_look_alikes_are_not_reported(line):
    assert warning_lines(f"{BEFORE}\n\n{line}\n\n{AFTER}\n") == []


@pytest.mark.parametrize("glued", [
    "The board met on Thursday, its chair said. ALSO READ | Bypass to close for three weekends",
    "The board met on Thursday, its chair said.Video: Crews free a lorry under the bridge",
])
def test_a_link_label_glued_after_a_sentence_is_reported(glued):
    found = [d for d in lint_advertorial(f"{glued}\n") if d.severity.rank >= Severity.WARNING.rank]
    assert len(found) == 1 and found[0].column > 40


@pytest.mark.parametrize("line", [
    "The board met on Thursday. More: the chair said the targets would be met by spring.",
    "The board met on Thursday. Watch: a phrase the chair used twice in the meeting.",
])
def test_a_label_word_in_sentence_case_after_a_spaced_stop_is_the_storys(line):
    assert warning_lines(f"{line}\n") == []
