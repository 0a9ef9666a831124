"""A battery of advertorial insertions nobody has worded yet, in sentences written for it (round 129).

Issue 15 names the classes of an outlet's own promotion that get into a story's body:
disclosures, comment and reader-engagement boilerplate, social, newsletter, app and notification
plugs, podcast, video and event plugs, related and read-more lists, syndication and company
boilerplate, commerce lines. A blind set's misses cannot be read, so this battery generalises
from the classes: each class is worded afresh in the voices of each kind of page (wire,
broadcaster, tabloid, state media, fact checker, opinion, review site, blog, deals page,
sponsored page), and each insertion is linted inside a neutral story of the battery's own in
three placements: as the story's last paragraph (``alone``), glued onto the story's last
sentence with no space (``glued``) and between two story paragraphs (``between``). It counts
what is warned, hinted (``info``) and silent.

    .venv/bin/python benchmarks/advertorial_battery.py [insertions|negatives] [--misses] [--place alone|glued|between]

``insertions`` are positives (a silent or hinted one is listed by ``--misses``); ``negatives``
are reporting about these things, captions, bylines, datelines, credits, corrections and
public-service lines, where a warning is a false alarm (they are linted in the ``between`` and
``alone`` placements).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

CATEGORY = "advertorial"

STORY_HEAD = (
    "Flood barriers along the river were raised on Thursday as water levels reached their "
    "highest point in a decade. Engineers worked through the night to reinforce two sections "
    "of the barriers near the town centre.\n\n"
    "The river rose by almost a metre overnight after three days of heavy rain, and water "
    "reached the steps of the town hall. Some residents left their homes before the barriers "
    "were raised."
)
STORY_TAIL = (
    "The environment agency said the flood barriers had held and the river was expected to fall "
    "by Sunday. Residents in low-lying streets near the river were told to keep sandbags in "
    "place until the weekend."
)

# Each insertion is (class, voice, text). Written for the battery; no corpus text.
INSERTIONS: list[tuple[str, str, str]] = [
    # disclosures
    (
        "disclosure",
        "review",
        "We test every product independently and may earn a commission when you buy through our links.",
    ),
    (
        "disclosure",
        "review",
        "Every product on this page was chosen by our editors, and we may be paid if you click through.",
    ),
    (
        "disclosure",
        "review",
        "Our reviewers tested each kettle at home for at least two weeks before writing this guide.",
    ),
    ("disclosure", "deals", "Prices were correct at the time of publishing but may change."),
    (
        "disclosure",
        "deals",
        "This article contains affiliate links, which means we may receive a small fee at no extra cost to you.",
    ),
    (
        "disclosure",
        "deals",
        "When you shop through retailer links on our site, we may earn affiliate commissions.",
    ),
    ("disclosure", "blog", "Disclosure: some of the links in this post are affiliate links."),
    (
        "disclosure",
        "blog",
        "This post may contain affiliate links, so I might earn a little if you buy something.",
    ),
    (
        "disclosure",
        "sponsored",
        "This content was paid for by Meridian Energy and produced by our partner studio.",
    ),
    ("disclosure", "sponsored", "Paid partnership with Coastline Holidays."),
    ("disclosure", "sponsored", "This article is brought to you in association with Harrow Bank."),
    ("disclosure", "sponsored", "Produced in partnership with the Nordvik Tourist Board."),
    (
        "disclosure",
        "opinion",
        "The views expressed in this piece are the author's own and do not necessarily reflect those of the publication.",
    ),
    ("disclosure", "tabloid", "This is a sponsored feature in partnership with Brightline Insurance."),
    ("disclosure", "broadcast", "This programme contains product placement."),
    # comment and reader engagement
    ("engagement", "tabloid", "What do you think? Let us know in the comments below."),
    (
        "engagement",
        "tabloid",
        "Have you been affected by the floods? Email your story to news@dailyhorn.example.",
    ),
    ("engagement", "tabloid", "Got a story? Contact our newsdesk on 020 7946 0000."),
    ("engagement", "blog", "If you enjoyed this post, please share it with your friends."),
    ("engagement", "blog", "Leave a comment below and tell me what you think."),
    ("engagement", "blog", "Don't forget to like and share this post!"),
    ("engagement", "opinion", "Join the conversation by commenting below."),
    ("engagement", "opinion", "Do you agree? Have your say in our comments section."),
    ("engagement", "factcheck", "Help us fight misinformation by sharing this fact check."),
    ("engagement", "factcheck", "Spotted something you think we should check? Send it to us."),
    ("engagement", "factcheck", "Have you seen a claim you want us to check? Get in touch."),
    (
        "engagement",
        "broadcast",
        "Share your pictures and videos with us by emailing yourpics@northtv.example.",
    ),
    ("engagement", "wire", "Readers can send news tips to our tip line."),
    ("engagement", "statemedia", "We welcome your comments and suggestions, please write to us."),
    ("engagement", "review", "Tell us about your experience with this product in the comments."),
    # social
    ("social", "statemedia", "Follow us on Facebook, Twitter and Telegram for more news."),
    ("social", "statemedia", "Follow CNR News on X and Instagram."),
    ("social", "broadcast", "Stay up to date by following us on Instagram and TikTok."),
    ("social", "broadcast", "Like our page on Facebook to get the latest headlines."),
    ("social", "tabloid", "Follow The Horn on Twitter for the latest showbiz news."),
    ("social", "blog", "Find me on Instagram for more recipes."),
    ("social", "blog", "Connect with us on LinkedIn."),
    ("social", "review", "Follow our reviews team on YouTube for video tests."),
    ("social", "wire", "Join our WhatsApp channel for breaking news."),
    ("social", "factcheck", "Follow our fact checkers on Bluesky and Threads."),
    ("social", "opinion", "Follow the author on X."),
    ("social", "statemedia", "Subscribe to our Telegram channel."),
    ("social", "sponsored", "Join the conversation on Instagram using #CoastlineSummer."),
    # newsletter
    ("newsletter", "blog", "Subscribe to my newsletter so you never miss a post."),
    ("newsletter", "opinion", "Get our opinion newsletter in your inbox every Friday."),
    ("newsletter", "review", "Sign up to our tech newsletter for the best reviews and deals."),
    ("newsletter", "deals", "Never miss a deal: get our bargain alerts delivered to your inbox."),
    ("newsletter", "factcheck", "Receive our weekly fact checks by email."),
    ("newsletter", "wire", "Want more business news? Sign up for our morning briefing."),
    ("newsletter", "broadcast", "Get the news that matters delivered straight to your inbox."),
    ("newsletter", "tabloid", "Sign up to our free showbiz email for the latest gossip."),
    ("newsletter", "statemedia", "Register for our daily digest to receive the top stories."),
    ("newsletter", "sponsored", "Join our mailing list for travel inspiration."),
    ("newsletter", "opinion", "Enjoying this column? Subscribe for more like it."),
    # app and notification
    ("app", "broadcast", "Download the North TV News app for breaking news alerts."),
    ("app", "broadcast", "Turn on notifications to get breaking news as it happens."),
    ("app", "tabloid", "Get the latest news on the go with our free app."),
    ("app", "wire", "Get breaking news alerts on your phone."),
    ("app", "statemedia", "Download our app from the App Store or Google Play."),
    ("app", "review", "Our app lets you compare prices on the go."),
    ("app", "blog", "Enable push notifications so you never miss a new recipe."),
    ("app", "deals", "Get deal alerts on your phone with our app."),
    ("app", "factcheck", "Install our browser extension to spot false claims."),
    ("app", "statemedia", "Scan the QR code to download our app."),
    # podcast, video, event
    (
        "podcast",
        "broadcast",
        "Listen to the latest episode of our politics podcast wherever you get your podcasts.",
    ),
    ("podcast", "opinion", "Listen to our podcast on Spotify and Apple Podcasts."),
    ("podcast", "blog", "Check out my latest podcast episode."),
    ("podcast", "wire", "Hear more on our daily news podcast."),
    ("podcast", "factcheck", "Catch up on our fact check podcast every Thursday."),
    ("video", "broadcast", "Watch live on North TV and stream on our website."),
    ("video", "broadcast", "Watch the full report on our YouTube channel."),
    ("video", "statemedia", "Watch our live coverage on CNR 24."),
    ("video", "tabloid", "Watch the video above."),
    ("video", "review", "Watch our video review to see it in action."),
    ("video", "broadcast", "Stream the latest episodes on North TV Player."),
    ("video", "blog", "Subscribe to my YouTube channel for more videos."),
    ("video", "broadcast", "Tune in tonight at 9pm for a special report."),
    ("event", "opinion", "Book your tickets for our live debate on 12 May."),
    ("event", "sponsored", "Register now for our free webinar with Harrow Bank."),
    ("event", "wire", "Join our journalists for a live Q&A on Wednesday."),
    ("event", "review", "Meet our experts at the Home Tech Show - get your tickets today."),
    # related and read more
    ("related", "tabloid", "READ MORE: Star's secret wedding revealed"),
    ("related", "tabloid", "MORE ON THIS STORY"),
    ("related", "wire", "Related: Markets slide as oil prices climb"),
    ("related", "broadcast", "Read more: Storm warnings issued for the coast"),
    ("related", "blog", "You might also like: My ten favourite soup recipes"),
    ("related", "review", "See also: The best kettles we've tested"),
    ("related", "statemedia", "Recommended reading: President opens new bridge"),
    ("related", "factcheck", "Read our other fact checks on the election here."),
    ("related", "opinion", "Read more from this columnist."),
    ("related", "broadcast", "Also in the news: Rail strike called off"),
    ("related", "deals", "Shop more deals: The best laptop bargains this week"),
    ("related", "tabloid", "Don't miss: The stars who quit social media"),
    ("related", "wire", "Click here for more coverage of the floods."),
    ("related", "broadcast", "Explore more stories from our region."),
    # syndication and company boilerplate
    (
        "boilerplate",
        "wire",
        "This story has been published from a wire agency feed without modifications to the text.",
    ),
    ("boilerplate", "wire", "Distributed by Atlas Press for its member newspapers."),
    (
        "boilerplate",
        "wire",
        "This article was originally published by the Harbour Gazette and is republished with permission.",
    ),
    ("boilerplate", "wire", "Content provided by Atlas Press for syndication."),
    ("boilerplate", "statemedia", "For more news, visit our website."),
    ("boilerplate", "statemedia", "CNR is the national broadcaster, bringing you news in twelve languages."),
    (
        "boilerplate",
        "sponsored",
        "About Meridian Energy: Meridian Energy is a leading supplier of renewable power to homes across the country.",
    ),
    ("boilerplate", "sponsored", "For more information, visit meridianenergy.example."),
    ("boilerplate", "broadcast", "North TV is not responsible for the content of external sites."),
    ("boilerplate", "opinion", "Support independent journalism: become a member today."),
    ("boilerplate", "factcheck", "Our fact checks are funded by readers like you. Donate today."),
    ("boilerplate", "factcheck", "Support our work by making a donation."),
    ("boilerplate", "blog", "If you like what I do, consider buying me a coffee."),
    ("boilerplate", "tabloid", "Subscribe for unlimited access to our journalism."),
    ("boilerplate", "wire", "Media contact: press@meridianenergy.example"),
    # commerce
    ("commerce", "deals", "Buy it now for £49 at Argos."),
    ("commerce", "deals", "Shop the sale at Currys."),
    ("commerce", "deals", "Grab yours before the offer ends on Sunday."),
    ("commerce", "deals", "Use the code SAVE20 at checkout for 20 per cent off."),
    ("commerce", "review", "Check the latest price on Amazon."),
    ("commerce", "review", "Our verdict: the best kettle you can buy right now."),
    ("commerce", "blog", "Get 10% off your first order with my code ANNA10."),
    ("commerce", "tabloid", "Order yours today from our online shop."),
    ("commerce", "sponsored", "Book your holiday today with Coastline Holidays."),
    ("commerce", "sponsored", "Find out more at your local branch of Harrow Bank."),
    ("commerce", "opinion", "Subscribe now for just £1 a week."),
    ("commerce", "broadcast", "Buy the box set from our online store."),
    ("commerce", "statemedia", "Subscribe to CNR Plus for ad-free viewing."),
    ("commerce", "deals", "Free delivery on orders over £30."),
    ("commerce", "deals", "In stock now - add to basket."),
    # shapes: a short title-case line or a run between paragraphs, a "Label:" opener, an edge imperative
    ("shape", "tabloid", "Most Read"),
    ("shape", "broadcast", "Top Stories"),
    ("shape", "wire", "Trending Now"),
    ("shape", "blog", "Popular Posts"),
    ("shape", "statemedia", "Latest News"),
    ("shape", "review", "Sponsored: The smart thermostat that pays for itself"),
    ("shape", "tabloid", "Advertisement"),
    ("shape", "deals", "Shop Now"),
    ("shape", "broadcast", "Watch: The moment the barrier held"),
    ("shape", "opinion", "Listen: Our writers discuss the election"),
    ("shape", "blog", "Pin this for later!"),
    ("shape", "review", "Keep reading for our full verdict."),
    ("shape", "factcheck", "Keep reading to find out why this claim is false."),
    ("shape", "tabloid", "Scroll down for video."),
    ("shape", "broadcast", "Click here to watch."),
    ("shape", "wire", "Tap here to get the latest news."),
    ("shape", "blog", "Jump to recipe"),
    ("shape", "statemedia", "Click to read the full story."),
    ("shape", "sponsored", "Learn more about our green savings account."),
    ("shape", "review", "Read our full review."),
    (
        "disclosure",
        "review",
        "Our journalism is independent, but we may earn money from the links on this page.",
    ),
    ("engagement", "wire", "Email the writer at tom.hale@atlaspress.example."),
    ("engagement", "blog", "Your email address will not be published. Required fields are marked."),
    ("engagement", "tabloid", "Comments are closed on this article."),
    ("social", "tabloid", "Tag us in your holiday snaps on Instagram."),
    ("newsletter", "review", "Want our picks first? Join our deals newsletter."),
    ("app", "wire", "Add us to your Google News feed."),
    ("podcast", "statemedia", "Listen to CNR Radio live on our website."),
    ("video", "factcheck", "Watch our explainer on how we check claims."),
    ("related", "blog", "Recent from the blog"),
    ("boilerplate", "opinion", "Your support keeps our reporting free for everyone."),
    ("commerce", "deals", "Limited-time offer: save 30 per cent on all mattresses."),
    # round 130: the same kinds in other wordings (a code after a typed dash, a named site, a
    # sponsor's kicker without its verb, syndication to partner outlets, a box title naming a section)
    ("commerce", "tabloid", "Our readers get a free programme at the Lantern Theatre - mention code LANTERN7 when ordering."),
    ("commerce", "review", "Readers get a free dessert at the Quay Kitchen – show this page at the counter to claim it."),
    ("engagement", "tabloid", "To read and share memories of loved ones, visit our Family Announcements website."),
    ("related", "broadcast", "For the full schedule and catch-up, head to our Sport Extra page."),
    ("disclosure", "sponsored", "Part of our Coastal Trades series, supported by Northgate Bank"),
    ("boilerplate", "wire", "This report is syndicated to member newspapers across the region."),
    ("boilerplate", "statemedia", "Our stories are licensed to partner websites every morning."),
    ("related", "review", "Other garden guides"),
]

NEGATIVES: list[str] = [
    # reporting about these things
    "The broadcaster said its app had two million users.",
    "Readers were asked in a survey whether they trusted the news.",
    "The newsletter company, Inkwell, was sold to a rival for $40 million.",
    "The firm said it would stop sending push notifications after complaints.",
    "Regulators fined the retailer for misleading discount codes.",
    "The podcast, which launched in 2019, has been downloaded ten million times, its producers said.",
    "The station said viewers could watch the debate live on its channel.",
    "The influencer did not disclose that the posts were paid for, the watchdog found.",
    "Sales of the kettle rose after it was featured on television, the company said.",
    "The council urged residents to follow its social media accounts for flood updates.",
    "Critics said the paper had stopped allowing comments under its articles.",
    "The charity asked supporters to donate to its flood appeal.",
    "Police said they were following the gang on social media.",
    "The minister shared the video on X, where it was viewed a million times.",
    "The company's newsletter said profits had fallen.",
    "Fans were told to buy tickets only from the club's official site.",
    # captions, bylines, datelines, credits, corrections
    "Workers reinforce a flood barrier on Thursday. Photograph: Ana Ruiz/Atlas Press",
    "By Tom Hale, Environment Correspondent",
    "LONDON, May 4 (Atlas) -",
    "Additional reporting by Maria Ortiz.",
    "Reporting by Ana Ruiz; editing by Tom Hale.",
    "Copyright 2026 Atlas Press. All rights reserved.",
    "Correction: An earlier version of this article gave the wrong date for the vote.",
    "This article was amended on 5 May to correct the spelling of a name.",
    "Image caption: The river reached its highest level in a decade",
    "Video credit: North TV",
    # public-service lines
    "Anyone with information is asked to call police on 101.",
    "If you are affected by any of the issues in this story, call the Samaritans on 116 123.",
    "Residents can check flood warnings on the agency's website.",
    "Anyone who saw the crash should contact the police.",
    "Help is available from Citizens Advice.",
    "Drivers are urged to avoid the bridge until further notice.",
    # round 130: a police reference after a dash, a fronted phrase, listings and hours, a recipe line
    "Anyone with information should call 101 - quote reference 4471 of 3 May.",
    "Part of a project funded by the lottery, the new riverside path opens on Monday.",
    "The column was syndicated to partner newspapers in forty states, his family said.",
    "Harbour Museum, Quay Street. Open Tuesday to Sunday, 10am to 5pm. Free entry.",
    "2 tbsp olive oil, 1 large onion, finely chopped",
    "The council told residents to visit its Planning Portal page for the plans.",
]


def document(text: str, place: str) -> str:
    """The insertion inside the battery's story, in one of the three placements."""
    if place == "glued":
        return f"{STORY_HEAD}\n\n{STORY_TAIL}{text}"
    if place == "between":
        return f"{STORY_HEAD}\n\n{text}\n\n{STORY_TAIL}"
    return f"{STORY_HEAD}\n\n{STORY_TAIL}\n\n{text}"


