"""Unattributed claims: officials of a body the copy identifies (lintnews/builtin/attribution/offices.py).

Officials placed in one public service or in a named organisation ("railway officials said",
"a Pune-style Municipal Corporation official said") speak for that body as "police said" does:
a hint that asks for the body's name, not a warning. Officials placed only by a nation, a bloc,
a rank or a secret service stay warned, and so do bare "officials" with no body named in their
sentence or the one before. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# (a warning: nobody identified, its look-alike placed in one body: a hint)
PAIRS = [
    ("The line will reopen on Monday, officials said.",
     "The line will reopen on Monday, railway officials said."),
    ("An official said the ward would reopen in May.",
     "A hospital official said the ward would reopen in May."),
    ("The market was shelled on Sunday, according to officials.",
     "The market was shelled on Sunday, according to local health officials."),
    ("US officials said the tanker had changed course.",
     "Port officials said the tanker had changed course."),
    ("Senior officials said the blaze was started deliberately.",
     "Fire officials said the blaze was started deliberately."),
    ("Western intelligence officials have assessed that the depot was moved.",
     "County officials have assessed that the depot was moved."),
    ("Kenyan officials said 34 complaints had been received.",
     "Harwick Borough Council officials said 34 complaints had been received."),
    ("Industry officials said the plant would close.",
     "HMRT officials said the plant would close."),
    # a bare group after a body named in the sentence before, or earlier in its own
    ("Coverage has fallen below 80 percent. Officials say 95 percent is needed.",
     "Coverage has fallen below 80 percent, according to Ministry of Health data. "
     "Officials say 95 percent is needed."),
    ("The road stayed shut all week, and officials said it was unsafe.",
     "The road stayed shut all week by order of the transport department, and officials said it was unsafe."),
]


@pytest.mark.parametrize(("warned", "hinted"), PAIRS)
def test_office_placed_officials_are_a_hint(lint, warned, hinted):
    assert _warnings(lint, warned), warned
    assert not _warnings(lint, hinted), hinted
    hints = [d for d in _claims(lint, hinted, Severity.INFO) if d.rule.endswith("vague-source")]
    assert hints, hinted


def test_the_hint_asks_for_the_body(lint):
    (hint,) = [d for d in _claims(lint, "The line will reopen on Monday, railway officials said.", Severity.INFO)
               if d.rule.endswith("vague-source")]
    assert "say which body speaks" in hint.message


def test_the_hint_before_says_where_the_body_is(lint):
    text = "Coverage has fallen, according to Ministry of Health data. Officials say more is needed."
    (hint,) = [d for d in _claims(lint, text, Severity.INFO) if d.rule.endswith("vague-source")]
    assert "names the body just before" in hint.message


# groups that stay warned whatever service words they carry: a nation with the service, a rank,
# a secret service, anonymity asked for, or a body two sentences back
STILL_WARNED = [
    "Kenyan health officials said the outbreak was contained.",
    "Egyptian and Sudanese port officials said the ferry struck the pier.",
    "Senior fire officials said the blaze was started deliberately.",
    "Military officials said the convoy had been hit.",
    "CAR officials said the convoy had been hit.",  # a country's initials (one list with clearing.py's)
    "Railway officials, speaking on condition of anonymity, said the signal had failed.",
    "The council met on Monday. The vote was close. Officials said the plan would fail.",
]


@pytest.mark.parametrize("text", STILL_WARNED)
def test_unplaced_or_anonymous_officials_stay_warned(lint, text):
    assert _warnings(lint, text), text


@pytest.mark.parametrize("text", [
    "Fire officials said the blaze was started deliberately.",
    "Officials in the county said the blaze was started deliberately.",
])
def test_placed_officials_do_not_hide_a_doubt_adverb(lint, text):
    # the hint is for the group; the writer's own "allegedly" in another sentence is its own cue
    assert _warnings(lint, text + " The owner allegedly paid a man to start it.")
