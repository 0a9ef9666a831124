"""Advertorial look-alikes of round 45, by kind rather than by sentence, on text written for
these tests (not taken from any corpus or page).

Round 45 sorted a fresh writer's false alarms by kind and fixed the general mistakes among them:

- a call verb closed by a colon is a label, not a command: a fact check's "CLAIM: A viral post
  says ...", a review's fact box "Book: <title>, by <author> (<publisher>, $28)", "Check: ...";
  the clause after the colon is read on its own (a command there is still one);
- a picture's caption closed by its credit after the credit's own label ("... on Sunday.
  Credit: <agency>", "Photo credit: ...", "Picture: Supplied", "Courtesy of ...") is the story's
  furniture, as one closed by a credit in brackets or after a slash already was, so the related
  links beside it do not lift it to a warning;
- "the ad-free version" (a product's tier, in a review or a story: "It's $189 for the ad-free
  version") is no membership appeal; the outlet's "ad-free reading for members" still is.

And one class of misses by construction (seen in two writers' sets): a blogger's aside pointing
at the writer's own thing on sale ("I use this pot for all my stews, and it's on sale right
now!"), where a story's "went on sale in September" narrates and names no owner; and the network
once called Twitter, "X" in capitals after "on", as a reader call's network.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import STORY, warning_lines
from tests.advertorial_lint import between as _between

# -- a call verb as a label ---------------------------------------------------------------------

FACT_CHECK_AFTER = (
    "RATING: FALSE\n"
    "The ministry has announced no such scheme, its spokeswoman told us on Thursday.\n"
    "The photo in the post was taken at a warehouse in 2022, a reverse image search showed.\n"
)


@pytest.mark.parametrize(
    "claim",
    [
        (
            "CLAIM: A viral Facebook post claims that the ministry will sell cooking oil at ₱60 a "
            "litre in every public market from July 1."
        ),
        (
            "Claim: A message shared on WhatsApp says the supermarket chain is giving away R500 "
            "vouchers at every branch this week."
        ),
        (
            "Check: A video on TikTok says the council will sell parking permits for £5 at every "
            "library from Monday."
        ),
    ],
)
def test_a_fact_checks_claim_label_is_no_command(claim):
    assert warning_lines(f"{claim}\n{FACT_CHECK_AFTER}") == []


@pytest.mark.parametrize(
    "field",
    [
        "Book: The Salt Road, by Ana Ruiz (Harbour Press, $28)",
        "Order: The Tidewater Cookbook, by Nell Okafor (Quay Books, £25)",
        "Check: The cover price in Ireland is €22, and the audiobook is read by the author.",
    ],
)
def test_a_reviews_fact_box_field_is_no_command(field):
    review = (
        "The Salt Road is a quiet, patient novel about three generations of a fishing family on the "
        "Kerry coast.\n"
        "Ruiz writes the sea better than she writes people, but the last hundred pages are as good "
        "as anything in print this year.\n"
    )
    assert warning_lines(f"{review}{field}\n") == []


@pytest.mark.parametrize(
    "plug",
    [
        "Subscribe: get the Harbour Gazette's deals newsletter in your inbox every Friday.",
        "Book now: early-bird passes to the Harbour Food Festival are £12 here!",
        "Claim your free tote bag at the Harbour Outdoor stand today for just $1!",
    ],
)
def test_a_command_after_or_without_a_label_is_still_a_plug(plug):
    assert 2 in warning_lines(_between(plug))


# -- a caption closed by its credit's label -----------------------------------------------------

LINKS = (
    "Also read: Council to demolish 200 illegal kiosks along the canal\n"
    "Also read: Trader arrested over sale of fake brake pads at the port\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Traders inspect burnt stalls at the market on Sunday. Credit: Daily Courier",
        "Photo: Firefighters at the scene on Saturday night. Photo credit: Ana Ruiz",
        "Picture: The old pool closed its doors for the last time on Friday. Picture: Supplied",
        "Photos: Mourners gather outside the church on Monday. Courtesy of the family",
    ],
)
def test_a_caption_closed_by_a_labelled_credit_is_not_lifted_by_the_links_beside_it(caption):
    lines = warning_lines(f"{STORY}\n{caption}\n{LINKS}")
    assert 2 not in lines
    assert 3 in lines and 4 in lines


def test_a_gallery_teaser_beside_the_links_is_still_reported():
    teaser = "Photos: Crowds pack the quay for the summer parade"
    lines = warning_lines(f"{STORY}\n{teaser}\n{LINKS}")
    assert 2 in lines


# -- a product's ad-free tier -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The basics: a 7-inch screen, a warm front light and 32GB of storage. It's $189 for the ad-free version.",
        "The streaming service's ad-free version costs $15.49 a month, up from $13.99 last year.",
        "Spotify's ad-free listening now costs £12.99 a month in the UK, the company said.",
    ],
)
def test_a_products_ad_free_tier_is_no_appeal(sentence):
    assert warning_lines(_between(sentence)) == []


@pytest.mark.parametrize(
    "appeal",
    [
        "Members get ad-free reading and our weekly briefing for £4 a month. Join today.",
        "Become a member for an ad-free experience and support local news.",
    ],
)
def test_the_outlets_ad_free_offer_is_still_an_appeal(appeal):
    assert 2 in warning_lines(_between(appeal))


# -- a blogger's own thing on sale --------------------------------------------------------------

RECIPE = "Simmer the sauce uncovered until it has reduced by half, then stir in the sugar.\n"
RECIPE_AFTER = "Leftovers keep in the fridge for three days and freeze well for a month.\n"


@pytest.mark.parametrize(
    "aside",
    [
        "I use this 5.5-litre cast-iron pot for all my stews, and it's on sale right now!",
        "This is the exact rice cooker we have, and it's on sale today for $89 (normally $129).",
        "We swear by this stand mixer for bread dough, and it is on sale at the moment.",
    ],
)
def test_a_bloggers_own_thing_on_sale_is_a_plug(aside):
    assert warning_lines(f"{RECIPE}{aside}\n{RECIPE_AFTER}") == [2]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Corvid kettle went on sale in the UK in September at £79, and we have used it since.",
        "Tickets for the final went on sale on Thursday, and most of the terrace seats are gone.",
        "We bought this house in 1998 and it is on sale now for $1.2m, the couple said.",
        "I use this route to work every day, and the council says it will close for repairs in May.",
    ],
)
def test_a_story_sentence_about_a_sale_is_no_plug(sentence):
    assert warning_lines(_between(sentence)) == []


# -- the network called X -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        "For live updates from the final on Sunday, follow @GazetteSport on X",
        "For match-day updates, follow the Harbour Gazette on X.",
        "Like and follow the Coast Herald on X and Threads for every goal.",
    ],
)
def test_a_call_to_follow_an_account_on_x_is_a_plug(call):
    assert warning_lines(_between(call)) == [2]


@pytest.mark.parametrize(
    "sentence",
    [
        "Follow the council on X for updates on the closure.",
        "The club posted its team sheet on X an hour before kick-off.",
        "Follow the signs on X-ray wing doors to the new pool entrance.",
    ],
)
def test_advice_and_reporting_about_x_are_left_alone(sentence):
    assert warning_lines(_between(sentence)) == []
