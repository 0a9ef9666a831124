"""Loaded language, round 62: recall by kind on fresh copy (issue 16).

Kept: *a reviewer's raptures*, praise of the lexicon closing a predicate ("when it works it is
thrilling.", "the service was exceptional.": ``loaded.evidence.evaluative.rapture``): not a
passive ("was acclaimed"), not denied or supposed, not with a complement ("brilliant at chess",
"lovely to see"), not a capitalised title word.

Tried and not kept (docs/history/loaded-language.md, round 62), their positives kept as strict
``xfail`` and their traps as tests:

- *Praise of a state, a leader or an act*: an evaluative adjective held at ``info`` before a
  noun that names a leader's rule, an achievement or a ceremony ("visionary leadership", "a
  historic milestone", "a lavish ceremony") where that noun heads its phrase. Literal senses
  stay quiet ("a historic building", "a historic high", a landmark that is a building).
- *Tabloid drama*: an attack verb after a public role ("Singer slams critics"), and the tabloid
  noun adjunct "shock" before an event ("a shock exit"); "shock" as a state, a jolt or a term of
  medicine and economics stays quiet.

Each voice: inside quotation marks nothing, in indirect speech ``info`` at most.
Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads (tests145: a fresh engine a lint cost ten times the lint)."""
    return shared_lint


# -- praise of a state, a leader or an act -----------------------------------------------------
PRAISE_OF_ACTS = [
    ("Under the governor's visionary leadership, the harbour was dredged.", "visionary"),
    ("The opening of the ring road is a historic milestone for the county.", "historic"),
    ("The volunteers' tireless efforts kept the shelter open all winter.", "tireless"),
    ("The reform was a historic accomplishment for the coalition.", "historic"),
    ("The senator's courageous leadership steadied the party.", "courageous"),
    ("Her brilliant stewardship of the fund doubled its value.", "brilliant"),
    ("The minister's inspiring vision for the valley won over the doubters.", "inspiring"),
    ("The president's pioneering initiative linked every village to the grid.", "pioneering"),
    ("The couple married in a lavish ceremony on the coast.", "lavish"),
    ("The coach's exceptional tenure brought three titles.", "exceptional"),
    ("A jubilant celebration filled the square until dawn.", "jubilant"),
    ("His revolutionary vision reshaped the city's buses.", "revolutionary"),
    ("The outstanding dedication of the nurses kept the ward open.", "outstanding"),
    ("The charismatic leadership of the new chief drew large crowds.", "charismatic"),
    ("The crew's heroic sacrifice saved the village.", "heroic"),
    ("The beloved legacy of the founder lives on in the school.", "beloved"),
    ("The governor's noble commitment to the poor shaped the budget.", "noble"),
    ("The former premier's remarkable tenure ended in 2019.", "remarkable"),
    ("The regime's tyrannical reign crushed every protest.", "tyrannical"),
    ("The engineers' tireless dedication finished the line a year early.", "tireless"),
    ("The queen's celebrated reign lasted forty years.", "celebrated"),
    ("The chairman's visionary stewardship turned the club around.", "visionary"),
    ("The town will hold a lavish celebration for the anniversary.", "lavish"),
    ("The union hailed the strikers after a historic triumph at the polls.", "historic"),
]

