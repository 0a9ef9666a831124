"""Review 135 (of advert135, advert136, unattr167 and unattr168): traps in other desks' voices.

Mended, each warned on main b78ac7b2 and silent on 183c657f:

- advert135's text-message subscription read a third party's service told in a story ("The
  county's alert service lets residents reply YES to 80123 for road closure updates"): the
  command opens a clause (a line's or sentence's start, after a colon, a comma, a dash, or
  "please / simply / just").
- advert135's carrier tariff notice read a court report ("The court heard that message and data
  rates apply to ..."): the notice opens its line, sentence or bracket.
- advert135's section sponsor credit read a story whose verb the closed list missed ("Today's
  forecast sponsored by Halden Energy drew complaints"): the sponsor's name now closes the credit
  (end of the line or sentence, or a comma, a colon, a bracket or a dash after it).
- advert135's widened call for readers' pictures ("Share your storm pictures with us") read a
  council's call reported with its speaker: a speaker's verb after it leaves it to the story.
- unattr167's "documents seen by" (the viewer names no maker) read court copy: "Documents seen
  by the jury showed", "Emails seen by the tribunal suggest" are evidence in the proceeding the
  story reports. A viewer of the new word class `attribution/evidence-forums` (court, jury,
  tribunal, inquest, inquiry, judge, magistrate, coroner, hearing) clears the cue as before
  round 167; a paper's "Documents seen by the Courier" still warns.

Code: the advertorial family's classes (Signals -> Growth -> Judgement; HeadlineLines -> Shapes)
share one namespace per object, and advert136 first named a Growth helper ``_service_line``,
silently replacing Signals' own ``_service_line`` of another purpose. A test lists every method
a family class redefines from a base: only the declared hooks (HeadlineLines' label and shop
lines, overridden by Shapes) may be.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import lintnews.builtin.advertorial as advertorial_family
from tests.advertorial_lint import between, warning_lines
from tests.family_lint import LEAD, assert_warned, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(
    "sentence",
    [
        # local news: a council's text service described, not offered (the first warned on b78ac7b2)
        "The county's new alert service lets residents reply YES to 80123 for road closure updates.",
        "Tenants can now text REPAIR to 60606 to register a fault, the housing office said.",
        # courts: a tariff told as evidence (warned on b78ac7b2)
        "The court heard that message and data rates apply to the prisoners' phone accounts.",
        # business, politics: a sponsored section as the subject of a story (warned on b78ac7b2)
        "Today's forecast sponsored by Halden Energy drew complaints to the regulator.",
        "Fixtures sponsored by Hallam Brewery included the cup final on Saturday.",
        # local news: a council's call reported with its speaker (warned on b78ac7b2)
        "Share your storm pictures with us, the council urged residents on Tuesday.",
    ],
)
def test_review135_a_story_in_another_desks_voice_is_no_furniture(sentence: str) -> None:
    assert warning_lines(between(sentence)) == []


@pytest.mark.parametrize(
    "snippet",
    [
        "Reply ALERTS to 60123 to subscribe.",
        "To get breaking news, text NEWS to 80080 for alerts.",
        "Standard network rates apply.",
        "(Msg & data rates may apply.)",
        "Today's weather brought to you by Fenner Glass & Glazing.",
        "Tonight's traffic and travel sponsored by Marlow Tyres.",
        "Share your best sunset photos with us here.",
    ],
)
def test_review135_the_furniture_itself_stays_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


@pytest.mark.parametrize(
    "sentence",
    [
        # courts: material put in evidence (warned on b78ac7b2)
        "Documents seen by the jury showed the defendant had transferred the money to his brother.",
        "Emails seen by the tribunal suggest the manager knew of the complaints in 2021.",
        "Messages seen by the coroner show the pilot had reported the fault twice.",
    ],
)
def test_review135_material_before_a_court_is_evidence(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Documents seen by the Courier show the council knew of the leak in 2021.",
        "Emails seen by this newspaper suggest the manager knew of the complaints.",
    ],
)
def test_review135_material_seen_by_a_paper_still_warns(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "seen by")


# the base methods a subclass is meant to redefine (HeadlineLines' docstring names them)
_DECLARED_HOOKS = {
    ("Shapes", "label_blocks"), ("Shapes", "label_block"), ("Shapes", "furniture_block"), ("Shapes", "shop_line"),
}


def _overrides(classes: list[type]) -> set[tuple[str, str]]:
    """(class, method) for every method a class defines that a base class of the project defines too."""
    found = set()
    for cls in classes:
        for name, value in vars(cls).items():
            if name.startswith("__") or not callable(value):
                continue
            if any(name in vars(base) for base in cls.__mro__[1:] if base.__module__.startswith("lintnews")):
                found.add((cls.__qualname__, name))
    return found


def _family_classes() -> list[type]:
    classes: list[type] = []
    for info in pkgutil.iter_modules(advertorial_family.__path__):
        module = importlib.import_module(f"{advertorial_family.__name__}.{info.name}")
        classes += [c for _, c in inspect.getmembers(module, inspect.isclass) if c.__module__ == module.__name__]
    return classes


def test_review135_no_advertorial_class_silently_overrides_a_base_method() -> None:
    assert _overrides(_family_classes()) == _DECLARED_HOOKS


def test_review135_the_override_check_sees_a_clash() -> None:
    from lintnews.builtin.advertorial.growth import Growth

    clash = type("Clash", (Growth,), {"_service_line": lambda self, bi: False})
    assert ("Clash", "_service_line") in _overrides([clash])
