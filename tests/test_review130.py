"""Review 130 (of unattr159, unattr161, loaded150 and advert129): the editor's trust in what
landed.

Mended: "a reported" before an amount of a company's accounts is the accounts' term of art,
not round 161's hearsay amount ("a reported £450m loss", "Revenue reached a reported €3bn":
word class ``accounts-measures``). Siblings: the progressive of round 150's praise of an act
("have been working tirelessly"); advert129's share command in the gerund after "consider"
("Please consider sharing this article"); the perfect of "If you like what we do" ("If you
have enjoyed what we do"). Layout: the epithets' memo of where a surname stands alone is the
voice judge's per-document value, no module global (issue 19). Traps written in other desks'
voices (business, courts, sport, science, lifestyle, obituaries, social media) are pinned.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import time

import pytest

from lintnews.builtin.loaded.evidence import epithets
from tests.family_lint import LEAD, severity_in_body, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# -- (a) "a reported" amount: hearsay in sport, the accounts' term in business -------------------

@pytest.mark.parametrize("sentence", [
    "The bank made a reported £450m loss in the first half.",
    "The group swung to a reported $1.2bn net loss after the writedown.",
    "Revenue reached a reported €3bn, in line with guidance.",
    "The firm booked a reported £80m in one-off costs.",
    "It made a reported 12% margin on sales last year.",
])
def test_a_reported_figure_of_the_accounts_is_no_hearsay(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), sentence


@pytest.mark.parametrize("sentence", [
    "He joined the club for a reported £1.1m.",
    "The midfielder moved for a reported £30 million last summer.",
    "He earns a reported £200,000 a week.",
])
def test_a_reported_fee_is_still_hearsay(lint, sentence: str) -> None:
    assert any(d.rule.endswith("passive-attribution") for d in warnings(lint, LEAD + sentence)), sentence


# -- (b) unattr161's other readings: traps in other voices (pinned, they pass) -----------------

@pytest.mark.parametrize("sentence", [
    "Detectives believe the fire was started deliberately, Greater Manchester Police said.",
    "Detectives from Thames Valley Police believe the fire was started deliberately.",
    "Prosecutors allege that Mr Doyle stole £40,000 from the charity, the court heard.",
    "Reports in Jordan said the talks had stalled, according to the state news agency Petra.",
    "Reports in Turkey said the minister resigned, the Anadolu agency confirmed.",
    "Reports in Turkey Today say the minister resigned.",
    "Jordan Henderson said reports in Spain were wrong.",
    "The company posted a reported profit of £3m for the year, its annual accounts show.",
    "A study by the University of Leeds found that poor sleep is linked to depression.",
    "Smoking is linked to lung cancer, the World Health Organization says.",
])
def test_review130_unattributed_traps(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), sentence


# -- (c) loaded150: praise of an act, the progressive too ------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Volunteers have been working tirelessly through the night.",
    "Crews were working tirelessly to restore power.",
    "The charity is campaigning tirelessly for a new hall.",
])
def test_praise_of_an_act_in_the_progressive(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "tirelessly") == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The firm said staff were working tirelessly to fix the fault.", "tirelessly"),
    ("The band is playing brilliantly.", "brilliantly"),  # an adjective of light
    ("The medieval chapel has been carefully restored by the trust.", "carefully"),
    ("The paintings were painstakingly restored over three years.", "painstakingly"),
    ("The samples were carefully analysed in the laboratory.", "carefully"),
    ("Leeds remain defiantly unbeaten at home this season.", "defiantly"),
    ("The champions remain defiantly unbeaten after ten games.", "defiantly"),
    ("The defendant remained steadfastly silent throughout the trial.", "steadfastly"),
    ("The prime minister remains resolutely opposed to the plan.", "resolutely"),
    ('"We remain proudly independent," said the owner, Asha Patel.', "proudly"),
    ("The shop remains proudly independent, its owner said.", "proudly"),
    ("The young Ruth Wanjiku moved to Nairobi in 1961. Wanjiku later taught.", "young"),
    ("The engine performed flawlessly during the test, Nasa said.", "flawlessly"),
])
def test_review130_loaded_traps(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def test_the_epithets_keep_no_module_state() -> None:
    """Issue 19: the memo of where a name stands alone is the judge's per-document value."""
    assert not hasattr(epithets, "_ALONE_LAST")
    alone: epithets.AloneMemo = {}
    text = "Evil Crowe laughed as he left the court. Crowe, 34, denied assault."
    assert epithets.name_epithet(text, 0, 4, 0, alone) is not None
    assert alone  # filled for this text only
    assert epithets.name_epithet("Evil Crowe laughed as he left the court.", 0, 4, 0, {}) is None


