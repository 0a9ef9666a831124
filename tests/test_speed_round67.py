"""Round 67: one article's regexes compiled only where they can be needed, the output unchanged.

- the 9 KB regex of a speech tag after a hit (``indirect.speech_tail``) is compiled only once
  a speech verb (``speech_lead``) follows a hit: every tag holds one where that regex matches;
- a noun's member patterns are compiled each when ``_MemberPatterns.found`` reaches it, the
  relative clause's only where "who" is;
- module-level regexes of the judges compiled on first use (``LazyRegex``).
"""

from __future__ import annotations

import pytest

from lintnews.builtin.attribution import members as A
from lintnews.builtin.loaded.evidence import indirect
from lintnews.util.lazyregex import LazyRegex

TAGGED = [
    "The plan is reckless, she said.",
    "The plan is reckless, said Tom Hale, a farmer.",
    "The plan is reckless, Executive Chair and Founder of the Harbour Trust Ana Ruiz said.",
    "The plan is reckless, many local critics SAY.",
    "The plan is reckless, said several angry residents.",
    "The plan is reckless, Ana Ruiz, an economist at Leeds University, warned.",
    "The plan is reckless, the union's leader pointed out on Monday.",
    "The cuts, Tom Hale said, were reckless.",
    "The reckless plan, the mayor made it clear, was a disgrace.",
]
UNTAGGED = [
    "The plan is reckless, and the council knows it.",
    "The plan is reckless, the council's own figures show.",
    "The reckless plan, first tabled in May, passed.",
    "The plan is reckless.",
    "The plan is reckless, critics have long argued, and the council agrees.",
]
NO_SPEECH_VERB = [s for s in UNTAGGED if "figures" not in s and "argued" not in s]


@pytest.mark.parametrize("sentence", TAGGED + UNTAGGED)
def test_every_tag_holds_a_speech_verb_found_by_the_lead_regex(sentence: str) -> None:
    tail, lead = indirect.speech_tail(), indirect.speech_lead()
    for pos in range(len(sentence)):
        for m in tail.finditer(sentence, pos):
            assert lead.search(sentence, pos, len(sentence)) is not None, (sentence, m.group())
            assert lead.search(sentence, m.start(), m.end()) is not None, (sentence, m.group())


def test_the_tag_regex_is_found_on_the_tagged_sentences() -> None:
    tail = indirect.speech_tail()
    assert all(tail.search(s) for s in TAGGED)
    assert not any(tail.search(s) for s in UNTAGGED)


def _verdicts(sentences: list[str]) -> list[object]:
    out = []
    for s in sentences:
        start = s.index("reckless")
        out.append(indirect.indirect_speech(s, start, start + len("reckless"), 0, len(s)))
    return out


def test_indirect_speech_is_the_same_with_the_tag_regex_compiled_or_not() -> None:
    indirect.speech_tail.cache_clear()
    plain = _verdicts(NO_SPEECH_VERB)
    assert indirect.speech_tail.cache_info().currsize == 0  # no speech verb after a hit: not compiled
    tagged = _verdicts(TAGGED)
    assert indirect.speech_tail.cache_info().currsize == 1
    assert plain == _verdicts(NO_SPEECH_VERB)  # (now with the tag regex compiled)
    assert tagged == _verdicts(TAGGED)
    assert any(v is not None for v in tagged)


def test_member_patterns_are_compiled_as_found_reaches_them() -> None:
    A._MEMBERS.pop("neighbours", None)
    members = A._member_pattern("neighbours")
    assert members is not None
    text = "Neighbours say the fence is new. One neighbour, Mark Lee, agreed."
    assert members.found(text, 33, len(text))
    patterns = members._patterns
    assert patterns is not None
    # (the five member patterns; ``reprise_guard`` is a plain regex, searched once a text: speed 74)
    assert all(isinstance(getattr(patterns, n), LazyRegex)
               for n in ("apposition", "named", "titled", "relative", "reprise"))
    assert "search" in vars(patterns.named)  # compiled: it found the member
    assert "search" not in vars(patterns.relative) and "search" not in vars(patterns.reprise)


def test_the_relative_clause_pattern_is_tried_only_where_who_is() -> None:
    A._MEMBERS.pop("farmers", None)
    members = A._member_pattern("farmers")
    assert members is not None
    text = "Farmers say the rent rose. Ana Ruiz, a lawyer for one farmer, disagreed."
    assert members.found(text, 26, len(text))
    text = "Farmers say the rent rose. Tom Hale, the landlord, said so."
    assert not members.found(text, 26, len(text))
    patterns = members._patterns
    assert patterns is not None and "search" not in vars(patterns.relative)
    text = "Farmers say the rent rose. Sam Roe, who is a farmer there, said so."
    assert members.found(text, 26, len(text))
    for sentence in (text, "said Ana Ruiz, WHO has been a farmer for years."):
        for m in patterns.relative.finditer(sentence):
            assert A._WHO.search(sentence, m.start(), m.end()) is not None


MAKER_SENTENCES = [
    "The warning has been made by NHS Providers, which represents hospital trusts.",
    '"These figures were compiled by the prison service last year.',
    "Its claims were originally made by Harbour Analytics.",
    "The report was written by staff.",  # (no name after "by": no match, the gates pass)
    "Officials made the warning on Monday.",
]
PROFESSION_SENTENCES = [
    "Dr Ann Cole, a psychologist at Leeds who studies sleep, noted that the sample was small.",
    "It is safe, said Dr Ann Cole, a psychologist at Leeds.",
    "Tom Hale, an epidemiologist, WARNED against it.",
    "Dr Ann Cole, a psychologist, studies sleep.",
]


@pytest.mark.parametrize("sentence", MAKER_SENTENCES)
def test_the_maker_pattern_matches_only_where_its_gates_pass(sentence: str) -> None:
    from lintnews.builtin.attribution import clearing as C

    text = "Health bosses say so. " + sentence
    start = 22
    if C._maker_named().match(text, start, len(text)):
        assert C._MAKER_OPENS.match(text, start, len(text))
        assert C._BY.search(text, start, len(text))


def test_the_maker_pattern_is_found_on_its_sentences() -> None:
    from lintnews.builtin.attribution import clearing as C

    assert sum(bool(C._maker_named().match(s)) for s in MAKER_SENTENCES) == 3


@pytest.mark.parametrize("sentence", PROFESSION_SENTENCES)
def test_the_profession_pattern_matches_only_where_one_of_its_verbs_is(sentence: str) -> None:
    from lintnews.builtin.attribution import speakers as S

    for m in S._profession_speaker().finditer(sentence):
        assert S._PROFESSION_VERB.search(sentence, m.start(), m.end()), m.group()
    assert bool(S._profession_speaker().search(sentence)) == ("noted" in sentence or "said" in sentence)
