"""Print the nouns of lintnews/builtin/loaded/evidence/incident_data.py from WordNet 3.0 (round 115).

What an emotive adjective judges when it stands before a noun in the writer's voice ("a
sickening attack", "a heartless twist", "a blistering report"): an act, an event, or a report
of one. As for ``loaded/person-nouns`` (``benchmarks/wordnet_persons.py``, round 88), the class
is WordNet's, not chosen by hand: a noun is kept when at least two thirds of its sense-tagged
uses (``cntlist.rev``, SemCor) are in the lexicographer files named below, so "attack", "raid"
and "setback" are in and "night" (noun.time), "wind" (noun.phenomenon), "pace" and "sum" are
out. Single alphabetic words only, none that WordNet also lists as an adjective or a verb
more often than as such a noun is not tested (the judge reads a capitalised or -s form with
an object as a verb).

WordNet 3.0 is Princeton University's, under the WordNet 3.0 licence (permissive); Debian's
``wordnet-base`` package installs it under /usr/share/wordnet. Run:
``python benchmarks/wordnet_incidents.py 04 11`` (and ``10``) and paste into
``lintnews/builtin/loaded/evidence/incident_data.py``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
LEXFILES = {"04", "11", "10"}  # noun.act, noun.event, noun.communication
SHARE = 2 / 3
MIN_COUNT = 2  # a noun tagged once says little about its usual sense


def incident_nouns(root: Path = WORDNET, lexfiles: set[str] = LEXFILES) -> list[str]:
    """The nouns most of whose tagged uses name an act, an event or a communication."""
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
    adjectives = set()
    with (root / "index.adj").open(encoding="utf-8") as index:
        for line in index:
            if not line.startswith(" "):
                adjectives.add(line.split()[0])
    return sorted(w for w, n in hit.items()
                  if w.isalpha() and w.islower() and w not in adjectives
                  and total[w] >= MIN_COUNT and n >= SHARE * total[w])


if __name__ == "__main__":
    files = set(sys.argv[1:]) or LEXFILES
    for word in incident_nouns(lexfiles=files):
        print(word)
