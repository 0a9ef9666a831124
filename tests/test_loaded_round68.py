"""Loaded language, round 68: false alarms on straight news copy, by beat (issue 16).

Twenty-four news stories written for the round (courts, politics, business, health, weather
and disasters, sport and culture; /work/notes/sets/N, outside the repository) showed two
general kinds of false alarm in neutral copy:

- *Whose voice*: a lead speaker with a description set in commas before the speech verb, a
  relative clause on a person or an age ("The patient, who asked not to be named, said the
  team had been amazing.", "Maureen Cole, 71, said the plan was disgraceful."): the words are
  the speaker's (``info``), as they are without the description
  (``loaded.evidence.indirect.interposed_description``). A writer's clause after the report
  ("..., but the handling was disgraceful"), and a person described the same way who does
  something other than speak, stay the writer's.
- *Harsh weather*: an adjective of harshness measuring the weather or a season ("a brutal
  winter", "a savage frost", "ferocious gales", "a brutal run of storms"): a doubt, ``info``
  (``loaded.evidence.weather.harsh_weather``). The same adjectives before a person, an act or
  a policy still warn ("a brutal attack", "a cruel policy").
- *A headline's speaker*: a headline attributed by a comma tag of headlinese ("Budget plan is
  reckless, says opposition leader", "..., MP says") or by a lone role before a colon ("Union:
  pay offer is shameful"): the speaker's (``loaded.evidence.reported.headline_source``). The
  writer's own headlines with the same words, and kickers ("Analysis:"), still warn.

Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence import harsh_weather
from lintnews.builtin.loaded.evidence.indirect import interposed_description
from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

# -- whose voice: a description between the lead speaker and the verb --------------------------
DESCRIBED_SPEAKERS = [
    ("The patient, who asked not to be named, said the team had been amazing.", "amazing"),
    ("Maureen Cole, 71, said the council's plan was disgraceful.", "disgraceful"),
    ("The landlord, whose flats were flooded, said the repairs were shoddy.", "shoddy"),
    ("A nurse, aged 52, said the new rota was reckless.", "reckless"),
    ("Residents, who have waited two years, said the council's plan was disgraceful.", "disgraceful"),
    ("One shop owner, 58, said the response had been pathetic.", "pathetic"),
    ("The farmer, who lost 40 sheep, said the insurer's offer was outrageous.", "outrageous"),
    ("The driver, 34, later said the contractor was incompetent.", "incompetent"),
    ("The teacher, who has worked at the school for 20 years, said the inspection was shameful.", "shameful"),
    ("A pensioner, 83, told reporters the bus cuts were appalling.", "appalling"),
    ("The cyclist, whose leg was broken, said the road's surface was horrific.", "horrific"),
    ("The tenant, who moved in last spring, said the landlord's conduct was disgraceful.", "disgraceful"),
    ("Ellen Marsh, 40, said the club's decision was disastrous.", "disastrous"),
    ("The fisherman, who has sailed from the harbour since 1980, said the new levy was outrageous.", "outrageous"),
]

# The same words in the writer's clause, with a described person near them.
WRITERS_CLAUSES = [
    ("Ana Ruiz, 44, said she would appeal, but the council's handling was disgraceful.", "disgraceful"),
    ("The mayor, who was elected in May, said the plan would pass; its handling has been shameful.", "shameful"),
    ("Ana Ruiz, who runs the bakery, ran a disgraceful campaign against the market.", "disgraceful"),
    ("The farmer, who lost 40 sheep, received a shameful offer from the insurer.", "shameful"),
    ("The council's plan was disgraceful.", "disgraceful"),
    ("The insurer made an outrageous offer to the farmer, who lost 40 sheep.", "outrageous"),
    ("The contractor, 34 years in business, was incompetent.", "incompetent"),
    ("The club's decision, which the fans opposed, was disastrous.", "disastrous"),
    ("The inspection, which lasted two days, was shameful.", "shameful"),
    ("The tenant, 29, was evicted after a reckless decision by the landlord.", "reckless"),
    ("The driver, 34, drove recklessly and the contractor was incompetent.", "incompetent"),
    ("The minister, who took office in May, made a reckless promise.", "reckless"),
]


@pytest.mark.parametrize(("sentence", "word"), DESCRIBED_SPEAKERS)
def test_described_speaker_is_the_speakers(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)
    assert severity_in_body(lint, sentence, word) == "info"


@pytest.mark.parametrize(("sentence", "word"), WRITERS_CLAUSES)
def test_writers_clause_still_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


def test_interposed_description_finds_the_commas() -> None:
    text = "The patient, who asked not to be named, said it."
    assert interposed_description(text, 0, text.index("said")) == text.index(",")
    text = "Maureen Cole, aged 71, said it."
    assert interposed_description(text, 0, text.index("said")) == text.index(",")
    text = "The plan, which passed, said nothing."  # a thing's clause: no description of a speaker
    assert interposed_description(text, 0, text.index("said")) is None


# -- harsh weather ------------------------------------------------------------------------------
HARSH_WEATHER = [
    ("A brutal winter killed hundreds of sheep on the fells.", "brutal"),
    ("The brutal heat closed schools in three counties.", "brutal"),
    ("A savage frost killed the orchard's blossom in April.", "savage"),
    ("The vicious storm brought down power lines across the county.", "vicious"),
    ("A cruel wind blew off the sea all afternoon.", "cruel"),
    ("Ferocious gales closed the bridge for six hours.", "ferocious"),
    ("Relentless rain flooded the cricket ground.", "relentless"),
    ("A brutal cold snap is forecast for next week.", "brutal"),
    ("A brutal run of storms since October has left the ground saturated.", "brutal"),
    ("Savage winds tore the roof from the lifeboat station.", "savage"),
    ("A vicious hailstorm shattered greenhouse panes.", "vicious"),
    ("Farmers endured a cruel drought last summer.", "cruel"),
    ("The brutal summer heat buckled rail lines.", "brutal"),
    ("Relentless snowfall cut off three villages in the dales.", "relentless"),
]

# The same adjectives judging a person, an act or a policy.
HARSH_VERDICTS = [
    ("The brutal regime jailed three journalists.", "brutal"),
    ("A brutal attack on a pensioner shocked the town.", "brutal"),
    ("The minister's cruel policy left families without heating.", "cruel"),
    ("A vicious smear campaign targeted the candidate.", "vicious"),
    ("Ferocious criticism greeted the decision.", "ferocious"),
    ("The council's relentless attacks on the press continued.", "relentless"),
    ("It was a brutal crackdown on dissent.", "brutal"),
    ("Vicious trolls hounded the presenter off social media.", "vicious"),
    ("A brutal assault left the man in hospital.", "brutal"),
    ("The cruel joke at the victim's expense drew complaints.", "cruel"),
    ("The vicious campaign against the winter fuel payment cost the party votes.", "vicious"),
    ("A cruel decision by the board ended the summer scheme.", "cruel"),
]


@pytest.mark.parametrize(("sentence", "word"), HARSH_WEATHER)
def test_harsh_weather_is_a_hint(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), HARSH_VERDICTS)
def test_harsh_verdict_still_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


def test_harsh_weather_reads_the_head() -> None:
    text = "A brutal run of storms hit."
    e = harsh_weather(text, text.index(" run"), len(text), "brutal")
    assert e is not None and "run of storms" in e.detail
    for text in ("A Brutal Run Of Storms Hits The Coast", "A BRUTAL RUN OF STORMS HIT."):  # any case
        e = harsh_weather(text, text.lower().index(" run"), len(text), "brutal")
        assert e is not None and "run of storms" in e.detail, text
    text = "A brutal attack on winter sports."
    assert harsh_weather(text, text.index(" attack"), len(text), "brutal") is None
    text = "An atrocious winter."  # a quality judgement, not harshness: not this evidence
    assert harsh_weather(text, text.index(" winter"), len(text), "atrocious") is None


# -- a headline attributed by a comma tag or a lone role before a colon ---------------------------
def severity_in_headline(lint, headline: str, word: str) -> str | None:
    """The severity ``word`` is reported at in ``headline``, the first line over a body paragraph."""
    text = headline + "\n\nThe council met on Tuesday.\n"
    found = [d.severity.value for d in lint(text, select=("loaded-language",))
             if d.line == 1 and headline[d.column - 1 : d.end_column - 1].lower() == word.lower()]
    assert len(found) <= 1, found
    return found[0] if found else None


ATTRIBUTED_HEADLINES = [
    ("Council plan is reckless, says opposition leader", "reckless"),
    ("Price cap rise is cruel, says fuel poverty charity", "cruel"),
    ("Pay offer shameful, nurses' union says", "shameful"),
    ("Library closures disgraceful, say campaigners", "disgraceful"),
    ("Ward closure would be disastrous, warns consultant", "disastrous"),
    ("Bus cuts are appalling, pensioners say", "appalling"),
    ("Stadium plan outrageous, says Ana Ruiz", "outrageous"),
    ("Mayor: bus cuts are disgraceful", "disgraceful"),
    ("Union: pay offer is shameful", "shameful"),
    ("Residents: flood response was pathetic", "pathetic"),
    ("Minister: rail strike is reckless", "reckless"),
    ("Inspection of prison was horrific, said former governor", "horrific"),
    ("Hospital merger is reckless, warns surgeon", "reckless"),
    ("Rail fare rise is outrageous, commuters' group says", "outrageous"),
    ("School closure plan disastrous, claims headteacher", "disastrous"),
    ("Care home findings horrific, MP says", "horrific"),
]

# The writer's own headlines with the same words.
WRITERS_HEADLINES = [
    ("Shameful scenes at the town hall as budget passes", "shameful"),
    ("Shameful vote, and that says it all", "shameful"),
    ("Weather: shameful neglect of the county's gritters", "shameful"),
    ("Analysis: a reckless budget for hard times", "reckless"),
    ("Council's disastrous budget cuts libraries", "disastrous"),
    ("Outrageous fees for parking at the hospital", "outrageous"),
    ("Disastrous reopening for the pier", "disastrous"),
    ("A cruel cut for pensioners", "cruel"),
    ("Pathetic response to the flooding", "pathetic"),
    ("Horrific crash closes the bypass", "horrific"),
]


@pytest.mark.parametrize(("headline", "word"), ATTRIBUTED_HEADLINES)
def test_attributed_headline_is_the_speakers(lint, headline: str, word: str) -> None:
    assert severity_in_headline(lint, headline, word) == "info"


@pytest.mark.parametrize(("headline", "word"), WRITERS_HEADLINES)
def test_writers_headline_still_warns(lint, headline: str, word: str) -> None:
    assert severity_in_headline(lint, headline, word) == "warning"
