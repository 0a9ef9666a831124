"""Boilerplate of many kinds of site, by function, written for the tests (no corpus text).

Each list holds lines an editor would strike from an article as advertorial (``PLUGS``) or
must leave alone (``NOT_ADVERTORIAL``). ``tests/test_advertorial_classes.py`` puts each line
between two paragraphs of a story and checks the verdict. The outlets, people and products
are invented.
"""

from __future__ import annotations

PLUGS: dict[str, list[str]] = {
    "disclosure": [
        "We may earn a commission when you buy through links on our site.",
        "Tidewater Post may receive a share of sales from products purchased through this article.",
        "When you shop through retailer links on our site, we may earn affiliate commissions.",
        "This article contains affiliate links, which means we may be paid if you make a purchase.",
        "As an Amazon Associate, the Harbour Gazette earns from qualifying purchases.",
        "Products featured here are independently selected by our editors.",
        "Our editors independently research and recommend the best products.",
        "Harbour Gadgets is reader-supported: we may earn a commission from links on this page.",
        "Some of the links in this post are affiliate links.",
        "If you buy something using links in our stories, we may earn a commission.",
        "The reviewer received the speaker free of charge for review purposes.",
        "Review unit provided by Northwind Audio.",
        "This post is sponsored by Quayside Bank. All opinions are my own.",
        "This content was produced in partnership with the Coastal Tourism Board.",
        "Paid partnership with Northwind Outdoors",
        "Sponsored content",
        "Advertisement",
        "- Advertisement -",
        "Story continues below advertisement",
        "The news and editorial staffs of the Harbour Gazette had no role in this post's preparation.",
        "Presented by Northwind Energy",
        "A message from our sponsor",
        "Loving my new walking boots from @northwindoutdoors #ad",
        "Links on this page may earn us a commission.",
        "This episode is brought to you by Quayside Mattresses.",
    ],
    "comments": [
        "Your email address will not be published. Required fields are marked *",
        "Leave a Reply",
        "Comments are closed.",
        "Comments have been disabled for this article.",
        "Please keep comments civil and on topic.",
        "Read our community guidelines before you post.",
        "What do you think? Let us know in the comments below.",
        "Tell us what you think in the comments.",
        "Sound off in the comments below.",
        "Have a news tip? Email us at tips@harbourgazette.example.",
        "Got a story idea? Send your tips to newsdesk@tidewaterpost.example.",
        "We'd love to hear from you: share your stories with us.",
        "Email the writer at jo.lee@harbourgazette.example.",
        "Notify me of follow-up comments by email.",
        "Be the first to comment",
        "Log in to comment",
        "12 Comments",
        "Share this article",
        "Click to share on Twitter",
        "Was this article helpful?",
        "We reserve the right to remove comments that break our rules.",
        "Comments that are abusive or off topic will be removed.",
        "Commenting is closed for this story.",
        "Liked this story? Please share it with a friend.",
        "Thanks for reading!",
        "Want to respond? Send us a letter to the editor.",
        "Do you have a story about the ferry? Email us.",
    ],
    "social-newsletter-app": [
        "Follow the Harbour Gazette on Facebook, Twitter and Instagram.",
        "Like us on Facebook",
        "Follow us @harbourgazette for live updates.",
        "Sign up for our free morning newsletter.",
        "Get the best of the Tidewater Post delivered to your inbox.",
        "Subscribe to our weekly email briefing.",
        "Never miss a story: turn on breaking news alerts.",
        "Download the Harbour Gazette app for iOS and Android.",
        "Get our free app and never miss a headline.",
        "Join our WhatsApp channel for the day's top stories.",
        "By signing up, you agree to our Terms of Use and Privacy Policy.",
        "Enter your email address to get our weekend edition.",
        "Thanks for signing up!",
        "You can unsubscribe at any time.",
        "Share: Facebook Twitter Email",
        "Follow Us: Facebook | Instagram | YouTube",
        "Stay in the loop with our evening digest.",
        "Join 40,000 readers who get our newsletter every morning.",
        "Don't forget to follow us!",
        "Keep up with the Tidewater Post on Instagram.",
        "Stay connected with us on social media.",
        "Watch the trailer and subscribe today!",
        "Like her on Facebook here.",
        "Twitter: @harbourgazette",
    ],
    "podcast-video-event": [
        "Listen to Harbour Talk on Apple Podcasts, Spotify or wherever you get your podcasts.",
        "Subscribe to our YouTube channel for more videos.",
        "New episodes every Thursday.",
        "Watch our full interview with the harbour master.",
        "Get your tickets now for the Seafront Food Festival.",
        "Tickets are on sale now at seafrontfestival.example.",
        "Join us at the Coastal Business Summit on 12 May.",
        "Register now for our free webinar on pension changes.",
        "Reserve your seat for our reader evening.",
        "Early-bird tickets end on Friday.",
        "Save the date: our annual awards night is on 3 June.",
        "Tune in every Sunday at 9am for Coast Weekly.",
        "You can also listen to our weekly podcast on the way to work.",
        "Listen to this article",
    ],
    "related": [
        "More stories you may have missed",
        "You might also like",
        "Most read",
        "Most Popular",
        "Trending now",
        "Editor's picks",
        "Recommended stories",
        "Related coverage",
        "More from the Harbour Gazette",
        "Don't miss",
        "Check out our guide to the best coastal walks.",
        "READ MORE: Ferry fares to rise for second year running",
        "Related: Council approves new harbour budget",
        "Continue reading below",
        "Also on Harbour TV: Seal pup rescued from quayside wall",
    ],
    "syndication-company": [
        "This article was originally published on Coastline Weekly.",
        "Originally published by the Tidewater Review.",
        "A version of this story first appeared in the Harbour Gazette.",
        "Republished with permission from the Quayside Courier.",
        "This story is republished from The Harbour Review under a Creative Commons licence.",
        "Reprinted with permission of the author.",
        "Distributed by Coastline Features.",
        "The post Ferry fares rise again appeared first on Coastline Weekly.",
        "Reprinted from the Quayside Courier.",
        "Provided by the Institute of Marine Studies",
        "This story was produced in partnership with the Coastal Reporting Project.",
    ],
    "commerce": [
        "Use code HARBOUR20 at checkout for 20% off.",
        "Shop the sale at Quayside Outfitters.",
        "Get it at Quayside Market for $24.99",
        "Buy it now on Northwind Store",
        "Limited-time offer: two tickets for the price of one.",
        "Hurry, this deal ends at midnight.",
        "Prices are accurate at the time of publication.",
        "Free shipping on orders over $35.",
        "Was $89, now $59.",
        "Clip the $10 coupon on the product page.",
        "Add to cart",
        "Deal of the day",
    ],
    "donation": [
        "Your support helps keep the Harbour Gazette free for everyone.",
        "We rely on readers like you to fund our reporting.",
        "Support independent journalism: donate today.",
        "Become a member and read without limits.",
        "Every contribution, however big or small, helps us keep reporting.",
        "Can you chip in $5 to keep us going?",
        "Make a tax-deductible donation today.",
        "The Tidewater Post needs your help.",
    ],
    "site-notice": [
        "We use cookies to improve your experience on our site.",
        "Already a subscriber? Log in.",
        "You have reached your limit of free articles.",
        "Subscribe to continue reading.",
        "Please disable your ad blocker to support our journalism.",
        "Please enable JavaScript to view this content.",
    ],
}

