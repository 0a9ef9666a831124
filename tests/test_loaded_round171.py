"""Loaded language, round 171: the showbiz and tabloid desk's loaded language (issue 16).

Built:

- *The showbiz desk's lexicon* (``rules/loaded-language.toml``): comment adverbs of amusement
  and sentiment ("Hilariously,", "Fittingly,", "touchingly"); gush of looks and romance
  ("dashing", "radiant", "sizzling chemistry", "most enviable", "ageless", "much-awaited",
  "besotted", "loved-up", "national treasure", "sultry", "joyful" at info); the tabloid's
  figures ("flaunted", "mugged off", "swooning", "aged like fine wine", "Fair play to him",
  "Drama queen", "threw a strop", "criminally overlooked", "a swipe at"); the epithet "the
  ever-<adjective>" before a name; "dragged" each other online; "limped to" a poor result.
- *Literal and role senses* (``evidence/showbiz.py``): "sheer" of cloth or of a cliff (word
  classes ``loaded/garment-nouns``, ``loaded/steep-face-nouns``; after "goes", closing its
  clause); a trait inside the role an actor is cast as ("stars X as a ruthless developer").
- *A title quoted in running text* (``names._named_before``): "drops 'Ruthless Love' album"
  makes the stats line "Ruthless Love: first-day streams" a name.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    # comment adverbs of the writer's amusement and sentiment
    ("Hilariously, the presenter then forgot the winner's name.", "Hilariously"),
    ("Fittingly, the trophy was handed over by a former champion.", "Fittingly"),
    ("The host, touchingly, hugged every fan in the queue.", "touchingly"),
    # gush of looks and romance
    ("The dashing striker has been linked to a model from Cork.", "dashing"),
    ("The rapper looked radiant at the gala on Friday.", "radiant"),
    ("Their sizzling chemistry on the set had viewers talking.", "sizzling"),
    ("The split ends one of the city's most enviable marriages.", "enviable"),
    ("She will be seen in the much-awaited sequel next spring.", "much-awaited"),
    ("At 70 the actor proved himself an ageless wonder in a blue suit.", "ageless"),
    ("The besotted Prince held her hand all evening.", "besotted"),
    ("The loved-up couple met at a charity match in Galway.", "loved-up"),
    ("The young designer showed a joyful collection of linen.", "joyful"),
    # the tabloid's figures
    ("The actress flaunted a pair of gold earrings at the launch.", "flaunted"),
    ("The contestant was mugged off twice in the first week.", "mugged off"),
    ("The whole country was swooning over the pair by August.", "swooning"),
    ("The band members have aged like fine wine.", "aged like fine wine"),
    ("Fair play to him, though: the special drew a big audience.", "Fair play to him"),
    ("Drama queen Kelly has been nominated again this week.", "Drama queen"),
    ("The housemate threw a strop after losing the weekly task.", "threw a strop"),
    ("Her turn as a ferry pilot was criminally overlooked by the jury.", "criminally overlooked"),
    ("The host's monologue took a swipe at the network's bosses.", "a swipe at"),
    ("The premiere drew a big crowd, with the ever-glamorous Ada Kalu in a gold gown.", "ever-glamorous"),
    ("The two singers have dragged each other on social media all week.", "dragged"),
    ("The quiz show limped to its lowest audience in a decade.", "limped"),
])
def test_round171_showbiz_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word", "not_terms"), [
    # literal senses of the new terms
    ("The kitchen has radiant heating under the slate tiles.", "radiant", ()),
    ("The sizzling bacon filled the small cafe with smoke.", "sizzling", ()),
    ("Firefighters doused the smouldering ruins of the barn.", "smouldering", ()),
    ("The minister was besotted by the prospect of a trade deal.", "besotted", ()),
    ("The cat took a swipe at the neighbour's dog.", "a swipe at", ()),
    ("The ever-growing Lagos market drew traders from Benin.", "ever-growing", ()),
    # "dragged" and "limped" without the figure's complement
    ("Rescuers dragged the man from the water at Howth.", "dragged", ("dragged",)),
    ("The injured striker limped to the bench after an hour.", "limped", ("limped",)),
    # "sheer" of cloth or of a cliff
    ("The label went sheer this season.", "sheer", ()),
    ("She wore sheer black tights and a grey blazer.", "sheer", ()),
    ("The designer's sheer, liquid layers drew gasps at the show.", "sheer", ()),
    ("Climbers faced a sheer drop of 300 metres.", "sheer", ()),
    # a trait of the character an actor is cast as
    ("The film stars Ada Obi as a ruthless property developer.", "ruthless", ()),
    ("The film stars Ada Obi as a developer and Tunde Bello as her scheming brother.", "scheming", ()),
    ("In the new drama she plays a scheming aunt from Enugu.", "scheming", ()),
    # the comment adverbs are info inside the clause (round 163's reading of "cheekily"): after
    # or before their verb they grade the act's manner (round 61's traps), raised only opening
    # the sentence or between commas (integration after round 171)
    ("The singer touchingly hugged every fan in the queue.", "touchingly", ()),
    ("The comedian performed hilariously at the festival.", "hilariously", ()),
])
def test_round171_literal_or_role_stays(lint, sentence: str, word: str, not_terms: tuple[str, ...]) -> None:
    assert_loaded_trap(lint, sentence, word, not_terms=not_terms)


@pytest.mark.parametrize(("sentence", "word"), [
    # the emphasizer "sheer" and an emotive word outside a role stay what they were
    ("The sheer scale of the damage shocked the council.", "sheer"),
    ("The sheer number of layers made the costume heavy.", "sheer"),
    ("The ruthless developer evicted the tenants in May.", "ruthless"),
    # "plays a" with no person after it is no role (round 71's praise before a thing)
    ("The band played a thrilling encore on Saturday.", "thrilling"),
])
def test_round171_controls_still_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # quoted stars' words stay the speaker's
    ('"The lads have aged like fine wine," the manager said.', "aged like fine wine"),
    ('"She looked radiant," her stylist said.', "radiant"),
])
def test_round171_quoted_stays(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def test_round171_quoted_title_is_a_name(lint) -> None:
    text = ("Singer drops new album\n\nThe singer has released his album, 'Ruthless Love', at last.\n\n"
            "Ruthless Love: first-day streams (ChartWatch)\n\nRuthless landlords evicted them.\n")
    found = {(d.line, d.severity.value) for d in lint(text, select=("loaded-language",))}
    assert (5, "warning") not in found
    assert (7, "warning") in found


def test_round171_fabric_sense_unit() -> None:
    from lintnews.builtin.loaded.evidence.showbiz import cast_role, fabric_sense

    def fabric(text: str) -> bool:
        start = text.index("sheer")
        return fabric_sense(text, start, start + 5, 0, len(text), "sheer") is not None

    def role(text: str, word: str) -> bool:
        start = text.index(word)
        return cast_role(text, start, start + len(word), 0) is not None

    assert fabric("she chose sheer sleeves")
    assert fabric("the look goes sheer")
    assert not fabric("the sheer size of it")
    assert not fabric("the sheer weight of the dresses")
    assert role("the film stars Ada as a ruthless boss", "ruthless")
    assert not role("the ruthless boss stars in a film", "ruthless")
    assert not role("she plays a wonderfully sly aunt", "wonderfully")
