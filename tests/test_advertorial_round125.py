"""Advertorial round 125: precision guards and what round 124 left, on sentences written for these
tests (none taken from a corpus or a set).

1. A third party's reported warning or statement (a verb of speech in the past tense with its
   speaker, a name or a body, as the subject: "..., police warned", "Trading Standards cautioned
   that ...") is the story reporting, whatever plug wording it quotes or describes: no signal, for
   every rule of the family but the reading labels (a linked headline keeps its verb).
2. A past form whose subject is the reader ("anything you have missed") is no narration: a live
   page's note to its reader is read as a plug, not as a story line.
3. The outlet pointing to its own page as where the rest is ("... are on our results page").
4. "Promoted by X." and "About X: X is ..." glued after a story sentence; a fronted "Supported by
   the Arts Council, the festival ..." is a participle before its clause, no sponsor's credit.

Then a battery of traps (police and consumer warnings quoting scam texts, stories about a
newspaper's newsletter or paywall, a charity's appeal reported as news, a sponsorship deal reported
as news, readers' poll results reported as news), each as its own paragraph and glued after a story
sentence: none gets an advertorial warning.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import AFTER, STORY, alone, glued, lint_advertorial, warned_rules


def _alone(snippet: str) -> str:
    return alone(snippet)


def _glued(snippet: str) -> str:
    return glued(snippet)


def _rules(snippet: str) -> set[str]:
    return warned_rules(snippet)


# -- 1. a third party's reported warning ----------------------------------------------------------

# each class of the family's wording, quoted or described in a report with its speaker
REPORTED = [
    "Clicking on the link may generate income for the fraudsters, police warned.",
    "The texts, which claim to come from a delivery firm, ask people to tap the link to rearrange a parcel, the council warned.",
    "Click here to claim your refund, the fake text says, police warned.",
    "Tap the link to rearrange delivery, the scam message tells recipients, Trading Standards cautioned.",
    "Subscribe now to keep your account, the fraudulent email warns, the bank stressed.",
    "Buy now before stocks run out, the advert urged, the regulator noted.",
    "Use code SAVE20 at checkout, the fake shop's banner reads, investigators warned.",
    "Donate today and double your impact, the hospice's appeal says, its chief executive confirmed.",
    "Follow us on Instagram for daily updates, the charity announced.",
]


@pytest.mark.parametrize("snippet", REPORTED)
def test_a_reported_warning_with_its_speaker_is_no_plug(snippet: str) -> None:
    assert _alone(snippet) != "warning"
    assert _glued(snippet) != "warning"


# the outlet's or the reader's own voice is no third party, and a present tense or "added" is an
# advert's or an appeal's own copy: still warned
OWN_VOICE = [
    "Clicking through to a retailer from this article may generate income for the Coast Post.",
    "We may earn a commission when you buy through links on this page, our editors noted.",
    "Sign up for our free morning newsletter and never miss a story.",
]


@pytest.mark.parametrize("snippet", OWN_VOICE)
def test_the_outlet_s_own_voice_is_still_a_plug(snippet: str) -> None:
    assert _alone(snippet) == "warning"


def test_the_guard_reads_the_speaker_not_the_verb_alone() -> None:
    from lintnews.builtin.advertorial.cues import OWN_VOICE as OWN
    from lintnews.builtin.advertorial.cues import SPEECH_VERB

    assert SPEECH_VERB.search("the regulator cautioned") is not None
    assert SPEECH_VERB.search("the app tells you") is None  # (the present: an advert's copy)
    assert SPEECH_VERB.search("she added") is None
    assert OWN.search("our editors") is not None
    assert OWN.search("police") is None


# -- 2. a past form whose subject is the reader -------------------------------------------------------


def test_a_live_page_note_to_the_reader_is_warned() -> None:
    line = "Keep this page open: new posts appear at the top, and a quick refresh will show anything you have missed."
    assert _alone(line) == "warning"


def test_the_reader_s_past_is_no_narration_but_the_story_s_is() -> None:
    from lintnews.builtin.advertorial.cues import PAST

    assert PAST.search("a refresh will show anything you have missed") is None
    assert PAST.search("catch up on what you missed") is None
    assert PAST.search("the stories you've read") is None
    assert PAST.search("Police closed the road") is not None
    assert PAST.search("Residents missed the deadline") is not None
    assert PAST.search("you were told") is None
    assert PAST.search("they were told") is not None


# -- 3. the outlet's own page -----------------------------------------------------------------------

OWN_PAGE = [
    "Photo galleries from the parade and a list of every float are on our events page.",
    "Every result from the count is on our election hub.",
    "Full standings are available on our sport pages.",
]


@pytest.mark.parametrize("snippet", OWN_PAGE)
def test_a_pointer_to_the_outlet_s_own_page_is_warned(snippet: str) -> None:
    assert _alone(snippet) == "warning"
    assert _glued(snippet) == "warning"
    assert _rules(snippet) == {"advertorial/media-plug"}


OWN_PAGE_TRAPS = [
    "\"All the photos are on our website,\" the club secretary said.",
    "The results were on our site by midnight.",
    "Tickets are on sale at our box office.",
    "Full results are on the council's results page, the returning officer said.",
    "The photos are on our website and in the foyer, the curator said.",
]


@pytest.mark.parametrize("snippet", OWN_PAGE_TRAPS)
def test_the_own_page_pattern_leaves_a_story_s_page(snippet: str) -> None:
    assert _alone(snippet) != "warning"
    assert _glued(snippet) != "warning"


# -- 4. glued "Promoted by X." and "About X:"; a fronted participle -----------------------------------


def test_a_glued_sponsor_credit_is_warned() -> None:
    assert _glued("Promoted by Greenway Banking Group.") == "warning"
    assert _glued("Sponsored by Coastline Energy.") == "warning"
    assert _alone("Promoted by Greenway Banking Group.") == "warning"


def test_a_glued_about_section_in_the_company_s_voice_is_warned_from_its_label() -> None:
    text = (f"{STORY} About Greenway Banking: Greenway is a mutual bank and is proud to serve the coast. "
            f"Visit greenway.example for more.\n{AFTER}\n")
    found = [d for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank]
    assert [d.line for d in found] == [1]
    assert found[0].column == len(STORY) + 2  # (the story's sentence is not swallowed)


FRONTED = [
    "Supported by the Arts Council, the festival runs for ten days.",
    "Sponsored by a local garage, the team wore new kits on Saturday.",
    "In partnership with the university, the council will test the scheme.",
    "Presented by Jane Doe, the show returns on Monday.",
    "Promoted by the club's academy, the winger made his debut on Saturday.",
    "Promoted by Harbour Rovers in 2019, she now captains the side.",
    "About Face: The Exhibition opens on Friday at the Quay Gallery.",
    "About 200 people attended the meeting.",
]


@pytest.mark.parametrize("snippet", FRONTED)
def test_a_fronted_phrase_is_no_credit_or_label(snippet: str) -> None:
    assert _alone(snippet) != "warning"
    assert _glued(snippet) != "warning"


def test_a_credit_line_is_still_warned() -> None:
    assert _alone("Sponsored by Marsh Valley Dairies") == "warning"
    assert _alone("Supported by the Lakeside Foundation") == "warning"
    assert _alone("In partnership with Coastline Energy, Orchard Homes and Kelby Motors") == "warning"


# -- the trap battery ---------------------------------------------------------------------------------

TRAPS = [
    # police and consumer warnings that quote or describe scam texts
    "Police warned that clicking on the link in the message could install malware on a phone.",
    "Trading Standards officers said the texts urge people to click here to claim a refund.",
    "The bank warned customers never to click on links in unexpected messages.",
    "Action Fraud said the fake message tells recipients to subscribe now to avoid losing their account.",
    "The scam email reads: \"Click here to confirm your details and claim your prize.\"",
    "Detectives said victims were told to sign up for a newsletter that promised investment tips.",
    "Consumer group Which? warned that fake sites offer a limited-time discount to lure shoppers.",
    "Officers advised residents not to enter their email address on the site.",
    "Police said anyone who clicked the link should contact their bank immediately.",
    "Buying through the fake shop may hand your card details to criminals, the regulator cautioned.",
    # stories about a newspaper's newsletter or paywall
    "The Harbour Gazette said its morning newsletter now reaches 40,000 inboxes.",
    "The paper introduced a paywall in 2019 and says subscriptions have doubled since.",
    "Its editor said readers who subscribe to the newsletter were more likely to pay for the site.",
    "The publisher told staff the free newsletter would be delivered to subscribers every morning from May.",
    "Analysts said the paper's decision to put its archive behind a paywall had cost it readers.",
    "The Coast Post announced that it would stop printing on Saturdays and move its weekend edition to an app.",
    "Media researchers found that newsletter sign-ups rose after the paper dropped its paywall.",
    "The newspaper's owner said it would start charging readers to comment on stories.",
    # a charity's appeal reported as news
    "The lifeboat charity has launched an appeal to raise £50,000 for a new boat, its chairman said.",
    "The hospice is urging people to donate what they can this winter, a spokeswoman said.",
    "Donations can be made through the charity's website, organisers said.",
    "The food bank said every donation helps families through the school holidays.",
    "The appeal, backed by the mayor, asks residents to give £5 a month.",
    "Volunteers said the shelter needs your support more than ever, as demand has tripled.",
    # a company's sponsorship deal reported as news
    "The club announced a three-year shirt sponsorship deal with Marsh Valley Dairies on Monday.",
    "The festival is sponsored by Coastline Energy for the second year running, organisers confirmed.",
    "Kelby Motors will sponsor the town's Christmas lights, the council said.",
    "The deal, worth £2m a year, makes the bank the league's title sponsor, the league announced.",
    "The stadium will be renamed the Orchard Homes Arena under a naming-rights deal, the club confirmed.",
    "Campaigners criticised the museum for accepting sponsorship from an oil company.",
    "The sponsor said it was proud to be brought on board by the organisers.",
    # readers' poll results reported as news
    "In a readers' poll by the Gazette, 62% said the pool should stay open.",
    "More than 1,200 readers took part in our survey last month, and most backed the plan.",
    "A poll of 900 residents commissioned by the council found strong support for the bypass.",
    "Readers voted the harbour café the best breakfast spot in the county for the third year.",
    "The results of the survey, published on Friday, show 70% want more buses.",
    "Respondents to the paper's online poll were split on the question.",
    # reporting about advertising and the outlet's channels
    "The advert, which urged viewers to buy now, was banned by the regulator.",
    "The regulator said the post should have been labelled as an advert.",
    "The company said it may earn a commission on sales made through the app, according to its filing.",
    "Fans were told to follow the club on social media for updates, a spokesman said.",
    "The app, which is free to download, has been installed 10,000 times, the developer said.",
    "The council said residents can sign up for its free flood alerts on its website.",
]


@pytest.mark.parametrize("snippet", TRAPS)
def test_the_trap_gets_no_advertorial_warning_alone_or_glued(snippet: str) -> None:
    assert _alone(snippet) != "warning"
    assert _glued(snippet) != "warning"


def test_the_battery_is_large_enough() -> None:
    assert len(TRAPS) + len(REPORTED) + len(OWN_PAGE_TRAPS) + len(FRONTED) >= 40
