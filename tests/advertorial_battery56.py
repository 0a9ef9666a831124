"""Round 56's battery: in-article furniture written BY OUTLET, and traps using the same words.

Every line here was written for lintnews's tests in the manner of a kind of site (wires; US, UK,
Irish, Australian, New Zealand, Canadian, Indian, Pakistani, South African, Kenyan, Nigerian and
Singaporean papers and broadcasters; tech, science, business and property trade sites; tabloids;
partisan blogs; a state broadcaster). The outlets are invented, named after the kind of site
whose pages carry such furniture; no line is taken from a corpus or a page.
``tests/test_advertorial_round56.py`` pastes each line into round 49's story
(:func:`tests.advertorial_battery49.pasted`), on a line of its own and glued to the next sentence
without a space, and asks for a warning on it; each trap must leave the story without an
advertorial warning.

Copyright and rights notices, photo credits, bylines and datelines stay traps (rounds 49 and 55).
"""

from __future__ import annotations

BY_OUTLET: dict[str, list[str]] = {
    # a US wire
    "us-wire": [
        "Follow Capitol Newswire's coverage of the midterms at capnews.com/elections.",
        "Capitol Newswire receives support from the Lakeside Foundation for its coverage of water issues. CN is solely responsible for all content.",
        "Sign up for Capitol Newswire's morning headlines, delivered to your inbox.",
        "Find more CN coverage of climate change at capnews.com/climate.",
    ],
    # a UK wire / agency
    "uk-agency": [
        "Sign up to the Kestrel briefing for the day's top stories.",
        "Got a news tip? Contact the Kestrel newsdesk at tips@kestrelnews.co.uk",
        "Want more stories like this? Follow Kestrel News on Google News.",
    ],
    # a US metro daily
    "us-metro": [
        "Story continues below advertisement",
        "Support local journalism. Subscribe to the Harbour Gazette today.",
        "Have a question about your commute? Send it to asktraffic@harbourgazette.com.",
        "Get the Gazette's free app for breaking news alerts.",
        "Comments are moderated and may take time to appear.",
    ],
    # a US broadcaster
    "us-broadcaster": [
        "Download the KHBR 7 News app to get breaking news alerts on your phone.",
        "Watch KHBR 7 News live at 5, 6 and 11.",
        "Stream KHBR 7 News for free on Roku and Fire TV.",
    ],
    # a UK broadsheet
    "uk-broadsheet": [
        "Sign up to our Morning Briefing newsletter",
        "Join our commenting forum",
        "Join thought-provoking conversations, follow other readers and see their replies",
        "Most Viewed",
        "Our journalism is funded by readers like you.",
    ],
    # a UK tabloid
    "uk-tabloid": [
        "Got a story? Email us at tips@dailybeacon.co.uk or call 020 7946 0000.",
        "Get all the latest news and gossip sent straight to your inbox with our newsletter.",
        "MOST READ IN NEWS",
        "Click here for the latest celebrity news",
        "We pay for your stories! Do you have a story for the Beacon news team?",
    ],
    # an Irish paper
    "irish": [
        "Sign up to the Western Courier's daily news digest.",
        "Download the Courier app for the latest news from Connacht.",
        "Follow the Courier on WhatsApp for breaking news.",
        "Receive our free morning briefing straight to your inbox.",
    ],
    # an Irish broadcaster
    "irish-broadcaster": [
        "Listen back to the full interview on the Morning Show podcast.",
        "Watch the full report on the six o'clock news.",
        "Stay up to date with the latest news on our website and app.",
    ],
    # an Australian tabloid/metro
    "australian": [
        "Continue reading below",
        "Get the latest news straight to your inbox. Sign up for the Southern Cross Daily newsletter.",
        "Got a news tip? Send us a message on 0400 000 000 or email news@scdaily.com.au.",
        "MORE NEWS:",
    ],
    # an Australian public broadcaster
    "australian-public": [
        "Get our breaking news alert",
        "Download the news app, subscribe to our newsletter and follow us on social media.",
        "Share this article",
    ],
    # a New Zealand news site
    "new-zealand": [
        "Sign up to The Tasman Post's morning news briefing.",
        "Support independent New Zealand journalism: become a Tasman Post supporter.",
        "Have you got a story? Email us at newstips@tasmanpost.co.nz",
    ],
    # a Canadian paper
    "canadian": [
        "Sign up to receive daily headline news from the Prairie Ledger.",
        "Our website is the place for the latest breaking news, exclusive scoops, longreads and provocative commentary.",
        "Postmedia is committed to maintaining a lively but civil forum for discussion.",
        "Share this article in your social network",
        "This story has been shared 120 times.",
    ],
    # a Canadian public broadcaster
    "canadian-public": [
        "Do you have a story tip? Send it to prairies@cbxnews.ca.",
        "Listen to the full interview on Prairie Morning.",
        "Share this story on Facebook",
    ],
    # an Indian national daily
    "indian": [
        "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Mumbai Mirror Live.",
        "Download The Deccan Ledger App to get daily market updates.",
        "Also Read | Sensex falls 300 points as banks drag",
        "Stay updated with the latest news from the Deccan Ledger - Follow us on Twitter, Facebook and Instagram.",
    ],
    # an Indian broadcaster site
    "indian-broadcaster": [
        "Click here to join our WhatsApp channel",
        "Get Latest News, Breaking News and Live Updates on Ganga 24x7.",
        "(Except for the headline, this story has not been edited by Ganga 24x7 staff and is published from a syndicated feed.)",
        "Trending News",
    ],
    # a Pakistani daily
    "pakistani": [
        "Like Indus Herald on Facebook, follow @IndusHerald on Twitter to stay informed and join in the conversation.",
        "Comments are moderated and generally will be approved if they are on-topic and not abusive.",
        "For more information, read our comments policy.",
    ],
    # a South African site
    "south-african": [
        "Join the Veld Voice community on Telegram for the latest updates.",
        "Do you have a news tip? WhatsApp our newsroom on 082 000 0000.",
        "Don't miss out on the latest news, subscribe to our newsletter.",
        "Subscribers can comment below.",
    ],
    # a Kenyan paper
    "kenyan": [
        "Get the latest news on the Rift Daily's WhatsApp channel.",
        "Send your news tips to newsdesk@riftdaily.co.ke",
        "Subscribe to our YouTube channel for more news.",
    ],
    # a Nigerian paper
    "nigerian": [
        "Kindly share this story:",
        "Contact: news@lagosledger.ng",
        "Join the conversation",
        "Support Lagos Ledger journalism of integrity and credibility.",
    ],
    # a Singaporean paper
    "singaporean": [
        "Join our Telegram channel for the latest breaking news.",
        "Sign up for our Asian Insider newsletter to get the latest news and analysis.",
        "Get the Straits Courier app and be the first to know.",
    ],
    # a state broadcaster
    "state-broadcaster": [
        "Follow the national broadcaster's English service on X for updates.",
        "Watch the full programme on our YouTube channel.",
        "Stay tuned for more updates.",
    ],
    # a tech trade site
    "tech": [
        "When you purchase through links on our site, we may earn an affiliate commission.",
        "Stay up to date on the latest tech news, product reviews and deals.",
        "Follow Gearbyte on Google News to get our latest coverage in your feeds.",
        "Get the best of Gearbyte in your inbox.",
    ],
    # a science site
    "science": [
        "Provided by University of Lagos",
        "Get the week's top science stories in your inbox every Friday.",
        "Explore more: Ocean currents are slowing, a study finds",
    ],
    # a science magazine
    "science-magazine": [
        "Sign up for our free daily newsletter to get the latest science stories.",
        "This article was originally published on Lab Notes.",
        "Support science journalism.",
    ],
    # a business site
    "business": [
        "Get the Market Wrap newsletter delivered to your inbox each weekday.",
        "Subscribe now to read the full story.",
        "Already a subscriber? Log in",
        "Read next:",
    ],
    # a business wire (press release)
    "press-wire": [
        "View original content to download multimedia:",
        "SOURCE Meridian Bank",
        "About Meridian Bank",
        "For more information, visit www.meridianbank.com.",
    ],
    # a property trade site
    "property": [
        "Never miss a story: sign up to Estate Weekly's daily newsletter.",
        "Want to advertise your property? Contact our sales team.",
        "Related: Harbour Quays apartments sell out in a day",
        "Join our property investors' webinar on Thursday.",
    ],
    # a US tabloid
    "us-tabloid": [
        "Want more of the latest celebrity news? Subscribe to our newsletter.",
        "Thanks for contacting us. We've received your submission.",
        "Check out more stories like this one",
        "View gallery",
    ],
    # a UK regional (Reach-style)
    "uk-regional": [
        "Story Saved",
        "You can find this story in My Bookmarks.",
        "Sign up to get the latest breaking news straight to your inbox.",
        "Get the biggest stories from around the region sent straight to your inbox.",
    ],
    # a partisan blog (right)
    "partisan-right": [
        "Please share this article on social media.",
        "If you enjoyed this article, please consider supporting our work.",
        "Get our free daily newsletter.",
        "Reprinted with permission from the Liberty Post.",
    ],
    # a partisan blog (left)
    "partisan-left": [
        "Chip in $5 to keep our reporting free.",
        "This article is republished from The Commons under a Creative Commons license.",
        "Enjoy this piece? Share it with a friend.",
    ],
    # a gaming/entertainment site
    "entertainment": [
        "Advertisement",
        "Scroll to continue reading",
        "Trending",
        "Watch the trailer below.",
    ],
    # a live blog
    "live-blog": [
        "Refresh for the latest updates.",
        "Follow our live coverage of the budget here.",
        "Key events",
    ],
    # a cookie / paywall line
    "paywall-cookie": [
        "To continue reading, please subscribe.",
        "This content is blocked because you have not accepted cookies.",
        "You have reached your limit of free articles this month.",
        "Manage your cookie settings to view this content.",
    ],
    # an events and webinar plug
    "events": [
        "Register now for our Future of Farming summit in Nairobi.",
        "Book your tickets for the Gazette Awards night.",
        "Join us live on Tuesday at 1pm for a free webinar.",
    ],
    # a podcast plug
    "podcast": [
        "Listen to our daily news podcast on Apple Podcasts, Spotify or wherever you get your podcasts.",
        "Subscribe to The Briefing podcast.",
        "Hear more on this story on today's episode of The Daily Wire podcast.",
    ],
    # a syndication credit
    "syndication": [
        "This article first appeared in The Harbour Echo.",
        "This story was originally published by Coastline Media and is republished here with permission.",
        "Republished with permission.",
        "A version of this story first appeared on the Lowland Review.",
        "This post first ran on our sister site, Gearbyte.",
    ],
}

