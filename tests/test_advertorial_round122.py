"""Advertorial round 122: precision on what is NOT advertorial (issue 15), on sentences written
for these tests (none taken from a corpus or a set).

A battery of traps, by kind: reporting about advertising, sponsorship deals, apps, newsletters,
podcasts, streaming and shopping as news; a quoted advert; captions, photo credits, bylines,
datelines, corrections, editor's notes, "This story has been updated"; a reporter's own contact
line at the end; a court listing; a recipe's ingredient line and a review's price line; a charity
appeal reported as news; a sponsor's name in a team's or a competition's name. Each is put
between two story lines three ways (its own line, its own paragraph, glued onto the story's line)
and must get no advertorial warning.

Found on main and fixed: a named person's e-mail contact line ("Reach <Name> at <address>",
"Email <Name> at <address>", "<Reporter> can be reached at <address>") was warned as a plug or a
tip line (rounds 10 and 20). It is the writer's own contact details, stated: it asks the reader
for nothing and promotes no channel of the outlet. The outlet's desks, "we" and "us", a call for
tips and a social handle alone keep their warnings (tested below).
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import AFTER, STORY, between, lint_advertorial, warning_lines

TRAPS = {
    "ad-reporting": [
        "The supermarket's new advert, which shows a family sharing a meal, drew 300 complaints to the regulator.",
        "The watchdog banned the advert, saying its claim that the drink was healthy could not be backed up.",
        "Advertising revenue at the group fell by 12% in the first half, the company said in its results.",
        "The campaign, created by a London agency, urges shoppers to buy British apples this autumn.",
        "Critics said the billboard campaign, which reads 'Buy now, pay later', targeted young people.",
    ],
    "quoted-ad": [
        'The advert read: "Sign up today and get your first month free."',
        'The leaflet urged residents to "subscribe now for just £5 a month", which the council called misleading.',
        'The post told followers to "click here to claim your prize" before police shut it down.',
        '"Subscribe now and save 50%," the email said, but customers who clicked were charged the full price.',
        "One flyer promised a \"limited-time offer\" on solar panels, trading standards officers said.",
    ],
    "sponsorship": [
        "The festival is sponsored by a local brewery, which paid £20,000 towards the stage, organisers said.",
        "The bank ended its sponsorship of the marathon after ten years, the race director confirmed.",
        "Sky Bet Championship side Harbour City signed the striker on a three-year deal.",
        "The Emirates FA Cup draw paired the two rivals for the first time since 1998.",
        "Red Bull Racing confirmed the driver would stay with the team next season.",
        "Coca-Cola, one of the tournament's sponsors, said it was reviewing its contract.",
    ],
    "apps-newsletters-podcasts-shopping": [
        "The council's new app lets residents report potholes and track repairs, the leader said.",
        "The newspaper said it would close its weekly newsletter after subscriptions fell by half.",
        "The podcast, hosted by two former teachers, reached number one in the charts last week.",
        "Subscriptions to the streaming service rose by 8% after it cut its prices, the firm said.",
        "Shoppers spent £1.2bn online on Black Friday, up 5% on last year, according to the retail consortium.",
        "Users can now follow the council on WhatsApp, where it posts bin collection changes, a spokesman said.",
        "The station said it would stream the debate live on its website and on YouTube.",
        "Tickets for the concert, which cost £45, go on sale on Friday at 9am, the venue said.",
    ],
    "furniture": [
        "Photograph: Jane Doe/Harbour Times",
        "Firefighters tackle the blaze on Elm Street. Photo: Harbour Fire Service",
        "By Sam Keller, Local Democracy Reporter",
        "HARBOURTON, Maine (AP) — The town voted to keep its library open.",
        "Correction: An earlier version of this story misstated the mayor's age. She is 54.",
        "Editor's note: This story has been updated to include a response from the council.",
        "This story has been updated.",
        "Additional reporting by Priya Shah.",
        "Reporting by Priya Shah; editing by Tom Reed.",
    ],
    "contact-line": [
        "Reach Owen Marsh at omarsh@harbourledger.example.",
        "Email Sam Keller at skeller@harbourtimes.example.",
        "Contact Priya Shah at pshah@harbourgazette.example or 555-0199.",
        "Reporter Lena Ortiz can be reached at lortiz@kbtr.example or on X at @LenaOrtizNews.",
        "Sam Keller is a reporter for the Harbour Times. He can be reached at skeller@harbourtimes.example.",
        "Write to Mara Lind at mara.lind@estuarypost.example",
        "Write to Mara van Dijk at mara.vandijk@estuarypost.example",
    ],
    "court-recipe-review": [
        "John Smith, 34, of Mill Lane, was fined £200 and ordered to pay £85 costs for speeding.",
        "Jane Brown, 41, of Station Road, drink-driving, banned for 17 months, fined £480.",
        "200g plain flour (about £1 a bag)",
        "At $999, the phone is $100 cheaper than last year's model, and it goes on sale on Friday.",
    ],
    "charity-as-news": [
        "The Harbour Food Bank is asking residents to donate tinned food and toiletries before Christmas, its manager said.",
        "The charity has launched an appeal to raise £50,000 for a new ambulance, and donations can be made on its website.",
        "Relatives have set up a fundraising page to help pay for the funeral, which has raised £8,000 so far.",
        "The charity said anyone who wanted to help could give online or by texting HOSPICE to 70085.",
    ],
}

CASES = [(kind, s) for kind, lines in TRAPS.items() for s in lines]


def _pastes(snippet: str) -> dict[str, str]:
    return {
        "own line": between(snippet),
        "own paragraph": f"{STORY}\n\n{snippet}\n\n{AFTER}\n",
        "glued": f"{STORY} {snippet}\n{AFTER}\n",
    }


@pytest.mark.parametrize(("kind", "snippet"), CASES, ids=[f"{k}-{i}" for i, (k, _) in enumerate(CASES)])
def test_the_trap_gets_no_advertorial_warning(kind: str, snippet: str) -> None:
    for where, text in _pastes(snippet).items():
        assert warning_lines(text) == [], (kind, where)


# the contact lines that ask for tips, name the outlet's desk or "us", or give a social handle to
# follow keep their warnings
STILL_WARNED = [
    "Contact Ana Ruiz at @anaruiz",
    "Contact Ana Ruiz at ana.ruiz@gazette.example with your story tips.",
    "Seen something on your street? Contact us at news@harbourgazette.example.",
    "Our newsroom can be reached at news@harbourgazette.example.",
    "We can be reached at tips@harbourgazette.example.",
    "Send your story ideas to news@harbour.example.",
]


@pytest.mark.parametrize("snippet", STILL_WARNED)
def test_the_outlets_own_contact_and_tip_lines_are_still_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


def test_the_contact_line_is_dropped_not_hinted_and_the_story_is_untouched() -> None:
    text = between("Reach Owen Marsh at omarsh@harbourledger.example.")
    assert lint_advertorial(text) == []


# -- part 2: a named letter's title with no product noun (round 121's leftover) ------------------

TITLE_PITCHES = [
    "The Weekend Read: our best stories, every Saturday.",
    "Our top stories, every weekday at 7am.",
    "The Sunday Edition: our best long reads of the week, every Sunday morning.",
]


@pytest.mark.parametrize("snippet", TITLE_PITCHES)
def test_the_titled_pitch_of_our_stories_and_their_schedule_is_warned(snippet: str) -> None:
    text = between(snippet)
    assert warning_lines(text) == [2]
    assert any(d.rule == "advertorial/newsletter-plug" and d.line == 2 for d in lint_advertorial(text))


def test_the_titled_pitch_glued_after_a_reported_sentence_is_warned() -> None:
    assert warning_lines(between("Engineers said the deck was sound. The Weekend Read: our best stories, every Saturday.")) == [2]


@pytest.mark.parametrize(
    "snippet",
    [
        # the sentence goes on, or the stories are somebody's in a report
        "Our best stories, every Saturday, come from readers, the editor said.",
        "The editor said our best stories, every Saturday, were the long ones.",
        '"Our best stories, every Saturday," the editor wrote in her farewell column, "came from you."',
        "The council's best stories, every Saturday, are read aloud at the library.",
    ],
)
def test_our_stories_in_a_story_sentence_stay_silent(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []
