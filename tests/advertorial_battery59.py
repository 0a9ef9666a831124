"""Round 59's battery: promotional and solicitation copy by the kind of page it comes from.

Rounds 49-55 wrote their batteries by class and round 56 by outlet; this one is written by page
kind (a deals roundup, a brand studio's page, a press release on the wire, a live blog, a
newsletter republished as an article, a podcast or video page, a recipe or review page, a local
community site, a fact-check or explainer, a nonprofit newsroom's membership drive, and more).
Each insertion is one line or a block of two to four lines, as the page kind lays it out; every
word was written for lintnews's tests, none taken from a corpus or a page.
``tests/test_advertorial_round59.py`` pastes each one into round 49's story, alone and with its
last line glued to the next sentence, and asks for one warning on it; the traps use the same
words in reporting, subheads, captions, credits, bylines and datelines and must stay unwarned.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

# an insertion: one line, or a block of lines pasted together
Insertion = str | tuple[str, ...]

BY_PAGE_KIND: dict[str, list[Insertion]] = {
    "deals-roundup": [
        "Our pick: the Brightwell 5-quart air fryer, now $79 (was $129) at Shopmart.",
        "Prices were accurate at the time of writing but may change.",
        ("Best for small kitchens: Corvo Mini Blender", "$49.99 at Homewell, down from $69.99"),
        "Grab it while the discount lasts: 30% off with code SPRING30 at checkout.",
        "Price and availability may vary and are subject to change.",
        ("Best overall: Larkspur Pro Headphones", "Why we like it: superb noise cancelling at a mid-range price.", "Buy now for £149 at Argent Electrics"),
        "Save $40 on the Tidewater robot vacuum today only.",
    ],
    "brand-studio": [
        "This content was produced by the Harbour Gazette's brand studio for Meridian Bank.",
        "The Gazette's newsroom was not involved in the creation of this content.",
        ("Presented by Solway Power", "Created by Gazette Studio, the commercial content team of the Harbour Gazette."),
        "Produced by our partner content team in collaboration with Kestrel Insurance.",
        "This paid post was written and paid for by Orion Bank and does not reflect the views of our editors.",
        "Created in partnership with Lumen Skincare. Our editorial staff had no role in this piece.",
    ],
    "press-release": [
        ("About Copperleaf Coffee", "Copperleaf Coffee is a leading roaster of speciality coffee with more than 40 cafes across the Midlands. For more information, visit copperleaf.example."),
        ("Forward-Looking Statements", "This press release contains forward-looking statements that involve risks and uncertainties. Actual results may differ materially from those expressed."),
        ("Media contact:", "Jane Okafor, Head of Communications", "press@zenithmutual.example | +44 20 7946 0123"),
        ("SOURCE Atlas Cement", "###"),
        "For further information, please contact our investor relations team at ir@atlascement.example.",
        "Kudu Breweries (NYSE: KDU) is a global beverage company headquartered in Cape Town. Learn more at kudu.example.",
    ],
    "live-blog": [
        "Follow our live coverage of the storm as it moves up the coast.",
        "Refresh this page for the latest updates.",
        ("PINNED", "Welcome to our live blog. We'll bring you every development as it happens."),
        "This live blog has now closed. Read our full report here.",
        "Keep this page open for live updates throughout the day.",
        "Stay with us for the latest as the count continues.",
    ],
    "newsletter-republished": [
        "You're reading The Ledger Weekly, our newsletter on money and markets. Forward it to a friend.",
        "This article first appeared in our Morning Brief newsletter. Sign up to get it in your inbox every weekday.",
        ("Was this email forwarded to you?", "Subscribe here to get the next one."),
        "Know someone who would enjoy this? Share this newsletter with them.",
        "Thanks for reading. If you enjoyed this edition, please tell a friend about it.",
        "Reply to this email to tell us what you think of the newsletter.",
    ],
    "podcast-video": [
        "Listen on Apple Podcasts, Spotify or wherever you get your podcasts.",
        "Subscribe to Money Matters wherever you listen.",
        "This transcript was generated automatically and may contain errors.",
        ("Listen to this episode", "Follow the show on Spotify so you never miss an episode."),
        "Watch the full episode on our YouTube channel and hit subscribe.",
        "Rate and review us on Apple Podcasts - it helps other listeners find the show.",
        "Transcripts are edited for clarity; please check the audio before quoting.",
    ],
    "recipe-review": [
        "We test products independently; we may earn a commission if you buy through our links.",
        ("Where to buy", "Larkspur Pro Headphones, £149 at Argent Electrics"),
        "Jump to recipe",
        "Every product we feature has been independently selected by our editors.",
        "Print this recipe",
        "Our reviewers tested each product over six weeks. We may be paid when you buy through the links below.",
    ],
    "local-community": [
        "Submit your community event to our free online calendar.",
        "To place an obituary, email obits@valleyherald.example or call 01632 960 555.",
        "Advertise with us: reach 50,000 local readers every week.",
        "Have a community news item? Send it to us and we'll share it.",
        "Wedding, birth and anniversary announcements can be submitted online.",
        ("Got an event coming up?", "Tell us about it using our submission form."),
    ],
    "fact-check-explainer": [
        "Have a claim you want checked? Send it to our fact-check team.",
        "Spotted something you think is false? Tell us and we will look into it.",
        "See a claim that needs checking? Message us on WhatsApp at +27 82 555 0147.",
        ("How we rate claims", "Read about our methodology and rating scale here."),
        "Got a question about the election? Ask our explainer desk.",
    ],
    "membership-donation": [
        "Donate today.",
        "Independent journalism like this depends on readers like you.",
        ("Before you go...", "The Valley Herald is a nonprofit newsroom. We rely on donations from readers to keep our reporting free for everyone. Give what you can today."),
        "Become a member for as little as $5 a month.",
        "A gift of any size keeps our reporting free to read.",
        "Your tax-deductible donation supports local journalism.",
        "Please consider making a recurring gift to support our newsroom.",
    ],
    "paywall-subscription": [
        "You have read three of your five free articles this month.",
        "Subscribe for unlimited access to the Ledger for just £1 a week.",
        "Already a subscriber? Log in to continue reading.",
        "Unlock this story and every article on our site with a digital subscription.",
    ],
    "events-page": [
        "Tickets for the Gazette Food Festival are on sale now at gazettefood.example.",
        ("Join us live", "Register for our free webinar on pensions, Thursday at 1pm."),
        "Early-bird passes to our summit end Friday - book yours today.",
        "Our readers get 20% off festival passes with the code GAZETTE20.",
    ],
    "travel-offers": [
        "Reader offer: seven nights in Crete from £599 per person, including flights.",
        "To book, call our travel partner on 0800 555 0192 quoting GAZETTE.",
        "Prices are per person based on two sharing and are subject to availability.",
        "Book by March 31 to save up to £200 per couple.",
    ],
    "jobs-classifieds": [
        "Find your next job on Gazette Jobs.",
        "Browse hundreds of local vacancies on our jobs board.",
        "Place a classified ad from just £10.",
        "Selling a car? List it with us for free.",
    ],
    "related-links": [
        ("More from the Ledger:", "Five ways to cut your energy bill", "Why house prices are falling again"),
        "Read next: How the bridge was built",
        ("You might also like", "The best coffee shops in Harbourtown"),
        "Don't miss our guide to the county's best walks.",
    ],
    "app-alerts": [
        "Get the story as it develops: turn on alerts in the Gazette app.",
        "Download our free app to read offline.",
        "Add the Ledger to your home screen for quicker access.",
        "Get breaking news on your phone with our free app.",
    ],
}

# Reporting, subheads, captions, credits, bylines and datelines with the page kinds' words.
TRAPS: dict[str, list[str]] = {
    "deals-reported": [
        "Prices may vary by region, the regulator said.",
        "The retailer said prices were accurate at the time of the recall.",
        "Shoppers saved an average of $40 during the sale, according to the survey.",
        "The supermarket cut the price of bread by 10 per cent last week.",
        "Our pick of the candidates, the panel said, was decided by a vote.",
        "Best for the economy, the minister argued, would be lower rates.",
    ],
    "press-reported": [
        "The company's media contact declined to comment.",
        "About 300 people attended the meeting.",
        "About a third of the shops on the street have closed.",
        "The firm warned in a statement that its forward-looking statements carried risks.",
        "The press release did not say how many jobs would go.",
        "Investors were told to contact the company's investor relations team.",
    ],
    "media-reported": [
        "The podcast won an award at the festival last year.",
        "The newsletter, launched in 2019, has 40,000 readers.",
        "The live blog was read by more than a million people on election night.",
        "The council streams its meetings on YouTube.",
        "Listeners called the station to complain about the show.",
        "She subscribed to three newspapers before the closure.",
    ],
    "community-reported": [
        "The obituary described him as a devoted father and a keen fisherman.",
        "Residents were asked to submit their views on the plan by Friday.",
        "The charity relies on donations from local businesses.",
        "Members voted to raise the annual fee to £5.",
        "The fact-check team at the broadcaster reviewed 40 claims during the debate.",
        "The nonprofit said donations had fallen by a fifth this year.",
    ],
    "new-shapes-reported": [
        "Prices are subject to change each month under the new rules.",
        "Ticket prices are subject to change, the organisers warned.",
        "The newsroom was not involved in the decision, the editor said.",
        "Staff at the paper had no role in the advertising campaign.",
        "Search teams found the missing walker on the moor.",
        "Send us your views, the council urged residents in a leaflet.",
        "To book the hall, residents must call the council.",
        "To report a crime, call 101.",
        "The transcript of the hearing was released on Monday.",
        "The transcript was edited for clarity, a court official said.",
        "Obituaries can be moving, the editor said.",
        "Welcome to the new normal, the mayor told residents.",
        "Fuel prices may vary.",
        "Offers are subject to availability, the airline said in a statement.",
        "To order the report, call the council's planning office on 01632 960 000.",
        "To book a place on the walk, call Mary on 01632 960 111.",
        "Journalists were not involved in the production of the film.",
        "Obituaries may be submitted online, the funeral director said.",
        "You have read the free articles, but now you must pay, the publisher told readers.",
        "Rate the Harbour Gazette on Trustpilot, the campaign urged.",
    ],
    "furniture": [
        "Reporting by Jane Okafor; editing by Tom Reyes",
        "By Jane Okafor, Business Reporter",
        "HARBOURTOWN, March 3 (Gazette) -",
        "The bridge, pictured in 2019, has been closed since March.",
        "Photograph: Tom Reyes/Harbour Gazette",
        "What happens next",
        "Copyright 2026 The Harbour Gazette. All rights reserved.",
        "This material may not be published, broadcast, rewritten or redistributed.",
    ],
}

# Each fixed group's further wordings, written before the fix (filled in as groups are fixed).
MORE: dict[str, list[Insertion]] = {
    # a seller's terms on price, closing its sentence: subject to change or availability
    "price-terms": [
        "All prices correct at the time of going to press and subject to change.",
        "Offers are subject to availability.",
        "All prices and discounts can change without notice.",
        "Deal prices can change at any time and are subject to availability.",
    ],
    # the outlet's newsroom kept apart from a paid page, or its commercial team as the page's author
    "newsroom-apart": [
        "Our journalists were not involved in producing this article.",
        "The editorial team of the Ledger had no involvement in this page.",
        "Created by the Ledger's commercial content team on behalf of Jade Capital.",
        "Written by our branded content studio for Vantage Health.",
        "Harbour Gazette editors had no role in the creation of this content.",
    ],
    # an imperative of engagement, the reader's thing, and the outlet's service
    "service-call": [
        "Search thousands of homes for sale on our property pages.",
        "Post your free listing on our community noticeboard.",
        "Send us your photos using our upload form.",
        "Discover local jobs on the Valley Herald jobs board.",
        "Rate and review The Ledger Podcast on Spotify.",
    ],
    # a submission or booking line: "To <act>, call/email ...", "<notices> can be submitted online"
    "submission-line": [
        "To advertise in the Herald, call our sales team on 01632 960 321.",
        "To submit a letter, email letters@valleyherald.example.",
        "To order, call 0800 555 0188 or visit our online shop.",
        "Death notices may be placed online or at our front counter.",
        "Letters to the editor can be emailed to letters@ledger.example.",
    ],
    # a transcript's own note about how it was made
    "transcript-note": [
        "This is a rush transcript and may contain errors.",
        "Transcript produced by a computer; it may not be in its final form.",
        "Transcripts are lightly edited for length and clarity.",
        "Please check the corresponding audio before quoting from this transcript.",
    ],
    # a paywall's meter and a live blog's greeting
    "meter-and-greeting": [
        "You've used two of your three free stories this week.",
        "You have reached your limit of free articles.",
        "Welcome to our live coverage of the budget.",
        "Welcome to the Ledger's live blog on the election count.",
        "Your one-time donation helps keep our reporters in the field.",
    ],
}


def lines_of(item: Insertion) -> tuple[str, ...]:
    """An insertion's lines: a one-line insertion is a block of one."""
    return (item,) if isinstance(item, str) else item


def block_pasted(item: Insertion, way: str, story: Iterable[str] | None = None) -> tuple[str, int, int]:
    """``item`` after the story's third line, alone ("own") or with its last line glued to the
    story's fourth ("glued"): the text and the first and last line numbers the block holds."""
    from tests.advertorial_battery49 import STORY_LINES

    body = tuple(story) if story is not None else STORY_LINES
    block = lines_of(item)
    if way == "own":
        lines = (*body[:3], *block, *body[3:])
    else:
        lines = (*body[:3], *block[:-1], block[-1] + body[3], *body[4:])
    return "\n".join(lines) + "\n", 4, 3 + len(block)


def block_pastings(items: Iterable[Insertion], left: Collection[tuple[str, Insertion]] = ()) -> list:
    """``(way, item)`` for every insertion pasted both ways (:func:`block_pasted`), for a round's
    parameters; a pasting in ``left`` (a left-over the round's history names) is a strict
    expected failure, so that its fix shows. One place for the scaffolding rounds 59, 64 and 65
    each wrote (review 65)."""
    import pytest

    from tests.advertorial_battery49 import WAYS

    items = list(items)
    stale = set(left) - {(w, x) for x in items for w in WAYS}
    if stale:  # (a left-over that names no pasting would never run: the list is out of date)
        raise ValueError(f"left-overs that are no battery pasting: {sorted(stale, key=str)}")
    return [pytest.param(w, x, id=f"{w}-{lines_of(x)[0][:40]}",
                         marks=[pytest.mark.xfail(strict=True, reason="known left-over")] if (w, x) in left else [])
            for x in items for w in WAYS]


def assert_warned_on_its_own_lines(item: Insertion, way: str) -> None:
    """``item``, pasted ``way`` into the story, is warned of, and every warning is on its own
    lines: the block is found and the story around it is not swallowed."""
    from tests.advertorial_lint import warnings_by_line

    text, first, last = block_pasted(item, way)
    found = warnings_by_line(text)
    assert found and all(first <= n <= last for n, _ in found), found
