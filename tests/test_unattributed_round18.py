"""Unattributed claims: the kinds of false alarm round 18 found on fresh news copy, each with
a pair written for these tests: the true claim that stays a warning, and the look-alike that
is sourced, counted or no claim at all. See docs/history/unattributed-claims.md, round 18.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# (still a warning, silent at every severity)
CLEARED = [
    # a document noun that modifies a named organisation ("research firm X") is no document
    ("Sales fell by a third, according to research.",
     "Sales fell by a third, according to research firm Halvorsen Data."),
    # a publication whose owner is named after "in the" ("in the IFS's Green Budget")
    ("The deficit will widen, according to forecasts.",
     "The deficit will widen, according to forecasts in the Treasury's Spring Review."),
    # "deny" or "reject" with a request as object is a refusal, not a denial of a claim
    ("Several officials have denied that the plant was leaking.",
     "Several officials have denied the request for more time."),
    ("Many residents rejected claims that the bridge was unsafe.",
     "Many residents rejected the application for a new mast."),
    # a vague agent whose members a colon lists by name
    ("The claim was made by two critics of the policy.",
     "The claim was made by two critics of the policy: Ana Ruiz, a law professor, and "
     "Tom Briggs."),
    # a publication's name in quotation marks opening the next sentence, as a house style has it
    ("The bank was reportedly in talks with its largest customers. Other banks wait.",
     "The bank was reportedly in talks with its largest customers. \"Handelsblatt\" reported "
     "that other banks wait."),
    # the next sentence's "according to" a document by or from a named author
    ("Households are saving money, a report says. Bills fell by 11 pounds a month last year.",
     "Households are saving money, a report says. Bills fell by 11 pounds a month, according "
     "to analysis from the Climate Committee."),
    # a closing tag whose verb takes its hearer and a time ("told reporters late on Saturday")
    ("He is described as a loner. His record included robbery, and he lived alone.",
     "He is described as a loner. His record included robbery, prosecutor Ana Ruiz told "
     "reporters late on Saturday."),
    # an agent of a passive that neither reports nor judges
    ("The verdict was questioned by two opposing groups of lawyers.",
     "History is being written by two opposing forces in the city."),
    # a relative clause with a subject of its own ("people who he said ...")
    ("Targeting voters who believe the tax is unfair, the letter was sent on Monday.",
     "Targeting voters who he said had damaged the bridge, the letter was sent on Monday."),
    # "feel" with an identity ("those who feel Dutch.")
    ("She makes the same demands as those who feel the law is unfair.",
     "She makes the same demands as those who feel Dutch."),
    # a person noun that modifies a notice or a document ("a missing person poster")
    ("He was last seen leaving a shop, according to a person who knows him.",
     "He was last seen leaving a shop, according to a missing person poster."),
    # the description of a named speaker after a quotation, its second comma left out
    ('"We reject the crimes," a Syrian activist told the station.',
     '"We reject the crimes," Omar Haddad, a Syrian activist from Raqqa told the station.'),
    # a hypothetical example of words ("you might say something like ..."); round 22 clears "you might
    # say" itself (the writer's aside), "one might say" stays
    ("One might say the plan failed from the start.",
     "Searching by voice, you might say something like 'cheap flights to Oslo'."),
    # a quantifier before a participle and a document noun ("some confirmed reports")
    ("Some confirmed that the reports were true.",
     "Despite rumoured and some confirmed reports of meddling, he won."),
    # an office's title before a name that speaks ("Fire Chief Tom Moore said")
    ("Three died, according to officials. Two more were hurt, President Ana Ruiz later wrote.",
     "Three died, according to officials. Fire Chief Tom Moore said two more were hurt."),
    # a diplomat, then a named deputy ambassador in the next sentence
    ("A diplomat rejected the finding. The delegation, led by Ana Ruiz, is in the capital.",
     "A diplomat rejected the finding. Ri Tong, the deputy ambassador to the UN, told "
     "reporters the finding was wrong."),
    # a named person in commas and his description, the second comma left out
    ("The chairman of the agency, a critic of the rules said they could deter investment.",
     "The chairman of the agency, Ana Ruiz, a critic of the rules said they could deter "
     "investment."),
    # criticism from a named critic ("including from the sculptor Arturo Modica")
    ("The statue has drawn criticism from some Democrats.",
     "The statue has drawn criticism, including from the sculptor Arturo Modica."),
    # a passive deed with an agent who does not judge ("attacked by a man with a knife")
    ("The mayor was attacked by several critics.",
     "Three soldiers were attacked by a man with a knife outside the centre."),
    ("The plan was attacked by critics as reckless.",
     "Patients will then be called back by an advanced paramedic or a doctor."),
    # "supposed to" with a verb of doing is a duty
    ("The film is generally supposed to be his best.",
     "Anyone who asks for the files is generally supposed to get them."),
    # voters voting ("rejected independence by 55% to 45%")
    ("Voters believe the new tax is unfair.",
     "Scottish voters rejected independence by 55% to 45% in 2014."),
    # "believe in" a faith or a custom
    ("Others believe the rains will come.",
     "Others who no longer believe in the old customs held prayers."),
    # a task force is an institution, not unnamed fighters
    ("Tribal forces claimed the town was taken.",
     "A Bundestag task force has concluded that the agencies had failed."),
    # a by-phrase on a noun is no agent of a passive ("an attempt by a group of individuals")
    ("The closure was confirmed by several sources.",
     "This was no attempt by a group of individuals to set a record."),
    # a web site after "a report on" publishes it ("a report on Cleveland.com")
    ("The judge did not mention the president, according to a report.",
     "The judge did not mention the president, according to a report on Cleveland.com."),
    # a height with decimals after "described as being": looks, no view
    ("The painter was described as being a genius.",
     "The missing boy is described as being 1.65m in height."),
    # an unnamed office holder, then a name with a title of office in the next sentence
    ("The port will reopen in May, a senior harbour official said. Ships are waiting, Tom "
     "Briggs told reporters.",
     "The port will reopen in May, a senior harbour official said. Ana Ruiz, deputy director "
     "of the harbour board, said ships are waiting."),
    ("Sales rose sharply, a senior executive said. The firm also hired 40 staff.",
     "Sales rose sharply, a senior executive said. Petr Novak, chief operations officer of "
     "Novak Foods, said the firm also hired 40 staff."),
    ("Four people were hurt, according to officials. Ships are waiting at the harbour.",
     "Four people were hurt, according to officials. Schools were shut, Ana Ruiz, the "
     "regional education chief, said."),
    # a place before a closing tag is no member named ("the Town Hall, a retired officer who ...")
    ("Officials say the harbour is silting up. It began with the storms near the Town Hall, a "
     "retired harbour officer who worked there told the Gazette.",
     "Officials say the harbour is silting up. Ana Ruiz, head of the harbour board, said it "
     "began with the storms."),
    # the group's own noun deep in an untitled apposition ("campaigner at ... group")
    ("Environmentalists expressed their concerns over the dam. The river will dry up, said Tom "
     "Briggs, a local farmer.",
     "Environmentalists expressed their concerns over the dam. The river will dry up, said Ana "
     "Ruiz, senior water campaigner at the environmentalist charity Blue Rivers."),
]


@pytest.mark.parametrize(("flagged", "cleared"), CLEARED)
def test_round18_cleared(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _claims(lint, cleared)


# (still a warning, an info hint only)
HINTED = [
    # a count of the people who hold a view is a survey's figure, not the view told as so
    ("Dealers who believe they will make a profit are fewer this year.",
     "The percentage of dealers who believe they will make a profit has fallen."),
    ("Many officials think three rises will be needed this year.",
     "The number of officials who think three rises will be needed rose from six to nine."),
    # members of a body the story has named ("of the committee"), as "experts at the institute"
    ("The board met on Monday. Many members agreed the plan would fail.",
     "The board met on Monday. Many members of the board agreed the plan would fail."),
    # a quantifier of documents is no person ("most surveys report"): a study cited, a hint
    ("Most experts report a rise in cases.",
     "Most surveys report a margin of error."),
    # "company officials" after the company is named point back to it
    ("Taiyuan Steel plans to make pen tips, industry officials said.",
     "Taiyuan Steel plans to make pen tips, company officials said."),
    # a criminal complaint is the filing in the case the story reports (court copy)
    ("He was cleaning the gun when it fired, according to documents.",
     "He was cleaning the gun when it fired, according to a criminal complaint."),
]


@pytest.mark.parametrize(("flagged", "hinted"), HINTED)
def test_round18_hinted(lint, flagged, hinted):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, hinted)
    assert _claims(lint, hinted, Severity.INFO)


def test_a_number_of_officials_is_still_a_vague_source(lint):
    assert _warnings(lint, "A number of officials who know the plan think it will fail.")


def test_a_place_in_commas_is_no_name_of_the_source(lint):
    """ "near Tulkarem, a security source said": a place, then a closing tag."""
    assert _warnings(lint, "The convoy was hit near the town of Tulkarem, a security source said.")
    assert _warnings(lint, "The convoy was hit on the road to Jenin, Tulkarem, a security source said.")


def test_a_title_and_name_that_do_not_speak_name_no_official(lint):
    """ "with Russian President Vladimir Putin": a titled name, but no source."""
    assert _warnings(lint, "A US official told reporters the talks went well. The official added that the "
                           "president will ask about her talks with Russian President Vladimir Putin.")


def test_a_titled_name_that_is_no_speaker_names_no_member(lint):
    """ "met Sergei Gorkov, chairman of the bank.": the man met, not the source."""
    assert _warnings(lint, "Officials said the adviser later met Sergei Gorkov, chairman of the bank. "
                           "The meeting lasted an hour.")
    assert _warnings(lint, "A Mexican official told CNN that the envoys would hear from Pena Nieto, "
                           "Videgaray and other officials that Mexico would refuse.")
