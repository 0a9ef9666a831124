"""Round 67's battery: page furniture that real outlets' templates paste into a body (issue 15).

The lead's probe of main found page furniture it says nothing about: a science-news page's
"Explore further", "Citation: ... retrieved ... from", "Story Source:" and the "Note: Content may
be edited" line; a paywall's meter; a story's follow, alert, save and preferred-source buttons;
the author box's "Email the author" and the corrections link; a call for readers' photos; a
shop's stock line. Each kind below has six or more lines written for lintnews's tests in the way
such templates word them (other outlets, case, trailing stops, a label's colon), none taken from a
corpus or a page; ``tests/test_advertorial_round67.py`` pastes each alone and glued. The traps
are the same words in a story's voice.
"""

from __future__ import annotations

BY_KIND: dict[str, list[str]] = {
    "science-furniture": [
        "Explore further",
        "Explore further: Coral reefs recover faster than expected after heatwaves",
        "Citation: Sleep loss rewires the ageing brain (2026, May 4) retrieved 5 May 2026 from https://sciwire.example/news/2026-05-sleep.html",
        "Cite This Page:",
        "Story Source:",
        "Materials provided by Northgate University. Note: Content may be edited for style and length.",
        "Note: Content may be edited for style and length.",
        "STORY SOURCE:",
    ],
    "paywall-meter": [
        "You have reached your article limit for this month.",
        "You've reached your free article limit.",
        "You have hit your monthly limit of free stories.",
        "This is your last free article this month.",
        "You have 2 free articles left this month.",
        "You've reached the limit of free articles for this month",
    ],
    "site-features": [
        "Save to my list",
        "Follow the topics in this story",
        "Get alerts for Harbour Weekly stories",
        "Add Kestrel Times as a preferred source on Google",
        "Follow this author",
        "Get email alerts on this topic",
        "Save this story",
        "Make the Gazette your preferred source on Google.",
    ],
    "author-box": [
        "Report a correction or typo",
        "Contact the author",
        "Email the author",
        "More by this author",
        "Email the writer.",
        "Spotted an error? Report a correction",
        "More stories by this writer",
    ],
    "ugc-call": [
        "Send us your photos and videos",
        "Got a story? Send us your pictures and videos.",
        "Share your photos with us",
        "Send your pictures and video to our newsdesk",
        "Were you there? Send us your videos.",
        "Submit your photos and videos here",
    ],
    "stock-urgency": [
        "Limited stock available.",
        "Limited stock available - order today!",
        "Only a few left in stock.",
        "Hurry, stock is limited.",
        "While stocks last.",
        "Limited stock remaining",
    ],
    # step 3 of the round: more members of the same kinds, from other templates (blog platforms'
    # author archives, a page's text-size control and feedback widget, tip lines)
    "more-furniture": [
        "Bookmark this article",
        "Text size",
        "Thanks for your feedback!",
        "View all posts by Jane Doe",
        "More from this section",
        "Send us a tip",
        "Did we get something wrong? Let us know.",
        "Share via email",
    ],
}

# lines that read as furniture but may also be a story's own words: at most a hint
INFO_ONLY: list[str] = [
    "Journal information: Marine Biology",
    "Read the full story on The Coastal Review",
    "Continue reading on Harbour Weekly",
]

TRAPS: dict[str, list[str]] = {
    "science-words-in-story": [
        "Scientists want to explore further whether the drug harms the liver.",
        "The study's citation count rose after the prize, the journal said.",
        "Investigators plan to explore further options, the police said.",
        "The story's source was a leaked memo, the editor said.",
        "Materials provided by the school were out of date, inspectors found.",
        "Note that the content of the bill may change before the vote, ministers said.",
    ],
    "limits-in-story": [
        "Readers reached their limit of patience when the bridge shut again.",
        "The council said it had reached its borrowing limit for the year.",
        "Drivers who hit the monthly limit will be fined, officials said.",
        "This is the last free concert of the summer, organisers said.",
        "There are 2 free places left on the course, the college said.",
        "The club has reached the limit of its overdraft, the court heard.",
    ],
    "features-in-story": [
        "She saved the list to her phone before the exam.",
        "Police follow the topics that trend on social media, a report found.",
        "Residents get alerts for flood warnings by text, the council said.",
        "Google said it would let users pick a preferred source for news.",
        "Fans follow the author on tour across Europe.",
        "He tried to save the story from being cut, the producer said.",
    ],
    "author-in-story": [
        "The author emailed the council about the missing funds.",
        "A correction was issued by the court on Friday.",
        "Police could not contact the author of the letter.",
        "More by this author is expected next spring, her publisher said.",
        "The writer emailed the mayor twice before the meeting.",
        "The paper had to report a correction after the error, the regulator said.",
    ],
    "ugc-in-story": [
        "Send us your comments, the council told residents.",
        "Police asked witnesses to send them photos and videos of the crash.",
        "She shared her photos with us at the funeral.",
        "The agency sends its pictures to newspapers across the country.",
        "Residents sent the council videos of the flooding.",
        "They submitted photos and videos to the inquiry, the lawyer said.",
    ],
    "stock-in-story": [
        "Stock was limited after the floods, shop owners said.",
        "Limited stock of the vaccine was available in rural areas, the ministry said.",
        "Only a few houses were left standing after the storm.",
        "The pharmacy said stock of the drug was limited until June.",
        "Supplies of bread ran low while stocks lasted, traders said.",
        "Limited stock remaining in warehouses pushed prices up, analysts said.",
    ],
    "more-furniture-in-story": [
        "Text size matters less than contrast, the designers said.",
        "Did we get something wrong in the budget? Yes, the minister said.",
        "Send us your tips, the detective told viewers.",
        "She said: Thank you for your feedback.",
        "View all posts by the minister on the site, the judge ordered.",
        "Save this story for your grandchildren, she said.",
    ],
}