TRAPS: dict[str, list[str]] = {
    "first-appeared-story": [
        "The paper first appeared in 1851 as a weekly sheet.",
        "The symptoms first appeared in March, doctors said.",
        "The cracks first appeared on the bridge after the floods.",
        "The column originally appeared in a Welsh weekly, the author said.",
        "The story was republished by three other papers within a day.",
        "The photograph was reprinted around the world.",
        "The lyrics were reprinted with permission of the family, the museum said.",
        "The rumour first ran on a gossip site in Lagos.",
        "The scheme was originally published as a draft in 2019.",
        "The map first appeared in an atlas printed in Amsterdam.",
    ],
    "podcast-video-story": [
        "The station's podcast won an award in June.",
        "The video was shared thousands of times on Facebook.",
        "Watch the skies tonight, astronomers advised.",
        "Listen to the community, the mayor told councillors.",
        "The trailer was watched a million times in a day.",
        "She recorded the podcast at her kitchen table.",
        "Stream flow in the river fell by half over the summer.",
        "Stay tuned, the coach told reporters, declining to name the team.",
        "Follow the river north and you reach the old mill.",
        "The interview was broadcast in full on Sunday.",
    ],
    "comment-community-story": [
        "Readers can comment at the council's meeting next week.",
        "The community was asked to comment on the plan before June.",
        "He declined to comment.",
        "Comments on the proposal closed on Friday.",
        "Join the queue early, residents were told.",
        "The forum for discussion was set up by the union.",
        "The conversation turned to money, she recalled.",
        "Share prices fell sharply in Mumbai.",
        "The company said it would share the data with regulators.",
        "Subscribers to the water scheme will pay more from April.",
    ],
    "trending-story": [
        "Trending downward, the index fell for a third week.",
        "Advertisement spending fell by a tenth last year.",
        "The advertisement was banned by the regulator.",
        "Continue reading the list, the judge told the clerk.",
        "The most viewed video on the site was a cat.",
        "Key events of the week included a strike.",
        "Tip lines set up by the police received 400 calls.",
        "The story continues below the surface, the diver said.",
        "The gallery will reopen in May after a refit.",
        "The paywall was introduced in 2019 and lost the paper readers.",
    ],
    "subheads-captions": [
        "Rising costs",
        "A long wait",
        "The ferry at dawn on Tuesday.",
        "What happens next",
        "Councillors at the town hall.",
        "Key questions",
        "The vote",
        "Flood defences",
        "The harbour in 1962.",
        "Mill Lane traders count the cost",
    ],
    "bylines-credits": [
        "By Priya Nair",
        "Additional reporting by Tom Reid",
        "Editing by Ama Mensah",
        "LAGOS, March 5 (Kestrel) -",
        "Photo: Harbour Gazette",
        "Reporting by Kwame Boateng in Nairobi",
        "With agencies",
        "Updated 5 March 2025",
        "NAIROBI, Kenya —",
        "Priya Nair is the Gazette's transport correspondent.",
    ],
    "legal-notices": [
        "© 2025 Veld Voice. All rights reserved.",
        "Copyright 2025 Capitol Newswire. All rights reserved.",
        "(c) 2024 Rift Daily",
        "All rights reserved.",
        "Copyright © Indus Herald",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "© Straits Courier Pte Ltd",
        "Copyright Tasman Post 2025",
        "© Kestrel News Agency 2025",
        "Copyright 2025 The Commons.",
    ],
}