def test_the_memo_is_per_document(lint) -> None:
    """A name that stands alone in one document does not in the next one."""
    first = "Evil Crowe laughed as he left the court. Crowe, 34, denied assault."
    assert severity_in_body(lint, first, "Evil") == "warning"
    assert severity_in_body(lint, "Evil Crowe laughed as he left the court.", "Evil") != "warning"


# -- (d) advert129: the share command and the reader's taste, siblings and traps ---------------------

_STORY = ("Council votes to close two libraries\n\nThe city council voted on Tuesday to close two of its "
          "libraries, saying the library budget had fallen by a third since 2019.\n\nLibrary users protested "
          "outside the council meeting, and the libraries' staff union said it would fight the closures.\n\n"
          "{p}\n\nThe council will consult library users on the closures until March, a council "
          "spokesperson said.\n")


def _advert_on_line_7(lint, snippet: str) -> list[str]:
    return [d.severity.value for d in lint(_STORY.format(p=snippet)) if d.category == "advertorial" and d.line == 7]


@pytest.mark.parametrize("snippet", [
    "Please consider sharing this article with a friend.",
    "Consider forwarding this newsletter to a colleague.",
    "If you have enjoyed what we do, please donate.",
    "If you've enjoyed my writing this year, tell a friend.",
])
def test_review130_advert_siblings(lint, snippet: str) -> None:
    assert "warning" in _advert_on_line_7(lint, snippet), snippet


@pytest.mark.parametrize("snippet", [
    "Police urged people not to share this video, which shows the attack.",
    "\u201cPlease share this post so we can find her,\u201d her mother wrote on Facebook.",
    "She asked followers to share this story with anyone who had seen her brother.",
    "Officers have asked people not to share this video on social media.",
    "Officers urged people to consider sharing this video, police said.",
    "Share this article, the scam message said, and win a free phone.",
    "\u201cIf you have enjoyed what we do, vote for us in May,\u201d the mayor said.",
    "This video contains product placement, the broadcaster admitted in a statement to the regulator.",
    "Book your place today with the library service, the council said.",
    "Residents can share this survey with neighbours, the council said.",
])
def test_review130_advert_traps(lint, snippet: str) -> None:
    assert "warning" not in _advert_on_line_7(lint, snippet), snippet


# -- speed ---------------------------------------------------------------------------------------------

def _timed(lint, unit: str, copies: int) -> float:
    """The best of two lints of ``copies`` of ``unit`` in one paragraph (a shared machine)."""
    text = LEAD + unit * copies
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        lint(text, select=("loaded-language",))
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("unit", [
    "The brilliant Ruth Wanjiku heads the field and Wanjiku is favourite. ",
    "Volunteers have been working tirelessly through the night. ",
    "The firm remains proudly independent. ",
])
def test_review130_new_loaded_readings_are_linear_in_one_paragraph(lint, unit: str) -> None:
    """One long paragraph of 8n sentences against n: the per-document memo and the progressive
    reading read a bounded window per candidate."""
    _timed(lint, unit, 20)
    small, large = _timed(lint, unit, 50), _timed(lint, unit, 400)
    assert large < max(small, 0.01) * 8 * 3
