"""Unattributed claims, round 35: doubtful cases to ``info`` by general conditions.

On pooled real news about one warning in six was judged doubtful: a gold annotator leaves such a
case unmarked or optional, so on gold text it is at best neutral. Conditions that make a
cue doubtful, each lowered to a hint with a note saying why (the hint stays visible):

- legal hedging next to the law-enforcement body that tells the case: "allegedly" (or "is
  alleged to") right after a sentence of its paragraph that has police, the Justice Department, the FBI or a sheriff's or district attorney's
  office telling ("..., DOJ officials said. He allegedly hired ..."). The body two paragraphs
  away, unnamed "authorities", the police as the accused, or a police investigation that
  "revealed" leave the warning;
- a doubt adverb inside the account a speaker named in its sentence gives with a verb of speech
  the source lexicon does not know ("Ana Ruiz, a researcher, elaborated on the conditions
  prisoners allegedly face"); a vague speaker, a clause break, or a passive leave it;
- a reputation word on a bare plural ("firms buy well-known brands"): a kind in general, no
  particular thing's fame; a determiner or quantifier ("Some well-known singers") leaves it;
- a reaction whose listed givers include a named one ("criticism from rights groups and the
  UN"): partly attributed; no name in the list leaves it;
- a consensus adverb on a verb of circulation ("widely reported in the press", "often quoted
  as saying"): how far a thing went round, not a view; a claim after it ("widely reported
  that ...", "As widely reported, ...") and "widely cited" (standing) leave it.

Every sentence is written for these tests. See docs/history/unattributed-claims.md, round 35.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.attribution import cues, doubt
from lintnews.builtin.constructions import holder
from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# (a hint: the cue is doubtful; its look-alike that still warns)
HINTED = [
    # a law-enforcement body tells the case in the sentence before, same paragraph
    ("The company lost data from millions of accounts, the FBI said. "
     "He allegedly hired a hacker to break into the mail server.",
     "The company lost data from millions of accounts. "
     "He allegedly hired a hacker to break into the mail server."),
    ("According to the Justice Department, the officers took bribes for years. "
     "They allegedly used false names to hide the payments.",
     "According to the newspaper's sources, the officers took bribes for years. "
     "They allegedly used false names to hide the payments."),
    ("He took laptops from his hosts, police in the state of Lower Saxony alleged. "
     "He then allegedly used their cards to buy goods.",
     "He took laptops from his hosts, authorities said. "
     "He then allegedly used their cards to buy goods."),
    # a named speaker's account, told with a verb the lexicon of speech does not know
    ("Maria Lopez, a researcher at the rights group, elaborated on the conditions prisoners allegedly face.",
     "Officials elaborated on the conditions prisoners allegedly face."),
    ("Tom Reyes detailed how the guards allegedly beat the inmates.",
     "Tom Reyes detailed the case; the guards allegedly beat the inmates."),
    # a reputation word on a bare plural: a kind in general, no particular thing's fame
    ("Through takeovers, firms can buy well-known brands to sell their goods abroad.",
     "Some well-known singers use the app."),
    ("They were also well known figures in the party set.",
     "Through the takeover, the firm bought the well-known brand."),
    # a consensus adverb on a verb of circulation: a reach, not a view
    ("The programme had been widely reported in the press.",
     "The programme had been widely criticised in the press."),
    ("Churchill is often quoted as saying that democracy is the worst form of government.",
     "Churchill is often praised for saying that democracy is the worst form of government."),
    # a reaction whose listed givers include a named one
    ("The move has drawn criticism from human rights groups and the UN.",
     "The move has drawn criticism from human rights groups."),
]


@pytest.mark.parametrize(("hinted", "warned"), HINTED)
def test_round35_doubtful_cue_is_a_hint_and_its_look_alike_warns(lint, hinted, warned):
    assert not _warnings(lint, hinted)
    assert _claims(lint, hinted, Severity.INFO)  # the hint stays visible
    assert _warnings(lint, warned)


def test_round35_the_law_body_two_paragraphs_away_leaves_the_warning(lint):
    text = ("The company lost data from millions of accounts, police said.\n\n"
            "The case has drawn wide interest.\n\n"
            "He allegedly hired a hacker to break into the mail server.")
    assert _warnings(lint, text)
    # the paragraph before is not the sentence before in the same paragraph either
    text = ("The company lost data from millions of accounts, police said.\n\n"
            "He allegedly hired a hacker to break into the mail server.")
    assert _warnings(lint, text)


def test_round35_the_police_as_the_accused_or_an_investigation_leave_the_warning(lint):
    assert _warnings(lint, "The miners paid the villagers for the land. "
                           "The police and the army allegedly ignored their calls for help.")
    assert _warnings(lint, "A federal police investigation revealed the links between the two. "
                           "The gang leader allegedly promised votes to the governor.")


def test_round35_the_hints_say_why(lint):
    text = ("The company lost data from millions of accounts, DOJ officials said. "
            "He allegedly hired a hacker to break into the mail server.")
    (hint,) = [d for d in _claims(lint, text, Severity.INFO) if d.rule.endswith("doubt-adverb")]
    assert "law-enforcement body" in hint.message


def test_round35_a_passive_after_an_account_is_not_the_speakers(lint):
    # the writer's own report of a view about the thing outlined: still a warning
    assert _warnings(lint, "Tom Reyes outlined the plan, which is widely regarded as a failure.")
    assert _warnings(lint, "Tom Reyes outlined the plan regarded by many as a failure.")


@pytest.mark.parametrize(("text", "told"), [
    ("Police said the man fled.", True),
    ("the man fled, police in the state of Ohio alleged.", True),
    ("according to the FBI, the man fled", True),
    ("The sheriff's office said the man fled.", True),
    ("Prosecutors said the man fled.", True),
    ("The man fled, the Crown Prosecution Service told the court.", True),
    ("A police investigation revealed the links.", False),
    ("Authorities said the man fled.", False),
    ("The police and the army allegedly ignored calls.", False),
])
def test_round35_legal_teller(text, told):
    assert holder.legal_teller(text, 0, len(text)) is told


@pytest.mark.parametrize(("text", "described"), [
    ("Ana Ruiz elaborated on the abuse prisoners allegedly", True),
    ("Ana Ruiz, a lawyer for the men, outlined the abuse prisoners allegedly", True),
    ("The Red Cross spoke of camps where prisoners allegedly", True),
    ("Officials detailed the abuse prisoners allegedly", False),  # one capital: a vague group
    ("Ana Ruiz detailed the abuse, but prisoners allegedly", False),  # a clause break
    ("Ana Ruiz said the abuse prisoners allegedly", False),  # a known verb: the lexicon's case
])
def test_round35_described_by_named_speaker(text, described):
    cue = text.rindex("allegedly")
    assert doubt.described_by_named_speaker(text, 0, cue) is described


@pytest.mark.parametrize(("text", "generic"), [
    ("firms buy well-known brands abroad", True),
    ("they were well known figures", True),
    ("Some well-known singers", False),
    ("its well-known chefs", False),
    ("two well-known brands", False),
    ("the well-known brand", False),
    ("well-known brands of tea", False),  # "of": a particular range
    ("the company's well-known brands", False),  # a possessive: its own set
    ("Certain well-known brands", False),  # the grammar's indefinite determiners count too
    ("Prices rose.\nwell-known brands sell abroad", True),  # a bare plural opening its line
])
def test_round35_generic_plural(text, generic):
    start = text.index("well")
    end = start + len("well-known")
    assert cues._generic_plural(text, start, end) is generic


def test_round35_a_claim_told_as_widely_reported_still_warns(lint):
    for text in ("It had been widely reported in the press that the minister will resign.",
                 "As widely reported, the minister will resign.",
                 "The minister was widely reported to have resigned.",
                 "A widely cited study on the economics of climate change by Ana Ruiz surmises that inaction is costly."):
        assert _warnings(lint, text), text
