"""Round 131 (advert131): false alarms on pages full of furniture (issue 15).

Local and lifestyle pages carry their own furniture, which read as plugs on main 80349fac:

- a live page's post under its entry stamp ("12.50 BST" alone on the line above) speaks as "we"
  about the coverage ("Good afternoon and welcome to our live coverage ..."): its voice does not
  join it to the comment notice beside it (as a post opening with its stamp did already);
- a section's heading in capitals over a court round-up's case ("ASSAULT" over the case of an
  assault, sharing a word with it) closing a run of related headlines is no headline of the run;
- the advice's negative imperative as a widget's title ("Don't miss") alone between two
  paragraphs of a review cut into sections by subheads, over a paragraph that goes on with the
  review's topic, is the review's subhead (on a page with no other subhead it is the widget's);
- a field of the story's fact box ("Entry: £12 adults, free for under-5s" beside "Date: ...")
  is the event's details, not a seller's pitch that the listing hint agrees with;
- a what's-on page's entry ("Concert - Church, Town, 3pm. Tickets £10, under-16s free.") with
  another entry beside it is the page's listing, not an event's plug;
- a command on a body's own service, the body named by its kind in the possessive ("Sign up for
  the agency's free flood warnings"), is the story's advice (the insertion rule's command).

Each false-alarm shape is tested beside the true insertion of the same shape. Sentences written
for this round; the negative cases warn on main 80349fac.
"""

from __future__ import annotations

from tests.advertorial_lint import lint_advertorial, warning_lines

# -- a live page's post under its stamp ---------------------------------------------------------

_LIVE_HEAD = (
    "Harbour strike talks: unions and port owners meet for a third day - live\n"
    "15.40 GMT\n"
    "The port owners' negotiator told reporters outside the hotel that the talks had been difficult but useful.\n"
    "15.10 GMT\n"
    "Union officials said pickets would stay at the container gates for as long as the talks went on.\n"
    "14.45 GMT\n"
)
_WELCOME = (
    "Good afternoon and welcome to our live coverage of the third day of talks at the harbour. "
    "I'm Dana Kerr and I'll be bringing you the latest as it happens."
)
_COMMENTS = "Comments are open on this live blog. Please keep the conversation civil and read our community guidelines before posting."


def test_live_post_under_its_stamp_joins_no_comment_notice() -> None:
    text = f"{_LIVE_HEAD}{_WELCOME}\n{_COMMENTS}\n"
    assert warning_lines(text) == [8]


def test_we_voice_without_a_stamp_still_joins_the_notice() -> None:
    # the same welcome with no stamp above it (the stamp line dropped): the outlet's voice beside
    # its comment notice is still read as the notice's paragraph
    text = f"{_LIVE_HEAD.rsplit('14.45 GMT', 1)[0]}{_WELCOME}\n{_COMMENTS}\n"
    assert warning_lines(text) == [6, 7]


# -- a section's heading in capitals after a run of headlines -----------------------------------

_COURT_LEAD = (
    "A Wexmouth man who stole three bicycles from outside the leisure centre was given a community order "
    "by magistrates on Monday."
)
_COURT_LIST = (
    "Read more court news\n"
    "Teenager in court after town centre disorder\n"
    "Man denies causing death by careless driving on ring road\n"
)


def test_capitals_heading_over_its_case_is_no_headline() -> None:
    case = (
        "Jo Reed, 31, of Mill Lane, was fined £200 after admitting theft of a purse from a shop in the town "
        "in March. Magistrates also ordered her to pay costs."
    )
    text = f"{_COURT_LEAD}\n{_COURT_LIST}THEFT\n{case}\n"
    assert warning_lines(text) == [2, 3, 4]


def test_capitals_label_naming_nothing_of_the_paragraph_stays_in_the_run() -> None:
    # a list's section label in capitals that shares no word with the paragraph under it ("THEFT"
    # over a case told as "stealing"): no heading by the paragraph's topic, so still the run's
    case = (
        "Jo Reed, 31, of Mill Lane, was fined £200 after admitting stealing a purse from a shop in the town "
        "in March. Magistrates also ordered her to pay costs."
    )
    text = f"{_COURT_LEAD}\n{_COURT_LIST}THEFT\n{case}\n"
    assert warning_lines(text) == [2, 3, 4, 5]


# -- "Don't miss" as a review's subhead ---------------------------------------------------------

_REVIEW = (
    "The Old Rectory, Hallow\n"
    "The rooms\n"
    "The hotel's twelve rooms are in the old rectory and its coach house, with views over the valley from most of them.\n"
    "Dinner in the panelled dining room is a tasting menu from the hotel's head chef, and the lamb was the best thing I ate.\n"
)


