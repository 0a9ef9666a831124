"""First-hand accounts: people who were there telling what they went through or saw.

"Residents said they had to buy water", "Doctors said they were seeing more patients",
"Passengers said that on Friday the train stopped twice", "Residents have complained of
headaches", "Witnesses said the bus was speeding": the speakers are the authority on their
own experience, and the claim is what happened to them, not a view of the world held by
nobody named. Which residents is still worth asking, so the cue is a hint, not a warning. It
holds only for participants (the ``participant-nouns`` class): officials reporting what their
office did, sources and opinion-holders are not telling their own experience. And only for
what the words mark as their own: "they" or "we" with an obligation ("had to"), a progressive
("were seeing"), their own plan ("were considering legal action", "would drive elsewhere
instead", round 100), a verb of perception or
experience ("saw", "lost"), a dated event told as witnessed ("said that on Saturday ..."), or
a complaint of a symptom or a hardship ("complained of headaches", "raised concerns about
damp" (round 91), "complained that they had
not received food"), or their own question ("questioned why it took a week"). Witnesses (the
``witness-nouns`` class) saw it by definition: whatever they say they saw. "Locals say the
lagoon was unknown" tells no experience and stays a warning, as does "witnesses believe".
"""

from __future__ import annotations

import re

from lintnews.builtin.constructions import lexicon as lx
from lintnews.util.lazyregex import LazyRegex

# "said (that) they had to", "say we have had to", "said they were seeing", "said they have
# been waiting", "said they saw": the speakers as the subject, then what they did or perceived
_OWN = LazyRegex(
    # the hearer: a pronoun, "reporters", "the paper", or an outlet by its name ("told the
    # Evening Courier they had seen", "told Reuters they had to")
    r"(?:\s+(?:me|us|him|her|them|reporters|the\s+\w+|(?:the\s+)?(?-i:[A-Z][\w.&’'-]*)(?:\s+(?-i:[A-Z][\w.&’'-]*)){0,3}))?"
    r"(?:\s*,)?(?:\s+that)?\s+(?:they|we)\s+"
    r"(?:(?:had|have|'ve|’ve|'d|’d)\s+(?:also\s+|often\s+|even\s+)?had\s+to|had\s+to|"
    # a hardship they met: "had trouble getting through", "have had difficulty paying"
    r"(?:(?:had|have|'ve|’ve)\s+)?(?:had|have|faced|face)\s+(?:\w+\s+)?(?:trouble|difficulty|difficulties|problems)\s+\w+ing|"
    r"(?:were|are|'re|’re|had\s+been|have\s+been|'ve\s+been|’ve\s+been)\s+(?:\w+ly\s+|also\s+|still\s+)?(?P<ing>[a-z]+ing)|"
    # round 100: their own intention, a modal of will and what they will do ("said they would
    # drive to the retail park instead", "will no longer shop there"): theirs to tell
    r"(?:would|will|'ll|’ll)\s+(?:not\s+|never\s+|no\s+longer\s+|now\s+|rather\s+|also\s+|probably\s+|simply\s+){0,2}(?P<will>[a-z]+)|"
    # round 175: what they had or lacked ("said they had no other way to get to work", "had
    # savings of $50,000 on the platform", "had nothing left"); not a passive of what was done
    # to them ("said they were not told about the rise"), which charges whoever did it (tried
    # and taken out: D141 and D150 mark it)
    r"(?:had|have)\s+(?P<had>no|nothing|little|savings|[$£€]?\d)"
    # (not a view held: "had no doubt", "had little confidence in")
    r"(?!\s+(?:doubts?|confidence|faith|trust|illusions?|question)\b)|"
    # a perfect of perception or experience: "had seen", "have lost", "had waited"
    r"(?:had|have|'ve|’ve|'d|’d)(?:n[’']t)?\s+(?:\w+ly\s+|also\s+|all\s+|not\s+|never\s+)?(?P<done>[a-z]+)|"
    r"(?:\w+ly\s+|also\s+|all\s+)?(?:had\s+)?(?P<verb>[a-z]+))\b",
    re.IGNORECASE,
)
# progressives that tell a plan or a view, not something going on around the speakers
# ("said they were planning to sue", "were considering legal action": their own intention,
# which they are the authority on, and an experience in this sense)
_NOT_EXPERIENCE = frozenset("going hoping thinking expecting asking calling demanding seeking trying".split())
# after "would" / "will": not an intention of theirs but a forecast of the world ("said they
# would be flooded again", "would have to") or a view ("would expect", "would support")
_NOT_INTENTION = frozenset(
    "be have need expect support welcome oppose like prefer want agree think believe say argue "
    "suspect imagine guess hope doubt".split()
)
# "said that on Saturday, ...", "said late on Friday a group ...", "said that at about 3am":
# the content clause opens with when it happened, the account of a witnessed event
_DATED = LazyRegex(
    r"(?:\s+that)?(?:\s*,)?\s+(?:(?:early|late|shortly\s+after\s+\w+|just\s+before\s+\w+)\s+)?"
    r"(?:on\s+(?:\w+day|\d{1,2}\b|(?-i:[A-Z])[a-z]+\s+\d)|last\s+(?:night|week|\w+day)|"
    r"at\s+(?:about\s+|around\s+)?\d|in\s+the\s+(?:early\s+hours|morning|evening|afternoon|night)|"
    r"overnight|yesterday|that\s+(?:morning|night|evening|afternoon))\b",
    re.IGNORECASE,
)
# "complained on social media that they had not received food", "complained to the council
# that they": the complaint's own clause, after a short phrase of where or to whom
_COMPLAINT_THAT = LazyRegex(r"(?:\s+(?:on|to|in)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+that(?=\s+(?:they|we)\b)",
                             re.IGNORECASE)
