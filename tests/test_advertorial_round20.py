"""Advertorial furniture of round 20, by class and shape, on sentences written for these tests
(not taken from any corpus or page).

Round 20 tuned on round 19's check sample and added: a link label before a headline that opens
with a figure ("READ MORE: 2016 - The year ..."); a reading label in mixed case with its colon
after a stop and two spaces, before a headline in sentence case ("Related: In the old town, ...");
a click with a hyphen for its lost space ("click-here and subscribe!"); a writer's account given
by its handle or address ("Contact Ruiz at @anaruiz", "Reach Ana Ruiz on Twitter at http://...");
"You can follow <Name> on <network>" (the line that closes a news service's about box);
a pointer to the rest of a series ("Find other Harbour Checks here"); a reader's question in a
related-stories widget ("Asks Ana Ruiz from Porto (07.03.2016)"); a related story's headline left
after the text's last sentence, set off by two spaces or more. Precision: a rank phrase ("the
world's largest") is a company's boilerplate as its predicate or apposition ("Northwind is the
world's largest ..."), not as any object of a story sentence ("... to build the world's largest
glass plant"). Story sentences with the same words stay silent.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import reported, warned_words, warning_lines

STORY = "The ferry left the harbour at noon on Tuesday as fog settled over the estuary."
AFTER = "The harbour master said both boats were back on their moorings before dark."

# furniture run into the story's line (the report holds the furniture, never the story sentence)
POSITIVES = {
    "label-before-figure": f"{STORY}  READ MORE: 2016 - The year the island lost its last ferry {AFTER}",
    "label-before-figure-one-space": f"{STORY} READ MORE: 2019 The summer the quay flooded twice {AFTER}",
    "mixed-case-label": f"{STORY}  Related: In the old harbour, a few chandlers stay open {AFTER}",
    "mixed-case-read-more": f"{STORY}  Read more: Fishing crews count the cost of a wet spring {AFTER}",
    "click-hyphen": "To read our full interview with the harbour master and hear about his plans, "
    f"click-here and subscribe! {STORY}",
    "contact-handle": f"{STORY} Contact Ana Ruiz at @anaruiz",
    "contact-address": f"{STORY} Contact Ruiz at https://www.twitter.com/anaruiz",
    "reach-on-twitter": f"{STORY} Reach Tom Cole on Twitter at http://twitter.com/tomcole",
    "contact-after-mangled-mark": f"{STORY} \"We will sail again,\" he said. \"?Contact Ruiz at "
    "https://www.twitter.com/anaruiz",
    "about-box": f"{STORY} Harbour Watch reports and analyses news from TV, radio, web and print media "
    "around the world. You can follow Harbour Watch on Twitter and Facebook.",
    "series-pointer": f"{STORY} Find other Harbour Checks here",
    "closing-headline": f"{STORY} {AFTER}   Island ferry fares to rise for a second year running",
    "closing-headline-titled": f"{STORY} {AFTER}  Night Boats and Lighthouses: the harbour's working fleet",
}


@pytest.mark.parametrize("kind", sorted(POSITIVES))
def test_round20_furniture_is_reported(kind):
    flagged = reported(POSITIVES[kind] + "\n")
    assert "fog settled" not in flagged
    assert "moorings before dark" not in flagged


def test_a_readers_question_joins_the_dated_teasers():
    text = (
        "Not every harbour master trains at a sea school. Some towns produce more of them. (18.10.2016) "
        "A ferry line to the outer islands closed after a century of sailings. (29.11.2016) "
        "Asks Ana Ruiz from Porto (07.03.2016) " + AFTER + "\n"
    )
    flagged = reported(text)
    assert "Asks Ana Ruiz from Porto (07.03.2016" in flagged
    assert "moorings before dark" not in flagged


def test_the_about_box_is_reported_by_its_follow_line():
    assert "follow Harbour Watch on Twitter" in reported(POSITIVES["about-box"] + "\n")


LINES = {
    "series-pointer": "Find other Harbour Checks here",
}
# (round 122: "Contact Ana Ruiz at ana.ruiz@gazette.example", a named person's e-mail contact line,
# is the writer's own details, no plug; tests/test_advertorial_round122.py pins it silent)


@pytest.mark.parametrize("kind", sorted(LINES))
def test_round20_furniture_lines_are_reported(kind):
    assert warning_lines(f"{STORY}\n\n{LINES[kind]}\n\n{AFTER}\n") == [3]


# -- look-alikes ----------------------------------------------------------------------------------

NEGATIVES = [
    # figures and labels told as the story
    "The report's title was READ MORE, the librarian said, and 2016 sales rose.",
    "Read more: the council's report on the ferry is online.",
    "Related: the two boats were built in the same yard, the owner said.",
    "The crew said the related costs were 2016's highest.",
    # clicking, contacting and following told as the story
    "Voters who click-here buttons on the council's site get a form, the clerk said.",
    "Residents can contact the council at the harbour office on weekdays.",
    "Police asked anyone with information to contact Ana Ruiz at the station.",
    "Reyes said you can follow the ferries on the port's tracking map.",
    "You can follow the president's advice, the mayor told the crowd, or ignore it.",
    # a monitoring agency told as the story
    "The agency, which monitored broadcasts from the region, said the claim was false.",
    "Analysts said the service reported and analysed news from across the region for decades.",
    # series and questions told as the story
    "Readers can find other ferry timetables here and at the station, the operator said.",
    "Ana Ruiz from Porto asked the minister about the ferry on Monday.",
    "The minister asks Ana Ruiz from Porto to lead the inquiry.",
    # a story's last sentence, and credits after a gap
    f"{STORY} {AFTER}  Source: Harbour Gazette and news agencies",
    f"{STORY} {AFTER}  Photo: Ana Ruiz for the Gazette",
    f"{STORY} {AFTER}  The trial continues.",
    f"{STORY} {AFTER}  Additional reporting by Tom Cole",
    f"{STORY} {AFTER}  I will be back on the quay next week",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round20_lookalikes_stay_silent(text):
    assert warned_words(text + "\n") == []


def test_a_rank_phrase_in_story_sentences_is_not_boilerplate():
    # an opinion piece in the present tense: two rank phrases, neither the predicate of a
    # company's description of itself
    text = (
        "It has been a big year for island shipping. The yards, as a group, have become the world's "
        "largest source of new ferries. A case in point is Northwind Yards, which is investing "
        "$1 billion in the port, including $500 million to build the world's largest dry dock.\n"
    )
    assert warned_words(text) == []


def test_a_company_describing_itself_by_rank_is_still_reported():
    text = (
        "Northwind is the world's largest maker of ferry engines, with offices in 40 countries. "
        "For more information, visit northwind.example.\n"
    )
    assert reported(text)