# Runs of lines that only their shape gives away: lists of related headlines, timelines.
HEADLINE_LISTS: list[str] = [
    "Mayor Faces Recall Vote After Harbour Scandal\n"
    "Police Name Suspect in Quayside Shooting\n"
    "Ferry Operator Orders Two New Vessels for Winter Route",
    "Related\n"
    "Council delays vote on harbour redevelopment\n"
    "Residents sue over plans for new marina",
    "Nov. 3, 2023: Harbour Board Delays Vote on Ferry Terminal\n"
    "Jan. 9, 2024: Judge Halts Work on Ferry Terminal\n"
    "March 14, 2024: Ferry Terminal Plan Goes Back to the Drawing Board",
    "Most Read\n"
    "Seal Pup Rescued From Harbour Wall\n"
    "New Bakery Opens on the Quay",
]

# A company's own description, as press releases end.
COMPANY = [
    "About Northwind Analytics\n"
    "Northwind Analytics is a leading provider of tide data for ports and shipping lines. "
    "For more information, visit northwind.example.",
    "About Quayside Energy: Quayside Energy is a fast-growing supplier of offshore wind power, "
    "headquartered in Kellmouth. To learn more, visit quaysideenergy.example.",
]

# What is not advertorial: reporting about promotion, and the furniture of journalism.
NOT_ADVERTORIAL: list[str] = [
    # reporting about advertising, sponsorship, subscriptions and prices
    "The paper said it had gained 5,000 digital subscribers since it introduced a paywall.",
    "The festival, sponsored by a local brewery, drew 20,000 people to the harbour.",
    "Regulators fined the retailer over a limited-time offer that never ended.",
    "The streaming service charges $8 a month, and subscribers get unlimited films.",
    "Influencers must now label paid partnerships clearly, the watchdog ruled.",
    "More than a million people follow her on Instagram.",
    "Fans queued overnight to buy tickets for the final.",
    "The novel was first published in 1962 and translated into 30 languages.",
    "The charity relies on donations from local businesses.",
    "The company earns a commission on every booking made through its platform.",
    "Residents can register for the free workshop at the town library.",
    "The app is free to try for a month, after which it costs $4.",
    # subheads, captions, bylines, datelines, credits, legal lines, corrections
    "What the Budget Means for Ferry Passengers",
    "Fishing boats moored at the quay on Monday. Photograph: Jane Doe/Harbour Gazette",
    "By Sam Carter | Harbour Gazette",
    "PORT ELLEN, Scotland — The ferry was cancelled for a third day.",
    "© 2024 Harbour Gazette Ltd. All rights reserved.",
    "Use of this site constitutes acceptance of our User Agreement and Privacy Policy.",
    "Sam Carter contributed reporting from the quay.",
    "Correction: An earlier version of this article gave the wrong date for the vote.",
    "This article has been updated with comment from the council.",
    "Jo Lee is the Harbour Gazette's transport correspondent.",
    "(Reporting by Sam Carter; Editing by Jo Lee)",
    # first-person writing that is not an appeal, imperatives inside the story
    "We should all be worried about the state of the sea wall, and we should say so.",
    "Try the crab at the harbour café, the inspector wrote in her report.",
    "Police urged anyone with information to call the station.",
    "The mayor spoke.",
    "Do you have information about the crash? Call the police on 101.",
    "Thousands liked the post within an hour.",
]
