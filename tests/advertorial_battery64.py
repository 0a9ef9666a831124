"""Round 64's battery: a promotional page's own copy, by kind (issue 15).

Rounds 49-59 found the furniture around a story (a deals roundup's picks, a sponsor's line, a
newsletter's plea). A promotional page also has copy of its own that is neither: the author of a
business blog introducing herself with her credentials, an event listing (title, venue, address,
dates, opening hours), a pitch to the reader in the second person, an app's changelog, visitors'
testimonials introduced by the seller, and a "pro tip" that sends the reader to buy. Every word
here was written for lintnews's tests, none taken from a corpus or a page;
``tests/test_advertorial_round64.py`` pastes each line alone and glued (round 49's ``pastings``).
The traps use the same shapes in a news story: a byline or author's note, a columnist's first
person, an event reported, a software release reported, a reader's quoted review, a Q&A.
"""

from __future__ import annotations

# an insertion: one line, or a block of lines pasted together
Insertion = str | tuple[str, ...]

BY_KIND: dict[str, list[Insertion]] = {
    "self-introduction": [
        "If we haven't met before, my name is Dana Whitlow and I'm a certified financial coach and bestselling author.",
        "Hi, I'm Marco, a two-time founder, podcast host and keynote speaker who helps teams sell more.",
        "My name is Priya Sen and I am an award-winning copywriter, speaker and mentor to small brands.",
        "Hello and welcome! I'm Tess Harlow, a registered nutritionist and the author of three cookbooks.",
        "In case we haven't been introduced, I'm Owen Blake: marketing consultant, trainer and author of The Lean Funnel.",
        "I'm Lena Moss, a certified life coach, TEDx speaker and host of the Bold Moves podcast.",
    ],
    "event-listing": [
        "Glass and Light: Nordic Design 1950-1980 | Harbour Museum, 14 Quay Street | 3 March - 28 June",
        "Open Tuesday to Sunday, 10:00-17:00. Closed on Mondays.",
        "Venue: The Old Mill Gallery, 22 Water Lane, Kestrel Bay. Dates: 12 April to 9 June 2027.",
        "Opening hours: Mon-Fri 9am-6pm, Sat 10am-4pm",
        "Dates: 5-19 October | Times: 7.30pm nightly | Venue: Lyric Theatre, 40 Castle Road",
        "Where: Riverside Hall, 8 Mill Road. When: Saturday 14 June, 11:00-16:00.",
    ],
    "second-person-pitch": [
        "Who is this game for? You are a group of friends who love puzzles and a good laugh.",
        "Is this course for you? You're a busy parent who wants to get fit in twenty minutes a day.",
        "This kit is perfect for you if you love baking but never have the time.",
        "Who is this app for? You run a small shop and you want your stock counted without the spreadsheets.",
        "You're a couple looking for a weekend away? This package was made for you.",
        "Whether you're a beginner or a seasoned player, this game will keep you hooked for hours.",
    ],
    "changelog": [
        "What's new in version 3.4? Dark mode, faster sync and better iPad support.",
        "New in 2.11: offline maps, bug fixes and performance improvements.",
        "Version 5.0.2 - Fixed a crash on start-up and improved battery life.",
        "What's new in 1.8: new levels, a redesigned menu and smoother controls.",
        "Changelog v4.2: new widgets, bug fixes and improved stability.",
        "Update 7.1 brings new themes, faster loading and minor bug fixes.",
    ],
    "testimonial-lead": [
        "Guests who booked through Lanterna Tours left these reviews:",
        "Here's what our customers are saying about the Corvo Mini Blender.",
        "Read what visitors who bought tickets through our site said about the show.",
        "Customers who stayed with us shared their experiences:",
        "Don't just take our word for it - here's what our clients say.",
        "See what travellers who booked with Bluewave said about their trip.",
    ],
    "pro-tip": [
        "Pro tip: Get more bonus coins here!",
        "Pro tip: Save 20% on your first order with our app.",
        "Top tip: Grab the bundle here and get two extra levels free.",
        "Insider tip: Book early and get the best seats here!",
        "Pro tip: Unlock all the premium features with a free trial.",
        "Quick tip: Get more storage here for just $1.99 a month.",
    ],
}

