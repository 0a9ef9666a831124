"""EVALUATIVE evidence: a feeling the writer reads off a person (round 80).

An adjective of feeling (``loaded/feelings``) reported as a state ("residents were outraged",
"she felt betrayed") describes someone, and stays a hint (:func:`.doubt.feeling`). Two
constructions give the feeling in the writer's own voice instead:

- *read off a face*: after a verb of appearance ("looking heartbroken", "appeared terrified",
  "seemed distraught", "acting shocked"): no one said they felt so; the writer infers and
  dramatises it from how they look or behave;
- *left by an event*: after the resultative "left" ("fans were left devastated", "left
  fuming"): the writer presents the feeling as what the event did to people, the tabloid's
  frame of a reaction.

Three writers' sets (D77, D79, D81) mark these, and so do news-synth ("left fuming") and BABE
("have appeared terrified"); no dev suite has one unmarked. The copula and "feel" stay the
doubt's.
"""

from __future__ import annotations

from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, classes, words_before

# The resultative "leave" (Quirk et al., 16.44: the object complement of a result), as written:
# not the plain "leave", before which a participle is most often attributive ("leave devastated
# families homeless")
_LEFT = frozenset(("left", "leaving", "leaves"))


@lru_cache(maxsize=1)
def _appearance() -> frozenset[str]:
    """Verbs of appearance and behaviour, every form (word class ``loaded/appearance-verbs``)."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/appearance-verbs")


def read_feeling(text: str, start: int, lo: int, word: str) -> Evidence | None:
    """An adjective of feeling (``word``, lower case) right after a verb of appearance or the
    resultative "left", maybe with a degree adverb between ("left utterly devastated",
    "looking visibly shaken")."""
    if word not in classes().feelings:
        return None
    before = words_before(text, lo, start)
    if before and (before[-1] in classes().intensifiers or (before[-1].endswith("ly") and len(before[-1]) > 4)):
        before.pop()
    if not before:
        return None
    verb = before[-1]
    if verb in _appearance():
        return Evidence("feeling read", Effect.EVALUATIVE, f"'{word}': a feeling the writer reads off a person "
                                                          f"('{verb} {word}')")
    if verb in _LEFT:
        return Evidence("feeling read", Effect.EVALUATIVE, f"'{word}': a feeling the writer gives as an event's "
                                                          f"outcome ('{verb} {word}')")
    return None