# Each group of the outlet battery's misses that round 56 fixes, with 3-5 more wordings written
# for it before the fix (the fix must catch these too).
MORE: dict[str, list[str]] = {
    # a page widget's own message left in the text (saved, shared, blocked, received)
    "widget-messages": [
        "Article saved",
        "Saved to your reading list",
        "You can find this article in your saved items.",
        "This article has been shared 3,400 times",
        "This video is unavailable because you have declined cookies.",
        "This content is hidden because you have not consented to marketing cookies.",
        "Thank you for contacting us. We have received your message.",
    ],
    # the outlet's news feed plugged as a list of its kinds of news, or more stories like this
    "news-feed-plug": [
        "Catch all the latest Politics News, World News and Live Updates on Daily Nation Online.",
        "Get Breaking News, Top Headlines and Latest Updates from the Capital Herald.",
        "Stay up to date with the latest local news and sport.",
        "Check out more articles like this",
        "Find more Gazette coverage of the drought at harbourgazette.com/drought",
        "Read all the latest headlines from Kestrel News.",
    ],
    # a comment section's policy in the outlet's words
    "comment-policy": [
        "We are committed to maintaining a civil and respectful discussion in our comments.",
        "The Gazette is committed to fostering a lively but respectful forum for debate.",
        "We welcome lively debate but ask that all comments remain civil.",
        "We ask that comments stay on topic and respectful.",
    ],
    # a press-release wire's furniture
    "press-wire": [
        "View original content:",
        "View source version on prwire.com:",
        "SOURCE Harbour Motors Ltd",
        "Media contact: Jane Roe, press@harbourmotors.com",
        "Press enquiries:",
    ],
    # a funder's note on the outlet's coverage
    "funding-note": [
        "The Harbour Gazette receives funding from the Lakeside Trust for its health reporting.",
        "AP is solely responsible for all content.",
        "Kestrel News receives financial support from the Coastline Fund for its coverage of education.",
        "The Gazette is solely responsible for its journalism.",
    ],
}