TRAPS: dict[str, list[str]] = {
    "byline-and-author-note": [
        "Jane Roe is a reporter covering transport for the Harbour Gazette.",
        "Tom Reyes is the author of three books on the history of the docks.",
        "Priya Sen is a keynote speaker and consultant who advises the council, the report said.",
        "My name is Daniel, the boy told the court, and I am twelve.",
        "Owen Blake, a certified accountant and author, gave evidence to the inquiry.",
        "The author, a former nurse, has written two books about the strike.",
    ],
    "columnist-first-person": [
        "I'm a mother of two, and I have never seen the school in such a state.",
        "I have covered this council for twenty years and I have never seen a vote like it.",
        "My name is on the petition too, I should admit.",
        "I am a keen cyclist, and the new lanes have changed my commute.",
        "If we haven't learned from the floods, we will pay for it again.",
        "I'm a teacher, and I know what these cuts mean for my pupils.",
    ],
    "event-reported": [
        "The festival runs from 29 November to 20 January at the harbour.",
        "The exhibition, which opens on 3 March at the Harbour Museum, features 200 pieces of glass.",
        "The museum will be open from 10:00 to 17:00 on weekdays during the works, a spokesman said.",
        "The market will be held at Riverside Hall on Saturday between 11am and 4pm, organisers said.",
        "Police closed Quay Street from 9am to 6pm while the parade passed.",
        "The hearing, at Kestrel Bay Crown Court, is expected to last from 12 April to 9 June.",
    ],
    "release-reported": [
        "Version 2.26 adds support for older Android phones, the company said.",
        "The update, version 3.4, fixed a flaw that let hackers read messages, researchers said.",
        "Apple said iOS 17.2 brings new security features and bug fixes.",
        "The new version of the app crashed for thousands of users on Monday.",
        "Version 5.0 of the software was released in March with improved encryption.",
        "The bank said the update would bring faster payments and fix a login bug.",
    ],
    "review-quoted": [
        "\"It was the best night out we've had in years,\" said one visitor, Ann Cole.",
        "One customer wrote on the review site that the blender broke after a week.",
        "Reviews left by guests who stayed at the hotel described dirty rooms.",
        "Customers who bought the heater complained of burns, the regulator said.",
        "Visitors who booked through the agency said they were never refunded.",
        "Travellers who stayed at the resort told the Gazette the pool had been closed for weeks.",
    ],
    # the page's own shapes, quoted or reported by the story: each holds a candidate of the
    # family, and the judge's reading of the report keeps it quiet
    "promo-copy-reported": [
        "\"I'm Tom Hale, a certified coach and author of two books,\" he told the jury.",
        "Her blog opened: My name is Ruth Cole and I'm a nurse, author and speaker, the tribunal heard.",
        "Version 3.4 brings dark mode and bug fixes, the developer said.",
        "The advert asked \"Who is this game for?\" and said it was aimed at teenagers.",
        "\"Here's what our customers are saying,\" the firm wrote above reviews that regulators later found were fake.",
        "\"Pro tip: get more coins here!\" the game told children, the regulator said.",
    ],
    "qa-and-second-person": [
        "Who is eligible for the grant? Families earning under £30,000 a year can apply.",
        "If you are a tenant, you may be entitled to compensation, the ombudsman said.",
        "What's new in the budget? A cut in fuel duty and more money for schools.",
        "You are a couple with two children: what does the tax change mean for you?",
        "Is the vaccine for you? Doctors say people over 65 should get it first.",
        "Tip: If you see smoke, leave the building and call 999.",
    ],
}
