"""Round 34 (issue 15): misses and false alarms grouped by function and shape, fixed in grammar,
word classes and document structure; on sentences written for these tests (invented places,
people and firms; not taken from any corpus or page).

- commerce: a price spelt out ("180 euros", "save 15 per cent"), a command that sells
  coordinated inside a sentence ("... so book your wheel early"), and an adjective in -ed ("a
  fully equipped kitchen") in the seller's voice; a sales page's opening hook under its
  headline where a pitch stands below it;
- a disclosure: a sponsor's credit after a comma on the piece's series;
- an engagement line: the tip line's question for the outlet and its "send it to us" by a channel;
- false alarms: a possessor's paid deal in a report, a live page's post in "our" voice.
Each with the look-alike that must stay quiet.
"""

from __future__ import annotations

from lintnews.builtin.advertorial.seller import hook_marks, seller_marks
from tests.advertorial_lint import warning_lines

STORY = "The county council closed the Millbrook bridge to lorries on Monday after inspectors found cracks."
AFTER = "Repairs are expected to take until the end of March, the council said."


# -- commerce: the seller's voice ----------------------------------------------------------------


def test_a_price_spelt_out_is_the_sellers_price() -> None:
    assert seller_marks("Weekend places cost 180 euros with all clay and glazes. Bring a friend and save 15 per cent.") >= 2
    assert seller_marks("Stays start at 95 pounds a night for two. Book three nights and get 10 per cent off.") >= 2


def test_a_sum_in_a_report_is_no_price_mark() -> None:
    # (the story's marks veto it: a past tense, a source)
    assert seller_marks("The mill's owner paid 180 euros in costs after dye reached the river, the court heard.") == 0
    assert seller_marks("Fares rose by 10 per cent last year.") == 0


def test_a_coordinated_command_that_sells_counts() -> None:
    with_command = seller_marks("Our studio opens at nine, so book your wheel early!")
    without = seller_marks("Our studio opens at nine, so the wheels are free early!")
    assert with_command > without


def test_an_adjective_in_ed_is_no_narration() -> None:
    assert seller_marks("Our cabins have a fully equipped kitchen, from 95 pounds a night. Book yours today!") >= 4
    # (a past tense after its subject is still the story's)
    assert seller_marks("The owners equipped our cabins with stoves, from 95 pounds a night. Book yours today!") == 0


PAGE = [
    "Pottery weekends at Alder Mill",
    "Weekend places cost 180 euros with all clay and glazes. Bring a friend and save 15 per cent.",
    "Places go quickly, so book your wheel early with our potter.",
    "The mill sits beside the river, ten minutes from the station.",
]


def test_a_page_of_sales_lines_with_prices_in_words_warns() -> None:
    assert warning_lines("\n\n".join(PAGE)) == [3, 5]


def test_a_report_of_a_fine_in_euros_stays_quiet() -> None:
    text = "\n\n".join([
        "Alder Mill fined over river spill",
        "The mill's owner paid 180 euros in costs after dye reached the river, the court heard.",
        "Residents said the water ran blue for a day.",
    ])
    assert warning_lines(text) == []


def test_the_hook_marks() -> None:
    assert hook_marks("Don't miss the most magical weekend of the year! The fair returns in June.") >= 2
    assert hook_marks("Book your perfect riverside hideaway.") >= 2
    # (advice or a description to the reader neither commands nor exclaims)
    assert hook_marks("Most advisers suggest keeping six months of spending in an account you can reach quickly.") == 0
    assert hook_marks("Your perfect riverside hideaway awaits.") == 0
    assert hook_marks("The fair returned in June, the organisers said, with a magical lantern trail!") == 0


def test_a_sales_pages_hook_under_its_headline_joins_the_pitch_below() -> None:
    page = ["Pottery weekends at Alder Mill", "Don't miss the most relaxing weekend of the year!", *PAGE[1:]]
    assert warning_lines("\n\n".join(page)) == [3, 5, 7]