TRAPS.update(
    {
        "round56-shapes-story": [
            "The post has been shared 40,000 times on Facebook, police said.",
            "The story was saved by a librarian in 1952.",
            "Users who had not accepted cookies were still tracked, the regulator found.",
            "Thank you for contacting us, the council wrote in its reply to residents.",
            "Get the latest news from the front, the general told his aides.",
            "Catch all the fish you can, the skipper said.",
            "Stay up to date with your vaccinations, doctors advise.",
            "The council is committed to maintaining a civil and respectful debate on the plan, the mayor said.",
            "The charity receives funding from the council for its work with refugees.",
            "He is solely responsible for the collapse of the firm, the judge ruled.",
        ],
        "round56-credits-labels": [
            "Source: Office for National Statistics",
            "SOURCE: ONS",
            "Sources: council records, Harbour Archive",
            "Contact: Harbour Gazette",
            "About the author",
            "Media contacts were not told of the change.",
            "View from the top: the new tower at dusk.",
            "Source code for the app was published on Tuesday.",
            "Press enquiries rose after the storm, the office said.",
            "More stories like this one are likely, police warned.",
        ],
    }
)

MORE["glued-credits-labels"] = [
    # a credit or a page label glued to the next sentence with no space (fixed at the join)
    "Supplied by Harbour Features",
    "Content provided by Coastline Media Group",
    "Click to continue reading",
    "Kindly share this article:",
    "Kindly share our stories",
]