def judged(text: str) -> str:
    """``warning``, ``info`` or ``none``: the strongest advertorial report in the document."""
    import lintnews

    found = [d for d in lintnews.lint_text(text) if d.category == CATEGORY]
    if any(d.severity.value in ("warning", "error") for d in found):
        return "warning"
    return "info" if found else "none"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("battery", choices=("insertions", "negatives"), nargs="?", default="insertions")
    parser.add_argument("--place", choices=("alone", "glued", "between"), action="append")
    parser.add_argument("--misses", action="store_true", help="list the insertions judged wrong")
    args = parser.parse_args(argv)
    positive = args.battery == "insertions"
    places = args.place or (["alone", "glued", "between"] if positive else ["alone", "between"])
    items = INSERTIONS if positive else [("negative", "-", s) for s in NEGATIVES]
    for place in places:
        verdicts = {(c, v, t): judged(document(t, place)) for c, v, t in items}
        counts = Counter(verdicts.values())
        print(
            f"{args.battery} {place}: {len(items)} texts, {counts['warning']} warned, {counts['info']} hinted, "
            f"{counts['none']} silent"
        )
        if positive:
            by_class = Counter(c for (c, _, _), w in verdicts.items() if w == "warning")
            total = Counter(c for c, _, _ in items)
            print("  " + ", ".join(f"{c} {by_class[c]}/{n}" for c, n in total.items()))
        if args.misses:
            for (c, v, t), w in verdicts.items():
                if (positive and w != "warning") or (not positive and w == "warning"):
                    print(f"  {w:7s} {c:11s} {v:10s} {t}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