def test_the_same_hook_on_a_page_that_does_not_sell_stays_quiet() -> None:
    page = ["Pottery weekends at Alder Mill", "Don't miss the most relaxing weekend of the year!", PAGE[3]]
    assert warning_lines("\n\n".join(page)) == []


# -- a disclosure, an engagement line --------------------------------------------------------------


def test_a_sponsors_credit_after_a_comma_on_the_series() -> None:
    credit = "This story is part of our Coastal Futures series, funded by the Marram Trust."
    assert warning_lines("\n\n".join(["Bridge shut to lorries", STORY, credit, AFTER])) == [5]
    report = "The study is part of a series, funded by the Marram Trust, that tracks the dunes."
    assert warning_lines("\n\n".join(["Bridge shut to lorries", STORY, report, AFTER])) == []


def test_the_tip_lines_question_and_its_channel() -> None:
    tip = "Heard a rumour you would like us to look into? Message it to us on Signal at 07700 900123."
    assert warning_lines("\n\n".join(["Bridge shut to lorries", STORY, AFTER, tip])) == [7]
    tip = "Seen a sign you would like us to photograph? Pass it to us on WhatsApp."
    assert warning_lines("\n\n".join(["Bridge shut to lorries", STORY, AFTER, tip])) == [7]
    asked = "Have you read the report you want us to believe? the minister asked."
    assert warning_lines("\n\n".join(["Bridge shut to lorries", STORY, asked, AFTER])) == []


# -- false alarms ----------------------------------------------------------------------------------


def test_a_possessors_paid_deal_is_reported_not_a_label() -> None:
    assert warning_lines("\n\n".join(["Club defends its paid partnership with a betting firm", STORY, AFTER])) == []
    assert warning_lines("\n\n".join(["Bridge shut to lorries", STORY, AFTER, "Paid partnership with Harbour Bank"])) == [7]


LIVE = [
    "Live: Count night in Millbrook",
    "11:40pm - The first result is in from the harbour ward, where the sitting councillor holds on.",
    "Get every result as it lands: sign up for our Count Night email.",
]


def test_a_live_posts_welcome_in_our_voice_does_not_join_the_plug() -> None:
    post = "10:30pm - Welcome to our live coverage. I will be bringing you the results with our team of reporters."
    assert warning_lines("\n\n".join([*LIVE, post])) == [5]


def test_the_same_welcome_without_its_stamp_still_joins() -> None:
    post = "Welcome to our live coverage. I will be bringing you the results with our team of reporters."
    assert warning_lines("\n\n".join([*LIVE, post])) == [5, 7]


# -- a disclosure by shape: the paid-space label, the sponsor's relative clause ----------------------


def test_a_paid_space_label_with_its_colon_opening_a_sentence() -> None:
    para = "The bridge reopens in March. Sponsored: Keep your lawn green all winter with Verdan feed."
    assert warning_lines("\n\n".join(["Bridge shut to lorries", STORY, para, AFTER])) == [5]
    kicker = "Promotion: how Millbrook Rovers went up in May"
    assert warning_lines("\n\n".join([kicker, STORY, AFTER])) == []


def test_the_sponsor_in_a_relative_clause_on_the_outlets_series() -> None:
    line = "Tidewater Bank, which sponsors this series, has branches in every town on the coast."
    assert warning_lines("\n\n".join(["Bridge shut to lorries", STORY, AFTER, line])) == [7]
    report = "The trust, which funds the hospital's research, said it was pleased with the bridge."
    assert warning_lines("\n\n".join(["Bridge shut to lorries", STORY, AFTER, report])) == []


def test_a_question_to_the_reader_then_a_call_to_the_outlet() -> None:
    tip = "Noticed a crack? Tell our transport reporter in confidence."
    assert warning_lines("\n\n".join(["Bridge shut to lorries", STORY, AFTER, tip])) == [7]
    quoted = "\"Worried about the bridge? Call our helpline,\" the mayor told residents."
    assert warning_lines("\n\n".join(["Bridge shut to lorries", STORY, AFTER, quoted])) == []
