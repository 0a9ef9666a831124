"""Round 71's battery: class members in other words and page labels glued where a scraper puts
them (issue 15).

Every line is written for lintnews's tests from how templates word such things in general (a
made-up outlet, "the Gazette", and made-up businesses), none taken from a corpus or a page.
``tests/test_advertorial_round71.py`` pastes each line on its own line between story lines and
checks the rule that warns; the traps are the same words in a story's voice (reported, quoted,
attributed or narrated), which must stay quiet.
"""

from __future__ import annotations

# (line, rule that warns on it alone)
BY_RULE: list[tuple[str, str]] = [
    # disclosures
    ("The Gazette earns a commission from purchases made through links on this page.", "advertorial/affiliate-disclosure"),
    ("We are a participant in the Amazon Services affiliate scheme.", "advertorial/affiliate-disclosure"),
    ("We independently review everything we recommend.", "advertorial/affiliate-disclosure"),
    ("We test and review products independently.", "advertorial/affiliate-disclosure"),
    ("Every item featured by Harbour Weekly is chosen by our editors.", "advertorial/affiliate-disclosure"),
    ("Promoted content", "advertorial/sponsored-marker"),
    ("Advertiser Content", "advertorial/sponsored-marker"),
    ("Content from our sponsors", "advertorial/sponsored-marker"),
    ("Advertising disclosure", "advertorial/sponsored-marker"),
    ("Sponsored Listings", "advertorial/sponsored-marker"),
    ("Stories by Outbrain", "advertorial/sponsored-marker"),
    # social, newsletter, app and alert plugs
    ("Tweet us @gazettenews", "advertorial/newsletter-plug"),
    ("Check out the Gazette on Instagram for daily pictures of the coast.", "advertorial/newsletter-plug"),
    ("Stay up to date with the week's stories through our free newsletter.", "advertorial/newsletter-plug"),
    ("Share on LinkedIn", "advertorial/newsletter-plug"),
    ("Turn on news alerts", "advertorial/newsletter-plug"),
    ("Keep in touch with us", "advertorial/newsletter-plug"),
    ("Find us on social media", "advertorial/newsletter-plug"),
    ("Follow the Gazette on Google News.", "advertorial/newsletter-plug"),
    ("Sign up to get our top stories every morning.", "advertorial/newsletter-plug"),
    ("Head to gazette.example for the latest.", "advertorial/newsletter-plug"),
    ("Weekly Newsletter Sign-Up", "advertorial/newsletter-plug"),
    # podcast, video and event plugs
    ("Please like and subscribe for more walks like this one.", "advertorial/media-plug"),
    ("Ring the bell so you never miss an episode.", "advertorial/newsletter-plug"),
    ("Tag a friend who loves a sea swim!", "advertorial/media-plug"),
    ("Binge the whole second series now on Streamly.", "advertorial/media-plug"),
    ("Watch again on Coast Player.", "advertorial/media-plug"),
    ("Catch our newest documentary on the harbour strike.", "advertorial/media-plug"),
    ("Watch and subscribe: Podwave | Streamly", "advertorial/media-plug"),
    # appeals and offers
    ("Buy us a coffee", "advertorial/donation-appeal"),
    ("Unlock full access to the Gazette from £2 a month.", "advertorial/donation-appeal"),
    ("Take a moment to support Harbour Sketches on Patreon!", "advertorial/donation-appeal"),
    ("Digital Subscriptions", "advertorial/donation-appeal"),
    ("Save 30% on a yearly subscription.", "advertorial/donation-appeal"),
    ("Your first three months are on us.", "advertorial/donation-appeal"),
    # comments and reader engagement
    ("Sign in to leave a comment.", "advertorial/comments-boilerplate"),
    ("We would love to hear what you think.", "advertorial/comments-boilerplate"),
    ("Join the debate in our forums.", "advertorial/comments-boilerplate"),
    ("Share or comment on this story", "advertorial/comments-boilerplate"),
    ("Submit a tip", "advertorial/comments-boilerplate"),
    ("Know something we should know?", "advertorial/comments-boilerplate"),
    # commerce
    ("Browse today's top deals below.", "advertorial/commerce-cta"),
    ("Grab one now while stocks last.", "advertorial/commerce-cta"),
    ("Exclusive Offers", "advertorial/commerce-cta"),
    ("Discount codes", "advertorial/commerce-cta"),
    ("Order before 3pm for next-day delivery.", "advertorial/commerce-cta"),
    # site notices, tags, related lists, the outlet's other sites
    ("We respect your privacy.", "advertorial/site-notice"),
    ("Your privacy is important to us.", "advertorial/site-notice"),
    ("It looks like you are using an ad blocker.", "advertorial/site-notice"),
    ("Log in or register", "advertorial/site-notice"),
    ("Continue in the app", "advertorial/site-notice"),
    ("This video is not shown due to your cookie preferences.", "advertorial/site-notice"),
    ("Most popular this month", "advertorial/related-plug"),
    ("Craving more? Browse our recipes section.", "advertorial/related-plug"),
    ("Visit our other regional sites", "advertorial/outlet-plug"),
]

# a label glued after a story sentence's stop, closing its line (how a scraper joins a page's
# furniture to the paragraph before it): (glued text, rule)
GLUED_AFTER: list[tuple[str, str]] = [
    ("The ferry will run hourly from May.Promoted content", "advertorial/sponsored-marker"),
    ("The ferry will run hourly from May. Advertisement", "advertorial/sponsored-marker"),
    ("The ferry will run hourly from May.Presented by Northwind Energy", "advertorial/sponsored-marker"),
    ("The ferry will run hourly from May.Trending now", "advertorial/related-plug"),
    ("The ferry will run hourly from May.Read next: Island school wins a new roof", "advertorial/related-plug"),
    ("The ferry will run hourly from May.Newsletter Sign-Up", "advertorial/newsletter-plug"),
    ("The ferry will run hourly from May.Digital subscriptions", "advertorial/donation-appeal"),
]

# the same words in a story's voice, a credit, a caption: no warning
TRAPS: list[str] = [
    "The regulator found that the blog earns a commission from purchases made through links on its pages without saying so.",
    "The company is a participant in the Amazon Services scheme, its filing shows.",
    "We independently verified the footage with two witnesses.",
    "Promoted content made up a fifth of the site's pages, the study found.",
    "The watchdog's report on advertiser content was published on Monday.",
    "The singer urged fans to like and subscribe during the livestream.",
    '"Hit the bell icon," the streamer told her followers.',
    "Viewers could watch live on Coast Player, the broadcaster said.",
    "He offered to buy me a coffee after the interview.",
    "Many musicians now support themselves on Patreon.",
    '"We\'d love to hear your thoughts," the mayor told residents.',
    "Residents can continue the conversation on the council's forum.",
    "The bank said it respects your privacy.",
    "Special offers drew crowds to the market on Saturday.",
    "Coupons were handed out at the door.",
    "Sponsored listings rose by a fifth last year.",
    "Visit other sites before you decide, the guide advises.",
    "The service was recommended by Outbrain's founder in 2015.",
    "Know something we don't, the detective asked the witness.",
    "Union members get 10% more under the deal, the union said.",
    "The ferry left at noon. Photo: Ana Ruiz for the Gazette, taken on the quay",
    "The exhibition runs until May. Presented by the Harbour Trust, it is free to visit.",
    "The vote was up next after lunch.",
]
