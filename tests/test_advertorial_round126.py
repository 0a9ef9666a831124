"""Advertorial round 126: a regression, leftovers and a fresh battery, on sentences written for
these tests (none taken from a corpus or a set).

1. The subject class of a fronted credit: "Sponsored by X, a local lender, this guide is free to
   read" is the page's own credit (the outlet's piece as the clause's subject); "Sponsored by X,
   the festival runs ..." stays a fronted phrase.
2. A letter's credit in the plural or the past ("Today's briefings are supported by X"); a comment
   notice of this very page in any tense ("Comments on this article were closed after 48 hours").
3. A third party's feature told as news ("Readers can now make the BBC a preferred source in
   Google") and a third party's request reported ("The council asked residents to complete our
   survey of the sea wall") are no plugs.
4. A battery of wordings of the family's classes nobody had used (each warned on its own line) and
   of traps (reporting about advertising, sponsorship deals, appeals, polls, newsletters and
   tributes as news; none warned, on its own line or glued after a story sentence).
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import alone, glued, lint_advertorial, warned_rules

STORY = "The council approved the budget on Tuesday after a long debate that ran past midnight."
AFTER = "The mayor said the work on the harbour wall would start next spring."


def _alone(snippet: str) -> str:
    return alone(snippet, STORY, AFTER)


def _glued(snippet: str) -> str:
    return glued(snippet, STORY, AFTER)


def _rules(snippet: str) -> set[str]:
    return warned_rules(snippet, STORY, AFTER)


# -- 1.-3. the brief's cases, as classes ----------------------------------------------------------

CASES = [
    ("Sponsored by Greenway Bank, a local lender, this guide is free to read.", "advertorial/sponsored-marker"),
    ("Sponsored by Kelby Motors, our weekly motoring round-up is free to read.", "advertorial/sponsored-marker"),
    ("Supported by Greenway Trust, this series looks at rural bus routes.", "advertorial/sponsored-marker"),
    ("Today's briefings are supported by Harbour Energy.", "advertorial/sponsored-marker"),
    ("This morning's briefings were made possible by Lindell Insurance.", "advertorial/sponsored-marker"),
    ("Comments on this article were closed after 48 hours.", "advertorial/comments-boilerplate"),
    ("Comments were switched off on this article after legal advice.", "advertorial/comments-boilerplate"),
    ("Replies under this article had been disabled by the time of publication.", "advertorial/comments-boilerplate"),
]


@pytest.mark.parametrize(("snippet", "rule"), CASES)
def test_the_brief_s_classes_are_warned_by_their_rule(snippet: str, rule: str) -> None:
    assert rule in _rules(snippet)


GLUED = [
    "Sponsored by Kelby Motors, our weekly round-up is free to read.",
    "Gift this article to a friend.",
]


@pytest.mark.parametrize("snippet", GLUED)
def test_a_credit_or_a_tool_glued_after_a_story_sentence(snippet: str) -> None:
    assert _glued(snippet) == "warning"


NOT_PLUGS = [
    # a fronted phrase before a festival's or a run's clause
    "Sponsored by Greenway Bank, a local lender, the festival runs for ten days.",
    "Supported by a lottery grant, this series of free concerts runs until August.",
    "Sponsored by Greenway Bank, this year's festival drew a record crowd.",
    # a third party's feature told as news
    "Readers can now make the BBC a preferred source in Google.",
    "Users can now set the Herald as a preferred source in Google, the search firm announced.",
    "The feature allows users to set the BBC as a preferred source in search results.",
    # a reported request
    "The council asked residents to complete our survey of the sea wall before Friday.",
    "Residents are being asked to complete our survey of the sea wall, the council said in a statement.",
    # the past of somebody else's comments
    "Comments on the plan were closed on Friday after 3,000 responses.",
]


@pytest.mark.parametrize("snippet", NOT_PLUGS)
def test_the_brief_s_traps_are_left(snippet: str) -> None:
    assert _alone(snippet) != "warning"
    assert _glued(snippet) != "warning"


# the outlet's own request, or its audience asked, is still its own call
OWN_REQUESTS = [
    "Readers are invited to take our two-minute survey on the new look.",
    "We are asking readers to complete our survey on local news.",
    "You can now add us as a preferred source in Google search.",
    "Make the Coast Post your preferred source on Google.",
]


@pytest.mark.parametrize("snippet", OWN_REQUESTS)
def test_the_outlet_s_own_request_is_still_a_plug(snippet: str) -> None:
    assert _alone(snippet) == "warning"


# -- 4. the battery -------------------------------------------------------------------------------

BATTERY = [
    "This week's newsletters are sponsored by Kelby Motors.",
    "Tonight's round-ups were paid for by Orchard Homes.",
    'Sponsored by Coastline Energy, this newsletter lands in your inbox every Friday.',
    'In partnership with Harbour Bank, our money guide explains how to switch accounts.',
    'Supported by Greenway Trust, this series looks at rural bus routes.',
    'This explainer has been funded by the Marsh Foundation.',  # (round 133: a grant credit is a hint)
    'Our weekend quizzes are brought to you by Hopstone Brewery.',
    'These podcasts are supported by Lindell Insurance.',
    'Comments on this story were switched off for legal reasons.',
    'Comments on this obituary were pre-moderated.',
    'Replies under this article had been disabled by the time of publication.',
    'Commenting was turned off on this interview.',
    'Comments below this tribute are moderated before they appear.',
    'Share your memories of Margaret in the comments below.',
    'Leave your condolences in our online book of condolence.',
    'Sign the book of condolence on our website.',
    'Tell us what you remember about him: email memories@coastpost.example.',
    "We'd love to hear your memories of the team: send them to our newsdesk.",
    'Got a story? Drop our newsroom a line on WhatsApp.',
    'Have your say on the plans in the comments section.',
    'Want the headlines before breakfast? Our morning email is free.',
    'Never miss a match report: switch on notifications in the Coast Post app.',
    'Join 40,000 readers who get our Friday letter.',
    'Our daily briefing is free, and you can sign up in seconds.',
    'Get the best of the week, straight to your inbox, every Sunday.',
    'You can follow our reporters on Bluesky and Threads.',
    'Find the Coast Post on Instagram, TikTok and YouTube.',
    'Make the Coast Post your preferred source on Google.',
    'You can now add us as a preferred source in Google search.',
    'Listen to our new podcast wherever you get your podcasts.',
    'Search for Harbour Talk on your podcast app.',
    'Support local journalism: become a member for £5 a month.',
    'If you value our reporting, please consider a contribution today.',
    'Your gift, however small, keeps our reporters in the courtroom.',
    'Chip in from just £1 and help keep the Coast Post free.',
    'We earn a small commission if you buy through these links.',
    'The Coast Post may be paid when you click through to a retailer.',
    'Prices were correct at the time of publishing.',
    'Buy it now from Harbour Outdoor for £49.99.',
    'Use the code COAST10 for 10% off your first order.',
    'Shop the full range at harbouroutdoor.example.',
    'Book your table today at the Anchor Inn.',
    'Read more: Council votes to close two libraries',
    'Also read: Police name man found dead in harbour',
    'MORE FROM THE COAST POST',
    'Related: Ferry fares to rise by 8% in April',
    'About Marsh Media: Marsh Media is a regional publisher serving coastal towns.',
    'This article is for general information only and is not financial advice. Capital at risk.',  # (round 133)
    'Capital at risk. Past performance is not a guide to future returns.',
    'All rights reserved. Reproduction without permission is prohibited.',
    'This story first appeared in the Marsh Gazette and is republished with permission.',
    'Send us your photos of the storm: pictures@coastpost.example.',
    'Spotted a mistake? Let our corrections team know.',
    'Take our two-minute reader survey and win a £50 voucher.',
    'Vote in our poll: should the pier be rebuilt?',
    'Download the free Coast Post app from the App Store or Google Play.',
    'Tap the bell to get an alert when we publish.',
    "Advertisement feature: Harbour Outdoor's spring sale.",
    "Today's bulletins are underwritten by Marsh Building Society.",
    "This morning's briefings were made possible by Lindell Insurance.",
    'Brought to you by Hopstone Brewery, this quiz is updated every Friday.',
    "In association with Coastline Energy, our weekly guide rounds up what's on.",
    'Comments on this page were closed at midnight.',
    'Comments were switched off on this article after legal advice.',
    'Leave a tribute to Margaret on our memorial page.',
    'Post your memories in the comments below.',
    'Email your pictures of the flooding to us at pictures@coastpost.example.',
    'Share your stories about the old pier with our newsroom.',
    'Want these stories in your inbox? Sign up to the Coast Post daily.',
    "Don't miss a thing: get the Coast Post newsletter every weekday morning.",
    'Follow our sports desk on Instagram for matchday updates.',
    'Catch every episode of Harbour Talk on your podcast app.',
    'Make sure you add the Coast Post as a preferred source on Google.',
    'Readers like you keep our reporters in the council chamber.',
    'Please donate today so we can keep covering the courts.',
    'Become a supporter from £3 a month and read without adverts.',
    'We may be paid a commission if you buy something through our links.',
    'Some of the links in this article are affiliate links.',
    'Order now and get free delivery on orders over £30.',
    'Save 20% with code SPRING20 at checkout.',
    'Limited stock: grab yours before the weekend.',
    'Read next: Lifeboat crew rescue four from sinking yacht',
    'You might also like: Ten walks for the bank holiday',
    'Vote now in our reader poll on the new bridge.',
    'Fill in our short survey to help us improve the site.',
    'This article contains affiliate links.',
    'Never miss a story: download our app today.',
    'Join the conversation in the comments section below.',
    'Readers are invited to take our two-minute survey on the new look.',
    'We are asking readers to complete our survey on local news.',
    'Sponsored by Kelby Motors, our weekly motoring round-up is free to read.',
    'You can help today by texting HOSPICE to 70500: every £5 pays for an hour of nursing care.',
    "Text LIFEBOAT 5 to 70123 to give £5 to the crew's new boat.",
    "Every £10 you give buys a night's shelter for someone sleeping rough.",
    'Every ticket sold helps give a rescue dog a warm bed.',
    "Each calendar you buy goes towards the lifeboat's new engine.",
    'Get the latest headlines delivered straight to your inbox.',
    'Listen to this article.',
    'Story continues below advertisement',
    'This article originally appeared on Marsh Gazette.',
    'Have a news tip? Contact our newsroom.',
    'We want to hear from you.',
    'Click here to read the full report.',
    "Like what you're reading? Share it with a friend.",
    "Enjoyed this story? Forward it to someone who'd like it too.",
    'Sign up for breaking news alerts.',
    'Get our app.',
    'Support us from as little as £1.',
    'Already a subscriber? Log in.',
    'Subscribe to continue reading.',
    'You have reached your limit of free articles.',
    'Create a free account to keep reading.',
    'Watch: the moment the pier collapsed',
    'Gift this article to a friend.',
    'Get unlimited access for just £1 a week.',
    "Don't have an account? Register now.",
    'Support independent journalism today.',
    'Was this article helpful?',
    'Tell us what you think in the comments.',
    'Follow the Coast Post on WhatsApp.',
    'Join our WhatsApp channel for the latest news.',
    'This content was paid for by Harbour Homes.',
    'Want to advertise with us? Email ads@coastpost.example.',
    'Newsletter sign-up: the best of the Coast Post every morning.',
    'Our journalism is free to read because readers like you chip in.',
]


@pytest.mark.parametrize("snippet", BATTERY)
def test_the_battery_s_wordings_are_warned(snippet: str) -> None:
    assert _alone(snippet) == "warning"


TRAPS = [
    'The newspaper said its new Friday newsletter had reached 40,000 subscribers in its first month.',
    'The broadcaster launched a morning email briefing on Monday, its editor told staff.',
    "Harbour Bank signed a three-year deal to sponsor the town's summer festival, the club confirmed.",
    'The festival, sponsored by Greenway Bank, drew 12,000 visitors over the weekend.',
    'Sponsored by the local rotary club, the fun run raised £8,000 for the hospice.',
    'Supported by a lottery grant, the museum will reopen in June.',
    'The hospice launched an appeal for £200,000 to replace its roof, its chief executive said.',
    'The charity urged people to donate what they could to help families hit by the floods.',
    "Residents were encouraged to sign up for the council's flood alerts, a spokesman said.",
    'Councillors asked the public to fill in a survey on the bus timetable before March.',
    'The club has invited supporters to share their memories of the old stand.',
    'Readers of the Marsh Gazette voted the pier the best landmark in the county, the poll found.',
    'A poll of 2,000 adults by the firm found that 62% had cut back on takeaways.',
    'The regulator banned the advert, saying it exaggerated the savings customers could make.',
    'The firm spent £3m on television advertising last year, its accounts show.',
    'Advertising revenue at the group fell by 12% in the first half, the company said.',
    'Search engines now let users make any outlet a preferred source, the company said.',
    'Users can now set the Herald as a preferred source in Google, the search firm announced.',
    'Google said people could choose preferred sources in its Top Stories feature from next month.',
    'The app lets readers follow local councillors and get alerts when they vote.',
    "The newspaper's paywall was introduced in 2019, and subscriptions have doubled since.",
    'Comments on the consultation closed on Friday, the council said.',
    'Public comments were moderated by an independent panel, the inquiry heard.',
    'The family asked mourners to donate to the lifeboat station instead of sending flowers.',
    'Friends and colleagues paid tribute to him on social media on Sunday.',
    'A book of condolence was opened at the town hall on Monday.',
    'Hundreds of people signed the book of condolence over the weekend, the mayor said.',
    'The club said fans could leave messages in a book of condolence at the ground.',
    'She is survived by her husband, two daughters and five grandchildren.',
    'He founded the bakery in 1962 and ran it until his retirement.',
    'The podcast, which he hosted for ten years, was downloaded more than a million times.',
    "The retailer's Black Friday sale began on Thursday, with discounts of up to 40%.",
    "Shoppers queued from 6am for the sale, the shopping centre's manager said.",
    'Police warned residents not to click on links in texts claiming to be from the council.',
    'The council asked residents to complete its survey of the sea wall by Friday.',
    "Residents are being urged to take part in the council's survey of parking charges.",
    'The bank has reminded customers to update the app before the end of the month.',
    "Members were asked to vote in the club's poll on the new kit by Sunday.",
    'The newsletter, which launched in 2021, now has a paid tier, the founder said.',
    "The firm's chief executive invited investors to visit the new plant in the spring.",
    'Supported by a lottery grant, this series of free concerts runs until August.',
    "Sponsored by Greenway Bank, this year's festival drew a record crowd.",
    "Presented by the club's former captain, this season's awards night raised £4,000.",
    'In partnership with the university, the council will monitor the sea wall.',
    'Comments on the plan were closed on Friday after 3,000 responses.',
    'Comments on this issue were made by the minister in the Commons.',
    "The newspaper's comments on this story were published in its own editorial.",
    'The school asked parents to complete its survey on lunch menus.',
    'The council has urged residents to sign up for its free flood alerts.',
    'Police are asking anyone with dashcam footage to send it to officers.',
    'The museum invited visitors to share their memories of the old railway.',
    'The family has asked people to share their memories of him online.',
    "Users can now choose preferred sources in Google's Top Stories panel.",
    'Google will let readers add an outlet as a preferred source from next week.',
    'The feature allows users to set the BBC as a preferred source in search results.',
    'Friends have set up a tribute page for him, where hundreds have left messages.',
    "The newspaper's book of condolence had 400 signatures by Monday.",
    'Mourners queued to sign the book of condolence at the church.',
    'His podcast, Harbour Talk, was available on most podcast apps by 2019.',
    'The regulator said the firm may be paid when customers click on comparison links.',
    'The retailer said it had limited stock of the console and would restock in March.',
    'Readers voted in our poll last year to name the new ferry.',
    "The paper's journalists are followed by 20,000 people on Bluesky.",
    'The charity said every donation, however small, keeps its helpline running.',
    'Hundreds of residents sent photos of the flooding to the council.',
    'Briefings by the minister were paid for by the department, the report found.',
    "Today's briefings were led by the chief constable.",
    "The festival's weekend briefings were supported by the police.",
    "Sponsored by the county's farmers' union, the show celebrates its centenary this year.",
    'Our reporters followed the candidates on the campaign trail for six weeks.',
    'People can donate £5 by texting HOSPICE to 70500, the charity said.',
    'Every £1 spent on flood defences saves £8 in damage, the agency estimated.',
    'The hospice relies on donations for 80% of its costs, its chief executive said.',
    'Each £5 note pays for the printing of the leaflet, the organisers explained.',
    'Every ticket sold at the match goes to the club, the chairman said.',
    'The club sold every ticket for the final within an hour.',
    'She gifted this story to the county archive in 1998, her son said.',
    'Newsletter sign-ups rose by 30% after the redesign, the editor said.',
]


@pytest.mark.parametrize("snippet", TRAPS)
def test_the_battery_s_traps_are_left(snippet: str) -> None:
    assert _alone(snippet) != "warning"
    assert _glued(snippet) != "warning"


def test_the_reported_request_check_is_linear_on_a_long_line() -> None:
    """The request's windows are bounded: a long line of asked-for surveys costs linear time."""
    import time

    def timed(repeats: int) -> float:
        text = STORY + "\n\n" + "The council asked residents to complete our survey and " * repeats + "\n"
        start = time.perf_counter()
        lint_advertorial(text)
        return time.perf_counter() - start

    small, large = timed(300), timed(2400)
    assert large < max(small, 0.05) * 8 * 3
