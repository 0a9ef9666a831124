"""Loaded language, round 52: whose voice, checked by a battery.

``benchmarks/loaded_forms_battery.py --voice`` crosses fifteen loaded words of different kinds
(emotive, judgement, puffery, attack verb, verdict verb, label, editorial adverb) with voice
frames: every speech-verb class, tense and mood, seven kinds of speaker, the tag before, in and
after the clause and inverted, apposition and relative clauses on the speaker, reported
complements ("that", a bare clause, "as", "called X Y"), viewpoint adjuncts; and with the frames
that end a voice (", but", "; ", a second sentence, ", and ..."), in both orders. A word in
someone's voice is ``info`` at most; a word in the writer's own clause warns. The sentences here
are written from the battery's templates (none from a corpus). What changed
(docs/history/loaded-language.md, round 52): a bare reported clause whose subject or verb the
word is; an inverted tag with a group ("..., said critics."); a tag whose speaker is described in
apposition before the verb; a tag set between a clause's subject and its predicate; a modal on a
group speaker; "posted"; "as critics see it"; a verdict verb inside another speaker's report; a
conjunction is no group's modifier (", but critics said ..." opens the writer's clause); a
predicate verdict ends at the writer's next clause (", but critics said ...") as at a stop.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

# -- someone's voice: info at most ------------------------------------------------------------
SPEAKERS_VOICE = [
    # bare reported clauses whose subject or verb is the word (no "that")
    ("Ana Ruiz claimed the mayor slammed the plan.", "slammed"),
    ("The union warned thugs were running the town hall.", "thugs"),
    ("She told reporters the council shockingly ignored the plan.", "shockingly"),
    ("A local shopkeeper testified the mayor lambasted the plan.", "lambasted"),
    ("Dr Ana Ruiz wrote thugs were running the town hall.", "thugs"),
    ("Critics tweeted the council shockingly ignored the plan.", "shockingly"),
    ("Ana Ruiz believes the mayor slams the plan.", "slams"),
    ("The union believes the council shockingly ignores the plan.", "shockingly"),
    # "told reporters that"
    ("Many residents told reporters that thugs were running the town hall.", "thugs"),
    # "posted"
    ("Ana Ruiz posted that the council's plan was appalling.", "appalling"),
    ("The new stadium was world-class, a local shopkeeper posted.", "world-class"),
    # a modal on a group speaker
    ("Many residents will say the council's plan is reckless.", "reckless"),
    ("Some economists might argue that the new treatment is groundbreaking.", "groundbreaking"),
    # inverted tag with a group
    ("The council's plan was disgraceful, said critics.", "disgraceful"),
    ("The council's leadership was incompetent, said many residents.", "incompetent"),
    # apposition before the verb
    ("The council's decision was outrageous, Ana Ruiz, an economist at Leeds University, said.", "outrageous"),
    # a tag between the subject and the predicate
    ("Thugs, Ana Ruiz said, were running the town hall.", "thugs"),
    ("Thugs, many residents said, were running the town hall.", "thugs"),
    # viewpoint with a plural
    ("As critics see it, the council's handling is shameful.", "shameful"),
    # a verdict verb in another speaker's report
    ("Ana Ruiz said the mayor admitted the plan was late.", "admitted"),
    ("The mayor admitted the plan was late, critics said.", "admitted"),
    # frames that already worked (pinned)
    ("Ana Ruiz said that the council's plan was horrific.", "horrific"),
    ("The council's plan was reckless, says Dr Ana Ruiz, an economist at Leeds University.", "reckless"),
    ("In Ana Ruiz's view, the council's plan is appalling.", "appalling"),
    ("Critics described the plan as disgraceful.", "disgraceful"),
]


@pytest.mark.parametrize(("sentence", "word"), SPEAKERS_VOICE)
def test_speakers_words_are_not_warned(lint, sentence, word):
    assert severity_in_body(lint, sentence, word) != "warning"


# -- the writer's voice: warned ---------------------------------------------------------------
WRITERS_VOICE = [
    ("The council's plan is reckless.", "reckless"),
    # the voice frame has ended before the word
    ("Ana Ruiz said the council met on Tuesday, but the council's plan is reckless.", "reckless"),
    ("Critics said the council met on Tuesday; the council's plan is shameful.", "shameful"),
    ("The union said the council met on Tuesday. The mayor slams the plan.", "slams"),
    ("The council met on Tuesday, she said, but thugs are running the town hall.", "thugs"),
    # the word before the voice frame
    ("The council's plan is reckless, but critics said the council met on Tuesday.", "reckless"),
    ("The mayor slams the plan, and many residents said the council met on Tuesday.", "slams"),
    ("The council's leadership is incompetent, but many residents said the council met on Tuesday.",
     "incompetent"),
    ("The council shockingly ignores the plan; critics said the council met on Tuesday.", "shockingly"),
    # an unmeasured word's predicate verdict closed by the writer's next clause
    ("The council's plan is appalling, but critics said the council met on Tuesday.", "appalling"),
    ("The council's plan is disgraceful, and the union said the council met on Tuesday.", "disgraceful"),
    # the writer's verdict verb with no other speaker
    ("The mayor admitted the plan was late.", "admitted"),
]


@pytest.mark.parametrize(("sentence", "word"), WRITERS_VOICE)
def test_writers_words_are_warned(lint, sentence, word):
    assert severity_in_body(lint, sentence, word) == "warning"


# -- objects are no reported clauses ----------------------------------------------------------
OBJECTS = [
    ("The mayor wrote a shameful letter to the council on Tuesday.", "shameful"),
    ("The union posted reckless claims about the council on Tuesday.", "reckless"),
    # an object, then the writer's adverbial clause
    ("The mayor claimed victory as thugs were running the town hall.", "thugs"),
]
ADJUNCT_NOUNS = [
    # "state" after a capitalised word is a noun, no speech verb
    ("One Ohio state legislator even claimed the plan was late.", "claimed"),
    # a verdict verb after "according to": the source it names is the one the verb reports
    ("According to the clinic, the group will stay open, claiming the service is essential.", "claiming"),
]


# the predicate verdict still needs a person, act or statement as its subject
NOT_VERDICTS = [
    ("The wait for the ferry was dismal, but the crew said the sea was calm.", "dismal"),
]


@pytest.mark.parametrize(("sentence", "word"), NOT_VERDICTS)
def test_an_experience_before_the_writers_next_clause_is_no_verdict(lint, sentence, word):
    assert severity_in_body(lint, sentence, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), OBJECTS + ADJUNCT_NOUNS)
def test_an_object_after_the_verb_stays_the_writers(lint, sentence, word):
    assert severity_in_body(lint, sentence, word) == "warning"
