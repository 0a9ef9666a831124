"""Advertorial furniture from pages nobody had tuned on (issue 15, round 12), on sentences written
for these tests (not taken from any corpus or page).

Round 12 checked round 11's work on real furniture from other pages, pasted into article text the
same ways. What it missed were ordinary members of the known classes in new words (a sign-up
for a named newsletter, a podcast player's controls, a comment widget's closing notice, a
review-copy disclosure) and a whole plug sentence glued by its stop onto the next story sentence
("...accepting comments.Union officials say ..."), which the narration after it made a story
line. A wire service's rights notice is a legal line, as a copyright line is: left alone.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import lint_advertorial, warning_lines

ONE = "The lifeboat crew was called out twice on Sunday as fog settled over the estuary."
TWO = "RNLI officials say both boats were back on their moorings before dark."

ITEMS = {
    "named-newsletter": "Sign up for The Slack Water Newsletter.",
    "updates": "Sign up to receive regular updates on new moorings in your area.",
    "comment-updates": "Receive email updates on new comments!",
    "newsletter-consent": "Yes, I would like to receive a weekly newsletter from the Estuary Times.",
    "podcast": "Subscribe to podcast",
    "episode": "Download Today's Podcast",
    "more-audio": "Listen to more audio from this programme.",
    "player": "Podcast: Play in new window",
    "comments-closed": "Sorry, we are no longer accepting comments.",
    "guidelines": "To find out more about commenting please read the Conversation Guidelines.",
    "share-story": "Read or Share this story: https://example.com/s/42",
    "add-comment": "12 comments add your comment",
    "review-copy": "Tide Runner was reviewed using code provided by its publisher.",
    "deals": "Best deals from quaytravel",
    "related-stories": "Read Other Related Stories About This:",
    "bloggers": "Read more from Estuary Times bloggers:",
    "caps-title": "RELATED TOPICS",
    "most-popular-now": "Most popular stories right now",
}


@pytest.mark.parametrize("kind", sorted(ITEMS))
def test_new_words_of_known_classes_are_reported_in_their_own_paragraph(kind: str) -> None:
    assert warning_lines(f"{ONE}\n\n{ITEMS[kind]}\n\n{TWO}") == [3], kind


GLUED = ["named-newsletter", "updates", "comments-closed", "newsletter-consent", "more-audio"]


@pytest.mark.parametrize("kind", GLUED)
def test_a_plug_sentence_glued_by_its_stop_onto_a_story_sentence_is_reported_alone(kind: str) -> None:
    plug = ITEMS[kind]
    text = f"{ONE}\n\n{plug}{TWO}"
    found = [d for d in lint_advertorial(text) if d.severity.name == "WARNING"]
    assert [(d.line, d.column, d.end_column) for d in found] == [(3, 1, len(plug) + 1)], kind


STORY = {
    "may-not-be-published": "The agency said the photographs may not be published without the family's consent.",
    "sign-up-service": "Readers who sign up for the service will pay a monthly fee, the company said.",
    "email-updates": "Council tenants can now receive email updates about repairs, the housing office said.",
    "podcast-subscribers": "More than a million people subscribe to the podcast, the company said.",
    "download-audio": "The pilots could not download the audio from the recorder.",
    "no-longer-accepting": "The agency said it was no longer accepting comments on the plan.",
    "guidelines-story": "Residents were asked to read the community guidelines before the meeting, the council said.",
    "reviewed-by": "The draft was reviewed by lawyers provided by the council.",
    "best-deals": "The best deals were struck late at night, the negotiators said.",
    "related-story": "Readers can read related stories in the archive.",
    "caps-subhead": "MOST READ BOOKS OF THE YEAR",
    # a rights notice is a legal line, not a plug (README: legal and copyright lines are left alone)
    "copyright": "© 2024 Estuary Times Ltd. All rights reserved.",
    "rights-notice": "This material may not be published, broadcast, rewritten or redistributed.",
}


@pytest.mark.parametrize("kind", sorted(STORY))
def test_the_same_words_in_the_story_are_left_alone(kind: str) -> None:
    assert warning_lines(f"{STORY[kind]}\n\n{TWO}") == [], kind


def test_a_story_sentence_with_a_stop_glued_on_is_not_split_without_a_signal() -> None:
    text = f"{ONE}\n\nThe harbour reopened on Monday.Officials say the pier is safe."
    assert warning_lines(text) == []