# The same words, and the new nouns, where nothing is judged.
PRAISE_TRAPS = [
    ("The historic building on the square will be restored.", "historic"),
    ("The historic district was added to the register in 1978.", "historic"),
    ("The index hit a historic high on Friday.", "historic"),
    ("Police are investigating historic abuse at the care home.", "historic"),
    ("The bridge is a local landmark.", "landmark"),
    ("The clock tower is a landmark seen from the motorway.", "landmark"),
    ("The ceremony was held in the historic town hall.", "historic"),
    ("The failed leadership vote cost him his seat.", "failed"),
    ("After the failed leadership challenge, the party regrouped.", "failed"),
    ("A massive effort to clear the snow began at dawn.", "massive"),
    ("The ship's historic logbook was found in an attic.", "historic"),
    ("The historic leadership election drew a record turnout.", "historic"),
    ("The disgraced former tenure of the club's owner was the subject of an inquiry.", "disgraced"),
    ("Brilliant sunshine greeted the runners at the start.", "brilliant"),
    ("A historic ceremony dating from 1350 is held each autumn in the valley.", "historic"),
    ("The militant leadership was killed in the strike.", "militant"),
    ("The treaty began the historic era of steam on the river.", "historic"),
    # (a leadership noun as a modifier is no praised leadership; the sentence was "The lavish
    # leadership contest cost ...", which round 173's compound definite subject now warns as
    # round 125 warns "The lavish contest cost ...": tests/test_loaded_round173.py)
    ("A lavish leadership contest cost the party a fortune.", "lavish"),
    ("Thousands attended the historic ceremony's re-enactment.", "historic"),
    ("The museum keeps the historic era's uniforms in a vault.", "historic"),
    ("The beloved family dog was found two miles away.", "beloved"),
    ("The lavish use of gold leaf dates from 1870.", "lavish"),
    ("The historic reign of the Tudors is taught in year eight.", "historic"),
    ("The inspiring teachers award is open to every school.", "inspiring"),
    ("The corrupt files could not be opened by the auditors.", "corrupt"),
]

# -- tabloid drama -----------------------------------------------------------------------------
TABLOID = [
    ("The actor slams critics of his latest film.", "slams"),
    ("Rapper blasts record label over unpaid royalties.", "blasts"),
    ("The presenter blasts the channel for axing her show.", "blasts"),
    ("The comedian slams the festival's organisers.", "slams"),
    ("Chef blasts diners who leave bad reviews.", "blasts"),
    ("The striker slams his former club in a podcast.", "slams"),
    ("The model blasts trolls who mocked her photos.", "blasts"),
    ("The billionaire slams regulators over the merger.", "slams"),
    ("The contestant's shock exit stunned the other housemates.", "shock"),
    ("The mayor's shock resignation leaves the council without a leader.", "shock"),
    ("After the party's shock defeat, the leader stepped down.", "shock"),
    ("The band's shock split was announced on Friday.", "shock"),
    ("The club's shock decision to sell the ground angered its members.", "shock"),
    ("The firm's shock move into banking unsettled its rivals.", "shock"),
    ("The shock announcement came on Monday morning.", "shock"),
    ("The shock departure of the chief executive sent the shares down.", "shock"),
    ("The shock axing of the show was confirmed by the network.", "shock"),
    ("The goalkeeper's shock sacking followed a run of defeats.", "shock"),
    ("The coach's shock departure came late on Tuesday.", "shock"),
    ("The reality star's shock return to the villa delighted viewers.", "shock"),
    ("The shock sacking of the manager left the players stunned.", "shock"),
]

TABLOID_TRAPS = [
    ("The patient was treated for shock.", "shock"),
    ("Residents are still in shock.", "shock"),
    ("The shock absorbers were replaced before the rally.", "shock"),
    ("An electric shock knocked the worker off the ladder.", "shock"),
    ("The shock of the blast broke windows three streets away.", "shock"),
    ("The shock wave from the earthquake was felt in the capital.", "shock"),
    ("Economists warned of an oil price shock next year.", "shock"),
    ("The supply shock pushed up the price of wheat.", "shock"),
    ("Doctors ruled out toxic shock syndrome.", "shock"),
    ("Culture shock is common among new students.", "shock"),
    ("The veteran was treated for shell shock after the war.", "shock"),
    ("The shock troops crossed the river at night.", "shock"),
    ("In shock, she dropped the phone.", "shock"),
    ("The sudden shock of cold water can stop the heart.", "shock"),
    ("The poetry slam drew forty readers.", "slam"),
    ("The door slams shut in the wind.", "slams"),
    ("The quarry blasts shook the village.", "blasts"),
    ("The model rocket blasts off from the school field.", "blasts"),
    ("The fan blasts cold air across the room.", "blasts"),
    ("The film star blasts onto the screen in the opening scene.", "blasts"),
    ("The shock therapy ward closed in 1990.", "shock"),
    ("The dog's shock collar was banned last year.", "shock"),
]

