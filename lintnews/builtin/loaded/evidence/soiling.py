"""DROP evidence: a verb of soiling with a physical object (round 101).

"Smear", "smudge", "stain", "tarnish", "blacken" first name a physical act: spreading a
substance on a surface or dulling it ("smeared paint on the wall", "the lens smears fine
detail", "tarnished silver"). The figure is of a person, a name or a record ("smeared the
minister", "tarnished his reputation"), and only then does the writer pass a verdict. The
object (the next two words, or the words after "with") decides: a substance, a surface or a
part of a picture (word classes ``loaded/soiling-verbs`` and ``loaded/soiled-things``).
"""

from __future__ import annotations

from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, next_words
from lintnews.util.lazyregex import LazyRegex


@lru_cache(maxsize=1)
def _classes() -> tuple[frozenset[str], frozenset[str]]:
    """Soiling verbs and soiled things (every form, lower case)."""
    from lintnews.language.wordclasses import lower_forms

    return (lower_forms("loaded/soiling-verbs"),
            lower_forms("loaded/soiled-things"))


# "smeared with grease", "stained by the oil": the substance after a preposition
_WITH = LazyRegex(r"\s+(?i:with|by|in)\b")


def soiled_object(text: str, end: int, hi: int, word: str) -> Evidence | None:
    """A soiling verb (``word``, lower case) whose object, or the substance after "with",
    is a physical thing ("smears detail", "smeared the glass", "stained with ink")."""
    verbs, things = _classes()
    if word not in verbs:
        return None
    words = next_words(text, end, hi, n=2)
    if not words:
        m = _WITH.match(text, end, hi)
        words = next_words(text, m.end(), hi, n=2) if m is not None else []
    for w in words:
        if w in things:
            return Evidence("literal", Effect.DROP, f"its object is '{w}' (a physical thing)")
    return None
