"""DROP and VOICE evidence of the showbiz and fashion desk (round 171, issue 16).

Two readings the celebrity, TV and fashion copy needs, each a bounded look at a few words:

- *The fabric and the cliff* (:func:`fabric_sense`): "sheer" is an emphasizer only before an
  abstract head ("the sheer scale", "sheer luck"; Quirk et al. 7.33, attributive only). Before a
  garment or a fabric ("sheer dresses", "sheer, liquid layers"; ``loaded/garment-nouns``), before
  a vertical face ("a sheer drop"; ``loaded/steep-face-nouns``), after a verb of becoming ("the
  label goes sheer") or closing its clause, it is the plain adjective of thin cloth or of a
  steep face (Collins COBUILD "sheer" 2 and 3), no emphasis of the writer's.
- *A role cast* (:func:`cast_role`): a word inside the noun phrase that names the character an
  actor is cast as ("stars Ada Obi as a ruthless property developer", "plays a scheming wife",
  "and Funmi as his scheming wife"): the film's character, not the writer's verdict on a
  person. Round 105's ``played_role`` reads the review's "is menacing as the uncle who"; this
  reads the casting sentence of the news story.
"""

from __future__ import annotations

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, classes
from lintnews.language.wordclasses import lower_forms
from lintnews.util.lazyregex import LazyRegex

_FABRIC_WORDS = frozenset(("sheer",))
# up to three words after the hit (a comma allowed after the hit: "sheer, liquid layers"),
# each a plain word of the noun phrase
_WORDS_AFTER = LazyRegex(r",?[ \t]+([A-Za-z][\w'’-]*)(?:[ \t]+([A-Za-z][\w'’-]*))?(?:[ \t]+([A-Za-z][\w'’-]*))?")
_CLAUSE_END = LazyRegex(r"[ \t]*(?:[.;!?)]|$)")
_BECOMING_BEFORE = LazyRegex(r"(?i)(?<![\w-])(?:go|goes|went|gone|going)[ \t]+$")
_PHRASE_ENDS = frozenset(("of", "to", "that", "for", "in", "on", "and", "or", "with", "from", "the", "a", "an"))
_FABRIC_CLASSES = ("loaded/garment-nouns", "loaded/steep-face-nouns")


def fabric_sense(text: str, start: int, end: int, lo: int, hi: int, word: str) -> Evidence | None:
    """"sheer" of thin cloth or of a steep face: before a garment, a fabric or a vertical face
    within three words, after a verb of becoming, or closing its clause (see the module)."""
    if word.lower() not in _FABRIC_WORDS:
        return None
    if _BECOMING_BEFORE.search(text, max(lo, start - 12), start) is not None \
            or _CLAUSE_END.match(text, end, hi) is not None:
        return Evidence("fabric", Effect.DROP, f"'{word}' is predicative: the adjective of cloth, not an emphasizer")
    m = _WORDS_AFTER.match(text, end, hi)
    if m is None:
        return None
    for w in (g for g in m.groups() if g):
        low = w.lower()
        if low in _PHRASE_ENDS:
            break  # "the sheer number of layers": the garment is another phrase's head
        if any(low in lower_forms(c) for c in _FABRIC_CLASSES):
            return Evidence("fabric", Effect.DROP, f"'{word}' describes '{low}': thin cloth or a steep face")
    return None


# the casting verb, the actor (up to 90 characters: a name, "Segun Bakare as a ruthless ...
# and Funmi"), "as" and the role's determiner, then up to two words before the hit; or the
# verb of playing with the role right after it ("plays a scheming aunt")
_CAST_AS_BEFORE = LazyRegex(
    r"(?i)(?<![\w-])(?:stars?|starred|starring|co-stars?|co-starred|cast|casts|casting|plays?|played|playing)\b"
    r"[^.;!?\n]{0,90}?(?<![\w-])as[ \t]+(?:the|a|an|his|her|their)[ \t]+(?:[\w'’-]+[ \t]+){0,2}$")
_PLAYS_BEFORE = LazyRegex(
    r"(?i)(?<![\w-])(?:plays?|played|playing|portrays?|portrayed|portraying)[ \t]+(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,2}$")
_CAST_REACH = 150  # characters looked back: the verb, the actor's name, "as a", two words


def _person_head(text: str, end: int) -> bool:
    """A person noun within two words after the hit: "plays a scheming aunt" casts a role,
    "played a thrilling encore" (a band's set, round 71's praise) does not; with no "as", the
    verb of playing alone does not make a role."""
    m = _WORDS_AFTER.match(text, end)
    persons = classes().persons
    return m is not None and any(w.lower() in persons for w in m.groups()[:2] if w)


def cast_role(text: str, start: int, end: int, lo: int) -> Evidence | None:
    """The hit inside the role an actor is cast as ("stars X as a ruthless developer", "plays
    a scheming wife"): the character's trait, not the writer's verdict. Not an -ly adverb,
    which grades the portrayal ("plays a wonderfully ...")."""
    if text[start:end].lower().endswith("ly"):
        return None
    back = max(lo, start - _CAST_REACH)
    if _CAST_AS_BEFORE.search(text, back, start) is None \
            and (_PLAYS_BEFORE.search(text, max(lo, start - 60), start) is None or not _person_head(text, end)):
        return None
    return Evidence("role", Effect.VOICE, "inside the role an actor is cast as ('stars ... as a', 'plays a')")