def test_dont_miss_over_the_reviews_own_paragraph_is_a_subhead() -> None:
    under = "The hotel lends walking boots and packed lunches for the climb to the beacon, a round trip of ninety minutes."
    after = "Rooms cost from £180 a night with breakfast, and the hotel is a short walk from the station."
    text = f"{_REVIEW}Don't miss\n{under}\n{after}\n"
    assert warning_lines(text) == []


def test_dont_miss_over_another_story_is_still_a_widget() -> None:
    under = "A council report says the number of buses on rural routes has fallen by a third since the pandemic began."
    after = "Rooms cost from £180 a night with breakfast, and the hotel is a short walk from the station."
    text = f"{_REVIEW}Don't miss\n{under}\n{after}\n"
    assert 5 in warning_lines(text)


def test_dont_miss_on_a_page_without_sections_is_a_widget() -> None:
    under = "The hotel lends walking boots and packed lunches for the climb to the beacon, a round trip of ninety minutes."
    after = "Rooms cost from £180 a night with breakfast, and the hotel is a short walk from the station."
    unsectioned = _REVIEW.replace("The rooms\n", "")
    text = f"{unsectioned}Don't miss\n{under}\n{after}\n"
    assert 4 in warning_lines(text)


def test_related_label_over_a_paragraph_is_never_a_subhead() -> None:
    under = "The hotel lends walking boots and packed lunches for the climb to the beacon, a round trip of ninety minutes."
    after = "Rooms cost from £180 a night with breakfast, and the hotel is a short walk from the station."
    text = f"{_REVIEW}Related stories\n{under}\n{after}\n"
    assert 5 in warning_lines(text)


# -- a field of the story's fact box -------------------------------------------------------------

_RUN_STORY = (
    "More than 400 runners are expected in Riverside Park on Sunday for the town's hospice fun run, which this "
    "year follows a new route along the canal.\n"
    "Organisers said the new 5km course was flatter and better suited to families and wheelchair users.\n"
)
_RUN_AFTER = "Last year's run raised £21,000 for the hospice, and organisers hope to beat that total this time.\n"


def test_fact_box_field_with_its_prices_is_no_pitch() -> None:
    box = "Race details\nDate: Sunday 4 May\nEntry: £10 adults, £5 under-16s, free for under-5s\nStart: 10am at the bandstand\n"
    assert warning_lines(f"{_RUN_STORY}{box}{_RUN_AFTER}") == []


def test_lone_priced_field_is_read_as_before() -> None:
    # the same field with no other field beside it: the fact-box reading does not apply, and the
    # judge reads it as on main
    alone = f"{_RUN_STORY}Entry: £10 adults, £5 under-16s, free for under-5s\n{_RUN_AFTER}"
    boxed = f"{_RUN_STORY}Date: Sunday 4 May\nEntry: £10 adults, £5 under-16s, free for under-5s\n{_RUN_AFTER}"
    assert 3 not in warning_lines(boxed)
    assert [d.line for d in lint_advertorial(alone) if d.line == 3]


# -- a what's-on page's entry --------------------------------------------------------------------

_WHATS_ON = (
    "What's on in the valley this weekend\n"
    "From a folk night in the town hall to a plant fair in the old mill, here are the events for the weekend.\n"
    "Plant fair - Old Mill, Brayford, 10am-3pm. Free entry.\n"
    "Harbour Singers spring concert - St Anne's Church, Brayford, 3pm. Tickets £8, under-16s free.\n"
    "More than forty growers will have stalls in the mill yard, with cakes from the Brayford bakery.\n"
)


def test_whats_on_entry_beside_another_is_the_listing() -> None:
    assert 4 not in warning_lines(_WHATS_ON)


def test_lone_event_entry_pasted_into_a_story_is_a_plug() -> None:
    story = (
        "The council voted on Tuesday to close the old swimming pool after engineers found cracks in its roof.\n"
        "Harbour Singers spring concert - St Anne's Church, Brayford, 3pm. Tickets £8, under-16s free.\n"
        "Residents who used the pool will be offered passes to the leisure centre, the council said.\n"
    )
    assert 2 in warning_lines(story)


# -- the story's own advice on a third party's service --------------------------------------------

_FLOOD_A = (
    "The river rose by almost a metre overnight after three days of heavy rain, and water reached the steps "
    "of the town hall in Brayford."
)
_FLOOD_B = (
    "The environment agency said the flood barriers had held and the river was expected to fall by Sunday, "
    "though more rain is forecast."
)


def test_command_on_a_bodys_own_service_is_the_storys_advice() -> None:
    line = "Sign up for the agency's free flood warnings by text or email at its website."
    assert warning_lines(f"{_FLOOD_A}\n{line}\n{_FLOOD_B}\n") == []


def test_command_on_the_outlets_product_is_still_a_plug() -> None:
    for line in (
        "Sign up for the paper's newsletter for the latest on the floods.",
        "Sign up for the Gazette's free flood alerts by text.",
    ):
        assert warning_lines(f"{_FLOOD_A}\n{line}\n{_FLOOD_B}\n") == [2], line
