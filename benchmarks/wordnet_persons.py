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

if __name__ == "__main__":
    sys.stdout.write("\n".join(person_nouns()) + "\n")