# "questioned why it took the city three days", "asked how long the cuts would last": people
# asking their own question, which asserts nothing (what it takes for granted is the writer's)
_ASKING = frozenset(("question", "ask", "wonder"))
# ("questioned whether the couple had split" voices a doubt, a view: it still warns)
_WH = LazyRegex(r"\s+(?:why|how|when)\b", re.IGNORECASE)
# "complained of headaches", "have complained about flooding": a complaint of what they suffer
_OF_HARDSHIP = LazyRegex(r"\s+(?:\w+ly\s+)?(?:of|about)\s+(?!(?:the\s+)?(?:way|decision|plan|government|council)\b)",
                          re.IGNORECASE)


# round 91: a concern or complaint raised ("raised concerns", "had raised complaints")
_RAISED_CONCERN = LazyRegex(r"\s+(?:(?:their|several|many|repeated|serious)\s+)?(?:concerns?|complaints?|worries)\b",
                            re.IGNORECASE)


# round 178: "describe" with what the speakers went through as its object ("described a
# terrifying night", "describe being hunted across open fields", 'describe "panic"'): an
# indefinite scene, a gerund or their own word in quotation marks
_SCENE = LazyRegex(r"\s+(?:(?:a|an)\s|[a-z]+ing\b|[\"“‘'])", re.IGNORECASE)
# ... but not a label put on something ("described the plan as a disaster", "as reckless",
# "as being unfair"): "as" and an article, "being" or an adjective's ending; "as winds
# howled" is a time clause
_LABELLED = LazyRegex(r"\bas\s+(?:a|an|being|[\"“‘']|[a-z]+(?:ly|ive|ous|ful|less|ic|al|ble)\b)",
                      re.IGNORECASE)


def participant(head_lemma: str | None) -> bool:
    """Is the source's head one of the people who were there (``participant-nouns``)?"""
    return head_lemma is not None and head_lemma in lx.lemmas("participant-nouns")


def first_hand(text: str, pos: int, hi: int, lemma: str, head_lemma: str | None = None) -> bool:
    """Does what follows the speech verb ending at ``pos`` tell the speakers' own experience?
    Witnesses (``witness-nouns``, ``head_lemma``) tell what they saw whatever the words."""
    if lemma in _ASKING:
        return _WH.match(text, pos, hi) is not None
    if lemma == "complain":
        if _OF_HARDSHIP.match(text, pos, hi) is not None and "," not in text[pos : pos + 4]:
            return True
        that = _COMPLAINT_THAT.match(text, pos, hi)
        return that is not None and _own(text, that.end(), hi)
    if lemma == "raise":
        # round 91: "residents first raised concerns about rust on the rails": a complaint of
        # what they live with, as "complained about flooding" is
        raised = _RAISED_CONCERN.match(text, pos, hi)
        return raised is not None and _OF_HARDSHIP.match(text, raised.end(), hi) is not None
    if lemma not in ("say", "tell", "describe", "recall", "recount", "report"):
        return False
    if head_lemma is not None and head_lemma in lx.lemmas("witness-nouns"):
        return True
    if _DATED.match(text, pos, hi):
        return True
    if lemma == "describe":
        return _described_scene(text, pos, hi)
    return _own(text, pos, hi)


def _described_scene(text: str, pos: int, hi: int) -> bool:
    """Does "describe" at ``pos`` take a scene the speakers lived through ("Residents described
    a sleepless night", "Nurses describe working double shifts") rather than a label ("describe
    the plan as reckless")? The clause up to its first comma or stop is read."""
    if _SCENE.match(text, pos, hi) is None:
        return False
    stop = min((k for k in (text.find(",", pos, hi), text.find(";", pos, hi)) if k >= 0), default=hi)
    return _LABELLED.search(text, pos, stop) is None


def _own(text: str, pos: int, hi: int) -> bool:
    """Does a clause at ``pos`` ("they had to", "we were seeing", "they had lost") tell what the
    speakers went through, perceived or did themselves?"""
    m = _OWN.match(text, pos, hi)
    if m is None:
        return False
    if m.group("ing") is not None:
        return m.group("ing").lower() not in _NOT_EXPERIENCE
    if m.group("will") is not None:
        return m.group("will").lower() not in _NOT_INTENTION
    if m.group("had") is not None:
        return True
    if m.group("done") is not None:
        return m.group("done").lower() in lx.forms("experience-verbs", ("VBN",))
    if m.group("verb") is not None:
        return m.group("verb").lower() in lx.forms("experience-verbs", ("VBD",))
    return True  # "had to"
