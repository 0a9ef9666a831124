"""The Document: paragraphs, sentences and quotations with their speakers, computed once."""

from __future__ import annotations

from lintnews.document.document import Document
from lintnews.readers import plain


def doc(text: str) -> Document:
    return Document(plain.read(text))


def sentences(d: Document) -> list[str]:
    return [d.text[s.start : s.end] for s in d.sentences]


def test_one_paragraph_per_line():
    d = doc("Headline without a stop\nFirst para. Second sentence.\nThird para.\n")
    assert len(d.blocks) == 3
    assert d.headline is not None and d.text[d.headline.start : d.headline.end] == "Headline without a stop"
    assert sentences(d) == ["Headline without a stop", "First para.", "Second sentence.", "Third para."]


def test_hard_wrapped_paragraphs_join_lines():
    text = "The council met on Monday and\nvoted to close the library.\n\nThe vote was 9 to 2.\n"
    d = doc(text)
    assert len(d.blocks) == 2
    assert sentences(d)[0] == "The council met on Monday and\nvoted to close the library."


def test_abbreviations_and_initials_do_not_end_sentences():
    d = doc("Mr. Reyes met Dr. Okafor at 9 a.m. on Jan. 4. J. K. Smith was there. It rained.")
    assert sentences(d) == [
        "Mr. Reyes met Dr. Okafor at 9 a.m. on Jan. 4.",
        "J. K. Smith was there.",
        "It rained.",
    ]


def test_glued_boundary_is_a_sentence_break_and_is_marked():
    d = doc("Your support makes all the difference.High tides flooded the quay.")
    assert sentences(d) == ["Your support makes all the difference.", "High tides flooded the quay."]
    assert [s.glued for s in d.sentences] == [False, True]


def test_no_break_inside_domain_names_and_decimals():
    d = doc("Visit example.com for 3.5 percent more. Then stop.")
    assert sentences(d) == ["Visit example.com for 3.5 percent more.", "Then stop."]


def test_curly_quote_with_speaker_after():
    d = doc("“The bridge is safe,” said Ana Ruiz, the county engineer.")
    (q,) = d.quotations
    assert d.text[q.inner_start : q.inner_end] == "The bridge is safe,"
    assert q.speaker == "Ana Ruiz"
    assert q.kind == "named"


def test_straight_quote_with_speaker_before_colon():
    d = doc('The mayor told reporters: "We will rebuild."')
    (q,) = d.quotations
    assert q.attributed
    assert q.speaker == "The mayor"


def test_pronoun_speaker_and_described_speaker():
    d = doc('"It is over," she said. "We are done," a senior official said.')
    kinds = [(q.speaker, q.kind) for q in d.quotations]
    assert kinds == [("she", "pronoun"), ("a senior official", "described")]


def test_quote_introduced_at_end_of_previous_paragraph():
    d = doc("As Lena Varga, a historian, told the Kellmouth Times:\n\"The harbour was never safe.\"\n")
    (q,) = d.quotations
    assert q.speaker == "Lena Varga"


def test_multi_paragraph_quotation():
    text = (
        '"The first thing we saw was smoke," said Tom Reyes.\n'
        '"Then the roof went. Nobody could get near it.\n'
        '"By morning the whole warehouse was gone."\n'
        "The fire service is investigating.\n"
    )
    d = doc(text)
    spans = [d.text[q.start : q.end] for q in d.quotations]
    assert spans[0] == '"The first thing we saw was smoke,"'
    # the second quotation runs over two paragraphs and keeps the speaker
    assert spans[1].startswith('"Then the roof went') and spans[1].endswith('was gone."')
    assert d.quotations[1].speaker == "Tom Reyes"
    assert d.quotation_at(text.index("The fire service")) is None


def test_unattributed_quote_has_no_speaker():
    d = doc('The sign read "Closed for repairs" all week.')
    (q,) = d.quotations
    assert not q.attributed


def test_single_quoted_scare_quote_is_found_and_apostrophes_are_not():
    d = doc("The council's self-declared 'interim' leader didn't resign.")
    (q,) = d.quotations
    assert d.text[q.start : q.end] == "'interim'"
    assert q.single


def test_guillemets():
    d = doc("«Nous reviendrons», a dit Marie Duval.")
    (q,) = d.quotations
    assert d.text[q.inner_start : q.inner_end] == "Nous reviendrons"


def quoted(d: Document) -> list[str]:
    return [d.text[q.start : q.end] for q in d.quotations if not q.single]


def test_run_together_paragraphs_of_one_quotation_stay_one_quotation():
    # newspaper style: each paragraph of a quotation opens with a mark, only the last closes;
    # joined into one line, the re-opening mark must not close the quotation
    text = ('The ferry operator said: "The boats are old. "We cannot keep patching them '
            'forever," Ms Vale said. The council will vote in May.\n')
    d = doc(text)
    assert quoted(d) == ['"The boats are old. "We cannot keep patching them forever,"']
    assert d.quotation_at(text.index("forever")) is not None
    assert d.quotation_at(text.index("The council")) is None


def test_run_together_quotation_in_curly_marks():
    text = "He said: “The pier is unsafe. “Nobody should fish there,” he said. Anglers disagree.\n"
    d = doc(text)
    assert d.quotation_at(text.index("Nobody")) is not None
    assert d.quotation_at(text.index("Anglers")) is None


def test_a_nested_straight_mark_does_not_end_the_quotation():
    text = 'She wrote: "They called the levy "a fair start," and I agreed." The board met later.\n'
    d = doc(text)
    assert d.quotation_at(text.index("a fair start")) is not None
    assert d.quotation_at(text.index("and I agreed")) is not None
    assert d.quotation_at(text.index("The board")) is None


def test_inch_and_second_marks_open_no_quotation():
    text = 'The keeper is 6\'2" and his rival 5\'11" tall, and "both" trained hard.\n'
    d = doc(text)
    assert quoted(d) == ['"both"']
    assert d.quotation_at(text.index("and his rival")) is None


def test_an_unbalanced_stray_closing_mark_does_not_invert_the_pairs():
    text = 'The sign read closed" all week. Then "open" appeared.\n'
    d = doc(text)
    assert quoted(d) == ['"open"']


def test_a_doubled_opening_mark_opens_one_quotation():
    text = "Then the coach spoke. “”This is a cruel result,” she said. The fans left.\n"
    d = doc(text)
    assert d.quotation_at(text.index("cruel")) is not None
    assert d.quotation_at(text.index("The fans")) is None
