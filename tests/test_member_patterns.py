"""The attribution judge's member patterns ("Critics say ... Jane Roe, a critic of the plan,
said") are compiled only where a form of the group's noun is in reach (``_Members``).

The skip is safe only if every pattern of such a noun matches one of its forms: checked here
on sentences written for this test, match by match, and on the lint's verdicts.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.attribution import members as A
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# (nouns whose titles are their own forms; an official's or an expert's take any title)
NOUNS = ["critics", "residents", "witnesses", "scientists", "workers", "doctors", "people", "sources"]

SENTENCES = [
    "Jane Roe, a critic of the plan, said it would fail.",
    "Critic Jane Roe said so. One critic, Tom Hale, agreed.",
    "Tom Hale, veteran campaigner and critic, told the paper it was wrong.",
    "said Ana Ruiz, who has worked as a doctor in the town for years.",
    "Omar Haddad, executive director of the Home Residents Association, said the rent rose.",
    "the scientists, mostly from the research body GNS Science, wrote that it was rising.",
    "said Sam Roe, who served as a witness at the inquiry, on Monday.",
    "Resident Mark Lee, 54, said the water was brown. Worker Li Wei told reporters so.",
    "Dr Ana Ruiz, a senior scientist at the institute, told the panel it was safe.",
    "Source Tom Hale said it. The people, mostly from Leeds, said they were angry.",
]


@pytest.mark.parametrize("head", NOUNS)
def test_every_match_of_a_plain_noun_holds_one_of_its_forms(head: str) -> None:
    members = A._member_pattern(head)
    assert members is not None and members._forms is not None
    patterns = A._member_patterns(members._lemma, members._heads)
    matched = 0
    for sentence in SENTENCES:
        for pattern in patterns:
            for m in pattern.finditer(sentence):
                matched += 1
                assert members._forms.search(sentence, m.start(), m.end()) is not None, (head, m.group())
    assert matched, head  # (the sentences name a member of every group above)


def test_titled_nouns_are_not_skipped() -> None:
    # "Wu Yan, deputy director of the agency, said": a title names one of the officials
    for head in ("officials", "experts", "lawmakers", "members"):
        members = A._member_pattern(head)
        assert members is not None and members._forms is None, head
    assert A._member_pattern("many") is None  # a quantifier: no members to name


def test_patterns_are_compiled_only_where_a_form_is_in_reach() -> None:
    A._MEMBERS.pop("classmates", None)
    members = A._member_pattern("classmates")
    assert members is not None
    text = "Classmates say he was shy. Tom Hale, who sat next to him, said so."
    assert not members.found(text, 26, len(text))
    assert members._patterns is None  # no form of the noun after the cue: nothing compiled
    text = "Classmates say he was shy. Tom Hale, a classmate of his, said so."
    assert members.found(text, 26, len(text))
    assert members._patterns is not None


def test_a_named_member_still_clears_the_cue(lint) -> None:
    assert _warnings(lint, "Critics say the plan will fail.")
    assert not _warnings(lint, "Critics say the plan will fail. Jane Roe, a critic of the plan, said "
                               "the costs were hidden.")
    assert _warnings(lint, "Critics say the plan will fail. Jane Roe, who lives nearby, said "
                           "the costs were hidden.")
