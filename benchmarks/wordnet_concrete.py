"""Print the nouns of lintnews/builtin/loaded/evidence/concrete.txt from WordNet 3.0 (merge of round 125).

Round 125 raised an emotive adjective inside the definite subject that opens a sentence ("The
scandalous delay means ..."): a definite description presupposes the writer's verdict. Older
traps showed where that is wrong: the adjective on a thing, a creature or a sensation ("The
craven dog hid", "The shambolic garden shed leaned", "The loathsome smell lingered") describes
what it is, as the literal readings of the judge do, and hands the reader no verdict on anyone.
Which nouns name such things is WordNet's word, not a hand list: a noun whose first (most
frequent) sense is in noun.animal, noun.artifact, noun.body, noun.food, noun.object,
noun.plant or noun.substance, or under the synset of sensation (smells, noises, tastes); each
with its plural from LemmInflect (MIT licence; already the word classes' inflector), so that
"The craven dogs" is read as "The craven dog" is.

WordNet 3.0 is Princeton University's, under the WordNet 3.0 licence (permissive); Debian's
``wordnet-base`` package installs it under /usr/share/wordnet. Run from the repository's root:
``.venv/bin/python benchmarks/wordnet_concrete.py > lintnews/builtin/loaded/evidence/concrete.txt``.
"""

from __future__ import annotations

from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
CONCRETE = {"05", "06", "08", "13", "17", "20", "27"}  # animal artifact body food object plant substance
SENSATION = "sensation"  # the root lemma of the sensory synsets (noun.cognition)


def synsets(root: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Per noun synset offset, its lexicographer file and its hyponyms' offsets (also read by
    wordnet_impact.py)."""
    lexfile: dict[str, str] = {}
    hyponyms: dict[str, list[str]] = {}
    with (root / "data.noun").open(encoding="utf-8") as data:
        for line in data:
            if line.startswith("  "):
                continue
            f = line.split()
            off, lexfile[off] = f[0], f[1]
            n_words = int(f[3], 16)
            i = 4 + 2 * n_words
            for _ in range(int(f[i])):
                sym, target, pos = f[i + 1], f[i + 2], f[i + 3]
                if sym in ("~", "~i") and pos == "n":
                    hyponyms.setdefault(off, []).append(target)
                i += 4
    return lexfile, hyponyms


def senses(root: Path) -> dict[str, list[str]]:
    """Per noun lemma (index.noun) the offsets of its senses, most frequent first (also read by
    wordnet_impact.py and wordnet_groups.py)."""
    out: dict[str, list[str]] = {}
    with (root / "index.noun").open(encoding="utf-8") as index:
        for line in index:
            if line.startswith("  "):
                continue
            f = line.split()
            out[f[0]] = f[-int(f[2]):]
    return out


def concrete_nouns(root: Path = WORDNET) -> list[str]:
    """Single lower-case nouns whose first sense names a thing, a creature or a sensation."""
    lexfile, hyponyms = synsets(root)
    first: dict[str, str] = {}
    with (root / "index.noun").open(encoding="utf-8") as index:
        for line in index:
            if line.startswith("  "):
                continue
            f = line.split()
            first[f[0]] = f[-int(f[2])]
    senses = {first[SENSATION]}
    todo = [first[SENSATION]]
    while todo:
        for child in hyponyms.get(todo.pop(), []):
            if child not in senses:
                senses.add(child)
                todo.append(child)
    from lemminflect import getInflection

    nouns = {w for w, off in first.items()
             if w.isalpha() and w.islower() and (lexfile[off] in CONCRETE or off in senses)}
    plurals = {p for w in nouns for p in getInflection(w, "NNS") if p.isalpha()}
    return sorted(nouns | plurals)


if __name__ == "__main__":
    print(" ".join(concrete_nouns()))
