"""Advertorial furniture of round 17, by class and shape, on sentences written for these tests
(not taken from any corpus or page).

Round 17 read more real scraped news copy (one line per article, its paragraphs run together)
and widened what round 16 had left: capital link labels after two spaces, after a stop and a
spaced hyphen, after a word with no stop ("... per person MORE: ..."), one after another's
headline ("READ: ... READ: ..."), "READ:" alone and a mis-cased "REAd MORE:"; such a label
is a unit of its own and never read as quoted (a quotation that runs on over paragraphs whose
breaks a paste lost does not hold the page's label); a headline in plain single marks after a
label; "Share this with" left before the story by a share button; a writer's account given by
its address; pointers to the outlet's live page or section; a writer's own newsletter; a
player's eight-word message as a unit of its own; a capitalised "Learn more" closing the whole
text after any sentence that is no story line; a stop and a closing mark mangled into '"?'.
Story sentences with the same words stay silent.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import reported, warned_words

STORY = "The ferry left the harbour at noon on Tuesday as fog settled over the estuary."
AFTER = "The harbour master said both boats were back on their moorings before dark."


# -- positives ------------------------------------------------------------------------------------

POSITIVES = {
    "two-spaces": f"{STORY}  READ MORE: Island fares to rise again in spring {AFTER}\n",
    "spaced-hyphen": f"{STORY} - IN PICTURES: The old ferries of the estuary in winter {AFTER}\n",
    "read-alone": f"{STORY} READ: Harbour master to retire after thirty years {AFTER}\n",
    "mis-cased": f"{STORY} REAd MORE: Harbour master to retire after thirty years {AFTER}\n",
    "after-a-price": "Island Dive Centre, Quay Street; dives from $90 per person MORE: Ten quiet coves "
    "for snorkelling The north reef is best in the morning.\n",
    "single-mark-headline": f"{STORY} READ MORE: 'We will not sell the pier' The harbour master said "
    "the boats were back before dark.\n",
    "share-this-with": "Share this with The ferry left the harbour at noon on Tuesday.\n",
    "follow-by-address": f"{STORY} Follow Ana Ruiz at http://twitter.com/anaruiz_news\n",
    # (the sentence after it must not report: the pointer, ten words, is too long to be cut off as a label)
    "live-page": f"{STORY} For the latest on this story visit our Estuary live page Work on the pier goes on.\n",
    "section-pointer": f"{STORY} Visit gazette.example/sport for more news and videos {AFTER}\n",
    "own-newsletter": f"{STORY} Want more updates from Ana Ruiz? Sign up for her newsletter, Tide Lines, here.\n",
    "player-message": f"{STORY} Media playback is not supported on this device Ana Ruiz said the "
    "boats were back before dark.\n",
    "card-at-the-end": f"{STORY} {AFTER} The strangest stories from the coast, every week. Learn more\n",
    "mangled-mark": f"{AFTER[:-1]}, \"We are ready,\" she said. \"?Follow Ana Ruiz at "
    "http://twitter.com/anaruiz_news\n",
}


@pytest.mark.parametrize("kind", sorted(POSITIVES))
def test_round17_furniture_is_reported(kind):
    flagged = reported(POSITIVES[kind])
    # the story sentence before the furniture is never part of the report
    assert "fog settled" not in flagged


def test_a_capital_label_inside_a_run_on_quotation_is_not_quoted():
    # a quotation whose paragraphs were run together: the mark opened before the label closes after it
    text = (f"{STORY} The harbour master said: \"We lost two boats in the fog. Nobody was hurt. "
            "READ MORE: Island fares to rise again in spring We will rebuild them by summer.\"\n")
    assert "READ MORE:" in reported(text)


def test_labels_one_after_another_are_each_reported():
    text = (f"{STORY} READ: Harbour master to retire after thirty years READ: Island fares to rise "
            f"again READ: Pier repairs start in May {AFTER}\n")
    # (one report for the run: each label is in it, the story after it is not)
    flagged = reported(text)
    assert flagged.count("READ:") == 3
    assert "moorings" not in flagged


def test_the_label_does_not_take_the_story_sentence_that_reports():
    text = f"{STORY} READ MORE: 'We will not sell the pier' Ana Ruiz also said that the boats were safe.\n"
    flagged = reported(text)
    assert flagged.startswith("READ MORE:")
    assert "also said" not in flagged


# -- look-alikes ----------------------------------------------------------------------------------

NEGATIVES = [
    # reading, sharing and following told as the story
    "She did not share this with anyone until the inquiry began in March.",
    "He asked readers to share this with their neighbours, the council said.",
    "Fans follow Ana Ruiz on the radio every Sunday morning.",
    "The mayor said they would follow the case closely.",
    "For the latest figures, the council pointed to its annual report.",
    "Visitors can visit the island for more than a week in summer.",
    "She signed up for her newsletter in 2019, the court heard.",
    "The fishermen want more updates from the council on the quota.",
    # capitals that are the story's or an agency's sections, not link labels
    "ENERGY: Benchmark crude rose 40 cents to $49 a barrel.",
    "KEEPING SCORE: The index rose 1.1 percent in early trading.",
    "The banner said WE WANT MORE for the harbour.",
    "Campaigners chanted MORE FERRIES outside the town hall.",
    # a button-like phrase inside a story sentence
    f"{STORY} {AFTER} Residents who want to learn more can visit the library.",
    f"{STORY} {AFTER} The council said residents can learn more at the library. Learn more",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round17_lookalikes_stay_silent(text):
    assert warned_words(text + "\n") == []
