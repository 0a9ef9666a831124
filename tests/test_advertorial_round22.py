"""Advertorial furniture of round 22, by class and shape, on sentences written for these tests
(not taken from any corpus or page).

Round 22 tuned on round 21's check sample and added: a reading label in capitals whose mark a
scraper turned into a hyphen between spaces ("ALSO READ - <headline>"); a reading label whose
colon lost its space to a hyphen ("Read:-<headline>"), its unit split at the headline's capital
so that a story sentence glued on after the headline with no stop does not hide it; a promotion
box's closing plug ("For more ideas, tips and inspiration, visit <address>") run on after the
box's list with no stop; and "Read more from <Name>" without "here" before the line's end or the
capitals of the next sentence. Story sentences with the same words stay silent.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import reported, warned_words

STORY = "The ferry left the harbour at noon on Tuesday as fog settled over the estuary."
AFTER = "The harbour master said both boats were back on their moorings before dark."

POSITIVES = {
    "dash-for-colon": f"{STORY}- ALSO READ - Island fares to rise again in spring {AFTER}",
    "hyphen-for-space": f"{STORY} Read:-Why the island ferry keeps breaking down every winter {AFTER}",
    "hyphen-for-space-related": f"{STORY} Related:-In the old harbour, a few chandlers stay open {AFTER}",
    "promotion-box": f"{STORY} {AFTER} Share this with Run by the Gazette and partners Junior Rowing "
    "Taster Sailing Club Open Day For more ideas, tips and inspiration, visit example.co.uk/getactive",
    "read-more-from-name": f"{STORY} Read more from Prof Dana Reyes Mr Cole told the council he agreed.",
    "read-more-from-name-line-end": f"{STORY} {AFTER}\nRead more from Prof Dana Reyes",
}


@pytest.mark.parametrize("kind", sorted(POSITIVES))
def test_round22_furniture_is_reported(kind):
    flagged = reported(POSITIVES[kind] + "\n")
    assert flagged, kind
    assert "fog settled" not in flagged


def test_a_hyphened_label_is_cut_from_the_story_sentence_glued_after_its_headline():
    # no stop between the headline and the next sentence, which reports ("said"): the label's
    # unit ends at the headline's capital, so the report does not hide the label
    text = f"{STORY} Read:-Harbour fees caught in a spring squeeze At the time, the mayor said fees would stay.\n"
    flagged = reported(text)
    assert flagged.startswith("Read:-")
    assert "fog settled" not in flagged


NEGATIVES = [
    # dashes and hyphens told as the story
    f"{STORY} MORE - and cheaper - boats will follow, the owner said.",
    f"{STORY} ALSO READ-ONLY copies of the timetable were sent.",
    "The placard read:-Stop the ferry cuts now, please.",
    f"{STORY} Read:-the notice was posted on the quay, the clerk said.",
    # a story's pointer to information, and ideas told as the story
    "For more information, visit example.co.uk/ferries.",
    "For more ideas, the council said, residents should visit the library.",
    "The club said it was run by the council and partners from the island.",
    # reading more from a named person told as the story
    "Read more from Dana Reyes on the budget tomorrow, the editor said.",
    "Read more from Trump's speech below, the aide told reporters.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round22_lookalikes_stay_silent(text):
    assert warned_words(text + "\n") == []
