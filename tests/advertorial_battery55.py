"""Round 55's batteries: class members worded as real pages word them, and traps by kind.

Every line here was written for lintnews's tests in the manner of real sites (US, UK, Irish,
Indian, Australian, South African and Nigerian outlets; wire, syndicate, tabloid and blog; title
case, capitals, with and without a stop). None is taken from a corpus or a page.
``tests/test_advertorial_round55.py`` pastes each line into round 49's story
(:func:`tests.advertorial_battery49.pasted`), on a line of its own and glued to the next sentence
without a space, and asks for a warning on it; each trap must leave the story without an
advertorial warning.

Copyright and rights notices are traps, not boilerplate to report: the project leaves them alone
as legal lines (docs/rules/advertorial.md, "What is left alone"; round 49's ``corrections-legal``
traps), and the gold of every set we tune on leaves a wire's or an outlet's "All rights reserved.
This material may not be published ..." line unmarked. Only the distribution credit of
syndicated copy ("Distributed by <Agency>") is the syndication class's.
"""

from __future__ import annotations

BOILERPLATE: dict[str, list[str]] = {
    # a syndicate's distribution credit, with or without the owner's rights notice before it
    "distribution": [
        "©2019 Kestrel Features, Inc., All Rights Reserved, Distributed by Tribune Content Agency, LLC.",
        "© 2023 Harbour Press Ltd. Distributed by Andrews McMeel Syndication.",
        "Distributed by King Features Syndicate, Inc.",
        "Distributed by Tribune Content Agency, LLC.",
        "This column is distributed by Creators Syndicate.",
        "Distributed by The Washington Post News Service and Syndicate.",
        "Copyright 2022 Lowland Media. Distributed by Universal Uclick.",
        "This article is distributed by The Conversation under a Creative Commons licence.",
    ],
    # a read-more pointer that says where the link is
    "read-more-here": [
        "Read more here about the cholera outbreak:",
        "Read more about the election here.",
        "Read more about the budget here",
        "Read more on the ferry strike here.",
        "READ MORE ABOUT THE FLOODS HERE",
        "Read more here on how the vote works:",
        "Learn more about the Harbour Gazette's reader panel here.",
        "Read more about our investigation here:",
        "Read more about the Mill Lane bridge here!",
    ],
    # a call to subscribe asked as a question to the reader
    "subscribe-question": [
        "Isn't it time to subscribe to The Harbour Echo?",
        "Why not subscribe to our weekly edition today?",
        "Isn't it time you subscribed to the 'paper of record' for the valley?",
        "Why not subscribe to The Lagos Ledger for just N500 a month?",
        "Ready to subscribe?",
        "Why don't you become a member today?",
        "Want to subscribe to the Harbour Gazette?",
        "Why not sign up for our breakfast briefing?",
        "Isn't it about time to subscribe to the Northern Star?",
        "Subscribe to our weekly edition.",
    ],
}

TRAPS: dict[str, list[str]] = {
    # an outlet's or a wire's rights notice: a legal line, left alone by design (above)
    "copyright-notices": [
        "© 2025 Harbour Gazette. All rights reserved.",
        "Copyright 2024 Harbour Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "©2018 Lowland Media, Inc., All Rights Reserved",
        "COPYRIGHT 2018 NORTHPOST.COM",
        "Copyright © Kestrel News Agency. All rights reserved.",
        "(c) 2024 The Lagos Ledger",
        "All rights reserved.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "© Copyright 2023 Savanna Media Group Ltd",
        "Copyright 2024 Capitol Newswire. All Rights Reserved.",
    ],
    "captions-credits": [
        "© Getty Images",
        "Photo: Jane Roe/Reuters",
        "© Reuters / Ama Mensah",
        "(Photo by Tom Reid/AFP via Getty Images)",
        "Image © Harbour Archive",
        "The old bridge in 1962. © County Records Office",
        "Picture: Kwame Boateng/Supplied",
        "© Regan",
        "Photograph © Priya Nair for the Gazette",
        "Video: courtesy of the coastguard",
    ],
    "reporting-copyright": [
        "The agency said all rights to the footage were reserved.",
        "A court in Lagos ruled that the newspaper had breached the photographer's copyright.",
        "The broadcaster said the material could not be redistributed without its permission.",
        "Copyright in the songs passed to his children in 2019, the judge said.",
        "The syndicate, which distributed the column to 400 papers, said it would drop it.",
        "The comic strip was distributed by a syndicate in New York for thirty years.",
        "All rights to the festival's name were sold to a Dubai firm.",
        "The union said its members' work had been republished without payment.",
        "Distributed by hand, the leaflets urged residents to object to the plan.",
        "He owns the copyright to more than 200 photographs of the harbour.",
    ],
    "read-more-story": [
        "Read more than 40 pages of evidence before you vote, the chairman told councillors.",
        "Readers can read more about the vote in Saturday's paper.",
        "Read more about the history of the bridge here, the council's leaflet says.",
        "Read more slowly, the teacher told the class.",
        "Read more about it? She said she had read enough.",
        "Students read more about the war than any other topic, the survey found.",
        "Learn more about the river, the rangers urged the children.",
        "Read more widely than your own field, the professor advised.",
        "Those who read more about the plan were more likely to support it.",
        "Read More Books, a reading charity, opened its first shop in Durban.",
    ],
    "subscription-questions-story": [
        "Why did so many readers cancel their subscriptions?",
        "Why not subscribe to a streaming service instead?",
        "Is it time to sign up for a pension?",
        "Why not join the protest, he asked.",
        "Who subscribes to print newspapers any more?",
        "Ready to vote?",
        "Why not become a member of the rowing club, the coach asked.",
        "Why don't you subscribe to a cheaper plan, the adviser suggested.",
        "Is it time to cancel your gym membership?",
        "Want to subscribe to a vegetable box?",
    ],
    "also-on-dates": [
        "Also on Tuesday the board approved a new chief executive.",
        "Also on Tuesday Peter Ruiz was escorted from the building.",
        "Also on March 3 the harbour master resigned.",
        "Also in London Mayor Dana Reyes said the pool would reopen.",
        "Also on Friday, the club named a new captain.",
        "Also in June the council cut the ferry fares.",
        "Also on Sunday Ama Mensah won the coastal race.",
        "Also in Lagos Governor Musa Bello opened a second bridge.",
        "Latest in a series of closures, the pool shut on Monday.",
        "More in sorrow than anger, the mayor read the report.",
    ],
    "bylines-datelines": [
        "By Ama Mensah, Lagos Bureau",
        "DURBAN, South Africa (Reuters) -",
        "Reporting by Kwame Boateng; Editing by Priya Nair",
        "Written by Tom Reid | Published 3 March 2025",
        "Harbour Wire Service",
        "(AP) —",
        "Staff and agencies",
        "Jane Doe contributed to this report.",
        "Published: 09:00, 5 March 2025 | Updated: 11:14, 5 March 2025",
        "Copy edited by the news desk",
    ],
}
