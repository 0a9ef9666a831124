"""Where a quotation ends when its marks are glued, mixed or missing (round QUOTE2).

A careful reader closes a quotation at a straight mark glued between a stop or word and a
capital (a plug or the next sentence pasted on without a space), at a straight closing mark
after a quotation opened with a curly mark (mixed marks from a paste), and at the said-tag
that ends the speaker's turn when the writer never closed the quotation. The sentences are
written for these tests.
"""

from __future__ import annotations

from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.model.diagnostic import Severity
from lintnews.plugins.registry import load_registry
from lintnews.readers import plain


def doc(text: str) -> Document:
    return Document(plain.read(text))


def quoted(d: Document) -> list[str]:
    return [d.text[q.start : q.end] for q in d.quotations if not q.single]


REGISTRY = load_registry(autoload=False)
ENGINE = Engine(REGISTRY, Settings())


def warned(text: str) -> list[tuple[str, str]]:
    """(rule category, flagged words) of the warnings the built-in rules give ``text``."""
    d = Document(REGISTRY.readers["text"].read(text), "t")
    return [(x.category, text.splitlines()[x.line - 1][x.column - 1 : x.end_column - 1])
            for x in ENGINE.lint(d) if x.severity.rank >= Severity.WARNING.rank and x.line == x.end_line]


# -- 1. a closing mark glued to a capital -----------------------------------------------------
def test_glued_mark_before_a_capital_closes_a_quotation_with_a_nested_one_open():
    text = 'The mayor said: "They called it "a bold step."Read More Stories Here. The vote was close.\n'
    d = doc(text)
    assert d.quotation_at(text.index("bold")) is not None
    assert d.quotation_at(text.index("Read More")) is None
    assert d.quotation_at(text.index("The vote")) is None


def test_glued_mark_after_a_word_before_a_capital_closes():
    text = 'A parent wrote: "We kept the "school letters"Nobody answered the calls, and the head resigned.\n'
    d = doc(text)
    assert d.quotation_at(text.index("Nobody")) is None
    assert d.quotation_at(text.index("school letters")) is not None


def test_spaced_nested_mark_before_a_capital_still_nests():
    # with a space after it, the mark closes the nested quotation only (unchanged)
    text = 'She wrote: "They called the plan "Project Delta" When I asked why, nobody knew." He left.\n'
    d = doc(text)
    assert d.quotation_at(text.index("nobody knew")) is not None
    assert d.quotation_at(text.index("He left")) is None


# -- 2a. a straight closing mark after a curly opening mark -----------------------------------
def test_straight_closing_mark_closes_a_curly_quotation():
    text = "“The depot will close in June,\" the manager said. The union called it a disgrace.\n"
    d = doc(text)
    assert quoted(d) == ["“The depot will close in June,\""]
    assert d.quotation_at(text.index("disgrace")) is None


def test_straight_marks_nested_in_a_curly_quotation_stay_inside_it():
    text = "“We call it \"the long walk\" because it is,” she said. The route is shut.\n"
    d = doc(text)
    assert quoted(d) == ["“We call it \"the long walk\" because it is,”"]
    assert d.quotation_at(text.index("The route")) is None


# -- 2b. an unclosed quotation ends at the said-tag that closes the speaker's turn -------------
def test_unclosed_quotation_ends_at_its_said_tag():
    text = ('The coach said "we were tired and sloppy, Ms Ray said. The club then issued '
            'a statement. Critics called the result "a national shame."\n')
    d = doc(text)
    assert d.quotation_at(text.index("sloppy")) is not None
    assert d.quotation_at(text.index("The club")) is None
    assert d.quotation_at(text.index("a national shame")) is not None
    first = d.quotation_at(text.index("sloppy"))
    assert first.speaker == "Ms Ray"


def test_unclosed_quotation_with_pronoun_tag_and_time():
    text = '"The bridge will reopen soon, she said on Monday. Engineers disagree with that view.\n'
    d = doc(text)
    assert d.quotation_at(text.index("reopen")) is not None
    assert d.quotation_at(text.index("Engineers")) is None


def test_a_said_tag_that_goes_on_inside_the_quotation_does_not_end_it():
    # "..., he said, ..." interrupts the quotation; it does not end the speaker's turn
    text = '"Yes, he said, we will be back next year." The band left the stage.\n'
    d = doc(text)
    assert d.quotation_at(text.index("we will be back")) is not None
    assert d.quotation_at(text.index("The band")) is None


def test_a_closed_quotation_is_not_cut_at_a_following_said_tag():
    text = '"We lost the vote," she said. "We will try again next spring," she added.\n'
    d = doc(text)
    assert quoted(d) == ['"We lost the vote,"', '"We will try again next spring,"']