TRAPS["round56-glue-story"] = [
    "Provided by the council, the buses run every hour.",
    "Supplied by a farm in Kent, the beef was recalled.",
    "Kindly share your views with the council, the clerk wrote.",
    "Please continue reading aloud, the teacher told the class.",
    "Stream flow in the river fell by half over the summer.",
    "Watch batteries from the shop were recalled in May.",
    "Support for the plan in the villages grew over the summer.",
    "Follow-up checks at the plant found no leak.",
    "Provided by law, the grant is paid each April.",
    "Share prices in Lagos rose for a third day.",
]

# ptc-dev's two known left-overs, as groups of their own wordings: a bare "This" for the piece
# first published in a title, and a donation ask's opening question about the outlet's work
MORE["this-first-appeared"] = [
    "This first appeared in The Harbour Echo nearly 20 years ago.",
    "This first ran in The Lowland Review in 2004.",
    "This was first published in The Coastline Quarterly.",
    "This originally appeared in The Harbour Echo's weekend magazine.",
]
MORE["love-what-we-do"] = [
    "Do you love what we're doing at Gearbyte?",
    "Do you like what we're doing at the Ledger?",
    "Love what we do here?",
    "Do you value what we are doing?",
    "Enjoy what we're doing at Gearbyte?",
]

TRAPS["round56-leftover-story"] = [
    "This first appeared in March, doctors said.",
    "This first appeared in the 1990s as a student prank.",
    "This first appeared in The Hague in 1990.",
    "This first appeared in The Lancet in 2010, the professor said.",
    "This first appeared in London, where the rash spread quickly.",
    "\"Do you love what we are doing?\" he asked the crowd.",
    "Do you like what we're doing? the mayor asked the crowd.",
    "Do you love what you do, the survey asked nurses.",
    "What we do here matters, the head teacher said.",
    "They love what we're doing with the park, the ranger said.",
]
