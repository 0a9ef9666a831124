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
from pathlib import Path

from wordnet_persons import adjective_lemmas, tagged_counts  # (run from benchmarks/, as documented)

WORDNET = Path("/usr/share/wordnet")
LEXFILES = {"04", "11", "10"}  # noun.act, noun.event, noun.communication
SHARE = 2 / 3
MIN_COUNT = 2  # a noun tagged once says little about its usual sense


def incident_nouns(root: Path = WORDNET, lexfiles: set[str] = LEXFILES) -> list[str]:
    """The nouns most of whose tagged uses name an act, an event or a communication."""
    hit, total = tagged_counts(lexfiles, root)
    adjectives = adjective_lemmas(root)
    return sorted(w for w, n in hit.items()
                  if w.isalpha() and w.islower() and w not in adjectives
                  and total[w] >= MIN_COUNT and n >= SHARE * total[w])


if __name__ == "__main__":
    files = set(sys.argv[1:]) or LEXFILES
    for word in incident_nouns(lexfiles=files):
        print(word)
