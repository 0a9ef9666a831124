"""Print the lemmas of the word class ``loaded/person-nouns`` from WordNet 3.0 (round 88).

Why generated and not chosen: an epithet ("the heartbroken singer") needs to know which nouns
name persons, and a hand list of roles never covers them (round 80 tried one). WordNet's sense
counts (``cntlist.rev``, from the SemCor tagging) say how often each sense of a noun was used;
a noun is kept when at least two thirds of its tagged uses are in the lexicographer file
noun.person (sense keys ``lemma%1:18:...``), so "singer" and "pianist" are in and "head" (a
body part first) and "spirit" are out. Single alphabetic words only, and none that WordNet
also lists as an adjective ("native", "ordinary"), whose adjective reading would compete.

WordNet 3.0 is Princeton University's, under the WordNet 3.0 licence (permissive); Debian's
``wordnet-base`` package installs it under /usr/share/wordnet. Run:
``python benchmarks/wordnet_persons.py > persons.txt`` and paste into ``loaded.toml``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
PERSON_LEXFILE = "18"  # noun.person
SHARE = 2 / 3


def tagged_counts(lexfiles: set[str], root: Path = WORDNET) -> tuple[dict[str, int], dict[str, int]]:
    """Per noun lemma, its sense-tagged uses (cntlist) in the given lexicographer files, and
    all of them: the share tells a noun's usual sense (also ``wordnet_incidents.py``)."""
    hit: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    with (root / "cntlist.rev").open(encoding="utf-8") as counts:
        for line in counts:
            key, _sense, count = line.split()
            lemma, rest = key.split("%")
            ss_type, lexfile = rest.split(":")[:2]
            if ss_type != "1":
                continue
            total[lemma] += int(count)
            if lexfile in lexfiles:
                hit[lemma] += int(count)
    return hit, total


def adjective_lemmas(root: Path = WORDNET) -> set[str]:
    """The words WordNet also lists as adjectives ("native", "ordinary"), left out of noun classes."""
    with (root / "index.adj").open(encoding="utf-8") as index:
        return {row.split()[0] for row in index if not row.startswith(" ")}


def person_nouns(root: Path = WORDNET) -> list[str]:
    """The nouns most of whose tagged uses name a person, sorted."""
    person, total = tagged_counts({PERSON_LEXFILE}, root)
    adjectives = adjective_lemmas(root)
    return [lemma for lemma in sorted(total)
            if lemma.isalpha() and lemma not in adjectives and person[lemma] >= SHARE * total[lemma]]

def _lexfiles(root: Path = WORDNET) -> tuple[dict[str, str], set[tuple[str, str]]]:
    """Per noun synset offset, its lexicographer file number ("18" is noun.person); and the
    (offset, lower-case word) pairs written with a capital there, names ("Bohr", "Bridges")."""
    out: dict[str, str] = {}
    named: set[tuple[str, str]] = set()
    with (root / "data.noun").open(encoding="utf-8") as data:
        for line in data:
            if not line.startswith(" "):
                fields = line.split()
                out[fields[0]] = fields[1]
                for word in fields[4:4 + 2 * int(fields[3], 16):2]:
                    if not word.islower():
                        named.add((fields[0], word.lower()))
    return out, named


def untagged_person_nouns(root: Path = WORDNET) -> list[str]:
    """Round 167: the nouns SemCor never tagged (no line in cntlist) whose first WordNet sense is
    in noun.person, sorted. WordNet orders a noun's senses by frequency, and where no tagged use
    exists the lexicographers' order stands for it; without this the share rule above never
    sees the words of British and of later copy ("punter", "holidaymaker", "motorist",
    "homeowner", "neighbour", "rioter"). Single alphabetic words, none also an adjective, none
    whose first sense is a name ("bohr", "bridges": WordNet writes those with a capital)."""
    _person, total = tagged_counts({PERSON_LEXFILE}, root)
    adjectives = adjective_lemmas(root)
    lexfile, named = _lexfiles(root)
    out: list[str] = []
    with (root / "index.noun").open(encoding="utf-8") as index:
        for row in index:
            if row.startswith(" "):
                continue
            parts = row.split()
            lemma, count = parts[0], int(parts[2])
            first = parts[-count]  # the synset offsets close the line, the first sense first
            if lemma.isalpha() and lemma not in adjectives and lemma not in total \
                    and lexfile.get(first) == PERSON_LEXFILE and (first, lemma) not in named:
                out.append(lemma)
    return sorted(out)


def adjective_person_nouns(root: Path = WORDNET) -> list[str]:
    """Round 167: the nouns of :func:`person_nouns`'s share that WordNet also lists as
    adjectives ("local" is not one of them; "resident", "patient", "regular" are). Left out of
    the class for their singular, whose adjective reading competes ("a resident doctor"); their
    plural ("residents", "regulars") is a noun only, so the class of plurals takes them. None
    that WordNet writes with a capital in any sense ("american", "catholic": names of peoples)."""
    person, total = tagged_counts({PERSON_LEXFILE}, root)
    adjectives = adjective_lemmas(root)
    _lexfile, named = _lexfiles(root)
    names = {word for _offset, word in named}  # "American", "Christian": a capital, no epithet's head
    return [lemma for lemma in sorted(total)
            if lemma.isalpha() and lemma in adjectives and lemma not in names and person[lemma] >= SHARE * total[lemma]]


if __name__ == "__main__":
    # no argument: loaded/person-nouns; --untagged: loaded/person-nouns-untagged;
    # --plurals: loaded/person-plurals (round 167)
    pick = {"--untagged": untagged_person_nouns, "--plurals": adjective_person_nouns}
    sys.stdout.write("\n".join(pick.get(sys.argv[1] if len(sys.argv) > 1 else "", person_nouns)()) + "\n")
