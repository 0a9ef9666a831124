"""Round 49's batteries: boilerplate lines by class, and traps by kind, all written for the tests.

Every line here was written for lintnews's tests in the manner of real sites (US, UK, Indian,
Australian and African outlets; tabloid, broadsheet, trade and blog; title case, capitals, with
and without a stop). None is taken from a corpus or a page. ``tests/test_advertorial_round49.py``
pastes each boilerplate line into a short story of our own, on a line of its own and glued to
the next sentence without a space (as extraction leaves it), and asks for a warning on it; each
trap is pasted the same way and must leave the story without an advertorial warning.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

# A six-paragraph council story of our own: the battery line goes between paragraphs 3 and 4.
STORY_LINES = (
    "The county council approved a plan on Tuesday to rebuild the Mill Lane bridge, which has been closed since the floods in March.",
    "Engineers said the new crossing would be wider and would carry a separate lane for cyclists.",
    "Work is due to start in the spring and should take about eighteen months, according to the council's transport committee.",
    "Shop owners on Mill Lane said trade had fallen by a third since the bridge closed.",
    "The committee's chairwoman said the council would ask the government for help with the cost.",
    "A public meeting on the plan will be held at the town hall next month.",
)

BOILERPLATE: dict[str, list[str]] = {
    "disclosure": [
        "This post contains affiliate links, which means we may receive a commission if you buy through them.",
        "We may earn a small commission from purchases made via links on this page.",
        "Disclosure: Some of the links in this article are affiliate links.",
        "When you buy through links on our site, we may earn an affiliate commission.",
        "#ad",
        "Paid partnership with Lumen Skincare",
        "This article was produced in partnership with the Tata Trusts.",
        "This content is paid for by Coastline Energy.",
        "The author received a free night's stay from the hotel for the purpose of this review.",
        "PARTNER CONTENT",
        "Editorial independence: our journalists choose the products we feature, but we may be paid when you click.",
        "Promoted by Meridian Bank",
        # round 54: other disclosure tags alone (glued on, cut before the next sentence's subject)
        "#sponsored",
        "#gifted",
        "#paidpartnership",
    ],
    "sponsor-label": [
        "Sponsored content by Northwind Travel.",
        "Sponsored by Kestrel Insurance",
        "SPONSORED BY GREENFIELD FARMS",
        "Brought to you by Savanna Telecom",
        "Presented by Harbour Motors.",
        "Sponsored Content By Zenith Mutual Fund",
        "In association with Baobab Airways",
        "Supported by the Lakeside Foundation",
        "Sponsored post by Copperleaf Coffee",
        "Advertorial by Redwood Homes",
        "Paid content by Atlas Cement.",
    ],
    "partner-series": [
        "This article is part of our partner series on sustainable farming.",
        "This story is part of a sponsored series on the future of work, supported by Orion Bank.",
        "This article is part of a paid series produced with Vantage Health.",
        "This feature is part of our Smart Cities series, in partnership with Ardent Systems.",
        "This content is part of a series sponsored by Kudu Breweries.",
        "This report is part of The Future of Energy, a partner series with Solway Power.",
        "This piece is part of our Women in Business series, brought to you by Jade Capital.",
        "This article forms part of a sponsored series on financial wellness.",
        "This article is part of a content partnership with the Aga Khan Foundation.",
        "This post is part of our partner content series on climate solutions.",
    ],
    "comments": [
        "Your email address will not be published. Required fields are marked *",
        "Let us know what you think in the comments below.",
        "Comments are moderated and will appear after approval.",
        "Have your say in the comments section.",
        "What do you think? Tell us in the comments.",
        "Join the conversation",
        "We welcome your comments but please keep them civil.",
        "Got a story? Email news@harbourgazette.co.uk",
        "Do you have a news tip? Contact our newsroom on WhatsApp at +234 801 555 0199.",
        "Email the writer at jdoe@northpost.com",
        "Share your thoughts below!",
    ],
    "social": [
        "Follow us on Twitter and Facebook for the latest updates.",
        "Like our Facebook page for more stories like this.",
        "Follow The Coastal Times on Instagram",
        "Join our WhatsApp channel for breaking news.",
        "Stay connected with us on Facebook, Twitter and YouTube.",
        "FOLLOW US ON TELEGRAM",
        "Subscribe to our YouTube channel for more videos.",
        "Connect with us on LinkedIn",
        "Find us on Facebook",
        "Follow @HarbourGazette for live updates.",
        # round 54: plugs closed by a network's name (glued on, the name is cut from the next sentence)
        "Watch the full interview on YouTube",
        "Find us on Telegram",
        "Join our community on WhatsApp",
        "Follow our sports desk on TikTok",
        "Like The Harbour Echo on Facebook",
    ],
    "newsletter": [
        "Sign up for our free daily newsletter.",
        "Get the best stories delivered to your inbox every morning.",
        "Subscribe to our newsletter",
        "Want more news like this? Sign up for The Morning Brief.",
        "Never miss a story: get our weekly email.",
        "Sign up to our Evening Briefing newsletter here.",
        "Get the latest headlines straight to your inbox.",
        "Don't miss out - subscribe to our weekly roundup.",
        "SIGN UP FOR OUR NEWSLETTER",
        "Enjoy this story? Subscribe to our daily email digest.",
        # round 54: the sign-up button alone (glued on, cut at the next sentence's capital)
        "Sign up!",
        "SIGN UP",
    ],
    "app": [
        "Download our app for the latest news.",
        "Get the Harbour Gazette app on iOS and Android.",
        "Turn on notifications to get breaking news alerts.",
        "Download the NewsNow app from the Google Play Store",
        "Enable push notifications to stay updated.",
        "Get breaking news alerts on your phone.",
        "Read this story in our app",
        "DOWNLOAD THE APP",
        "Install our app for a faster reading experience.",
        "Allow notifications for the latest updates",
    ],
    "podcast-video-event": [
        "Listen to our podcast on Spotify and Apple Podcasts.",
        "Subscribe to The Daily Briefing podcast wherever you get your podcasts.",
        "Watch the full interview on our YouTube channel.",
        "Catch the full episode on our website.",
        "LISTEN: Our latest podcast episode",
        "Watch our live coverage here",
        "Tune in to our weekly show every Sunday at 9am.",
        "Register now for our free webinar on small business finance.",
        "Join us at the Harbour Gazette Business Awards this November.",
        "Listen to the latest episode of Money Matters below.",
    ],
    "events-tickets": [
        "Get tickets for our annual summit before they sell out.",
        "Book your tickets for the Gazette Food Festival now.",
        "Early bird tickets for our Leaders Summit are on sale now.",
        "Buy tickets for our live event in Nairobi.",
        "Reserve your seat at our next leadership breakfast.",
        "Tickets for our Sydney masterclass are available here.",
        "Grab your ticket to the Tech Week conference today.",
        "Register for our summit to secure your place.",
        "Secure your spot at the Harbour Gazette Careers Fair.",
        "Limited tickets remain for our awards night - book now.",
    ],
    "surveys-contests": [
        "Take our survey and win a gift card.",
        "Enter our competition to win a weekend for two in Cape Town.",
        "Take our quick poll below.",
        "Vote in our poll: who should win the election?",
        "WIN! A year's supply of coffee - enter now",
        "Complete our reader survey for a chance to win an iPad.",
        "Enter our giveaway for a chance to win $500.",
        "Tell us what you think in our two-minute survey.",
        "Have your say in our reader poll",
        "Click here to enter the draw.",
        "Enter now for your chance to win a family holiday.",
    ],
    "form-furniture": [
        "Enter your email address",
        "Email address",
        "Submit",
        "Sign Up",
        "Your email",
        "Enter your email here",
        "Subscribe Now",
        "First name",
        "I agree to the terms and conditions",
        "Thank you for subscribing!",
        "Please enter a valid email address.",
    ],
    "video-gallery": [
        "Scroll down for video",
        "Scroll down for more pictures",
        "Watch the video below",
        "See the gallery above for more photos.",
        "Click through the gallery for more images.",
        "VIDEO: Watch the moment the bridge collapsed",
        "Scroll down to watch the video",
        "Swipe for more photos",
        "Watch the full video above.",
        "Pictures: see more in our gallery",
    ],
    "related": [
        "Related: Council approves new bus lanes",
        "See more: Five things to know about the budget",
        "Don't miss: Floods hit coastal towns",
        "MOST READ",
        "Recent from our reporters",
        "ALSO READ: Minister resigns over housing scandal",
        "Read more: How the storm unfolded",
        "You may also like",
        "Recommended for you",
        "More from Business",
        "Trending now",
        # round 54: a label and its headline (glued on, the headline ends at the glue cut)
        "MORE: Harbour Council Approves New Ferry Fares",
        "WATCH: Crews battle moorland fire",
        "Podcast: Inside the lifeboat station",
    ],
    "syndication": [
        "This article was originally published on The Conversation.",
        "Reprinted with permission from Harbour Press.",
        "This story was provided by Reuters.",
        "This article first appeared on Daily Maverick.",
        "Originally published at northpost.com",
        "This content was syndicated from the Associated Press.",
        "Republished with permission.",
        "This story first appeared in our sister title, the Evening Post.",
        "This article was produced by Kaiser Health News and is republished with permission.",
        "About Northwind: Northwind is a leading provider of travel services. For more information, visit northwind.com.",
    ],
    "commerce": [
        "Buy now for just $19.99",
        "Shop the collection here",
        "Use code SAVE20 for 20% off your first order.",
        "Price: £49.99",
        "Get 50% off today only!",
        "Check price on Amazon",
        "Deal: Save $100 on the Vortex blender at Walmart",
        "Order yours today at mystore.com",
        "Rs 1,299 at Flipkart",
        "Free shipping on orders over $50.",
        # round 54: buy lines closed by a chain retailer's name, other countries' shops
        "Shop it at Currys",
        "Buy it from Myntra",
        "See it at Takealot",
        "Order it from Tesco",
    ],
}

TRAPS: dict[str, list[str]] = {
    "reporting-advertising": [
        "The company spent $3 million on advertising last year, its accounts show.",
        "The regulator said the sponsored posts had broken the advertising code.",
        "Influencers must label paid partnerships clearly, the watchdog said.",
        "The firm sponsored the stadium for a decade before the deal ended.",
        "The newspaper's sponsored content unit was closed in 2022.",
        "Affiliate links earn the site a commission, the report found.",
        "The bank sponsored the festival, which drew 20,000 people.",
        "Advertisers pulled their spending after the scandal, analysts said.",
        "The minister was accused of promoting a private hospital in a paid post.",
        "Critics said the series, paid for by an oil company, blurred the line between news and advertising.",
        "Sponsored by BlackRock clients, the summit said it had raised $2 million.",
        # round 54: a campaign's tag and deals in the story
        "Delegates posted under #AdWeek all week, the organisers said.",
        "The #paidLeave campaign gathered 10,000 signatures.",
        "#paidLeave",
        "#adoptDontShop posts filled the shelter's page.",
        "Latest deals between the unions and the council ended the strike.",
    ],
    "reporting-events-tickets": [
        "Tickets for the final sold out in an hour.",
        "Fans queued overnight to buy tickets for the concert.",
        "The summit will be held in Nairobi in June, the organisers said.",
        "Ticket prices for the festival rose by 15 per cent this year.",
        "Organisers said the event had been postponed because of the weather.",
        "More than 4,000 people registered for the conference, officials said.",
        "The awards ceremony was held at the town hall on Friday.",
        "Touts were selling tickets for up to R2,000 outside the stadium.",
        "The webinar was attended by 300 farmers, the ministry said.",
        "The club said season ticket holders would get a refund.",
    ],
    "reporting-surveys-contests": [
        "The survey of 2,000 voters found that most opposed the plan.",
        "A poll by YouGov put the party ten points ahead.",
        "The winner of the competition will be announced next week.",
        "Residents were asked in a council survey whether they wanted the bridge rebuilt.",
        "Three people won the lottery jackpot, the operator said.",
        "The giveaway drew complaints after prizes failed to arrive.",
        "In a poll of 500 business owners, 62 per cent said trade had fallen.",
        "She entered the competition on a whim and won first prize.",
        "The survey was carried out online between 3 and 10 March.",
        "The contest was won by a 14-year-old from Durban.",
    ],
    "reporting-prices": [
        "The price of bread has risen to £1.40 a loaf.",
        "Petrol now costs Rs 105 a litre in Mumbai.",
        "The phone will go on sale next month for $799.",
        "Shoppers found discounts of up to 50% in the January sales.",
        "The retailer said free shipping had lifted online orders.",
        "The company said it would cut prices on 200 products.",
        "A bag of maize meal now sells for about KSh 200.",
        "The tickets cost between $20 and $45.",
        "The deal values the company at $2 billion.",
        "Prices at the pump fell for the third week in a row.",
    ],
    "story-email-watch": [
        "Police asked anyone with information to email the inquiry team.",
        "The council said residents could comment on the plans until 30 June.",
        "Witnesses watched the bridge collapse from the river bank.",
        "The mayor said in an email that the work would start in spring.",
        "Viewers watched the debate on television in record numbers.",
        "The video, shared widely on social media, shows the moment the roof fell in.",
        "Residents have until Friday to have their say on the plan.",
        "She followed the minister on Twitter for years before they met.",
        "The app has been downloaded more than a million times.",
        "Readers wrote in to complain about the decision.",
    ],
    # round 54: a story's own sentences that name a shop or a network (the glue cut after such a
    # name is made only in a sentence a plug opens)
    "story-shops-networks": [
        "Shoppers queued outside Currys before dawn on Boxing Day.",
        "Funded by Amazon Web Services, the trial will run for a year.",
        "Followers on TikTok helped police find the missing dog.",
        "The union said Tesco staff at the depot would strike.",
        "Backed by a grant from Target, the food bank opened a second site.",
        "Posts on Instagram Stories vanish after a day, the report said.",
        "Watch parties on YouTube drew thousands of viewers, the club said.",
        "Follow-up checks at Walmart found no faults in the heaters.",
        "She joined LinkedIn in 2012 and rarely posts there.",
        "Takealot said deliveries would resume on Monday.",
    ],
    "subheads": [
        "Bridge repairs",
        "What happens next",
        "A town divided",
        "Cost of the work",
        "THE BACKGROUND",
        "Why it matters",
        "Traders count the cost",
        "How we got here",
        "The vote",
        "Questions remain",
        # round 54
        "Sign-up numbers",
        "Deals done",
    ],
    "captions-credits": [
        "The old bridge was closed in March after the floods. Photo: John Smith",
        "Shop owners on Mill Lane. (Picture: Harbour Gazette)",
        "Photograph: Ama Mensah/Reuters",
        "Image: Supplied",
        "Engineers inspect the damaged span on Monday.",
        "Getty Images",
        "Picture by Tom Reid",
        "Credit: AFP",
        "File photo of the Mill Lane bridge.",
        "The bridge in 2019, before the floods. Courtesy of the county archive",
        # round 54: a field's label and its text (no link label)
        "Update: Road reopened at noon",
        "Background: Bridge built in 1890",
        "Note: Figures are provisional",
        "Pictured: Engineers at the bridge",
        "Timeline: Bridge closures since 2019",
    ],
    "bylines-datelines": [
        "By Jane Doe, Transport Correspondent",
        "BY PRIYA NAIR",
        "NAIROBI, Kenya (AP) --",
        "LONDON (Reuters) -",
        "Published: 14:32, 4 March 2025",
        "Updated March 5, 2025 at 9:00 a.m. ET",
        "Reporting by Tom Reid; Editing by Sara Lee",
        "Additional reporting by Kwame Boateng",
        "Jane Doe is our transport correspondent.",
        "Staff reporter",
    ],
    "corrections-legal": [
        "Correction: An earlier version of this story gave the wrong date for the vote.",
        "This article was amended on 5 March to correct the name of the committee chair.",
        "Clarification: The council says the closure was not caused by the floods alone.",
        "© 2025 Harbour Gazette. All rights reserved.",
        "Copyright 2025 The Associated Press. All rights reserved.",
        "The names of the victims have been changed to protect their identity.",
        "Editor's note: This story has been updated with a statement from the council.",
        "This story has been updated.",
        "An earlier version of this article misstated the cost of the bridge.",
        "The council declined to comment on the legal challenge.",
    ],
}


def pasted(line: str, way: str) -> str:
    """``line`` as the story's fourth line: alone (``way`` "own"), or glued to the story's
    fourth paragraph ("glued"): how the batteries of rounds 49 and 50 paste each line."""
    if way == "own":
        lines = (*STORY_LINES[:3], line, *STORY_LINES[3:])
    else:
        lines = (*STORY_LINES[:3], line + STORY_LINES[3], *STORY_LINES[4:])
    return "\n".join(lines) + "\n"


WAYS = ("own", "glued")  # how a battery line is pasted (:func:`pasted`)


def pastings(lines: Iterable[str], misses: Collection[tuple[str, str]] = ()) -> list:
    """``(way, line)`` for every line pasted both ways, for a test's parameters; a pasting in
    ``misses`` (a known battery miss) is a strict expected failure, so that its fix shows."""
    import pytest

    lines = list(lines)
    stale = set(misses) - {(w, x) for x in lines for w in WAYS}
    if stale:  # (a miss that names no pasting would never run: the list is out of date)
        raise ValueError(f"known misses that are no battery pasting: {sorted(stale)}")
    return [pytest.param(w, x, marks=pytest.mark.xfail(strict=True, reason="battery miss")) if (w, x) in misses
            else (w, x) for x in lines for w in WAYS]