# -- through the real rules: flagged / not flagged pairs --------------------------------------
def test_a_plug_glued_after_a_nested_quotation_is_reported():
    plug = 'The mayor said: "They called it "a bold step."Advertise With Us\n'
    assert any(cat == "advertorial" for cat, _ in warned(plug))
    spaced = 'The mayor said: "They called it "a bold step." Advertise with us, they said.\n'
    assert not any(cat == "advertorial" for cat, _ in warned(spaced))


def test_writer_words_after_a_said_tag_in_an_unclosed_quotation_are_the_writer_s():
    unclosed = ('The coach said "the referee was poor today, Ms Ray said. The disgraceful '
                'decision cost the club the title.\n')
    assert ("loaded-language", "disgraceful") in warned(unclosed)
    closed = ('The coach said "the referee was poor today. The disgraceful decision cost us '
              'the title," Ms Ray said.\n')
    assert ("loaded-language", "disgraceful") not in warned(closed)


def test_writer_words_after_a_mixed_mark_quotation_are_the_writer_s():
    mixed = "“The depot will close in June,\" the manager said. The shameful plan hurts everyone.\n"
    assert ("loaded-language", "shameful") in warned(mixed)
    inside = "“The depot will close in June. The shameful plan hurts everyone,\" the manager said.\n"
    assert ("loaded-language", "shameful") not in warned(inside)


def test_reported_speech_with_an_object_inside_a_quotation_does_not_end_it():
    text = '"We asked for a refund, they said no. It took a year to fix," Mr Oduya said. He moved away.\n'
    d = doc(text)
    assert d.quotation_at(text.index("It took a year")) is not None
    assert d.quotation_at(text.index("He moved")) is None


def test_an_unclosed_quotation_ends_before_a_speaker_introduced_with_a_colon():
    text = ('The coach said "we were tired. The club then issued a statement. Ms Ray told the '
            'board: "We will appeal." The hearing is in May.\n')
    d = doc(text)
    assert d.quotation_at(text.index("tired")) is not None
    # where the writer's words began is unknown; the speaker's sentence is the writer's
    assert d.quotation_at(text.index("Ms Ray told")) is None
    q = d.quotation_at(text.index("We will appeal"))
    assert q is not None and q.speaker == "Ms Ray"
    assert d.quotation_at(text.index("The hearing")) is None


def test_run_together_paragraphs_without_a_new_speaker_stay_one_quotation():
    text = '"The road is closed. "It will open on Friday: "we promise," the mayor said. Drivers groaned.\n'
    d = doc(text)
    assert d.quotation_at(text.index("It will open")) is not None
    assert d.quotation_at(text.index("Drivers")) is None


def test_an_unclosed_quotation_ends_at_its_paragraph():
    text = 'The coach said "we were tired and sloppy.\nThe disgraceful display cost the club dearly.\n'
    d = doc(text)
    assert d.quotation_at(text.index("sloppy")) is not None
    assert d.quotation_at(text.index("disgraceful")) is None
    assert ("loaded-language", "disgraceful") in warned(text)


def test_glued_curly_or_mixed_closing_mark_before_a_capital_closes_the_curly_quotation():
    for close in ("”", '"'):
        text = f"The mayor said: “They called it “a bold step.{close}Read More Stories Here. The vote was close.\n"
        d = doc(text)
        assert d.quotation_at(text.index("bold")) is not None
        assert d.quotation_at(text.index("Read More")) is None, close


# -- round 72: a curly quotation whose closing mark opens the next paragraph's marks -----------
def test_curly_quotation_runs_on_to_a_closing_mark_in_the_next_line():
    text = ("The mayor spoke on Monday.\n"
            "“When the river rose,” she said, “we did not wait.\n"
            "We stand with the families in their courageous fight for new homes.”\n"
            "The council met on Friday.\n")
    d = doc(text)
    assert d.quotation_at(text.index("courageous")) is not None
    assert d.quotation_at(text.index("The council")) is None
    assert ("loaded-language", "courageous") not in warned(text)


def test_open_quotation_ends_with_its_paragraph_when_the_next_has_no_closing_mark_first():
    text = ("“When the river rose,” she said, “we did not wait.\n"
            "The council called it a “disgraceful” delay.\n")
    d = doc(text)
    assert d.quotation_at(text.index("The council")) is None  # its first mark opens
    text = ('"When the river rose," she said, "we did not wait.\n'
            'The council met on Friday, the mayor said."\n')
    d = doc(text)
    assert d.quotation_at(text.index("The council")) is None  # straight marks: left alone