# The two kinds' sentences that main already warned (a judged noun after the adjective; a bare
# subject before a measured attack verb): they must stay warned.
WARNED_BEFORE = [
    ("The mayor's innovative initiative cut waiting times at the clinic.", "innovative"),
    ("Singer slams her former manager in a new interview.", "slams"),
    ("Actress mocks her ex-husband in a late-night post.", "mocks"),
]

# -- a reviewer's raptures: praise closing a predicate ---------------------------------------------
RAPTURES = [
    ("When the kitchen gets it right, the lamb is thrilling.", "thrilling"),
    ("The second act is delightful.", "delightful"),
    ("The garden behind the inn is charming.", "charming"),
    ("The sea bass was lovely, the chips less so.", "lovely"),
    ("The new wing is beautiful; the old one is tired.", "beautiful"),
    ("The staging is elegant and the cast is strong.", "elegant"),
    ("The final chapter is riveting.", "riveting"),
    ("From the first scene the film is gripping.", "gripping"),
    ("The service was exceptional.", "exceptional"),
    ("The pastry here is outstanding.", "outstanding"),
    ("The view from the terrace is extraordinary.", "extraordinary"),
    ("The wine list is impressive.", "impressive"),
    ("The bread was excellent, and the butter better still.", "excellent"),
    ("Her performance as the widow is brilliant.", "brilliant"),
    ("The closing song is memorable.", "memorable"),
    ("The choir's last number was inspiring.", "inspiring"),
    ("The castle at dusk is majestic.", "majestic"),
    ("The harbour village is picturesque.", "picturesque"),
    ("The hotel's lobby is stylish.", "stylish"),
    ("The plot is clever and the ending is fair.", "clever"),
    ("Up close the mosaics are truly beautiful.", "beautiful"),
    ("The room looks elegant.", "elegant"),
]

RAPTURE_TRAPS = [
    ("The film was acclaimed at the festival.", "acclaimed"),
    ("The author is celebrated in her home town.", "celebrated"),
    ("The second act is not thrilling.", "thrilling"),
    ("If the sequel is excellent, the studio will make a third.", "excellent"),
    ("Whether the plan is brilliant, the voters will decide.", "brilliant"),
    ("She was brilliant at chess as a child.", "brilliant"),
    ("It was lovely to see the old team again, the coach said.", "lovely"),
    ("How The Garden Is Charming Visitors Again", "Charming"),
    ("The lovely old house was sold in May.", "lovely"),
    ("The museum is famed for its clocks.", "famed"),
    ('"The lamb is thrilling," said the chef.', "thrilling"),
    ("The chef said the lamb was thrilling.", "thrilling"),
    ("The actor was talented, his teacher recalled.", "talented"),
    ("Reviewers said the staging was elegant.", "elegant"),
    ("The beautiful and the damned is a novel by Fitzgerald.", "beautiful"),
    ("The garden is charming to some and dull to others.", "charming"),
    ("Each of the rooms is unique in its layout.", "unique"),
    ("The mayor insisted the scheme was innovative.", "innovative"),
    ("The show was memorable for its power cut.", "memorable"),
    ("According to the guide, the castle is majestic.", "majestic"),
]

