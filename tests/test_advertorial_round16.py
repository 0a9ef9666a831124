"""Advertorial furniture of issue 15's round 16, by class and shape, on sentences written for
these tests (not taken from any corpus or page).

Round 16 read real scraped news copy (one line per article, its paragraphs run together) and
widened what it missed: a share bar run into the text with its verb and permanent link, capital
section labels after a stop ("OPINION:", "INTERACTIVE:"), a stop followed by a hyphen that
stands for a lost space, a tip line asking for information to share with the outlet, "Share
this slide:", a teaser card's "Learn more" after a sentence to the reader, a related-content
widget flattened into teasers each closed by a date in brackets, a possessive's stop that the
splitter does not end a sentence at, a programme's episodes and a gallery the reader is sent
to, and an open quotation mark no mark closes (a mangled paste) that no longer hides the
furniture after it. Story sentences with the same words stay silent.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import lint_advertorial, reported, warned_words

STORY = "The ferry left the harbour at noon on Tuesday as fog settled over the estuary."
AFTER = "The harbour master said both boats were back on their moorings before dark."


# -- positives: each run into a paragraph between two story sentences --------------------------

RUN_IN = {
    "share-bar": "Harbour at dusk Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg "
    "reddit Newsvine Permalink http://gazette.example/p/2Xq1",
    "share-bar-plain": "Share Facebook Twitter Pinterest Email Print",
    "opinion-label": "OPINION: Why the island needs a second ferry",
    "interactive-label": "INTERACTIVE: Mapping the island's ferry routes",
    "tip-question": "Do you have information you want to share with the Estuary Gazette? Here's how.",
    "share-slide": "Share this slide: Ferry fares over the years",
    "episodes": "You can download and listen to recent episodes of Harbour Hour by going to our archive.",
    "gallery": "Click through the gallery above to see the island's old ferries.",
}


@pytest.mark.parametrize("kind", sorted(RUN_IN))
def test_furniture_run_into_a_paragraph_is_reported(kind):
    item = RUN_IN[kind]
    text = f"{STORY} {item} {AFTER}\n"
    flagged = reported(text)
    # the story sentence before it is never part of the report
    assert "fog settled" not in flagged


def test_a_share_bar_is_reported_with_its_permalink_and_without_the_story():
    bar = ("Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine "
           "Permalink http://gazette.example/p/2Xq1")
    text = f"{STORY} Harbour at dusk {bar} The crew said the fog lifted by six.\n"
    flagged = reported(text)
    # (the caption before it, a fragment of three words, may go with it; the story does not)
    assert flagged.endswith(bar)
    assert "fog" not in flagged


def test_a_label_after_a_stop_and_a_hyphen_is_a_unit_of_its_own():
    # a scraper turned the space after the stop into a hyphen: the narration before it is not the label's sentence
    text = f"{STORY[:-1]} yesterday.- READ MORE: Island fares to rise again in spring {AFTER}\n"
    flagged = reported(text)
    assert flagged.startswith("READ MORE:")


def test_teaser_card_at_the_paragraph_end():
    text = f"{STORY} {AFTER} Start your morning with the harbour news that matters most. Learn more\n"
    flagged = reported(text)
    assert flagged.endswith("Learn more")
    assert "harbour master" not in flagged


def test_teasers_closed_by_dates_are_a_related_widget():
    text = (f"{STORY} Fares on the island route have doubled in a decade. (12.03.2015) A new pier "
            f"opens on the north shore after years of delay. (04.08.2016) {AFTER}\n")
    flagged = reported(text)
    assert "(12.03.2015)" in flagged and "(04.08.2016)" in flagged
    assert "fog settled" not in flagged


def test_a_possessive_before_a_stop_ends_the_sentence_for_the_plug():
    text = ("The act says the harbour law is supreme to the island's. "
            "Get news from the Gazette in your inbox, each weekday morning\n")
    assert reported(text).startswith("Get news from the Gazette")


def test_furniture_after_an_open_mark_no_mark_closes():
    # a mangled paste: the opening mark of "bailout is never closed
    text = (f"{STORY} The mayor called it a \"bailout for the pier and moved on. "
            "Do you have information you want to share with the Estuary Gazette? Here's how.\n")
    assert reported(text).startswith("Do you have information")


# -- look-alikes: the same words in the story ---------------------------------------------------

STORY_LINES = [
    # networks listed by the story, with commas and "and"
    "Executives from Facebook, Twitter, Google+ and LinkedIn testified before the committee on Tuesday.",
    "The campaign ran on Facebook Twitter and Instagram, the agency said.",
    # a label word in the story's sentence, in lower case or with no colon
    "The poll asked for an OPINION from each resident of the island.",
    "The ferry left at noon. Opinion: the council is divided, the mayor said.",
    # a police appeal, quoted and told
    "\"Do you have information you want to share with police?\" the detective asked the crowd.",
    "Police asked anyone with information to share it with detectives in confidence.",
    # a button's words after a story line are a hint at most
    f"{STORY} The harbour master said the fares would rise. Learn more",
    # one date in brackets in a sentence of the story
    "The council decided today (06.02.2017) by majority to keep the old pier open.",
    # episodes and galleries told by the story
    "Listeners downloaded recent episodes of the show a million times, the station said.",
    "Visitors click through the gallery to reach the cafe on the first floor.",
    # an update note is no syndication line
    "This report was first published on 4 June 2019 at 9am and has since been updated with the council's reply.",
    # a quotation closed by its mark still holds what it holds
    "Ms Reyes said: \"Do you have information you want to share with the Gazette? Then call us.\"",
]


@pytest.mark.parametrize("text", STORY_LINES)
def test_story_sentences_stay_silent(text):
    assert warned_words(text + "\n") == []


def test_a_single_teaser_date_is_only_a_hint():
    text = f"{STORY} Fares have doubled in a decade. (12.03.2015) {AFTER}\n"
    found = lint_advertorial(text)
    assert found and all(d.severity is Severity.INFO for d in found)


def test_teaser_dates_do_not_promote_other_hints_of_a_one_line_article():
    # the paragraph is the whole article: two teaser dates make the widget, not a company's hint
    text = (f"{STORY} The yard's plans are online; for more information, visit northwind.example. "
            f"Fares have doubled. (12.03.2015) A new pier opens on the north shore. (04.08.2016) {AFTER}\n")
    assert any(d.rule == "advertorial/company-boilerplate" for d in lint_advertorial(text))  # (a hint)
    flagged = reported(text)
    assert "(12.03.2015)" in flagged and "(04.08.2016)" in flagged
    assert all(rule != "advertorial/company-boilerplate" for rule, _ in warned_words(text))
