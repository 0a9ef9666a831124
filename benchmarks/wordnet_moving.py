"""Print the puffery adjectives of a work's or a voice's effect for rules/loaded-language.toml (round 147).

Issue 16's recall on profiles, tributes and reviews: the writer's praise of what a voice, a
performance or a life did to the listener ("his haunting voice", "a poignant farewell", "a
soul-stirring speech", "a red-letter day for the club"). The kind is WordNet 3.0's, not chosen
by hand: the adjectives of the clusters (head synset and its similar-to satellites, "&") of

- 01560513 "moving": arousing or capable of arousing deep emotion (satellites "affecting,
  poignant, touching", "haunting", "heartwarming", "stirring, soul-stirring");
- 01040410 "unforgettable": impossible to forget (satellites "haunting, persistent",
  "memorable", "red-letter");

kept by round 145's filters (every commonest sense of the word lies in the clusters; the word
is no WordNet noun or verb lemma), and one more for participles: a word in -ing that is a form
of a WordNet verb ("affecting", "touching", "stirring", "moving") is kept only where WordNet's
sense-tagged corpus (SemCor) read it as an adjective at least once, so that its adjective is
attested and not only the verb's form. The lexicon's words of the kind ("heartwarming",
"memorable", "unforgettable") are marked: the kind is the lexicon's own. Run
``python benchmarks/wordnet_moving.py`` and paste the new words (with ``-ly`` adverbs, which
the lexicon's adjective inflection does not make).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wordnet_unwise import kind as _kind

HEADS = ("01560513", "01040410")


def _unattested_participle(word: str, tagged: int, verbs: dict) -> bool:
    """A verb's form in -ing that the sense-tagged corpus never read as an adjective."""
    return word.endswith("ing") and tagged == 0 and any(v in verbs for v in (word[:-3], word[:-3] + "e"))


def kind(heads: tuple[str, ...] = HEADS) -> list[tuple[str, bool]]:
    """The kind's words, each with whether the lexicon holds it already: round 145's clusters
    and filters (``wordnet_unwise.kind``) with the participle filter added."""
    return _kind(heads, drop=_unattested_participle)


def main() -> None:
    for word, known in kind():
        print(word, "(in the lexicon)" if known else "")


if __name__ == "__main__":
    main()
