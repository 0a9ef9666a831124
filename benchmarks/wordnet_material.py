"""Print the nouns of lintnews/builtin/loaded/evidence/material.txt from WordNet 3.0 (review 120).

Round 141's emphasis rule warns on "pure" grading an abstract noun into the whole predicate
("The soup is pure comfort"), abstract meaning first in WordNet an act, a state, a feeling and
the like (``impact-abstract.txt``). A noun whose first sense is abstract may still name a
substance in another sense, and "pure" before a substance is its literal sense, unmixed: "The
ring is pure gold" (gold is first the coins, noun.possession), "the brooch is pure amber", "the
pendant is pure coral". So the emphasis judge does not read as abstract a noun with any sense
in noun.substance: this file holds those of the abstract nouns (the only ones the judge would
otherwise warn on), with their plurals from LemmInflect (MIT licence).

Food (noun.food) and fabrics are left out on purpose: the abstract nouns with such a sense are
mostly figures ("pure farce", the forcemeat; "pure fustian", the cloth; "pure mess"), and the
common foods and cloths ("pure honey", "pure silk") are first senses, already things in
``concrete.txt``. The price: a few figures whose substance sense is rare go silent too ("pure
chemistry", "pure jargon"), and "the goal was pure gold" with them (precision first).

WordNet 3.0 is Princeton University's, under the WordNet 3.0 licence (permissive); Debian's
``wordnet-base`` package installs it under /usr/share/wordnet. Run from the repository's root:
``.venv/bin/python benchmarks/wordnet_material.py > lintnews/builtin/loaded/evidence/material.txt``.
"""

from __future__ import annotations

from pathlib import Path

from wordnet_concrete import senses, synsets  # (run as a script: benchmarks/ is on the path)
from wordnet_impact import classes

WORDNET = Path("/usr/share/wordnet")
SUBSTANCE = "27"  # noun.substance


def material_nouns(root: Path = WORDNET) -> list[str]:
    """The abstract nouns of ``impact-abstract.txt`` (singular and plural) one of whose senses
    is a substance, with their plurals."""
    lexfile, _ = synsets(root)
    abstract = set(classes(root)[0])
    nouns = {w for w, offs in senses(root).items()
             if w in abstract and any(lexfile[o] == SUBSTANCE for o in offs)}
    from lemminflect import getInflection

    plurals = {p for w in nouns for p in getInflection(w, "NNS") if p.isalpha()}
    return sorted(nouns | plurals)


if __name__ == "__main__":
    print(" ".join(material_nouns()))