# -- each voice ---------------------------------------------------------------------------------
SPEAKERS = [
    ('"This is a historic milestone for our town," said the mayor.', "historic"),
    ("The mayor said the bridge was a historic milestone for the town.", "historic"),
    ('"Her visionary leadership saved the firm," said Tom Hale, a director.', "visionary"),
    ("Tom Hale said the singer's shock exit had hurt ticket sales.", "shock"),
    ('"It was a shock defeat," the coach said.', "shock"),
    ('The fans said "the shock resignation" had left them angry.', "shock"),
]


# Tried and not kept (docs/history/loaded-language.md, round 62): the act nouns, public roles as
# attack-verb subjects and the tabloid "shock" lifted the tuning half LA (19 -> 25 spans) but no
# check set (LB, L3, news-check unchanged), so they were taken out; the positives of the two
# kinds stay here as the measure a later round starts from (strict: one that passes is news).
_NOT_KEPT = pytest.mark.xfail(strict=True, reason="round 62: tried, lifted no check set, not kept")


# Round 71 (praise before a thing of any kind, ``evaluative.praised_thing``) warns on the
# puffery of these: they pass now, as ordinary tests; the rest of the kind stays strict xfail.
PRAISED_SINCE_71 = frozenset({
    "visionary", "courageous", "brilliant", "exceptional", "revolutionary", "charismatic", "heroic",
    "noble", "remarkable", "outstanding", "pioneering", "inspiring",
})


# Round 82 (an emotive adjective on an occasion between people, ``evidence/occasion.py``, and
# "shock" back in the lexicon at ``info``) warns on these: ordinary tests now. "shock" before an
# act noun ("decision", "move") is raised by the attributive evidence once it is a candidate.
RAISED_SINCE_82 = frozenset({
    "The couple married in a lavish ceremony on the coast.",
    "The town will hold a lavish celebration for the anniversary.",
    "The contestant's shock exit stunned the other housemates.",
    "The mayor's shock resignation leaves the council without a leader.",
    "The band's shock split was announced on Friday.",
    "The club's shock decision to sell the ground angered its members.",
    "The firm's shock move into banking unsettled its rivals.",
    "The shock departure of the chief executive sent the shares down.",
    "The coach's shock departure came late on Tuesday.",
})


# Round 104: "tireless" joined the lexicon as praise at info, raised by the attributive cue
# before an act ("tireless efforts"; "tireless dedication" is not yet read as one).
RAISED_SINCE_104 = frozenset({"The volunteers' tireless efforts kept the shelter open all winter."})

# Round 161: an adjective of esteem after an article is the writer's praise (``evidence/esteem.py``).
RAISED_SINCE_161 = frozenset({"The beloved legacy of the founder lives on in the school."})


def _case(sentence: str, word: str):
    marks = () if word in PRAISED_SINCE_71 or sentence in RAISED_SINCE_82 | RAISED_SINCE_104 | RAISED_SINCE_161 else (_NOT_KEPT,)
    return pytest.param(sentence, word, marks=marks)


@pytest.mark.parametrize(("sentence", "word"), [_case(s, w) for s, w in PRAISE_OF_ACTS + TABLOID])
def test_praise_of_an_act_or_tabloid_drama_warns(lint, sentence, word):
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), WARNED_BEFORE + RAPTURES)
def test_warned_before_and_raptures_warn(lint, sentence, word):
    assert severity_in_body(lint, sentence, word) == "warning"


# "shock" was no term of any rule from round 62 to round 81, and these traps were labelled so;
# round 82 put it back in the lexicon at ``info``, so the judge is what they test now
NOT_TERMS: frozenset[str] = frozenset()


@pytest.mark.parametrize(("sentence", "word"), PRAISE_TRAPS + TABLOID_TRAPS + RAPTURE_TRAPS)
def test_trap_is_not_warned(lint, sentence, word):
    assert_loaded_trap(lint, sentence, word, NOT_TERMS)


@pytest.mark.parametrize(("sentence", "word"), SPEAKERS)
def test_speakers_word_is_not_warned(lint, sentence, word):
    assert_loaded_trap(lint, sentence, word, NOT_TERMS)
