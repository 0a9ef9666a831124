"""Loaded language, round 61: the writer's disjuncts by derivation, not by list (issue 16).

"Depressingly,", "Maddeningly,", "Hearteningly," open a sentence with the writer's attitude to
what follows. Round 30 listed a few ("frustratingly", "maddeningly") and dropped them; here
they are derived (``lintnews/builtin/loaded/evidence/disjunct.py``): an -ly adverb opening its
sentence (or after a conjunction) and set off by a comma (or "enough,"), whose base is the -ing
participle of a psych verb (word class ``loaded/psych-verbs``, rule
``loaded-language/disjunct``) or an evaluative adjective of the lexicon (the emotive, judgement
and puffery rules' -ly forms, raised by the same construction). Manner, time, degree and
frequency adverbs have neither base; the -edly forms of psych verbs describe the subject; a
derived adverb inside a clause is no disjunct; a speaker's words are the speaker's.
Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

# -- derived disjuncts, none of them listed by the editorial-adverb rule ----------------------
DERIVED = [
    ('Depressingly, the council has again delayed the repairs.', 'Depressingly'),
    ('Maddeningly, the trains ran late for a third week.', 'Maddeningly'),
    ('Gallingly, the firm paid its directors a bonus after the cuts.', 'Gallingly'),
    ('Heartbreakingly, the family learned of the closure by letter.', 'Heartbreakingly'),
    ('Frustratingly, the report was published without its annex.', 'Frustratingly'),
    ('Infuriatingly, the road closed again the day after it reopened.', 'Infuriatingly'),
    ('Exasperatingly, the forms must be filed on paper.', 'Exasperatingly'),
    ('Dismayingly, only six people applied for the posts.', 'Dismayingly'),
    ("Amusingly, the mayor's speech was read by his opponent.", 'Amusingly'),
    ('Annoyingly, the car park closes before the last train arrives.', 'Annoyingly'),
    ('Disappointingly, the museum will stay shut all summer.', 'Disappointingly'),
    ('Encouragingly, the number of cases fell in March.', 'Encouragingly'),
    ('Reassuringly, the inspectors found no faults in the wiring.', 'Reassuringly'),
    ('Refreshingly, the minister answered every question.', 'Refreshingly'),
    ('Distressingly, the children waited hours for a bed.', 'Distressingly'),
    ('Saddeningly, the old mill will be pulled down next year.', 'Saddeningly'),
    ('Sickeningly, the thieves took the charity tins.', 'Sickeningly'),
    ('Appallingly, the warnings were ignored for a decade.', 'Appallingly'),
    ('Horrifyingly, the fire doors had been chained shut.', 'Horrifyingly'),
    ('Terrifyingly, the bridge was still open to lorries.', 'Terrifyingly'),
    ('Startlingly, the bill passed with no debate.', 'Startlingly'),
    ('Astoundingly, the contract was signed before the tender closed.', 'Astoundingly'),
    ('Disconcertingly, the figures do not add up.', 'Disconcertingly'),
    ('Perplexingly, the board approved both plans.', 'Perplexingly'),
    ('Bafflingly, the bus route now skips the hospital.', 'Bafflingly'),
    ('Irritatingly, the app logs users out every hour.', 'Irritatingly'),
    ('Humiliatingly, the side lost to a team of students.', 'Humiliatingly'),
    ('Chillingly, the letter named each of the jurors.', 'Chillingly'),
    ('Unnervingly, the alarms stayed silent during the test.', 'Unnervingly'),
    ('Unsettlingly, the same van was seen at each of the sites.', 'Unsettlingly'),
    ('Upsettingly, the memorial was vandalised again.', 'Upsettingly'),
    ('Dispiritingly, the queue at the clinic was longer than last year.', 'Dispiritingly'),
    ('Hearteningly, volunteers cleared the beach in a day.', 'Hearteningly'),
    ('Gratifyingly, the repairs came in under budget.', 'Gratifyingly'),
    ('But depressingly, the repairs have not begun.', 'depressingly'),
    ('And, gallingly, the fee has gone up again.', 'gallingly'),
    ('Yet maddeningly, nobody at the depot would say why.', 'maddeningly'),
    ('Oddly enough, the new clinic has no parking.', 'Oddly'),
    ('Depressingly enough, the waiting list has grown.', 'Depressingly'),
    ('Ludicrously, the fence was built around the wrong field.', 'Ludicrously'),
    ('Farcically, the vote was held twice.', 'Farcically'),
    ('Grotesquely, the bonuses were paid during the strike.', 'Grotesquely'),
    ('Deplorably, the records were shredded.', 'Deplorably'),
    ('Unexcitingly, the council chose the cheapest bid.', 'Unexcitingly'),
]

# -- traps: manner, time, degree and frequency adverbs; -edly forms; non-initial uses ---------
TRAPS = [
    ('Slowly, the crowd left the square.', 'Slowly'),
    ('Quietly, the staff packed up the stalls.', 'Quietly'),
    ('Recently, the council opened a new library.', 'Recently'),
    ('Eventually, the train left the station.', 'Eventually'),
    ('Finally, the board approved the budget.', 'Finally'),
    ('Gradually, the water level fell.', 'Gradually'),
    ('Separately, police arrested two men in Leeds.', 'Separately'),
    ('Additionally, the school will open a new wing.', 'Additionally'),
    ('Initially, the road was due to open in May.', 'Initially'),
    ('Originally, the mill made cotton thread.', 'Originally'),
    ('Locally, the plan has wide support among traders.', 'Locally'),
    ('Nationally, the rate of unemployment rose.', 'Nationally'),
    ('Technically, the ship is still registered in Panama.', 'Technically'),
    ('Officially, the count ends at midnight.', 'Officially'),
    ('Legally, the land belongs to the parish.', 'Legally'),
    ('Statistically, the rise is within the margin of error.', 'Statistically'),
    ('Increasingly, commuters are working from home.', 'Increasingly'),
    ('Accordingly, the meeting was moved to Tuesday.', 'Accordingly'),
    ('Seemingly, the two firms had never met.', 'Seemingly'),
    ('Unknowingly, the buyer paid twice for the same plot.', 'Unknowingly'),
    ('Correspondingly, the price of feed rose.', 'Correspondingly'),
    ('Previously, the site was a car park.', 'Previously'),
    ('Historically, the river flooded every spring.', 'Historically'),
    ('Traditionally, the fair opens on a Friday.', 'Traditionally'),
    ('Typically, the ferry carries 200 cars.', 'Typically'),
    ('Briefly, the power failed across the town.', 'Briefly'),
    ('Consequently, the match was postponed.', 'Consequently'),
    ('Willingly, the residents gave up their gardens for the path.', 'Willingly'),
    ('She spoke hilariously well at the dinner.', 'hilariously'),
    ('The comedian performed hilariously at the festival.', 'hilariously'),
    ('He delivered the speech amusingly and briefly.', 'amusingly'),
    ('The engine ran annoyingly loud all night.', 'annoyingly'),
    ('Exceedingly, the bank lent to the builders.', 'Exceedingly'),
    ('Accordingly, the fees were cut by half.', 'Accordingly'),
    ('Unusually, the court sat on a Saturday.', 'Unusually'),
    ('Excitedly, the children ran to the gate.', 'Excitedly'),
    ('Worriedly, the parents waited outside the school.', 'Worriedly'),
    ('Amusedly, the judge read the note aloud.', 'Amusedly'),
    # (round 97: after a copula it grades its adjective, a reaction degree, and warns: see
    # test_loaded_round97; here the adverb modifies a verb)
    ('The film runs depressingly on and on for anyone who rents.', 'depressingly'),
    ('The queue moved maddeningly slowly past the desk.', 'maddeningly'),
    ('Annoyingly loud music played until dawn.', 'Annoyingly'),
    # (round 150: a praise adverb after its verb, "sang charmingly", warns: see test_loaded_round150)
    ('Knowingly, the buyer signed the lease.', 'Knowingly'),
    ('Unwittingly, the driver took the closed road.', 'Unwittingly'),
    ('Exceedingly, few students applied this year.', 'Exceedingly'),
]

# -- a speaker's words: quoted, reported in indirect speech -----------------------------------
SPEAKERS = [
    ('"Depressingly, nothing has changed," said Ana Ruiz, who chairs the residents\' group.', 'Depressingly'),
    ('"Maddeningly, the trains are late again," said Tom Hale, a commuter.', 'Maddeningly'),
    ('Ana Ruiz said that, frustratingly, the forms were lost.', 'frustratingly'),
]


@pytest.mark.parametrize(("sentence", "word"), DERIVED)
def test_derived_disjunct_warns(lint, sentence, word):
    assert severity_in_body(lint, sentence, word) == "warning"


# The traps' words that are no term of any loaded-language rule: no psych-verb participle and no
# evaluative adjective is their base, so the derivation leaves them out (review 63: a trap on
# them cannot fail by the judge; it fails here if the derivation ever takes one in). The other
# traps' words are candidates, kept quiet by the judge (not opening a sentence, an -edly form).
NO_BASE = frozenset((
    "accordingly additionally amusedly briefly consequently correspondingly eventually excitedly "
    "gradually historically increasingly initially knowingly legally locally "
    "nationally officially originally previously quietly recently seemingly separately slowly "
    "statistically technically traditionally typically unknowingly unusually unwittingly "
    "willingly worriedly"
).split())


@pytest.mark.parametrize(("sentence", "word"), TRAPS)
def test_trap_is_not_warned(lint, sentence, word):
    assert_loaded_trap(lint, sentence, word, NO_BASE)


@pytest.mark.parametrize(("sentence", "word"), SPEAKERS)
def test_speakers_disjunct_is_not_warned(lint, sentence, word):
    assert severity_in_body(lint, sentence, word) != "warning"


def test_interview_answer_is_the_speakers(lint):
    text = ("Council approves budget plan\n\nWe asked the mayor about the delays.\n\n"
            "Q: Why has the bridge not been mended?\n\nA: The money ran out. Depressingly, nobody knew.\n\n"
            "Q: What next?\n\nA: We wait.\n")
    found = [d for d in lint(text, select=("loaded-language",)) if "Depressingly" in d.message]
    assert found and all(d.severity.value == "info" for d in found)


def test_the_terms_are_derived_from_the_psych_verbs():
    from lintnews.language.wordclasses import participle_adverbs

    adverbs = {a for forms in participle_adverbs("loaded/psych-verbs").values() for a in forms}
    assert {"depressingly", "maddeningly", "gallingly", "unsurprisingly", "hearteningly"} <= adverbs
    assert not adverbs & {"increasingly", "accordingly", "seemingly", "excitedly", "worriedly", "slowly"}


def test_why_names_the_derivation(lint):
    from lintnews.builtin.loaded.evidence import disjunct

    e = disjunct("And, gallingly, the fee rose.", 5, 14, 0, "galling")
    assert e is not None and e.kind == "derived disjunct"
    assert disjunct("The fee, gallingly, rose.", 9, 18, 0, "galling") is None


def test_a_pack_names_a_known_class():
    from lintnews.model.errors import RulePackError
    from lintnews.packs.loader import parse_pack

    rule = {"id": "house/disjunct", "summary": "s", "message": "m", "adverbs_of_participles": "loaded/no-such-class"}
    with pytest.raises(RulePackError, match="no-such-class"):
        parse_pack({"rules": [rule]}, "house.toml")
    rule["adverbs_of_participles"] = "loaded/psych-verbs"
    (parsed,) = parse_pack({"rules": [rule]}, "house.toml")
    assert parsed.by_form["maddeningly"].term == "maddening"
